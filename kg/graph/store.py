"""The embedded, persistent Oxigraph store that holds the graph and answers SPARQL.

Layout: the entities (labels, Wikidata links, roll-up) and the ontology are in their own named
graphs, and each document's statements are in the named graph ``kgg:<doc id>``, so a changed
document replaces exactly its own graph. Queries run with the default graph as the union of all
graphs, so the same SPARQL works here, on ``kg.ttl`` and on a remote server.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Iterator

import pyoxigraph as ox
from rdflib import Graph

from ..errors import QueryError, StoreError
from .namespaces import GRAPH

__all__ = ["KGStore", "ONTOLOGY_GRAPH", "open_rdflib"]

ONTOLOGY_GRAPH = GRAPH["ontology"]


def _graph_bytes(graph: Graph) -> bytes:
    return graph.serialize(format="nt", encoding="utf-8")


class KGStore:
    """A thin wrapper over ``pyoxigraph.Store`` with the operations kg needs."""

    def __init__(self, path: str | Path | None = None, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        try:
            if self.path is None:
                self.store = ox.Store()
            elif read_only:
                if not self.path.exists():
                    raise StoreError(f"{self.path}: no store here; run `kg build` first")
                self.store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot open the Oxigraph store ({exc})") from exc

    # ------------------------------------------------------------------ context manager
    def __enter__(self) -> "KGStore":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def close(self) -> None:
        if self.store is not None and not self.read_only and self.path is not None:
            self.store.flush()
        self.store = None  # type: ignore[assignment]

    # ------------------------------------------------------------------ writing
    def replace_graph(self, name: str, graph: Graph) -> None:
        """Replace the named graph ``name`` with the triples of ``graph`` in one transaction."""
        node = ox.NamedNode(str(name))
        data = _graph_bytes(graph)
        self.store.remove_graph(node) if self._has_graph(node) else None
        self.store.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=node)

    def drop_graph(self, name: str) -> None:
        node = ox.NamedNode(str(name))
        if self._has_graph(node):
            self.store.remove_graph(node)

    def _has_graph(self, node: ox.NamedNode) -> bool:
        return self.store.contains_named_graph(node)

    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.store.named_graphs() if isinstance(g, ox.NamedNode))

    def flush(self) -> None:
        self.store.flush()

    # ------------------------------------------------------------------ reading
    def __len__(self) -> int:
        return len(self.store)

    def query(self, sparql: str, **kwargs: Any):
        """Run SPARQL on Oxigraph with the default graph as the union of all graphs."""
        try:
            return self.store.query(sparql, use_default_graph_as_union=True, **kwargs)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {exc}") from exc

    def select(self, sparql: str) -> tuple[list[str], list[dict[str, Any]]]:
        """Variables and rows of a SELECT query, values as Python strings or numbers."""
        result = self.query(sparql)
        if isinstance(result, ox.QueryBoolean):
            return ["ask"], [{"ask": bool(result)}]
        if isinstance(result, ox.QueryTriples):
            rows = [{"s": t.subject.value, "p": t.predicate.value, "o": _py(t.object)} for t in result]
            return ["s", "p", "o"], rows
        names = [v.value for v in result.variables]
        rows = []
        for sol in result:
            rows.append({n: _py(sol[n]) for n in names})
        return names, rows

    def dump(self, fmt: ox.RdfFormat, graph: str | None = None) -> bytes:
        if graph is None:
            return self.store.dump(format=fmt)
        return self.store.dump(format=fmt, from_graph=ox.NamedNode(graph))

    def iter_quads(self) -> Iterator[ox.Quad]:
        return iter(self.store)


def _py(term: Any) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        if dt.endswith(("#integer", "#int", "#long")):
            return int(term.value)
        if dt.endswith(("#decimal", "#double", "#float")):
            return float(term.value)
        return term.value
    return term.value


def open_rdflib(path: str | Path):
    """An rdflib ``Dataset`` over the Oxigraph store through oxrdflib, for rdflib-based code."""
    from rdflib import Dataset

    ds = Dataset(store="Oxigraph")
    ds.open(str(path), create=False)
    return ds
