"""docs/ontology.md is generated from ontology/kg.ttl and the lexicons, and kept current."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

from kg.ontology import relations
from kg.ontology_doc import COMMAND, ontology_markdown

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "ontology.md"
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}


def test_ontology_doc_is_current():
    expected = ontology_markdown(ROOT / "ontology")
    current = DOC.read_text(encoding="utf-8") if DOC.exists() else ""
    assert current == expected, (
        f"docs/ontology.md is out of date with ontology/kg.ttl or ontology/lexicon/: run `{COMMAND}` and commit it"
    )


def test_ontology_doc_has_every_relation_with_its_labels_and_codes():
    text = ontology_markdown(ROOT / "ontology")
    for name, info in relations().items():
        assert f"### `kg:{name}`\n\n**{info['label_en']}** / *{info['label_id']}* — " in text
        assert f"[`{name}`](#kg{name.lower()})" in text  # the table links to the heading's anchor
        if info["cameo"]:
            assert f"CAMEO `{', '.join(info['cameo'])}`" in text
    for status in ("Asserted", "Claimed", "Denied", "Expected", "Negated"):
        assert f"| `kg:{status}` |" in text


def _section(text: str, name: str) -> str:
    return text.split(f"### `kg:{name}`", 1)[1].split("\n### ", 1)[0]


def test_ontology_doc_shows_trigger_words_of_each_language():
    text = ontology_markdown(ROOT / "ontology")
    meets = _section(text, "meetsWith")
    assert "`bertemu`" in meets.split("- English:")[0]  # ber- + temu, expanded through morphology.json
    assert "`met`" in meets.split("- English:")[1]
    assert "`presiden`" in _section(text, "leaderOf")
    assert "`rudal`" in _section(text, "suppliesWeaponsTo") and "`rudal`" not in _section(text, "providesAidTo")


def test_a_new_lexicon_entry_appears_in_the_reference(tmp_path):
    onto = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", onto)
    before = ontology_markdown(onto)
    with (onto / "lexicon" / "id" / "triggers.jsonl").open("a", encoding="utf-8") as f:
        f.write('{"id": "threat.hardik", "relation": "threatens", "roots": ["hardik"], "templates": ["meN{R}", "di{R}"]}\n')
    after = ontology_markdown(onto)
    assert "`menghardik`" not in before
    assert "`menghardik`" in _section(after, "threatens").split("- English:")[0]


def test_check_mode_reports_a_stale_file(tmp_path):
    stale = tmp_path / "ontology.md"
    stale.write_text("old\n", encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "kg.ontology_doc", "--check", str(stale)], capture_output=True,
                       text=True, cwd=ROOT, env=ENV, timeout=120)
    assert r.returncode == 1 and COMMAND in r.stderr
    assert subprocess.run([sys.executable, "-m", "kg.ontology_doc", str(stale)], cwd=ROOT, capture_output=True,
                          env=ENV, timeout=120).returncode == 0
    assert stale.read_text(encoding="utf-8") == ontology_markdown(ROOT / "ontology")
