"""Weapon systems, their makers and states: who supplies a buyer that names what it buys but no seller.

Sentences written for these tests, in Indonesian and English. A buyer or receiver of a named system
gets it from the system's state (ontology/weapons.tsv) or from the origin the text gives ('buatan
Prancis', 'Turkish-made'); a seller named with 'dari'/'from' still comes first. Names that are also
ordinary words only count next to an item word, and a state firing or using weapons is no transfer.
"""

from __future__ import annotations

import pytest

from kg.config import ontology_dir
from kg.model import Document
from kg.nlp.gazetteer import load_gazetteer
from kg.nlp.pipeline import extract_document, get_pipeline
from kg.nlp.weapons import load_weapons


def read(text: str, lang: str):
    return extract_document(Document(id="t", text=text, date="2025-06-01", lang=lang), get_pipeline(lang))


def supplies(text: str, lang: str) -> set[tuple[str, str, str]]:
    """Weapon supplies with both ends rolled up to the state they act for, as the actor-level score does."""
    return {(s.subject.acts_for or s.subject.key, s.object.acts_for or s.object.key, s.status)
            for s in read(text, lang) if s.predicate == "suppliesWeaponsTo"}


@pytest.mark.parametrize("lang,text,expected", [
    # the system's state supplies the buyer
    ("id", "Filipina membeli 12 Gripen untuk angkatan udaranya.", ("SWE", "PHL", "asserted")),
    ("id", "Malaysia memesan enam tank Leopard 2A4.", ("DEU", "MYS", "asserted")),
    ("id", "Mesir akan membeli 24 jet tempur Su-35.", ("RUS", "EGY", "expected")),
    ("id", "Indonesia resmi memboyong dua kapal selam Scorpène.", ("FRA", "IDN", "asserted")),
    ("id", "Kemhan menandatangani kontrak pembelian 12 pesawat nirawak Anka dari Turki.", ("TUR", "IDN", "asserted")),
    ("en", "Poland ordered 96 AH-64E Apache helicopters.", ("USA", "POL", "asserted")),
    ("en", "Vietnam signs a deal for 20 K9 howitzers.", ("KOR", "VNM", "asserted")),
    ("en", "Egypt took delivery of its first J-10C fighters.", ("CHN", "EGY", "asserted")),
    ("en", "Brazil will buy 36 Gripens.", ("SWE", "BRA", "expected")),
    # the origin the text gives
    ("id", "Thailand membeli 10 drone buatan China.", ("CHN", "THA", "asserted")),
    ("id", "Kamboja menerima ratusan senapan produksi Rusia.", ("RUS", "KHM", "asserted")),
    ("en", "Azerbaijan bought Israeli-made drones.", ("ISR", "AZE", "asserted")),
    ("en", "Serbia received Chinese-built air defence systems.", ("CHN", "SRB", "asserted")),
    ("en", "Romania bought 54 Abrams tanks made in the United States.", ("USA", "ROU", "asserted")),
    # classes of systems named by their kind
    ("id", "Rusia mengirim dua kapal perusak ke Venezuela.", ("RUS", "VEN", "asserted")),
    ("id", "Korea Selatan menjual pesawat latih ke Irak.", ("KOR", "IRQ", "asserted")),
    ("en", "China sold two destroyers to Pakistan.", ("CHN", "PAK", "asserted")),
    ("en", "Russia delivered strategic bombers to Belarus.", ("RUS", "BLR", "asserted")),
    # headlines and nouns of buying: the items may end the headline; 'oleh'/'by' names the buyer of a noun
    ("id", "Filipina Borong 40 Jet Tempur Gripen", ("SWE", "PHL", "asserted")),
    ("id", "Thailand Beli 8 Helikopter Black Hawk", ("USA", "THA", "asserted")),
    ("id", "Pembelian 24 Rafale oleh Serbia diteken di Beograd.", ("FRA", "SRB", "asserted")),
    ("en", "The purchase of 36 Gripens by Colombia was approved.", ("SWE", "COL", "asserted")),
    # a passive give with no agent: the systems' state sends them
    ("id", "Enam unit Rafale akan dikirim ke Serbia tahun depan.", ("FRA", "SRB", "expected")),
    ("en", "Two Kilo-class submarines were delivered to Algeria.", ("RUS", "DZA", "asserted")),
])
def test_weapons_buyer_gets_the_system_from_its_state(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    assert expected in supplies(text, lang)


def test_weapons_maker_named_after_the_state_is_the_supplier() -> None:
    got = [s for s in read("Norwegia akan membeli 6 jet tempur F-35A buatan perusahaan AS Lockheed Martin.", "id")
           if s.predicate == "suppliesWeaponsTo"]
    assert [(s.subject.key, s.subject.acts_for, s.object.key, s.status) for s in got] == [("LOCKHEED", "USA", "NOR", "expected")]


def test_weapons_named_seller_comes_before_the_system_state() -> None:
    # a Leopard bought second-hand from the Netherlands is the Netherlands' supply, not Germany's
    assert supplies("Peru membeli 30 tank Leopard dari Belanda.", "id") == {("NLD", "PER", "asserted")}


@pytest.mark.parametrize("lang,text", [
    ("id", "Kebun binatang Surabaya menerima seekor Leopard dari Kenya."),
    ("en", "The zoo in Prague received a Leopard from Kenya."),
    ("en", "Typhoon Haiyan struck the Philippines, and Japan sent rescue teams."),
    ("id", "Iran menembakkan rudal balistik buatan Iran ke Israel."),
    ("en", "The United States struck Syria using Tomahawk missiles."),
    ("id", "Turki memproduksi sendiri jet tempur Kaan."),
    ("en", "Turkey bought Turkish-made drones for its army."),
    # where weapons are made names no sender of a passive give
    ("id", "Puluhan drone buatan Iran dikirim ke Sudan."),
    ("en", "Turkish-made drones were delivered to Ethiopia."),
])
def test_weapons_traps_give_no_supply(lang: str, text: str) -> None:
    assert not {(s, o) for s, o, _ in supplies(text, lang) if s != o}


def test_weapons_context_alias_needs_an_item_word() -> None:
    nlp = get_pipeline("en")
    lex = nlp.get_pipe("kg_relations").lex
    words = ["The", "Leopard", "tanks", "arrived", "while", "a", "Leopard", "slept", "."]
    low = [w.lower() for w in words]

    def item_len(k: int) -> int:
        return 1 if (low[k],) in lex.items else 0
    assert lex.weapons.match(low, words, 1, len(words), item_len)[1].state == "DEU"
    assert lex.weapons.match(low, words, 6, len(words), item_len) is None


def test_weapons_table_rows_are_well_formed() -> None:
    table = load_weapons(lambda s: s.split())
    assert len(table.systems) >= 200
    concepts = {line.split("notation ")[1].strip(' ".;') for line in (ontology_dir() / "items.ttl").read_text().splitlines() if "notation" in line}
    gaz = load_gazetteer()
    for system in table.systems:
        assert system.concept in concepts, system.name
        assert not system.maker or gaz.get(system.maker) is not None, f"{system.name}: maker {system.maker} not in the gazetteer"
        assert not system.state or gaz.get(system.state) is not None, f"{system.name}: state {system.state}"
