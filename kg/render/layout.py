"""Node positions computed in Python, so the browser does not have to simulate physics.

vis-network's physics needs about 46 s to settle 1,000 nodes and minutes for 3,000 in headless
Chromium; a force-directed layout computed once here lets the page draw a large graph at once with
physics off. Small graphs get the same start positions and a short physics run in the page to
spread labels out.

The layout is Fruchterman-Reingold's (attraction ``d²/k`` along edges, repulsion ``k²/d`` between
all pairs, moves capped by a cooling temperature), which networkx's ``spring_layout`` also draws.
networkx evaluates the repulsion pair by pair, O(n²) per iteration and 20 s at 3,000 nodes; here
it is split the way particle-mesh codes split gravity:

* **near** pairs (closer than a few edge lengths, found with a k-d tree) get the exact force,
  faded out smoothly with distance;
* the **far** remainder, smooth at that scale, is a convolution of the node density with the force
  kernel on a grid, done with an FFT, and read back at each node by bilinear interpolation.

Near and far add up to the full repulsion, so the picture is the one all-pairs FR gives, at
O(n log n) per iteration. A weak pull to the centre keeps small components around the large one
instead of drifting off.

Examples
--------
>>> import networkx as nx
>>> pos = positions(nx.path_graph(3))
>>> sorted(pos)
[0, 1, 2]
"""

from __future__ import annotations

import math
from functools import lru_cache

import numpy as np

__all__ = ["positions", "force_layout", "SPACING"]

SPACING = 90.0  # pixels between neighbouring nodes, on average

# Distances below are in units of the mean spacing between nodes (the square root of the area of
# the bounding box per node), measured again at each step: the drawing's density, not the edge length,
# decides how many pairs are near.
_NEAR = 1.0   # pairs closer than this get the exact force
_FAR = 2.0    # ... fading to none at this distance, where the grid takes over entirely
_CELL = 0.5   # grid spacing: fine enough for a kernel that is smooth over _NEAR
# Pull to the centre, growing with the distance. A node outside a disc of n nodes is pushed out by
# about n/r (each node repels it by 1/r) and pulled in by _GRAVITY * r, so lone nodes and small
# components settle at r = sqrt(n / _GRAVITY): 0.7 sqrt(n), just outside the large component, whose
# radius without the pull is about 0.55 sqrt(n) at 300 nodes and 0.4 sqrt(n) at 3,000.
_GRAVITY = 2.0
_DENSE = 100  # up to this many nodes, all pairs are summed directly


def positions(graph, seed: int = 7, spacing: float = SPACING) -> dict:
    """Pixel positions ``{node: (x, y)}`` of an undirected networkx graph, deterministic for a seed.

    Components are laid out together (small ones settle around the large one); the drawing is
    scaled so that nodes are about ``spacing`` pixels apart.
    """
    nodes = list(graph.nodes)
    n = len(nodes)
    if n == 0:
        return {}
    if n == 1:
        return {nodes[0]: (0.0, 0.0)}
    index = {node: i for i, node in enumerate(nodes)}
    edges = np.array([(index[u], index[v]) for u, v in graph.edges if u != v], dtype=np.int64).reshape(-1, 2)
    xy = force_layout(n, edges, seed=seed)
    # the same frame as before: centred, the farthest node at 1, then an area of about spacing^2 per node
    xy -= xy.mean(axis=0)
    xy /= max(float(np.abs(xy).max()), 1e-9)
    xy *= spacing * math.sqrt(n) / 2.0
    return {node: (round(float(x), 1), round(float(y), 1)) for node, (x, y) in zip(nodes, xy)}


def force_layout(n: int, edges: np.ndarray, seed: int = 7, iterations: int | None = None) -> np.ndarray:
    """Fruchterman-Reingold positions ``(n, 2)`` in units of the ideal edge length.

    ``edges`` is an ``(m, 2)`` array of node indices (no self-loops). Deterministic for a seed.
    """
    rng = np.random.default_rng(seed)
    if iterations is None:
        iterations = 100 if n <= 1000 else 80
    side = math.sqrt(n)  # one node per unit area to start with
    xy = rng.uniform(-side / 2, side / 2, size=(n, 2))
    src, dst = (edges[:, 0], edges[:, 1]) if len(edges) else (np.empty(0, int), np.empty(0, int))
    temperature = side / 10.0
    cooling = temperature / (iterations + 1)
    for _ in range(iterations):
        force = _repulsion(xy)
        # attraction d^2/k along each edge, pulling both ends
        delta = xy[src] - xy[dst]
        dist = np.sqrt((delta ** 2).sum(axis=1))[:, None]
        pull = delta * dist
        _scatter(force, src, -pull)
        _scatter(force, dst, pull)
        force -= _GRAVITY * (xy - xy.mean(axis=0))
        length = np.maximum(np.sqrt((force ** 2).sum(axis=1)), 1e-9)[:, None]
        xy += force / length * np.minimum(length, temperature)
        temperature -= cooling
    return xy


