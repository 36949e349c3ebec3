"""Indonesian verbs, nouns and cue words of the lexicon, on sentences written for these tests.

Each case names the word class it checks: war and fighting words read as attacks by each side,
meetings by telephone and talks, blacklists as sanctions, thanks and praise as support, rejection
and enmity as opposition, allies named in apposition, military pressure as threats, ceasefire
violations as accusations, training and know-how as technology. The traps are uses of the same
words that say nothing about one state acting on another.
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.nlp.pipeline import extract_document, get_pipeline


def triples(text: str, date: str | None = "2024-06-19"):
    doc = Document(id="t", text=text, date=date, lang="id")
    return {(s.subject.key, s.predicate, s.object.key, s.status) for s in extract_document(doc, get_pipeline("id"))
            if s.predicate not in ("leaderOf", "officialOf", "relativeOf", "memberOf")}


CASES = [
    # war and fighting: a war 'dengan', 'vs' or 'antara' is fought by both sides
    ("war-noun-dengan", "Perang Israel dengan Iran berlangsung dua pekan.", ("ISR", "attacks", "IRN", "asserted")),
    ("war-noun-dengan-other-side", "Perang Israel dengan Iran berlangsung dua pekan.", ("IRN", "attacks", "ISR", "asserted")),
    ("war-noun-vs", "Korban perang Iran vs Israel terus bertambah.", ("ISR", "attacks", "IRN", "asserted")),
    ("war-noun-antara", "Gencatan senjata mengakhiri perang antara Israel dan Iran.", ("IRN", "attacks", "ISR", "asserted")),
    ("war-noun-coordinated-possessor", "Pengungsi dievakuasi akibat perang Iran dan Israel.", ("ISR", "attacks", "IRN", "asserted")),
    ("war-noun-ended", "Iran mengumumkan berakhirnya perang 12 hari melawan Israel.", ("IRN", "attacks", "ISR", "asserted")),
    ("war-noun-leader-stands-for-state", "Presiden Iran Masoud Pezeshkian mengumumkan berakhirnya perang dengan Israel.",
     ("ISR", "attacks", "IRN", "asserted")),
    ("war-ber-melawan", "Israel berperang melawan Hamas sejak Oktober 2023.", ("ISR", "attacks", "HAMAS", "asserted")),
    ("war-ber-coordinated", "Israel dan Iran bertempur sengit selama 12 hari.", ("IRN", "attacks", "ISR", "asserted")),
    ("war-ber-konflik", "Israel dan Iran sempat berkonflik selama 12 hari.", ("ISR", "attacks", "IRN", "asserted")),
    ("war-bertikai", "Thailand dan Kamboja bertikai soal perbatasan.", ("KHM", "attacks", "THA", "asserted")),
    ("war-saling", "Israel dan Iran saling perang selama sepekan.", ("IRN", "attacks", "ISR", "asserted")),
    ("war-conflict-noun", "Konflik Thailand dengan Kamboja kembali memanas.", ("THA", "attacks", "KHM", "asserted")),
    ("war-involved-in-battle", "Israel terlibat pertempuran dengan Hizbullah.", ("ISR", "attacks", "HEZBOLLAH", "asserted")),
    ("war-memerangi", "Amerika Serikat memerangi pemberontak Houthi di Yaman.", ("USA", "attacks", "HOUTHI", "asserted")),
    # meetings: talks by telephone, conversations, discussing with a person
    ("meet-conversation", "Trump melakukan percakapan dengan Netanyahu.", ("netanyahu", "meetsWith", "trump", "asserted")),
    ("meet-discuss-with", "Menteri Luar Negeri Sugiono membahas isu Gaza dengan Menteri Luar Negeri Iran Abbas Araghchi.",
     ("araghchi", "meetsWith", "sugiono", "asserted")),
    # sanctions: blacklists and entity lists
    ("sanction-blacklist-active", "Jepang memasukkan Rusia ke dalam daftar hitam ekspor.", ("JPN", "imposesSanctionsOn", "RUS", "asserted")),
    ("sanction-blacklist-active-2", "Amerika Serikat memasukkan Iran ke daftar hitam.", ("USA", "imposesSanctionsOn", "IRN", "asserted")),
    ("sanction-blacklist-passive", "Korea Utara dimasukkan ke daftar hitam oleh Amerika Serikat.", ("USA", "imposesSanctionsOn", "PRK", "asserted")),
    ("sanction-entity-list-passive", "Rusia ditambahkan ke dalam daftar entitas oleh Jepang.", ("JPN", "imposesSanctionsOn", "RUS", "asserted")),
    # support: thanks, ratifying a membership, praise, supporters in apposition
    # thanks for help received: the one thanked gave it ('atas bantuan itu')
    ("support-thanks-ber", "Zelensky berterima kasih kepada Amerika Serikat atas bantuan itu.", ("USA", "supports", "zelenskyy", "asserted")),
    ("support-thanks-noun", "Zelensky menyampaikan ucapan terima kasih kepada Jerman.", ("zelenskyy", "supports", "DEU", "asserted")),
    ("support-thanks-headline", "Iran Terima Kasih ke Qatar", ("IRN", "supports", "QAT", "asserted")),
    ("support-ratify-membership", "Parlemen Turki meratifikasi keanggotaan Swedia di NATO.", ("TUR", "supports", "SWE", "asserted")),
    ("support-praise-sanjung", "Donald Trump menyanjung Israel.", ("trump", "supports", "ISR", "asserted")),
    ("support-main-supporter-appositive", "China, pendukung utama Iran, mengecam serangan itu.", ("CHN", "supports", "IRN", "asserted")),
    # opposition: rejecting a claim or a step, enmity, critics, anger, pressure
    ("oppose-reject-step", "China menolak keras langkah Jepang itu.", ("CHN", "opposes", "JPN", "asserted")),
    ("oppose-reject-claim", "Filipina menolak klaim China atas perairan itu.", ("PHL", "opposes", "CHN", "asserted")),
    ("oppose-challenge-claim", "Australia menantang klaim China di Laut China Selatan.", ("AUS", "opposes", "CHN", "asserted")),
    ("oppose-enemy-appositive", "Netanyahu, musuh Ayatollah Ali Khamenei, berbicara di Washington.", ("netanyahu", "opposes", "khamenei", "asserted")),
    ("oppose-enmity-mutual", "Israel dan Iran saling bermusuhan sejak 1979.", ("IRN", "opposes", "ISR", "asserted")),
    ("oppose-critic", "Spanyol merupakan pengkritik keras atas serangan Israel di Gaza.", ("ESP", "opposes", "ISR", "asserted")),
    ("oppose-anger-at-comment", "Iran geram atas komentar Presiden Amerika Serikat Donald Trump.", ("IRN", "opposes", "trump", "asserted")),
    ("oppose-condemn-comment", "Filipina mengecam komentar Presiden China Xi Jinping.", ("PHL", "opposes", "xi", "asserted")),
    ("oppose-pressure", "Indonesia mengajak dunia meningkatkan tekanan terhadap Israel.", ("IDN", "opposes", "ISR", "expected")),
    ("oppose-criticise-sharply", "Para pejabat Iran telah mengkritik tajam IAEA.", ("IRN", "opposes", "IAEA", "asserted")),
    ("oppose-hostile-toward", "Qatar tak menunjukkan sikap bermusuhan terhadap Iran.", ("QAT", "opposes", "IRN", "negated")),
    # alliances named in apposition or after a copula
    ("ally-strongest", "Inggris merupakan sekutu terkuat Ukraina di Eropa.", ("GBR", "alliedWith", "UKR", "asserted")),
    ("ally-one-of", "Iran telah menjadi salah satu sekutu terkuat Rusia.", ("IRN", "alliedWith", "RUS", "asserted")),
    ("ally-important-partner", "Qatar, mitra penting Washington di Timur Tengah, menjadi penengah.", ("QAT", "alliedWith", "USA", "asserted")),
    # threats: military intimidation and pressure
    ("threat-intimidation", "China meningkatkan intimidasi militer terhadap Taiwan.", ("CHN", "threatens", "TWN", "asserted")),
    ("threat-military-pressure", "China terus melakukan tekanan militer terhadap Taiwan.", ("CHN", "threatens", "TWN", "asserted")),
    ("threat-intimidation-by", "Lai mengecam intimidasi militer oleh Beijing terhadap Taiwan.", ("CHN", "threatens", "TWN", "asserted")),
    # accusations: a ceasefire violation by someone
    ("accuse-ceasefire-violation", "Ukraina melaporkan pelanggaran gencatan senjata oleh Rusia.", ("UKR", "accuses", "RUS", "asserted")),
    # technology: training, transfer of technology
    ("tech-train-pilots", "Rusia melatih pilot Korea Utara.", ("RUS", "suppliesTechnologyTo", "PRK", "asserted")),
    ("tech-trained-by", "Pilot Ukraina dilatih oleh Amerika Serikat.", ("USA", "suppliesTechnologyTo", "UKR", "asserted")),
    ("tech-transfer-noun", "Korea Selatan sepakat melakukan alih teknologi kapal selam kepada Indonesia.",
     ("KOR", "suppliesTechnologyTo", "IDN", "asserted")),
]


TRAPS = [
    # a war crime, a trade war and a civil war are no attack between the states named
    ("war-crime", "Mahkamah itu menyelidiki kejahatan perang Israel dengan Hamas.", "attacks"),
    ("trade-war", "Perang dagang Amerika Serikat dengan China kembali memanas.", "attacks"),
    ("global-conflict", "Dengan sembilan negara pemilik senjata atom, termasuk Amerika Serikat dan Rusia, risiko konflik global selalu mengintai.", "attacks"),
    # pressure with no one named to exert it
    ("pressure-unowned", "Tekanan internasional terhadap Israel terus meningkat.", "opposes"),
    # 'menolak' alone (refusing to do something) is no opposition to anyone
    ("refuse-to", "Iran menolak untuk berunding dengan Amerika Serikat.", "opposes"),
    # training civilians is no military know-how
    ("train-workers", "Jepang melatih pekerja Indonesia di bidang perhotelan.", "suppliesTechnologyTo"),
]


def test_war_against_is_one_way():
    """'berperang melawan': the subject's war on the object; 'berperang dengan': both sides fight."""
    against = triples("Israel berperang melawan Hamas sejak Oktober 2023.")
    assert ("ISR", "attacks", "HAMAS", "asserted") in against
    assert not any(s == "HAMAS" and p == "attacks" for s, p, _o, _st in against)
    both = triples("Israel berperang dengan Hamas sejak Oktober 2023.")
    assert {("ISR", "attacks", "HAMAS", "asserted"), ("HAMAS", "attacks", "ISR", "asserted")} <= both


