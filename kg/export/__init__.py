"""Exports for other tools: GraphML and GEXF (Gephi, Cytoscape, yEd), CSV, JSON-LD.

- :func:`write_graphml` / :func:`write_gexf` write the networkx graph of
  ``KnowledgeGraph.graph``. Both formats hold only scalar attributes, so lists and dicts are
  flattened first (:func:`flatten`): ``statuses`` becomes "claimed:3; expected:1", ``evidence``
  a JSON string, and each edge gets ``weight`` = its statement count for Gephi. networkx reads
  both files back with the same nodes, edges (keys are relation names) and attributes.
- :func:`write_statements_csv` writes one row per statement (the table of
  ``KnowledgeGraph.statements``); :func:`write_edges_csv` one row per edge.
- :func:`write_jsonld` writes the store's RDF (entities and every document's statements, one
  named graph each) as JSON-LD compacted with kg's prefixes as ``@context``, through rdflib.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from typing import Any

__all__ = [
    "FORMATS", "flatten", "write_graphml", "write_gexf", "write_statements_csv", "write_edges_csv",
    "write_jsonld", "jsonld_context", "format_for",
]

#: format name → default file suffix
FORMATS = {"graphml": ".graphml", "gexf": ".gexf", "csv": ".csv", "edges-csv": ".edges.csv", "jsonld": ".jsonld"}


def format_for(path: str | Path) -> str | None:
    """The export format a file name implies (``x.graphml`` → graphml), or None."""
    name = str(path).lower()
    if name.endswith(".edges.csv"):
        return "edges-csv"
    for fmt, suffix in FORMATS.items():
        if name.endswith(suffix):
            return fmt
    if name.endswith(".json"):
        return "jsonld"
    return None


def _scalar(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, (bool, int, float, str)):
        return value
    if isinstance(value, dict):
        return "; ".join(f"{k}:{v}" for k, v in value.items())
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else list(value)
        if any(isinstance(i, (dict, list, tuple)) for i in items):
            return json.dumps(items, ensure_ascii=False, sort_keys=True, default=str)
        return "; ".join(str(i) for i in items)
    return str(value)


def flatten(G):
    """A copy of ``G`` whose node, edge and graph attributes are all str, int, float or bool."""
    H = G.copy()
    H.graph = {k: _scalar(v) for k, v in G.graph.items()}
    for _n, d in H.nodes(data=True):
        for k in list(d):
            d[k] = _scalar(d[k])
    edges = H.edges(keys=True, data=True) if H.is_multigraph() else H.edges(data=True)
    for *_ends, d in edges:
        for k in list(d):
            d[k] = _scalar(d[k])
        if "statements" in d and "weight" not in d:
            d["weight"] = float(d["statements"])
    return H


def _prepare(path: str | Path) -> Path:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


def write_graphml(G, path: str | Path) -> Path:
    import networkx as nx

    path = _prepare(path)
    nx.write_graphml(flatten(G), path, encoding="utf-8", prettyprint=True, named_key_ids=True)
    return path


def write_gexf(G, path: str | Path) -> Path:
    import networkx as nx

    path = _prepare(path)
    nx.write_gexf(flatten(G), path, encoding="utf-8", prettyprint=True)
    return path


def write_statements_csv(statements, path: str | Path) -> Path:
    """One row per statement, with its evidence; UTF-8 with a header, for spreadsheets."""
    path = _prepare(path)
    statements.to_csv(path, index=False, encoding="utf-8")
    return path


def write_edges_csv(G, path: str | Path) -> Path:
    """One row per edge: source, target, labels, relation, family, statements, statuses, dates."""
    import pandas as pd

    rows = []
    for u, v, k, d in G.edges(keys=True, data=True):
        rows.append({
            "source": u, "target": v,
            "source_label": G.nodes[u].get("label", u), "target_label": G.nodes[v].get("label", v),
            "relation": d.get("relation", k), "family": d.get("family", ""),
            "symmetric": d.get("symmetric", False), "statements": d.get("statements", 1),
            "statuses": _scalar(d.get("statuses", {})),
            "first_date": d.get("first_date") or "", "last_date": d.get("last_date") or "",
            "docs": "; ".join(sorted({str(e.get("doc")) for e in d.get("evidence", []) if e.get("doc")})),
        })
    path = _prepare(path)
    pd.DataFrame(rows, columns=["source", "target", "source_label", "target_label", "relation", "family",
                                "symmetric", "statements", "statuses", "first_date", "last_date", "docs"]
                 ).to_csv(path, index=False, encoding="utf-8")
    return path


def jsonld_context() -> dict[str, str]:
    """kg's prefixes (kg, ent, stmt, doc, kgg, item, wd, rdf, rdfs, skos, prov, dcterms, owl, xsd)."""
    from rdflib import Graph

    from ..graph.namespaces import bind_all

    g = Graph()
    bind_all(g)
    wanted = {"kg", "ent", "stmt", "doc", "kgg", "item", "wd", "rdf", "rdfs", "skos", "prov", "dcterms", "owl", "xsd"}
    return {p: str(ns) for p, ns in g.namespaces() if p in wanted}


def write_jsonld(store_path: str | Path, path: str | Path, include_ontology: bool = False) -> Path:
    """The store's named graphs as compacted JSON-LD (the ontology graph only when asked)."""
    import pyoxigraph as ox
    from rdflib import Dataset

    from ..graph.store import ONTOLOGY_GRAPH, KGStore

    with KGStore(store_path, read_only=True) as store:
        data = store.dump(ox.RdfFormat.N_QUADS)
    with warnings.catch_warnings():
        # rdflib's own N-Quads parser and JSON-LD serialiser call its deprecated Dataset API
        warnings.simplefilter("ignore", DeprecationWarning)
        ds = Dataset()
        ds.parse(data=data, format="nquads")
        if not include_ontology:
            ds.remove_graph(ds.graph(ONTOLOGY_GRAPH))
        out = ds.serialize(format="json-ld", context=jsonld_context(), auto_compact=True, encoding="utf-8")
    path = _prepare(path)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(out)
    tmp.replace(path)
    return path
