"""Time to a usable graph page in headless Chromium: kg's page against pyvis defaults.

For each size, a synthetic store (``kg.render.sample``: Barabási–Albert, about two edges per node)
is rendered twice:

* **kg** — ``kg.render.render_html`` (entity view). Usable = the page has drawn the final layout
  (``kgGraph.readyAt``: physics off above 300 nodes, a short physics run below).
* **pyvis defaults** — ``pyvis.network.Network()`` with its defaults (physics on), the same nodes and
  edges, ``cdn_resources="in_line"`` so it can load offline (its template still links Bootstrap from
  a CDN; those requests are refused here). Usable = vis-network's ``stabilized`` event (the layout has
  settled); a hook is added right after the template creates the network. Runs longer than
  ``--timeout`` are reported as ">N s".

Both times are measured from navigation start (``performance.now()`` in the page). The Python time
of ``render_html`` (reading the store, layout, writing) is reported as well, and the part of it spent
in the layout (``kg.render.layout.positions``). ``--networkx`` also times the layout kg drew before,
networkx's ``spring_layout`` (30 iterations above 1,000 nodes, 50 below), on the same graph.

    python benchmarks/bench_render.py                       # 100, 1000, 3000 nodes, pyvis capped at 120 s
    python benchmarks/bench_render.py --sizes 100 1000 --timeout 60
    python benchmarks/bench_render.py --sizes 3000 --no-pyvis --networkx

Needs /usr/bin/chromium and ``pip install playwright`` (never ``playwright install``).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import sys
import tempfile
import time
from pathlib import Path

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

HOOK = ("network = new vis.Network(container, data, options);"
        "window.__bench = {};"
        "network.once('stabilizationIterationsDone', function () { __bench.iter = performance.now(); });"
        "network.once('stabilized', function () { __bench.stable = performance.now(); });")


def pyvis_default_page(html_kg: Path, out: Path) -> Path:
    """The same graph through pyvis with its default options."""
    import json

    from pyvis.network import Network

    text = html_kg.read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', text, re.S).group(1))
    net = Network(cdn_resources="in_line")
    ents = data["entities"]
    view = data["views"]["entity"]
    for idx, _count, _x, _y in view["nodes"]:
        net.add_node(ents[idx]["key"], label=ents[idx]["id"])
    for s, rel, o, sts in view["edges"]:
        net.add_edge(ents[s]["key"], ents[o]["key"], title=rel, value=len(sts))
    html = net.generate_html(notebook=False)
    new, n = re.subn(r"network = new vis\.Network\(container, data, options\);", HOOK, html, count=1)
    if n != 1:
        raise RuntimeError("pyvis template changed: cannot hook the network")
    out.write_text(new, encoding="utf-8")
    return out


def time_page(browser, path: Path, ready_js: str, at_js: str, timeout: float) -> float | None:
    """Milliseconds from navigation start until ``ready_js`` is true, or None after ``timeout`` s."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 900})
    page = ctx.new_page()
    page.route(re.compile(r"^https?://"), lambda route: route.abort())
    try:
        page.goto(path.resolve().as_uri(), timeout=timeout * 1000)
        page.wait_for_function(ready_js, timeout=timeout * 1000, polling=100)
        return float(page.evaluate(at_js))
    except Exception as exc:  # playwright's TimeoutError
        if "Timeout" not in type(exc).__name__ and "Timeout" not in str(exc):
            raise
        return None
    finally:
        ctx.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 3000])
    ap.add_argument("--timeout", type=float, default=120.0, help="cap for one page, seconds (default 120)")
    ap.add_argument("--no-pyvis", action="store_true", help="only time kg's page")
    ap.add_argument("--keep", type=Path, help="keep the pages in this folder")
    ap.add_argument("--networkx", action="store_true", help="also time networkx's spring_layout on the same graph")
    args = ap.parse_args(argv)

    from playwright.sync_api import sync_playwright

    import kg.render.html as html_module
    from kg.render import render_html
    from kg.render.sample import synthetic_store

    # the layout's share of render_html: the page module's positions(), timed
    layout_s = [0.0, 0.0]  # wall, CPU
    graphs = []
    positions = html_module.positions

    def timed_positions(graph, *a, **k):
        t, c = time.perf_counter(), time.process_time()
        try:
            return positions(graph, *a, **k)
        finally:
            layout_s[0] += time.perf_counter() - t
            layout_s[1] += time.process_time() - c
            graphs.append(graph)

    html_module.positions = timed_positions

    work = args.keep or Path(tempfile.mkdtemp(prefix="kg-bench-render-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        try:
            for n in args.sizes:
                store = work / f"store-{n}"
                if not store.exists():
                    synthetic_store(store, nodes=n)
                layout_s[:], graphs[:] = [0.0, 0.0], []
                t0, c0 = time.perf_counter(), time.process_time()
                page = render_html(store, work / f"kg-{n}.html")
                py_s, cpu_s = time.perf_counter() - t0, time.process_time() - c0
                lay_s, lay_cpu = layout_s
                nx_s = networkx_layout_seconds(max(graphs, key=len)) if args.networkx and graphs else None
                kg_ms = time_page(browser, page, "() => window.kgGraph && kgGraph.ready === true", "() => kgGraph.readyAt",
                                  args.timeout)
                import json as _json

                text = page.read_text(encoding="utf-8")
                data = _json.loads(re.search(r'id="kg-data">(.*?)</script>', text, re.S).group(1))
                edges = len(data["views"]["entity"]["edges"])
                pv_ms = None
                if not args.no_pyvis:
                    pv_page = pyvis_default_page(page, work / f"pyvis-{n}.html")
                    pv_ms = time_page(browser, pv_page, "() => window.__bench && __bench.stable !== undefined",
                                      "() => __bench.stable", args.timeout)
                rows.append((n, edges, py_s, kg_ms, pv_ms, lay_s, lay_cpu, cpu_s, nx_s))
                print(f"{n} nodes, {edges} edges: python {py_s:.1f} s (layout {lay_s:.1f} s, CPU {cpu_s:.1f} s), kg page "
                      f"{fmt(kg_ms, args.timeout)}, pyvis defaults {fmt(pv_ms, args.timeout) if not args.no_pyvis else '-'}"
                      + (f", networkx layout {nx_s:.1f} s" if nx_s is not None else ""), file=sys.stderr)
        finally:
            browser.close()

    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(f"\nheadless Chromium {browser_version()}, {platform.machine()}, Python {platform.python_version()}, "
          f"{os.cpu_count()} cores, load average {load:.1f} at the end\n")
    print("| nodes | edges | kg: render in Python | kg: page usable | pyvis defaults: layout settled "
          "| kg: of which layout | kg: render, CPU time | kg: layout, CPU time | networkx spring_layout |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for n, e, py_s, kg_ms, pv_ms, lay_s, lay_cpu, cpu_s, nx_s in rows:
        print(f"| {n:,} | {e:,} | {py_s:.1f} s | {fmt(kg_ms, args.timeout)} | "
              f"{fmt(pv_ms, args.timeout) if not args.no_pyvis else '-'} | {lay_s:.2f} s | {cpu_s:.1f} s | "
              f"{lay_cpu:.2f} s | "
              f"{f'{nx_s:.1f} s' if nx_s is not None else '-'} |")
    return 0


def networkx_layout_seconds(graph) -> float:
    """Seconds networkx's spring_layout takes on ``graph``, as kg called it before (seed 7)."""
    import networkx as nx

    t = time.perf_counter()
    nx.spring_layout(graph, seed=7, iterations=50 if graph.number_of_nodes() <= 1000 else 30)
    return time.perf_counter() - t


def fmt(ms: float | None, timeout: float) -> str:
    if ms is None:
        return f"> {timeout:.0f} s"
    return f"{ms / 1000:.2f} s" if ms < 10_000 else f"{ms / 1000:.0f} s"


def browser_version() -> str:
    import subprocess

    try:
        out = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True, timeout=10).stdout
        return out.split()[1] if out else "?"
    except Exception:  # noqa: BLE001
        return "?"


if __name__ == "__main__":
    sys.exit(main())
