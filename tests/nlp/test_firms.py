"""Firms of a state, named or not, as actors of their own that act for the state.

Sentences written for these tests. Sanctions on a state's unnamed firms, ships or sectors name a
group entity (type Company, ``acts_for`` the state) that the actor view rolls up to the state;
known firms (Gazprom, Mahan Air) come from the gazetteer with their state. A firm group only
takes part in the relations firms take part in (sanctions, arms and technology).
"""

from __future__ import annotations

import pytest

from kg.model import Document
from kg.nlp.pipeline import extract_document, get_pipeline


def read(text: str, lang: str):
    return extract_document(Document(id="t", text=text, date="2025-06-01", lang=lang), get_pipeline(lang))


@pytest.mark.parametrize("lang,text,imposer,state,label", [
    ("id", "AS menjatuhkan sanksi terhadap 12 perusahaan teknologi China pada Selasa.", "USA", "CHN", "perusahaan teknologi China"),
    ("id", "Inggris menjatuhkan sanksi kepada kapal-kapal tanker Rusia.", "GBR", "RUS", "kapal-kapal tanker Rusia"),
    ("id", "Uni Eropa memberikan sanksi terhadap bank-bank Iran.", "EU", "IRN", "bank-bank Iran"),
    ("id", "Uni Eropa menjatuhkan sanksi terhadap dua bank Rusia.", "EU", "RUS", "bank Rusia"),
    ("id", "AS menjatuhkan sanksi terhadap perusahaan-perusahaan China yang memasok drone ke Rusia.", "USA", "CHN", "perusahaan-perusahaan China"),
    ("en", "Japan imposed sanctions on Chinese companies that helped Moscow.", "JPN", "CHN", "Chinese companies"),
    ("en", "Beijing sanctioned nine American drone makers.", "CHN", "USA", "American drone makers"),
    ("en", "Washington sanctioned Iran's aviation sector.", "USA", "IRN", "Iran's aviation sector"),
])
def test_firms_unnamed_group_acts_for_its_state(lang: str, text: str, imposer: str, state: str, label: str) -> None:
    got = [s for s in read(text, lang) if s.predicate == "imposesSanctionsOn"]
    assert [(s.subject.key, s.object.type, s.object.acts_for, s.object.label) for s in got] == [(imposer, "Company", state, label)]
    record = got[0].to_json()
    assert record["object"]["acts_for"] == state


@pytest.mark.parametrize("lang,text,target,state", [
    ("id", "Uni Eropa menjatuhkan sanksi terhadap Gazprom.", "GAZPROM", "RUS"),
    ("id", "AS menjatuhkan sanksi kepada maskapai Mahan Air.", "MAHAN_AIR", "IRN"),
    ("en", "The United States sanctioned Sberbank and Rosneft.", "SBERBANK", "RUS"),
    # a firm named after its state's adjective or name and a firm noun is the firm, not a group
    ("en", "Canada sanctioned Iranian airline Mahan Air.", "MAHAN_AIR", "IRN"),
    ("en", "Britain imposed sanctions on Chinese telecoms firm Huawei.", "HUAWEI", "CHN"),
    ("en", "The EU sanctioned Russian energy giant Gazprom.", "GAZPROM", "RUS"),
    ("id", "Jepang menjatuhkan sanksi terhadap perusahaan China Huawei.", "HUAWEI", "CHN"),
])
def test_firms_named_firm_from_the_gazetteer(lang: str, text: str, target: str, state: str) -> None:
    got = {(s.object.key, s.object.acts_for) for s in read(text, lang) if s.predicate == "imposesSanctionsOn"}
    assert (target, state) in got


@pytest.mark.parametrize("lang,text", [
    ("id", "Perusahaan Jepang bekerja sama dengan Indonesia membangun pabrik baterai."),
    ("en", "Chinese companies cooperate with Indonesia on nickel."),
])
def test_firms_group_takes_no_part_in_other_relations(lang: str, text: str) -> None:
    assert not [s for s in read(text, lang) if "firms:" in s.subject.key + s.object.key]


def test_firms_a_states_ships_stand_for_it_in_other_relations() -> None:
    got = {(s.subject.key, s.predicate, s.object.key) for s in read("Houthi menyerang kapal tanker Inggris di Laut Merah.", "id")}
    assert ("HOUTHI", "attacks", "GBR") in got


def test_firms_central_bank_is_no_firm_group() -> None:
    got = [s for s in read("Uni Eropa membekukan aset bank sentral Rusia dan menjatuhkan sanksi terhadap bank sentral Rusia.", "id")
           if s.predicate == "imposesSanctionsOn"]
    assert all(not s.object.key.startswith("firms:") for s in got)
