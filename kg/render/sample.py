"""A synthetic store of a chosen size, for the render benchmark and the large-graph test.

The graph goes through kg's own RDF mapping and Oxigraph store, with its edges (``kgg:edges``,
written by ``kg.graph.edges.write_edges`` as ``kg build`` does), so it looks to the renderer
exactly like a built one: actors of every type (people acting for states), a heavy-tailed degree
distribution (Barabási–Albert, about two edges per node), relations of every family, every
status, attributions, dates and evidence sentences.

Examples
--------
>>> synthetic_store("/tmp/kg-3000/store", nodes=3000)  # doctest: +SKIP
{'nodes': 3000, 'pairs': 5996, 'statements': ...}
"""

from __future__ import annotations

import random
from pathlib import Path

__all__ = ["synthetic_store"]

_TYPES = ["Country"] * 5 + ["Person"] * 3 + ["InternationalOrganization", "Organization", "Company", "Group"]
_STATUSES = ["asserted"] * 6 + ["claimed"] * 2 + ["expected", "denied"]


def synthetic_store(path: str | Path, nodes: int = 1000, edges_per_node: int = 2, docs: int | None = None,
                    seed: int = 1) -> dict[str, int]:
    """Write a synthetic graph of about ``nodes`` actors into a new Oxigraph store at ``path``."""
    import networkx as nx

    from ..graph.edges import write_edges
    from ..graph.mapping import document_graph, entity_graph
    from ..graph.namespaces import ENTITY_GRAPH
    from ..graph.store import ONTOLOGY_GRAPH, KGStore
    from ..model import Document, Entity, Statement
    from ..ontology import ontology_graph, relations

    rng = random.Random(seed)
    rels = sorted(r for r, info in relations().items() if info["family"] != "roles")
    graph = nx.barabasi_albert_graph(nodes, edges_per_node, seed=seed)
    types = [rng.choice(_TYPES) for _ in range(nodes)]
    countries = [i for i, t in enumerate(types) if t == "Country"] or [0]
    ents = []
    for i, t in enumerate(types):
        # people act for countries, whose keys are C<i>
        acts_for = f"C{rng.choice(countries)}" if t == "Person" and rng.random() < 0.6 else None
        key = f"C{i}" if t == "Country" else f"A{i}"
        ents.append(Entity(key=key, type=t, label=f"Aktor {i}", acts_for=acts_for,
                           labels=(("en", f"Actor {i}"), ("id", f"Aktor {i}"))))
    n_docs = docs or max(1, nodes // 3)
    per_doc: dict[int, list] = {}
    n_statements = 0
    for k, (a, b) in enumerate(sorted(graph.edges())):
        if rng.random() < 0.5:
            a, b = b, a
        rel = rng.choice(rels)
        for _ in range(1 + int(rng.expovariate(1.5))):
            status = rng.choice(_STATUSES)
            d = rng.randrange(n_docs)
            sent = f"Kalimat {k}: {ents[a].label} dan {ents[b].label} ({rel}, {status})."
            who = (ents[rng.randrange(nodes)],) if status in ("claimed", "denied") else ()
            per_doc.setdefault(d, []).append(Statement(
                doc=f"doc-{d}", subject=ents[a], predicate=rel, object=ents[b], status=status, sentence=sent,
                start=k * 100, end=k * 100 + len(sent), attributed_to=who, date=f"2024-{1 + d % 12:02d}-15",
            ))
            n_statements += 1
    with KGStore(path) as store:
        store.replace_graph(str(ONTOLOGY_GRAPH), ontology_graph())
        store.replace_graph(str(ENTITY_GRAPH), entity_graph(ents))
        for d, sts in sorted(per_doc.items()):
            doc = Document(id=f"doc-{d}", text="", title=f"Berita {d}", date=f"2024-{1 + d % 12:02d}-15")
            g = document_graph(doc, sts, content_hash=f"{d:064x}")
            store.replace_graph(str(g.identifier), g)
        write_edges(store.store)
    return {"nodes": nodes, "pairs": graph.number_of_edges(), "statements": n_statements}
