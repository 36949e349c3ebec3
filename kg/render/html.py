"""Render the store as one self-contained interactive HTML page with pyvis (vis-network).

First version: nodes are actors, edges aggregate statements per (subject, relation, object),
negated statements are not drawn, and every edge's tooltip lists its evidence sentences.
All text from the news is HTML-escaped before it reaches the page.
"""

from __future__ import annotations

import html
from collections import defaultdict
from pathlib import Path

from ..graph.store import KGStore

__all__ = ["render_html", "graph_data"]

_QUERY = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?s ?o ?rel ?status ?sentence ?doc ?slabel ?olabel ?stype ?otype
WHERE {
  ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?rel ; rdf:object ?o ; kg:status/skos:notation ?status ;
      kg:sentence ?sentence ; prov:wasDerivedFrom/dcterms:identifier ?doc .
  ?s skos:prefLabel ?slabel . FILTER(LANG(?slabel) = "id")
  ?o skos:prefLabel ?olabel . FILTER(LANG(?olabel) = "id")
  OPTIONAL { ?s a ?stype . FILTER(STRSTARTS(STR(?stype), STR(kg:)) && ?stype != kg:Actor) }
  OPTIONAL { ?o a ?otype . FILTER(STRSTARTS(STR(?otype), STR(kg:)) && ?otype != kg:Actor) }
}
"""

_COLOURS = {
    "cooperation": "#2e7d32", "meetings": "#1565c0", "sanctions": "#c62828", "transfers": "#ef6c00",
    "conflict": "#6a1b9a", "accusations": "#ad1457", "roles": "#757575",
}


def graph_data(store_dir: str | Path) -> tuple[dict, dict]:
    """Nodes and aggregated edges read from the store (negated statements left out)."""
    from ..ontology import relations

    rels = relations()
    nodes: dict[str, dict] = {}
    edges: dict[tuple, dict] = defaultdict(lambda: {"statements": [], "statuses": set()})
    with KGStore(store_dir, read_only=True) as store:
        _names, rows = store.select(_QUERY)
    for r in rows:
        if r["status"] == "negated":
            continue
        rel = r["rel"].rsplit("#", 1)[-1]
        for iri, label, typ in ((r["s"], r["slabel"], r["stype"]), (r["o"], r["olabel"], r["otype"])):
            node = nodes.setdefault(iri, {"label": label, "type": (typ or "").rsplit("#", 1)[-1], "count": 0})
            node["count"] += 1
        e = edges[(r["s"], rel, r["o"])]
        e["statements"].append((r["status"], r["doc"], r["sentence"]))
        e["statuses"].add(r["status"])
        e["family"] = rels.get(rel, {}).get("family", "")
        e["label"] = rels.get(rel, {}).get("label_en", rel)
    return nodes, edges


def render_html(store_dir: str | Path, out: str | Path, lang: str = "id", view: str = "entity") -> Path:
    """Write the interactive graph of the store to ``out`` and return its path."""
    from pyvis.network import Network

    nodes, edges = graph_data(store_dir)
    net = Network(height="800px", width="100%", directed=True, cdn_resources="in_line")
    for iri, n in sorted(nodes.items()):
        net.add_node(iri, label=n["label"], title=f"{n['label']} ({n['type']})", value=n["count"])
    for (s, rel, o), e in sorted(edges.items()):
        lines = [f"{html.escape(e['label'])} ({', '.join(sorted(e['statuses']))})"]
        for status, doc, sentence in e["statements"][:5]:
            lines.append(f"[{status}] {doc}: {sentence}")
        net.add_edge(
            s, o, title="\n".join(lines), color=_COLOURS.get(e.get("family", ""), "#999"),
            value=len(e["statements"]), dashes=not ({"asserted"} & e["statuses"]),
        )
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    html_text = net.generate_html(notebook=False)
    tmp = out.with_suffix(".tmp.html")
    tmp.write_text(html_text, encoding="utf-8")
    tmp.replace(out)
    return out
