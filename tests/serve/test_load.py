"""The endpoint under load, on a small size: benchmarks/bench_serve.py with a few clients for a few
seconds. Nothing fails, the slow query is stopped at the time limit while the others are answered,
and the server's memory does not grow. No timing is asserted: the figures depend on the machine."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [pytest.mark.server, pytest.mark.slow]


@pytest.fixture(scope="module")
def load(tmp_path_factory) -> dict:
    pytest.importorskip("psutil")
    out = tmp_path_factory.mktemp("load") / "serve.json"
    cmd = [sys.executable, str(ROOT / "benchmarks" / "bench_serve.py"), "--statements", "400", "--clients", "8",
           "--seconds", "10", "--timeout", "2", "--slow-every", "3", "--results", str(out)]
    proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "| all but slow |" in proc.stdout and "stopped at the time limit" in proc.stdout
    return json.loads(out.read_text(encoding="utf-8"))


def test_load_no_request_fails(load):
    assert load["requests"] > 0
    assert load["failed"] == 0, load["failures"]
    for kind in ("edges", "evidence"):
        assert load["kinds"][kind]["requests"] > 0 and load["kinds"][kind]["ok"] == load["kinds"][kind]["requests"]


def test_load_slow_query_is_stopped_and_the_others_go_on(load):
    assert load["slow_sent"] >= 2
    assert load["slow_cut"] == load["slow_sent"], load["slow_other"]  # each one a 503 naming the time limit
    assert load["answered_during_slow"] > 0, "the other clients were answered while it ran"


def test_load_memory_stays_flat(load):
    mem = load["memory_mib"]
    assert 0 < mem["after_warmup"] and mem["end"] > 0
    # killed workers are replaced by fresh ones; nothing accumulates across the run
    assert mem["end"] <= mem["after_warmup"] * 1.25 + 32, mem
    assert mem["max"] <= mem["after_warmup"] * 1.5 + 64, mem
