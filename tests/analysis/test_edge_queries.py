"""The shipped queries on edges (edges, partners, evidence, changes) give the known answers of the
hand-made graph, with each filter, at both levels."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.errors import QueryError
from kg.graph.edges import write_edges
from kg.graph.mapping import document_graph, entity_graph
from kg.graph.namespaces import ENTITY_GRAPH
from kg.graph.store import ONTOLOGY_GRAPH, KGStore
from kg.model import Document, Statement
from kg.ontology import ontology_graph
from kg.query import bind_params, resolve_query
from small_kg import E, iri


def _run(store_dir: Path, name: str, **params: str) -> list[dict]:
    with KGStore(store_dir, read_only=True) as st:
        return st.select(bind_params(resolve_query(name), params))[1]


def _triples(rows: list[dict]) -> list[tuple[str, str, str]]:
    return sorted((r["subject"], r["relation"], r["object"]) for r in rows)


@pytest.fixture()
def store(small_store: Path) -> Path:
    return small_store / "store"


def test_edges_at_actor_level_by_default(store):
    rows = _run(store, "edges")
    arms = next(r for r in rows if (r["subject"], r["relation"], r["object"]) == ("Korea Utara", "suppliesWeaponsTo", "Rusia"))
    assert (arms["statements"], arms["claimed"], arms["denied"], arms["documents"]) == (3, 2, 1, 2)
    assert (arms["first"], arms["last"]) == ("2023-09-13", "2024-06-19")
    assert rows[0]["statements"] >= rows[-1]["statements"]  # strongest first
    assert not any(r["relation"] == "leaderOf" for r in rows)  # Putin leaderOf Russia is a self-loop here
    assert ("Vladimir Putin", "leaderOf", "Rusia") in _triples(_run(store, "edges", level="entity"))


def test_edges_filters(store):
    assert _triples(_run(store, "edges", rel="suppliesWeaponsTo")) == [
        ("Iran", "suppliesWeaponsTo", "Korea Utara"), ("Korea Utara", "suppliesWeaponsTo", "Rusia")]
    assert {r["relation"] for r in _run(store, "edges", family="transfers")} == {"suppliesWeaponsTo", "suppliesTechnologyTo"}
    assert _triples(_run(store, "edges", actor=iri("PRK"), status="denied")) == [("Korea Utara", "suppliesWeaponsTo", "Rusia")]
    assert _triples(_run(store, "edges", until="2023")) == [
        ("Korea Utara", "suppliesWeaponsTo", "Rusia"), ("Rusia", "attacks", "Ukraina")]
    late = _triples(_run(store, "edges", since="2024-06"))
    assert ("Rusia", "attacks", "Ukraina") not in late and ("Iran", "suppliesWeaponsTo", "Korea Utara") not in late
    assert ("Korea Utara", "meetsWith", "Rusia") in late
    with pytest.raises(QueryError, match="give a date"):
        _run(store, "edges", since="June")


def test_partners_ranks_an_actors_edges(store):
    rows = _run(store, "partners", actor=iri("PRK"))
    assert (rows[0]["partner"], rows[0]["relation"], rows[0]["direction"], rows[0]["statements"]) == (
        "Rusia", "suppliesWeaponsTo", "out", 3)
    assert {(r["partner"], r["relation"], r["direction"]) for r in rows} >= {
        ("Iran", "suppliesWeaponsTo", "in"), ("Amerika Serikat", "accuses", "in"), ("Korea Selatan", "accuses", "in")}
    assert {r["relation"] for r in _run(store, "partners", actor=iri("PRK"), family="accusations")} == {"accuses"}


def test_evidence_lists_the_statements_of_a_pairs_edges(store):
    entity = _run(store, "evidence", a=iri("PRK"), b=iri("RUS"))
    assert len(entity) == 3
    actor = _run(store, "evidence", a=iri("PRK"), b=iri("RUS"), level="actor")
    assert len(actor) == 7 and {r["subject"] for r in actor} >= {"Pyongyang", "Kim Jong Un", "Vladimir Putin"}
    assert [r["relation"] for r in _run(store, "evidence", a=iri("PRK"), b=iri("RUS"), level="actor",
                                        rel="meetsWith")] == ["meetsWith", "meetsWith"]


def test_changes_finds_pairs_whose_relations_changed_sign(tmp_path: Path):
    early = Document("early", "x" * 500, date="2023-05-02")
    late = Document("late", "x" * 500, date="2024-03-04")

    def st(doc, s, rel, o, i, date=None):
        return Statement(doc=doc.id, subject=E[s], predicate=rel, object=E[o], status="asserted",
                         sentence=f"s{i}", start=i * 10, end=i * 10 + 5, date=date)

    sts = {"early": [st(early, "USA", "cooperatesWith", "RUS", 0), st(early, "KOR", "cooperatesWith", "JPN", 1)],
           "late": [st(late, "RUS", "imposesSanctionsOn", "USA", 2), st(late, "putin", "accuses", "USA", 3),
                    st(late, "JPN", "meetsWith", "KOR", 4), st(late, "USA", "cooperatesWith", "RUS", 5, "2022")]}
    with KGStore(tmp_path / "store") as store:
        store.replace_graph(str(ONTOLOGY_GRAPH), ontology_graph())
        store.replace_graph(str(ENTITY_GRAPH), entity_graph(E.values(), Graph(identifier=ENTITY_GRAPH)))
        for doc in (early, late):
            g = document_graph(doc, sts[doc.id], "h")
            store.replace_graph(str(g.identifier), g)
        write_edges(store.store)
    rows = _run(tmp_path / "store", "changes", since="2024")
    assert [(r["a"], r["b"], r["then"], r["now"], r["then_score"], r["now_score"]) for r in rows] == [
        ("Rusia", "Amerika Serikat", "cooperative", "hostile", 2, -2)]  # pairs in IRI order; Putin counts for Russia
    assert _run(tmp_path / "store", "changes", since="2025") == []


def _page(store_dir: Path, name: str, limit: int, offset: int, **params: str) -> list[dict]:
    from kg.query.paging import page_query

    with KGStore(store_dir, read_only=True) as st:
        return st.select(page_query(bind_params(resolve_query(name), params), limit, offset))[1]


@pytest.mark.parametrize("name,params", [("edges", {}), ("edges", {"level": "entity"}),
                                         ("partners", {"actor": iri("RUS")}), ("partners", {"actor": iri("PRK"), "level": "entity"})])
def test_pages_taken_inside_the_query_join_up_to_the_whole_answer(store, name, params):
    whole = _run(store, name, **params)
    assert len(whole) > 3
    assert [r["statements"] for r in whole] == sorted((r["statements"] for r in whole), reverse=True)
    pages = []
    for offset in range(0, len(whole) + 2, 2):
        page = _page(store, name, 2, offset, **params)
        assert len(page) <= 3  # the page and one row that says the answer goes on
        pages += page[:2]
    assert pages == whole
