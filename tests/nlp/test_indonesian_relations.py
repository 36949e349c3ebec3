"""Indonesian relations: how triggers find their arguments past modifiers, ordinals, relative
clauses and owners of places, on sentences written for these tests."""

from __future__ import annotations

import pytest

from reading import actor_triples


def triples(text: str) -> set[tuple[str, str, str, str]]:
    return actor_triples(text, date="2025-06-20")


@pytest.mark.parametrize("name,text,want", [
    # the owner after a reduplicated adjective or an ordinal of the noun
    ("reduplicated-adjective", "Harga gandum naik sejak invasi besar-besaran Rusia ke Ukraina.",
     ("RUS", "attacks", "UKR", "asserted")),
    ("plural-noun", "Serangan-serangan Israel terhadap Lebanon terus berlanjut.",
     ("ISR", "attacks", "LBN", "asserted")),
    ("ordinal", "Para menteri membahas paket sanksi ke-12 Uni Eropa terhadap Rusia.",
     ("EU", "imposesSanctionsOn", "RUS", "asserted")),
    # a place noun, its adjectives, then its owner or its place
    ("owner-after-superlative", "Iran menembakkan rudal ke pangkalan militer terbesar Amerika Serikat di Bahrain.",
     ("IRN", "attacks", "USA", "asserted")),
    ("milik-after-superlative", "Drone itu diluncurkan Houthi. Houthi meluncurkan drone ke kilang minyak terbesar milik Arab Saudi.",
     ("HOUTHI", "attacks", "SAU", "asserted")),
    ("located-after-adjective", "Serangan Israel terhadap situs rudal penting di Suriah menewaskan tiga orang.",
     ("ISR", "attacks", "SYR", "asserted")),
    # the head of a relative clause: a group named with its state, or with a place phrase
    ("relative-group-state", "Milisi Hizbullah Lebanon yang didanai Iran menembakkan roket ke Israel.",
     ("IRN", "supports", "HEZBOLLAH", "asserted")),
    ("relative-group-state-acts", "Milisi Hizbullah Lebanon yang didanai Iran menembakkan roket ke Israel.",
     ("HEZBOLLAH", "attacks", "ISR", "asserted")),
    ("relative-group-in-place", "Pemberontak Huthi di Yaman yang didukung Iran kembali menyerang kapal dagang.",
     ("IRN", "supports", "HOUTHI", "asserted")),
    ("relative-coordinated-agents", "Yayasan Kemanusiaan Gaza yang didukung Amerika Serikat dan Israel membuka pusat distribusi baru.",
     ("ISR", "supports", "GHF", "asserted")),
    # who becomes the target or victim of an act undergoes it
    ("becomes-target", "Pelabuhan Odesa di Ukraina menjadi target serangan drone Rusia.",
     ("RUS", "attacks", "UKR", "asserted")),
    ("becomes-victim", "Warga Suriah menjadi korban serangan udara Israel.",
     ("ISR", "attacks", "SYR", "asserted")),
    # calling someone an enemy or a threat is a stand against them
    ("call-enemy", "Pemimpin Iran menyebut Amerika Serikat sebagai musuh bebuyutan.",
     ("IRN", "opposes", "USA", "asserted")),
    ("regard-threat", "Jepang menganggap Korea Utara sebagai ancaman serius.",
     ("JPN", "opposes", "PRK", "asserted")),
    # a state joining another state's forces or campaign works with it
    ("join-navy", "Kapal perang Jepang bergabung dengan Angkatan Laut Filipina di Laut China Selatan.",
     ("JPN", "cooperatesWith", "PHL", "asserted")),
    ("join-campaign", "Inggris bergabung dengan operasi militer Amerika Serikat terhadap Houthi.",
     ("GBR", "cooperatesWith", "USA", "asserted")),
    ("join-ally", "Kanada bergabung dengan sekutunya Amerika Serikat dalam operasi di Laut Merah.",
     ("CAN", "cooperatesWith", "USA", "asserted")),
    # a name and its own acronym in parentheses are one member of a coordination
    ("acronym-then-more", "Kelompok Houthi, yang didukung Korea Utara (Korut) dan Iran, kembali menembakkan rudal.",
     ("IRN", "supports", "HOUTHI", "asserted")),
    ("acronym-before-more", "Korea Selatan (Korsel) dan Jepang mengecam peluncuran rudal Korea Utara.",
     ("KOR", "opposes", "PRK", "asserted")),
    # the people of a state over their adjective
    ("official-adjective", "Diplomat top Teheran mengecam Kanada.", ("IRN", "opposes", "CAN", "asserted")),
    # victims no actor names are where the place phrase after the agent says
    ("victims-in-place", "Belasan orang tewas ditembak tentara Myanmar di Thailand.", ("MMR", "attacks", "THA", "asserted")),
    # a place stands for the one who holds or uses it
    ("target-held-by", "Amerika Serikat membom bandara yang dikuasai Houthi di Yaman.", ("USA", "attacks", "HOUTHI", "asserted")),
    ("target-held-by-bare", "Jet tempur Israel menyerang gudang dikendalikan Hamas.", ("ISR", "attacks", "HAMAS", "asserted")),
    # one fights beside the side named after 'bersama', against the side after 'melawan'
    ("fight-beside", "Ribuan tentara Korea Utara ikut bertempur bersama pasukan Rusia melawan Ukraina.",
     ("PRK", "attacks", "UKR", "asserted")),
    ("fight-beside-ally", "Ribuan tentara Korea Utara ikut bertempur bersama pasukan Rusia melawan Ukraina.",
     ("RUS", "attacks", "UKR", "asserted")),
    # allies with no owner named, in a phrase of benefit, are the subject's
    ("allies-such-as", "Jepang telah mengirim kapal patroli kepada sekutu seperti Filipina dan Australia.",
     ("JPN", "alliedWith", "PHL", "asserted")),
    # a relative clause on an attack the subject launched has that subject as its own
    ("relative-on-launched-attack", "Turki melancarkan serangan udara di Irak utara, yang menargetkan markas yang digunakan PKK.",
     ("TUR", "attacks", "PKK", "asserted")),
    # a military action strikes like its weapons
    ("military-action-strikes", "Operasi militer Rusia yang menghantam pembangkit listrik milik Ukraina memicu pemadaman.",
     ("RUS", "attacks", "UKR", "asserted")),
    # thanks for help received: the one thanked is the supporter
    ("thanks-for-support", "Filipina berterima kasih kepada Jepang karena didukung dalam sengketa dengan China.",
     ("JPN", "supports", "PHL", "asserted")),
    ("thanks-plain", "Palestina mengucapkan terima kasih kepada Malaysia.", ("PSE", "supports", "MYS", "asserted")),
    # an ally named after the noun that describes it, and a relative clause on the last of two names
    ("ally-named-after", "Pada Senin pagi waktu Rusia, sekutu dekat Ukraina, Inggris, mengirim rudal jelajah.",
     ("GBR", "alliedWith", "UKR", "asserted")),
    ("ally-relative-last", "Oman menengahi pembicaraan antara Iran dan Amerika Serikat, yang merupakan sekutu utama Israel.",
     ("USA", "alliedWith", "ISR", "asserted")),
    # another verb between the noun and a word of ending governs it
    ("decide-to-expand", "Vietnam memutuskan memperluas kerja sama pertahanan dengan India.",
     ("VNM", "cooperatesWith", "IND", "asserted")),
    ("leaders-meet", "Presiden Brasil, Argentina, dan Paraguay bertemu di Asuncion.", ("BRA", "meetsWith", "ARG", "asserted")),
])
def test_relation(name, text, want):
    got = triples(text)
    assert want in got, (name, got)


