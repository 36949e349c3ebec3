"""Calibrated confidence: the share of a rule's statements that a careful reader found right.

A fixed number per rule type (0.85, 0.9) tells a user nothing. ``ontology/confidence.tsv`` holds,
for each rule that made statements on the gold articles, how many of them were right and a
smoothed precision; ``benchmarks/calibrate.py`` measures it again from ``../shared/eval``. A rule
the table has not seen often enough borrows from its frame ("nominal-possessor"), then from its
relation, then from the language: the estimate is shrunk towards that parent,
``(right + m * parent) / (n + m)``, so one lucky statement does not make a rule 1.0.

A statement's confidence is then the estimate of its rule, read as "of the statements this rule
made on real news, this share was right at actor level". ``docs/extraction.md`` has the reliability
table that checks it.
"""

from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..config import ontology_dir

__all__ = ["ConfidenceTable", "confidence_table", "rule_keys", "PRIOR_WEIGHT"]

#: weight of the parent estimate, in statements
PRIOR_WEIGHT = 4.0


def rule_keys(rule: str, relation: str, lang: str) -> list[str]:
    """The keys a statement's rule is looked up under, most specific first.

    ``attack.serang:nominal-possessor+coordinated`` -> the rule itself, its trigger with its frame
    (``attack.serang:nominal-possessor``), the frame alone (``frame:nominal-possessor``), the relation
    (``relation:attacks``) and the language (``lang:id``).
    """
    trigger, _, frame = (rule or "?").partition(":")
    head = frame.split("+", 1)[0]
    keys = [rule or "?"]
    if head != frame:
        keys.append(f"{trigger}:{head}")
    keys += [f"frame:{head}", f"relation:{relation}", f"lang:{lang}"]
    return keys


@dataclass
class ConfidenceTable:
    """Right and total counts per key and language, with the shrunk estimates derived from them."""

    counts: dict[tuple[str, str], tuple[int, int]] = field(default_factory=dict)  # (lang, key) -> (right, n)
    default: float = 0.7

    def estimate(self, rule: str, relation: str, lang: str) -> float | None:
        """The calibrated confidence of a statement; None when the table is empty for the language."""
        keys = rule_keys(rule, relation, lang)
        if (lang, keys[-1]) not in self.counts:
            return None
        est = self.default
        for key in reversed(keys):  # from the language down to the rule, each shrunk towards its parent
            right, n = self.counts.get((lang, key), (0, 0))
            est = (right + PRIOR_WEIGHT * est) / (n + PRIOR_WEIGHT)
        return round(est, 3)

    @classmethod
    def read(cls, path: Path) -> "ConfidenceTable":
        table = cls()
        if not path.exists():
            return table
        with path.open(encoding="utf-8") as fh:
            rows = csv.DictReader((line for line in fh if not line.startswith("#")), delimiter="\t")
            for row in rows:
                table.counts[(row["lang"], row["key"])] = (int(row["right"]), int(row["n"]))
        return table

    def write(self, path: Path, header: str) -> None:
        with path.open("w", encoding="utf-8", newline="") as fh:
            for line in header.strip().splitlines():
                fh.write(f"# {line}\n")
            fh.write("lang\tkey\tright\tn\n")
            for (lang, key), (right, n) in sorted(self.counts.items()):
                fh.write(f"{lang}\t{key}\t{right}\t{n}\n")


@lru_cache(maxsize=4)
def confidence_table(path: str | None = None) -> ConfidenceTable:
    """The shipped table (``ontology/confidence.tsv``), read once per process.

    ``KG_CONFIDENCE_TABLE`` names another table, or ``off`` for none (the rules' own estimates), which
    is how ``benchmarks/calibrate.py`` measures the rules without the table it is about to replace.
    """
    env = os.environ.get("KG_CONFIDENCE_TABLE", "")
    if env == "off":
        return ConfidenceTable()
    return ConfidenceTable.read(Path(path or env) if (path or env) else ontology_dir() / "confidence.tsv")
