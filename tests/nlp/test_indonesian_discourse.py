"""Indonesian discourse: what spans sentences, who says what, and asides of domestic news.

Sentences written for these tests. Each case names the phenomenon it checks and asserts the
statement (with its status) the extractor gives, or that a wrong reading is absent.
"""

from __future__ import annotations

from kg.model import Document
from kg.nlp.pipeline import extract_document, get_pipeline
from reading import actor_triples as read_as_actors

ROLES = ("leaderOf", "officialOf", "relativeOf", "memberOf")


def triples(text: str, date: str | None = "2025-10-20") -> set[tuple[str, str, str, str]]:
    doc = Document(id="t", text=text, date=date, lang="id")
    return {(s.subject.key, s.predicate, s.object.key, s.status) for s in extract_document(doc, get_pipeline("id"))
            if s.predicate not in ROLES}


def test_body_after_preposition_is_no_subject_of_coordinated_verb():
    # 'kepada Pemerintah Malaysia' is the object of the first verb; the unnamed 'Kami' thanks Prabowo
    got = triples("Kami juga mengucapkan selamat kepada Pemerintah Malaysia atas terbentuknya kabinet baru, "
                  "serta menyampaikan terima kasih kepada Presiden Prabowo atas undangannya.")
    assert not any(s == "MYS" for s, *_ in got)


def test_body_as_subject_still_reads():
    assert ("MYS", "opposes", "SGP", "asserted") in triples("Pemerintah Malaysia mengecam Singapura.")


def test_clause_opening_preposition_keeps_its_subject():
    # 'sejak' opens a clause here: the government after it is that clause's subject
    assert ("RUS", "attacks", "UKR", "asserted") in triples("Sejak pemerintah Rusia menginvasi Ukraina, harga gandum naik.")


def test_named_war_aside_reads_the_known_direction_only():
    # a war named by its two sides, in an economic aside: Russia attacks Ukraine, not the reverse
    got = triples("Harga pupuk melonjak akibat perang Ukraina-Rusia yang belum usai.")
    assert ("RUS", "attacks", "UKR", "asserted") in got
    assert not any(s == "UKR" and p == "attacks" for s, p, _, _ in got)


def test_war_between_sides_reads_the_known_direction_only():
    got = triples("Perang antara Rusia dan Ukraina membuat harga gandum naik.")
    assert ("UKR", "attacks", "RUS", "asserted") not in got


def test_war_without_known_aggressor_keeps_both_sides():
    got = triples("Perang Iran-Irak menewaskan ratusan ribu orang.")
    assert {("IRN", "attacks", "IRQ", "asserted"), ("IRQ", "attacks", "IRN", "asserted")} <= got


def test_explicit_act_of_the_defender_is_kept():
    assert ("UKR", "attacks", "RUS", "asserted") in triples("Ukraina menyerang kilang minyak Rusia dengan drone.")


def test_aid_of_peacekeepers_is_no_aid():
    # 'bantuan pasukan perdamaian': the help is the peacekeeping mission, not aid to Lebanon
    got = triples("Jepang akan mengirim bantuan pasukan perdamaian ke Lebanon bulan depan.")
    assert not any(p in ("providesAidTo", "suppliesWeaponsTo") for _, p, _, _ in got)


def test_aid_next_to_peacekeepers_stays_aid():
    got = triples("Jepang mengirim bantuan kemanusiaan ke Lebanon dan juga pasukan perdamaian.")
    assert ("JPN", "providesAidTo", "LBN", "asserted") in got


def test_headline_troops_are_the_peacekeepers_of_the_body():
    text = ("Malaysia Siap Kirim Pasukan ke Lebanon\n"
            "Pemerintah Malaysia menyatakan siap mengirim pasukan penjaga perdamaian ke Lebanon selatan.")
    assert not any(p == "suppliesWeaponsTo" for _, p, _, _ in triples(text))


def test_troops_of_another_state_are_still_sent():
    text = ("Iran Kirim Pasukan ke Suriah\n"
            "Sementara itu, Malaysia mengirim pasukan penjaga perdamaian ke Lebanon selatan.")
    assert ("IRN", "suppliesWeaponsTo", "SYR", "asserted") in triples(text)


def test_headline_relative_of_instrument_names_the_attacker():
    # 'yang Digunakan Rusia': who uses the weapon strikes with it, over an adjective after the weapon
    got = triples("Deretan Drone Murah yang Digunakan Rusia Balas Serang Ukraina-Moldova")
    assert {("RUS", "attacks", "UKR", "asserted"), ("RUS", "attacks", "MDA", "asserted")} <= got


def test_funder_in_relative_clause_is_no_attacker():
    got = triples("Milisi Hizbullah yang didanai Iran menembakkan roket ke Israel.")
    assert ("IRN", "attacks", "ISR", "asserted") not in got