@pytest.mark.parametrize("text,unwanted", [
    # a state after a group's name is where it comes from, not the one the relative clause speaks of
    ("Milisi Hizbullah Lebanon yang didanai Iran menembakkan roket ke Israel.", ("IRN", "supports", "LBN")),
    # people of a state in a place: the relative clause still speaks of the people's state, not of the place
    ("Warga Palestina di Gaza yang diserang Israel mengungsi ke selatan.", ("ISR", "attacks", "ISR")),
    # a superlative of a place noun does not make the verb's subject its owner
    ("Amerika Serikat memperkuat pangkalan militer terbesar di Qatar.", ("USA", "attacks", "QAT")),
    # a threat the text denies is no stand against
    ("Menteri Pertahanan Filipina menilai Vietnam bukan ancaman.", ("PHL", "opposes", "VNM")),
    # people of a state joining a foreign army, or a person joining it, are not their state cooperating
    ("Puluhan warga Brasil bergabung dengan pasukan Ukraina.", ("BRA", "cooperatesWith", "UKR")),
    ("Perdana Menteri Belanda Mark Rutte bergabung dengan Presiden Prancis di Paris.", ("NLD", "cooperatesWith", "FRA")),
    # one fights beside an ally named after 'dengan sekutunya', not against it
    ("Iran berperang dengan sekutunya Hizbullah melawan Israel.", ("IRN", "attacks", "HEZBOLLAH")),
    # victims named as a state's people are that state's, not the place's
    ("Tiga tentara Turki diserang milisi Kurdi di Suriah.", ("TUR", "attacks", "SYR")),
    # the holder of a place is the target's, not the attacker's partner: no link from a state that only named the place
    ("Israel menyerang pelabuhan yang dibangun China di Yaman.", ("ISR", "attacks", "CHN")),
    # the side one fights beside is not attacked
    ("Ribuan tentara Korea Utara ikut bertempur bersama pasukan Rusia melawan Ukraina.", ("PRK", "attacks", "RUS")),
    # allies the subject condemns are not its own
    ("Rusia mengecam sekutu seperti Jepang dan Korea Selatan.", ("RUS", "alliedWith", "JPN")),
    # an attack the subject condemns is not the subject's own
    ("Jerman mengecam serangan yang menghantam Kyiv.", ("DEU", "attacks", "UKR")),
    # the thanker of help received does not support the helper
    ("Filipina berterima kasih kepada Jepang karena didukung dalam sengketa dengan China.", ("PHL", "supports", "JPN")),
    # cooperation ended or suspended is not held
    ("Korea Utara menghentikan kerja sama dengan Badan Energi Atom Internasional.", ("PRK", "cooperatesWith", "IAEA")),
    ("Belgia mendesak Uni Eropa menangguhkan perjanjian kerja samanya dengan Israel.", ("EU", "cooperatesWith", "ISR")),
    # borders meet, and an encounter in the air is no meeting
    ("Sungai itu mengalir ke titik di mana perbatasan Brasil, Argentina, dan Paraguay bertemu.", ("BRA", "meetsWith", "ARG")),
    ("Jet tempur Rusia dan Amerika Serikat terlibat dalam pertemuan udara yang berbahaya di Suriah.", ("RUS", "meetsWith", "USA")),
    # a state named as a person's citizenship does not undergo what the person does
    ("Seorang pemuda berkewarganegaraan Kanada ditembak tentara Rusia.", ("RUS", "attacks", "CAN")),
    # a relative clause after two names hangs on the last
    ("Oman menengahi pembicaraan antara Iran dan Amerika Serikat, yang merupakan sekutu utama Israel.", ("IRN", "alliedWith", "ISR")),
    # the place of a time before the apposition is not the ally
    ("Pada Senin pagi waktu Rusia, sekutu dekat Ukraina, Inggris, mengirim rudal jelajah.", ("RUS", "alliedWith", "UKR")),
    # without a verb of becoming, 'target' names what the subject aims at, not what it undergoes
    ("Israel mengumumkan target serangan Hizbullah berikutnya di Lebanon.", ("HEZBOLLAH", "attacks", "ISR")),
])
def test_no_relation(text, unwanted):
    got = {(s, p, o) for s, p, o, _ in triples(text)}
    assert unwanted not in got, got
