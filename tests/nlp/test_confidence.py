"""Calibrated confidence: each statement carries its rule's measured precision, and users cut by it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import _register, cli

_register()
from kg.model import Document
from kg.nlp.confidence import PRIOR_WEIGHT, ConfidenceTable, confidence_table, rule_keys
from kg.nlp.pipeline import extract_document, get_pipeline

ROOT = Path(__file__).resolve().parents[2]


def test_rule_keys_go_from_the_rule_to_the_language():
    assert rule_keys("attack.serang:nominal-possessor+coordinated", "attacks", "id") == [
        "attack.serang:nominal-possessor+coordinated", "attack.serang:nominal-possessor",
        "frame:nominal-possessor", "relation:attacks", "lang:id"]
    assert rule_keys("role.title", "leaderOf", "en") == ["role.title", "frame:", "relation:leaderOf", "lang:en"]


def test_a_rule_seen_rarely_is_shrunk_towards_its_parents():
    t = ConfidenceTable(counts={
        ("id", "lang:id"): (80, 100),
        ("id", "relation:attacks"): (45, 50),
        ("id", "frame:active"): (9, 10),
        ("id", "attack.x:active"): (1, 1),
    })
    lang = (80 + PRIOR_WEIGHT * t.default) / (100 + PRIOR_WEIGHT)
    rel = (45 + PRIOR_WEIGHT * lang) / (50 + PRIOR_WEIGHT)
    frame = (9 + PRIOR_WEIGHT * rel) / (10 + PRIOR_WEIGHT)
    rule = (1 + PRIOR_WEIGHT * frame) / (1 + PRIOR_WEIGHT)
    assert t.estimate("attack.x:active", "attacks", "id") == round(rule, 3)
    assert frame < t.estimate("attack.x:active", "attacks", "id") < 1.0  # one right statement is no proof
    # a rule the table never saw gets its frame's estimate; a language it never saw gets nothing
    assert t.estimate("attack.y:active", "attacks", "id") == round((0 + PRIOR_WEIGHT * frame) / PRIOR_WEIGHT, 3)
    assert t.estimate("attack.x:active", "attacks", "en") is None


def test_a_rule_often_wrong_ranks_below_one_often_right():
    t = ConfidenceTable(counts={("id", "lang:id"): (12, 20), ("id", "relation:meetsWith"): (12, 20),
                                ("id", "meet.a:active"): (10, 10), ("id", "meet.b:active"): (2, 10)})
    assert t.estimate("meet.a:active", "meetsWith", "id") > 0.8 > 0.4 > t.estimate("meet.b:active", "meetsWith", "id")


def test_the_table_reads_what_it_writes(tmp_path: Path):
    t = ConfidenceTable(counts={("id", "lang:id"): (3, 4), ("en", "relation:attacks"): (1, 2)})
    t.write(tmp_path / "c.tsv", "a header\nover two lines")
    back = ConfidenceTable.read(tmp_path / "c.tsv")
    assert back.counts == t.counts
    assert (tmp_path / "c.tsv").read_text(encoding="utf-8").startswith("# a header\n# over two lines\nlang\tkey")


def test_the_shipped_table_covers_both_languages():
    t = confidence_table()
    assert ("id", "lang:id") in t.counts and ("en", "lang:en") in t.counts
    right, n = t.counts[("id", "lang:id")]
    assert 0 < right <= n


def test_statements_carry_their_rules_measured_precision():
    doc = Document(id="t", text="Rusia menyerang Ukraina pada Senin. Jepang mengecam serangan Rusia itu.")
    sts = extract_document(doc, get_pipeline("id"))
    assert sts
    t = confidence_table()
    for st in sts:
        assert st.confidence == t.estimate(st.rule, st.predicate, "id")


def test_min_confidence_cuts_extract_output(tmp_path: Path):
    f = tmp_path / "a.txt"
    f.write_text("Rusia menyerang Ukraina pada Senin. Presiden Rusia Vladimir Putin bertemu Kim Jong Un di Pyongyang.",
                 encoding="utf-8")
    run = lambda *a: CliRunner().invoke(cli, ["extract", str(f), "--format", "jsonl", *a])  # noqa: E731
    every = [json.loads(line) for line in run().output.splitlines()]
    assert every
    cut = sorted(r["confidence"] for r in every)[len(every) // 2]
    kept = [json.loads(line) for line in run("--min-confidence", str(cut)).output.splitlines()]
    assert kept and all(r["confidence"] >= cut for r in kept)
    assert len(kept) == sum(1 for r in every if r["confidence"] >= cut)
    assert run("--min-confidence", "2").exit_code != 0  # outside 0..1: a usage error


def test_min_confidence_cuts_the_build_and_a_new_cut_rebuilds(tmp_path: Path, seed_dir: Path):
    from kg.api import build

    out = tmp_path / "out"
    full = build([seed_dir], out, render=False)
    cut = build([seed_dir], out, render=False, min_confidence=0.95)
    assert cut.extracted == full.extracted  # the cut changed what a document yields: redone
    assert 0 < cut.statements < full.statements
    again = build([seed_dir], out, render=False, min_confidence=0.95)
    assert again.extracted == 0 and again.statements == cut.statements


@pytest.mark.slow
def test_calibration_reruns_from_the_gold(shared_eval: Path, tmp_path: Path):
    out = tmp_path / "confidence.tsv"
    proc = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "calibrate.py"), "--out", str(out)],
                          cwd=ROOT, capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "| confidence | statements | mean confidence | share right |" in proc.stdout
    t = ConfidenceTable.read(out)
    assert ("id", "lang:id") in t.counts and ("en", "lang:en") in t.counts
