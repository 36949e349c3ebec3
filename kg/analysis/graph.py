"""The graph as an analyst uses it: SPARQL into pandas, statements as a table, networkx graphs.

``kg.open(OUTDIR)`` opens the Oxigraph store that ``kg build`` wrote (read-only, so a build can
run at the same time in another process) and returns a :class:`KnowledgeGraph`::

    import kg
    g = kg.open("output")                                   # or "output/store"
    g.sparql("SELECT ...")                                  # a pandas DataFrame
    g.query("technology-transfers")                         # a shipped query, as a DataFrame
    g.statements()                                          # one row per statement, with evidence
    G = g.graph(level="actor", families=["transfers"])     # a networkx MultiDiGraph

Graphs have one node per actor (or entity), with ``label`` (in the chosen language),
``notation`` (the entity key, e.g. PRK), ``type`` and ``wikidata``, and one edge per (subject, relation, object); each edge
carries ``relation``, ``family``, ``statements`` (how many statements support it), ``statuses``,
``first_date``/``last_date`` and ``evidence`` (a list of dicts: statement, status, date, doc,
sentence, start, end). Symmetric relations (meetsWith, cooperatesWith, alliedWith, relativeOf) are
stored once per pair, from the smaller node id to the larger, with ``symmetric=True``.

At actor level every entity is rolled up along ``kg:actsFor`` (Putin → RUS, Pyongyang → PRK,
Stoltenberg → NATO; chains are followed) and the self-loops that result (Putin leaderOf RUS) are
dropped, exactly as the evaluation's actor level does.

The edges are the ``kg:Edge`` resources ``kg build`` wrote (``kg.graph.edges``): which statements
make up which edge, at either level, is read from the store, not worked out again here; each edge
keeps the statements that pass the filters, and carries its IRI as ``edge``. A store without edges
(one ``kg build`` did not write) gets them computed in memory the same way, with a warning.
"""

from __future__ import annotations

import warnings
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterable

from ..errors import KGError, StoreError
from ..graph.store import KGStore
from ..ontology import relations as _relations
from ..graph.namespaces import prefixes_sparql

__all__ = ["KnowledgeGraph", "open", "DEFAULT_STATUSES", "date_bounds"]

from ..graph.edges import date_bounds  # noqa: E402 - re-exported: analysts import it from here

#: The statuses of statements the news reports as happening or about to happen (the same ones
#: that get the plain ``?s kg:rel ?o`` triple). Denied and negated statements are left out of
#: graphs unless asked for.
DEFAULT_STATUSES = ("asserted", "claimed", "expected")

_PREFIXES = "\n" + prefixes_sparql()  # one list of prefixes for all of kg (kg/graph/namespaces.py)

_STATEMENTS = _PREFIXES + """
SELECT ?st ?s ?rel ?o ?status ?date ?docdate ?doc ?sentence ?start ?end ?confidence ?trigger ?rule
       (GROUP_CONCAT(DISTINCT ?who; separator=" ") AS ?attributed_to)
       (GROUP_CONCAT(DISTINCT ?itemText; separator="; ") AS ?items)
WHERE {
  ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?rel ; rdf:object ?o ;
      kg:status/skos:notation ?status ; kg:sentence ?sentence ; prov:wasDerivedFrom ?d .
  ?d dcterms:identifier ?doc .
  OPTIONAL { ?d dcterms:date ?docdate }
  OPTIONAL { ?st dcterms:date ?date }
  OPTIONAL { ?st kg:startOffset ?start }
  OPTIONAL { ?st kg:endOffset ?end }
  OPTIONAL { ?st kg:confidence ?confidence }
  OPTIONAL { ?st kg:trigger ?trigger }
  OPTIONAL { ?st kg:rule ?rule }
  OPTIONAL { ?st prov:wasAttributedTo ?whoIri . ?whoIri skos:notation ?who }
  OPTIONAL { ?st kg:itemText ?itemText }
}
GROUP BY ?st ?s ?rel ?o ?status ?date ?docdate ?doc ?sentence ?start ?end ?confidence ?trigger ?rule
"""

