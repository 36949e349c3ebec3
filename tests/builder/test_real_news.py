"""The real-input test: 1,000 Detik articles from ../shared (skipped when absent), as a CSV export."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from kg.builder import build
from kg.config import ontology_dir
from kg.ingest import Columns, ReadOptions

DETIK = ReadOptions(columns=Columns(text="isi_berita", title="judul", url="tautan", date="tanggal"),
                    date_format="%m/%d/%Y %H:%M")


@pytest.mark.slow
def test_detik_export_builds_conforms_and_rebuilds_for_free(shared_news: Path, tmp_path: Path):
    out = tmp_path / "out"
    report = build([shared_news], out, render=False, workers=2, read_options=DETIK)
    assert report.skipped == [] and report.documents == report.extracted == 1000
    g = Graph().parse(out / "kg.ttl")
    rows = list(g.query("""
        PREFIX kg: <https://w3id.org/kg-news/ontology#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        PREFIX prov: <http://www.w3.org/ns/prov#>
        SELECT ?id ?title ?url ?date ?lang ?src WHERE {
          ?d a kg:Document ; dcterms:identifier ?id ; dcterms:title ?title ; prov:atLocation ?url ;
             dcterms:date ?date ; dcterms:language ?lang ; dcterms:source ?src }"""))
    assert len(rows) == 1000
    first = {str(r.id): r for r in rows}["1"]
    assert str(first.date) == "2025-10-21" and str(first.lang) == "id"
    assert str(first.src) == f"{shared_news}:2" and str(first.url).startswith("https://news.detik.com/")
    from pyshacl import validate

    conforms, _g, text = validate(g, shacl_graph=Graph().parse(ontology_dir() / "shapes.ttl"), advanced=True)
    assert conforms, text
    again = build([shared_news], out, render=False, read_options=DETIK)
    assert again.extracted == 0 and again.unchanged == 1000 and not again.rewritten
