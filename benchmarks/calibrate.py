"""Measure each rule's precision on the gold articles and write ``ontology/confidence.tsv``.

Run:  python benchmarks/calibrate.py            # fit on ../shared/eval train, dev and dev-en, write the table
      python benchmarks/calibrate.py --check    # only print the reliability table, write nothing

Every statement the extractor makes on a gold article is labelled right or wrong the way the
shared scorer counts it: at actor level for the scored relations (right when the gold has the
triple, required, or optional with a status it allows), at entity level for the roles. A rule's
count is taken once per document and triple. The reliability table is measured out of fold: the
articles are split into five folds by document, each fold's statements get the confidence fitted
on the other four, and the statements are binned by that confidence against the share that is
right. So the table says how far a user can trust a confidence on articles the fit did not see.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from collections import defaultdict
from pathlib import Path

from kg.api import extract_documents
from kg.config import ontology_dir
from kg.graph.mapping import entity_iri
from kg.ingest import iter_documents
from kg.nlp.confidence import ConfidenceTable, rule_keys

from bench_quality import EVAL, load_scorer  # the same scorer and gold folder as the quality figures

FOLDERS = ("train", "dev", "dev-en")
FOLDS = 5
BINS = [(0.0, 0.5), (0.5, 0.6), (0.6, 0.7), (0.7, 0.8), (0.8, 0.9), (0.9, 1.01)]


def labelled(mod, ents) -> list[dict]:
    """One record per (folder, document, triple, rule): its language and whether it is right."""
    out: dict[tuple, dict] = {}
    for folder in FOLDERS:
        gold_dir = EVAL / folder
        if not gold_dir.is_dir():
            continue
        gold = {lvl: mod.load_gold(gold_dir, ents, lvl) for lvl in ("actor", "entity")}
        for doc, sts in extract_documents(iter_documents(sorted(gold_dir.glob("*.txt")), lang="auto")):
            for st in sts:
                row = st.to_json(lambda e: str(entity_iri(e.key)))
                role = st.predicate in mod.ROLES
                if not role and st.predicate not in mod.SCORED:
                    continue
                level = "entity" if role else "actor"
                s, o = ents.key(row["subject"]), ents.key(row["object"])
                if level == "actor":
                    s = ents.actor(ents.acting_for(s, row["subject"]))
                    o = ents.actor(ents.acting_for(o, row["object"]))
                    if s == o:
                        continue  # the scorer drops it: neither right nor wrong
                t = mod.norm(s, st.predicate, o)
                req, opt = gold[level]
                right = t in req.get(doc.id, {}) or st.status in opt.get(doc.id, {}).get(t, set())
                key = (folder, doc.id, t, st.rule)
                rec = out.setdefault(key, {"doc": doc.id, "lang": doc.lang, "rule": st.rule,
                                           "relation": st.predicate, "right": False})
                rec["right"] = rec["right"] or right
    return list(out.values())


def fit(records: list[dict]) -> ConfidenceTable:
    table = ConfidenceTable()
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for r in records:
        for key in rule_keys(r["rule"], r["relation"], r["lang"]):
            c = counts[(r["lang"], key)]
            c[0] += r["right"]
            c[1] += 1
    table.counts = {k: (v[0], v[1]) for k, v in counts.items()}
    return table


def _fold(doc: str) -> int:
    return int(hashlib.sha1(doc.encode()).hexdigest(), 16) % FOLDS


def reliability(records: list[dict]) -> list[tuple[str, int, float, float]]:
    """(bin, statements, mean confidence, share right), out of fold."""
    scored = []
    for k in range(FOLDS):
        table = fit([r for r in records if _fold(r["doc"]) != k])
        for r in records:
            if _fold(r["doc"]) == k:
                est = table.estimate(r["rule"], r["relation"], r["lang"])
                scored.append((est if est is not None else table.default, r["right"]))
    rows = []
    for lo, hi in BINS:
        inside = [(c, ok) for c, ok in scored if lo <= c < hi]
        if inside:
            rows.append((f"{lo:.1f}-{min(hi, 1.0):.1f}", len(inside), sum(c for c, _ in inside) / len(inside),
                         sum(ok for _, ok in inside) / len(inside)))
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="print the tables, write nothing")
    ap.add_argument("--out", type=Path, default=ontology_dir() / "confidence.tsv")
    a = ap.parse_args(argv)
    loaded = load_scorer()
    if loaded is None:
        return 2
    mod, ents = loaded
    os.environ["KG_CONFIDENCE_TABLE"] = "off"
    records = labelled(mod, ents)
    print(f"{len(records)} rule statements on {len({r['doc'] for r in records})} articles "
          f"({sum(r['right'] for r in records)} right)")
    print("\n| confidence | statements | mean confidence | share right |\n|---|---|---|---|")
    for name, n, mean, share in reliability(records):
        print(f"| {name} | {n} | {mean:.2f} | {share:.2f} |")
    table = fit(records)
    print("\n| rule | language | right | statements | confidence |\n|---|---|---|---|---|")
    first = {(r["lang"], r["rule"]): r["relation"] for r in reversed(records)}
    rules = sorted(((lang, rule, rel) for (lang, rule), rel in first.items()),
                   key=lambda x: (-table.counts.get((x[0], x[1]), (0, 0))[1], x))
    for lang, rule, rel in rules[:40]:
        right, n = table.counts[(lang, rule)]
        print(f"| `{rule}` | {lang} | {right} | {n} | {table.estimate(rule, rel, lang):.2f} |")
    if not a.check:
        table.write(a.out, "Measured precision of each extraction rule on the gold articles of ../shared/eval\n"
                           "(train, dev, dev-en), at actor level (roles at entity level). Written by\n"
                           "benchmarks/calibrate.py; read by kg/nlp/confidence.py.")
        print(f"\nwrote {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
