"""Query speed: every shipped query on Oxigraph (kg's store), rdflib in memory and Virtuoso 7.

Run: python benchmarks/bench_queries.py [--statements 65000] [--oxigraph-runs 7] [--rdflib-runs 1] [--no-virtuoso]

Builds a synthetic graph of at least a million triples in kg's own model: documents made of
sentences, each carrying one statement with full provenance (status, attribution, evidence
sentence and offsets, date, confidence, trigger, rule, items), written by
``kg.graph.mapping.document_graph`` exactly as ``kg build`` writes real news; the actors are the
gazetteer's, drawn with a long-tailed (Zipf-like) frequency, the relations and statuses vary.
The graph goes into an on-disk Oxigraph store (one named graph per document, as ``kg build``
does), with its edges (``kgg:edges``, computed by ``kg.graph.edges.write_edges`` as the build
does), into one rdflib ``Dataset`` with the same named graphs and the union as its default graph
(the edge queries name ``kgg:edges``, which a plain ``Graph`` cannot answer) and, when Debian's
``virtuoso-opensource`` is installed, into a throw-away Virtuoso 7 on loopback, started the way
``tests/remote/`` starts it and loaded with ``kg push`` (SPARQL Update, its default). Each shipped
query (``ontology/queries/*.rq``; ``evidence`` bound to the most frequent pair, ``partners`` to
the actor with the most statements, ``changes`` split in July 2024, other options left out) then runs on all three: its first page (``LIMIT
100``, as ``kg query --limit 100`` writes it) and its whole answer. Results are fully iterated,
the engines' row counts are checked to be equal, and the median time of each is printed, with
rdflib's ratio to Oxigraph on the whole answer. Oxigraph runs in this process; Virtuoso answers
over HTTP, parsed by pyoxigraph as ``kg query --endpoint`` does. An rdflib query still running
after ``--rdflib-cap`` seconds is stopped and shown as ``>cap`` (its speed-up is a lower bound).
The generated N-Quads are cached in the temporary folder, so a second run starts in seconds.
"""

from __future__ import annotations

import argparse
import hashlib
import inspect
import multiprocessing as mp
import os
import random
import statistics
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph

from kg.api import entities_of
from kg.graph import mapping
from kg.graph.mapping import document_graph, entity_graph
from kg.graph.edges import write_edges
from kg.graph.namespaces import EDGE_GRAPH, ENTITY_GRAPH
from kg.graph.store import ONTOLOGY_GRAPH, KGStore
from kg.model import Document, Statement
from kg.nlp.gazetteer import load_gazetteer
from kg.ontology import ontology_graph, relations
from kg.query import bind_params, list_queries
from kg.query.paging import page_query

PAGE = 100
OPTIONS = {"changes": {"since": "2024-07"}}  # the synthetic documents are dated 2024: split the year

STATUSES = ["asserted"] * 12 + ["claimed"] * 3 + ["expected"] * 2 + ["denied"] + ["negated"] * 2
ITEMS = [("rudal", "missile"), ("drone", "drone"), ("amunisi", "ammunition"), ("tank", "tank"),
         ("jet tempur", "fighter_jet"), ("teknologi satelit", "satellite_technology"),
         ("teknologi nuklir", "nuclear_technology"), ("artileri", "artillery")]
TRIGGERS = {"suppliesWeaponsTo": "memasok", "suppliesTechnologyTo": "membantu", "imposesSanctionsOn": "menjatuhkan sanksi",
            "meetsWith": "bertemu", "alliedWith": "bersekutu", "cooperatesWith": "bekerja sama"}


