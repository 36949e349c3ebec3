"""Property-based: random and hostile text (control characters, right-to-left marks, 10,000-character
tokens, quotes and angle brackets in names and ids) goes through the whole build without a crash,
and the outputs always parse and conform to ontology/shapes.ttl."""

from __future__ import annotations

import json
import shutil
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph

from kg.builder import build
from kg.config import ontology_dir

pyshacl = pytest.importorskip("pyshacl")

GOOD = [
    "Rusia memasok rudal ke Iran pada Rabu (19/6/2024).",
    'PT Jahat "Sekali" <Tbk> memasok rudal ke Korea Utara.',
    "Presiden Rusia Vladimir Putin bertemu pemimpin Korea Utara Kim Jong Un di Pyongyang.",
    "Amerika Serikat menjatuhkan sanksi baru terhadap Rusia.",
    "Iran membantah telah mengirim pesawat nirawak ke Rusia.",
]
NASTY = ["\u200f", "\u202e", "\u200b", "\u2066", "\x00", "\x0b", "\x1b[31m", "\x7f", '"', "'", "<", ">", "&", "\\",
         '"""', "'''", "<script>alert(1)</script>", "]]>", "\ufeff", "\U0001f600", "\u05e9\u05dc\u05d5\u05dd", "\r\n", "\t"]
GAZETTEER = ("evil_co\tCompany\t\tPRK\tEvil \"<Co>\"\tPT Jahat \"Sekali\" <Tbk>\tPT Jahat|Jahat \"<Co>\" & Sons\n")

piece = st.one_of(
    st.sampled_from(GOOD),
    st.sampled_from(NASTY),
    st.text(max_size=60),
    st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x2FF), max_size=40),
    st.builds(lambda c: c * 10_000, st.sampled_from(["a", "<", '"', "\u05d0", "9"])),
)
text = st.lists(piece, min_size=1, max_size=8).map(lambda xs: " ".join(xs) + " " + GOOD[0])
doc_id = st.one_of(st.text(min_size=1, max_size=20), st.sampled_from(['a"b', "<x>", "a b", "../../etc", "\u202ekg", "%20"]))
record = st.fixed_dictionaries({"id": doc_id, "text": text, "title": st.text(max_size=30), "url": st.sampled_from(
    ["https://x.org/a?b=<c>&d=\"e\"", "not a url", "", "javascript:alert(1)"])})


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ontology_dir() / "shapes.ttl")


@pytest.fixture(scope="module")
def gazetteer(tmp_path_factory) -> str:
    """A user gazetteer whose names hold quotes and angle brackets (one file: one cached pipeline)."""
    gz = tmp_path_factory.mktemp("gz") / "evil.tsv"
    gz.write_text(GAZETTEER, encoding="utf-8")
    return str(gz)


@pytest.mark.slow
@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(records=st.lists(record, min_size=1, max_size=3))
def test_hostile_text_builds_parses_and_conforms(records, shapes, gazetteer):
    tmp = Path(tempfile.mkdtemp(prefix="kg-hostile-"))
    try:
        src = tmp / "in.jsonl"
        src.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
        report = build([src], tmp / "out", lang="id", gazetteer_files=[gazetteer], render=False)
        assert report.documents >= 1
        assert all("duplicate document id" in s for s in report.skipped), report.skipped
        g = Graph().parse(tmp / "out" / "kg.ttl", format="turtle")
        assert len(g) == report.triples
        ds = Dataset().parse(tmp / "out" / "statements.trig", format="trig")
        assert len(ds) > 0
        conforms, _g, why = pyshacl.validate(g, shacl_graph=shapes, advanced=True)
        assert conforms, why
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
