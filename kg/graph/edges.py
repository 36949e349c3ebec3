"""Edges: every statement of one (subject, relation, object) summed up, at entity and actor level.

The first question an analyst asks is per edge — who arms whom, how often, since when — and
answering it by aggregating a million statements at every query costs seconds whatever the
engine. So ``kg build`` writes one ``kg:Edge`` per (subject, relation, object) and level into the
named graph ``kgg:edges``: the statement counts by status, the number of documents, the first and
last date, the strongest statement and a ``kg:supportedBy`` link to each statement.

Two levels. ``entity``: the ends as the statements name them. ``actor``: each end rolled up along
``kg:actsFor`` to its end (Putin → RUS), as the evaluation's actor level does, and the self-loops
that result dropped. Symmetric relations (meetsWith, …) have one edge per pair, from the smaller
IRI to the larger.

Everything here is a function of statement rows (:class:`Row`), so the builder (which keeps the
rows of each document in its side table) and a store of any origin (``write_edges``) make the
same edges, and an edge's IRI depends only on its level and its three ends.

Examples
--------
>>> r = Row("urn:st1", "urn:e:putin", "meetsWith", "urn:e:kim", "asserted", "2024-06", 0.9, "d1", 0)
>>> edges = aggregate([r], {"urn:e:putin": "urn:e:RUS", "urn:e:kim": "urn:e:PRK"}, {"meetsWith"})
>>> sorted(edges)
[('actor', 'urn:e:PRK', 'meetsWith', 'urn:e:RUS'), ('entity', 'urn:e:kim', 'meetsWith', 'urn:e:putin')]
>>> e = edges[("actor", "urn:e:PRK", "meetsWith", "urn:e:RUS")]
>>> (e.count, e.first, e.last)
(1, '2024-06-01', '2024-06-30')
"""

from __future__ import annotations

import calendar
import hashlib
from dataclasses import dataclass, field
from typing import Iterable, Iterator, Mapping, NamedTuple

import pyoxigraph as ox

from .namespaces import EDGE, EDGE_GRAPH, KG

__all__ = [
    "Row", "EdgeStats", "LEVELS", "STATUSES", "date_bounds", "rollup_map", "edge_key", "edge_keys", "edge_iri",
    "aggregate", "edge_quads", "rows_from_store", "write_edges", "replace_edges", "sort_key", "ACTOR_KEYS",
]

LEVELS = ("entity", "actor")
STATUSES = ("asserted", "claimed", "denied", "expected", "negated")
_XSD = "http://www.w3.org/2001/XMLSchema#"
_INT = ox.NamedNode(_XSD + "integer")
_DATE = ox.NamedNode(_XSD + "date")
_RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
_KG = str(KG._NS)
_G = ox.NamedNode(str(EDGE_GRAPH))


class Row(NamedTuple):
    """One statement as edges see it. ``s``/``o`` are entity IRIs, ``rel`` a relation's local
    name, ``date`` the statement's own date or else its document's ("" when neither has one)."""

    iri: str
    s: str
    rel: str
    o: str
    status: str
    date: str
    confidence: float
    doc: str
    start: int


def date_bounds(value: str | None) -> tuple[str, str] | None:
    """The first and last day an ISO date, year-month or year covers: "2024-03" → 2024-03-01..31."""
    if not value:
        return None
    parts = str(value)[:10].split("-")
    try:
        if len(parts) == 1:
            return f"{int(parts[0]):04d}-01-01", f"{int(parts[0]):04d}-12-31"
        year, month = int(parts[0]), int(parts[1])
        if len(parts) == 2:
            last = calendar.monthrange(year, month)[1]
            return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
        day = int(parts[2])
        return f"{year:04d}-{month:02d}-{day:02d}", f"{year:04d}-{month:02d}-{day:02d}"
    except (ValueError, IndexError, calendar.IllegalMonthError):
        return None


def rollup_map(acts_for: Mapping[str, str | None]) -> dict[str, str]:
    """Entity IRI → the actor it rolls up to, following ``acts_for`` (IRI → IRI) to its end; a
    cycle stops where it would come back."""
    out: dict[str, str] = {}
    for start in acts_for:
        seen, iri = {start}, start
        while True:
            nxt = acts_for.get(iri)
            if not nxt or nxt in seen:
                break
            seen.add(nxt)
            iri = nxt
        out[start] = iri
    return out


