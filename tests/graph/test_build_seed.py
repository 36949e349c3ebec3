"""The seed article end to end: files, store, SHACL, determinism, and the design card's example."""

import filecmp
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.compare import isomorphic

from kg.config import ontology_dir
from kg.graph.store import KGStore
from kg.query import bind_params, resolve_query


def test_build_writes_every_output(seed_build: Path):
    for name in ("kg.ttl", "statements.trig", "graph.html"):
        assert (seed_build / name).stat().st_size > 0, name
    assert (seed_build / "store").is_dir()
    assert not list(seed_build.glob(".store*")), "temporary store folders are cleaned up"


def test_outputs_parse_and_round_trip(seed_build: Path):
    g = Graph().parse(seed_build / "kg.ttl")
    again = Graph().parse(data=g.serialize(format="turtle"), format="turtle")
    assert isomorphic(g, again)
    ds = Dataset().parse(seed_build / "statements.trig", format="trig")
    ds2 = Dataset().parse(data=ds.serialize(format="trig"), format="trig")
    assert len(ds) == len(ds2) > 100
    graphs = {str(c.identifier) for c in ds.contexts()}
    assert any(g.endswith("/graph/tribunnews-2024-06-19-putin-kim") for g in graphs)


def test_outputs_conform_to_shapes(seed_build: Path):
    from pyshacl import validate

    data = Graph().parse(seed_build / "kg.ttl")
    shapes = Graph().parse(ontology_dir() / "shapes.ttl")
    conforms, _g, text = validate(data, shacl_graph=shapes, advanced=True)
    assert conforms, text


def test_build_twice_gives_identical_files(seed_build: Path, seed_dir: Path, tmp_path: Path):
    from kg.api import build

    build([seed_dir], tmp_path)
    for name in ("kg.ttl", "statements.trig"):
        assert filecmp.cmp(seed_build / name, tmp_path / name, shallow=False), name


def test_technology_transfers_query_lists_russia_to_north_korea(seed_build: Path):
    q = resolve_query("technology-transfers")
    with KGStore(seed_build / "store", read_only=True) as store:
        _names, rows = store.select(bind_params(q, {}))
    pairs = {(r["supplier"], r["recipient"]) for r in rows}
    assert ("Rusia", "Korea Utara") in pairs
    row = next(r for r in rows if (r["supplier"], r["recipient"]) == ("Rusia", "Korea Utara"))
    assert "Rusia membantu Korea Utara dengan teknologi" in row["sentence"]


def test_plain_sparql_over_turtle_with_wikidata_links(seed_build: Path):
    g = Graph().parse(seed_build / "kg.ttl")
    rows = list(g.query("""
        PREFIX kg: <https://w3id.org/kg-news/ontology#>
        PREFIX owl: <http://www.w3.org/2002/07/owl#>
        PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
        PREFIX wd: <http://www.wikidata.org/entity/>
        SELECT ?sentence WHERE {
          ?ru owl:sameAs wd:Q159 . ?kp owl:sameAs wd:Q423 .
          ?ru kg:suppliesTechnologyTo ?kp .
          ?st rdf:subject ?ru ; rdf:predicate kg:suppliesTechnologyTo ; rdf:object ?kp ; kg:sentence ?sentence .
        }"""))
    assert any("teknologi" in str(r.sentence) for r in rows)


def test_negated_statements_have_no_plain_triple(seed_build: Path):
    with KGStore(seed_build / "store", read_only=True) as store:
        _n, rows = store.select("""
            PREFIX kg: <https://w3id.org/kg-news/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            SELECT ?s ?p ?o WHERE {
              ?st kg:status kg:Negated ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
              FILTER NOT EXISTS { ?st2 rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                                  kg:status ?ok . FILTER(?ok != kg:Negated && ?ok != kg:Denied) }
              ?s ?p ?o .
            }""")
    assert rows == []


def test_statements_point_back_to_their_words(seed_build: Path, seed_dir: Path):
    text = (seed_dir / "tribunnews-2024-06-19-putin-kim.txt").read_text(encoding="utf-8")
    with KGStore(seed_build / "store", read_only=True) as store:
        _n, rows = store.select("""
            PREFIX kg: <https://w3id.org/kg-news/ontology#>
            SELECT ?sentence ?start ?end WHERE { ?st a kg:Statement ; kg:sentence ?sentence ;
                                                 kg:startOffset ?start ; kg:endOffset ?end }""")
    assert rows
    for r in rows:
        assert text[r["start"]:r["end"]] == r["sentence"]


def test_countries_carry_verified_wikidata_ids(seed_build: Path):
    g = Graph().parse(seed_build / "kg.ttl")
    rows = {(str(r.key), str(r.wd)) for r in g.query("""
        PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
        PREFIX owl: <http://www.w3.org/2002/07/owl#>
        PREFIX kg: <https://w3id.org/kg-news/ontology#>
        SELECT ?key ?wd WHERE { ?e a kg:Country ; skos:notation ?key ; owl:sameAs ?wd }""")}
    assert ("RUS", "http://www.wikidata.org/entity/Q159") in rows
    assert ("PRK", "http://www.wikidata.org/entity/Q423") in rows


def test_transferred_items_are_concepts_of_the_vocabulary(seed_build: Path):
    with KGStore(seed_build / "store", read_only=True) as store:
        _n, rows = store.select("""
            PREFIX kg: <https://w3id.org/kg-news/ontology#>
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?rel ?concept ?top WHERE {
              ?st rdf:predicate ?rel ; kg:item ?i . ?i skos:notation ?concept ; skos:inScheme kg:items .
              OPTIONAL { ?i skos:broader ?b . ?b skos:notation ?top }
            }""")
    got = {(r["rel"].rsplit("#", 1)[-1], r["concept"]) for r in rows}
    assert ("suppliesWeaponsTo", "ammunition") in got
    assert ("suppliesTechnologyTo", "technology") in got
