"""RDF namespaces of kg. ``KG`` mirrors ``ontology/kg.ttl``; a test keeps the two in step.

``KG`` is a closed ``DefinedNamespace``: a mistyped relation raises AttributeError instead of
quietly minting a new IRI.
"""

from __future__ import annotations

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

from ..config import BASE

__all__ = ["KG", "ENT", "STMT", "DOC", "GRAPH", "ITEM", "EDGE", "WD", "ENTITY_GRAPH", "EDGE_GRAPH", "ONTO_GRAPH_ID", "bind_all", "prefixes_sparql"]


class KG(DefinedNamespace):
    """The kg ontology (ontology/kg.ttl)."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Actor: URIRef
    Country: URIRef
    InternationalOrganization: URIRef
    Organization: URIRef
    Person: URIRef
    Company: URIRef
    Group: URIRef
    Place: URIRef
    Document: URIRef
    Statement: URIRef
    Status: URIRef
    Edge: URIRef
    # statuses
    Asserted: URIRef
    Claimed: URIRef
    Denied: URIRef
    Expected: URIRef
    Negated: URIRef
    # annotation properties
    ploverCategory: URIRef
    cameoCode: URIRef
    family: URIRef
    polarity: URIRef
    # statement and document properties
    actsFor: URIRef
    status: URIRef
    sentence: URIRef
    sentenceIndex: URIRef
    startOffset: URIRef
    endOffset: URIRef
    trigger: URIRef
    rule: URIRef
    confidence: URIRef
    listKey: URIRef
    item: URIRef
    itemText: URIRef
    contentHash: URIRef
    mentions: URIRef
    # edge properties
    level: URIRef
    edgeSubject: URIRef
    edgeRelation: URIRef
    edgeObject: URIRef
    supportedBy: URIRef
    strongestStatement: URIRef
    statementCount: URIRef
    sortKey: URIRef
    assertedCount: URIRef
    claimedCount: URIRef
    deniedCount: URIRef
    expectedCount: URIRef
    negatedCount: URIRef
    documentCount: URIRef
    firstDate: URIRef
    lastDate: URIRef
    # relations
    relation: URIRef
    role: URIRef
    meetsWith: URIRef
    visits: URIRef
    cooperatesWith: URIRef
    alliedWith: URIRef
    supports: URIRef
    opposes: URIRef
    imposesSanctionsOn: URIRef
    blocksSanctionsOn: URIRef
    suppliesWeaponsTo: URIRef
    suppliesTechnologyTo: URIRef
    providesAidTo: URIRef
    attacks: URIRef
    threatens: URIRef
    accuses: URIRef
    leaderOf: URIRef
    officialOf: URIRef
    relativeOf: URIRef
    memberOf: URIRef


ENT = Namespace(BASE + "entity/")
STMT = Namespace(BASE + "statement/")
DOC = Namespace(BASE + "doc/")
GRAPH = Namespace(BASE + "graph/")
ITEM = Namespace(BASE + "item/")
EDGE = Namespace(BASE + "edge/")
WD = Namespace("http://www.wikidata.org/entity/")
ENTITY_GRAPH = GRAPH["entities"]
EDGE_GRAPH = GRAPH["edges"]
ONTO_GRAPH_ID = str(GRAPH["ontology"])

_PREFIXES = {"kg": KG._NS, "ent": ENT, "stmt": STMT, "doc": DOC, "kgg": GRAPH, "item": ITEM, "edge": EDGE, "wd": WD}


def bind_all(graph) -> None:
    """Bind kg's prefixes on an rdflib Graph or Dataset so serialisations read well."""
    for prefix, ns in _PREFIXES.items():
        graph.bind(prefix, ns, override=True)
    for prefix, ns in (
        ("skos", "http://www.w3.org/2004/02/skos/core#"),
        ("prov", "http://www.w3.org/ns/prov#"),
        ("dcterms", "http://purl.org/dc/terms/"),
        ("owl", "http://www.w3.org/2002/07/owl#"),
    ):
        graph.bind(prefix, ns, override=True)


def prefixes_sparql() -> str:
    """PREFIX lines for SPARQL queries written by hand."""
    lines = [f"PREFIX {p}: <{ns}>" for p, ns in _PREFIXES.items()]
    lines += [
        "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>",
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>",
        "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>",
        "PREFIX prov: <http://www.w3.org/ns/prov#>",
        "PREFIX dcterms: <http://purl.org/dc/terms/>",
        "PREFIX owl: <http://www.w3.org/2002/07/owl#>",
        "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>",
    ]
    return "\n".join(lines) + "\n"