_ENTITIES = _PREFIXES + """
SELECT ?e ?key ?label ?label_id ?label_en ?wikidata ?actsFor
       (GROUP_CONCAT(DISTINCT ?type; separator=" ") AS ?types)
WHERE {
  ?e skos:notation ?key .
  FILTER(STRSTARTS(STR(?e), "https://w3id.org/kg-news/entity/"))
  OPTIONAL { ?e rdfs:label ?label }
  OPTIONAL { ?e skos:prefLabel ?label_id . FILTER(LANG(?label_id) = "id") }
  OPTIONAL { ?e skos:prefLabel ?label_en . FILTER(LANG(?label_en) = "en") }
  OPTIONAL { ?e owl:sameAs ?wikidata }
  OPTIONAL { ?e kg:actsFor ?actsFor }
  OPTIONAL { ?e a ?t . FILTER(STRSTARTS(STR(?t), STR(kg:)) && ?t != kg:Actor)
             BIND(STRAFTER(STR(?t), "#") AS ?type) }
}
GROUP BY ?e ?key ?label ?label_id ?label_en ?wikidata ?actsFor
"""


def _in_range(date: str | None, since: str | None, until: str | None) -> bool:
    if since is None and until is None:
        return True
    bounds = date_bounds(date)
    if bounds is None:
        return False
    lo = (date_bounds(since) or ("",))[0] if since else None
    hi = (date_bounds(until) or ("", ""))[1] if until else None
    first, last = bounds
    return (lo is None or last >= lo) and (hi is None or first <= hi)


def _local(iri: str) -> str:
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def _resolve_store(path: str | Path) -> Path:
    path = Path(path)
    if (path / "store").is_dir():
        return path / "store"
    if path.is_dir():
        return path
    raise StoreError(f"{path}: no store here; run `kg build PATH -o {path}` first")


