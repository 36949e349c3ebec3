"""kg.open: SPARQL into pandas, the statements table and the networkx graphs, on a known graph."""

from __future__ import annotations

import networkx as nx
import pytest

import kg
from kg.analysis import date_bounds
from kg.errors import KGError, StoreError

from small_kg import ROWS, iri


def test_open_accepts_the_output_folder_and_the_store(small_store):
    with kg.open(small_store) as a, kg.open(small_store / "store") as b:
        assert a.path == b.path == small_store / "store"


def test_open_a_missing_store_says_what_to_do(tmp_path):
    with pytest.raises(StoreError, match="kg build"):
        kg.open(tmp_path / "nothing")


def test_sparql_gives_a_dataframe(small):
    df = small.sparql("PREFIX kg: <https://w3id.org/kg-news/ontology#> "
                      "SELECT (COUNT(?st) AS ?n) WHERE { ?st a kg:Statement }")
    assert list(df.columns) == ["n"] and df["n"][0] == len(ROWS)


def test_shipped_query_with_entity_keys(small):
    df = small.query("evidence", a="PRK", b="RUS")
    assert sorted(zip(df["relation"], df["status"])) == [
        ("cooperatesWith", "expected"), ("suppliesWeaponsTo", "claimed"), ("suppliesWeaponsTo", "denied")]


def test_statements_table(small):
    df = small.statements()
    assert len(df) == len(ROWS)
    iran = df[df["subject_key"] == "IRN"].iloc[0]
    assert (iran["relation"], iran["object_key"], iran["family"], iran["date"]) == (
        "suppliesWeaponsTo", "PRK", "transfers", "2024-05")          # the statement's own date
    attack = df[df["relation"] == "attacks"].iloc[0]
    assert attack["date"] == "2022-02-24" and attack["doc"] == "d2"
    meet = df[(df["subject_key"] == "putin") & (df["relation"] == "meetsWith")].iloc[0]
    assert meet["date"] == "2024-06-19"                              # the document's date
    claimed = df[(df["subject_key"] == "PRK") & (df["status"] == "claimed")].iloc[0]
    assert claimed["attributed_to"] == "KOR" and claimed["subject_label"] == "North Korea"


def test_actor_graph_rolls_up_and_drops_self_loops(small):
    G = small.graph(level="actor")
    assert isinstance(G, nx.MultiDiGraph)
    assert nx.number_of_selfloops(G) == 0                            # putin leaderOf RUS is gone
    assert iri("putin") not in G and iri("kim") not in G and iri("pyongyang") not in G
    assert iri("UN") not in G                                        # only a negated statement
    meet = G.get_edge_data(iri("PRK"), iri("RUS"), "meetsWith")      # symmetric: stored once
    assert meet["statements"] == 2 and meet["statuses"] == {"asserted": 1, "claimed": 1}
    assert not G.has_edge(iri("RUS"), iri("PRK"), "meetsWith")
    arms = G.get_edge_data(iri("PRK"), iri("RUS"), "suppliesWeaponsTo")
    assert arms["statements"] == 2 and arms["statuses"] == {"claimed": 2}   # the denial is left out
    assert {e["subject"] for e in arms["evidence"]} == {iri("pyongyang"), iri("PRK")}
    assert (arms["first_date"], arms["last_date"]) == ("2023-09-13", "2024-06-19")
    assert G.nodes[iri("PRK")]["label"] == "North Korea" and G.nodes[iri("PRK")]["notation"] == "PRK"
    assert G.number_of_edges() == 13


def test_entity_graph_keeps_entities(small):
    G = small.graph(level="entity", lang="id")
    assert G.has_edge(iri("putin"), iri("RUS"), "leaderOf")
    assert G.has_edge(iri("kim"), iri("putin"), "meetsWith")         # kim < putin
    assert G.nodes[iri("RUS")]["label"] == "Rusia"


def test_status_filter(small):
    G = small.graph(statuses=None)
    assert G.get_edge_data(iri("PRK"), iri("RUS"), "suppliesWeaponsTo")["statuses"] == {"claimed": 2, "denied": 1}
    assert G.has_edge(iri("UN"), iri("PRK"), "imposesSanctionsOn")
    only = small.graph(statuses=["denied"])
    assert [(k) for _u, _v, k in only.edges(keys=True)] == ["suppliesWeaponsTo"]


