"""The SPARQL 1.1 Protocol over HTTP, with the standard library's threading HTTP server.

Routes:
  ``/sparql``  queries by GET (``?query=``) or POST (form-encoded ``query=`` or an
               ``application/sparql-query`` body); the answer's format comes from the ``format``
               parameter or the Accept header. Updates are refused with 403. ``limit=N`` and
               ``offset=K`` page the answer; a page the answer goes on past carries
               ``X-KG-Truncated: true; limit=N; next-offset=K+N``.
  ``/``        the query page (YASGUI), with the shipped queries as tabs; its files under ``/assets/``.

Each request thread hands its query to a worker process of a :class:`~kg.serve.engine.QueryEngine`
and writes back the serialised answer.
"""

from __future__ import annotations

import json
import sys
import time
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from .engine import EngineBusy, QueryEngine, QueryFailed, QueryTimeout
from .execute import looks_like_update

__all__ = ["SPARQLServer", "make_server"]

MAX_BODY = 1 << 20  # a query larger than 1 MiB is refused
READ_ONLY = ("this endpoint is read-only: SPARQL Update is refused. Load data with `kg build`, "
             "or push it to a writable server with `kg push --endpoint URL`.")


class SPARQLServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, address, engine: QueryEngine, page: bytes, quiet: bool = False) -> None:
        super().__init__(address, SPARQLHandler)
        self.engine = engine
        self.page = page
        self.quiet = quiet

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{port}/sparql"

    def handle_error(self, request, client_address) -> None:
        # a client that vanished mid-answer is not worth a traceback; anything else is logged
        exc = sys.exc_info()[1]
        if isinstance(exc, (BrokenPipeError, ConnectionResetError, TimeoutError)):
            return
        super().handle_error(request, client_address)

    def server_close(self) -> None:
        super().server_close()
        self.engine.close()


