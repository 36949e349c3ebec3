"""What an output folder remembers between builds.

The Oxigraph store is the authority: each document's named graph carries ``kg:contentHash``,
the SHA-256 of the document (text and metadata) together with the *extraction fingerprint* (the
gazetteer, lexicons and extraction code that produced it). Same hash, same statements: the
document is not extracted again. A new lexicon or a new extractor changes every hash, so every
document is extracted again.

Beside the store, ``OUTDIR/.kg-build.sqlite`` keeps what a rebuild needs without re-reading the
statements: for each document graph its hash, counts, the entity records (the actors with
their labels, roll-up and Wikidata ids; pickled, as kg made them) its statements use, and the
graph already serialised for the output files. A row counts only when its hash
matches the store's, so a build killed between the two commits is repaired by the next run.
"""

from __future__ import annotations

import hashlib
import json
import pickle
import sqlite3
from pathlib import Path
from typing import Iterable, Iterator

import pyoxigraph as ox

from ..config import ontology_dir
from ..graph.namespaces import GRAPH, KG
from ..ingest.files import FileRecord
from ..graph.edges import Row
from ..model import Document, Entity

_ROW = "iri, s, rel, o, status, date, confidence, doc, start"

__all__ = ["fingerprint", "content_hash", "BuildState", "store_hashes", "entity_from_record", "entity_to_record"]

_KG_ROOT = Path(__file__).resolve().parents[1]


def _files_under(path: Path) -> Iterator[Path]:
    if path.is_dir():
        yield from sorted(p for p in path.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    elif path.is_file():
        yield path


def fingerprint(gazetteer_files: Iterable[str] = (), lexicon_files: Iterable[str] = (), min_confidence: float = 0.0) -> str:
    """SHA-256 of everything that decides what a document yields besides its own text."""
    onto = ontology_dir()
    h = hashlib.sha256()
    if min_confidence > 0:  # a different cut keeps different statements: every document is redone
        h.update(f"min_confidence={min_confidence!r}\0".encode())
    sources = [onto / "gazetteer", onto / "lexicon", *sorted(onto.glob("*.ttl")), *sorted(onto.glob("*.tsv")),
               _KG_ROOT / "nlp", _KG_ROOT / "model.py",
               _KG_ROOT / "graph" / "mapping.py", _KG_ROOT / "graph" / "namespaces.py"]
    sources += [Path(f) for f in gazetteer_files] + [Path(f) for f in lexicon_files]
    for src in sources:
        for f in _files_under(src):
            h.update(str(f.name).encode() + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()


def content_hash(doc: Document | FileRecord, fp: str) -> str:
    """The ``kg:contentHash`` of a document built with extraction fingerprint ``fp``.

    A file not yet decoded (``FileRecord``) is hashed as its bytes, with what decides how they are
    read: the same file read the same way is the same document.
    """
    if isinstance(doc, FileRecord):
        meta = json.dumps(["file", doc.id, doc.source, doc.lang, doc.max_chars], ensure_ascii=False)
        body = doc.raw
    else:
        meta = json.dumps([doc.id, doc.source, doc.line, doc.title, doc.url, doc.date, doc.lang], ensure_ascii=False)
        body = doc.text.encode("utf-8", "surrogatepass")
    h = hashlib.sha256()
    h.update(fp.encode() + b"\0" + meta.encode("utf-8") + b"\0")
    h.update(body)
    return h.hexdigest()


def store_hashes(store: ox.Store) -> dict[str, str]:
    """Document graph IRI -> content hash, for every document in the store."""
    q = f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?d <{KG.contentHash}> ?h }} }}"
    return {sol["g"].value: sol["h"].value for sol in store.query(q)}


def entity_from_record(blob: bytes) -> Entity:
    """An entity as ``entity_to_record`` stored it (a pickle of kg's own frozen record, written by kg)."""
    return pickle.loads(blob)


def entity_to_record(e: Entity) -> bytes:
    return pickle.dumps(e, protocol=4)