def test_war_between_a_coreferent_pair_is_not_guessed():
    """'kedua negara yang saling perang': the pair is read by coreference, which a war does not risk."""
    text = "Menteri Qatar bertemu utusan Israel di Doha. Utusan kedua negara yang saling perang itu berterima kasih."
    assert not [t for t in triples(text) if t[1] == "attacks"]


MORE_CASES = [
    # attacks: targeting, destroying, genocide and massacres, aggression in a place, a battle 'lawan' someone
    ("attack-target", "Iran menargetkan pangkalan militer Amerika Serikat di Qatar.", ("IRN", "attacks", "USA", "asserted")),
    ("attack-destroy", "Israel menghancurkan fasilitas nuklir Iran.", ("ISR", "attacks", "IRN", "asserted")),
    ("attack-genocide-in", "Genosida Israel di Gaza terus berlanjut.", ("ISR", "attacks", "PSE", "asserted")),
    ("attack-aggression-in", "Israel memperluas agresinya di Lebanon.", ("ISR", "attacks", "LBN", "asserted")),
    ("threat-reduplicated-target", "Iran mengancam akan menyerang pangkalan-pangkalan militer Amerika Serikat.", ("IRN", "threatens", "USA", "asserted")),
    # talks and negotiations, a telephone call received in a headline
    ("meet-indirect-talks", "Iran dan Amerika Serikat telah mengadakan pembicaraan tidak langsung.", ("IRN", "meetsWith", "USA", "asserted")),
    ("meet-negotiate-with", "Iran bernegosiasi dengan Amerika Serikat di Oman.", ("IRN", "meetsWith", "USA", "asserted")),
    ("meet-headline-call", "Prabowo Terima Telepon Presiden Korea Selatan Lee Jae Myung", ("lee_jae_myung", "meetsWith", "prabowo", "asserted")),
    # cooperation, contribution, support to ('ke'), recommendation for a prize
    ("coop-win-over", "Langkah Indonesia menggaet Turki patut diapresiasi.", ("IDN", "cooperatesWith", "TUR", "asserted")),
    ("support-contribution", "Rutte menyebut jet itu kontribusi kuat dari Inggris untuk NATO.", ("GBR", "supports", "NATO", "asserted")),
    ("support-to-ke", "Dukungan Amerika Serikat ke Ukraina mulai mengendur.", ("USA", "supports", "UKR", "asserted")),
    ("support-nobel", "Pakistan merekomendasikan Donald Trump sebagai penerima Hadiah Nobel Perdamaian.", ("PAK", "supports", "trump", "asserted")),
    # helping another build weapons passes know-how, not the weapons
    ("tech-help-develop", "Tiongkok membantu Pakistan mengembangkan rudal balistik.", ("CHN", "suppliesTechnologyTo", "PAK", "asserted")),
    ("tech-helped-to-build", "Pakistan dibantu Tiongkok mengembangkan rudal balistik.", ("CHN", "suppliesTechnologyTo", "PAK", "asserted")),
    ("weapons-help-with", "Tiongkok membantu Pakistan dengan rudal balistik.", ("CHN", "suppliesWeaponsTo", "PAK", "asserted")),
    # occupation; recalling an ambassador; calls, chats, congratulations, visits, joint patrols
    ("attack-occupation", "Indonesia mengecam pendudukan ilegal Israel atas Palestina.", ("ISR", "attacks", "PSE", "asserted")),
    ("attack-occupy-territory", "Pasukan Rusia menduduki wilayah Ukraina sejak 2022.", ("RUS", "attacks", "UKR", "asserted")),
    ("oppose-recall-ambassador", "Israel menarik duta besarnya dari Afrika Selatan.", ("ISR", "opposes", "ZAF", "asserted")),
    ("meet-phone-call-verb", "Donald Trump menelepon Vladimir Putin pada Selasa.", ("putin", "meetsWith", "trump", "asserted")),
    ("meet-chat", "Prabowo berbincang dengan Emmanuel Macron di Paris.", ("macron", "meetsWith", "prabowo", "asserted")),
    ("support-congratulate", "Prabowo mengucapkan selamat kepada Donald Trump.", ("prabowo", "supports", "trump", "asserted")),
    ("visit-menyambangi", "Menteri Luar Negeri Sugiono menyambangi Beijing pekan lalu.", ("sugiono", "visits", "CHN", "asserted")),
    ("coop-joint-patrol", "Filipina dan Jepang menggelar patroli bersama di Laut China Selatan.", ("JPN", "cooperatesWith", "PHL", "asserted")),
    ("coop-joint-exercise-with", "Angkatan laut Filipina menggelar latihan bersama dengan Amerika Serikat.", ("PHL", "cooperatesWith", "USA", "asserted")),
    # calling someone the mastermind; ultimatums; export and import bans
    ("accuse-mastermind", "Iran menyebut Israel sebagai dalang serangan itu.", ("IRN", "accuses", "ISR", "asserted")),
    ("threat-ultimatum", "Amerika Serikat memberikan ultimatum kepada Iran.", ("USA", "threatens", "IRN", "asserted")),
    ("sanction-export-ban", "China memberlakukan larangan ekspor ke Jepang.", ("CHN", "imposesSanctionsOn", "JPN", "asserted")),
    ("sanction-export-control", "Amerika Serikat memperketat kontrol ekspor terhadap China.", ("USA", "imposesSanctionsOn", "CHN", "asserted")),
    ("sanction-import-ban-from", "Rusia memberlakukan larangan impor dari Moldova.", ("RUS", "imposesSanctionsOn", "MDA", "asserted")),
    # attending a summit in a place is visiting it
    ("visit-attend", "Presiden Joe Biden menghadiri KTT G20 di New Delhi.", ("biden", "visits", "IND", "asserted")),
    # opposition: toppling or dismantling a regime; accusation: an arrest warrant
    ("oppose-dismantle-regime", "Israel berjanji membubarkan rezim Hamas.", ("ISR", "opposes", "HAMAS", "expected")),
    ("accuse-arrest-warrant", "Mahkamah Pidana Internasional mengeluarkan surat perintah penangkapan untuk Benjamin Netanyahu.",
     ("ICC", "accuses", "netanyahu", "asserted")),
]