def test_family_and_relation_filters(small):
    G = small.graph(families=["transfers"])
    assert {d["family"] for *_e, d in G.edges(keys=True, data=True)} == {"transfers"}
    assert sorted(k for *_e, k in G.edges(keys=True)) == ["suppliesTechnologyTo", "suppliesWeaponsTo", "suppliesWeaponsTo"]
    G = small.graph(relations=["alliedWith"])
    assert list(G.edges(keys=True)) == [(iri("JPN"), iri("USA"), "alliedWith")]
    with pytest.raises(KGError, match="unknown family"):
        small.graph(families=["friendship"])


def test_date_range(small):
    may = small.select(since="2024-05-01", until="2024-05-31")
    assert list(may["subject_key"]) == ["IRN"]
    before = small.graph(until="2023", statuses=None)
    assert sorted(k for *_e, k in before.edges(keys=True)) == ["attacks", "suppliesWeaponsTo"]
    assert len(small.select(since="2024-06")) == len(small.select()) - 3   # d2's two and Iran's May


def test_date_bounds():
    assert date_bounds("2024") == ("2024-01-01", "2024-12-31")
    assert date_bounds("2024-02") == ("2024-02-01", "2024-02-29")
    assert date_bounds("2024-06-19") == ("2024-06-19", "2024-06-19")
    assert date_bounds(None) is None and date_bounds("soon") is None


@pytest.mark.slow
def test_seed_actor_graph(seed_graph):
    with kg.open(seed_graph) as g:
        G = g.graph()
        assert nx.number_of_selfloops(G) == 0
        assert G.has_edge(iri("RUS"), iri("PRK"), "suppliesTechnologyTo")
        ev = G.get_edge_data(iri("RUS"), iri("PRK"), "suppliesTechnologyTo")["evidence"]
        assert all(e["sentence"] and e["doc"] for e in ev)
        assert not any(G.nodes[n]["type"] == "Person" for n in G)


def test_star_imports_keep_the_builtin_open():
    import builtins

    scope: dict = {}
    exec("from kg import *\nfrom kg.analysis import *", scope)
    assert scope.get("open", builtins.open) is builtins.open
    assert callable(kg.open)


def test_a_store_without_statements_gives_empty_answers(tmp_path):
    from kg.analysis import balance_triads, blocs, flow_paths, hubs, signed_graph, timeline
    from kg.graph.store import ONTOLOGY_GRAPH, KGStore
    from kg.ontology import ontology_graph

    with KGStore(tmp_path / "store") as store:
        store.replace_graph(str(ONTOLOGY_GRAPH), ontology_graph())
    with kg.open(tmp_path) as g:
        assert g.statements().empty and "sentence" in g.statements().columns
        G = g.graph()
    assert G.number_of_nodes() == 0
    assert hubs(G).empty and blocs(G) == [] and flow_paths(G).empty and timeline(G).empty
    assert balance_triads(signed_graph(G)).empty


def test_graph_edges_are_the_stores_kg_edges(small):
    G = small.graph(level="actor", statuses=None)
    listed = small.sparql("PREFIX kg: <https://w3id.org/kg-news/ontology#> "
                          "SELECT ?e ?n WHERE { ?e kg:level \"actor\" ; kg:statementCount ?n }")
    counts = dict(zip(listed["e"], listed["n"]))
    drawn = {d["edge"]: d["statements"] for *_e, d in G.edges(keys=True, data=True)}
    assert drawn == counts  # every statement status kept: the same edges with the same counts


def test_a_store_without_edges_gets_them_in_memory_with_a_warning(tmp_path, small):
    import pyoxigraph as ox

    from small_kg import write_store

    write_store(tmp_path / "store")
    st = ox.Store(str(tmp_path / "store"))
    st.remove_graph(ox.NamedNode("https://w3id.org/kg-news/graph/edges"))
    st.flush()
    del st
    with kg.open(tmp_path) as bare, pytest.warns(UserWarning, match="no kg:Edge"):
        G = bare.graph(statuses=None)
    want = small.graph(statuses=None)
    assert sorted(G.edges(keys=True)) == sorted(want.edges(keys=True))
    assert all(G.edges[e]["statuses"] == want.edges[e]["statuses"] for e in want.edges(keys=True))


def test_actor_of_rolls_up_as_the_edges_do(small):
    from kg.graph.edges import rollup_map

    assert small.actor_of(iri("putin")) == iri("RUS") and small.actor_of(iri("pyongyang")) == iri("PRK")
    assert small.actor_of(iri("RUS")) == iri("RUS") and small.actor_of("urn:not-an-entity") == "urn:not-an-entity"
    acts = {i: e["acts_for"] for i, e in small.entities().items()}
    assert {i: small.actor_of(i) for i in acts} == rollup_map(acts)
