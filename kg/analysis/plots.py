"""matplotlib figures of the analytics: hubs, blocs, the signed graph and the timeline.

Each function draws on ``ax`` (a new figure when it is None) and returns the ``Figure``, so a
notebook shows it and a script saves it: ``plot_blocs(G, blocs(G)).savefig("blocs.png")``.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

from .analytics import _undirected, bloc_of, signed_graph

__all__ = ["plot_hubs", "plot_blocs", "plot_signed", "plot_timeline", "FAMILY_COLOURS"]

#: The same colours as the HTML graph (kg.render.html).
FAMILY_COLOURS = {
    "cooperation": "#2e7d32", "meetings": "#1565c0", "sanctions": "#c62828", "transfers": "#ef6c00",
    "conflict": "#6a1b9a", "accusations": "#ad1457", "roles": "#757575",
}
_BLOC_COLOURS = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"]


def _axes(ax: Any, size=(7, 4.5)):
    import matplotlib.pyplot as plt

    if ax is None:
        fig, ax = plt.subplots(figsize=size, layout="constrained")
    return ax.figure, ax


def plot_hubs(hubs_df, family: str = "all", top: int = 10, ax=None):
    """Horizontal bars of betweenness and degree centrality of the ``top`` nodes of ``family``."""
    import numpy as np

    fig, ax = _axes(ax)
    df = hubs_df[hubs_df["family"] == family].head(top).iloc[::-1]
    y = np.arange(len(df))
    ax.barh(y - 0.2, df["betweenness"], height=0.4, label="betweenness", color="#c62828")
    ax.barh(y + 0.2, df["degree_centrality"], height=0.4, label="degree centrality", color="#1565c0")
    ax.set_yticks(y, df["label"])
    ax.set_xlim(0, 1.05)
    ax.set_xlabel("centrality (normalised)")
    ax.set_title(f"Hubs and brokers ({family} relations)")
    ax.legend(loc="lower right")
    return fig


def plot_blocs(G, blocs_: list[set], families=("cooperation",), seed: int = 0, ax=None):
    """The cooperation subgraph with each bloc in its own colour (layout seeded, so it is stable)."""
    fig, ax = _axes(ax, (7, 5))
    H = _undirected(G, families)
    which = bloc_of(blocs_)
    pos = nx.spring_layout(H, seed=seed, weight="weight", k=1.2)
    colours = [_BLOC_COLOURS[which.get(n, len(_BLOC_COLOURS) - 1) % len(_BLOC_COLOURS)] for n in H]
    widths = [1 + d["weight"] for _u, _v, d in H.edges(data=True)]
    nx.draw_networkx_edges(H, pos, ax=ax, width=widths, edge_color="#9e9e9e")
    nx.draw_networkx_nodes(H, pos, ax=ax, node_color=colours, node_size=900, edgecolors="white")
    labels = {n: G.nodes[n].get("label", str(n)) for n in H}
    nx.draw_networkx_labels(H, pos, labels, ax=ax, font_size=9)
    ax.set_title(f"Blocs: communities of the {', '.join(families)} subgraph ({len(blocs_)} blocs)")
    ax.margins(0.15)
    ax.axis("off")
    return fig


def plot_signed(G, seed: int = 0, ax=None):
    """The signed graph: green edges for friendly relations, red dashed ones for hostile ones."""
    fig, ax = _axes(ax, (7, 5))
    S = signed_graph(G)
    pos = nx.spring_layout(S, seed=seed, k=1.2)
    pos_e = [(u, v) for u, v, d in S.edges(data=True) if d["sign"] > 0]
    neg_e = [(u, v) for u, v, d in S.edges(data=True) if d["sign"] < 0]
    amb_e = [(u, v) for u, v, d in S.edges(data=True) if d["sign"] == 0]
    nx.draw_networkx_edges(S, pos, edgelist=pos_e, ax=ax, edge_color="#2e7d32", width=2)
    nx.draw_networkx_edges(S, pos, edgelist=neg_e, ax=ax, edge_color="#c62828", width=2, style="dashed")
    nx.draw_networkx_edges(S, pos, edgelist=amb_e, ax=ax, edge_color="#9e9e9e", width=1, style="dotted")
    nx.draw_networkx_nodes(S, pos, ax=ax, node_color="#eceff1", node_size=900, edgecolors="#455a64")
    nx.draw_networkx_labels(S, pos, {n: S.nodes[n].get("label", str(n)) for n in S}, ax=ax, font_size=9)
    ax.set_title("Friends (green) and foes (red, dashed)")
    ax.margins(0.15)
    ax.axis("off")
    return fig


def plot_timeline(timeline_df, ax=None):
    """Stacked bars of statements per period and family (the output of ``timeline``)."""
    fig, ax = _axes(ax)
    if timeline_df.empty:
        ax.set_title("No dated statements")
        return fig
    bottom = None
    for col in timeline_df.columns:
        vals = timeline_df[col].to_numpy()
        ax.bar(timeline_df.index.astype(str), vals, bottom=bottom, label=col,
               color=FAMILY_COLOURS.get(col))
        bottom = vals if bottom is None else bottom + vals
    ax.set_ylabel("statements")
    ax.set_title("Statements over time")
    ax.legend(fontsize=8)
    return fig
