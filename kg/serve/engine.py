"""Worker processes that answer queries with a deadline.

Oxigraph evaluates a query in native code that Python cannot interrupt, so each query runs in a
worker process that holds the store open read-only. When a query runs past the time limit, its
worker is killed (which really stops the evaluation) and a fresh one takes its place; the fresh
one joins the pool only once it has opened the store, so no other query's time limit pays for its
start-up. The pool has a fixed number of workers; a request waits for a free one (as long as the
time limit, and at least ``MIN_WAIT`` seconds: a short limit is there to stop runaway queries, not
to turn away the queries queued behind them), and its query then has the whole time limit to run.
A worker reopens the store when ``kg build`` has changed it, so a running endpoint serves the
latest build without a restart.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import queue
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .execute import Answer

__all__ = ["QueryEngine", "QueryTimeout", "EngineBusy", "QueryFailed"]

MIN_WAIT = 30.0  # seconds a request may wait for a free worker, whatever the time limit


class QueryTimeout(Exception):
    """The query ran past the time limit and was stopped."""


class EngineBusy(Exception):
    """Every worker stayed busy for the whole time limit."""


class QueryFailed(Exception):
    """The query could not be evaluated; ``kind`` is "syntax", "format" or "error"."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


def _stamp(store_path: str) -> int | None:
    """When the store's folder last changed: every commit of ``kg build`` adds or removes files there."""
    try:
        return os.stat(store_path).st_mtime_ns
    except OSError:
        return None


def _worker_main(store_path: str, conn) -> None:  # pragma: no cover - runs in a child process
    import pyoxigraph as ox

    from .execute import NotAcceptable, execute

    try:
        stamp = _stamp(store_path)
        store = ox.Store.read_only(store_path)
    except Exception as exc:  # the parent reports it on the first query
        conn.send(("error", f"cannot open the store {store_path}: {exc}"))
        return
    conn.send(("ready", None))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        if job is None:
            return
        now = _stamp(store_path)
        if now != stamp:  # rebuilt since it was opened: a read-only store sees only what was there then
            try:
                store, stamp = ox.Store.read_only(store_path), now
            except Exception:  # noqa: BLE001 - mid-rewrite or gone: keep answering from what is open
                pass
        try:
            conn.send(("ok", execute(store, **job)))
        except SyntaxError as exc:
            conn.send(("syntax", str(exc)))
        except NotAcceptable as exc:
            conn.send(("format", str(exc)))
        except Exception as exc:
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


@dataclass
class _Worker:
    process: Any
    conn: Any


class QueryEngine:
    """A pool of ``workers`` processes answering queries on the store at ``store_path``."""

    def __init__(self, store_path: str | Path, workers: int = 2, timeout: float = 30.0, max_rows: int = 10_000) -> None:
        self.store_path = str(store_path)
        self.timeout = float(timeout)
        self.wait = max(self.timeout, MIN_WAIT)
        self.max_rows = int(max_rows)
        self._ctx = mp.get_context("spawn")
        self._idle: queue.Queue[_Worker | None] = queue.Queue()
        self._lock = threading.Lock()
        self._all: list[_Worker] = []
        self._closed = False
        for _ in range(max(1, workers)):
            self._idle.put(self._spawn())

    # ------------------------------------------------------------------ workers
    def _spawn(self) -> _Worker:
        parent, child = self._ctx.Pipe()
        proc = self._ctx.Process(target=_worker_main, args=(self.store_path, child), daemon=True,
                                 name="kg-serve-worker")
        proc.start()
        child.close()
        w = _Worker(proc, parent)
        with self._lock:
            self._all.append(w)
        return w

    def _replace(self) -> None:
        """Start a worker in place of a killed one, off the request's path: it joins the idle pool
        when it is ready (or has failed to open the store, which its first query then reports)."""

        def start() -> None:
            w = self._spawn()
            try:
                self._ready(w, time.monotonic())
            except (QueryFailed, EOFError, OSError):
                pass
            if self._closed:
                self._kill(w)
            else:
                self._idle.put(w)

        threading.Thread(target=start, name="kg-serve-respawn", daemon=True).start()

    def _kill(self, w: _Worker) -> None:
        try:
            w.conn.close()
        except OSError:
            pass
        if w.process.is_alive():
            w.process.kill()
        w.process.join(5)
        with self._lock:
            if w in self._all:
                self._all.remove(w)

    def _ready(self, w: _Worker, deadline: float) -> None:
        """Wait for a freshly started worker to open the store."""
        if getattr(w, "ok", False):
            return
        if not w.conn.poll(max(deadline - time.monotonic(), 0.0) + 30):
            raise QueryFailed("error", "a query worker did not start")
        status, message = w.conn.recv()
        if status != "ready":
            raise QueryFailed("error", message)
        w.ok = True  # type: ignore[attr-defined]

    def check(self) -> None:
        """Raise ``QueryFailed`` unless a worker can open the store (called once at start-up)."""
        w = self._idle.get()
        try:
            self._ready(w, time.monotonic())
        except Exception:
            self._kill(w)
            self._idle.put(self._spawn())
            raise
        self._idle.put(w)

    # ------------------------------------------------------------------ queries
    def run(self, query: str, accept: str | None = None, fmt: str | None = None,
            default_graph_uris: list[str] | None = None, named_graph_uris: list[str] | None = None,
            max_rows: int | None = None) -> Answer:
        """Answer ``query`` with at most ``max_rows`` rows (never more than the engine's own limit)."""
        rows = self.max_rows if max_rows is None else min(max_rows, self.max_rows)
        if self._closed:
            raise EngineBusy("the endpoint is shutting down")
        w = self._take()
        if w is None:  # closing
            self._idle.put(None)
            raise EngineBusy("the endpoint is shutting down")
        deadline = time.monotonic() + self.timeout
        healthy = False
        try:
            if not w.process.is_alive():
                raise ConnectionError
            self._ready(w, deadline)
            w.conn.send(dict(query=query, accept=accept, fmt=fmt, max_rows=rows,
                             default_graph_uris=default_graph_uris, named_graph_uris=named_graph_uris))
            if not w.conn.poll(max(deadline - time.monotonic(), 0.0)):
                raise QueryTimeout(f"the query ran longer than the time limit of {self.timeout:g} s and was stopped")
            status, payload = w.conn.recv()
            healthy = True
        except (EOFError, OSError, ConnectionError):
            raise QueryFailed("error", "the query worker died (out of memory?)") from None
        finally:
            if healthy:
                self._idle.put(w)
            else:
                self._kill(w)
                if not self._closed:
                    self._replace()
        if status == "ok":
            return payload
        raise QueryFailed(status, payload)

    def _take(self) -> _Worker | None:
        """An idle worker, waited for up to ``self.wait`` seconds, in one wait: the queue's waiters
        are served in the order they came, which waking up now and then to look again would undo."""
        try:
            return self._idle.get(timeout=self.wait)
        except queue.Empty:
            raise EngineBusy(f"every query worker stayed busy for {self.wait:g} s") from None

    def close(self) -> None:
        self._closed = True
        with self._lock:
            workers = list(self._all)
        for w in workers:
            try:
                w.conn.send(None)
            except OSError:
                pass
        for w in workers:
            w.process.join(2)
            self._kill(w)
        self._idle.put(None)

    def __enter__(self) -> "QueryEngine":
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()
