"""Analytics on the networkx graphs of :mod:`kg.analysis.graph`, each answering one question.

- :func:`hubs` — who is central: degree and betweenness centrality per relation family.
- :func:`blocs` — who sides with whom: communities of the cooperation subgraph (seeded Louvain).
- :func:`flow_paths` — who arms whom, directly and through intermediaries.
- :func:`signed_graph` and :func:`balance_triads` — friends (+) and foes (−), and the triangles
  that structural balance theory calls unstable ("my two friends are enemies").
- :func:`timeline` — how many statements per period, by family, relation or pair, and
  :func:`sign_changes` — when a pair turns from friends to foes or back.
- :func:`contested` — relations that one source reports and another denies.

All functions take the ``MultiDiGraph`` that ``KnowledgeGraph.graph`` returns (or any graph with
the same edge attributes: ``relation``, ``family``, ``statements``, ``evidence``) and return plain
Python or pandas objects, sorted so results are deterministic.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Iterable

import networkx as nx

__all__ = ["hubs", "blocs", "flow_paths", "SIGNS", "signed_graph", "balance_triads", "timeline", "sign_changes", "contested"]

#: The sign each relation gives the pair it links: friendly (+1) or hostile (−1). Meetings, visits
#: and roles say nothing about friendship and are left out. Blocking sanctions on X sides with X.
SIGNS: dict[str, int] = {
    "cooperatesWith": 1, "alliedWith": 1, "supports": 1, "providesAidTo": 1,
    "suppliesWeaponsTo": 1, "suppliesTechnologyTo": 1, "blocksSanctionsOn": 1,
    "opposes": -1, "imposesSanctionsOn": -1, "attacks": -1, "threatens": -1, "accuses": -1,
}


def _label(G, n) -> str:
    return G.nodes[n].get("label", str(n)) if n in G else str(n)


def _weight(data: dict) -> int:
    return int(data.get("statements", 1) or 1)


def _family_edges(G, families: Iterable[str] | None = None, relations: Iterable[str] | None = None):
    fams = set(families) if families is not None else None
    rels = set(relations) if relations is not None else None
    for u, v, k, d in G.edges(keys=True, data=True):
        if fams is not None and d.get("family") not in fams:
            continue
        if rels is not None and d.get("relation", k) not in rels:
            continue
        yield u, v, k, d


def _undirected(G, families=None, relations=None) -> nx.Graph:
    """A simple undirected graph of the selected edges; ``weight`` sums the statement counts."""
    H = nx.Graph()
    for u, v, _k, d in _family_edges(G, families, relations):
        w = _weight(d)
        if H.has_edge(u, v):
            H[u][v]["weight"] += w
        else:
            H.add_edge(u, v, weight=w)
    return H


# ---------------------------------------------------------------------------------------- hubs
def hubs(G, families: Iterable[str] | None = None, include_all: bool = True):
    """Degree and betweenness centrality of every node, per relation family (and over ``all``).

    Per family the edges are taken as an undirected simple graph (who is linked to whom at all):
    ``degree`` is the number of distinct partners, ``degree_centrality`` that over n−1 and
    ``betweenness`` the normalised share of shortest paths through the node (the brokers).
    ``out_degree``/``in_degree`` count distinct partners the node acts on / is acted on by, and
    ``statements`` the statements the node takes part in. Rows are sorted within each family by
    betweenness, then degree. Returns a DataFrame.
    """
    import pandas as pd

    present = sorted({d.get("family", "") for _u, _v, _k, d in G.edges(keys=True, data=True)})
    fams = [f for f in present if families is None or f in set(families)]
    groups: list[tuple[str, list[str] | None]] = [(f, [f]) for f in fams]
    if include_all:
        groups.insert(0, ("all", list(families) if families is not None else None))
    rows = []
    for name, sel in groups:
        H = _undirected(G, sel)
        if H.number_of_nodes() == 0:
            continue
        D = nx.DiGraph()
        stmts: dict[Any, int] = defaultdict(int)
        for u, v, _k, d in _family_edges(G, sel):
            D.add_edge(u, v)
            stmts[u] += _weight(d)
            stmts[v] += _weight(d)
        dc = nx.degree_centrality(H)
        bc = nx.betweenness_centrality(H, normalized=True)
        for n in H.nodes:
            rows.append({
                "family": name, "node": n, "label": _label(G, n), "degree": H.degree(n),
                "out_degree": D.out_degree(n) if n in D else 0, "in_degree": D.in_degree(n) if n in D else 0,
                "statements": stmts[n], "degree_centrality": round(dc[n], 6), "betweenness": round(bc[n], 6),
            })
    cols = ["family", "node", "label", "degree", "out_degree", "in_degree", "statements",
            "degree_centrality", "betweenness"]
    df = pd.DataFrame(rows, columns=cols)
    if df.empty:
        return df
    order = {name: i for i, (name, _s) in enumerate(groups)}
    df["_f"] = df["family"].map(order)
    df = df.sort_values(["_f", "betweenness", "degree", "statements", "label"],
                        ascending=[True, False, False, False, True], kind="stable")
    return df.drop(columns="_f").reset_index(drop=True)


# ---------------------------------------------------------------------------------------- blocs
def blocs(
    G,
    families: Iterable[str] = ("cooperation",),
    relations: Iterable[str] | None = None,
    method: str = "louvain",
    seed: int = 0,
    resolution: float = 1.0,
) -> list[set]:
    """Communities of the cooperation subgraph: who sides with whom.

    The selected edges (by default the ``cooperation`` family: cooperatesWith, alliedWith,
    supports) are made undirected and weighted by statement counts, then split by Louvain
    (``method="louvain"``, seeded, so the answer is the same every run) or greedy modularity
    (``method="greedy"``). Returns the blocs as sets of node ids, largest first.
    """
    H = _undirected(G, families, relations)
    if H.number_of_nodes() == 0:
        return []
    if method == "louvain":
        comms = nx.community.louvain_communities(H, weight="weight", resolution=resolution, seed=seed)
    elif method == "greedy":
        comms = nx.community.greedy_modularity_communities(H, weight="weight", resolution=resolution)
    else:
        raise ValueError(f"method must be 'louvain' or 'greedy', not {method!r}")
    return sorted((set(c) for c in comms), key=lambda c: (-len(c), sorted(map(str, c))))


def bloc_of(blocs_: list[set]) -> dict:
    """Node → index of its bloc, from the list :func:`blocs` returns."""
    return {n: i for i, c in enumerate(blocs_) for n in c}


# ---------------------------------------------------------------------------------------- flows
def flow_paths(
    G,
    relations: Iterable[str] = ("suppliesWeaponsTo",),
    source=None,
    target=None,
    max_hops: int = 3,
):
    """Who supplies whom, directly (1 hop) and through intermediaries (2..max_hops hops).

    Follows the directed edges of ``relations`` (weapons by default; add
    ``"suppliesTechnologyTo"`` or ``"providesAidTo"`` for wider flows) and lists every simple path
    from ``source`` (default: every supplier) to ``target`` (default: everyone reachable).
    ``statements`` is the weakest link: the smallest statement count along the path. Returns a
    DataFrame sorted by hops, then labels.
    """
    import pandas as pd

    rels = tuple(relations)
    D = nx.DiGraph()
    for u, v, k, d in _family_edges(G, None, rels):
        if D.has_edge(u, v):
            D[u][v]["relations"].append(d.get("relation", k))
            D[u][v]["statements"] += _weight(d)
            D[u][v]["statuses"].update(d.get("statuses", {}))
        else:
            D.add_edge(u, v, relations=[d.get("relation", k)], statements=_weight(d),
                       statuses=set(d.get("statuses", {})))
    rows = []
    sources = [source] if source is not None else sorted(n for n in D if D.out_degree(n))
    for s in sources:
        if s not in D:
            continue
        targets = [target] if target is not None else sorted(nx.descendants(D, s))
        for t in targets:
            if t not in D or t == s:
                continue
            for path in nx.all_simple_paths(D, s, t, cutoff=max_hops):
                hops = list(zip(path, path[1:]))
                rows.append({
                    "source": s, "target": t, "hops": len(hops),
                    "source_label": _label(G, s), "target_label": _label(G, t),
                    "path": " → ".join(_label(G, n) for n in path),
                    "relations": " → ".join("/".join(sorted(D[a][b]["relations"])) for a, b in hops),
                    "statements": min(D[a][b]["statements"] for a, b in hops),
                    "statuses": ", ".join(sorted(set().union(*(D[a][b]["statuses"] for a, b in hops)))),
                    "nodes": list(path),
                })
    cols = ["source", "target", "hops", "source_label", "target_label", "path", "relations",
            "statements", "statuses", "nodes"]
    df = pd.DataFrame(rows, columns=cols)
    return df.sort_values(["hops", "source_label", "target_label", "path"], kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------------------------------- signed
def signed_graph(G, signs: dict[str, int] | None = None) -> nx.Graph:
    """An undirected signed graph: + for friendly relations, − for hostile ones (:data:`SIGNS`).

    Each pair gets ``positive`` and ``negative`` statement counts, ``relations`` (sorted names)
    and ``sign``: +1 or −1 by the majority of statements, 0 when they are tied (ambivalent).
    """
    signs = SIGNS if signs is None else signs
    S = nx.Graph()
    for u, v, k, d in G.edges(keys=True, data=True):
        sign = signs.get(d.get("relation", k), 0)
        if not sign or u == v:
            continue
        for n in (u, v):
            if n not in S:
                S.add_node(n, **{a: G.nodes[n][a] for a in ("label", "notation", "type") if a in G.nodes[n]})
        if not S.has_edge(u, v):
            S.add_edge(u, v, positive=0, negative=0, relations=set())
        e = S[u][v]
        e["positive" if sign > 0 else "negative"] += _weight(d)
        e["relations"].add(d.get("relation", k))
    for _u, _v, e in S.edges(data=True):
        e["relations"] = sorted(e["relations"])
        e["sign"] = (e["positive"] > e["negative"]) - (e["positive"] < e["negative"])
    return S


_TENSION = {
    1: "{a} and {b} are both at odds with {c}, and on good terms with each other",
    -1: "{a} and {b} both side with {c} but are at odds with each other",
    -3: "{a}, {b} and {c} are all at odds with each other",
}


def balance_triads(S: nx.Graph):
    """Every triangle of the signed graph whose three signs are known, and whether it is balanced.

    Structural balance: "+ + +" (three friends) and "+ − −" (two friends with a common enemy) are
    balanced; "+ + −" (a friend of two enemies) and "− − −" are not, and point at tensions that
    may resolve by one relation changing. Returns a DataFrame with one row per triangle: nodes,
    labels, ``signs`` (e.g. "+ + −", ordered as a–b, a–c, b–c), ``balanced`` and ``tension``.
    """
    import pandas as pd

    P = nx.Graph()
    P.add_edges_from((u, v) for u, v, d in S.edges(data=True) if d.get("sign"))
    rows = []
    seen = set()
    for clique in nx.enumerate_all_cliques(P):
        if len(clique) < 3:
            continue
        if len(clique) > 3:
            break
        tri = tuple(sorted(clique, key=str))
        if tri in seen:
            continue
        seen.add(tri)
        a, b, c = tri
        sab, sac, sbc = S[a][b]["sign"], S[a][c]["sign"], S[b][c]["sign"]
        balanced = sab * sac * sbc > 0
        tension = ""
        if not balanced:
            lab = lambda n: S.nodes[n].get("label", str(n))  # noqa: E731
            if sab + sac + sbc == -3:
                tension = _TENSION[-3].format(a=lab(a), b=lab(b), c=lab(c))
            else:
                # exactly one negative edge: its two ends are the friends-of-a-friend at odds
                x, y = ((a, b) if sab < 0 else (a, c) if sac < 0 else (b, c))
                z = ({a, b, c} - {x, y}).pop()
                tension = _TENSION[-1].format(a=lab(x), b=lab(y), c=lab(z))
        rows.append({
            "a": a, "b": b, "c": c,
            "labels": " · ".join(S.nodes[n].get("label", str(n)) for n in tri),
            "signs": " ".join("+" if s > 0 else "−" for s in (sab, sac, sbc)),
            "balanced": balanced, "tension": tension,
        })
    df = pd.DataFrame(rows, columns=["a", "b", "c", "labels", "signs", "balanced", "tension"])
    return df.sort_values(["balanced", "labels"], kind="stable").reset_index(drop=True)


# ---------------------------------------------------------------------------------------- time
def _period(date: str, period: str) -> str:
    n = {"year": 4, "month": 7, "day": 10}[period]
    return str(date)[:n]


def timeline(G, by: str = "family", period: str = "month"):
    """Statements per period, one column per family (``by="family"``), relation or pair.

    Only statements with a date count (their own date, else their document's). A date coarser
    than the period ("2022" when counting by month) keeps its own coarser label rather than
    being guessed into a month. Returns a DataFrame indexed by period, sorted, zeros filled.
    """
    import pandas as pd

    if period not in ("year", "month", "day"):
        raise ValueError("period must be 'year', 'month' or 'day'")
    if by not in ("family", "relation", "pair"):
        raise ValueError("by must be 'family', 'relation' or 'pair'")
    counts: dict[tuple[str, str], int] = defaultdict(int)
    for u, v, k, d in G.edges(keys=True, data=True):
        rel = d.get("relation", k)
        col = {"family": d.get("family", ""), "relation": rel,
               "pair": f"{_label(G, u)} → {_label(G, v)} ({rel})"}[by]
        for ev in d.get("evidence", []):
            if ev.get("date"):
                counts[(_period(ev["date"], period), col)] += 1
    if not counts:
        return pd.DataFrame()
    s = pd.Series(counts)
    df = s.unstack(fill_value=0).sort_index()
    df.index.name = period
    return df[sorted(df.columns)]


def sign_changes(G, period: str = "month", signs: dict[str, int] | None = None):
    """How each pair's relation turns over time: friendly and hostile statements per period.

    For every unordered pair with signed relations (:data:`SIGNS`) and dated statements, one row
    per period with the ``positive`` and ``negative`` counts, the period's ``sign`` (majority, 0
    when tied) and ``changed`` (True when the sign differs from the pair's previous non-zero
    sign: a friend turned foe or the reverse). Returns a DataFrame sorted by pair and period.
    """
    import pandas as pd

    if period not in ("year", "month", "day"):
        raise ValueError("period must be 'year', 'month' or 'day'")
    signs = SIGNS if signs is None else signs
    counts: dict[tuple, list[int]] = defaultdict(lambda: [0, 0])
    for u, v, k, d in G.edges(keys=True, data=True):
        sign = signs.get(d.get("relation", k), 0)
        if not sign or u == v:
            continue
        a, b = sorted((u, v), key=str)
        for ev in d.get("evidence", []):
            if ev.get("date"):
                counts[(a, b, _period(ev["date"], period))][0 if sign > 0 else 1] += 1
    rows = []
    last: dict[tuple, int] = {}
    for (a, b, when), (pos, neg) in sorted(counts.items(), key=lambda kv: (str(kv[0][0]), str(kv[0][1]), kv[0][2])):
        s = (pos > neg) - (pos < neg)
        prev = last.get((a, b))
        rows.append({"a": a, "b": b, "pair": f"{_label(G, a)} · {_label(G, b)}", "period": when,
                     "positive": pos, "negative": neg, "sign": s,
                     "changed": bool(s and prev is not None and s != prev)})
        if s:
            last[(a, b)] = s
    return pd.DataFrame(rows, columns=["a", "b", "pair", "period", "positive", "negative", "sign", "changed"])


# ---------------------------------------------------------------------------------------- claims
def contested(statements, rollup=None):
    """(subject, relation, object) triples that are both reported and denied or negated.

    ``statements`` is the table of ``KnowledgeGraph.statements()`` (any status). With
    ``rollup`` (the ``KnowledgeGraph``) subjects and objects are first rolled up to the actors
    they act for, so "the UN Security Council imposes sanctions" and "the UN does not impose
    sanctions" meet. Returns a DataFrame: how many statements report the triple (asserted,
    claimed, expected), how many deny or negate it, and who each side is attributed to.
    """
    import pandas as pd

    df = statements
    if rollup is not None and not df.empty:
        df = df.copy()
        for side in ("subject", "object"):
            df[side] = [rollup.actor_of(x) for x in df[side]]
            df[f"{side}_label"] = [rollup.label(x) for x in df[side]]
        df = df[df["subject"] != df["object"]]
    cols = ["subject_label", "relation", "object_label", "reported", "denied", "reported_by", "denied_by"]
    if df.empty:
        return pd.DataFrame(columns=cols)
    rows = []
    for (s, rel, o), grp in df.groupby(["subject_label", "relation", "object_label"], sort=True):
        yes = grp[grp["status"].isin(["asserted", "claimed", "expected"])]
        no = grp[grp["status"].isin(["denied", "negated"])]
        if len(yes) and len(no):
            who = lambda g: ", ".join(sorted({w for a in g["attributed_to"] for w in str(a).split() if w}))  # noqa: E731
            rows.append({"subject_label": s, "relation": rel, "object_label": o, "reported": len(yes),
                         "denied": len(no), "reported_by": who(yes), "denied_by": who(no)})
    return pd.DataFrame(rows, columns=cols)
