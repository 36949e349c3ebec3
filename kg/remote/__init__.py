"""Any SPARQL 1.1 server as a kg store: query it like the local store, push the graph into it.

:class:`Endpoint` speaks the SPARQL 1.1 Protocol (queries, and updates as
``application/sparql-update``) and the Graph Store HTTP Protocol, with HTTP basic or digest
authentication, using only the standard library. Answers are parsed by pyoxigraph, so
:meth:`Endpoint.select` gives the same rows as :meth:`kg.graph.store.KGStore.select`.

:func:`push` copies every named graph of a store (or all of them into one graph) to a server,
in batches, replacing what the server held in those graphs.

Virtuoso, for example (see docs/sparql.md): its anonymous ``/sparql`` is read-only unless the
``SPARQL`` user has the ``SPARQL_UPDATE`` role, but ``/sparql-auth`` takes updates from an
authenticated user (digest) and ``/sparql-graph-crud-auth`` is its Graph Store Protocol:

    kg push --endpoint http://localhost:8890/sparql-auth --user dba --password dba
    kg push --endpoint http://localhost:8890/sparql --gsp http://localhost:8890/sparql-graph-crud-auth \\
            --user dba --password dba
"""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

import pyoxigraph as ox

from ..errors import KGError, QueryError

__all__ = ["Endpoint", "EndpointError", "push", "PushReport"]

_ACCEPT = ("application/sparql-results+json, application/sparql-results+xml;q=0.9, "
           "application/n-triples;q=0.8, text/turtle;q=0.7")


class EndpointError(KGError):
    """The remote server refused a request or cannot be reached."""


class Endpoint:
    """A SPARQL 1.1 server at ``url`` (its query endpoint; updates go there too unless ``update_url``)."""

    def __init__(self, url: str, user: str | None = None, password: str | None = None, auth: str = "digest",
                 update_url: str | None = None, gsp_url: str | None = None, timeout: float = 120.0) -> None:
        for u in (url, update_url, gsp_url):
            if u and urllib.parse.urlsplit(u).scheme not in ("http", "https"):
                raise EndpointError(f"{u}: give an http:// or https:// URL")
        self.url = url
        self.update_url = update_url or url
        self.gsp_url = gsp_url
        self.timeout = timeout
        handlers: list[Any] = []
        if user is not None:
            mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for u in {self.url, self.update_url, self.gsp_url} - {None}:
                mgr.add_password(None, u, user, password or "")
            if auth == "basic":
                handlers.append(urllib.request.HTTPBasicAuthHandler(mgr))
            elif auth == "digest":
                handlers.append(urllib.request.HTTPDigestAuthHandler(mgr))
            else:
                raise EndpointError(f"unknown authentication {auth!r}: basic or digest")
        self._opener = urllib.request.build_opener(*handlers)

    # ------------------------------------------------------------------ HTTP
    def _request(self, url: str, data: bytes | None, headers: dict[str, str], method: str = "POST") -> tuple[bytes, str]:
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with self._opener.open(req, timeout=self.timeout) as resp:
                return resp.read(), resp.headers.get("Content-Type", "")
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip()
            if len(detail) > 600:
                detail = detail[:600] + "…"
            if exc.code == 400:
                raise QueryError(f"{url} says the request is malformed: {detail}") from None
            raise EndpointError(f"{url} answered {exc.code} {exc.reason}: {detail}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise EndpointError(f"cannot reach {url}: {reason}") from None

    # ------------------------------------------------------------------ queries
    def query(self, sparql: str) -> ox.QuerySolutions | ox.QueryBoolean | list[ox.Triple]:
        """Run ``sparql`` on the server; solutions and booleans as pyoxigraph parses them, graphs as triples."""
        body = urllib.parse.urlencode({"query": sparql}).encode("utf-8")
        data, ctype = self._request(self.url, body, {
            "Content-Type": "application/x-www-form-urlencoded; charset=utf-8", "Accept": _ACCEPT})
        media = ctype.split(";")[0].strip().lower()
        if media in ("application/sparql-results+json", "application/json"):
            return ox.parse_query_results(data, format=ox.QueryResultsFormat.JSON)
        if media in ("application/sparql-results+xml", "application/xml", "text/xml"):
            return ox.parse_query_results(data, format=ox.QueryResultsFormat.XML)
        if media in ("text/tab-separated-values",):
            return ox.parse_query_results(data, format=ox.QueryResultsFormat.TSV)
        for fmt in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TURTLE):
            if media == fmt.media_type or (media == "text/plain" and fmt is ox.RdfFormat.N_TRIPLES):
                return [q.triple for q in ox.parse(data, format=fmt)]
        raise EndpointError(f"{self.url} answered in {ctype or 'an unknown format'}, which kg cannot read")

    def select(self, sparql: str) -> tuple[list[str], list[dict[str, Any]]]:
        """Variables and rows, exactly like ``KGStore.select`` on the local store."""
        from ..graph.store import _py

        result = self.query(sparql)
        if isinstance(result, ox.QueryBoolean):
            return ["ask"], [{"ask": bool(result)}]
        if isinstance(result, list):
            return ["s", "p", "o"], [{"s": t.subject.value, "p": t.predicate.value, "o": _py(t.object)} for t in result]
        names = [v.value for v in result.variables]
        return names, [{n: _py(sol[n]) for n in names} for sol in result]

    # ------------------------------------------------------------------ writing
    def update(self, sparql: str) -> None:
        """Send a SPARQL Update request."""
        self._request(self.update_url, sparql.encode("utf-8"),
                      {"Content-Type": "application/sparql-update; charset=utf-8"})

    def put_graph(self, graph: str, ntriples: bytes, replace: bool) -> None:
        """Graph Store Protocol: PUT (replace) or POST (add) triples to the named graph ``graph``."""
        if not self.gsp_url:
            raise EndpointError("no Graph Store Protocol URL given")
        sep = "&" if "?" in self.gsp_url else "?"
        url = f"{self.gsp_url}{sep}{urllib.parse.urlencode({'graph': graph})}"
        # N-Triples is Turtle, and every Graph Store implementation reads Turtle
        self._request(url, ntriples, {"Content-Type": "text/turtle; charset=utf-8"}, method="PUT" if replace else "POST")


