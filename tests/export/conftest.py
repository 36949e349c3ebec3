"""The hand-made graph of tests/analysis/small_kg.py, in a real Oxigraph store."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "analysis"))

from small_kg import write_store  # noqa: E402


@pytest.fixture(scope="session")
def export_store(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("export-small")
    write_store(out / "store")
    return out