def edge_key(level: str, s: str, rel: str, o: str, symmetric: bool) -> tuple[str, str, str, str] | None:
    """The edge a statement between ``s`` and ``o`` (already at ``level``) counts in, or None for an
    actor-level self-loop."""
    if level == "actor" and s == o:
        return None
    if symmetric and o < s:
        s, o = o, s
    return (level, s, rel, o)


def edge_keys(row: Row, rollup: Mapping[str, str], symmetric: set[str] | frozenset[str]) -> list[tuple[str, str, str, str]]:
    """The edges (one per level, none for a self-loop) that ``row`` counts in."""
    sym = row.rel in symmetric
    keys = [edge_key("entity", row.s, row.rel, row.o, sym)]
    actor = edge_key("actor", rollup.get(row.s, row.s), row.rel, rollup.get(row.o, row.o), sym)
    if actor is not None:
        keys.append(actor)
    return keys  # type: ignore[return-value]


def edge_iri(level: str, s: str, rel: str, o: str) -> str:
    return f"{EDGE}{level}-{hashlib.sha1(f'{s}|{rel}|{o}'.encode('utf-8')).hexdigest()[:20]}"


#: every actor-level edge's ``kg:sortKey`` is at least this (2**60), every entity-level one below it
ACTOR_KEYS = 1 << 60
_COUNT_BITS, _HASH_BITS = 20, 39


def sort_key(level: str, s: str, rel: str, o: str, count: int) -> int:
    """The edge's ``kg:sortKey``: ordered by it, largest first, a level's edges come strongest
    (most statements) first, ties in a fixed order (the edge IRI's hash), and a range of it is
    one level.

    Why a number: ordering by a label or an IRI makes Oxigraph read each string back from its
    dictionary at every comparison (2.5 s for 45,000 edges), while an integer is compared where
    it lies (25 ms); a listing sorts and pages on this key alone and joins the rest for the page.
    Only the edge itself goes into it, so an incremental build rewrites just the edges it touches.

    >>> sort_key("actor", "a", "r", "b", 3) > sort_key("actor", "c", "r", "d", 2) >= ACTOR_KEYS
    True
    >>> sort_key("entity", "a", "r", "b", 10**9) < ACTOR_KEYS
    True
    """
    digest = int(hashlib.sha1(f"{s}|{rel}|{o}".encode("utf-8")).hexdigest()[:10], 16) >> (40 - _HASH_BITS)
    band = ACTOR_KEYS if level == "actor" else 0
    return band + (min(count, (1 << _COUNT_BITS) - 1) << _HASH_BITS) + digest


def _strength(r: Row) -> tuple:
    """Sort key: highest confidence first, then the earliest (dated before undated), then a fixed order."""
    bounds = date_bounds(r.date)
    return (-r.confidence, bounds[0] if bounds else "9999-99-99", r.doc, r.start, r.iri)


@dataclass
class EdgeStats:
    """What an edge says about its statements."""

    by_status: dict[str, int] = field(default_factory=dict)
    docs: set[str] = field(default_factory=set)
    first: str | None = None
    last: str | None = None
    strongest: Row | None = None
    statements: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.statements)

    def add(self, r: Row) -> None:
        self.by_status[r.status] = self.by_status.get(r.status, 0) + 1
        self.docs.add(r.doc)
        self.statements.append(r.iri)
        bounds = date_bounds(r.date)
        if bounds:
            self.first = bounds[0] if self.first is None else min(self.first, bounds[0])
            self.last = bounds[1] if self.last is None else max(self.last, bounds[1])
        if self.strongest is None or _strength(r) < _strength(self.strongest):
            self.strongest = r


def aggregate(
    rows: Iterable[Row],
    rollup: Mapping[str, str],
    symmetric: set[str] | frozenset[str],
    only: set[tuple[str, str, str, str]] | None = None,
) -> dict[tuple[str, str, str, str], EdgeStats]:
    """The edges of ``rows`` by key ``(level, subject, relation, object)``; with ``only``, just those."""
    out: dict[tuple[str, str, str, str], EdgeStats] = {}
    for r in rows:
        for key in edge_keys(r, rollup, symmetric):
            if only is not None and key not in only:
                continue
            stats = out.get(key)
            if stats is None:
                stats = out[key] = EdgeStats()
            stats.add(r)
    return out


def _int(n: int) -> ox.Literal:
    return ox.Literal(str(n), datatype=_INT)


