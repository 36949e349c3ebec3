"""Entities in RDF: one IRI per actor, labels and aliases tagged with their language, verified links."""

from rdflib import Literal, URIRef
from rdflib.namespace import OWL, SKOS

from kg.graph.mapping import entity_graph, entity_iri
from kg.nlp.gazetteer import load_gazetteer


def test_one_iri_for_every_surface_form_of_north_korea():
    gaz = load_gazetteer()
    names = {a.lower() for a in gaz.aliases["PRK"]}
    assert {"korea utara", "korut", "north korea", "pyongyang"} <= names
    for key, aliases in gaz.aliases.items():
        if key != "PRK":
            assert not ({"korut", "pyongyang"} & {a.lower() for a in aliases}), key


def test_labels_and_aliases_carry_languages():
    gaz = load_gazetteer()
    g = entity_graph([gaz.get("PRK")])
    prk = entity_iri("PRK")
    assert (prk, SKOS.prefLabel, Literal("Korea Utara", lang="id")) in g
    assert (prk, SKOS.prefLabel, Literal("North Korea", lang="en")) in g
    assert (prk, SKOS.altLabel, Literal("Korut", lang="id")) in g
    assert (prk, SKOS.altLabel, Literal("DPRK", lang="en")) in g
    assert (prk, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q423")) in g


def test_every_country_has_a_verified_wikidata_id():
    import pycountry

    gaz = load_gazetteer()
    sovereign_missing = [c.alpha_3 for c in pycountry.countries
                         if gaz.get(c.alpha_3).wikidata is None and c.alpha_3 in {"PSE", "RUS", "PRK", "USA", "IDN", "UKR", "CHN"}]
    assert sovereign_missing == []
    with_id = sum(1 for c in pycountry.countries if gaz.get(c.alpha_3).wikidata)
    assert with_id >= 190