class SPARQLHandler(BaseHTTPRequestHandler):
    server: SPARQLServer
    server_version = "kg-serve"
    protocol_version = "HTTP/1.1"
    timeout = 60  # seconds a client may take to send its request
    error_content_type = "text/plain; charset=utf-8"
    error_message_format = "%(code)d %(message)s\n%(explain)s\n"

    # ------------------------------------------------------------------ plumbing
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - the base class's name
        if not self.server.quiet:
            sys.stderr.write(f"{self.address_string()} - [{self.log_date_time_string()}] {format % args}\n")

    def _send(self, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Vary", "Accept")
            headers = {"Cache-Control": "no-store", **(headers or {})}
            for k, v in headers.items():
                self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True

    def _text(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        self._send(status, (message.rstrip() + "\n").encode("utf-8"), "text/plain; charset=utf-8", headers)

    def _body(self) -> bytes | None:
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            self._text(400, "bad Content-Length")
            return None
        if length > MAX_BODY:
            self.close_connection = True
            self._text(413, f"the request body is larger than {MAX_BODY} bytes")
            return None
        if length < 0:
            self._text(400, "bad Content-Length")
            return None
        return self.rfile.read(length) if length else b""

    # ------------------------------------------------------------------ methods
    def do_GET(self) -> None:
        url = urlsplit(self.path)
        if url.path in ("/", "/index.html"):
            self._send(200, self.server.page, "text/html; charset=utf-8")
            return
        if url.path.startswith("/assets/"):
            from .page import asset

            found = asset(url.path[len("/assets/"):])
            if found is None:
                self._text(404, f"nothing at {url.path}")
            else:
                self._send(200, found[0], found[1], {"Cache-Control": "max-age=3600"})
            return
        if url.path == "/queries.json":
            from .page import shipped_queries

            self._send(200, json.dumps(shipped_queries(), ensure_ascii=False).encode("utf-8"), "application/json")
            return
        if url.path != "/sparql":
            self._text(404, f"nothing at {url.path}; the SPARQL endpoint is /sparql")
            return
        params = parse_qs(url.query, keep_blank_values=True)
        if "update" in params:
            self._text(403, READ_ONLY)
            return
        if "query" not in params:
            if "text/html" in (self.headers.get("Accept") or ""):
                self._send(200, self.server.page, "text/html; charset=utf-8")
            else:
                self._text(400, "give the query as ?query=... (SPARQL 1.1 Protocol)")
            return
        self._query(params)

    do_HEAD = do_GET

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._body()
            self._text(404, f"nothing at {url.path}; the SPARQL endpoint is /sparql")
            return
        body = self._body()
        if body is None:
            return
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/sparql-update":
            self._text(403, READ_ONLY)
            return
        if ctype == "application/sparql-query":
            try:
                params["query"] = [body.decode("utf-8")]
            except UnicodeDecodeError:
                self._text(400, "the query is not UTF-8")
                return
        elif ctype == "application/x-www-form-urlencoded":
            try:
                form = parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
            except UnicodeDecodeError:
                self._text(400, "the form is not UTF-8")
                return
            if "update" in form:
                self._text(403, READ_ONLY)
                return
            for k, v in form.items():
                params.setdefault(k, []).extend(v)
        else:
            self._text(415, "POST a query as application/sparql-query or as a form "
                            "(application/x-www-form-urlencoded) with query=...")
            return
        if "query" not in params:
            self._text(400, "no query=... in the request")
            return
        self._query(params)

    def _method_not_allowed(self) -> None:
        self._body()
        self._text(405, "only GET and POST are served", {"Allow": "GET, POST, HEAD"})

    do_PUT = do_DELETE = do_PATCH = _method_not_allowed

    # ------------------------------------------------------------------ queries
    def _query(self, params: dict[str, list[str]]) -> None:
        queries = params["query"]
        if len(queries) != 1:
            self._text(400, "give exactly one query= parameter")
            return
        query = queries[0]
        if looks_like_update(query):
            self._text(403, READ_ONLY)
            return
        fmt = (params.get("format") or params.get("output") or [None])[0] or None
        try:
            limit, offset = _count(params, "limit"), _count(params, "offset") or 0
        except ValueError as exc:
            self._text(400, str(exc))
            return
        engine = self.server.engine
        if limit is not None or offset:
            from ..query.paging import page_query

            paged = page_query(query, limit, offset)
            if paged is None:
                self._text(400, "limit= and offset= page a SELECT, CONSTRUCT or DESCRIBE query without LIMIT or "
                                "OFFSET of its own; this one has them (or is an ASK)")
                return
            query = paged
        started = time.monotonic()
        try:
            answer = engine.run(
                query,
                accept=self.headers.get("Accept"),
                fmt=fmt,
                default_graph_uris=params.get("default-graph-uri") or None,
                named_graph_uris=params.get("named-graph-uri") or None,
                max_rows=limit,
            )
        except QueryFailed as exc:
            if exc.kind == "syntax":
                self._text(400, f"malformed query: {exc}")
            elif exc.kind == "format":
                self._text(406, str(exc))
            else:
                self._text(500, f"the query failed: {exc}")
            return
        except QueryTimeout as exc:
            self._text(503, str(exc), {"Retry-After": "1"})
            return
        except EngineBusy as exc:
            self._text(503, str(exc), {"Retry-After": "1"})
            return
        elapsed = time.monotonic() - started
        headers = {"X-KG-Rows": str(answer.rows), "X-KG-Elapsed-Ms": f"{elapsed * 1000:.1f}"}
        if offset:
            headers["X-KG-Offset"] = str(offset)
        if answer.truncated and limit is not None and limit <= engine.max_rows:
            headers["X-KG-Truncated"] = f"true; limit={limit}; next-offset={offset + answer.rows}"
        elif answer.truncated:
            headers["X-KG-Truncated"] = f"true; max-rows={engine.max_rows}; next-offset={offset + answer.rows}"
        self._send(200, answer.body, answer.content_type, headers)


def _count(params: dict[str, list[str]], name: str) -> int | None:
    """The non-negative integer parameter ``name``, or None when absent."""
    values = params.get(name)
    if not values or not values[0].strip():
        return None
    try:
        n = int(values[0])
    except ValueError:
        raise ValueError(f"{name}= must be a whole number, not {values[0]!r}") from None
    if n < 0:
        raise ValueError(f"{name}= must not be negative")
    return n


def make_server(store: str, host: str = "127.0.0.1", port: int = 7878, timeout: float = 30.0,
                max_rows: int = 10_000, workers: int = 2, quiet: bool = False) -> SPARQLServer:
    """A ready endpoint over the Oxigraph store at ``store`` (call ``serve_forever()`` on it)."""
    from .page import render_page

    engine = QueryEngine(store, workers=workers, timeout=timeout, max_rows=max_rows)
    try:
        engine.check()
        server = SPARQLServer((host, port), engine, render_page(timeout, max_rows), quiet=quiet)
    except BaseException:
        engine.close()
        raise
    return server