def test_group_pronoun_after_report_is_the_reporter():
    # 'Huthi' is the spelling of CNN Indonesia; 'mereka' after 'mengatakan' is the group that speaks
    got = triples("Kelompok Huthi mengatakan mereka meluncurkan rudal balistik ke Israel pada Minggu.")
    assert ("HOUTHI", "attacks", "ISR", "claimed") in got


def test_pronoun_after_an_unknown_named_subject_is_not_the_last_known_person():
    # 'Budi Santoso' is no name the gazetteer knows; 'Ia' is him, not Putin
    text = ("Presiden Rusia Vladimir Putin berpidato di Moskow pada Senin.\n"
            "Budi Santoso secara terbuka mengkritik kebijakan itu dalam sebuah wawancara.\n"
            "Ia juga memuji Ukraina atas keberaniannya.")
    assert not any(s in ("putin", "RUS") for s, *_ in triples(text))


def test_pronoun_still_resolves_to_the_last_known_person():
    text = ("Presiden Rusia Vladimir Putin tiba di Pyongyang pada Selasa.\n"
            "Ia kemudian bertemu dengan Kim Jong Un di Istana Kumsusan.")
    assert ("kim_jong_un", "meetsWith", "putin", "asserted") in triples(text) or \
        ("putin", "meetsWith", "kim_jong_un", "asserted") in triples(text)


def statements(text: str, date: str | None = "2025-10-20"):
    doc = Document(id="t", text=text, date=date, lang="id")
    return [s for s in extract_document(doc, get_pipeline("id")) if s.predicate not in ROLES]


def test_owned_speech_verb_makes_a_claim_of_the_last_person():
    got = statements("Menteri Luar Negeri Rusia Sergei Lavrov berbicara kepada wartawan di Moskow.\n"
                     "Korea Utara tidak pernah mengirim amunisi ke Rusia, ujarnya.")
    st = next(s for s in got if s.predicate == "suppliesWeaponsTo")
    assert st.status in ("denied", "negated") and [e.key for e in st.attributed_to] == ["lavrov"]


def test_menurutnya_makes_a_claim_of_the_last_person():
    got = statements("Menteri Luar Negeri Rusia Sergei Lavrov berbicara kepada wartawan di Moskow.\n"
                     "Menurutnya, Amerika Serikat memasok rudal jarak jauh ke Ukraina.")
    st = next(s for s in got if s.predicate == "suppliesWeaponsTo")
    assert (st.subject.key, st.object.key, st.status) == ("USA", "UKR", "claimed")
    assert [e.key for e in st.attributed_to] == ["lavrov"]


def test_owned_speech_verb_without_a_person_is_still_a_claim():
    got = triples("Amerika Serikat memasok rudal jarak jauh ke Ukraina, katanya.")
    assert ("USA", "suppliesWeaponsTo", "UKR", "claimed") in got


def test_we_in_a_quote_closed_by_owned_speech_verb_is_the_speakers_state():
    got = triples("Menteri Luar Negeri Rusia Sergei Lavrov berbicara kepada wartawan di Moskow.\n"
                  "“Kami akan terus memasok senjata ke Suriah,” ujarnya.")
    assert ("RUS", "suppliesWeaponsTo", "SYR", "expected") in got


def test_act_before_a_quote_is_not_the_quote_speakers_claim():
    got = triples("Menteri Luar Negeri Rusia Sergei Lavrov tiba di Jakarta.\n"
                  "Amerika Serikat memasok rudal ke Ukraina “Kami menolak itu,” ujarnya.")
    assert ("USA", "suppliesWeaponsTo", "UKR", "asserted") in got


def test_forces_with_nya_opening_a_sentence_are_the_last_subjects():
    got = triples("Israel kembali menggempur Gaza pada Senin.\nPasukannya juga menyerang Lebanon pada malam harinya.")
    assert ("ISR", "attacks", "LBN", "asserted") in got


def test_government_with_nya_of_a_leader_is_the_leaders_state():
    got = triples("Presiden Rusia Vladimir Putin tiba di Pyongyang pada Selasa.\nPemerintahnya juga mengecam Jepang.")
    assert ("RUS", "opposes", "JPN", "asserted") in got


def test_forces_with_nya_after_two_subjects_stay_unresolved():
    got = triples("Rusia dan Iran menggelar latihan bersama.\nPasukannya juga menyerang Ukraina.")
    assert not any(p == "attacks" for _, p, _, _ in got)


def test_headline_bare_verb_of_saying_makes_a_claim_of_its_speaker():
    got = statements("Iran Sebut AS Serang Fasilitas Nuklir di Fordow\nTeheran menyampaikan protes resmi pada Minggu.")
    st = next(s for s in got if s.predicate == "attacks")
    assert (st.subject.key, st.object.key, st.status) == ("USA", "IRN", "claimed")
    assert [e.key for e in st.attributed_to] == ["IRN"]