PREFIXES = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
_ALLIANCE = "VALUES ?rel { kg:alliedWith kg:cooperatesWith kg:meetsWith } ?st rdf:predicate ?rel"
# The rows of the shipped `alliances` query with fewer patterns joined: a lower bound on what any
# query listing these statements can cost on this engine (each joined pattern is an index lookup).
FLOOR = [
    ("statement IRIs only", f"SELECT ?st WHERE {{ {_ALLIANCE} }}"),
    ("+ subject and object IRIs", f"SELECT ?st ?s ?o WHERE {{ {_ALLIANCE} ; rdf:subject ?s ; rdf:object ?o }}"),
    ("+ their labels", f"SELECT ?st ?sl ?ol WHERE {{ {_ALLIANCE} ; rdf:subject ?s ; rdf:object ?o . "
                       "?s rdfs:label ?sl . ?o rdfs:label ?ol }"),
    ("edges: (subject, relation, object) counted", f"SELECT ?s ?rel ?o (COUNT(?st) AS ?n) WHERE {{ {_ALLIANCE} ; "
                       "rdf:subject ?s ; rdf:object ?o } GROUP BY ?s ?rel ?o"),
]


def synthetic_documents(n_statements: int, per_doc: int, seed: int):
    """Documents and their statements; sentences are real strings whose offsets point into the text."""
    rng = random.Random(seed)
    gaz = load_gazetteer()
    actors = sorted((e for e in gaz.entities.values() if e.is_actor), key=lambda e: e.key)
    rng.shuffle(actors)
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(actors))]
    people = [e for e in actors if e.type == "Person"] or actors
    rels = sorted(relations())
    n_docs = (n_statements + per_doc - 1) // per_doc
    for d in range(n_docs):
        doc_id = f"synthetic-{d:06d}"
        date = f"2024-{1 + d % 12:02d}-{1 + d % 28:02d}"
        sentences, statements, pos = [], [], 0
        for i in range(min(per_doc, n_statements - d * per_doc)):
            s, o = rng.choices(actors, weights, k=2)
            while o.key == s.key:
                o = rng.choices(actors, weights)[0]
            rel = rng.choice(rels)
            status = rng.choice(STATUSES)
            items = rng.sample(ITEMS, rng.randint(1, 2)) if rel.startswith("supplies") else []
            trig = TRIGGERS.get(rel, "menyatakan")
            text = f"{s.label} {trig} {o.label}" + (f" dengan {' dan '.join(t for t, _ in items)}" if items else "") + \
                f" pada kalimat {i} dokumen {d}."
            who = (rng.choice(people),) if status in ("claimed", "denied") else ()
            statements.append(Statement(
                doc=doc_id, subject=s, predicate=rel, object=o, status=status, sentence=text,
                start=pos, end=pos + len(text), sentence_index=i, attributed_to=who,
                date=date if rng.random() < 0.7 else None, confidence=round(rng.uniform(0.5, 0.95), 3),
                trigger=trig, rule=f"synthetic.{rel}", items=tuple(k for _, k in items),
                item_texts=tuple(t for t, _ in items)))
            sentences.append(text)
            pos += len(text) + 1
        yield Document(id=doc_id, text=" ".join(sentences), date=date, source="synthetic"), statements


def _doc_nquads(batch) -> bytes:
    """N-Quads of some documents, each in its own named graph, as ``kg build`` writes them."""
    out = []
    for doc, sts in batch:
        g = document_graph(doc, sts, hashlib.sha256(doc.text.encode()).hexdigest())
        nt = g.serialize(format="nt", encoding="utf-8")
        graph = ox.NamedNode(str(g.identifier))
        out.append(ox.serialize((ox.Quad(t.subject, t.predicate, t.object, graph)
                                 for t in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)), format=ox.RdfFormat.N_QUADS))
    return b"".join(out)


def generate(path: Path, n_statements: int, per_doc: int, seed: int) -> None:
    """Write the synthetic graph as N-Quads, documents in parallel (rdflib is slow to build graphs)."""
    docs = list(synthetic_documents(n_statements, per_doc, seed))
    all_statements = [st for _d, sts in docs for st in sts]
    batches = [docs[i : i + 50] for i in range(0, len(docs), 50)]
    tmp = path.with_suffix(".part")
    with tmp.open("wb") as fh, ProcessPoolExecutor(os.cpu_count() or 1) as pool:
        for data in pool.map(_doc_nquads, batches):
            fh.write(data)
        ents = entities_of(all_statements)
        for name, g in ((ENTITY_GRAPH, entity_graph(ents.values(), Graph(identifier=ENTITY_GRAPH))),
                        (ONTOLOGY_GRAPH, ontology_graph())):
            graph = ox.NamedNode(str(name))
            nt = g.serialize(format="nt", encoding="utf-8")
            fh.write(ox.serialize((ox.Quad(t.subject, t.predicate, t.object, graph)
                                   for t in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)), format=ox.RdfFormat.N_QUADS))
    os.replace(tmp, path)


