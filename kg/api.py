"""kg as a library: ``extract`` statements from news, ``build`` the graph into an output folder."""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Iterator

from .builder.run import BuildReport
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


def extract(paths: Iterable[str | Path], lang: str = "auto", **kw) -> list[Statement]:
    """Statements of every document under ``paths``.

    ``lang`` is ``auto`` (detected per document, as ``kg extract`` and ``kg build`` do), ``id`` or ``en``.

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


def build(paths: Iterable[str | Path], outdir: str | Path, **kw) -> BuildReport:
    """Extract statements from ``paths`` and write kg.ttl, statements.trig, store/ and graph.html.

    Incremental (unchanged documents are not extracted again), parallel (``workers=N``) or
    distributed (``dask=ADDRESS``); see ``kg.builder.run.build`` for every option.

    Examples
    --------
    >>> report = kg.build(["seeds/"], "output/", workers=2)  # doctest: +SKIP
    """
    from .builder.run import build as _build

    return _build(paths, outdir, **kw)
