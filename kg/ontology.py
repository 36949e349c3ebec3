"""The shipped ontology (``ontology/kg.ttl``) and the relation metadata read from it."""

from __future__ import annotations

from functools import lru_cache

from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from .config import ontology_dir
from .graph.namespaces import KG, ONTO_GRAPH_ID

__all__ = ["ontology_graph", "relations", "RelationInfo"]


@lru_cache(maxsize=1)
def ontology_graph() -> Graph:
    g = Graph(identifier=URIRef(ONTO_GRAPH_ID))
    g.parse(ontology_dir() / "kg.ttl", format="turtle")
    items = ontology_dir() / "items.ttl"
    if items.exists():  # the vocabulary of transferred items, so kg:item links resolve in SPARQL
        g.parse(items, format="turtle")
    return g


class RelationInfo(dict):
    """name, label_en, label_id, family, symmetric, plover, cameo."""


@lru_cache(maxsize=1)
def relations() -> dict[str, RelationInfo]:
    """Metadata of every relation (sub-properties of kg:relation) keyed by local name."""
    g = ontology_graph()
    out: dict[str, RelationInfo] = {}
    for prop in g.subjects(RDF.type, OWL.ObjectProperty):
        if not str(prop).startswith(str(KG._NS)):
            continue
        fam = g.value(prop, KG.family)
        if fam is None:
            continue
        name = str(prop)[len(str(KG._NS)) :]
        labels = {lit.language: str(lit) for lit in g.objects(prop, RDFS.label)}
        out[name] = RelationInfo(
            name=name,
            label_en=labels.get("en", name),
            label_id=labels.get("id", name),
            family=str(fam),
            symmetric=(prop, RDF.type, OWL.SymmetricProperty) in g,
            plover=str(g.value(prop, KG.ploverCategory) or ""),
            cameo=sorted(str(c) for c in g.objects(prop, KG.cameoCode)),
        )
    return out
