"""GraphML and GEXF round-trip through networkx; CSV and JSON-LD hold what the store holds."""

from __future__ import annotations

import json

import networkx as nx
import pandas as pd
import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset

import kg
from kg.cli import _register, cli
from kg.export import flatten, format_for, write_edges_csv, write_gexf, write_graphml, write_jsonld, write_statements_csv
from kg.graph.store import ONTOLOGY_GRAPH, KGStore

from small_kg import ROWS, iri

_register()


@pytest.fixture()
def graph(export_store):
    with kg.open(export_store) as g:
        yield g.graph(statuses=None)


def _edges(G, drop=()):
    return {(u, v, k): {a: x for a, x in d.items() if a not in drop} for u, v, k, d in G.edges(keys=True, data=True)}


def test_flatten_leaves_only_scalars(graph):
    H = flatten(graph)
    for _u, _v, _k, d in H.edges(keys=True, data=True):
        assert all(isinstance(x, (str, int, float, bool)) for x in d.values())
    arms = H.get_edge_data(iri("PRK"), iri("RUS"), "suppliesWeaponsTo")
    assert arms["statuses"] == "claimed:2; denied:1" and arms["weight"] == 3.0
    assert {e["status"] for e in json.loads(arms["evidence"])} == {"claimed", "denied"}
    assert graph.get_edge_data(iri("PRK"), iri("RUS"), "suppliesWeaponsTo")["statuses"] == {"claimed": 2, "denied": 1}


@pytest.mark.parametrize("fmt", ["graphml", "gexf"])
def test_round_trip(graph, tmp_path, fmt):
    path = tmp_path / f"g.{fmt}"
    (write_graphml if fmt == "graphml" else write_gexf)(graph, path)
    back = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(path)
    want = flatten(graph)
    assert isinstance(back, nx.MultiDiGraph)
    assert dict(back.nodes(data=True)) == dict(want.nodes(data=True))
    # GEXF adds an edge "id" of its own; everything else comes back as written, types included
    assert _edges(back, drop=("id",)) == _edges(want)
    assert back.number_of_edges() == graph.number_of_edges() == 14   # 13 reported + UN's negated sanctions


def test_statements_csv_one_row_per_statement(export_store, tmp_path):
    with kg.open(export_store) as g:
        path = write_statements_csv(g.select(statuses=None), tmp_path / "s.csv")
    df = pd.read_csv(path)
    assert len(df) == len(ROWS)
    assert {"subject_key", "relation", "object_key", "status", "date", "doc", "sentence", "start", "end"} <= set(df.columns)
    assert sorted(df["status"].unique()) == ["asserted", "claimed", "denied", "expected", "negated"]


def test_edges_csv(graph, tmp_path):
    df = pd.read_csv(write_edges_csv(graph, tmp_path / "e.edges.csv"))
    assert len(df) == graph.number_of_edges()
    row = df[(df["relation"] == "suppliesWeaponsTo") & (df["source_label"] == "North Korea")].iloc[0]
    assert (row["target_label"], row["statements"], row["docs"]) == ("Russia", 3, "d1; d2")


def test_jsonld_holds_the_stores_quads(export_store, tmp_path):
    path = write_jsonld(export_store / "store", tmp_path / "g.jsonld")
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["@context"]["kg"] == "https://w3id.org/kg-news/ontology#"
    back = Dataset()
    back.parse(path, format="json-ld")
    with KGStore(export_store / "store", read_only=True) as store:
        want = {(q.subject.value, q.predicate.value, str(q.object.value), q.graph_name.value) for q in store.iter_quads()
                if q.graph_name != ox.NamedNode(str(ONTOLOGY_GRAPH))}
    got = {(str(s), str(p), str(o), str(g)) for s, p, o, g in back.quads()}
    assert got == want
    assert not any(g == str(ONTOLOGY_GRAPH) for *_t, g in got)


def test_format_from_suffix():
    assert [format_for(n) for n in ("a.graphml", "a.gexf", "a.csv", "a.edges.csv", "a.jsonld", "a.txt")] == [
        "graphml", "gexf", "csv", "edges-csv", "jsonld", None]


def test_cli_export(export_store, tmp_path):
    runner = CliRunner()
    out = tmp_path / "arms.graphml"
    r = runner.invoke(cli, ["export", "--store", str(export_store / "store"), "--family", "transfers", "-o", str(out)])
    assert r.exit_code == 0, r.output
    G = nx.read_graphml(out, force_multigraph=True)
    assert {k for *_e, k in G.edges(keys=True)} == {"suppliesWeaponsTo", "suppliesTechnologyTo"}

    r = runner.invoke(cli, ["export", "--store", str(export_store), "--format", "csv", "--status", "all",
                            "--since", "2023", "--until", "2023", "-o", str(tmp_path / "x.out")])
    assert r.exit_code == 0, r.output
    assert list(pd.read_csv(tmp_path / "x.out")["relation"]) == ["suppliesWeaponsTo"]

    r = runner.invoke(cli, ["export", "--store", str(export_store), "--level", "entity", "-o", str(tmp_path / "e.gexf")])
    assert r.exit_code == 0 and nx.read_gexf(tmp_path / "e.gexf").has_node(iri("putin"))

    r = runner.invoke(cli, ["export", "--store", str(export_store), "-o", str(tmp_path / "g.jsonld")])
    assert r.exit_code == 0 and (tmp_path / "g.jsonld").stat().st_size > 1000

    r = runner.invoke(cli, ["export", "--store", str(export_store), "-o", str(tmp_path / "g.txt")])
    assert r.exit_code != 0 and "--format" in r.output
    r = runner.invoke(cli, ["export", "--store", str(tmp_path / "missing"), "-o", str(tmp_path / "g.csv")])
    assert r.exit_code == 1 and "kg build" in r.output
