"""kg as a library: ``extract`` statements from news, ``build`` the graph into an output folder."""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from rdflib import Dataset, Graph

from .errors import InputError
from .graph.mapping import document_graph, entity_graph, entity_iri, graph_iri
from .graph.namespaces import ENTITY_GRAPH, bind_all
from .graph.store import ONTOLOGY_GRAPH, KGStore
from .ingest import iter_documents
from .model import Document, Entity, Statement
from .nlp.gazetteer import load_gazetteer
from .nlp.pipeline import extract_document, get_pipeline

__all__ = ["extract", "extract_documents", "build", "BuildReport", "entities_of"]


def extract_documents(
    documents: Iterable[Document], gazetteer_files: Iterable[str] = (), lexicon_files: Iterable[str] = ()
) -> Iterator[tuple[Document, list[Statement]]]:
    """Each document with its statements."""
    gz, lx = tuple(map(str, gazetteer_files)), tuple(map(str, lexicon_files))
    for doc in documents:
        yield doc, extract_document(doc, get_pipeline(doc.lang, gz, lx))


def extract(paths: Iterable[str | Path], lang: str = "id", **kw) -> list[Statement]:
    """Statements of every document under ``paths``.

    Examples
    --------
    >>> sts = kg.extract(["seeds/"])  # doctest: +SKIP
    """
    out: list[Statement] = []
    for _doc, sts in extract_documents(iter_documents(paths, lang=lang), **kw):
        out.extend(sts)
    return out


def entities_of(statements: Iterable[Statement], gazetteer_files: Iterable[str] = ()) -> dict[str, Entity]:
    """Every entity the statements use, with the states and organisations they roll up to."""
    gaz = load_gazetteer(tuple(map(str, gazetteer_files)))
    ents: dict[str, Entity] = {}
    for st in statements:
        for e in (st.subject, st.object, *st.attributed_to):
            ents.setdefault(e.key, e)
    todo = [e.acts_for for e in ents.values() if e.acts_for]
    while todo:
        key = todo.pop()
        if key in ents:
            continue
        e = gaz.get(key)
        if e is not None:
            ents[key] = e
            if e.acts_for:
                todo.append(e.acts_for)
    return ents


@dataclass
class BuildReport:
    """What a build did, for the summary printed by ``kg build``."""

    documents: int = 0
    sentences: int = 0
    entities: int = 0
    statements: int = 0
    by_relation: Counter = field(default_factory=Counter)
    by_status: Counter = field(default_factory=Counter)
    skipped: list[str] = field(default_factory=list)
    outputs: dict[str, str] = field(default_factory=dict)
    triples: int = 0


def content_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _atomic_write(path: Path, data: bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it: readers never see half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix="." + path.name + ".", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def build(
    paths: Iterable[str | Path],
    outdir: str | Path,
    lang: str = "id",
    gazetteer_files: Iterable[str] = (),
    lexicon_files: Iterable[str] = (),
    render: bool = True,
    render_options: dict | None = None,
    progress: Callable[[Document, list[Statement]], None] | None = None,
) -> BuildReport:
    """Extract statements from ``paths`` and write kg.ttl, statements.trig, store/ and graph.html.

    The store is built in a temporary folder and swapped in at the end, and every file is written
    atomically, so a failed or killed build leaves the previous outputs as they were.
    """
    from .ontology import ontology_graph

    outdir = Path(outdir)
    outdir.mkdir(parents=True, exist_ok=True)
    report = BuildReport()
    errors: list[InputError] = []
    docs_graphs: list[Graph] = []
    all_statements: list[Statement] = []
    for doc, sts in extract_documents(iter_documents(paths, errors, lang=lang), gazetteer_files, lexicon_files):
        report.documents += 1
        report.sentences += len(set(s.sentence_index for s in sts)) if False else _count_sentences(doc)
        all_statements.extend(sts)
        docs_graphs.append(document_graph(doc, sts, content_hash(doc.text)))
        if progress:
            progress(doc, sts)
    report.skipped = [str(e) for e in errors]
    if report.documents == 0:
        raise InputError("no readable documents" + (": " + "; ".join(report.skipped) if report.skipped else ""))
    ents = entities_of(all_statements, gazetteer_files)
    egraph = entity_graph(ents.values(), Graph(identifier=ENTITY_GRAPH))
    onto = ontology_graph()
    report.entities = len(ents)
    report.statements = len(all_statements)
    report.by_relation = Counter(s.predicate for s in all_statements)
    report.by_status = Counter(s.status for s in all_statements)

    ds = Dataset()
    bind_all(ds)
    for g in [egraph, *docs_graphs]:
        target = ds.graph(g.identifier)
        for t in g:
            target.add(t)
    merged = Graph()
    bind_all(merged)
    for g in [onto, egraph, *docs_graphs]:
        for t in g:
            merged.add(t)
    report.triples = len(merged)
    _atomic_write(outdir / "kg.ttl", merged.serialize(format="turtle", encoding="utf-8"))
    _atomic_write(outdir / "statements.trig", ds.serialize(format="trig", encoding="utf-8"))

    store_dir = outdir / "store"
    tmp_dir = Path(tempfile.mkdtemp(prefix=".store.", dir=outdir))
    try:
        with KGStore(tmp_dir) as store:
            store.replace_graph(str(ONTOLOGY_GRAPH), onto)
            store.replace_graph(str(ENTITY_GRAPH), egraph)
            for g in docs_graphs:
                store.replace_graph(str(g.identifier), g)
        old = None
        if store_dir.exists():
            old = outdir / f".store.old.{os.getpid()}"
            os.replace(store_dir, old)
        os.replace(tmp_dir, store_dir)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    finally:
        if tmp_dir.exists():
            shutil.rmtree(tmp_dir, ignore_errors=True)
    report.outputs = {"kg.ttl": str(outdir / "kg.ttl"), "statements.trig": str(outdir / "statements.trig"), "store": str(store_dir)}
    if render:
        from .render import render_html

        html_path = outdir / "graph.html"
        render_html(store_dir, html_path, **(render_options or {}))
        report.outputs["graph.html"] = str(html_path)
    return report


def _count_sentences(doc: Document) -> int:
    nlp = get_pipeline(doc.lang)
    # the sentence splitter alone is cheap; reuse the pipeline's component
    d = nlp.make_doc(doc.text)
    nlp.get_pipe("kg_sentences")(d)
    return sum(1 for s in d.sents if s.text.strip())
