"""Shared fixtures: the seed article, the shared eval folder (skipped when absent), a built seed graph."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def seed_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    path = SHARED / "eval"
    if not (path / "score.py").exists():
        pytest.skip("../shared/eval is not here")
    return path


@pytest.fixture(scope="session")
def shared_news() -> Path:
    path = SHARED / "data" / "news" / "detik-2025-1000.csv"
    if not path.exists():
        pytest.skip("../shared/data/news is not here")
    return path


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory) -> Path:
    """The seed built once per test session into a temporary output folder."""
    from kg.api import build

    out = tmp_path_factory.mktemp("seed-out")
    build([SEEDS], out)
    return out