def _scatter(out: np.ndarray, idx: np.ndarray, values: np.ndarray) -> None:
    """``out[idx] += values`` with repeated indices summed (bincount is much faster than add.at)."""
    size = out.shape[0]
    out[:, 0] += np.bincount(idx, weights=values[:, 0], minlength=size)
    out[:, 1] += np.bincount(idx, weights=values[:, 1], minlength=size)


def _fade(dist: np.ndarray, unit: float) -> np.ndarray:
    """Share of the repulsion computed exactly: 1 below _NEAR, 0 above _FAR, smooth in between."""
    t = np.clip((dist / unit - _NEAR) / (_FAR - _NEAR), 0.0, 1.0)
    return 1.0 - t * t * (3.0 - 2.0 * t)


def _repulsion(xy: np.ndarray) -> np.ndarray:
    """Repulsion ``k²/d`` on every node from all others: exact for near pairs, by FFT for the rest
    (small graphs: exact for all pairs, which is cheaper than the grid below about a hundred nodes)."""
    n = len(xy)
    if n <= _DENSE:
        delta = xy[:, None, :] - xy[None, :, :]
        d2 = np.maximum((delta ** 2).sum(axis=2), 1e-4)
        np.fill_diagonal(d2, np.inf)
        return (delta / d2[:, :, None]).sum(axis=1)
    from scipy.spatial import cKDTree

    force = np.zeros_like(xy)
    box = np.maximum(np.ptp(xy, axis=0), 1e-6)
    unit = max(math.sqrt(float(box[0] * box[1]) / n), 1e-3)
    pairs = cKDTree(xy).query_pairs(_FAR * unit, output_type="ndarray")
    if len(pairs):
        i, j = pairs[:, 0], pairs[:, 1]
        delta = xy[i] - xy[j]
        d2 = np.maximum((delta ** 2).sum(axis=1), 1e-4)
        push = delta * (_fade(np.sqrt(d2), unit) / d2)[:, None]
        _scatter(force, i, push)
        _scatter(force, j, -push)
    if n > 1:
        force += _far_field(xy, unit)
    return force


def _far_field(xy: np.ndarray, unit: float) -> np.ndarray:
    """The smooth part of the repulsion, ``(1 - fade(d)) k²/d``, through a grid convolution."""
    from scipy import fft

    cell = _CELL * unit
    lo = xy.min(axis=0) - cell
    cells = np.ceil((xy.max(axis=0) + cell - lo) / cell).astype(int) + 1
    gx, gy = int(cells[0]), int(cells[1])
    # cloud-in-cell: each node spreads its unit mass over the four grid points around it
    u = (xy - lo) / cell
    base = np.floor(u).astype(int)
    fx, fy = u[:, 0] - base[:, 0], u[:, 1] - base[:, 1]
    weights = [(1 - fx) * (1 - fy), fx * (1 - fy), (1 - fx) * fy, fx * fy]
    flat = [(base[:, 0] + a) * gy + (base[:, 1] + b) for a, b in ((0, 0), (1, 0), (0, 1), (1, 1))]
    density = np.zeros(gx * gy)
    for idx, w in zip(flat, weights):
        density += np.bincount(idx, weights=w, minlength=gx * gy)
    # padded to a multiple of 32 so that consecutive steps mostly reuse the kernel's transform
    px, py = _padded(2 * gx), _padded(2 * gy)
    kx, ky = _kernel(px, py)
    rho = fft.rfft2(density.reshape(gx, gy), s=(px, py))
    field_x = fft.irfft2(rho * kx, s=(px, py))[:gx, :gy].ravel()
    field_y = fft.irfft2(rho * ky, s=(px, py))[:gx, :gy].ravel()
    out = np.zeros_like(xy)
    for idx, w in zip(flat, weights):
        out[:, 0] += field_x[idx] * w
        out[:, 1] += field_y[idx] * w
    # the kernel below is in grid units; k²/d scales as 1/length
    return out / cell


def _padded(size: int) -> int:
    return -(-size // 32) * 32


@lru_cache(maxsize=8)
def _kernel(px: int, py: int) -> tuple[np.ndarray, np.ndarray]:
    """Transforms of the far kernel's x and y parts at every grid offset, in grid units, laid out
    for a linear (zero-padded) convolution of size ``px`` by ``py``."""
    from scipy import fft

    dx, dy = np.meshgrid(np.fft.fftfreq(px, 1.0 / px), np.fft.fftfreq(py, 1.0 / py), indexing="ij")
    d2 = dx * dx + dy * dy
    d2[0, 0] = 1.0
    scale = (1.0 - _fade(np.sqrt(d2) * _CELL, 1.0)) / d2
    scale[0, 0] = 0.0
    return fft.rfft2(dx * scale), fft.rfft2(dy * scale)
