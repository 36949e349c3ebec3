"""`kg serve` through a real SPARQL client (SPARQLWrapper) and raw HTTP: protocol, formats, limits, safety."""

from __future__ import annotations

import csv
import io
import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")
from SPARQLWrapper import CSV, JSON, TSV, TURTLE, XML, SPARQLWrapper as Client  # noqa: E402
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed  # noqa: E402

from kg.graph.store import KGStore  # noqa: E402
from kg.query import bind_params, list_queries  # noqa: E402

pytestmark = [pytest.mark.server, pytest.mark.slow]

ENT = "https://w3id.org/kg-news/entity/"
PAIR = {"a": ENT + "RUS", "b": ENT + "PRK", "actor": ENT + "RUS"}  # every required parameter of a shipped query
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"


def _client(base: str, method: str = "GET") -> Client:
    c = Client(base + "/sparql")
    c.setMethod(method)
    return c


def _http(base: str, data: bytes | None = None, headers: dict | None = None, path: str = "/sparql", method=None):
    req = urllib.request.Request(base + path, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def _form(query: str, **extra) -> bytes:
    return urllib.parse.urlencode({"query": query, **extra}).encode()


def _plain(binding: dict) -> dict:
    return {k: v["value"] for k, v in binding.items()}


@pytest.mark.parametrize("query", list_queries(), ids=lambda q: q.name)
def test_shipped_queries_give_the_embedded_answers(query, endpoint, seed_store: Path):
    text = bind_params(query, {p: PAIR[p] for p in query.params})
    with KGStore(seed_store, read_only=True) as st:
        names, rows = st.select(text)
    c = _client(endpoint, "POST")
    c.setQuery(text)
    c.setReturnFormat(JSON)
    data = c.query().convert()
    assert data["head"]["vars"] == names
    got = [_plain(b) for b in data["results"]["bindings"]]
    want = [{k: str(v) for k, v in r.items() if v is not None} for r in rows]
    assert got == want


def test_technology_transfer_over_get(endpoint):
    q = next(q for q in list_queries() if q.name == "technology-transfers")
    c = _client(endpoint, "GET")
    c.setQuery(q.text)
    c.setReturnFormat(JSON)
    rows = [_plain(b) for b in c.query().convert()["results"]["bindings"]]
    assert any(r["supplier"] == "Rusia" and r["recipient"] == "Korea Utara"
               and "teknologi" in r["sentence"] for r in rows)


@pytest.mark.parametrize("fmt", [XML, CSV, TSV])
def test_select_in_every_results_format(fmt, endpoint):
    c = _client(endpoint)
    c.setQuery("PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
               "SELECT ?key WHERE { ?e skos:notation ?key } ORDER BY ?key")
    c.setReturnFormat(fmt)
    res = c.query()
    body = res.convert()
    if fmt == XML:
        keys = [n.firstChild.data for n in body.getElementsByTagName("literal")]
    else:
        text = body.decode("utf-8") if isinstance(body, bytes) else body
        rows = list(csv.reader(io.StringIO(text), delimiter="," if fmt == CSV else "\t"))
        assert rows[0] == ["key"] if fmt == CSV else rows[0] == ["?key"]
        keys = [r[0].strip('"') for r in rows[1:]]
    assert "RUS" in keys and "PRK" in keys
    assert keys == sorted(keys)


def test_ask_and_construct(endpoint):
    c = _client(endpoint)
    c.setQuery("ASK { <https://w3id.org/kg-news/entity/RUS> ?p ?o }")
    c.setReturnFormat(JSON)
    assert c.query().convert()["boolean"] is True

    c = _client(endpoint)
    c.setQuery("PREFIX kg: <https://w3id.org/kg-news/ontology#> "
               "CONSTRUCT { ?s kg:suppliesTechnologyTo ?o } WHERE { ?s kg:suppliesTechnologyTo ?o }")
    c.setReturnFormat(TURTLE)
    g = c.queryAndConvert()
    from rdflib import Graph, URIRef

    if not isinstance(g, Graph):
        g = Graph().parse(data=g, format="turtle")
    assert (URIRef(ENT + "RUS"), URIRef("https://w3id.org/kg-news/ontology#suppliesTechnologyTo"),
            URIRef(ENT + "PRK")) in g


def test_describe_as_ntriples_by_accept(endpoint):
    status, headers, body = _http(endpoint, _form(f"DESCRIBE <{ENT}PRK>"), {"Accept": "application/n-triples"})
    assert status == 200 and headers["Content-Type"].startswith("application/n-triples")
    assert f"<{ENT}PRK> <http://www.w3.org/2000/01/rdf-schema#label> \"Korea Utara\" ." in body.decode()


def test_sparql_query_body_and_format_parameter(endpoint):
    status, headers, body = _http(endpoint + "", COUNT.encode(), {"Content-Type": "application/sparql-query"},
                                  path="/sparql?format=csv")
    assert status == 200 and headers["Content-Type"].startswith("text/csv")
    n = int(body.decode().splitlines()[1])
    assert n > 1000


def test_not_acceptable(endpoint):
    status, _h, body = _http(endpoint, _form(COUNT), {"Accept": "text/turtle"})
    assert status == 406 and b"SELECT" in body


def test_malformed_query_gets_400_with_the_parser_message(endpoint):
    c = _client(endpoint)
    c.setQuery("SELECT ?x WHERE { ?x ?y }")
    c.setReturnFormat(JSON)
    with pytest.raises(QueryBadFormed) as info:
        c.query()
    assert "error at" in str(info.value)
    status, _h, body = _http(endpoint, _form("SELEC * WHERE {}"))
    assert status == 400 and body.startswith(b"malformed query: ")


def test_updates_are_refused(endpoint, seed_store: Path):
    insert = "INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }"
    for data, headers in [
        (insert.encode(), {"Content-Type": "application/sparql-update"}),
        (urllib.parse.urlencode({"update": insert}).encode(), {"Content-Type": "application/x-www-form-urlencoded"}),
        (_form(insert), {"Content-Type": "application/x-www-form-urlencoded"}),
    ]:
        status, _h, body = _http(endpoint, data, headers)
        assert status == 403 and b"read-only" in body
    status, _h, _b = _http(endpoint, method="DELETE")
    assert status == 405
    c = _client(endpoint)
    c.setQuery("ASK { <urn:x:a> ?p ?o }")
    c.setReturnFormat(JSON)
    assert c.query().convert()["boolean"] is False


def test_query_page_lists_the_shipped_queries(endpoint):
    status, headers, body = _http(endpoint, path="/")
    assert status == 200 and headers["Content-Type"].startswith("text/html")
    page = body.decode()
    for q in list_queries():
        assert f'value="{q.name}"' in page
    assert "http://" not in page.split("<script", 1)[1].split("PREFIX", 1)[0]  # no external scripts
    status, _h, body = _http(endpoint, path="/queries.json")
    assert {q["name"] for q in json.loads(body)} == {q.name for q in list_queries()}


def test_survives_garbage_and_vanishing_clients(endpoint):
    host, port = urllib.parse.urlsplit(endpoint).netloc.split(":")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        s.sendall(b"\x16\x03\x01 this is not HTTP\r\n\r\n")
        assert s.recv(100).startswith(b"400 Bad request")  # an error, not a crash
    for _ in range(3):  # clients that hang up before, during and after sending their request
        with socket.create_connection((host, int(port)), timeout=10) as s:
            s.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\nquery=SEL")
    with socket.create_connection((host, int(port)), timeout=10) as s:
        body = _form("SELECT * WHERE { ?s ?p ?o }")
        s.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                  + f"Content-Length: {len(body)}\r\n\r\n".encode() + body)
    status, _h, body = _http(endpoint, _form(COUNT), {"Accept": "application/sparql-results+json"})
    assert status == 200 and int(json.loads(body)["results"]["bindings"][0]["n"]["value"]) > 1000


