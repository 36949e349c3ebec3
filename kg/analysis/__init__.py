"""Analysis of a built graph: SPARQL into pandas, networkx graphs, and the analytics an
international-relations analyst asks for (hubs, blocs, weapons flows, signed balance, time).

    import kg
    from kg.analysis import hubs, blocs, flow_paths
    g = kg.open("output")
    G = g.graph(level="actor")
    hubs(G)                 # degree and betweenness per relation family
"""

from .analytics import (
    SIGNS,
    balance_triads,
    bloc_of,
    blocs,
    contested,
    flow_paths,
    hubs,
    sign_changes,
    signed_graph,
    timeline,
)
from .graph import DEFAULT_STATUSES, KnowledgeGraph, date_bounds, open, statements_to_graph

# ``open`` stays out of __all__ so ``from kg.analysis import *`` keeps the builtin ``open``.
__all__ = [
    "KnowledgeGraph", "DEFAULT_STATUSES", "date_bounds", "statements_to_graph",
    "hubs", "blocs", "bloc_of", "contested", "flow_paths", "signed_graph", "balance_triads", "timeline", "sign_changes", "SIGNS",
]