class KnowledgeGraph:
    """A read-only view of a built graph for analysis (see the module docstring)."""

    def __init__(self, path: str | Path, lang: str = "en") -> None:
        self.path = _resolve_store(path)
        self.lang = lang
        self._store = KGStore(self.path, read_only=True)
        self._entities = None
        self._statements = None
        self._rollup: dict[str, str] | None = None

    # ------------------------------------------------------------------ lifecycle
    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> "KnowledgeGraph":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<KnowledgeGraph {self.path}>"

    @property
    def store(self) -> KGStore:
        if self._store is None:
            raise KGError("this KnowledgeGraph is closed")
        return self._store

    # ------------------------------------------------------------------ SPARQL
    def sparql(self, text: str):
        """Run a SPARQL SELECT (or ASK/CONSTRUCT) on the store; the rows as a pandas DataFrame."""
        import pandas as pd

        names, rows = self.store.select(text)
        return pd.DataFrame(rows, columns=names)

    def query(self, name: str, **params: str):
        """A shipped query (``kg query --list``), a ``.rq`` file or SPARQL text, as a DataFrame.

        Entity parameters are keys or IRIs, the others as written: ``g.query("evidence", a="RUS", b="PRK")``,
        ``g.query("edges", rel="suppliesWeaponsTo", since="2024")``.
        """
        from ..query.named import bind_params, resolve_query

        q = resolve_query(name)
        values = {k: self._entity_iri(v) if q.spec(k).kind == "entity" and "://" not in v else v
                  for k, v in params.items()}
        return self.sparql(bind_params(q, values))

    def _entity_iri(self, key: str) -> str:
        ents = self.entities()
        for iri, e in ents.items():
            if key in (e["key"], e["label"], e["label_id"], e["label_en"]) or (e["wikidata"] or "").endswith("/" + key):
                return iri
        raise KGError(f"{key!r}: no such entity in {self.path}")

    # ------------------------------------------------------------------ tables
    def entities(self) -> dict[str, dict[str, Any]]:
        """Every entity by IRI: key, label, label_id, label_en, type, wikidata, acts_for (IRI)."""
        if self._entities is None:
            _n, rows = self.store.select(_ENTITIES)
            ents: dict[str, dict[str, Any]] = {}
            for r in rows:
                e = ents.setdefault(r["e"], {
                    "key": r["key"], "label": r["label"] or r["key"], "label_id": r["label_id"],
                    "label_en": r["label_en"], "wikidata": r["wikidata"], "acts_for": r["actsFor"],
                    "type": "",
                })
                types = sorted(t for t in (r["types"] or "").split() if t)
                if types and not e["type"]:
                    # the most specific class kg writes is the one that is not Place when both are
                    e["type"] = next((t for t in types if t != "Place"), types[0])
            self._entities = ents
        return self._entities

    def label(self, iri: str, lang: str | None = None) -> str:
        e = self.entities().get(iri)
        if e is None:
            return _local(iri)
        lang = lang or self.lang
        return e.get(f"label_{lang}") or e["label"] or e["key"]

    def actor_of(self, iri: str) -> str:
        """The actor an entity rolls up to along kg:actsFor (itself when it acts for no one), by
        :func:`kg.graph.edges.rollup_map`, the roll-up the edges and the page use as well."""
        if self._rollup is None:
            from ..graph.edges import rollup_map

            self._rollup = rollup_map({i: e["acts_for"] for i, e in self.entities().items()})
        return self._rollup.get(iri, iri)

    def statements(self):
        """One row per statement: ids, keys, labels, relation, family, status, date, evidence.

        ``date`` is the statement's own date, else its document's; ``attributed_to`` is a
        space-separated list of entity keys, ``items`` the transferred items' texts.
        """
        import pandas as pd

        if self._statements is None:
            rels = _relations()
            ents = self.entities()
            _n, rows = self.store.select(_STATEMENTS)
            out = []
            for r in rows:
                rel = _local(r["rel"])
                s, o = r["s"], r["o"]
                out.append({
                    "statement": r["st"],
                    "subject": s, "subject_key": ents.get(s, {}).get("key", _local(s)),
                    "subject_label": self.label(s),
                    "relation": rel, "family": rels.get(rel, {}).get("family", ""),
                    "object": o, "object_key": ents.get(o, {}).get("key", _local(o)),
                    "object_label": self.label(o),
                    "status": r["status"],
                    "date": r["date"] or r["docdate"],
                    "doc": r["doc"], "sentence": r["sentence"],
                    "start": r["start"], "end": r["end"],
                    "confidence": r["confidence"], "trigger": r["trigger"], "rule": r["rule"],
                    "attributed_to": r["attributed_to"] or "", "items": r["items"] or "",
                })
            cols = ["statement", "subject", "subject_key", "subject_label", "relation", "family", "object",
                    "object_key", "object_label", "status", "date", "doc", "sentence", "start", "end",
                    "confidence", "trigger", "rule", "attributed_to", "items"]
            df = pd.DataFrame(out, columns=cols)
            self._statements = df.sort_values(["doc", "start", "relation", "statement"], kind="stable",
                                              ignore_index=True)
        return self._statements.copy()

    def select(
        self,
        families: Iterable[str] | None = None,
        relations: Iterable[str] | None = None,
        statuses: Iterable[str] | None = DEFAULT_STATUSES,
        since: str | None = None,
        until: str | None = None,
    ):
        """The statements filtered by relation family, relation, status and date range.

        ``statuses=None`` keeps every status. With ``since``/``until`` (ISO dates, "2024-03" or
        "2024"), statements without a date are left out and partial dates count when they overlap.
        """
        df = self.statements()
        _check(families, {r["family"] for r in _relations().values()}, "family")
        _check(relations, set(_relations()), "relation")
        if families is not None:
            df = df[df["family"].isin(list(families))]
        if relations is not None:
            df = df[df["relation"].isin(list(relations))]
        if statuses is not None:
            df = df[df["status"].isin(list(statuses))]
        if since is not None or until is not None:
            df = df[[_in_range(d, since, until) for d in df["date"]]]
        return df.reset_index(drop=True)

    # ------------------------------------------------------------------ networkx
    def graph(
        self,
        level: str = "actor",
        families: Iterable[str] | None = None,
        relations: Iterable[str] | None = None,
        statuses: Iterable[str] | None = DEFAULT_STATUSES,
        since: str | None = None,
        until: str | None = None,
        lang: str | None = None,
    ):
        """A networkx ``MultiDiGraph`` of the selected statements (see the module docstring).

        ``level="actor"`` rolls entities up along kg:actsFor and drops the self-loops that
        result; ``level="entity"`` keeps entities as they are. Edge keys are relation names.
        """
        if level not in ("actor", "entity"):
            raise KGError(f"level must be 'actor' or 'entity', not {level!r}")
        df = self.select(families, relations, statuses, since, until)
        return statements_to_graph(df, self, level=level, lang=lang or self.lang, edges=self.edge_index(level))

    def edge_index(self, level: str = "actor") -> dict[str, tuple[str, str, str, str]]:
        """Statement IRI → (subject, relation, object, edge IRI) of the edge it supports at ``level``."""
        _n, rows = self.store.select(_EDGES.replace("?level", f'"{level}"', 1))
        if rows or self.statements().empty:
            return {r["st"]: (r["s"], _local(r["rel"]), r["o"], r["edge"]) for r in rows}
        warnings.warn(f"{self.path} has no kg:Edge; computing the edges in memory (run `kg build` again to write them)",
                      stacklevel=3)
        from ..graph.edges import edge_iri, edge_keys, rows_from_store

        rows_, rollup = rows_from_store(self.store.store)
        symmetric = {n for n, r in _relations().items() if r["symmetric"]}
        out = {}
        for row in rows_:
            for lv, s, rel, o in edge_keys(row, rollup, symmetric):
                if lv == level:
                    out[row.iri] = (s, rel, o, edge_iri(lv, s, rel, o))
        return out


