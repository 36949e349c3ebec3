"""Keeping ``kgg:edges`` in step with the statements, build after build.

A rebuild recomputes only the edges that touch what changed: the edges of the old and new
statements of every extracted or dropped document, and, when the roll-up changed (an entity now
acts for another state), the edges of every statement of the entities concerned. Each of those
edges is recomputed from all its statements (read from the side table), so the result is the
clean build's, byte for byte.

The edges are trusted only when the side table says they were computed for the documents the
store held when this build started (``meta.edges``, the same digest as the outputs'); after a
build that stopped half-way, they are computed again from every statement.
"""

from __future__ import annotations

import hashlib

import pyoxigraph as ox

from ..graph.edges import Row, aggregate, edge_keys, replace_edges, rollup_map
from ..graph.mapping import entity_iri
from ..graph.namespaces import EDGE_GRAPH
from ..model import Entity
from .state import BuildState

__all__ = ["EdgeTracker", "documents_digest"]


def documents_digest(fp: str, hashes: dict[str, str]) -> str:
    """One digest of the extraction fingerprint and every document graph's content hash."""
    h = hashlib.sha256(fp.encode())
    for g, v in sorted(hashes.items()):
        h.update(f"{g} {v}\n".encode())
    return h.hexdigest()


def _symmetric() -> frozenset[str]:
    from ..ontology import relations

    return frozenset(n for n, r in relations().items() if r["symmetric"])


class EdgeTracker:
    """Collects the statement rows a build replaces or drops, then brings the edges up to date."""

    def __init__(self, store: ox.Store, state: BuildState, start_digest: str) -> None:
        self.store = store
        self.state = state
        has_docs = bool(state.known())
        self.trusted = state.get_meta("edges") == start_digest and (
            store.contains_named_graph(ox.NamedNode(str(EDGE_GRAPH))) or not has_docs)
        self.touched: list[Row] = []

    def replacing(self, graphs: list[str]) -> None:
        """Call before the side table forgets ``graphs``' rows (a batch is put, documents dropped)."""
        if self.trusted:
            self.touched += self.state.rows(graphs)

    def added(self, rows: list[Row]) -> None:
        if self.trusted:
            self.touched += rows

    def finish(self, entities: list[Entity], current: set[str], digest: str) -> int:
        """Write the edges for the documents ``current``; the number of edges recomputed."""
        acts = {str(entity_iri(e.key)): str(entity_iri(e.acts_for)) if e.acts_for else None for e in entities}
        new_rollup = {k: v for k, v in rollup_map(acts).items() if k != v}
        symmetric = _symmetric()
        if not self.trusted:
            rows = [r for r in self.state.rows() if _graph(r) in current]
            edges = aggregate(rows, new_rollup, symmetric)
            node = ox.NamedNode(str(EDGE_GRAPH))
            if self.store.contains_named_graph(node):
                self.store.remove_graph(node)
            replace_edges(self.store, edges)
            self.state.set_rollup(new_rollup, {"edges": digest})
            return len(edges)
        old_rollup = self.state.rollup()
        moved = {e for e in set(old_rollup) | set(new_rollup) if old_rollup.get(e, e) != new_rollup.get(e, e)}
        rows = self.touched + (self.state.rows_involving(moved) if moved else [])
        keys = set()
        for r in rows:
            keys.update(edge_keys(r, old_rollup, symmetric))
            keys.update(edge_keys(r, new_rollup, symmetric))
        if not keys:
            self.state.set_rollup(new_rollup, {"edges": digest})
            return 0
        below: dict[str, set[str]] = {}
        for e, a in new_rollup.items():
            below.setdefault(a, {a}).add(e)
        support: dict[str, Row] = {}
        for level, s, rel, o in keys:
            ends = (lambda x: {x}) if level == "entity" else (lambda x: below.get(x, {x}))
            pairs = [(s, o), (o, s)] if rel in symmetric and s != o else [(s, o)]
            for a, b in pairs:
                for r in self.state.rows_between(ends(a), rel, ends(b)):
                    if _graph(r) in current:
                        support[r.iri + "|" + r.doc] = r
        edges = aggregate(support.values(), new_rollup, symmetric, only=keys)
        replace_edges(self.store, edges, gone=keys - set(edges))
        self.state.set_rollup(new_rollup, {"edges": digest})
        return len(keys)


def _graph(r: Row) -> str:
    from ..graph.mapping import graph_name

    return graph_name(r.doc)
