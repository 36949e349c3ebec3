"""Incremental builds: nothing is extracted twice, changes replace their own graph, and the
outputs are always the bytes a clean build writes."""

from __future__ import annotations

import filecmp
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph

from kg.builder import build

OUTS = ("kg.ttl", "statements.trig")


def _build(paths, out, **kw):
    return build(paths, out, render=False, **kw)


def _same(a: Path, b: Path) -> None:
    for name in OUTS:
        assert filecmp.cmp(a / name, b / name, shallow=False), name


def _store_quads(out: Path) -> set:
    """Every quad of the store but the ontology's OWL lists (blank nodes the store names at random)."""
    store = ox.Store.read_only(str(out / "store"))
    return {str(q) for q in store if not isinstance(q.subject, ox.BlankNode) and not isinstance(q.object, ox.BlankNode)}


def test_rebuild_extracts_nothing_and_writes_the_same_bytes(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    first = _build([corpus], out)
    assert first.extracted == 12 and first.unchanged == 0 and first.statements > 12
    before = {n: (out / n).read_bytes() for n in OUTS}
    again = _build([corpus], out)
    assert (again.extracted, again.unchanged, again.removed) == (0, 12, 0)
    assert not again.rewritten
    assert (again.statements, again.entities, again.sentences, again.triples) == (
        first.statements, first.entities, first.sentences, first.triples)
    assert {n: (out / n).read_bytes() for n in OUTS} == before


def test_changed_added_and_removed_documents_match_a_clean_build(corpus: Path, tmp_path: Path, make_article):
    out = tmp_path / "out"
    _build([corpus], out)
    docs = sorted(corpus.rglob("*.txt"))
    docs[3].write_text(make_article(1000), encoding="utf-8")  # changed
    docs[5].unlink()  # removed
    (corpus / "part-001" / "baru.txt").write_text(make_article(2000), encoding="utf-8")  # added
    report = _build([corpus], out, prune=True)
    assert (report.extracted, report.unchanged, report.removed) == (2, 10, 1)
    clean = tmp_path / "clean"
    _build([corpus], clean)
    _same(out, clean)
    assert _store_quads(out) == _store_quads(clean)
    ds = Dataset().parse(out / "statements.trig", format="trig")
    graphs = {str(c.identifier).rsplit("/", 1)[-1] for c in ds.graphs()}
    assert "baru" in graphs and docs[5].stem not in graphs and docs[3].stem in graphs


def test_without_prune_removed_documents_stay(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    _build([corpus], out)
    gone = sorted(corpus.rglob("*.txt"))[0]
    gone.unlink()
    report = _build([corpus], out)
    assert report.documents == 12 and report.removed == 0
    assert gone.stem in (out / "statements.trig").read_text(encoding="utf-8")
    report = _build([corpus], out, prune=True)
    assert report.documents == 11 and report.removed == 1
    assert f"graph/{gone.stem}" not in (out / "statements.trig").read_text(encoding="utf-8")


@pytest.mark.parametrize("workers", [1, 2])
def test_a_document_turned_unreadable_is_reported_and_its_old_statements_go(corpus: Path, tmp_path: Path, workers: int):
    """Its old statements point at words the file no longer holds, so they go (with or without
    --prune), and the outputs are a clean build's. The file is decoded where it is extracted (in
    a worker, with two), and still reported with its line."""
    out = tmp_path / "out"
    _build([corpus], out)
    broken = sorted(corpus.rglob("*.txt"))[2]
    broken.write_bytes(b"Jakarta -\nteks \xff\xfe rusak \xc3\xa9")
    report = _build([corpus], out, workers=workers)
    assert report.skipped == [f"{broken}:2: not valid UTF-8 (byte 15: b'\\xff')"]
    assert report.documents == 11 and report.extracted == 0
    assert f"graph/{broken.stem}" not in (out / "statements.trig").read_text(encoding="utf-8")
    clean = tmp_path / "clean"
    _build([corpus], clean)
    _same(out, clean)


def test_metadata_change_rebuilds_only_that_document(tmp_path: Path):
    out = tmp_path / "out"
    src = tmp_path / "feed.jsonl"
    import json

    rows = [{"id": f"d{i}", "text": f"Rusia memasok rudal ke Iran pada Rabu (19/6/2024). Catatan {i}.", "title": "t"} for i in range(4)]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    _build([src], out)
    rows[2]["title"] = "judul baru"
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    report = _build([src], out)
    assert (report.extracted, report.unchanged) == (1, 3)
    g = Graph().parse(out / "kg.ttl")
    titles = {str(o) for o in g.objects(None, __import__("rdflib").DCTERMS.title)}
    assert titles == {"t", "judul baru"}
    sources = {str(o) for o in g.objects(None, __import__("rdflib").DCTERMS.source)}
    assert f"{src}:3" in sources  # the source line of each row


def test_outputs_parse_and_every_document_is_there(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    report = _build([corpus], out)
    g = Graph().parse(out / "kg.ttl")
    assert len(g) == report.triples
    docs = set(g.subjects(__import__("rdflib").RDF.type, __import__("rdflib").URIRef("https://w3id.org/kg-news/ontology#Document")))
    assert len(docs) == 12


def test_a_new_lexicon_rebuilds_everything(corpus: Path, tmp_path: Path):
    out = tmp_path / "out"
    _build([corpus], out)
    lex = tmp_path / "extra.jsonl"
    lex.write_text("", encoding="utf-8")
    report = _build([corpus], out, lexicon_files=[str(lex)])
    assert report.extracted == 12


@pytest.mark.slow
def test_two_workers_write_the_same_bytes(corpus: Path, tmp_path: Path):
    one, two = tmp_path / "one", tmp_path / "two"
    _build([corpus], one)
    spool = two / ".kg-spool"
    spool.mkdir(parents=True)
    (spool / "left-by-a-killed-build").write_bytes(b"not a pickle")  # must be cleared, never read
    report = _build([corpus], two, workers=2, batch_size=3)
    assert report.extracted == 12
    _same(one, two)
    assert not spool.exists()  # results came back through files, removed as read


def test_spooled_results_are_the_results(corpus: Path, tmp_path: Path):
    """A worker's batch written to the spool reads back as the very results ``process_batch`` gives."""
    from kg.builder.executors import _unspool, spooled_batch
    from kg.builder.state import content_hash
    from kg.builder.work import Config, process_batch
    from kg.ingest import iter_documents

    docs = [(d, content_hash(d, "fp")) for d in list(iter_documents([corpus]))[:2]]
    spool = tmp_path / "spool"
    spool.mkdir()
    path = spooled_batch(docs, Config(), str(spool))
    assert [p.name for p in spool.iterdir()] == [Path(path).name]  # no ".part" left
    back, direct = _unspool(path), process_batch(docs, Config())
    assert not Path(path).exists()
    assert [(r.graph, r.nquads, r.statements, r.entities) for r in back] == [
        (r.graph, r.nquads, r.statements, r.entities) for r in direct]
    assert all(r.statements > 0 for r in back)


@pytest.mark.slow
def test_dask_local_cluster_writes_the_same_bytes(corpus: Path, tmp_path: Path):
    distributed = pytest.importorskip("distributed")
    one, dask_out = tmp_path / "one", tmp_path / "dask"
    _build([corpus], one)
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
        report = _build([corpus], dask_out, dask=cluster.scheduler_address, dask_partition=3)
        assert len(cluster.workers) == 2
    assert report.extracted == 12
    _same(one, dask_out)
    assert _store_quads(one) == _store_quads(dask_out)


def test_seed_and_corpus_together(corpus: Path, seed_dir: Path, tmp_path: Path):
    out = tmp_path / "out"
    shutil.copy(seed_dir / "tribunnews-2024-06-19-putin-kim.txt", corpus)
    report = _build([corpus], out)
    assert report.documents == 13 and "suppliesTechnologyTo" in report.by_relation


def test_kept_pieces_write_the_bytes_of_a_streamed_serialisation(corpus: Path, seed_dir: Path, tmp_path: Path):
    """The outputs are concatenated from pieces each worker serialised; serialising the whole
    store in one stream, as a reader of the store would, must give the same bytes and count."""
    from kg.builder.output import write_outputs, write_outputs_streamed
    from kg.builder.state import BuildState

    out = tmp_path / "out"
    report = _build([corpus, seed_dir], out)
    state = BuildState(out / ".kg-build.sqlite")
    try:
        kept = [g for g in state.known() if state.blocks(g) is not None]
    finally:
        state.close()
    assert len(kept) == report.documents  # every document's pieces were kept
    store = ox.Store.read_only(str(out / "store"))
    ref, fresh = tmp_path / "streamed", tmp_path / "fresh"
    ref.mkdir(), fresh.mkdir()
    assert write_outputs_streamed(store, ref) == report.triples
    assert write_outputs(store, fresh) == report.triples  # no kept pieces: serialised from the store
    _same(out, ref)
    _same(out, fresh)