@dataclass
class PushReport:
    graphs: dict[str, int] = field(default_factory=dict)  # target graph -> triples sent
    requests: int = 0

    @property
    def triples(self) -> int:
        return sum(self.graphs.values())


def _batches(triples: list[ox.Triple], size: int) -> Iterator[list[ox.Triple]]:
    """Batches of at most ``size`` triples; triples with blank nodes travel together in the last one,
    because a blank node means the same node only within one request."""
    plain = [t for t in triples if not (isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode))]
    blank = [t for t in triples if isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode)]
    for i in range(0, len(plain), size):
        yield plain[i : i + size]
    if blank:
        yield blank


def _ntriples(triples: Iterable[ox.Triple]) -> bytes:
    return ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES)


def push(store_path: str | Path, endpoint: Endpoint, graph: str | None = None, batch_size: int = 5000,
         method: str = "update", replace: bool = True,
         progress: Callable[[str, int], None] | None = None) -> PushReport:
    """Copy the store at ``store_path`` to ``endpoint``.

    Each named graph of the store goes to the graph of the same name on the server, or all of them
    to ``graph`` when given; ``method`` is ``"update"`` (SPARQL Update ``INSERT DATA``) or ``"gsp"``
    (Graph Store Protocol). With ``replace`` each target graph is emptied first, so pushing twice
    leaves the server as pushing once.
    """
    from ..graph.store import KGStore

    if method not in ("update", "gsp"):
        raise EndpointError(f"unknown push method {method!r}: update or gsp")
    if batch_size < 1:
        raise EndpointError("the batch size must be at least 1")
    report = PushReport()
    with KGStore(store_path, read_only=True) as st:
        sources: list[ox.NamedNode | ox.DefaultGraph] = sorted(
            (g for g in st.store.named_graphs() if isinstance(g, ox.NamedNode)), key=lambda g: g.value)
        if next(iter(st.store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None:
            sources.insert(0, ox.DefaultGraph())
        cleared: set[str] = set()
        for source in sources:
            target = graph or (source.value if isinstance(source, ox.NamedNode) else None)
            if target is None:
                raise EndpointError("the store has triples in its default graph; give --graph IRI for them")
            triples = [q.triple for q in st.store.quads_for_pattern(None, None, None, source)]
            first = replace and target not in cleared
            cleared.add(target)
            if method == "update" and first:
                endpoint.update(f"DROP SILENT GRAPH <{target}>")
                report.requests += 1
            for batch in _batches(triples, batch_size):
                data = _ntriples(batch)
                if method == "gsp":
                    endpoint.put_graph(target, data, replace=first)
                    first = False
                elif any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in batch):
                    # INSERT DATA may carry blank nodes by the standard, but Virtuoso refuses them;
                    # an INSERT template with one empty solution makes the same fresh nodes anywhere
                    endpoint.update(f"INSERT {{ GRAPH <{target}> {{\n{data.decode('utf-8')}}} }} WHERE {{}}")
                else:
                    endpoint.update(f"INSERT DATA {{ GRAPH <{target}> {{\n{data.decode('utf-8')}}} }}")
                report.requests += 1
                report.graphs[target] = report.graphs.get(target, 0) + len(batch)
                if progress:
                    progress(target, len(batch))
            if method == "gsp" and first and not triples:
                endpoint.put_graph(target, b"", replace=True)
                report.requests += 1
            report.graphs.setdefault(target, 0)
    return report