def edge_quads(key: tuple[str, str, str, str], stats: EdgeStats) -> list[ox.Quad]:
    """The quads of one edge in ``kgg:edges``."""
    level, s, rel, o = key
    e = ox.NamedNode(edge_iri(level, s, rel, o))

    def q(p: str, v) -> ox.Quad:
        return ox.Quad(e, ox.NamedNode(_KG + p), v, _G)

    out = [
        ox.Quad(e, _RDF_TYPE, ox.NamedNode(_KG + "Edge"), _G),
        q("level", ox.Literal(level)),
        q("edgeSubject", ox.NamedNode(s)),
        q("edgeRelation", ox.NamedNode(_KG + rel)),
        q("edgeObject", ox.NamedNode(o)),
        q("statementCount", _int(stats.count)),
        q("sortKey", _int(sort_key(level, s, rel, o, stats.count))),
        q("documentCount", _int(len(stats.docs))),
    ]
    out += [q(f"{st}Count", _int(stats.by_status.get(st, 0))) for st in STATUSES]
    if stats.first is not None:
        out.append(q("firstDate", ox.Literal(stats.first, datatype=_DATE)))
        out.append(q("lastDate", ox.Literal(stats.last, datatype=_DATE)))
    if stats.strongest is not None:
        out.append(q("strongestStatement", ox.NamedNode(stats.strongest.iri)))
    out += [q("supportedBy", ox.NamedNode(i)) for i in sorted(set(stats.statements))]
    return out


_Q_ROWS = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX dcterms: <http://purl.org/dc/terms/>
SELECT ?st ?s ?rel ?o ?status ?date ?docdate ?confidence ?doc ?start WHERE {
  ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?rel ; rdf:object ?o ;
      kg:status/skos:notation ?status ; prov:wasDerivedFrom ?d .
  ?d dcterms:identifier ?doc .
  OPTIONAL { ?st dcterms:date ?date }
  OPTIONAL { ?d dcterms:date ?docdate }
  OPTIONAL { ?st kg:confidence ?confidence }
  OPTIONAL { ?st kg:startOffset ?start }
}
"""

_Q_ACTS_FOR = """
PREFIX kg: <https://w3id.org/kg-news/ontology#>
SELECT ?e ?up WHERE { ?e kg:actsFor ?up }
"""


def _value(term, default=None):
    return term.value if term is not None else default


def rows_from_store(store: ox.Store) -> tuple[list[Row], dict[str, str]]:
    """The statement rows of every document in ``store`` and its roll-up map (for stores that
    ``kg build`` did not write, such as hand-made test graphs or a ``kg.ttl`` loaded elsewhere)."""
    rows = []
    for sol in store.query(_Q_ROWS, use_default_graph_as_union=True):
        rel = sol["rel"].value
        rows.append(Row(
            sol["st"].value, sol["s"].value, rel[len(_KG):] if rel.startswith(_KG) else rel, sol["o"].value,
            sol["status"].value, _value(sol["date"]) or _value(sol["docdate"], ""),
            float(_value(sol["confidence"], 0) or 0), sol["doc"].value, int(_value(sol["start"], 0) or 0)))
    acts = {sol["e"].value: sol["up"].value for sol in store.query(_Q_ACTS_FOR, use_default_graph_as_union=True)}
    return rows, rollup_map(acts)


def _sorted_quads(edges: Mapping[tuple[str, str, str, str], EdgeStats]) -> Iterator[ox.Quad]:
    for key in sorted(edges):
        yield from edge_quads(key, edges[key])


def write_edges(store: ox.Store) -> int:
    """Compute every edge of ``store`` from its statements and replace ``kgg:edges``; the number of edges."""
    from ..ontology import relations

    rows, rollup = rows_from_store(store)
    symmetric = frozenset(n for n, r in relations().items() if r["symmetric"])
    edges = aggregate(rows, rollup, symmetric)
    if store.contains_named_graph(_G):
        store.remove_graph(_G)
    store.extend(_sorted_quads(edges))
    return len(edges)


def replace_edges(store: ox.Store, edges: Mapping[tuple[str, str, str, str], EdgeStats],
                  gone: Iterable[tuple[str, str, str, str]] = ()) -> None:
    """Write ``edges`` over their old versions in ``kgg:edges`` and remove the edges ``gone``."""
    old: list[ox.Quad] = []
    for level, s, rel, o in [*edges, *gone]:
        old += store.quads_for_pattern(ox.NamedNode(edge_iri(level, s, rel, o)), None, None, _G)
    for quad in old:
        store.remove(quad)
    store.extend(_sorted_quads(edges))
