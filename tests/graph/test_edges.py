"""Edges from statement rows: levels, symmetric pairs, self-loops, dates, the strongest statement,
and the SHACL shape that keeps an edge's counts honest."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef

from kg.config import ontology_dir
from kg.graph.edges import ACTOR_KEYS, Row, aggregate, edge_iri, edge_quads, rollup_map, sort_key

ROLL = rollup_map({"e:putin": "e:RUS", "e:kremlin": "e:putin", "e:kim": "e:PRK", "e:a": "e:b", "e:b": "e:a"})
SYM = {"meetsWith"}


def _row(i, s, rel, o, status="asserted", date="", conf=0.9, doc="d1"):
    return Row(f"st:{i}", s, rel, o, status, date, conf, doc, i * 10)


def test_rollup_follows_chains_and_stops_on_cycles():
    assert ROLL["e:kremlin"] == "e:RUS" and ROLL["e:putin"] == "e:RUS"
    assert ROLL["e:a"] == "e:b" and ROLL["e:b"] == "e:a"  # a cycle stops before it comes back


def test_symmetric_relations_give_one_edge_per_pair_and_self_loops_go_at_actor_level():
    rows = [_row(1, "e:putin", "meetsWith", "e:kim"), _row(2, "e:kim", "meetsWith", "e:putin", "claimed"),
            _row(3, "e:putin", "leaderOf", "e:RUS")]
    edges = aggregate(rows, ROLL, SYM)
    assert set(edges) == {("entity", "e:kim", "meetsWith", "e:putin"), ("actor", "e:PRK", "meetsWith", "e:RUS"),
                          ("entity", "e:putin", "leaderOf", "e:RUS")}
    meet = edges[("actor", "e:PRK", "meetsWith", "e:RUS")]
    assert meet.by_status == {"asserted": 1, "claimed": 1} and meet.count == 2 and meet.docs == {"d1"}


def test_dates_widen_to_the_period_they_name_and_undated_statements_do_not_count():
    rows = [_row(1, "e:X", "attacks", "e:Y", date="2022"), _row(2, "e:X", "attacks", "e:Y", date="2024-02"),
            _row(3, "e:X", "attacks", "e:Y")]
    e = aggregate(rows, {}, SYM)[("entity", "e:X", "attacks", "e:Y")]
    assert (e.first, e.last, e.count) == ("2022-01-01", "2024-02-29", 3)


def test_strongest_statement_is_the_most_confident_then_the_earliest():
    rows = [_row(1, "e:X", "accuses", "e:Y", date="2024-05-01", conf=0.8),
            _row(2, "e:X", "accuses", "e:Y", date="2024-03-01", conf=0.8, doc="d2"),
            _row(3, "e:X", "accuses", "e:Y", conf=0.8, doc="d0"),
            _row(4, "e:X", "accuses", "e:Y", date="2024-09-01", conf=0.7)]
    assert aggregate(rows, {}, SYM)[("entity", "e:X", "accuses", "e:Y")].strongest.iri == "st:2"


def test_edge_iris_depend_on_level_and_ends_only():
    assert edge_iri("actor", "e:X", "attacks", "e:Y") == edge_iri("actor", "e:X", "attacks", "e:Y")
    assert edge_iri("actor", "e:X", "attacks", "e:Y") != edge_iri("entity", "e:X", "attacks", "e:Y")
    assert edge_iri("actor", "e:X", "attacks", "e:Y").startswith("https://w3id.org/kg-news/edge/actor-")


@pytest.mark.slow
def test_sort_key_orders_a_level_by_statement_count_and_keeps_the_levels_apart():
    rows = [_row(1, "e:putin", "attacks", "e:kim"), _row(2, "e:putin", "attacks", "e:kim"),
            _row(3, "e:kim", "accuses", "e:putin"), _row(4, "e:kim", "accuses", "e:kremlin")]
    edges = aggregate(rows, ROLL, SYM)
    keys = {k: sort_key(*k, e.count) for k, e in edges.items()}
    actor = sorted((k for k in keys if k[0] == "actor"), key=keys.get, reverse=True)
    entity = sorted((k for k in keys if k[0] == "entity"), key=keys.get, reverse=True)
    assert all(keys[k] >= ACTOR_KEYS for k in actor) and all(keys[k] < ACTOR_KEYS for k in entity)
    assert [edges[k].count for k in actor] == [2, 2]  # RUS attacks PRK (2), PRK accuses RUS (2)
    assert edges[entity[0]].count == 2 and entity[0][1:] == ("e:putin", "attacks", "e:kim")
    assert len(set(keys.values())) == len(keys)  # a total order: pages never overlap
    written = [q for q in edge_quads(entity[0], edges[entity[0]]) if q.predicate.value.endswith("#sortKey")]
    assert [int(q.object.value) for q in written] == [keys[entity[0]]]
    assert sort_key("actor", "a", "r", "b", 10**7) > sort_key("actor", "a", "r", "c", 10**6)  # counts saturate high


def test_shape_refuses_an_edge_whose_counts_do_not_add_up(seed_build: Path):
    from pyshacl import validate

    data = Graph().parse(seed_build / "kg.ttl")
    shapes = Graph().parse(ontology_dir() / "shapes.ttl")
    assert validate(data, shacl_graph=shapes, advanced=True)[0]
    kg = "https://w3id.org/kg-news/ontology#"
    edge = next(data.subjects(URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef(kg + "Edge")))
    n = int(data.value(edge, URIRef(kg + "statementCount")))
    data.set((edge, URIRef(kg + "statementCount"), Literal(n + 1)))
    conforms, _g, text = validate(data, shacl_graph=shapes, advanced=True)
    assert not conforms and "add up" in text