def _check(values, allowed: set[str], what: str) -> None:
    if values is None:
        return
    bad = sorted(set(values) - allowed)
    if bad:
        raise KGError(f"unknown {what} {', '.join(bad)}; choose from {', '.join(sorted(allowed))}")


def statements_to_graph(df, kg: KnowledgeGraph | None = None, level: str = "actor", lang: str = "en",
                        edges: dict[str, tuple[str, str, str, str]] | None = None):
    """Build the MultiDiGraph of a statements table (the columns of ``KnowledgeGraph.statements``).

    ``edges`` (``KnowledgeGraph.edge_index``) says which edge each statement supports; without it
    the edges are worked out from the table: with ``kg`` rolled up at actor level, without ``kg``
    the nodes are the subject/object columns as they are.
    """
    import networkx as nx

    rels = _relations()
    G = nx.MultiDiGraph(level=level)
    edges_: dict[tuple[str, str, str], dict[str, Any]] = {}
    for r in df.to_dict("records"):
        rel = r["relation"]
        symmetric = bool(rels.get(rel, {}).get("symmetric", False))
        if edges is not None:
            found = edges.get(r["statement"])
            if found is None:  # an actor-level self-loop: no edge
                continue
            s, _rel, o, edge = found
        else:
            s, o, edge = r["subject"], r["object"], None
            if kg is not None and level == "actor":
                s, o = kg.actor_of(s), kg.actor_of(o)
            if s == o:
                continue
            if symmetric and o < s:
                s, o = o, s
        for n in (s, o):
            if n not in G:
                G.add_node(n, **_node_attrs(n, kg, lang))
        e = edges_.setdefault((s, rel, o), {
            "relation": rel, "family": r.get("family") or rels.get(rel, {}).get("family", ""),
            "label": rels.get(rel, {}).get("label_en", rel), "symmetric": symmetric, "edge": edge,
            "statements": 0, "statuses": defaultdict(int), "evidence": [],
        })
        e["statements"] += 1
        e["statuses"][r["status"]] += 1
        e["evidence"].append({
            "statement": r.get("statement"), "status": r["status"], "date": r.get("date"),
            "doc": r.get("doc"), "sentence": r.get("sentence"), "start": r.get("start"), "end": r.get("end"),
            "subject": r.get("subject"), "object": r.get("object"),
        })
    for (s, rel, o), e in sorted(edges_.items()):
        dates = sorted(d for d in (ev["date"] for ev in e["evidence"]) if d)
        e["statuses"] = dict(sorted(e["statuses"].items()))
        e["first_date"] = dates[0] if dates else None
        e["last_date"] = dates[-1] if dates else None
        G.add_edge(s, o, key=rel, **e)
    return G


_EDGES = _PREFIXES + """
SELECT ?st ?s ?rel ?o ?edge WHERE {
  ?edge kg:level ?level ; kg:edgeSubject ?s ; kg:edgeRelation ?rel ; kg:edgeObject ?o ; kg:supportedBy ?st .
}
"""


def _node_attrs(iri: str, kg: KnowledgeGraph | None, lang: str) -> dict[str, Any]:
    if kg is None:
        return {"label": _local(iri), "notation": _local(iri), "type": "", "wikidata": ""}
    e = kg.entities().get(iri, {})
    return {
        "label": kg.label(iri, lang), "notation": e.get("key", _local(iri)), "type": e.get("type", ""),
        "wikidata": e.get("wikidata") or "",
    }


def open(path: str | Path = "output", lang: str = "en") -> KnowledgeGraph:  # noqa: A001 - kg.open reads well
    """Open the graph ``kg build`` wrote into ``path`` (the output folder or its ``store/``)."""
    return KnowledgeGraph(path, lang=lang)