def test_headline_without_verb_of_saying_stays_asserted():
    assert ("USA", "attacks", "IRN", "asserted") in triples("AS Serang Fasilitas Nuklir Iran di Fordow\nSerangan terjadi pada Minggu.")


def test_gazetteer_knows_the_gaza_aid_foundation_and_thunberg():
    assert ("HAMAS", "attacks", "GHF", "claimed") in triples("Hamas dituding menyerang staf GHF di Khan Younis.")
    assert ("thunberg", "opposes", "ISR", "asserted") in triples("Greta Thunberg mengecam Israel atas blokade Gaza.")


def test_relative_description_of_a_name_is_the_writers_not_the_report():
    got = statements("Sedikitnya 20 orang tewas di dekat pos Hizbullah yang didanai Iran, kata otoritas kesehatan Lebanon.")
    st = next(s for s in got if s.predicate == "supports")
    assert (st.subject.key, st.object.key, st.status, st.attributed_to) == ("IRN", "HEZBOLLAH", "asserted", ())


def test_report_after_its_content_stays_a_claim():
    assert ("PRK", "suppliesWeaponsTo", "RUS", "claimed") in triples(
        "Korea Utara memasok rudal ke Rusia, kata Menteri Pertahanan Korea Selatan.")


def test_group_pronoun_opening_a_sentence_is_the_group_the_sentence_before_opens_with():
    got = triples("Kelompok Houthi menembakkan rudal ke Israel pada Sabtu.\n"
                  "Mereka mengklaim serangan itu sebagai bentuk solidaritas terhadap warga Palestina.")
    assert ("HOUTHI", "supports", "PSE", "claimed") in got
    assert not any(p == "attacks" and o == "PSE" for _, p, o, _ in got)  # 'sebagai ...' names the act


def test_officials_of_a_state_open_the_sentence_before():
    got = triples("Dua pejabat Amerika Serikat pada Selasa berbicara kepada wartawan.\nMereka menuding Iran memasok rudal ke Rusia.")
    assert ("USA", "accuses", "IRN", "asserted") in got


def test_group_pronoun_after_a_person_subject_stays_unresolved():
    got = triples("Presiden Prancis Emmanuel Macron tiba di Kyiv pada Senin.\nMereka mengecam Rusia.")
    assert not any(p == "opposes" for _, p, _, _ in got)


def test_wishing_to_thank_is_thanking_not_a_plan():
    got = triples('"Saya ingin berterima kasih kepada Qatar atas mediasinya," kata Presiden Iran Masoud Pezeshkian.')
    assert ("pezeshkian", "supports", "QAT", "claimed") in got


def test_wishing_to_send_is_still_a_plan():
    assert ("IRN", "suppliesWeaponsTo", "RUS", "expected") in triples("Iran ingin mengirim drone ke Rusia.")


def test_keduanya_is_no_pair_of_states_named_apart():
    text = ("Departemen Kehakiman Amerika Serikat menangkap dua orang pada Jumat.\n"
            "Kedua warga negara China itu bernama Wang dan Li.\n"
            "Keduanya menghadapi dakwaan dengan ancaman 10 tahun penjara.")
    assert not any(p in ("accuses", "threatens") for _, p, _, _ in triples(text))


def test_keduanya_is_the_pair_of_states_named_together():
    text = "Jepang dan Filipina menandatangani pakta pertahanan.\nKeduanya juga mengecam Korea Utara."
    got = triples(text)
    assert {("JPN", "opposes", "PRK", "asserted"), ("PHL", "opposes", "PRK", "asserted")} <= got


def actor_triples(text: str) -> set[tuple[str, str, str, str]]:
    return read_as_actors(text, date="2025-10-20")


def test_thanks_for_support_make_the_thanked_the_supporter():
    got = actor_triples("Menteri Pertahanan Korea Selatan berterima kasih kepada Jepang karena didukung saat krisis itu.")
    assert ("JPN", "supports", "KOR", "asserted") in got
    assert ("KOR", "supports", "JPN", "asserted") not in got


def test_thanks_for_a_role_stay_the_thankers_support():
    got = actor_triples("Presiden Korea Selatan berterima kasih kepada Jepang atas mediasinya.")
    assert ("KOR", "supports", "JPN", "asserted") in got


def test_rebels_of_a_state_are_not_the_state():
    got = triples("Thailand dituduh mendanai pemberontak Myanmar di perbatasan.")
    assert not any(o == "MMR" for _, _, o, _ in got)


def test_named_armed_group_after_its_noun_is_the_group():
    assert ("IRN", "suppliesWeaponsTo", "HOUTHI", "asserted") in triples("Iran memasok senjata kepada milisi Houthi.")
