"""Start `kg serve` as a real subprocess on a free loopback port, wait for it, stop it afterwards."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def running_server(store: Path, *args: str):
    port = free_port()
    cmd = [sys.executable, "-m", "kg", "serve", "--store", str(store), "--port", str(port), "--quiet", *args]
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            if proc.poll() is not None:
                raise RuntimeError(f"kg serve exited with {proc.returncode}: {proc.stderr.read()}")
            try:
                with urllib.request.urlopen(base + "/", timeout=2) as resp:
                    if resp.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("kg serve did not start within 60 s")
            time.sleep(0.1)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory, seed_dir: Path) -> Path:
    """The seed article's store (built without graph.html, which the endpoint does not need)."""
    from kg.api import build

    out = tmp_path_factory.mktemp("serve-seed")
    build([seed_dir], out, render=False)
    return out / "store"


@pytest.fixture(scope="session")
def endpoint(seed_store: Path):
    """The URL of a running `kg serve` over the seed store (defaults: 30 s, 10 000 rows)."""
    with running_server(seed_store) as base:
        yield base


@pytest.fixture(scope="session")
def tight_endpoint(seed_store: Path):
    """A `kg serve` with a 1 s time limit, 3 rows at most and a single worker."""
    with running_server(seed_store, "--timeout", "1", "--max-rows", "3", "--workers", "1") as base:
        yield base


@pytest.fixture
def start_server():
    """``running_server`` for a test that serves a store of its own."""
    return running_server
