"""The gazetteer tables derived from the PETRARCH dictionaries: officials with dated posts, organisations,
armed groups; the article's date picking a person's post and the holder of a title.

The shipped tables are tested as shipped; the derivation itself reads ../shared/data/petrarch and skips
without it.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from kg.model import Document
from kg.nlp.dated import at_date, normal_title, title_holder
from kg.nlp.gazetteer import Post, fold, load_gazetteer
from kg.nlp.pipeline import extract_document, get_pipeline, parse
from kg.tools.petrarch import parse_actors

SHARED = Path(os.environ.get("KG_SHARED", Path(__file__).resolve().parents[2].parent / "shared"))


def statements(text: str, date: str | None, lang: str = "id"):
    return extract_document(Document(id="t", text=text, date=date, lang=lang), get_pipeline(lang))


def mentions(text: str, date: str | None, lang: str = "id"):
    return parse(Document(id="t", text=text, date=date, lang=lang), get_pipeline(lang))._.kg_mentions


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_petrarch_tables_take_no_name_of_the_hand_made_gazetteer(gaz):
    hand = load_gazetteer(derived=False)
    hand_names = {fold(n) for names in hand.aliases.values() for n in names}
    assert gaz.derived, "the derived tables are loaded"
    clashes = [n for key in gaz.derived for n in gaz.aliases[key] if fold(n) in hand_names]
    assert clashes == []
    assert set(hand.entities) <= set(gaz.entities)
    for key, ent in hand.entities.items():
        assert gaz.entities[key] == ent  # the hand-made entries are untouched


def test_petrarch_people_have_two_word_names_and_a_state_or_organisation(gaz):
    people = [k for k in gaz.derived if gaz.entities[k].type == "Person"]
    assert len(people) > 1000
    for key in people:
        assert all(len(n.split()) >= 2 for n in gaz.aliases[key]), key
        acts_for = gaz.entities[key].acts_for
        assert acts_for and acts_for in gaz.entities, key
        assert gaz.posts[key]


def test_petrarch_person_name_alone_acts_for_their_state():
    got = {(s.subject.key, s.subject.acts_for, s.predicate, s.object.key) for s in statements("Nicolas Sarkozy mengecam Rusia.", "2009-03-01")}
    assert ("person:nicolas_sarkozy", "FRA", "opposes", "RUS") in got


def test_petrarch_the_article_date_picks_the_post():
    before = {(s.subject.acts_for, s.predicate, s.object.key) for s in statements("Mohamed ElBaradei mengunjungi Jepang.", "2005-06-01")}
    after = {(s.subject.acts_for, s.predicate, s.object.key) for s in statements("Mohamed ElBaradei mengunjungi Jepang.", "2013-08-01")}
    assert ("IAEA", "visits", "JPN") in before
    assert ("EGY", "visits", "JPN") in after


def test_petrarch_without_a_date_the_latest_post_holds(gaz):
    assert gaz.entities["person:mohamed_elbaradei"].acts_for == "EGY"
    assert at_date(gaz.entities["person:mohamed_elbaradei"], gaz, None).acts_for == "EGY"


def test_petrarch_armed_group_is_an_actor_of_its_own():
    got = {(s.subject.key, s.subject.type, s.predicate, s.object.key) for s in statements(
        "The Moro Islamic Liberation Front attacked Philippine troops on Sunday.", "2012-03-01", "en")}
    assert ("group:moro_islamic_liberation_front", "Group", "attacks", "PHL") in got


def test_petrarch_names_need_their_capitals():
    m = mentions("Kami bertemu angela merkel di pasar.", "2012-03-01")
    assert not any(e.key == "person:angela_merkel" for x in m.mentions for e in x.entities)


def test_petrarch_two_common_given_names_are_no_one():
    m = mentions("Mohammad Reza membuka toko di Bandung.", "2024-03-01")
    assert not any(e.type == "Person" for x in m.mentions for e in x.entities)


@pytest.mark.parametrize("lang,text", [
    ("id", "Presiden Prancis mengecam serangan itu."),
    ("en", "The French president condemned the attack."),
])
def test_petrarch_title_without_a_name_is_the_holder_on_the_date(lang, text):
    m = mentions(text, "2013-05-02", lang)
    assert ("person:francois_hollande", "leaderOf", "FRA") in {(r.person.key, r.relation, r.of.key) for r in m.roles}


def test_petrarch_title_after_the_dictionaries_names_no_one():
    # the dictionaries date from January 2014 and the hand-kept officials were last checked in 2025: who
    # held a post later neither can tell
    m = mentions("Presiden Prancis mengecam serangan itu.", "2027-05-02")
    assert m.roles == []
    assert [e.key for x in m.mentions for e in x.entities] == ["FRA"]


def test_petrarch_title_with_two_holders_names_no_one(gaz):
    gaz2 = type(gaz)(entities=dict(gaz.entities), posts={}, checked="2014-01-30")
    gaz2.holders = {("XYZ", "president"): [("a", Post("XYZ", "GOV", "2010-01-01", "")), ("b", Post("XYZ", "GOV", "2011-01-01", "2012-01-01"))]}
    gaz2.entities["a"] = gaz.entities["FRA"]
    gaz2.entities["b"] = gaz.entities["FRA"]
    assert title_holder(gaz2, "XYZ", ("president",), "2011-06-01") is None
    assert title_holder(gaz2, "XYZ", ("president",), "2013-06-01") is gaz2.entities["a"]
    assert title_holder(gaz2, "XYZ", ("president",), "2009-06-01") is None


@pytest.mark.parametrize("words,lang,title", [
    (("secretary-general", "of"), "en", "secretary general"),
    (("perdana", "menteri"), "id", "prime minister"),
    (("premier",), "en", "prime minister"),
])
def test_petrarch_titles_are_compared_in_one_spelling(words, lang, title):
    assert normal_title(words, lang) == title


def test_petrarch_parse_actors_reads_names_aliases_and_dated_codes():
    text = """\
