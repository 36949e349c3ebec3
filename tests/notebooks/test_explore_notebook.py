"""notebooks/explore.ipynb is committed without outputs and runs top to bottom on the seed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"


def test_outputs_are_stripped():
    nbformat = pytest.importorskip("nbformat")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(nb)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code, "the notebook has no code"
    for i, cell in enumerate(code):
        assert cell.outputs == [], f"code cell {i} has outputs"
        assert cell.execution_count is None, f"code cell {i} has an execution count"
    assert "widgets" not in nb.metadata
    raw = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    assert all("outputs" not in c or c["outputs"] == [] for c in raw["cells"])


@pytest.mark.slow
def test_notebook_runs_top_to_bottom(tmp_path, monkeypatch):
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    pytest.importorskip("ipykernel")
    pytest.importorskip("matplotlib")
    out, figures = tmp_path / "out", tmp_path / "figures"
    # the kernel inherits the environment: build into tmp_path, not into the checkout
    monkeypatch.setenv("KG_NOTEBOOK_OUT", str(out))
    monkeypatch.setenv("KG_FIGURES", str(figures))
    monkeypatch.setenv("MPLBACKEND", "Agg")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError on the first failing cell

    errors = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == "error"]
    assert not errors
    text = "\n".join(
        (o.get("text") or o.get("data", {}).get("text/plain", "")) for c in nb.cells if c.cell_type == "code"
        for o in c.outputs
    )
    assert "Russia → North Korea" in text                       # the technology flow of the seed
    assert "North Korea" in text and "bloc 1:" in text
    assert "partner" in text and "direction" in text             # the edge queries ran
    images = sum("image/png" in o.get("data", {}) for c in nb.cells if c.cell_type == "code" for o in c.outputs)
    assert images >= 4
    for name in ("hubs.png", "blocs.png", "signed.png", "timeline.png"):
        assert (figures / name).read_bytes().startswith(b"\x89PNG")
    assert (out / "graph.html").exists() and (out / "actors.graphml").exists()
