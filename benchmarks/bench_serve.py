"""`kg serve` under load: many clients on loopback, edge and evidence pages, one deliberately slow query.

Run: python benchmarks/bench_serve.py [--statements 65000] [--clients 32] [--seconds 60] [--timeout 2]

The store is bench_queries.py's synthetic graph (65,000 statements, about 1.1 million quads, cached
in the temporary folder). ``kg serve`` starts as a real subprocess on a free loopback port with
``--timeout`` and ``--workers``; then ``--clients`` threads, each with its own keep-alive
connection, send requests back to back for ``--seconds``:

* **edge pages**: one actor's edges (subject, relation, object, with their statement counts),
  ranked, 20 rows a page at a random offset;
* **evidence pages**: the shipped ``evidence`` query bound to one of the busiest pairs, 20 rows a
  page at a random offset;
* **summary**: the shipped ``relations-summary`` (every statement counted), now and then;
* **slow**: one client sends a query that cannot finish in time (a three-way cross product of the
  store) every ``--slow-every`` seconds. The endpoint must stop it at ``--timeout`` (503) while the
  other clients keep being answered by the other workers.

It reports latency (p50, p99) and throughput per kind, the requests that failed (anything but
200, or for the slow query anything but a 503 at the time limit), the requests answered while a
slow query was running, and the resident memory of the server and its workers, sampled every
second. ``--results FILE`` writes the figures as JSON.
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

PREFIXES = """PREFIX kg: <https://w3id.org/kg-news/ontology#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""
EDGE_PAGE = PREFIXES + """SELECT ?relation ?object (COUNT(?st) AS ?statements)
WHERE {{ VALUES ?s {{ <{actor}> }} ?st a kg:Statement ; rdf:subject ?s ; rdf:predicate ?relation ; rdf:object ?object }}
GROUP BY ?relation ?object ORDER BY DESC(?statements) ?relation ?object LIMIT 20 OFFSET {offset}"""
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


@dataclass
class Sample:
    kind: str
    start: float
    end: float
    status: int
    note: str = ""


@dataclass
class Run:
    samples: list[Sample] = field(default_factory=list)
    memory: list[tuple[float, float]] = field(default_factory=list)  # (time, MiB)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, s: Sample) -> None:
        with self.lock:
            self.samples.append(s)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(store: Path, port: int, timeout: float, workers: int) -> subprocess.Popen:
    cmd = [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port), "--quiet",
           "--timeout", str(timeout), "--workers", str(workers)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while True:
        if proc.poll() is not None:
            raise RuntimeError(f"kg serve exited with {proc.returncode}: {proc.stderr.read()}")
        try:
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            conn.request("GET", "/queries.json")
            if conn.getresponse().status == 200:
                conn.close()
                return proc
        except OSError:
            pass
        if time.monotonic() > deadline:
            proc.kill()
            raise RuntimeError("kg serve did not start within 120 s")
        time.sleep(0.2)


def rss_mib(pid: int) -> float:
    """Resident memory of the server and all its worker processes, MiB."""
    import psutil

    try:
        proc = psutil.Process(pid)
        procs = [proc, *proc.children(recursive=True)]
    except psutil.NoSuchProcess:
        return 0.0
    total = 0
    for p in procs:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total / 2**20


def post(conn: http.client.HTTPConnection, query: str) -> tuple[int, bytes]:
    body = urllib.parse.urlencode({"query": query}).encode()
    conn.request("POST", "/sparql", body=body, headers={
        "Content-Type": "application/x-www-form-urlencoded", "Accept": "application/sparql-results+json"})
    resp = conn.getresponse()
    return resp.status, resp.read()


def client(port: int, stop: float, run: Run, make_query, kind_of, seed: int, timeout: float) -> None:
    """One client: requests back to back on a keep-alive connection until ``stop``."""
    rng = random.Random(seed)
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout * 4 + 30)
    while time.monotonic() < stop:
        kind = kind_of(rng)
        query = make_query(kind, rng)
        t0 = time.monotonic()
        try:
            status, body = post(conn, query)
            note = body[:120].decode("utf-8", "replace") if status != 200 else ""
        except (OSError, http.client.HTTPException) as exc:
            status, note = 0, f"{type(exc).__name__}: {exc}"
            conn.close()
            conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout * 4 + 30)
        run.add(Sample(kind, t0, time.monotonic(), status, note))
    conn.close()


