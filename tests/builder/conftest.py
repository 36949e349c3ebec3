"""A small synthetic Indonesian corpus (the benchmark's sentences) for the build tests."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

from corpus_id import article, write_corpus  # noqa: E402


@pytest.fixture()
def corpus(tmp_path: Path) -> Path:
    """Twelve articles in two folders, in a folder the test may change."""
    return write_corpus(tmp_path / "corpus", 12, per_folder=6)


@pytest.fixture()
def make_article():
    return article