MORE_TRAPS = [
    # a state's own ban on exporting a good sanctions no one
    ("own-export-ban", "Pemerintah Indonesia memberlakukan larangan ekspor nikel mulai 2020.", "imposesSanctionsOn"),
    # holding an office or a rank is no occupation
    ("occupy-office", "Indonesia menduduki peringkat kelima di ASEAN.", "attacks"),
    # one does not visit one's own state
    ("visit-home", "Presiden Joe Biden tiba di Washington pada Senin.", "visits"),
    # targets of a plan, not of force
    ("target-economy", "Indonesia menargetkan ekspor ke China naik 10 persen.", "attacks"),
]


STATUS_CASES = [
    # a verb of saying in a later relative clause ('yang mereka sebut') reports nothing of the clause before
    ("relative-naming-is-no-report", "Israel berperang melawan Hamas di Gaza, yang mereka sebut sebagai medan terberat.",
     ("ISR", "attacks", "HAMAS", "asserted")),
    # what a clause opened by a conditional supposes has not happened
    ("expected-conditional-jika", "Jika Iran menyerang Israel, Amerika Serikat akan membela Israel.", ("IRN", "attacks", "ISR", "expected")),
    ("expected-conditional-apabila", "Apabila Rusia menyerang Polandia, NATO akan membela Polandia.", ("RUS", "attacks", "POL", "expected")),
    # more verbs of saying, before and after the quote
    ("claimed-memaparkan", "Zelensky memaparkan bahwa Rusia menyerang Ukraina pada Senin.", ("RUS", "attacks", "UKR", "claimed")),
    ("claimed-pungkas", "“Rusia menyerang Ukraina lagi,” pungkas Zelensky.", ("RUS", "attacks", "UKR", "claimed")),
    # rejecting an accusation firmly denies its content
    ("denied-reject-accusation", "Iran menolak keras tuduhan Amerika Serikat bahwa Teheran memasok drone ke Rusia.",
     ("IRN", "suppliesWeaponsTo", "RUS", "denied")),
    # ahead of, interest in, hope of: the act is still to come
    ("expected-menjelang", "Menjelang kunjungan Perdana Menteri Jepang ke Indonesia, kedua negara menyiapkan kesepakatan.",
     ("kishida", "visits", "IDN", "expected")),
    ("expected-tertarik", "Israel tertarik untuk menormalisasi hubungan dengan Lebanon.", ("ISR", "cooperatesWith", "LBN", "expected")),
    # an unnamed title is the holder on the article's date (gazetteer/officials.tsv): Yoon Suk Yeol, Fumio Kishida
    ("expected-harapan", "Presiden Korea Selatan menyampaikan harapannya untuk melakukan kunjungan ke Indonesia.", ("yoon", "visits", "IDN", "expected")),
]


@pytest.mark.parametrize("name,text,expected", CASES + MORE_CASES + STATUS_CASES,
                         ids=[c[0] for c in CASES + MORE_CASES + STATUS_CASES])
def test_lexicon_reads(name, text, expected):
    got = triples(text)
    sym = {"meetsWith", "cooperatesWith", "alliedWith"}
    if expected[1] in sym:
        got |= {(o, p, s, st) for s, p, o, st in got if p in sym}
    assert expected in got, got


@pytest.mark.parametrize("name,text,relation", TRAPS + MORE_TRAPS, ids=[t[0] for t in TRAPS + MORE_TRAPS])
def test_lexicon_trap_yields_nothing(name, text, relation):
    assert not [t for t in triples(text) if t[1] == relation]


@pytest.mark.parametrize("text", [
    "Presiden Brasil menuding Israel melakukan genosida di Gaza.",
    "Amnesty International menyuarakan tuduhan genosida terhadap Israel.",
])
def test_genocide_named_in_an_accusation_is_not_the_accusers_act(text):
    """'menuding Israel melakukan genosida', 'tuduhan genosida terhadap Israel': the accuser commits no attack."""
    assert not [t for t in triples(text) if t[1] == "attacks" and t[0] != "ISR"]
