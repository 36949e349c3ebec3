"""A small hand-made graph whose answers are known, written to a real Oxigraph store.

Shared by tests/analysis and tests/export (their conftest.py put this folder on sys.path).

Entities: RUS, PRK, IRN, UKR, USA, KOR, JPN, CHN, UN (countries/organisations), putin (acts for
RUS), kim (acts for PRK), pyongyang (acts for PRK). Two documents, dated 2024-06-19 and 2023-09-13.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

from kg.graph.edges import write_edges
from kg.graph.mapping import document_graph, entity_graph
from kg.graph.namespaces import ENTITY_GRAPH
from kg.graph.store import ONTOLOGY_GRAPH, KGStore
from kg.model import Document, Entity, Statement
from kg.ontology import ontology_graph

E = {
    "RUS": Entity("RUS", "Country", "Rusia", "Q159", labels=(("en", "Russia"), ("id", "Rusia"))),
    "PRK": Entity("PRK", "Country", "Korea Utara", "Q423", labels=(("en", "North Korea"), ("id", "Korea Utara"))),
    "IRN": Entity("IRN", "Country", "Iran", "Q794", labels=(("en", "Iran"), ("id", "Iran"))),
    "UKR": Entity("UKR", "Country", "Ukraina", "Q212", labels=(("en", "Ukraine"), ("id", "Ukraina"))),
    "USA": Entity("USA", "Country", "Amerika Serikat", "Q30", labels=(("en", "United States"), ("id", "Amerika Serikat"))),
    "KOR": Entity("KOR", "Country", "Korea Selatan", "Q884", labels=(("en", "South Korea"), ("id", "Korea Selatan"))),
    "JPN": Entity("JPN", "Country", "Jepang", "Q17", labels=(("en", "Japan"), ("id", "Jepang"))),
    "CHN": Entity("CHN", "Country", "China", "Q148", labels=(("en", "China"), ("id", "China"))),
    "UN": Entity("UN", "InternationalOrganization", "PBB", "Q1065", labels=(("en", "United Nations"), ("id", "PBB"))),
    "putin": Entity("putin", "Person", "Vladimir Putin", "Q7747", acts_for="RUS"),
    "kim": Entity("kim", "Person", "Kim Jong Un", "Q56226", acts_for="PRK"),
    "pyongyang": Entity("pyongyang", "Place", "Pyongyang", "Q18808", acts_for="PRK"),
}

DOC1 = Document("d1", "x" * 2000, title="Putin di Pyongyang", date="2024-06-19")
DOC2 = Document("d2", "x" * 2000, title="Kim di Vladivostok", date="2023-09-13")

# (doc, subject, relation, object, status, statement date or None, attributed to)
ROWS = [
    (DOC1, "putin", "leaderOf", "RUS", "asserted", None, ()),              # self-loop at actor level
    (DOC1, "putin", "meetsWith", "kim", "asserted", None, ()),
    (DOC1, "kim", "meetsWith", "putin", "claimed", None, ("PRK",)),         # same symmetric edge
    (DOC1, "IRN", "suppliesWeaponsTo", "PRK", "asserted", "2024-05", ()),
    (DOC1, "pyongyang", "suppliesWeaponsTo", "RUS", "claimed", None, ("USA",)),
    (DOC2, "PRK", "suppliesWeaponsTo", "RUS", "claimed", None, ("KOR",)),
    (DOC1, "PRK", "suppliesWeaponsTo", "RUS", "denied", None, ("PRK",)),    # left out by default
    (DOC1, "RUS", "suppliesTechnologyTo", "kim", "expected", None, ()),
    (DOC1, "RUS", "cooperatesWith", "PRK", "expected", None, ()),
    (DOC1, "CHN", "supports", "PRK", "asserted", None, ()),
    (DOC1, "USA", "cooperatesWith", "KOR", "asserted", None, ()),
    (DOC1, "KOR", "cooperatesWith", "JPN", "asserted", None, ()),
    (DOC1, "USA", "alliedWith", "JPN", "asserted", None, ()),
    (DOC1, "USA", "imposesSanctionsOn", "RUS", "asserted", None, ()),
    (DOC1, "USA", "accuses", "PRK", "asserted", None, ()),
    (DOC1, "KOR", "accuses", "PRK", "asserted", None, ()),
    (DOC1, "UN", "imposesSanctionsOn", "PRK", "negated", None, ()),
    (DOC2, "RUS", "attacks", "UKR", "asserted", "2022-02-24", ()),
]


def statements() -> dict[str, list[Statement]]:
    out: dict[str, list[Statement]] = {"d1": [], "d2": []}
    for i, (doc, s, rel, o, status, date, by) in enumerate(ROWS):
        out[doc.id].append(Statement(
            doc=doc.id, subject=E[s], predicate=rel, object=E[o], status=status,
            sentence=f"sentence {i}: {s} {rel} {o}.", start=i * 100, end=i * 100 + 50, sentence_index=i,
            attributed_to=tuple(E[b] for b in by), date=date, trigger=rel, rule="test",
        ))
    return out


def write_store(path: Path) -> Path:
    sts = statements()
    with KGStore(path) as store:
        store.replace_graph(str(ONTOLOGY_GRAPH), ontology_graph())
        store.replace_graph(str(ENTITY_GRAPH), entity_graph(E.values(), Graph(identifier=ENTITY_GRAPH)))
        for doc in (DOC1, DOC2):
            g = document_graph(doc, sts[doc.id], "hash-" + doc.id)
            store.replace_graph(str(g.identifier), g)
        write_edges(store.store)  # as `kg build` does
    return path


def iri(key: str) -> str:
    return f"https://w3id.org/kg-news/entity/{key}"