JANE_Q._DOE_  # CountryInfo.txt
+PRESIDENT_JANE_DOE_
+JANE_DOE
\t[XYZELI 700101-991231]
\t[XYZGOV >000101]
\t[XYZELI]
SOME_FRONT_ [XYZREB] # a group
"""
    recs = list(parse_actors(text.splitlines()))
    assert [r.name for r in recs] == ["JANE_Q._DOE_", "SOME_FRONT_"]
    assert recs[0].aliases == ["PRESIDENT_JANE_DOE_", "JANE_DOE"]
    assert [(s.code, s.start, s.end) for s in recs[0].spans] == [
        ("XYZELI", "1970-01-01", "1999-12-31"), ("XYZGOV", "2000-01-01", ""), ("XYZELI", "", "")]
    assert [(s.code, s.start, s.end) for s in recs[1].spans] == [("XYZREB", "", "")]


def test_petrarch_derivation_from_the_dictionaries(tmp_path):
    source = SHARED / "data" / "petrarch"
    if not (source / "Phoenix.Countries.actors.txt").exists():
        pytest.skip("../shared/data/petrarch is not here")
    from kg.tools.petrarch import derive

    counts = derive(source, tmp_path)
    assert counts["people"] > 1000 and counts["groups"] > 100
    rows = [line.split("\t") for line in (tmp_path / "people_petrarch.tsv").read_text(encoding="utf-8").splitlines()
            if line.startswith("person:mohamed_elbaradei\t")]
    assert {(r[3], r[6][:4]) for r in rows} >= {("IAEA", "1997")}
    assert any(r[3] == "EGY" for r in rows)
    # a person of the hand-kept officials table is left to it
    assert not any(line.startswith("person:ban_ki_moon\t") for line in (tmp_path / "people_petrarch.tsv").read_text(encoding="utf-8").splitlines())


def test_petrarch_organisation_known_by_its_acronym(gaz):
    m = mentions("Negara-negara anggota IGAD bertemu di Nairobi untuk membahas Sudan Selatan.", "2024-03-01")
    ents = [e for x in m.mentions for e in x.entities if e.key in gaz.derived]
    assert [(e.key, e.type) for e in ents] == [("org:igad", "InternationalOrganization")]


def test_petrarch_short_acronyms_of_armed_groups_are_left_out(gaz):
    # three letters say too little: 'PKK' is also the Indonesian family-welfare movement
    short = [n for k in gaz.derived if gaz.entities[k].type == "Group" for n in gaz.aliases[k] if n.isupper() and len(n) < 4]
    assert short == []


def test_petrarch_one_word_name_the_dictionaries_list_alone():
    got = {(s.subject.key, s.subject.acts_for, s.predicate, s.object.key) for s in statements("Sarkozy mengecam Rusia.", "2008-09-01")}
    assert ("person:nicolas_sarkozy", "FRA", "opposes", "RUS") in got


def test_petrarch_people_are_no_places(gaz):
    # the dictionaries file a state's other names with dated codes too ('KUWAIT_CITY_ ... [KWT <900802]')
    people = {fold(n) for k in gaz.derived if gaz.entities[k].type == "Person" for n in gaz.aliases[k]}
    hand = load_gazetteer(derived=False)
    places = {fold(n) for k, e in hand.entities.items() if e.type in ("Country", "Place") for n in hand.aliases[k]}
    assert not people & places
    assert not {"kuwait city", "republica srpska"} & people


@pytest.mark.parametrize("text,found", [
    ("Kemarin Ban Ki-moon tiba.", [("Ban Ki-moon", "p:ban")]),
    ("Pesan dari Jane Q. Doe, lalu Al-Aqsa Martyrs Brigades.", [("Jane Q. Doe", "p:doe"), ("Al-Aqsa Martyrs Brigades", "g:aqsa")]),
    ("Keluarga Jane Q. Does datang.", []),  # the name ends inside a word
    ("kata ban ki-moon itu", []),  # capitals missing
])
def test_petrarch_name_index_finds_names_by_characters(text, found):
    from kg.nlp.components.name_index import NameIndex

    index = NameIndex([("Ban Ki-Moon", "p:ban"), ("Jane Q. Doe", "p:doe"), ("al-Aqsa Martyrs Brigades", "g:aqsa")])
    doc = get_pipeline("id").make_doc(text)
    assert [(doc[s:e].text, key) for s, e, key in index.matches(doc)] == found
