"""The benchmarks run, on small sizes, and report what docs/performance.md quotes from them.

They are run on demand for their figures; these runs only keep them from rotting (a renamed
function once broke one unnoticed). No timing is asserted: the figures depend on the machine.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BENCH = ROOT / "benchmarks"
NEWS = ROOT.parent / "shared" / "data" / "news" / "detik-2025-1000.csv"

pytestmark = pytest.mark.slow


def _run(*args: str, timeout: float = 600) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc


def test_bench_queries_times_every_shipped_query_on_every_engine():
    from kg.query import list_queries

    proc = _run(str(BENCH / "bench_queries.py"), "--statements", "400", "--oxigraph-runs", "1", "--virtuoso-runs", "1",
                "--rdflib-cap", "20")  # rdflib needs minutes for some queries: a capped one still counts
    out = proc.stdout
    assert "edges:" in out.splitlines()[0] and " 0 edges" not in out.splitlines()[0]
    virtuoso = "Virtuoso skipped" not in out
    for q in list_queries():
        line = next((ln for ln in out.splitlines() if ln.startswith(q.name + " ")), None)
        assert line is not None, (q.name, out)
        rows, ox_page, ox_page_cpu, ox_all, ox_all_cpu, rd_ms, ratio, v_page, v_all = line.split()[1:10]
        assert int(rows) >= 0 and float(ox_page) > 0 and float(ox_all) > 0 and ratio.endswith("x")
        assert float(ox_page_cpu) >= 0 and float(ox_all_cpu) >= 0
        assert (float(v_page) > 0 and float(v_all) > 0) if virtuoso else (v_page, v_all) == ("-", "-")
    assert "rdflib gives" not in proc.stderr and "Virtuoso gives" not in proc.stderr  # the same rows everywhere
    assert "Traceback" not in proc.stderr  # every engine answered every query
    assert "slowest on Oxigraph" in out and out.count(" ms\n") >= 4  # the floor lines


def test_bench_build_reports_workers_dask_rebuild_and_memory(tmp_path: Path):
    results = tmp_path / "bench_build.json"
    proc = _run(str(BENCH / "bench_build.py"), "--docs", "40", "--small", "12", "--repeat", "1", "--results", str(results))
    res = json.loads(results.read_text(encoding="utf-8"))
    assert res["w1"]["documents"] == res["w2"]["documents"] == res["dask2"]["documents"] == 40
    assert res["rebuild"]["extracted"] == 0  # the no-change rebuild extracted nothing
    assert res["identical_outputs"] is True
    assert res["w1"]["statements"] > 0 and res["small_w1"]["peak_rss_mb"] > 0
    assert "speed-up" in proc.stdout and "tokenising" in proc.stdout


@pytest.mark.skipif(not NEWS.exists(), reason="needs ../shared/data/news")
def test_bench_extract_reads_real_news():
    proc = _run(str(BENCH / "bench_extract.py"), "20")
    assert "words/s" in proc.stdout or "words/s" in proc.stderr


@pytest.mark.skipif(not (ROOT.parent / "shared" / "eval" / "dev-en").is_dir(), reason="needs ../shared/eval/dev-en")
def test_bench_extract_reads_english_news():
    proc = _run(str(BENCH / "bench_extract.py"), "25", "--lang", "en")
    assert "language en  articles 25" in proc.stdout and "words/s" in proc.stdout
    assert int(proc.stdout.split("statements ")[1].split()[0]) > 0


@pytest.mark.skipif(not (ROOT.parent / "shared" / "eval" / "score.py").exists(), reason="needs ../shared/eval")
def test_bench_quality_prints_both_languages():
    proc = _run(str(BENCH / "bench_quality.py"), "dev-en", "--misses")
    assert "== dev-en (20 articles)" in proc.stdout
    assert proc.stdout.count("P=") == 3 and "MISS " in proc.stdout


@pytest.mark.skipif(not Path("/usr/bin/chromium").exists(), reason="needs Debian's chromium")
def test_bench_render_times_kg_and_pyvis_pages_in_chromium():
    pytest.importorskip("playwright.sync_api")
    proc = _run(str(BENCH / "bench_render.py"), "--sizes", "40", "--timeout", "60")
    row = next(ln for ln in proc.stdout.splitlines() if ln.startswith("| 40 |"))
    cells = [c.strip() for c in row.strip("|").split("|")]
    assert cells[2].endswith(" s") and cells[3].endswith(" s") and cells[4].endswith(" s"), row  # both pages became usable
