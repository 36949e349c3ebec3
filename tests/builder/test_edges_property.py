"""Edges agree with the statements, whatever the corpus and however it changes.

Hypothesis writes random corpora of news sentences with random datelines, builds them, then
changes, adds and removes documents and builds again incrementally (pruning). After every build
each ``kg:Edge`` must hold exactly what its statements give when recomputed here from scratch —
counts by status, documents, first and last date, strongest statement, the statements linked —
at entity and at actor level, and the incremental outputs must be a clean build's, byte for byte.
"""

from __future__ import annotations

import calendar
import filecmp
import shutil
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus_id import INTERNATIONAL
from kg.builder import build
from kg.graph.edges import edge_iri
from kg.ontology import relations

pytestmark = pytest.mark.slow

KG = "https://w3id.org/kg-news/ontology#"
P = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
"""
DATED = [  # sentences with a date of their own, so first and last dates differ from the datelines
    "Pada bulan Maret 2023, Rusia memasok rudal ke Iran.",
    "Pada 2022, Amerika Serikat menjatuhkan sanksi terhadap Rusia.",
]
SENTENCES = INTERNATIONAL + DATED

document = st.tuples(st.lists(st.integers(0, len(SENTENCES) - 1), min_size=1, max_size=4),
                     st.integers(1, 28), st.integers(1, 12))
corpus = st.dictionaries(st.sampled_from([f"doc{i}" for i in range(6)]), document, min_size=1, max_size=5)


def _write(folder: Path, docs: dict) -> None:
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for name, (sents, day, month) in docs.items():
        text = f"Berita {name}\n\nJakarta, Senin ({day}/{month}/2024) - " + " ".join(SENTENCES[i] for i in sents) + "\n"
        (folder / f"{name}.txt").write_text(text, encoding="utf-8")


def _bounds(value: str) -> tuple[str, str] | None:
    parts = value[:10].split("-")
    if len(parts) == 1:
        return (f"{parts[0]}-01-01", f"{parts[0]}-12-31") if parts[0].isdigit() else None
    y, m = int(parts[0]), int(parts[1])
    if len(parts) == 2:
        return f"{y:04d}-{m:02d}-01", f"{y:04d}-{m:02d}-{calendar.monthrange(y, m)[1]:02d}"
    return value[:10], value[:10]


def _expected(store: ox.Store) -> dict:
    """Every edge, recomputed from the statements with nothing but SPARQL rows and Python."""
    q = P + """SELECT ?st ?s ?rel ?o ?status ?own ?published ?c ?doc ?start WHERE {
      ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?rel ; rdf:object ?o ; kg:status/skos:notation ?status ;
          kg:confidence ?c ; kg:startOffset ?start ; prov:wasDerivedFrom ?d . ?d dcterms:identifier ?doc .
      OPTIONAL { ?st dcterms:date ?own } OPTIONAL { ?d dcterms:date ?published } }"""
    up = {s["e"].value: s["a"].value for s in store.query(P + "SELECT ?e ?a WHERE { ?e kg:actsFor ?a }",
                                                           use_default_graph_as_union=True)}

    def actor(x: str) -> str:
        seen = {x}
        while up.get(x) and up[x] not in seen:
            x = up[x]
            seen.add(x)
        return x

    symmetric = {n for n, r in relations().items() if r["symmetric"]}
    groups: dict = {}
    for sol in store.query(q, use_default_graph_as_union=True):
        rel = sol["rel"].value[len(KG):]
        date = (sol["own"] or sol["published"])
        row = (sol["st"].value, sol["status"].value, date.value if date else "", float(sol["c"].value),
               sol["doc"].value, int(sol["start"].value))
        for level, s, o in (("entity", sol["s"].value, sol["o"].value),
                            ("actor", actor(sol["s"].value), actor(sol["o"].value))):
            if level == "actor" and s == o:
                continue
            if rel in symmetric and o < s:
                s, o = o, s
            groups.setdefault((level, s, rel, o), []).append(row)
    out = {}
    for key, rows in groups.items():
        dated = [b for b in (_bounds(r[2]) for r in rows if r[2]) if b]
        strongest = min(rows, key=lambda r: (-r[3], (_bounds(r[2]) or ("9999-99-99",))[0] if r[2] else "9999-99-99",
                                             r[4], r[5], r[0]))
        out[key] = {
            "iri": edge_iri(*key), "by_status": dict(Counter(r[1] for r in rows)), "n": len(rows),
            "docs": len({r[4] for r in rows}), "first": min(b[0] for b in dated) if dated else None,
            "last": max(b[1] for b in dated) if dated else None, "strongest": strongest[0],
            "supported": sorted({r[0] for r in rows}),
        }
    return out


def _stored(store: ox.Store) -> dict:
    q = P + """SELECT ?e ?level ?s ?rel ?o ?p ?v WHERE {
      GRAPH <https://w3id.org/kg-news/graph/edges> {
        ?e a kg:Edge ; kg:level ?level ; kg:edgeSubject ?s ; kg:edgeRelation ?rel ; kg:edgeObject ?o ; ?p ?v } }"""
    raw: dict = {}
    for sol in store.query(q):
        key = (sol["level"].value, sol["s"].value, sol["rel"].value[len(KG):], sol["o"].value)
        raw.setdefault((key, sol["e"].value), {}).setdefault(sol["p"].value[len(KG):], []).append(sol["v"].value)
    out = {}
    for (key, iri), props in raw.items():
        assert key not in out, f"two edges for {key}"
        by_status = {s: int(props[f"{s}Count"][0]) for s in ("asserted", "claimed", "denied", "expected", "negated")}
        out[key] = {
            "iri": iri, "by_status": {k: v for k, v in by_status.items() if v}, "n": int(props["statementCount"][0]),
            "docs": int(props["documentCount"][0]), "first": (props.get("firstDate") or [None])[0],
            "last": (props.get("lastDate") or [None])[0], "strongest": props["strongestStatement"][0],
            "supported": sorted(props["supportedBy"]),
        }
    return out


def _check(out: Path) -> None:
    store = ox.Store.read_only(str(out / "store"))
    assert _stored(store) == _expected(store)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(before=corpus, after=corpus)
def test_edges_equal_the_statements_after_changes_and_prunes(tmp_path_factory, before, after):
    tmp = tmp_path_factory.mktemp("edges")
    _write(tmp / "corpus", before)
    build([tmp / "corpus"], tmp / "out", render=False)
    _check(tmp / "out")
    _write(tmp / "corpus", after)  # documents changed, added and removed
    build([tmp / "corpus"], tmp / "out", render=False, prune=True)
    _check(tmp / "out")
    build([tmp / "corpus"], tmp / "clean", render=False)
    for name in ("kg.ttl", "statements.trig"):
        assert filecmp.cmp(tmp / "out" / name, tmp / "clean" / name, shallow=False), name
