"""Each analytic on graphs whose answer is known by hand."""

from __future__ import annotations

import pandas as pd
import pytest

from kg.analysis import (
    balance_triads, bloc_of, blocs, contested, flow_paths, hubs, sign_changes, signed_graph, statements_to_graph,
    timeline,
)
from kg.ontology import relations

from small_kg import iri


def graph_of(triples, status="asserted", date=None):
    """A MultiDiGraph from (subject, relation, object) triples, through statements_to_graph."""
    fam = relations()
    rows = [{"subject": s, "relation": r, "object": o, "family": fam[r]["family"], "status": status,
             "date": date, "doc": "t", "sentence": f"{s} {r} {o}", "statement": f"st{i}"}
            for i, (s, r, o) in enumerate(triples)]
    return statements_to_graph(pd.DataFrame(rows))


# ---------------------------------------------------------------------------------------- hubs
def test_hubs_on_a_star_with_a_tail():
    # A - B - C - D, and B - E: B is the hub, C the other broker
    G = graph_of([("A", "cooperatesWith", "B"), ("B", "supports", "C"), ("C", "supports", "D"),
                  ("B", "cooperatesWith", "E"), ("A", "attacks", "D")])
    df = hubs(G)
    coop = df[df["family"] == "cooperation"].set_index("node")
    assert list(coop.index[:2]) == ["B", "C"]
    assert coop.loc["B", "degree"] == 3 and coop.loc["B", "degree_centrality"] == pytest.approx(0.75)
    assert coop.loc["B", "betweenness"] == pytest.approx(5 / 6)   # 5 of the 6 pairs not involving B
    assert coop.loc["C", "betweenness"] == pytest.approx(0.5)
    assert coop.loc["B", "out_degree"] == 2 and coop.loc["B", "in_degree"] == 1
    assert coop.loc["A", "betweenness"] == 0
    conflict = df[df["family"] == "conflict"].set_index("node")
    assert set(conflict.index) == {"A", "D"}
    every = df[df["family"] == "all"].set_index("node")               # A - D closes a cycle
    assert every.loc["C", "betweenness"] < coop.loc["C", "betweenness"]
    assert list(df["family"].unique()) == ["all", "conflict", "cooperation"]


def test_hubs_of_one_family_only(small):
    df = hubs(small.graph(), families=["accusations"], include_all=False)
    assert set(df["family"]) == {"accusations"}
    top = df.iloc[0]
    assert top["node"] == iri("PRK") and top["in_degree"] == 2 and top["betweenness"] == 1.0


# ---------------------------------------------------------------------------------------- blocs
@pytest.mark.parametrize("method", ["louvain", "greedy"])
def test_blocs_split_the_two_camps(small, method):
    found = blocs(small.graph(), method=method, seed=0)
    assert found == [{iri("CHN"), iri("PRK"), iri("RUS")}, {iri("JPN"), iri("KOR"), iri("USA")}]
    assert bloc_of(found)[iri("USA")] == 1


def test_blocs_are_the_same_every_run():
    G = graph_of([(a, "cooperatesWith", b) for a, b in
                  [("A", "B"), ("B", "C"), ("A", "C"), ("C", "D"), ("D", "E"), ("E", "F"), ("D", "F"), ("F", "G")]])
    assert blocs(G, seed=7) == blocs(G, seed=7)
    assert {frozenset(b) for b in blocs(G, seed=7)} == {frozenset("ABC"), frozenset("DEFG")}
    assert blocs(graph_of([("A", "attacks", "B")])) == []


# ---------------------------------------------------------------------------------------- flows
def test_flow_paths_through_intermediaries(small):
    G = small.graph()
    df = flow_paths(G)
    assert list(df["path"]) == ["Iran → North Korea", "North Korea → Russia", "Iran → North Korea → Russia"]
    two = df.iloc[2]
    assert two["hops"] == 2 and two["statements"] == 1 and two["statuses"] == "asserted, claimed"
    wide = flow_paths(G, relations=["suppliesWeaponsTo", "suppliesTechnologyTo"])
    assert "Russia → North Korea" in set(wide["path"])
    assert "suppliesTechnologyTo" in set(wide["relations"])
    assert list(flow_paths(G, source=iri("IRN"), max_hops=1)["path"]) == ["Iran → North Korea"]
    assert list(flow_paths(G, target=iri("RUS"), source=iri("IRN"))["path"]) == ["Iran → North Korea → Russia"]


def test_flow_paths_find_every_simple_route():
    G = graph_of([("A", "suppliesWeaponsTo", "B"), ("B", "suppliesWeaponsTo", "D"),
                  ("A", "suppliesWeaponsTo", "C"), ("C", "suppliesWeaponsTo", "D"), ("D", "suppliesWeaponsTo", "A")])
    routes = flow_paths(G, source="A", target="D")
    assert sorted(routes["path"]) == ["A → B → D", "A → C → D"]
    # from A: AB, AC, ABD, ACD; from B: BD, BDA, BDAC; from C: CD, CDA, CDAB; from D: DA, DAB, DAC
    assert len(flow_paths(G, max_hops=3)) == 13
    assert len(flow_paths(G, max_hops=2)) == 4 + 2 + 2 + 3


