"""Fixtures: the hand-made graph of small_kg.py in a real Oxigraph store, opened with kg.open."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

from small_kg import write_store  # noqa: E402


@pytest.fixture(scope="session")
def small_store(tmp_path_factory) -> Path:
    """An output folder with store/ holding the hand-made graph."""
    out = tmp_path_factory.mktemp("small-out")
    write_store(out / "store")
    return out


@pytest.fixture()
def small(small_store):
    import kg

    g = kg.open(small_store)
    yield g
    g.close()


@pytest.fixture(scope="session")
def seed_graph(tmp_path_factory, seed_dir) -> Path:
    """The seed built once (without graph.html: analysis does not need it)."""
    from kg.api import build

    out = tmp_path_factory.mktemp("seed-analysis")
    build([seed_dir], out, render=False)
    return out
