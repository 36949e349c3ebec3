"""A throw-away Virtuoso on loopback for the remote tests; skipped when Virtuoso is not installed."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

_spec = importlib.util.spec_from_file_location("kg_tests_virtuoso", Path(__file__).with_name("virtuoso.py"))
virtuoso = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(virtuoso)


@pytest.fixture(scope="session")
def virtuoso_server():
    if not virtuoso.virtuoso_binary():
        pytest.skip("virtuoso-t is not installed (apt-get install virtuoso-opensource)")
    with virtuoso.Virtuoso() as v:
        yield v


@pytest.fixture(scope="session")
def remote_seed_store(tmp_path_factory, seed_dir: Path) -> Path:
    """The seed article's store (built without graph.html)."""
    from kg.api import build

    out = tmp_path_factory.mktemp("remote-seed")
    build([seed_dir], out, render=False)
    return out / "store"
