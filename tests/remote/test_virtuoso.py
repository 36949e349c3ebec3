"""`kg push` into a real Virtuoso and `kg query --endpoint` against it give the embedded store's answers."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import _register, cli
from kg.graph.store import KGStore
from kg.query import bind_params, list_queries
from kg.remote import Endpoint, EndpointError, push

pytestmark = [pytest.mark.server, pytest.mark.slow]

ENT = "https://w3id.org/kg-news/entity/"
PAIR = {"a": ENT + "RUS", "b": ENT + "PRK", "actor": ENT + "RUS"}  # every required parameter of a shipped query
LISTS = {"items", "by"}  # GROUP_CONCAT columns: the order inside them is up to the engine

_register()


def _norm(name: str, value) -> str:
    """A value as plain text: numbers without their datatype, concatenated lists sorted."""
    if value is None:
        return ""
    if isinstance(value, (int, float)):
        return repr(float(value))
    text = str(value)
    try:
        return repr(float(text))
    except ValueError:
        pass
    if name in LISTS:
        return ", ".join(sorted(text.split(", ")))
    return text


def _rows(names, rows):
    return sorted(tuple(_norm(n, r.get(n)) for n in names) for r in rows)


@pytest.fixture(scope="module")
def pushed(virtuoso_server, remote_seed_store: Path):
    """The seed store pushed by SPARQL Update into Virtuoso's /sparql-auth (dba/dba, digest)."""
    ep = Endpoint(virtuoso_server.sparql_auth, user="dba", password="dba")
    report = push(remote_seed_store, ep, batch_size=400)
    return report


def test_push_sends_every_graph_in_batches(pushed, remote_seed_store: Path):
    with KGStore(remote_seed_store, read_only=True) as st:
        graphs = set(st.graphs())
        assert pushed.triples == len(st)
    assert set(pushed.graphs) == graphs
    assert pushed.requests > len(graphs) + 1  # one DROP per graph, several INSERT DATA batches


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_shipped_queries_on_virtuoso_match_the_embedded_store(query, pushed, virtuoso_server, remote_seed_store):
    text = bind_params(query, {p: PAIR[p] for p in query.params})
    with KGStore(remote_seed_store, read_only=True) as st:
        names, rows = st.select(text)
    rnames, rrows = Endpoint(virtuoso_server.sparql).select(text)
    assert rnames == names
    # the seed's relations keep their sign from one period to the next, so `changes` has no rows on it
    assert rows or query.name == "changes", "the seed gives an answer to every shipped query"
    assert _rows(rnames, rrows) == _rows(names, rows)


def test_named_graphs_and_counts_arrive_intact(pushed, virtuoso_server, remote_seed_store):
    ep = Endpoint(virtuoso_server.sparql)
    with KGStore(remote_seed_store, read_only=True) as st:
        for g in st.graphs():
            local = st.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")[1][0]["n"]
            remote = ep.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}")[1][0]["n"]
            assert int(remote) == local, g


def test_pushing_again_replaces_instead_of_doubling(pushed, virtuoso_server, remote_seed_store):
    ep = Endpoint(virtuoso_server.sparql_auth, user="dba", password="dba")
    count = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), 'https://w3id.org/kg-news/')) }"
    before = ep.select(count)[1][0]["n"]
    push(remote_seed_store, ep, batch_size=5000)
    assert ep.select(count)[1][0]["n"] == before


def test_kg_push_cli_by_graph_store_protocol_into_one_graph(virtuoso_server, remote_seed_store):
    target = "https://example.org/kg-all"
    runner = CliRunner()
    try:
        res = runner.invoke(cli, ["push", "--store", str(remote_seed_store), "--endpoint", virtuoso_server.sparql,
                                  "--gsp", virtuoso_server.graph_crud_auth, "--graph", target, "--batch-size", "500"],
                            env={"KG_ENDPOINT_USER": "dba", "KG_ENDPOINT_PASSWORD": "dba"})
        assert res.exit_code == 0, res.output
        assert "into 1 graph(s)" in res.output
        with KGStore(remote_seed_store, read_only=True) as st:
            distinct = st.select("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")[1][0]["n"]
        remote = Endpoint(virtuoso_server.sparql).select(
            f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH <{target}> {{ ?s ?p ?o }} }}")[1][0]["n"]
        assert int(remote) == distinct
    finally:  # the other tests query the union of all graphs
        Endpoint(virtuoso_server.sparql_auth, user="dba", password="dba").update(f"DROP SILENT GRAPH <{target}>")


def test_kg_query_endpoint_on_virtuoso(pushed, virtuoso_server, remote_seed_store):
    runner = CliRunner()
    local = runner.invoke(cli, ["query", "technology-transfers", "--store", str(remote_seed_store), "--format", "json"])
    remote = runner.invoke(cli, ["query", "technology-transfers", "--endpoint", virtuoso_server.sparql,
                                 "--format", "json"])
    assert remote.exit_code == 0, remote.output
    import json

    lrows, rrows = json.loads(local.output), json.loads(remote.output)
    assert rrows["head"] == lrows["head"]
    names = lrows["head"]["vars"]
    assert _rows(names, rrows["rows"]) == _rows(names, lrows["rows"])
    assert any(r["supplier"] == "Rusia" and r["recipient"] == "Korea Utara" for r in rrows["rows"])


def test_anonymous_updates_are_refused_by_virtuoso(virtuoso_server, remote_seed_store):
    with pytest.raises(EndpointError):
        push(remote_seed_store, Endpoint(virtuoso_server.sparql), batch_size=5000)
