"""Extraction quality: the shared scorer on the shared gold sets, rerun from the current code.

Run:  python benchmarks/bench_quality.py                 # dev (Indonesian) and dev-en (English)
      python benchmarks/bench_quality.py train            # any folder of ../shared/eval
      python benchmarks/bench_quality.py dev --misses     # each missed gold statement with its evidence
      python benchmarks/bench_quality.py dev --false      # each false positive with its sentence and rule
      python benchmarks/bench_quality.py dev --rules      # precision of each rule on the folder

The gold sets live in ../shared/eval (not in the repository; KG_SHARED points elsewhere). The dev sets
are what the rules were tuned on, so their figures are higher than on news the rules never saw.
Every document's language is detected, as `kg extract` does.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

from kg.api import extract_documents
from kg.graph.mapping import entity_iri
from kg.ingest import iter_documents

SHARED = Path(os.environ.get("KG_SHARED", Path(__file__).resolve().parents[2] / "shared"))
EVAL = SHARED / "eval"


def load_scorer():
    """The shared scorer module and its entity table; None (with a message) when ../shared is absent."""
    if not (EVAL / "score.py").exists():
        print(f"no scorer at {EVAL}; set KG_SHARED to the shared folder", file=sys.stderr)
        return None
    spec = importlib.util.spec_from_file_location("kg_eval_score", EVAL / "score.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod, mod.Entities(EVAL / "entities.tsv")


def predict(folder: Path, out: Path) -> list[dict]:
    """Write the extractor's statements on every article of ``folder`` to ``out`` (scorer format)."""
    rows = []
    with out.open("w", encoding="utf-8") as fh:
        for _doc, sts in extract_documents(iter_documents(sorted(folder.glob("*.txt")), lang="auto")):
            for st in sts:
                row = st.to_json(lambda e: str(entity_iri(e.key)))
                rows.append(row)
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    return rows


def _gold_lines(mod, ents, folder: Path, level: str) -> dict[tuple, list[dict]]:
    gold = defaultdict(list)
    for f in folder.glob("*.gold.jsonl"):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                s, o = (ents.actor(g["s"]), ents.actor(g["o"])) if level == "actor" else (g["s"], g["o"])
                gold[(g["doc"],) + mod.norm(s, g["p"], o)].append(g)
    return gold


def _pred_lines(mod, ents, rows: list[dict], level: str) -> dict[tuple, list[dict]]:
    preds = defaultdict(list)
    for p in rows:
        s, o = ents.key(p["subject"]), ents.key(p["object"])
        if level == "actor":
            s, o = ents.actor(ents.acting_for(s, p["subject"])), ents.actor(ents.acting_for(o, p["object"]))
        preds[(p["doc"],) + mod.norm(s, p["predicate"], o)].append(p)
    return preds


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folders", nargs="*", default=["dev", "dev-en"], help="folders of ../shared/eval (default: dev dev-en)")
    ap.add_argument("--level", default="actor", choices=["actor", "entity"], help="level for --misses/--false/--rules")
    ap.add_argument("--misses", action="store_true", help="list missed gold statements with their evidence")
    ap.add_argument("--false", action="store_true", help="list false positives with their sentence and rule")
    ap.add_argument("--rules", action="store_true", help="true and false positives per rule")
    a = ap.parse_args(argv)
    loaded = load_scorer()
    if loaded is None:
        return 2
    mod, ents = loaded
    with tempfile.TemporaryDirectory() as tmp:
        for name in a.folders:
            folder = EVAL / name
            pred = Path(tmp) / f"{name}.jsonl"
            rows = predict(folder, pred)
            print(f"== {name} ({len(list(folder.glob('*.gold.jsonl')))} articles)")
            results = {lvl: mod.score(folder, pred, lvl, ents, mod.SCORED) for lvl in ("actor", "entity")}
            results["roles"] = mod.score(folder, pred, "entity", ents, mod.ROLES)
            for lvl, r in results.items():
                print(f"{lvl:7s} P={r['precision']:.3f} R={r['recall']:.3f} F1={r['f1']:.3f} "
                      f"status={r['status_accuracy']:.3f} (tp={r['tp']} fp={r['fp']} fn={r['fn']})")
            r = results[a.level]
            gold = _gold_lines(mod, ents, folder, a.level)
            preds = _pred_lines(mod, ents, rows, a.level)
            if a.misses:
                for t in r["missed"]:
                    print("MISS", *t)
                    for g in gold[t]:
                        req = "req" if g.get("required", True) else "opt"
                        print(f"   ev [{req} {','.join(g['status'])}]: {g['evidence'][:300]}")
                        if g.get("note"):
                            print(f"   note: {g['note'][:300]}")
            if a.false:
                for t in r["false_positives"]:
                    print("FALSE", *t)
                    for p in preds[t][:2]:
                        print(f"   [{p['status']} {p.get('rule')}] {p['sentence'][:300]}")
            if a.rules:
                fps = set(r["false_positives"])
                per = defaultdict(lambda: [0, 0])
                for t, ps in preds.items():
                    if t[2] not in mod.SCORED:
                        continue
                    wrong = t in fps
                    for rule in {p.get("rule") or "?" for p in ps}:
                        per[rule][wrong] += 1
                print(f"{'rule':60s} {'right':>5s} {'wrong':>5s}")
                for rule, (ok, bad) in sorted(per.items(), key=lambda kv: -sum(kv[1])):
                    print(f"{rule[:60]:60s} {ok:5d} {bad:5d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
