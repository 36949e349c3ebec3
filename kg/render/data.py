"""What the HTML graph shows, read from the store: actors, statements and the two views.

``load_graph`` reads every statement that is not negated, with its evidence, attribution, date
and document, every entity it touches, in both languages, and the ``kg:Edge`` resources that
``kg build`` wrote (``kg.graph.edges``). ``build_view`` draws those edges, one per (subject,
relation, object) — unordered for symmetric relations such as ``meetsWith`` — either between
entities (the ``entity`` view) or between the states and organisations the entities act for (the
``actor`` view: ``kg:actsFor`` followed to its end, as ``../shared/eval/score.py`` does; a
statement whose two ends roll up to the same actor has no edge there). An edge whose statements
are all negated is not drawn. A store without edges (one ``kg build`` did not write) gets them
computed in memory, the same way.

Examples
--------
>>> g = load_graph("output/store")          # doctest: +SKIP
>>> v = build_view(g, "actor")              # doctest: +SKIP
>>> len(v.nodes), len(v.edges)              # doctest: +SKIP
(11, 19)
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from ..graph.store import KGStore
from ..graph.namespaces import prefixes_sparql

__all__ = ["Entity", "Stmt", "Doc", "GraphData", "Edge", "View", "VIEWS", "load_graph", "build_view", "rollup", "rollup_of"]

VIEWS = ("entity", "actor")

_PREFIXES = "\n" + prefixes_sparql()  # one list of prefixes for all of kg (kg/graph/namespaces.py)

_Q_STATEMENTS = _PREFIXES + """
SELECT ?st ?s ?rel ?o ?status ?sentence ?doc ?date ?start ?end WHERE {
  ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?rel ; rdf:object ?o ;
      kg:status/skos:notation ?status ; prov:wasDerivedFrom ?doc .
  FILTER(?status != "negated")
  OPTIONAL { ?st kg:sentence ?sentence }
  OPTIONAL { ?st dcterms:date ?date }
  OPTIONAL { ?st kg:startOffset ?start }
  OPTIONAL { ?st kg:endOffset ?end }
}
"""

_Q_ATTRIBUTION = _PREFIXES + """
SELECT ?st ?who WHERE {
  ?st a kg:Statement ; prov:wasAttributedTo ?who ; kg:status/skos:notation ?status .
  FILTER(?status != "negated")
}
"""

_Q_ITEMS = _PREFIXES + """
SELECT ?st ?text WHERE { ?st a kg:Statement ; kg:itemText ?text }
"""

_Q_ENTITIES = _PREFIXES + """
SELECT ?e ?p ?v WHERE {
  ?e a ?class . VALUES ?class { kg:Actor kg:Place }
  ?e ?p ?v .
  FILTER(?p = rdf:type || ?p = rdfs:label || ?p = skos:notation || ?p = kg:actsFor)
}
"""

_Q_ENTITY_LANGS = _PREFIXES + """
SELECT ?e ?v (LANG(?v) AS ?lang) WHERE { ?e skos:prefLabel ?v }
"""

_Q_DOCS = _PREFIXES + """
SELECT ?d ?id ?title ?url ?date ?source WHERE {
  ?d a kg:Document ; dcterms:identifier ?id .
  OPTIONAL { ?d dcterms:title ?title }
  OPTIONAL { ?d prov:atLocation ?url }
  OPTIONAL { ?d dcterms:date ?date }
  OPTIONAL { ?d dcterms:source ?source }
}
"""

# the edges in their graph: half the time of looking for them in every graph (0.33 s against 0.65 s
# at 3,000 nodes)
_Q_EDGES = _PREFIXES + """
SELECT ?level ?s ?rel ?o ?st WHERE {
  GRAPH kgg:edges { ?edge kg:level ?level ; kg:edgeSubject ?s ; kg:edgeRelation ?rel ; kg:edgeObject ?o ; kg:supportedBy ?st }
}
"""

_Q_STATUS_LABELS = _PREFIXES + """
SELECT ?code ?label (LANG(?label) AS ?lang) WHERE {
  ?status a kg:Status ; skos:notation ?code ; rdfs:label ?label .
}
"""

_KG = "https://w3id.org/kg-news/ontology#"
_TYPES = ("Country", "InternationalOrganization", "Organization", "Company", "Person", "Group", "Place")


@dataclass
class Entity:
    """An entity as the page shows it: key, type, labels by language, the actor it acts for."""

    key: str
    iri: str
    type: str = ""
    labels: dict[str, str] = field(default_factory=dict)
    acts_for: str | None = None  # IRI

    def label(self, lang: str) -> str:
        return self.labels.get(lang) or self.labels.get("") or self.labels.get("id") or self.labels.get("en") or self.key


@dataclass
class Doc:
    id: str
    title: str = ""
    url: str = ""
    date: str = ""
    source: str = ""


@dataclass
class Stmt:
    """One statement that is drawn (never a negated one)."""

    iri: str
    s: str
    rel: str
    o: str
    status: str
    sentence: str
    doc: str  # document IRI
    date: str = ""
    start: int | None = None
    end: int | None = None
    attributed_to: list[str] = field(default_factory=list)  # IRIs
    items: list[str] = field(default_factory=list)  # what a transfer carries, as written


@dataclass
class GraphData:
    """Everything the page needs, read once from the store."""

    entities: dict[str, Entity]  # by IRI
    statements: list[Stmt]
    docs: dict[str, Doc]  # by IRI
    status_labels: dict[str, dict[str, str]]  # code -> lang -> label
    # level -> (subject, relation, object) -> IRIs of the statements the edge sums up; None: no kg:Edge in the store
    edges: dict[str, dict[tuple[str, str, str], list[str]]] | None = None


@dataclass
class Edge:
    """A drawn edge: all the statements of one (subject, relation, object) in a view."""

    s: str
    rel: str
    o: str
    statements: list[int]  # indexes into GraphData.statements


@dataclass
class View:
    nodes: dict[str, int]  # IRI -> number of drawn statements that involve it
    edges: list[Edge]


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1] if "#" in iri else iri.rsplit("/", 1)[-1]


def _values(store: KGStore, sparql: str) -> list[tuple]:
    """The rows of a SELECT as tuples of the terms' lexical values (None where unbound), in the
    order of its variables: the big listings skip ``KGStore.select``'s dict and typed value per
    cell, a quarter of their reading time."""
    return [tuple(None if t is None else t.value for t in sol) for sol in store.query(sparql)]


def _int(value: str | None) -> int | None:
    return None if value is None else int(value)


def load_graph(store_dir: str | Path) -> GraphData:
    """Read the statements (negated ones left out), their entities and documents from the store."""
    with KGStore(store_dir, read_only=True) as store:
        st_rows = _values(store, _Q_STATEMENTS)
        _n, at_rows = store.select(_Q_ATTRIBUTION)
        _n, item_rows = store.select(_Q_ITEMS)
        ent_rows = _values(store, _Q_ENTITIES)
        _n, lang_rows = store.select(_Q_ENTITY_LANGS)
        _n, doc_rows = store.select(_Q_DOCS)
        _n, status_rows = store.select(_Q_STATUS_LABELS)
        edge_rows = _values(store, _Q_EDGES)

    entities: dict[str, Entity] = {}
    for iri, p, v in ent_rows:
        e = entities.get(iri)
        if e is None:
            e = entities[iri] = Entity(key=_local(iri), iri=iri)
        if p.endswith("#type"):
            local = _local(v)
            if v.startswith(_KG) and local in _TYPES and (not e.type or e.type == "Place"):
                e.type = local
        elif p.endswith("#notation"):
            e.key = str(v)
        elif p.endswith("#label"):
            e.labels.setdefault("", str(v))
        elif p == _KG + "actsFor":
            e.acts_for = v
    for r in lang_rows:
        if r["e"] in entities:
            entities[r["e"]].labels[r["lang"] or ""] = str(r["v"])

    attributions: dict[str, list[str]] = defaultdict(list)
    for r in at_rows:
        attributions[r["st"]].append(r["who"])

    items: dict[str, list[str]] = defaultdict(list)
    for r in item_rows:
        items[r["st"]].append(str(r["text"]))

    statements = []
    for st, s, rel, o, status, sentence, doc, date, start, end in st_rows:
        statements.append(Stmt(
            iri=st, s=s, rel=_local(rel), o=o, status=status, sentence=sentence or "", doc=doc, date=date or "",
            start=_int(start), end=_int(end), attributed_to=sorted(set(attributions.get(st, []))),
            items=sorted(set(items.get(st, []))),
        ))
    statements.sort(key=lambda s: (s.doc, s.start if s.start is not None else -1, s.s, s.rel, s.o, s.status, s.iri))
    for st in statements:  # an end the entity graph does not describe still gets a node
        for iri in (st.s, st.o, *st.attributed_to):
            entities.setdefault(iri, Entity(key=_local(iri), iri=iri))

    docs = {r["d"]: Doc(id=str(r["id"]), title=str(r["title"] or ""), url=str(r["url"] or ""),
                        date=str(r["date"] or ""), source=str(r["source"] or "")) for r in doc_rows}
    status_labels: dict[str, dict[str, str]] = defaultdict(dict)
    for r in status_rows:
        status_labels[str(r["code"])][r["lang"] or "en"] = str(r["label"])
    edges: dict[str, dict[tuple[str, str, str], list[str]]] | None = None
    if edge_rows:
        edges = {v: {} for v in VIEWS}
        for level, s, rel, o, st in edge_rows:
            edges.setdefault(level, {}).setdefault((s, _local(rel), o), []).append(st)
    return GraphData(entities=entities, statements=statements, docs=docs, status_labels=dict(status_labels),
                     edges=edges)


def rollup(entities: dict[str, Entity], iri: str) -> str:
    """The state or organisation ``iri`` acts for, following kg:actsFor to its end (one step
    of :func:`rollup_of`; call that once for many entities)."""
    return rollup_of(entities).get(iri, iri)


def rollup_of(entities: dict[str, Entity]) -> dict[str, str]:
    """Every entity's actor, by :func:`kg.graph.edges.rollup_map`: the one roll-up the edges, the
    analysis API and the page share."""
    from ..graph.edges import rollup_map

    return rollup_map({iri: e.acts_for for iri, e in entities.items()})


def build_view(g: GraphData, view: str = "entity") -> View:
    """The drawn edges of ``view`` (``entity`` or ``actor``): the store's edges of that level, each
    with the statements of ``g`` that support it, in the order of their first statement."""
    if view not in VIEWS:
        raise ValueError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    index = {st.iri: i for i, st in enumerate(g.statements)}
    found = g.edges[view] if g.edges is not None else _edges_in_memory(g, view)
    edges = []
    for (s, rel, o), supporting in found.items():
        drawn = sorted(index[iri] for iri in set(supporting) if iri in index)  # negated ones are not in g
        if drawn:
            edges.append(Edge(s=s, rel=rel, o=o, statements=drawn))
    edges.sort(key=lambda e: e.statements[0])
    nodes: dict[str, int] = defaultdict(int)
    for e in edges:
        nodes[e.s] += len(e.statements)
        if e.o != e.s:
            nodes[e.o] += len(e.statements)
    return View(nodes=dict(nodes), edges=edges)


def _edges_in_memory(g: GraphData, view: str) -> dict[tuple[str, str, str], list[str]]:
    """The edges of ``view`` worked out from the statements, as ``kg build`` writes them."""
    from ..graph.edges import Row, edge_keys
    from ..ontology import relations

    symmetric = {n for n, r in relations().items() if r["symmetric"]}
    up = rollup_of(g.entities)
    out: dict[tuple[str, str, str], list[str]] = {}
    for st in g.statements:
        row = Row(st.iri, st.s, st.rel, st.o, st.status, st.date, 0.0, st.doc, st.start or 0)
        for level, s, rel, o in edge_keys(row, up, symmetric):
            if level == view:
                out.setdefault((s, rel, o), []).append(st.iri)
    return out