def test_time_limit_stops_a_runaway_query_and_serving_goes_on(tight_endpoint):
    status, headers, body = _http(tight_endpoint, _form(SLOW))
    assert status == 503 and b"time limit" in body
    c = _client(tight_endpoint)
    c.setQuery("ASK { ?s ?p ?o }")
    c.setReturnFormat(JSON)
    assert c.query().convert()["boolean"] is True


def test_row_limit_cuts_long_answers_and_says_so(tight_endpoint):
    status, headers, body = _http(tight_endpoint, _form("SELECT * WHERE { ?s ?p ?o }"),
                                  {"Accept": "application/sparql-results+json"})
    assert status == 200
    assert len(json.loads(body)["results"]["bindings"]) == 3
    assert headers["X-KG-Truncated"].startswith("true")
    status, headers, body = _http(tight_endpoint, _form("SELECT * WHERE { ?s ?p ?o } LIMIT 2"))
    assert len(json.loads(body)["results"]["bindings"]) == 2 and "X-KG-Truncated" not in headers
    status, headers, body = _http(tight_endpoint, _form("CONSTRUCT WHERE { ?s ?p ?o }", format="ntriples"))
    assert status == 200 and len(body.decode().splitlines()) == 3 and "X-KG-Truncated" in headers


def test_kg_query_endpoint_gives_the_same_table_as_the_store(endpoint, seed_store: Path):
    from click.testing import CliRunner

    from kg.cli import _register, cli

    _register()
    runner = CliRunner()
    for name in ("technology-transfers", "relations-summary"):
        local = runner.invoke(cli, ["query", name, "--store", str(seed_store), "--format", "csv"])
        remote = runner.invoke(cli, ["query", name, "--endpoint", endpoint + "/sparql", "--format", "csv"])
        assert local.exit_code == 0 and remote.exit_code == 0, remote.output
        assert remote.output == local.output
    bad = runner.invoke(cli, ["query", "SELECT ?x WHERE {", "--endpoint", endpoint + "/sparql"])
    assert bad.exit_code == 1 and "malformed" in bad.output


def test_a_rebuild_is_served_without_a_restart(tmp_path: Path, seed_dir: Path, start_server):
    """`kg build` into the folder a running endpoint serves: the next query sees the new documents."""
    from kg.api import build

    corpus = tmp_path / "in"
    corpus.mkdir()
    seed = sorted(seed_dir.glob("*.txt"))[0]
    (corpus / seed.name).write_bytes(seed.read_bytes())
    out = tmp_path / "out"
    build([corpus], out, render=False)
    docs = "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a <https://w3id.org/kg-news/ontology#Document> }"
    with start_server(out / "store") as base:
        c = _client(base)
        c.setQuery(docs)
        c.setReturnFormat(JSON)
        assert c.query().convert()["results"]["bindings"][0]["n"]["value"] == "1"
        (corpus / "kedua.txt").write_text(
            "Jakarta (ANTARA) - Presiden Prabowo Subianto bertemu dengan Presiden Prancis Emmanuel Macron "
            "di Paris pada Senin (14/7/2025) untuk membahas kerja sama pertahanan.", encoding="utf-8")
        build([corpus], out, render=False)
        answers = set()
        for _ in range(4):  # every worker of the pool, not just the first one asked
            c.setQuery(docs)
            answers.add(c.query().convert()["results"]["bindings"][0]["n"]["value"])
        assert answers == {"2"}
