"""Node positions computed in Python, so the browser does not have to simulate physics.

vis-network's physics needs about 46 s to settle 1,000 nodes and minutes for 3,000 in headless
Chromium; a force-directed layout computed once here (networkx's Fruchterman-Reingold) lets the
page draw a large graph at once with physics off. Small graphs get the same start positions and a
short physics run in the page to spread labels out.

Examples
--------
>>> import networkx as nx
>>> pos = positions(nx.path_graph(3))
>>> sorted(pos)
[0, 1, 2]
"""

from __future__ import annotations

import math

__all__ = ["positions", "SPACING"]

SPACING = 90.0  # pixels between neighbouring nodes, on average


def positions(graph, seed: int = 7, spacing: float = SPACING) -> dict:
    """Pixel positions ``{node: (x, y)}`` of an undirected networkx graph, deterministic for a seed.

    Components are laid out together (small ones settle around the large one); the drawing is
    scaled so that nodes are about ``spacing`` pixels apart.
    """
    import networkx as nx

    n = graph.number_of_nodes()
    if n == 0:
        return {}
    if n == 1:
        return {next(iter(graph.nodes)): (0.0, 0.0)}
    # fewer iterations on large graphs: each one is O(n^2) and 30 already give a readable picture
    iterations = 50 if n <= 1000 else 30
    raw = nx.spring_layout(graph, seed=seed, iterations=iterations)
    # the layout lives in [-1, 1]^2; an area of about spacing^2 per node keeps labels apart
    scale = spacing * math.sqrt(n) / 2.0
    return {node: (round(float(x) * scale, 1), round(float(y) * scale, 1)) for node, (x, y) in raw.items()}
