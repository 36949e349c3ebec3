"""The figures draw what they say, without a display."""

from __future__ import annotations

import io

import pytest

matplotlib = pytest.importorskip("matplotlib")
matplotlib.use("Agg")

from kg.analysis import blocs, hubs, timeline  # noqa: E402
from kg.analysis.plots import plot_blocs, plot_hubs, plot_signed, plot_timeline  # noqa: E402


def _png(fig) -> bytes:
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    import matplotlib.pyplot as plt

    plt.close(fig)
    return buf.getvalue()


def test_plot_hubs_has_one_bar_pair_per_node(small):
    h = hubs(small.graph())
    fig = plot_hubs(h, top=4)
    ax = fig.axes[0]
    assert len(ax.patches) == 8
    assert [t.get_text() for t in ax.get_yticklabels()][-1] == h[h["family"] == "all"].iloc[0]["label"]
    assert _png(fig).startswith(b"\x89PNG")


def test_plot_blocs_colours_each_bloc(small):
    G = small.graph()
    fig = plot_blocs(G, blocs(G))
    ax = fig.axes[0]
    texts = {t.get_text() for t in ax.texts}
    assert {"Russia", "North Korea", "China", "United States", "Japan", "South Korea"} <= texts
    colours = {tuple(c) for c in ax.collections[-1].get_facecolors()}
    assert len(colours) == 2
    assert "2 blocs" in ax.get_title()
    assert _png(fig).startswith(b"\x89PNG")


def test_plot_signed_and_timeline(small):
    G = small.graph()
    assert _png(plot_signed(G)).startswith(b"\x89PNG")
    fig = plot_timeline(timeline(G))
    assert len(fig.axes[0].patches) == 4 * 6   # four months, six families
    assert _png(fig).startswith(b"\x89PNG")