class BuildState:
    """The SQLite side table of an output folder (see the module docstring)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.db = sqlite3.connect(str(path))
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.executescript(
            """
            CREATE TABLE IF NOT EXISTS docs (graph TEXT PRIMARY KEY, doc_id TEXT, hash TEXT, sentences INTEGER,
                statements INTEGER, by_relation TEXT, by_status TEXT);
            CREATE TABLE IF NOT EXISTS entities (graph TEXT, key TEXT, record BLOB, PRIMARY KEY (graph, key));
            CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT);
            CREATE TABLE IF NOT EXISTS blocks (graph TEXT PRIMARY KEY, trig BLOB, ttl BLOB, shared BLOB, own INTEGER);
            CREATE TABLE IF NOT EXISTS stmts (graph TEXT, iri TEXT, s TEXT, rel TEXT, o TEXT, status TEXT, date TEXT,
                confidence REAL, doc TEXT, start INTEGER);
            CREATE INDEX IF NOT EXISTS stmts_graph ON stmts (graph);
            CREATE INDEX IF NOT EXISTS stmts_sro ON stmts (s, rel, o);
            CREATE INDEX IF NOT EXISTS stmts_o ON stmts (o);
            CREATE TABLE IF NOT EXISTS rollup (entity TEXT PRIMARY KEY, actor TEXT);
            """
        )
        self.db.commit()

    def close(self) -> None:
        self.db.close()

    def put(self, results: list) -> None:
        """Record extracted documents (one transaction)."""
        with self.db:
            for r in results:
                self.db.execute("DELETE FROM entities WHERE graph = ?", (r.graph,))
                self.db.execute(
                    "INSERT OR REPLACE INTO docs VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (r.graph, r.doc_id, r.hash, r.sentences, r.statements, json.dumps(r.by_relation, sort_keys=True),
                     json.dumps(r.by_status, sort_keys=True)),
                )
                self.db.executemany("INSERT OR REPLACE INTO entities VALUES (?, ?, ?)", [(r.graph, k, rec) for k, rec in r.entities])
                self.db.execute("DELETE FROM blocks WHERE graph = ?", (r.graph,))
                self.db.execute("DELETE FROM stmts WHERE graph = ?", (r.graph,))
                self.db.executemany("INSERT INTO stmts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                                    [(r.graph, *row) for row in r.rows])
                b = r.blocks
                if b is not None:
                    self.db.execute("INSERT INTO blocks VALUES (?, ?, ?, ?, ?)", (r.graph, b.trig, b.ttl, b.shared, b.own))

    def drop(self, graphs: Iterable[str]) -> None:
        with self.db:
            for g in graphs:
                self.db.execute("DELETE FROM docs WHERE graph = ?", (g,))
                self.db.execute("DELETE FROM entities WHERE graph = ?", (g,))
                self.db.execute("DELETE FROM blocks WHERE graph = ?", (g,))
                self.db.execute("DELETE FROM stmts WHERE graph = ?", (g,))

    # ------------------------------------------------------------------ statement rows, for the edges
    def rows(self, graphs: Iterable[str] | None = None) -> list[Row]:
        """The statement rows of ``graphs`` (every document's when None)."""
        if graphs is None:
            return [Row(*r) for r in self.db.execute(f"SELECT {_ROW} FROM stmts")]
        out: list[Row] = []
        for g in graphs:
            out += [Row(*r) for r in self.db.execute(f"SELECT {_ROW} FROM stmts WHERE graph = ?", (g,))]
        return out

    def rows_involving(self, entities: Iterable[str]) -> list[Row]:
        """The rows whose subject or object is one of ``entities``."""
        out: dict[str, Row] = {}
        for e in entities:
            for r in self.db.execute(f"SELECT {_ROW} FROM stmts WHERE s = ? UNION ALL SELECT {_ROW} FROM stmts WHERE o = ?",
                                     (e, e)):
                out[r[0] + "|" + r[7]] = Row(*r)
        return list(out.values())

    def rows_between(self, subjects: Iterable[str], rel: str, objects: Iterable[str]) -> list[Row]:
        """The rows with relation ``rel`` from any of ``subjects`` to any of ``objects``."""
        objs = set(objects)
        out: list[Row] = []
        for s in sorted(set(subjects)):
            for r in self.db.execute(f"SELECT {_ROW} FROM stmts WHERE s = ? AND rel = ?", (s, rel)):
                if r[3] in objs:
                    out.append(Row(*r))
        return out

    def rollup(self) -> dict[str, str]:
        """The roll-up (entity IRI → actor IRI) the edges in the store were computed with."""
        return dict(self.db.execute("SELECT entity, actor FROM rollup"))

    def set_rollup(self, rollup: dict[str, str], meta: dict[str, str]) -> None:
        """Record the roll-up the edges now follow, with ``meta`` entries, in one transaction."""
        with self.db:
            self.db.execute("DELETE FROM rollup")
            self.db.executemany("INSERT INTO rollup VALUES (?, ?)", sorted(rollup.items()))
            for k, v in meta.items():
                self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (k, v))

    def known(self) -> dict[str, str]:
        """Graph -> hash of every recorded document."""
        return dict(self.db.execute("SELECT graph, hash FROM docs"))

    def totals(self, graphs: set[str]) -> tuple[int, int, dict[str, int], dict[str, int]]:
        sentences = statements = 0
        by_rel: dict[str, int] = {}
        by_status: dict[str, int] = {}
        for g, s, n, rel, st in self.db.execute("SELECT graph, sentences, statements, by_relation, by_status FROM docs"):
            if g not in graphs:
                continue
            sentences += s
            statements += n
            for k, v in json.loads(rel).items():
                by_rel[k] = by_rel.get(k, 0) + v
            for k, v in json.loads(st).items():
                by_status[k] = by_status.get(k, 0) + v
        return sentences, statements, by_rel, by_status

    def entities(self, graphs: set[str]) -> list[Entity]:
        """One record per entity key over ``graphs``: the one from the first graph in IRI order."""
        out: dict[str, Entity] = {}
        for g, key, rec in self.db.execute("SELECT graph, key, record FROM entities ORDER BY key, graph"):
            if g in graphs and key not in out:
                out[key] = entity_from_record(rec)
        return list(out.values())

    def blocks(self, graph: str):
        """The kept serialised pieces of a document graph (``output.Blocks``), or None."""
        from .output import Blocks

        row = self.db.execute("SELECT trig, ttl, shared, own FROM blocks WHERE graph = ?", (graph,)).fetchone()
        return Blocks(*row) if row else None

    def get_meta(self, key: str) -> str | None:
        row = self.db.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str | None) -> None:
        with self.db:
            if value is None:
                self.db.execute("DELETE FROM meta WHERE key = ?", (key,))
            else:
                self.db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))


_GRAPHS = str(GRAPH)
_NOT_DOCUMENTS = frozenset((str(GRAPH["entities"]), str(GRAPH["ontology"]), str(GRAPH["edges"])))


def is_document_graph(iri: str) -> bool:
    return iri.startswith(_GRAPHS) and iri not in _NOT_DOCUMENTS