def slow_client(port: int, stop: float, run: Run, every: float, timeout: float) -> None:
    """Sends the slow query every ``every`` seconds; each must come back as a 503 at the time limit."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout * 4 + 30)
    next_at = time.monotonic() + min(every, 1.0)
    while True:
        time.sleep(max(0.0, next_at - time.monotonic()))
        if time.monotonic() + timeout >= stop:
            break
        t0 = time.monotonic()
        try:
            status, body = post(conn, SLOW)
            note = body[:160].decode("utf-8", "replace")
        except (OSError, http.client.HTTPException) as exc:
            status, note = 0, f"{type(exc).__name__}: {exc}"
        run.add(Sample("slow", t0, time.monotonic(), status, note))
        next_at = t0 + every
    conn.close()


def pct(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1] if q < 100 else max(values)


def summarise(run: Run, seconds: float, timeout: float) -> dict:
    kinds = sorted({s.kind for s in run.samples})
    out: dict = {"kinds": {}, "seconds": seconds}
    slow = [s for s in run.samples if s.kind == "slow"]
    windows = [(s.start, s.end) for s in slow]
    for kind in kinds:
        rows = [s for s in run.samples if s.kind == kind]
        ms = [(s.end - s.start) * 1000 for s in rows]
        ok = [s for s in rows if s.status == 200]
        out["kinds"][kind] = {"requests": len(rows), "ok": len(ok), "p50_ms": pct(ms, 50), "p99_ms": pct(ms, 99),
                              "max_ms": max(ms) if ms else float("nan"), "per_s": len(rows) / seconds}
    normal = [s for s in run.samples if s.kind != "slow"]
    failed = [s for s in normal if s.status != 200]
    cut = [s for s in slow if s.status == 503 and "time limit" in s.note]
    during = [s for s in normal if any(a <= s.end <= b for a, b in windows)]
    outside = [s for s in normal if not any(a <= s.end <= b for a, b in windows)]
    ms_all = [(s.end - s.start) * 1000 for s in normal]
    out.update({
        "requests": len(normal), "failed": len(failed), "failures": [f"{s.kind} {s.status} {s.note}" for s in failed[:10]],
        "per_s": len(normal) / seconds, "p50_ms": pct(ms_all, 50), "p99_ms": pct(ms_all, 99),
        "slow_sent": len(slow), "slow_cut": len(cut),
        "slow_cut_after_s": [round(s.end - s.start, 2) for s in slow],
        "slow_other": [f"{s.status} {s.note}" for s in slow if s not in cut],
        "answered_during_slow": len(during),
        "p99_ms_during_slow": pct([(s.end - s.start) * 1000 for s in during], 99),
        "p99_ms_outside_slow": pct([(s.end - s.start) * 1000 for s in outside], 99),
        "timeout_s": timeout,
    })
    mem = [m for _t, m in run.memory]
    if mem:
        warm = mem[max(1, len(mem) // 5) - 1]  # after the first fifth: workers started, caches warm
        out["memory_mib"] = {"start": mem[0], "after_warmup": warm, "max": max(mem), "end": mem[-1]}
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--statements", type=int, default=65_000, help="size of the synthetic store (65,000: 1.1M quads)")
    ap.add_argument("--clients", type=int, default=32)
    ap.add_argument("--seconds", type=float, default=60.0)
    ap.add_argument("--timeout", type=float, default=2.0, help="the server's --timeout, seconds")
    ap.add_argument("--workers", type=int, default=2, help="the server's --workers")
    ap.add_argument("--slow-every", type=float, default=5.0, help="seconds between two slow queries")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--results", type=Path, help="write the figures here as JSON")
    args = ap.parse_args(argv)

    from bench_queries import build

    from kg.query import bind_params, list_queries

    shipped = {q.name: q for q in list_queries()}
    with tempfile.TemporaryDirectory(prefix="kg-bench-serve-") as tmp:
        store_dir = Path(tmp) / "store"
        t0 = time.perf_counter()
        store, _union, n_st, _pair = build(args.statements, 20, args.seed, str(store_dir), with_rdflib=False)
        actors = [r["s"].value for r in store.query(
            PREFIXES + "SELECT ?s (COUNT(*) AS ?n) WHERE { ?st rdf:subject ?s } GROUP BY ?s ORDER BY DESC(?n) LIMIT 50")]
        pairs = [(r["a"].value, r["b"].value) for r in store.query(
            PREFIXES + "SELECT ?a ?b (COUNT(*) AS ?n) WHERE { ?st rdf:subject ?a ; rdf:object ?b } "
            "GROUP BY ?a ?b ORDER BY DESC(?n) LIMIT 50")]
        quads = len(store)
        store.close()
        print(f"store: {n_st:,} statements, {quads:,} quads ({time.perf_counter() - t0:.0f} s)", file=sys.stderr)

        def make_query(kind: str, rng: random.Random) -> str:
            if kind == "edges":
                return EDGE_PAGE.format(actor=rng.choice(actors), offset=20 * rng.randrange(3))
            if kind == "evidence":
                a, b = rng.choice(pairs)
                return bind_params(shipped["evidence"], {"a": a, "b": b}) + f"\nLIMIT 20 OFFSET {20 * rng.randrange(3)}"
            return shipped["relations-summary"].text

        def kind_of(rng: random.Random) -> str:
            x = rng.random()
            return "edges" if x < 0.55 else "evidence" if x < 0.98 else "summary"

        port = free_port()
        server = start_server(store_dir, port, args.timeout, args.workers)
        run = Run()
        try:
            # one request of each kind first, so that the run does not time the workers' first reads
            warm = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
            for kind in ("edges", "evidence", "summary"):
                post(warm, make_query(kind, random.Random(0)))
            warm.close()
            start = time.monotonic()
            stop = start + args.seconds
            threads = [threading.Thread(target=client, args=(port, stop, run, make_query, kind_of, args.seed + i,
                                                             args.timeout), daemon=True)
                       for i in range(args.clients - 1)]
            threads.append(threading.Thread(target=slow_client, args=(port, stop, run, args.slow_every, args.timeout),
                                            daemon=True))
            for t in threads:
                t.start()
            while time.monotonic() < stop:
                run.memory.append((time.monotonic() - start, rss_mib(server.pid)))
                time.sleep(1.0)
            for t in threads:
                t.join(args.timeout * 4 + 60)
            elapsed = time.monotonic() - start
            run.memory.append((elapsed, rss_mib(server.pid)))
        finally:
            server.terminate()
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                server.kill()

    res = summarise(run, elapsed, args.timeout)
    res.update({"statements": n_st, "quads": quads, "clients": args.clients, "workers": args.workers})
    print(f"\n{args.clients} clients ({args.clients - 1} paging, 1 slow) for {elapsed:.0f} s on {n_st:,} statements "
          f"({quads:,} quads); kg serve --workers {args.workers} --timeout {args.timeout:g}\n")
    print("| requests | count | failed | p50 | p99 | max | per second |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for kind, k in res["kinds"].items():
        print(f"| {kind} | {k['requests']:,} | {k['requests'] - k['ok']:,} | {k['p50_ms']:.0f} ms | {k['p99_ms']:.0f} ms "
              f"| {k['max_ms']:.0f} ms | {k['per_s']:.1f} |")
    print(f"| all but slow | {res['requests']:,} | {res['failed']:,} | {res['p50_ms']:.0f} ms | {res['p99_ms']:.0f} ms "
          f"| | {res['per_s']:.1f} |")
    print(f"\nslow query: {res['slow_cut']} of {res['slow_sent']} stopped at the time limit (503) after "
          f"{', '.join(f'{s:.1f}' for s in res['slow_cut_after_s'])} s")
    print(f"answered while a slow query ran: {res['answered_during_slow']:,} "
          f"(p99 {res['p99_ms_during_slow']:.0f} ms; {res['p99_ms_outside_slow']:.0f} ms otherwise)")
    if "memory_mib" in res:
        m = res["memory_mib"]
        print(f"server + workers resident memory: {m['start']:.0f} MiB at the start, {m['after_warmup']:.0f} after "
              f"warm-up, {m['max']:.0f} at most, {m['end']:.0f} at the end")
    for f in res["failures"]:
        print("failed:", f, file=sys.stderr)
    if args.results:
        args.results.write_text(json.dumps(res, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
