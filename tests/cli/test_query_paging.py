"""``kg query --limit N --offset K`` pages any listing and says, on stderr, when an answer goes on;
parameters are written as their kind asks (entities resolved, relations, strings, dates)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import _register, cli
from kg.errors import QueryError
from kg.query import bind_params, resolve_query
from kg.query.paging import cut_page, page_query

_register()


def _query(*args: str):
    return CliRunner().invoke(cli, ["query", *args])


def test_bind_params_writes_each_kind_and_leaves_options_undefined():
    text = bind_params(resolve_query("edges"), {"rel": "attacks", "since": "2024-02", "until": "2024"})
    assert ('VALUES (?rel ?since ?until ?level ?family ?actor ?status) { (<https://w3id.org/kg-news/ontology#attacks> '
            '"2024-02-01"^^<http://www.w3.org/2001/XMLSchema#date> "2024-12-31"^^<http://www.w3.org/2001/XMLSchema#date> '
            '"actor" UNDEF UNDEF UNDEF) }') in text
    assert resolve_query("partners").params == ("actor",) and "family" in resolve_query("partners").options
    with pytest.raises(QueryError, match="needs --param actor"):
        bind_params(resolve_query("partners"), {})
    assert '"say \\"no\\""' in bind_params(resolve_query("edges"), {"family": 'say "no"'})


def test_page_query_appends_limit_and_offset_unless_the_query_has_its_own():
    assert page_query("SELECT * WHERE { ?s ?p ?o }", 10, 20).endswith("LIMIT 11 OFFSET 20")
    assert page_query("SELECT * WHERE { ?s ?p ?o } # all of it", 10).endswith("LIMIT 11")
    assert page_query("SELECT * WHERE { ?s ?p ?o } limit 3", 10) is None
    assert page_query("ASK { ?s ?p ?o }", 10) is None
    assert cut_page([1, 2, 3], 2) == ([1, 2], True)
    assert cut_page([1, 2, 3, 4, 5], 2, 2, rewritten=False) == ([3, 4], True)
    assert cut_page([1, 2], 2) == ([1, 2], False)


def test_page_goes_inside_the_sub_select_marked_kg_page():
    text = ("SELECT ?s {\n  { SELECT ?s ?k WHERE { ?s <urn:p> ?k }\n    ORDER BY DESC(?k)  # kg:page\n  }\n"
            "  ?s <urn:label> ?l .\n}\nORDER BY DESC(?k)")
    paged = page_query(text, 5, 10)
    assert "ORDER BY DESC(?k) LIMIT 6 OFFSET 10  # kg:page" in paged
    assert paged.rstrip().endswith("ORDER BY DESC(?k)")  # nothing appended after the outer ORDER BY
    assert page_query(text, None, 0) == text
    # two marks are ambiguous: the page is taken from the whole answer, as for any query
    twice = text + "  # kg:page"
    assert page_query(twice, 5).endswith("# kg:page\nLIMIT 6")
    for name in ("edges", "partners"):  # the shipped listings are paged inside
        assert "# kg:page" in resolve_query(name).text


@pytest.mark.slow
def test_pages_of_kg_query_join_up_to_the_whole_listing(seed_build: Path):
    store = str(seed_build / "store")
    whole = _query("edges", "--store", store, "--format", "json")
    assert whole.exit_code == 0, whole.stderr
    rows = json.loads(whole.stdout)["rows"]
    assert len(rows) > 5
    pages, offset = [], 0
    while True:
        res = _query("edges", "--store", store, "--format", "json", "--limit", "4", "--offset", str(offset))
        assert res.exit_code == 0, res.stderr
        pages += json.loads(res.stdout)["rows"]
        if "the answer goes on" not in res.stderr:
            break
        assert f"--offset {offset + 4}" in res.stderr
        offset += 4
    assert pages == rows
    own = _query("SELECT ?e WHERE { ?e a <https://w3id.org/kg-news/ontology#Edge> } ORDER BY ?e LIMIT 5",
                 "--store", store, "--format", "csv", "--limit", "2", "--offset", "1")
    assert own.exit_code == 0 and len(own.stdout.split()) == 3 and "--offset 3" in own.stderr


@pytest.mark.slow
def test_kg_query_resolves_entities_but_not_dates_or_relations(seed_build: Path):
    res = _query("partners", "--param", "actor=Rusia", "--param", "family=transfers", "--store",
                 str(seed_build / "store"), "--format", "csv")
    assert res.exit_code == 0, res.stderr
    assert "Korea Utara,suppliesTechnologyTo,out" in res.stdout
    res = _query("edges", "--param", "rel=suppliesWeaponsTo", "--param", "since=2024-06", "--store",
                 str(seed_build / "store"), "--format", "csv")
    lines = [ln for ln in res.stdout.splitlines() if ln]
    assert res.exit_code == 0 and len(lines) > 1 and all(",suppliesWeaponsTo," in ln for ln in lines[1:])
