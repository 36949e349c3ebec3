"""The force layout: its split repulsion equals the all-pairs one, and the pictures it draws read well."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pytest

from kg.render.layout import SPACING, _repulsion, force_layout, positions


def _exact_repulsion(xy: np.ndarray) -> np.ndarray:
    delta = xy[:, None, :] - xy[None, :, :]
    d2 = (delta ** 2).sum(axis=2)
    np.fill_diagonal(d2, np.inf)
    return (delta / d2[:, :, None]).sum(axis=1)


@pytest.mark.parametrize("shape", ["uniform", "clustered"])
def test_layout_near_and_far_repulsion_add_up_to_all_pairs(shape):
    rng = np.random.default_rng(3)
    if shape == "uniform":
        xy = rng.uniform(-20, 20, size=(800, 2))
    else:  # dense blobs and a sparse halo, as a scale-free graph's drawing has
        centres = rng.uniform(-40, 40, size=(6, 2))
        xy = np.vstack([c + rng.normal(scale=2.0, size=(100, 2)) for c in centres] + [rng.uniform(-60, 60, (200, 2))])
    exact = _exact_repulsion(xy)
    approx = _repulsion(xy)
    error = np.linalg.norm(approx - exact, axis=1) / np.maximum(np.linalg.norm(exact, axis=1), 1e-9)
    # a few per cent on the typical node: the grid only carries the part that is smooth at its scale
    assert np.median(error) < 0.03
    assert np.percentile(error, 95) < 0.15


def test_layout_is_deterministic_for_a_seed():
    g = nx.barabasi_albert_graph(300, 2, seed=5)
    assert positions(g, seed=11) == positions(g, seed=11)
    assert positions(g, seed=11) != positions(g, seed=12)


def test_layout_keeps_two_communities_apart():
    # two dense groups joined by a single edge: every node ends nearer its own group's centre
    g = nx.connected_caveman_graph(2, 30)
    pos = positions(g)
    groups = [list(range(30)), list(range(30, 60))]
    centres = [np.mean([pos[v] for v in grp], axis=0) for grp in groups]
    for own, grp in enumerate(groups):
        for v in grp:
            d_own = np.linalg.norm(np.subtract(pos[v], centres[own]))
            d_other = np.linalg.norm(np.subtract(pos[v], centres[1 - own]))
            assert d_own < d_other, v


def test_layout_draws_a_grid_without_folding_it():
    # a 20 x 20 lattice: neighbours in the lattice are neighbours in the drawing
    g = nx.grid_2d_graph(20, 20)
    pos = positions(g)
    edge = np.median([math.dist(pos[u], pos[v]) for u, v in g.edges])
    far = [math.dist(pos[(0, 0)], pos[(19, 19)]), math.dist(pos[(0, 19)], pos[(19, 0)])]
    assert min(far) > 8 * edge, "opposite corners are far apart"
    nearest = sorted(math.dist(pos[(10, 10)], p) for k, p in pos.items() if k != (10, 10))[:4]
    assert max(nearest) < 2 * edge


def test_layout_large_graph_spreads_nodes_and_keeps_small_components_close():
    g = nx.barabasi_albert_graph(2000, 2, seed=1)
    g.add_edges_from((f"p{i}", f"q{i}") for i in range(40))  # forty pairs on their own
    g.add_nodes_from(f"lone{i}" for i in range(20))
    pos = positions(g)
    xy = np.array(list(pos.values()))
    assert np.isfinite(xy).all()
    # nodes are spread out (no pile of nodes on one point) ...
    from scipy.spatial import cKDTree

    d, _ = cKDTree(xy).query(xy, k=2)
    assert np.median(d[:, 1]) > SPACING / 5
    assert (d[:, 1] < 1.0).sum() < len(xy) // 100
    # ... and the small components sit around the large one instead of flying off: the large
    # one is not squeezed into the middle of the frame
    main = np.array([pos[v] for v in range(2000)])
    radius = np.abs(xy).max()
    assert np.percentile(np.linalg.norm(main, axis=1), 90) > radius / 3


def test_layout_handles_tiny_and_edgeless_graphs():
    assert positions(nx.Graph()) == {}
    assert positions(nx.empty_graph(1)) == {0: (0.0, 0.0)}
    pos = positions(nx.empty_graph(5))
    assert len(set(pos.values())) == 5
    xy = force_layout(2, np.array([[0, 1]]))
    assert np.isfinite(xy).all() and np.linalg.norm(xy[0] - xy[1]) > 0.1
