"""The extractor on the shared dev articles, scored by the shared scorer (skipped without ../shared)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from kg.api import extract_documents
from kg.graph.mapping import entity_iri
from kg.ingest import iter_documents


def _score(shared_eval: Path, tmp_path: Path) -> dict:
    pred = tmp_path / "pred.jsonl"
    with pred.open("w", encoding="utf-8") as fh:
        for _doc, sts in extract_documents(iter_documents(sorted((shared_eval / "dev").glob("*.txt")))):
            for st in sts:
                fh.write(json.dumps(st.to_json(lambda e: str(entity_iri(e.key))), ensure_ascii=False) + "\n")
    spec = importlib.util.spec_from_file_location("kg_eval_score", shared_eval / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    ents = mod.Entities(shared_eval / "entities.tsv")
    return {lvl: mod.score(shared_eval / "dev", pred, lvl, ents, mod.SCORED) for lvl in ("actor", "entity")}


def test_dev_actor_scores_meet_the_target(shared_eval: Path, tmp_path: Path):
    r = _score(shared_eval, tmp_path)["actor"]
    assert r["f1"] >= 0.85, r
    assert r["status_accuracy"] >= 0.85, r


def test_every_prediction_is_readable_by_the_scorer(shared_eval: Path, tmp_path: Path):
    r = _score(shared_eval, tmp_path)["entity"]
    assert r["unreadable_lines"] == 0