def build(n_statements: int, per_doc: int, seed: int, store_dir: str, with_rdflib: bool):
    """The Oxigraph store and the rdflib graph; the N-Quads are cached in the temp folder, keyed
    by the parameters and the source of kg's RDF mapping (a changed mapping regenerates them);
    the edges apart, keyed by the source of ``kg.graph.edges`` as well, so a change there only
    recomputes the edges."""
    key = hashlib.sha1(f"{n_statements}|{per_doc}|{seed}".encode() + Path(mapping.__file__).read_bytes()
                       + inspect.getsource(synthetic_documents).encode()).hexdigest()[:12]
    cache = Path(tempfile.gettempdir()) / f"kg-bench-queries-{key}.nq"
    if not cache.exists():
        generate(cache, n_statements, per_doc, seed)
    store = KGStore(store_dir)
    store.store.bulk_load(path=str(cache), format=ox.RdfFormat.N_QUADS)
    edge_key = hashlib.sha1(key.encode() + Path(write_edges.__code__.co_filename).read_bytes()).hexdigest()[:12]
    edges = cache.with_name(f"kg-bench-queries-{key}-{edge_key}.edges.nq")
    if edges.exists():
        store.store.bulk_load(path=str(edges), format=ox.RdfFormat.N_QUADS)
    else:
        write_edges(store.store)
        tmp = edges.with_suffix(".part")
        quads = store.store.quads_for_pattern(None, None, None, ox.NamedNode(str(EDGE_GRAPH)))
        tmp.write_bytes(ox.serialize(quads, format=ox.RdfFormat.N_QUADS))  # with their graph, unlike dump(from_graph=)
        os.replace(tmp, edges)
    store.flush()
    union = None
    if with_rdflib:
        union = Dataset(default_union=True)
        for path in (cache, edges):
            union.parse(path, format="nquads")
    pair = next(iter(store.query(
        "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> SELECT ?a ?b (COUNT(*) AS ?n) "
        "WHERE { ?st rdf:subject ?a ; rdf:object ?b } GROUP BY ?a ?b ORDER BY DESC(?n) LIMIT 1")))
    n_st = int(next(iter(store.query(
        "PREFIX kg: <https://w3id.org/kg-news/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?st a kg:Statement }")))["n"].value)
    return store, union, n_st, (pair["a"].value, pair["b"].value)


def _child(fn, runs, conn) -> None:
    try:
        conn.send(timed(fn, runs))
    except Exception as exc:  # noqa: BLE001 - reported by the parent, not mistaken for a slow query
        conn.send(f"{type(exc).__name__}: {exc}")


def timed_capped(fn, runs: int, cap: float) -> tuple[float, int] | None:
    """``timed`` in a forked child (it shares the graph), or None when it runs longer than ``cap`` s."""
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_child, args=(fn, runs, child))
    proc.start()
    try:
        if parent.poll(cap):
            got = parent.recv()
            if isinstance(got, str):
                raise RuntimeError(f"rdflib failed: {got}")
            return got
        return None
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()


def timed(fn, runs: int) -> tuple[float, int]:
    wall, _cpu, n = timed_cpu(fn, runs)
    return wall, n


