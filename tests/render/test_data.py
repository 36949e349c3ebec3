"""The graph the page draws, checked against SPARQL over the seed store written independently."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.graph.store import KGStore
from kg.render.data import build_view, load_graph, rollup

PREFIXES = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX owl: <http://www.w3.org/2002/07/owl#>
"""

# one edge per (subject, relation, object) of the statements that are not negated; the two ends
# of a symmetric relation are put in IRI order
ENTITY_EDGES = PREFIXES + """
SELECT DISTINCT ?a ?p ?b WHERE {
  ?st a kg:Statement ; kg:status ?status ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  FILTER(?status != kg:Negated)
  BIND(EXISTS { ?p a owl:SymmetricProperty } AS ?sym)
  BIND(IF(?sym && STR(?o) < STR(?s), ?o, ?s) AS ?a)
  BIND(IF(?sym && STR(?o) < STR(?s), ?s, ?o) AS ?b)
}
"""

# the same after following kg:actsFor to its end, without statements whose ends roll up together
ACTOR_EDGES = PREFIXES + """
SELECT DISTINCT ?a ?p ?b WHERE {
  ?st a kg:Statement ; kg:status ?status ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  FILTER(?status != kg:Negated)
  ?s kg:actsFor* ?rs . FILTER NOT EXISTS { ?rs kg:actsFor ?x }
  ?o kg:actsFor* ?ro . FILTER NOT EXISTS { ?ro kg:actsFor ?y }
  FILTER(?rs != ?ro)
  BIND(EXISTS { ?p a owl:SymmetricProperty } AS ?sym)
  BIND(IF(?sym && STR(?ro) < STR(?rs), ?ro, ?rs) AS ?a)
  BIND(IF(?sym && STR(?ro) < STR(?rs), ?rs, ?ro) AS ?b)
}
"""


def expected_edges(store_dir: Path, query: str) -> set[tuple[str, str, str]]:
    with KGStore(store_dir, read_only=True) as store:
        _n, rows = store.select(query)
    return {(r["a"], r["p"].rsplit("#", 1)[-1], r["b"]) for r in rows}


@pytest.fixture(scope="module")
def seed_graph(seed_build: Path):
    return load_graph(seed_build / "store")


def test_data_leaves_out_negated_statements(seed_build: Path, seed_graph):
    with KGStore(seed_build / "store", read_only=True) as store:
        _n, rows = store.select(PREFIXES + "SELECT (COUNT(*) AS ?n) WHERE { ?st kg:status ?x . FILTER(?x != kg:Negated) }")
    assert len(seed_graph.statements) == rows[0]["n"] > 0
    assert all(st.status != "negated" for st in seed_graph.statements)


@pytest.mark.parametrize("view, query", [("entity", ENTITY_EDGES), ("actor", ACTOR_EDGES)])
def test_data_view_edges_match_sparql(seed_build: Path, seed_graph, view, query):
    v = build_view(seed_graph, view)
    got = {(e.s, e.rel, e.o) for e in v.edges}
    want = expected_edges(seed_build / "store", query)
    assert got == want
    assert len(v.edges) == len(got), "one edge per (subject, relation, object)"
    assert set(v.nodes) == {x for a, _p, b in want for x in (a, b)}


def test_data_edge_statements_add_up(seed_graph):
    v = build_view(seed_graph, "entity")
    assert sum(len(e.statements) for e in v.edges) == len(seed_graph.statements)
    a = build_view(seed_graph, "actor")
    assert sum(len(e.statements) for e in a.edges) < len(seed_graph.statements), "roles inside a state are dropped"


def test_data_actor_view_rolls_people_up(seed_graph):
    ent = "https://w3id.org/kg-news/entity/"
    assert rollup(seed_graph.entities, ent + "putin") == ent + "RUS"
    assert rollup(seed_graph.entities, ent + "RUS") == ent + "RUS"
    actor = build_view(seed_graph, "actor")
    assert ent + "putin" not in actor.nodes
    assert all(e.s != e.o for e in actor.edges)
    assert ent + "putin" in build_view(seed_graph, "entity").nodes


def test_data_symmetric_relation_is_one_edge(seed_graph):
    ent = "https://w3id.org/kg-news/entity/"
    meets = [e for e in build_view(seed_graph, "entity").edges
             if e.rel == "meetsWith" and {e.s, e.o} == {ent + "putin", ent + "kim_jong_un"}]
    assert len(meets) == 1, "Putin meets Kim and Kim meets Putin are the same edge"


def test_data_labels_in_both_languages(seed_graph):
    rus = seed_graph.entities["https://w3id.org/kg-news/entity/RUS"]
    assert rus.label("id") == "Rusia" and rus.label("en") == "Russia"
    assert rus.type == "Country"


def test_data_unknown_view_is_refused(seed_graph):
    with pytest.raises(ValueError):
        build_view(seed_graph, "country")


def test_views_draw_the_stores_edges_as_the_statements_give_them(seed_build):
    """The edges ``kg build`` wrote and those worked out from the statements draw the same picture."""
    from dataclasses import replace

    g = load_graph(seed_build / "store")
    assert g.edges is not None and g.edges["actor"] and g.edges["entity"]
    bare = replace(g, edges=None)
    for view in ("entity", "actor"):
        stored, computed = build_view(g, view), build_view(bare, view)
        assert [(e.s, e.rel, e.o, e.statements) for e in stored.edges] == \
            [(e.s, e.rel, e.o, e.statements) for e in computed.edges]
        assert stored.nodes == computed.nodes
