"""Write ``kg.ttl`` and ``statements.trig`` from the store, streaming, in a deterministic order.

Both hold the entities, the edges (``kgg:edges``) and every document graph; kg.ttl also the ontology.

The order is fixed by the content alone (graphs by IRI, triples by subject, predicate, object),
never by the order documents were extracted in, so a clean build, an incremental rebuild, a
parallel and a Dask build all write the same bytes. Only one graph is held in memory at a time,
plus the set of triples that several documents share (the plain ``?s kg:rel ?o`` triples),
which grows with the number of entity pairs, not with the corpus. Files are written to a
temporary name and renamed, so a reader never sees half a file.

Serialising is most of the cost of writing, and it is per document: so each document's pieces
(its TriG block, its own Turtle triples, the triples it may share with others) are made once, by
whichever process extracted it (``graph_blocks``), kept beside the store, and the final write is
mostly a concatenation. A graph without kept pieces is serialised from the store here, to the
same bytes.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Callable, Iterable, Iterator

import pyoxigraph as ox

from ..graph.namespaces import DOC, EDGE_GRAPH, ENTITY_GRAPH, STMT, _PREFIXES
from ..graph.store import ONTOLOGY_GRAPH
from .state import is_document_graph

__all__ = ["write_outputs", "atomic_output", "PREFIXES", "Blocks", "graph_blocks", "nquads_blocks"]

PREFIXES = {p: str(ns) for p, ns in _PREFIXES.items()}
PREFIXES.update({
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
})
_OWN = (str(DOC), str(STMT))


def _key(q) -> tuple[str, str, str]:
    return (str(q.subject), str(q.predicate), str(q.object))


def document_graphs(store: ox.Store) -> list[str]:
    return sorted(g.value for g in store.named_graphs() if isinstance(g, ox.NamedNode) and is_document_graph(g.value))


def _graph_quads(store: ox.Store, name: str) -> list[ox.Quad]:
    quads = list(store.quads_for_pattern(None, None, None, ox.NamedNode(name)))
    if any(isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode) for q in quads):
        quads = _canonical_blank_nodes(quads, ox.NamedNode(name))
    return sorted(quads, key=_key)


def _canonical_blank_nodes(quads: list[ox.Quad], graph: ox.NamedNode) -> list[ox.Quad]:
    """Relabel blank nodes (the ontology's OWL lists) by content, as rdflib's canonical graph does:
    the store names them at random, the output must not."""
    from rdflib import BNode, Graph, Literal, URIRef
    from rdflib.compare import to_canonical_graph

    def to_rdflib(t):
        if isinstance(t, ox.NamedNode):
            return URIRef(t.value)
        if isinstance(t, ox.BlankNode):
            return BNode(t.value)
        return Literal(t.value, lang=t.language or None, datatype=None if t.language else URIRef(t.datatype.value))

    def to_ox(t):
        if isinstance(t, URIRef):
            return ox.NamedNode(str(t))
        if isinstance(t, BNode):
            return ox.BlankNode(str(t))
        if t.language:
            return ox.Literal(str(t), language=t.language)
        return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype))) if t.datatype else ox.Literal(str(t))

    g = Graph()
    for q in quads:
        g.add((to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object)))
    return [ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph) for s, p, o in to_canonical_graph(g)]


@dataclass(frozen=True)
class Blocks:
    """One document graph, serialised: its TriG block, its own Turtle triples (statements and the
    document node, which no other graph has) and the triples other graphs may share, as N-Triples."""

    trig: bytes
    ttl: bytes
    shared: bytes
    own: int


@lru_cache(maxsize=None)
def _header(fmt_name: str) -> bytes:
    """The ``@prefix`` lines the serialiser writes before its first triple."""
    fmt = getattr(ox.RdfFormat, fmt_name)
    probe = ox.Quad(ox.NamedNode("urn:x:s"), ox.NamedNode("urn:x:p"), ox.NamedNode("urn:x:o"), ox.NamedNode("urn:x:g"))
    out = ox.serialize([probe] if fmt_name == "TRIG" else [probe.triple], format=fmt, prefixes=PREFIXES)
    return out[: out.index(b"\n", out.rindex(b"@prefix")) + 1]


def _body(items: list, fmt_name: str) -> bytes:
    if not items:
        return b""
    out = ox.serialize(items, format=getattr(ox.RdfFormat, fmt_name), prefixes=PREFIXES)
    head = _header(fmt_name)
    assert out.startswith(head)
    return out[len(head):]


def _is_own(q) -> bool:
    s = q.subject
    return isinstance(s, ox.NamedNode) and s.value.startswith(_OWN)


def graph_blocks(quads: Iterable[ox.Quad]) -> Blocks:
    """The serialised pieces of one document graph (``quads`` in any order)."""
    quads = list(quads)
    if quads and any(isinstance(q.subject, ox.BlankNode) or isinstance(q.object, ox.BlankNode) for q in quads):
        quads = _canonical_blank_nodes(quads, quads[0].graph_name)
    quads.sort(key=_key)
    own = [q.triple for q in quads if _is_own(q)]
    shared = [q.triple for q in quads if not _is_own(q)]
    nt = ox.serialize(shared, format=ox.RdfFormat.N_TRIPLES) if shared else b""
    return Blocks(_body(quads, "TRIG"), _body(own, "TURTLE"), nt, len(own))


def nquads_blocks(nquads: bytes) -> Blocks:
    """``graph_blocks`` of a document graph given as N-Quads (what extraction hands back)."""
    return graph_blocks(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))


def write_outputs(store: ox.Store, outdir: Path, blocks: Callable[[str], Blocks | None] | None = None) -> int:
    """Write ``outdir/statements.trig`` and ``outdir/kg.ttl``; return the number of triples in kg.ttl.

    ``blocks(graph)`` gives a document graph's kept pieces, or None to serialise it from the store.
    Both files are written side by side in one pass over the documents (each graph's pieces are
    fetched or made once), to temporary files renamed one right after the other at the end.
    """
    from .faults import fault_point

    docs = document_graphs(store)
    trig = atomic_output(outdir / "statements.trig", defer=True)
    ttl = atomic_output(outdir / "kg.ttl", defer=True)
    get = blocks or (lambda g: None)
    count = 0
    try:
        with trig as trig_fh, ttl as ttl_fh:
            entities = graph_blocks(_graph_quads(store, str(ENTITY_GRAPH))).trig
            edges = _body(_graph_quads(store, str(EDGE_GRAPH)), "TRIG")
            trig_fh.write(_header("TRIG") if entities or edges or docs else b"")
            trig_fh.write(entities)
            trig_fh.write(edges)
            ttl_fh.write(_header("TURTLE"))
            for g in (str(ONTOLOGY_GRAPH), str(ENTITY_GRAPH), str(EDGE_GRAPH)):
                quads = _graph_quads(store, g)
                count += len(quads)
                ttl_fh.write(_body([q.triple for q in quads], "TURTLE"))
            shared: dict[tuple[str, str, str], ox.Triple] = {}
            for g in docs:
                b = get(g) or graph_blocks(store.quads_for_pattern(None, None, None, ox.NamedNode(g)))
                trig_fh.write(b.trig)
                ttl_fh.write(b.ttl)
                count += b.own
                if b.shared:
                    for t in ox.parse(b.shared, format=ox.RdfFormat.N_TRIPLES):
                        shared.setdefault(_key(t), t)
            ttl_fh.write(_body([shared[k] for k in sorted(shared)], "TURTLE"))
            count += len(shared)
        fault_point("between-outputs")
        trig.commit()
        ttl.commit()
    finally:
        trig.discard()
        ttl.discard()
    return count


def write_outputs_streamed(store: ox.Store, outdir: Path) -> int:
    """The same two files serialised in one stream straight from the store (no kept pieces): the
    reference ``write_outputs`` must match byte for byte."""
    docs = document_graphs(store)
    count = 0

    def counted(it):
        nonlocal count
        for t in it:
            count += 1
            yield t

    with atomic_output(outdir / "statements.trig") as fh:
        ox.serialize(_trig_quads(store, docs), fh, ox.RdfFormat.TRIG, prefixes=PREFIXES)
    with atomic_output(outdir / "kg.ttl") as fh:
        ox.serialize(counted(_turtle_triples(store, docs)), fh, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    return count


def _trig_quads(store: ox.Store, docs: list[str]) -> Iterator[ox.Quad]:
    yield from _graph_quads(store, str(ENTITY_GRAPH))
    yield from _graph_quads(store, str(EDGE_GRAPH))
    for g in docs:
        yield from _graph_quads(store, g)


def _turtle_triples(store: ox.Store, docs: list[str]) -> Iterator[ox.Triple]:
    for g in (str(ONTOLOGY_GRAPH), str(ENTITY_GRAPH), str(EDGE_GRAPH)):
        for q in _graph_quads(store, g):
            yield q.triple
    shared: set[tuple[str, str, str]] = set()
    shared_quads: list[ox.Triple] = []
    for g in docs:
        for q in _graph_quads(store, g):
            if _is_own(q):
                yield q.triple
            else:
                k = _key(q)
                if k not in shared:
                    shared.add(k)
                    shared_quads.append(q.triple)
    shared_quads.sort(key=_key)
    yield from shared_quads


class atomic_output:
    """``with atomic_output(path) as fh:`` writes a temporary file beside ``path``; ``commit()`` renames it.

    With ``defer=True`` the rename waits for an explicit ``commit()``, so several files can be
    written first and then all swapped in together.
    """

    def __init__(self, path: Path, defer: bool = False) -> None:
        self.path = Path(path)
        self.defer = defer
        self.tmp: str | None = None

    def __enter__(self):
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self.tmp = tempfile.mkstemp(prefix="." + self.path.name + ".", dir=self.path.parent)
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)  # mkstemp makes 0600; outputs are ordinary files
        self.fh = os.fdopen(fd, "wb")
        return self.fh

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.fh.flush()
            os.fsync(self.fh.fileno())
        self.fh.close()
        if exc_type is not None:
            self.discard()
        elif not self.defer:
            self.commit()

    def commit(self) -> None:
        if self.tmp:
            os.replace(self.tmp, self.path)
            self.tmp = None

    def discard(self) -> None:
        if self.tmp and os.path.exists(self.tmp):
            os.unlink(self.tmp)
        self.tmp = None
