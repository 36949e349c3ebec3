"""The unit of work every executor runs: documents in, N-Quads and bookkeeping out.

It runs in the build process (``--workers 1``), in worker processes (``--workers N``) or on Dask
workers (``--dask``). Each process builds its spaCy pipeline once (spaCy pipelines do not pickle
well, so they never travel) and returns plain data: the document's named graph as N-Quads bytes,
the entity records its statements use, and counts for the summary.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass, field, replace

from ..errors import KGError
from ..ingest.files import FileRecord
from ..model import Document

__all__ = ["Config", "Result", "process", "process_batch"]

_LOCK = threading.Lock()


@dataclass(frozen=True)
class Config:
    """What a worker needs besides the documents: extra gazetteers and lexicons."""

    gazetteer_files: tuple[str, ...] = ()
    lexicon_files: tuple[str, ...] = ()
    langs: tuple[str, ...] = ("id", "en")
    min_confidence: float = 0.0


@dataclass
class Result:
    graph: str
    doc_id: str
    hash: str
    source: str = ""
    line: int | None = None
    nquads: bytes = b""  # the named graph
    blocks: object = None  # output.Blocks: the graph serialised for kg.ttl and statements.trig
    entities: list[tuple[str, bytes]] = field(default_factory=list)
    rows: list = field(default_factory=list)  # graph.edges.Row of each statement, for the edges
    sentences: int = 0
    statements: int = 0
    by_relation: dict[str, int] = field(default_factory=dict)
    by_status: dict[str, int] = field(default_factory=dict)
    error: str | None = None
    input_error: bool = False


_LONG = re.compile(r"\S{1000,}")


def defuse(doc: Document) -> Document:
    """The document with every run of 1,000+ non-space characters blanked to as many ``x``.

    No word is that long, and spaCy's tokenizer is quadratic on long runs of punctuation (10,000
    ``<`` take 20 s), so such runs are noise that could stall a build. Same length: offsets hold.
    """
    if not _LONG.search(doc.text):
        return doc
    return replace(doc, text=_LONG.sub(lambda m: "x" * len(m.group(0)), doc.text))


def process(doc: Document | FileRecord, hash_: str, cfg: Config) -> Result:
    """Extract one document and map it to RDF; a failure becomes ``Result.error``, never an exception."""
    from ..api import entities_of
    from ..graph.mapping import document_graph, graph_name, statement_rows
    from ..nlp.pipeline import get_pipeline, parse
    from .output import nquads_blocks
    from .state import entity_to_record

    from ..ingest.files import settle_language

    g = graph_name(doc.id)
    res = Result(graph=g, doc_id=doc.id, hash=hash_, source=doc.source, line=doc.line)
    read = doc.read() if isinstance(doc, FileRecord) else doc  # a file's bytes are decoded here, in the worker
    settled = read if isinstance(read, KGError) else settle_language(read, cfg.langs)  # detection too
    if isinstance(settled, KGError):
        res.error, res.input_error = getattr(settled, "reason", str(settled)), True
        res.line = getattr(settled, "line", None) if res.line is None else res.line
        return res
    doc = settled
    try:
        with _LOCK:  # one pipeline per process; Dask may run tasks in threads
            nlp = get_pipeline(doc.lang, cfg.gazetteer_files, cfg.lexicon_files)
            safe = defuse(doc)
            parsed = parse(safe, nlp)  # one pass: statements and the sentence count from the same Doc
            sts = [st for st in parsed._.kg_statements if st.confidence >= cfg.min_confidence]
            res.sentences = sum(1 for s in parsed.sents if s.text.strip())
        graph = document_graph(doc, sts, hash_)
        nt = graph.serialize(format="nt", encoding="utf-8")
        suffix = f" <{g}> .\n".encode()
        res.nquads = b"".join(line[:-3] + suffix for line in nt.splitlines(keepends=True) if line.endswith(b" .\n"))
        res.blocks = nquads_blocks(res.nquads)  # serialised here, in parallel, not by the final write
        ents = entities_of(sts, cfg.gazetteer_files)
        res.entities = sorted((k, entity_to_record(e)) for k, e in ents.items())
        res.rows = statement_rows(doc, sts)
        res.statements = len(sts)
        res.by_relation = dict(Counter(s.predicate for s in sts))
        res.by_status = dict(Counter(s.status for s in sts))
    except (KGError, RecursionError, MemoryError, ValueError) as exc:
        res.error = f"{exc.__class__.__name__}: {exc}"
    return res


def process_batch(items: list[tuple[Document | FileRecord, str]], cfg: Config) -> list[Result]:
    """``process`` over a batch: the task Dask and the process pool run."""
    return [process(doc, h, cfg) for doc, h in items]
