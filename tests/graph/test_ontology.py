"""The ontology file and the KG namespace agree, and every relation carries what the issue asks."""

from rdflib import Graph
from rdflib.namespace import OWL, RDF, RDFS

from kg.config import ontology_dir
from kg.graph.namespaces import KG
from kg.ontology import relations

SCORED = {"meetsWith", "visits", "cooperatesWith", "alliedWith", "supports", "opposes", "imposesSanctionsOn",
          "blocksSanctionsOn", "suppliesWeaponsTo", "suppliesTechnologyTo", "providesAidTo", "attacks",
          "threatens", "accuses"}
ROLES = {"leaderOf", "officialOf", "relativeOf", "memberOf"}


def _onto() -> Graph:
    return Graph().parse(ontology_dir() / "kg.ttl")


def test_namespace_matches_ontology_terms():
    g = _onto()
    in_ttl = {str(s)[len(str(KG._NS)):] for s in g.subjects() if str(s).startswith(str(KG._NS))}
    in_code = set(KG.__annotations__)
    assert in_ttl == in_code


def test_namespace_refuses_unknown_terms():
    import pytest

    with pytest.raises(AttributeError):
        KG.suppliesWeaponTo  # noqa: B018 - a typo must fail loudly


def test_every_scored_relation_has_labels_domain_range_and_codes():
    g = _onto()
    rels = relations()
    assert SCORED | ROLES <= set(rels)
    for name in SCORED:
        prop = KG[name]
        langs = {lit.language for lit in g.objects(prop, RDFS.label)}
        assert {"en", "id"} <= langs, name
        assert g.value(prop, RDFS.comment) is not None, name
        assert g.value(prop, RDFS.domain) is not None and g.value(prop, RDFS.range) is not None, name
        assert rels[name]["plover"] and rels[name]["cameo"], name


def test_symmetric_relations_are_declared():
    rels = relations()
    assert {n for n, r in rels.items() if r["symmetric"]} == {"meetsWith", "cooperatesWith", "alliedWith", "relativeOf"}


def test_plover_and_cameo_codes_of_key_relations():
    rels = relations()
    assert (rels["suppliesWeaponsTo"]["plover"], rels["suppliesWeaponsTo"]["cameo"]) == ("AID", ["072"])
    assert (rels["imposesSanctionsOn"]["plover"], rels["imposesSanctionsOn"]["cameo"]) == ("SANCTION", ["163"])
    assert rels["attacks"]["cameo"] == ["18", "19"]
    assert rels["accuses"]["cameo"] == ["112"]