def timed_cpu(fn, runs: int) -> tuple[float, float, int]:
    """Median wall and CPU seconds of ``fn`` and its last row count. Oxigraph evaluates a query in
    this process on one thread, so its CPU time is what the query costs even when other jobs
    share the cores and stretch the wall time."""
    walls, cpus, n = [], [], 0
    for _ in range(runs):
        t0, c0 = time.perf_counter(), time.process_time()
        n = fn()
        walls.append(time.perf_counter() - t0)
        cpus.append(time.process_time() - c0)
    return statistics.median(walls), statistics.median(cpus), n


def _virtuoso(store_dir: str):
    """A Virtuoso loaded with ``kg push`` from the store, as a started ``Virtuoso`` (or why not)."""
    import importlib.util

    path = Path(__file__).resolve().parents[1] / "tests" / "remote" / "virtuoso.py"
    spec = importlib.util.spec_from_file_location("kg_bench_virtuoso", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    if not mod.virtuoso_binary():
        return None, "virtuoso-t is not installed (apt-get install virtuoso-opensource): Virtuoso skipped"
    from kg.remote import Endpoint, push

    v = mod.Virtuoso(startup_timeout=120).start()
    try:
        t0 = time.perf_counter()
        ep = Endpoint(v.sparql_auth, user=v.user, password=v.password, gsp_url=v.graph_crud_auth, timeout=600)
        report = push(store_dir, ep, batch_size=1_000)  # SPARQL Update as `kg push` does; 5,000 exhaust its compiler
        return v, f"pushed {report.triples:,} triples into Virtuoso with kg push (SPARQL Update) in {time.perf_counter() - t0:.0f} s"
    except BaseException:
        v.stop()
        raise


def _fmt_ms(t: float | None, cap: float | None = None) -> str:
    if t is None:
        return ">" + format(cap * 1000, ".0f") if cap else "-"
    return f"{t * 1000:.1f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--statements", type=int, default=65_000)
    ap.add_argument("--per-doc", type=int, default=20)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--oxigraph-runs", type=int, default=7)
    ap.add_argument("--rdflib-runs", type=int, default=1)
    ap.add_argument("--virtuoso-runs", type=int, default=5)
    ap.add_argument("--rdflib-cap", type=float, default=120.0, help="stop an rdflib query after this many seconds")
    ap.add_argument("--no-rdflib", action="store_true", help="leave rdflib out")
    ap.add_argument("--no-virtuoso", action="store_true", help="leave Virtuoso out")
    ap.add_argument("--query", action="append", help="only this shipped query (repeatable)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory(prefix="kg-bench-store-") as tmp:
        t0 = time.perf_counter()
        store, union, n_st, (a, b) = build(args.statements, args.per_doc, args.seed, tmp, not args.no_rdflib)
        n_edges = int(next(iter(store.query(
            "PREFIX kg: <https://w3id.org/kg-news/ontology#> SELECT (COUNT(*) AS ?n) WHERE { ?e a kg:Edge }")))["n"].value)
        print(f"built {n_st:,} statements and {n_edges:,} edges: {len(store):,} quads in Oxigraph"
              + (f", {len(union):,} quads in rdflib" if union is not None else "")
              + f" in {time.perf_counter() - t0:.0f} s", flush=True)
        if len(store) < 1_000_000:
            print("warning: fewer than a million quads; raise --statements", file=sys.stderr)
        virtuoso, note = (None, "Virtuoso left out (--no-virtuoso)") if args.no_virtuoso else (None, "")
        if not args.no_virtuoso:
            store.flush()
            store.close()  # kg push opens the store read-only in this process
            virtuoso, note = _virtuoso(tmp)
            store = KGStore(tmp, read_only=True)
        print(note, flush=True)
        try:
            _run_queries(args, store, union, virtuoso, a, b)
        finally:
            if virtuoso is not None:
                virtuoso.stop()
        store.close()


def _run_queries(args, store, union, virtuoso, a: str, b: str) -> None:
    from kg.remote import Endpoint

    remote = Endpoint(virtuoso.sparql, timeout=600) if virtuoso is not None else None
    print(f"{'query':22s} {'rows':>7s} {'ox page ms':>11s} {'(CPU)':>7s} {'ox all ms':>10s} {'(CPU)':>7s}"
          f" {'rdflib ms':>10s} {'speed-up':>9s} {'virt page ms':>13s} {'virt all ms':>12s}")
    worst_page = worst_all = 0.0
    worst_ratio = float("inf")
    top = next(iter(store.query(  # the actor with the most statements on its actor-level edges
        "PREFIX kg: <https://w3id.org/kg-news/ontology#> SELECT ?s (SUM(?n) AS ?total) WHERE { "
        "?e kg:level \"actor\" ; kg:edgeSubject ?s ; kg:statementCount ?n } GROUP BY ?s ORDER BY DESC(?total) LIMIT 1")))
    binding = {"a": a, "b": b, "actor": top["s"].value}
    for q in list_queries():
        if args.query and q.name not in args.query:
            continue
        text = bind_params(q, {**{p: binding[p] for p in q.params}, **OPTIONS.get(q.name, {})})
        page = page_query(text, PAGE) or text
        ox_all_fn = lambda: len(list(store.query(text)))  # noqa: E731
        ox_page_fn = lambda: len(list(store.query(page)))  # noqa: E731
        ox_all_fn()  # warm the caches
        ox_page, ox_page_cpu, _n = timed_cpu(ox_page_fn, args.oxigraph_runs)
        ox_all, ox_all_cpu, ox_n = timed_cpu(ox_all_fn, args.oxigraph_runs)
        worst_page, worst_all = max(worst_page, ox_page), max(worst_all, ox_all)
        cells = [f"{q.name:22s}", f"{ox_n:7d}", f"{ox_page * 1000:11.1f}", f"{ox_page_cpu * 1000:7.1f}",
                 f"{ox_all * 1000:10.1f}", f"{ox_all_cpu * 1000:7.1f}"]
        if union is not None:
            got = timed_capped(lambda: len(list(union.query(text))), args.rdflib_runs, args.rdflib_cap)
            if got is None:  # a lower bound: rdflib did not finish within the cap
                rd_t = args.rdflib_cap
                cells += [f"{'>' + format(rd_t * 1000, '.0f'):>10s}", f"{'>' + format(rd_t / ox_all, '.0f'):>8s}x"]
            else:
                rd_t, rd_n = got
                if rd_n != ox_n:
                    print(f"  {q.name}: rdflib gives {rd_n} rows, Oxigraph {ox_n}", file=sys.stderr)
                cells += [f"{rd_t * 1000:10.0f}", f"{rd_t / ox_all:8.0f}x"]
            worst_ratio = min(worst_ratio, rd_t / ox_all)
        else:
            cells += [f"{'-':>10s}", f"{'-':>9s}"]
        if remote is not None:
            def remote_rows(text=text):
                result = remote.query(text)
                return len(result) if isinstance(result, list) else len(list(result))
            remote_rows()
            v_page, _n = timed(lambda: remote_rows(page), args.virtuoso_runs)
            v_all, v_n = timed(remote_rows, args.virtuoso_runs)
            if v_n != ox_n:
                print(f"  {q.name}: Virtuoso gives {v_n} rows, Oxigraph {ox_n}", file=sys.stderr)
            cells += [f"{v_page * 1000:13.1f}", f"{v_all * 1000:12.1f}"]
        else:
            cells += [f"{'-':>13s}", f"{'-':>12s}"]
        print(" ".join(cells), flush=True)
    print(f"slowest on Oxigraph: first page {worst_page * 1000:.1f} ms, whole answer {worst_all * 1000:.1f} ms"
          + (f"; smallest speed-up over rdflib: {worst_ratio:.0f}x" if union is not None else ""))
    print("floor: what Oxigraph takes to list the same alliance statements with less and less of each row")
    for label, text in FLOOR:
        fn = lambda: len(list(store.query(PREFIXES + text)))  # noqa: E731
        fn()
        t, n = timed(fn, args.oxigraph_runs)
        print(f"  {label:52s} {n:7d} {t * 1000:8.1f} ms", flush=True)


if __name__ == "__main__":
    main()