# ---------------------------------------------------------------------------------------- signed
def test_signed_graph_and_balance():
    G = graph_of([
        ("A", "cooperatesWith", "B"), ("A", "supports", "C"), ("B", "attacks", "C"),          # + + − : tension
        ("D", "cooperatesWith", "E"), ("F", "imposesSanctionsOn", "D"), ("F", "accuses", "E"),  # + − − : balanced
        ("G", "cooperatesWith", "H"), ("G", "accuses", "H"), ("G", "meetsWith", "I"),          # tie; meeting unsigned
    ])
    S = signed_graph(G)
    assert S["B"]["C"]["sign"] == -1 and S["A"]["B"]["sign"] == 1
    assert S["G"]["H"]["sign"] == 0 and (S["G"]["H"]["positive"], S["G"]["H"]["negative"]) == (1, 1)
    assert "I" not in S
    tri = balance_triads(S)
    assert len(tri) == 2
    bad = tri[~tri["balanced"]].iloc[0]
    assert (bad["a"], bad["b"], bad["c"], bad["signs"]) == ("A", "B", "C", "+ + −")
    assert bad["tension"] == "B and C both side with A but are at odds with each other"
    good = tri[tri["balanced"]].iloc[0]
    assert good["signs"] == "+ − −" and good["tension"] == ""


def test_three_enemies_are_unbalanced():
    S = signed_graph(graph_of([("A", "attacks", "B"), ("B", "threatens", "C"), ("C", "opposes", "A")]))
    tri = balance_triads(S)
    assert list(tri["balanced"]) == [False] and "all at odds" in tri["tension"][0]


def test_small_graph_is_balanced(small):
    tri = balance_triads(signed_graph(small.graph()))
    assert sorted(tri["labels"]) == ["Japan · South Korea · United States", "North Korea · Russia · United States",
                                     "South Korea · North Korea · United States"]
    assert tri["balanced"].all()


# ---------------------------------------------------------------------------------------- time
def test_timeline_by_family(small):
    df = timeline(small.graph(), by="family", period="month")
    assert list(df.index) == ["2022-02", "2023-09", "2024-05", "2024-06"]
    assert df.loc["2024-06"].to_dict() == {"accusations": 2, "conflict": 0, "cooperation": 5, "meetings": 2,
                                           "sanctions": 1, "transfers": 2}
    assert df.loc["2022-02", "conflict"] == 1
    years = timeline(small.graph(), period="year")
    assert years.loc["2024", "transfers"] == 3 and years.loc["2023", "transfers"] == 1
    pairs = timeline(small.graph(families=["transfers"]), by="pair", period="year")
    assert pairs.loc["2024", "North Korea → Russia (suppliesWeaponsTo)"] == 1


def test_sign_changes_find_a_friend_turned_foe():
    def dated(s, r, o, date, i):
        return {"subject": s, "relation": r, "object": o, "family": relations()[r]["family"], "status": "asserted",
                "date": date, "doc": "t", "sentence": "", "statement": f"s{i}"}

    rows = [dated("A", "cooperatesWith", "B", "2023-01-05", 1), dated("B", "supports", "A", "2023-02-01", 2),
            dated("A", "accuses", "B", "2023-02-03", 3), dated("A", "attacks", "B", "2024-07-01", 4),
            dated("A", "cooperatesWith", "C", "2024-07-01", 5), dated("A", "meetsWith", "B", "2024-08-01", 6)]
    df = sign_changes(statements_to_graph(pd.DataFrame(rows)), period="month")
    ab = df[df["pair"] == "A · B"]
    assert list(ab["period"]) == ["2023-01", "2023-02", "2024-07"]          # meetings carry no sign
    assert list(ab["sign"]) == [1, 0, -1] and list(ab["changed"]) == [False, False, True]
    assert (ab.iloc[1]["positive"], ab.iloc[1]["negative"]) == (1, 1)
    assert not df[df["pair"] == "A · C"]["changed"].any()
    years = sign_changes(statements_to_graph(pd.DataFrame(rows)), period="year")
    assert list(years[years["pair"] == "A · B"]["sign"]) == [1, -1]


def test_timeline_keeps_coarse_dates_coarse():
    G = graph_of([("A", "attacks", "B")], date="2022")
    assert list(timeline(G, period="month").index) == ["2022"]
    assert timeline(graph_of([("A", "attacks", "B")])).empty


# ---------------------------------------------------------------------------------------- claims
def test_contested(small):
    df = contested(small.statements())
    assert df.to_dict("records") == [{
        "subject_label": "North Korea", "relation": "suppliesWeaponsTo", "object_label": "Russia",
        "reported": 1, "denied": 1, "reported_by": "KOR", "denied_by": "PRK"}]
    rolled = contested(small.statements(), rollup=small)        # Pyongyang's claim joins in
    assert rolled[["reported", "denied", "reported_by"]].to_dict("records") == [
        {"reported": 2, "denied": 1, "reported_by": "KOR, USA"}]


# ---------------------------------------------------------------------------------------- seed
@pytest.mark.slow
def test_seed_analytics(seed_graph):
    import kg

    with kg.open(seed_graph) as g:
        G = g.graph()
        flows = flow_paths(G, relations=["suppliesWeaponsTo", "suppliesTechnologyTo"])
        assert ((flows["source"] == iri("RUS")) & (flows["target"] == iri("PRK")) & (flows["hops"] == 1)).any()
        h = hubs(G)
        assert iri("PRK") in set(h[h["family"] == "all"].head(3)["node"])
        found = blocs(G)
        assert found and all(len(b) >= 1 for b in found)
        assert len(balance_triads(signed_graph(G))) >= 0
