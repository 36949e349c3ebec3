"""The extractor on the shared dev articles, scored by the shared scorer (skipped without ../shared).

The floors are the scores the extractor has reached, not the goals: a change that loses ground on
either language fails here. Raise a floor when the extractor gets better; never lower one to let a
change through.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from kg.api import extract_documents
from kg.graph.mapping import entity_iri
from kg.ingest import iter_documents

# (folder, level) -> (F1, status accuracy) reached on that dev set
FLOORS = {
    ("dev", "actor"): (0.79, 0.97),
    ("dev", "entity"): (0.74, 0.96),
    ("dev-en", "actor"): (0.79, 0.97),
    ("dev-en", "entity"): (0.60, 0.96),
}

_cache: dict[str, dict] = {}


def _score(shared_eval: Path, tmp_path: Path, folder: str) -> dict:
    if folder in _cache:
        return _cache[folder]
    pred = tmp_path / f"pred-{folder}.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for _doc, sts in extract_documents(iter_documents(sorted((shared_eval / folder).glob("*.txt")), lang="auto")):
            for st in sts:
                fh.write(json.dumps(st.to_json(lambda e: str(entity_iri(e.key))), ensure_ascii=False) + "\n")
    spec = importlib.util.spec_from_file_location("kg_eval_score", shared_eval / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    ents = mod.Entities(shared_eval / "entities.tsv")
    _cache[folder] = {lvl: mod.score(shared_eval / folder, pred, lvl, ents, mod.SCORED) for lvl in ("actor", "entity")}
    return _cache[folder]


@pytest.mark.parametrize("folder,level", sorted(FLOORS))
def test_dev_scores_hold_their_floor(shared_eval: Path, tmp_path: Path, folder: str, level: str):
    if not (shared_eval / folder).is_dir():
        pytest.skip(f"../shared/eval/{folder} is not here")
    r = _score(shared_eval, tmp_path, folder)[level]
    f1, status = FLOORS[(folder, level)]
    assert r["f1"] >= f1, {k: r[k] for k in ("precision", "recall", "f1", "tp", "fp", "fn")}
    assert r["status_accuracy"] >= status, r["status_accuracy"]


def test_every_prediction_is_readable_by_the_scorer(shared_eval: Path, tmp_path: Path):
    r = _score(shared_eval, tmp_path, "dev")["entity"]
    assert r["unreadable_lines"] == 0
    assert r["tp"] > 0
