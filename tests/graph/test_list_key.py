"""Statement listings sort on an integer written with each statement (``kg:listKey``): newest
first, ties in a fixed order, paged inside the query; the same order on Oxigraph and rdflib."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from kg.graph.mapping import document_graph, entity_graph, statement_iri, statement_sort_key
from kg.graph.namespaces import KG
from kg.model import Document, Entity, Statement
from kg.ontology import ontology_graph
from kg.query import bind_params, list_queries
from kg.query.paging import cut_page, page_query

FRA = Entity("FRA", "Country", "Prancis")
DEU = Entity("DEU", "Country", "Jerman")
ITA = Entity("ITA", "Country", "Italia")
ESP = Entity("ESP", "Country", "Spanyol")


def _st(doc: str, s: Entity, rel: str, o: Entity, start: int, date: str | None = None, **kw) -> Statement:
    text = f"{s.label} dan {o.label} sepakat pada kalimat {start}."
    return Statement(doc=doc, subject=s, predicate=rel, object=o, status=kw.pop("status", "asserted"),
                     sentence=text, start=start, end=start + len(text), date=date, **kw)


def _documents() -> list[tuple[Document, list[Statement]]]:
    # d1 is dated March 2024; its second statement has its own, later date. d2 is from January 2023.
    # d3 has no date at all.
    d1 = Document("d1", "teks satu", date="2024-03-10")
    d2 = Document("d2", "teks dua", date="2023-01-05")
    d3 = Document("d3", "teks tiga")
    return [
        (d1, [_st("d1", FRA, "cooperatesWith", DEU, 0),
              _st("d1", ITA, "alliedWith", ESP, 60, date="2024-05"),
              _st("d1", FRA, "suppliesWeaponsTo", ESP, 120, items=("missile", "drone"), item_texts=("rudal", "drone"))]),
        (d2, [_st("d2", DEU, "meetsWith", ITA, 0),
              _st("d2", DEU, "suppliesWeaponsTo", ITA, 60, items=("tank",), item_texts=("tank",)),
              _st("d2", ITA, "imposesSanctionsOn", DEU, 120, status="claimed", attributed_to=(FRA, ESP))]),
        (d3, [_st("d3", ESP, "cooperatesWith", FRA, 0),
              _st("d3", FRA, "suppliesTechnologyTo", ITA, 60, items=("satellite_technology",),
                  item_texts=("teknologi satelit",))]),
    ]


def _nquads() -> bytes:
    out = []
    for doc, sts in _documents():
        g = document_graph(doc, sts, "hash")
        graph = ox.NamedNode(str(g.identifier))
        nt = g.serialize(format="nt", encoding="utf-8")
        out.append(ox.serialize((ox.Quad(t.subject, t.predicate, t.object, graph)
                                 for t in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)), format=ox.RdfFormat.N_QUADS))
    for name, graph in (("urn:entities", entity_graph([FRA, DEU, ITA, ESP])), ("urn:ontology", ontology_graph())):
        nt = graph.serialize(format="nt", encoding="utf-8")
        g = ox.NamedNode(name)
        out.append(ox.serialize((ox.Quad(t.subject, t.predicate, t.object, g)
                                 for t in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES)), format=ox.RdfFormat.N_QUADS))
    return b"".join(out)


@pytest.fixture(scope="module")
def store() -> ox.Store:
    st = ox.Store()
    st.load(_nquads(), format=ox.RdfFormat.N_QUADS)
    return st


def _query(name: str) -> str:
    return bind_params(next(q for q in list_queries() if q.name == name), {})


def _rows(store: ox.Store, text: str) -> list[tuple[str, ...]]:
    res = store.query(text, use_default_graph_as_union=True)
    names = [v.value for v in res.variables]
    return [tuple(sol[n].value if sol[n] is not None else "" for n in names) for sol in res]


def test_the_key_orders_newest_first_with_undated_last():
    assert statement_sort_key("urn:x", "2024-05") > statement_sort_key("urn:y", "2024-03-10")
    assert statement_sort_key("urn:x", "2023-01-05") > statement_sort_key("urn:y", None)
    assert statement_sort_key("urn:x", "not a date") == statement_sort_key("urn:x", None)
    assert statement_sort_key("urn:x", "2024") != statement_sort_key("urn:y", "2024")  # ties broken by the IRI


def test_a_statement_carries_one_key_from_its_own_date_else_its_documents():
    doc, sts = _documents()[0]
    g = document_graph(doc, sts, "hash")
    own = g.value(statement_iri(sts[1]), KG.listKey)
    from_doc = g.value(statement_iri(sts[0]), KG.listKey)
    assert own.toPython() == statement_sort_key(str(statement_iri(sts[1])), "2024-05")
    assert from_doc.toPython() == statement_sort_key(str(statement_iri(sts[0])), "2024-03-10")
    assert len(list(g.objects(statement_iri(sts[2]), KG.listKey))) == 1


def test_alliances_list_newest_first_and_page_inside(store):
    rows = _rows(store, _query("alliances"))
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("Italia", "alliedWith", "Spanyol"),       # 2024-05, its own date
        ("Prancis", "cooperatesWith", "Jerman"),  # 2024-03-10, its document's
        ("Jerman", "meetsWith", "Italia"),        # 2023-01-05
        ("Spanyol", "cooperatesWith", "Prancis"),  # undated
    ]
    page = page_query(_query("alliances"), 2, 1)
    assert "LIMIT 3 OFFSET 1  # kg:page" in page
    got, more = cut_page(_rows(store, page), 2, 1)
    assert [r[0] for r in got] == ["Prancis", "Jerman"] and more


def test_weapons_transfers_give_one_row_per_statement_with_its_items(store):
    rows = _rows(store, _query("weapons-transfers"))
    assert [(r[0], r[1], sorted(r[3].split(", "))) for r in rows] == [
        ("Prancis", "Spanyol", ["drone", "rudal"]), ("Jerman", "Italia", ["tank"])]
    got, more = cut_page(_rows(store, page_query(_query("weapons-transfers"), 1)), 1)
    assert [(r[0], r[1]) for r in got] == [("Prancis", "Spanyol")] and more


def test_claims_give_one_row_per_statement_with_everyone_who_says_so(store):
    rows = _rows(store, _query("claims-and-denials"))
    assert [(r[0], r[1], r[2], r[3], sorted(r[4].split(", "))) for r in rows] == [
        ("Italia", "imposesSanctionsOn", "Jerman", "claimed", ["Prancis", "Spanyol"])]


def test_rdflib_gives_the_same_rows_in_the_same_order(store):
    ds = Dataset(default_union=True)
    ds.parse(data=_nquads(), format="nquads")
    for name in ("alliances", "weapons-transfers", "sanctions", "claims-and-denials", "technology-transfers"):
        text = _query(name)
        ox_rows = _rows(store, text)
        rd = [tuple("" if v is None else str(v) for v in row) for row in ds.query(text)]
        at = {"weapons-transfers": 3, "claims-and-denials": 4}.get(name)
        if at is not None:  # GROUP_CONCAT's order is the engine's
            ox_rows = [r[:at] + (sorted(r[at].split(", ")),) + r[at + 1:] for r in ox_rows]
            rd = [r[:at] + (sorted(r[at].split(", ")),) + r[at + 1:] for r in rd]
        assert ox_rows, name
        assert rd == ox_rows, name
