"""Write ``kg.ttl`` and ``statements.trig`` from the store, streaming, in a deterministic order.

The order is fixed by the content alone (graphs by IRI, triples by subject, predicate, object),
never by the order documents were extracted in, so a clean build, an incremental rebuild, a
parallel and a Dask build all write the same bytes. Only one graph is held in memory at a time,
plus the set of triples that several documents share (the plain ``?s kg:rel ?o`` triples),
which grows with the number of entity pairs, not with the corpus. Files are written to a
temporary name and renamed, so a reader never sees half a file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path
from typing import Iterator

import pyoxigraph as ox

from ..graph.namespaces import DOC, ENTITY_GRAPH, STMT, _PREFIXES
from ..graph.store import ONTOLOGY_GRAPH
from .state import is_document_graph

__all__ = ["write_outputs", "atomic_output", "PREFIXES"]

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


def _trig_quads(store: ox.Store, docs: list[str]) -> Iterator[ox.Quad]:
    yield from _graph_quads(store, str(ENTITY_GRAPH))
    for g in docs:
        yield from _graph_quads(store, g)


def _turtle_triples(store: ox.Store, docs: list[str]) -> Iterator[ox.Triple]:
    for g in (str(ONTOLOGY_GRAPH), str(ENTITY_GRAPH)):
        for q in _graph_quads(store, g):
            yield q.triple
    shared: set[tuple[str, str, str]] = set()
    shared_quads: list[ox.Triple] = []
    for g in docs:
        for q in _graph_quads(store, g):
            s = q.subject
            if isinstance(s, ox.NamedNode) and s.value.startswith(_OWN):
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


def write_outputs(store: ox.Store, outdir: Path) -> int:
    """Write ``outdir/statements.trig`` and ``outdir/kg.ttl``; return the number of triples in kg.ttl.

    Both are written to temporary files first and renamed one right after the other at the end.
    """
    from .run import fault_point

    docs = document_graphs(store)
    trig = atomic_output(outdir / "statements.trig", defer=True)
    ttl = atomic_output(outdir / "kg.ttl", defer=True)
    count = 0

    def counted(it):
        nonlocal count
        for t in it:
            count += 1
            yield t

    try:
        with trig as fh:
            ox.serialize(_trig_quads(store, docs), fh, ox.RdfFormat.TRIG, prefixes=PREFIXES)
        fault_point("between-outputs")
        with ttl as fh:
            ox.serialize(counted(_turtle_triples(store, docs)), fh, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        trig.commit()
        ttl.commit()
    finally:
        trig.discard()
        ttl.discard()
    return count
