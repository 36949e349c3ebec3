"""Running one SPARQL query on Oxigraph and serialising its answer in the negotiated format.

This module imports only pyoxigraph and the standard library because it runs inside the
endpoint's worker processes. Results are written by pyoxigraph's own serialisers
(``QueryResultsFormat`` for SELECT/ASK, ``RdfFormat`` for CONSTRUCT/DESCRIBE).

The row limit is enforced while the answer streams out: the solutions are first written as TSV
(or the triples as N-Triples), one line per row, into a writer that stops the evaluation as soon as
it holds ``max_rows`` rows; those lines are then parsed back by pyoxigraph and written in the
format the client asked for. TSV and N-Triples carry every RDF term exactly, so nothing is lost.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pyoxigraph as ox

__all__ = ["Answer", "NotAcceptable", "execute", "negotiate", "RESULT_FORMATS", "GRAPH_FORMATS", "PREFIXES"]

# name -> format; the first one is the default
RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD,
}
# extra media types people send for the same formats
_ALIASES = {
    "application/json": "json",
    "application/sparql-results+json": "json",
    "application/xml": "xml",
    "text/xml": "xml",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
    "text/turtle": "turtle",
    "application/x-turtle": "turtle",
    "application/n-triples": "ntriples",
    "text/plain": "ntriples",
    "application/rdf+xml": "rdfxml",
    "application/ld+json": "jsonld",
}
_SHORT = {"ttl": "turtle", "nt": "ntriples", "n-triples": "ntriples", "rdf": "rdfxml", "json-ld": "jsonld"}

PREFIXES = {
    "kg": "https://w3id.org/kg-news/ontology#",
    "ent": "https://w3id.org/kg-news/entity/",
    "stmt": "https://w3id.org/kg-news/statement/",
    "doc": "https://w3id.org/kg-news/doc/",
    "kgg": "https://w3id.org/kg-news/graph/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}


class NotAcceptable(Exception):
    """No format the client accepts fits this kind of result (HTTP 406)."""


@dataclass
class Answer:
    body: bytes
    content_type: str
    kind: str  # "solutions", "boolean" or "graph"
    rows: int
    truncated: bool


def _parse_accept(accept: str) -> list[tuple[str, float]]:
    """Media ranges of an Accept header, best first (ties keep their order)."""
    out = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        if not fields[0]:
            continue
        q = 1.0
        for f in fields[1:]:
            if f.lower().startswith("q="):
                try:
                    q = float(f[2:])
                except ValueError:
                    q = 0.0
        out.append((fields[0].lower(), q, i))
    out.sort(key=lambda t: (-t[1], t[2]))
    return [(m, q) for m, q, _ in out if q > 0]


def negotiate(kind: str, accept: str | None = None, fmt: str | None = None) -> str:
    """The format name for a result of ``kind`` given the ``format`` parameter or Accept header."""
    table = GRAPH_FORMATS if kind == "graph" else RESULT_FORMATS
    default = next(iter(table))
    if fmt:
        name = fmt.strip().lower()
        name = _ALIASES.get(name, _SHORT.get(name, name))
        if name in table:
            return name
        raise NotAcceptable(f"format {fmt!r} does not fit a {_KIND_WORD[kind]}; use one of {', '.join(table)}")
    if not accept:
        return default
    for media, _q in _parse_accept(accept):
        if media in ("*/*", "application/*", "text/*"):
            return default
        name = _ALIASES.get(media)
        if name in table:
            return name
    offered = ", ".join(_media_type(n) for n in table)
    raise NotAcceptable(f"none of the accepted types ({accept}) fits a {_KIND_WORD[kind]}; offered: {offered}")


_KIND_WORD = {"solutions": "SELECT result", "boolean": "ASK result", "graph": "CONSTRUCT/DESCRIBE graph"}


def _media_type(name: str) -> str:
    fmt = RESULT_FORMATS.get(name) or GRAPH_FORMATS[name]
    return fmt.media_type


class _LineLimit(io.RawIOBase):
    """A binary sink that keeps the first ``limit`` lines and then stops the writer by raising."""

    class Full(Exception):
        pass

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.lines = 0
        self.buf = bytearray()
        self.end = 0  # where the limit-th line ends
        self.full = False

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:  # type: ignore[override]
        if self.full:
            raise _LineLimit.Full()
        start = len(self.buf)
        self.buf += data
        n = self.buf.count(b"\n", start)
        if self.lines + n < self.limit:
            self.lines += n
            return len(data)
        pos = start
        while True:
            i = self.buf.find(b"\n", pos)
            if i < 0:
                return len(data)
            pos = i + 1
            self.lines += 1
            if self.lines == self.limit:
                self.end = pos
            elif self.lines > self.limit:
                del self.buf[self.end :]
                self.full = True
                raise _LineLimit.Full()

    def getvalue(self) -> bytes:
        return bytes(self.buf)


def _limited(write, limit: int) -> tuple[bytes, bool]:
    """Run ``write(sink)`` and keep at most ``limit`` lines; True if there were more."""
    sink = _LineLimit(limit)
    try:
        write(sink)
    except Exception:
        if not sink.full:
            raise
    return sink.getvalue(), sink.full


def execute(
    store: ox.Store,
    query: str,
    accept: str | None = None,
    fmt: str | None = None,
    max_rows: int = 10_000,
    default_graph_uris: list[str] | None = None,
    named_graph_uris: list[str] | None = None,
) -> Answer:
    """Evaluate ``query`` on ``store`` and serialise at most ``max_rows`` rows (or triples).

    Raises ``SyntaxError`` for a malformed query and ``NotAcceptable`` when no format fits.
    """
    kwargs: dict = {}
    if default_graph_uris:
        kwargs["default_graph"] = [ox.NamedNode(u) for u in default_graph_uris]
    else:
        kwargs["use_default_graph_as_union"] = True
    if named_graph_uris:
        kwargs["named_graphs"] = [ox.NamedNode(u) for u in named_graph_uris]
    result = store.query(query, **kwargs)

    if isinstance(result, ox.QueryBoolean):
        name = negotiate("boolean", accept, fmt)
        body = result.serialize(format=RESULT_FORMATS[name])
        return Answer(body, _content_type(name), "boolean", 1, False)

    if isinstance(result, ox.QuerySolutions):
        name = negotiate("solutions", accept, fmt)
        # one header line, then one line per solution
        tsv, truncated = _limited(lambda sink: result.serialize(sink, format=ox.QueryResultsFormat.TSV), max_rows + 1)
        rows = max(tsv.count(b"\n") - 1, 0)
        if name == "tsv":
            body = tsv
        else:
            again = ox.parse_query_results(tsv, format=ox.QueryResultsFormat.TSV)
            body = again.serialize(format=RESULT_FORMATS[name])
        return Answer(body, _content_type(name), "solutions", rows, truncated)

    name = negotiate("graph", accept, fmt)
    nt, truncated = _limited(lambda sink: result.serialize(sink, format=ox.RdfFormat.N_TRIPLES), max_rows)
    rows = nt.count(b"\n")
    if name == "ntriples":
        body = nt
    else:
        triples = ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)
        body = ox.serialize(triples, format=GRAPH_FORMATS[name], prefixes=PREFIXES if name == "turtle" else None)
    return Answer(body, _content_type(name), "graph", rows, truncated)


def _content_type(name: str) -> str:
    media = _media_type(name)
    return media if "charset" in media else media + "; charset=utf-8"


_UPDATE_RE = re.compile(
    r"^\s*+(?:(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s+<[^>]*>|#[^\n]*+)\s*+)*+"
    r"(INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY|WITH)\b",
    re.IGNORECASE,
)


def looks_like_update(text: str) -> bool:
    """Whether ``text`` is a SPARQL Update request rather than a query."""
    return bool(_UPDATE_RE.match(text))
