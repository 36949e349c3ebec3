"""Shared fixtures: the seed article, the shared eval folder (skipped when absent), a built seed graph,
a headless Chromium (skipped when absent)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SHARED = Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


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


@pytest.fixture(scope="session")
def browser():
    """A headless Debian Chromium driven by Playwright (never a downloaded browser), one for the
    whole run: Playwright's sync API cannot be started twice at once in one process."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"{CHROMIUM} is not installed")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield b
        b.close()
