"""Derive English triggers from the PETRARCH2 CAMEO verb dictionary.

The CAMEO verb dictionary (``CAMEO.2.0.txt``, Open Event Data Alliance, MIT) groups some 4,000 English
verbs into synonym blocks, each with a CAMEO event code, and adds patterns that refine the code by the
words after the verb ("- * (AGAINST) [111]"). kg's relations carry the CAMEO code closest to them
(``kg:cameoCode`` in ``ontology/kg.ttl``); ``ontology/lexicon/en/cameo_map.json`` completes that mapping
(code prefix -> relation), names the verbs whose CAMEO code does not hold in news prose, and the codes
left out. This module reads the dictionary and writes ``ontology/lexicon/en/cameo_triggers.jsonl``::

    python -m kg.tools.cameo [CAMEO_FILE] [OUT_FILE]

Each written entry is one verb block and relation: the verb's forms (regular ones made the way PETRARCH
makes them, irregular ones as the dictionary lists them) and the prepositions that introduce its object:
'' (a direct object) when the verb's own code maps, a preposition when a pattern made of that preposition
alone maps ("* (WITH)"). Patterns that need a noun after the verb are not used: kg reads such nouns with
its own nominal triggers. The lexicon loads the file after ``triggers.jsonl``; a form the hand-made
triggers already have keeps its hand-made reading.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

__all__ = ["Verb", "Pattern", "Block", "parse_verbs", "verb_forms", "load_map", "relation_of", "derive", "main"]

_CODE = re.compile(r"\[([^\]]*)\]")
_NOTICE = [
    "# Derived by kg/tools/cameo.py from the PETRARCH2 CAMEO verb dictionary (CAMEO.2.0.txt) through",
    "# ontology/lexicon/en/cameo_map.json; do not edit by hand: regenerate with `python -m kg.tools.cameo`.",
    "# Same format as triggers.jsonl; a form triggers.jsonl already has keeps its hand-made reading.",
    "#",
    "# The CAMEO verb dictionary is under the MIT License (MIT):",
    "# Copyright (c) 2015 Open Event Data Alliance",
    "# Permission is hereby granted, free of charge, to any person obtaining a copy of this software and",
    "# associated documentation files (the \"Software\"), to deal in the Software without restriction, including",
    "# without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell",
    "# copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the",
    "# following conditions: The above copyright notice and this permission notice shall be included in all",
    "# copies or substantial portions of the Software.",
    "# THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT",
    "# LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO",
    "# EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER",
    "# IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR",
    "# THE USE OR OTHER DEALINGS IN THE SOFTWARE.",
]


@dataclass
class Verb:
    """One verb of a block: its base phrase ('meet with'), its forms with their voice, and its own code."""

    base: str
    forms: dict[str, str] = field(default_factory=dict)
    code: str | None = None  # None: the block's code holds


@dataclass
class Pattern:
    """A pattern line: the words before and after the verb, the code, and the verbs it was written for."""

    before: str
    after: str
    code: str
    written_for: list[str] = field(default_factory=list)

    def preposition(self, known: set[str]) -> list[str]:
        """The prepositions of a pattern made of one bare prepositional slot ('* (WITH)', '* (BY/WITH)');
        a slot that holds a noun instead ('* (GUNFIRE)') gives none."""
        if self.before.strip():
            return []
        m = re.fullmatch(r"\(\s*([A-Z/]+)\s*\)", self.after.strip())
        preps = [p.lower() for p in m.group(1).split("/")] if m else []
        return preps if all(p in known for p in preps) else []


@dataclass
class Block:
    """A verb synonym block: '--- DENOUNCE [111] ---', its verbs and patterns."""

    name: str
    code: str
    verbs: list[Verb] = field(default_factory=list)
    patterns: list[Pattern] = field(default_factory=list)


def _codes(text: str) -> tuple[str, str]:
    """'[043:042]' -> ('043', '042'): the code of the subject acting on the object, and of the object acting
    on the subject ('HOST': A hosts B, so B visits A); '---' and a missing part give ''."""
    m = _CODE.search(text)
    if not m:
        return "", ""
    raw = m.group(1).replace("!", "").strip()
    forward, _, backward = raw.partition(":")
    clean = lambda c: c.strip() if re.fullmatch(r"\d{2,4}", c.strip()) else ""  # noqa: E731
    return clean(forward), clean(backward)


def _regular(word: str) -> dict[str, str]:
    """The forms PETRARCH makes of a regular verb ('S', 'ED', 'ING'), with kg's voice of each."""
    w = word.lower()
    if w.endswith("e"):
        return {w: "bare", w + "s": "active", w + "d": "participle", w[:-1] + "ing": "active"}
    if w.endswith("y") and len(w) > 1 and w[-2] not in "aeiou":
        return {w: "bare", w[:-1] + "ies": "active", w[:-1] + "ied": "participle", w + "ing": "active"}
    s = w + ("es" if w.endswith(("s", "x", "z", "ch", "sh")) else "s")
    return {w: "bare", s: "active", w + "ed": "participle", w + "ing": "active"}


def _voice_of(form: str, base: str) -> str:
    """The voice of an irregular form the dictionary lists: '-s' and '-ing' read actively, the rest
    (past tense and participle, which English often writes alike: 'met', 'struck') as a participle."""
    if form == base:
        return "bare"
    words, base_words = form.split(), base.split()
    # the inflected word of a phrase is the one that differs from the base ('dressing down', 'took leave')
    last = next((w for w, b in zip(words, base_words) if w != b), words[-1] if words else form)
    if last.endswith("ing") or (last.endswith("s") and not last.endswith("ss")):
        return "active"
    return "participle"


def verb_forms(entry: str) -> tuple[str, dict[str, str]]:
    """The base phrase and the forms of one verb line ('+MEET_WITH {+MET_WITH +MEETS_WITH}', 'WIRE_+TAP')."""
    head, _, rest = entry.partition("{")
    irregular = rest.partition("}")[0].split() if rest else []
    head = head.strip()
    words = [w for w in head.split("_") if w]
    base = " ".join(w.lstrip("+") for w in words).lower()
    if irregular:
        forms = {base: "bare"}
        for f in irregular:
            phrase = " ".join(w.lstrip("+") for w in f.split("_") if w).lower()
            forms.setdefault(phrase, _voice_of(phrase, base))
        return base, forms
    at = next((n for n, w in enumerate(words) if w.startswith("+")), 0)
    out = {}
    for form, voice in _regular(words[at].lstrip("+")).items():
        out[" ".join([*(w.lower() for w in words[:at]), form, *(w.lower().lstrip("+") for w in words[at + 1 :])])] = voice
    return base, out


def parse_verbs(lines: Iterable[str]) -> Iterator[Block]:
    """The verb blocks of a PETRARCH verb dictionary (synonym sets and transformations are skipped)."""
    block: Block | None = None
    for raw in lines:
        line = raw.rstrip("\n")
        if line.startswith("---"):
            if block is not None:
                yield block
            m = re.match(r"---\s+(\S+)\s+\[([^\]]*)\]", line)
            block = Block(m.group(1), _codes(f"[{m.group(2)}]")[0]) if m else None
            continue
        if block is None or not line.strip() or line.startswith(("#", "&", "~")):
            continue
        body, _, comment = line.partition("#")
        if line.startswith("-"):
            text = body[1:]
            pre, star, post = text.partition("*")
            if not star:
                continue
            code = _codes(post)
            post = _CODE.sub("", post)
            block.patterns.append(Pattern(pre.strip(), post.strip(), code[0], [w.strip().lower() for w in comment.split(",") if w.strip()]))
            continue
        code = _codes(body)[0] if _CODE.search(body) else None
        base, forms = verb_forms(_CODE.sub("", body))
        if base:
            block.verbs.append(Verb(base, forms, code))
    if block is not None:
        yield block


def load_map(path: Path) -> dict:
    """The mapping file: 'codes' (code prefix -> relation, '' = none), 'drop_verbs' (verb -> why)."""
    return json.loads(path.read_text(encoding="utf-8"))


def ontology_codes(ttl: Path) -> dict[str, str]:
    """CAMEO code -> kg relation, as ``kg:cameoCode`` annotates the relations in kg.ttl."""
    out: dict[str, str] = {}
    text = ttl.read_text(encoding="utf-8")
    for m in re.finditer(r"^kg:(\w+) a owl:ObjectProperty(.*?)\.\s*$", text, re.M | re.S):
        codes = re.search(r"kg:cameoCode\s+((?:\"\d+\"\s*,?\s*)+)", m.group(2))
        if codes:
            for c in re.findall(r"\"(\d+)\"", codes.group(1)):
                out[c] = m.group(1)
    return out


def relation_of(code: str, codes: dict[str, str]) -> str:
    """The relation of a CAMEO code: the entry of its longest prefix ('1124' -> '112' -> accuses), '' for none."""
    for k in range(len(code), 1, -1):
        if code[:k] in codes:
            return codes[code[:k]]
    return ""


def _written_for(pat: Pattern, verb: Verb, block: Block) -> bool:
    """Whether a pattern belongs to a verb: the verbs its comment names, or every verb of its block."""
    if not pat.written_for:
        return True
    return verb.base.replace(" ", "_") in pat.written_for or verb.base in pat.written_for


def _majority(block: Block, verb: Verb, relation, rule: dict) -> str:
    """The relation most of a verb's own patterns carry, for a verb whose block code is null: 'slam'
    files under CRASH [---], but 12 of its 17 patterns ('* (AS UNACCEPTABLE)', '* POLICIES') are 111,
    so 'slammed' reads as opposes. Needs ``min_patterns`` patterns written for the verb by name and a
    share of ``min_share``; '' otherwise."""
    if not rule:
        return ""
    got: dict[str, int] = {}
    n = 0
    for pat in block.patterns:
        if pat.before.strip() or not pat.written_for or not _written_for(pat, verb, block):
            continue
        n += 1
        rel = relation(pat.code, verb.base)
        if rel:
            got[rel] = got.get(rel, 0) + 1
    if not got or n < rule.get("min_patterns", 5):
        return ""
    top = max(got, key=lambda r: got[r])
    return top if got[top] >= rule.get("min_share", 0.67) * n else ""


def _entries(blocks: Iterable[Block], spec: dict, codes: dict[str, str]) -> list[dict]:
    """One trigger entry per block, relation and set of object prepositions."""
    drop = {v.lower() for v in spec.get("drop_verbs", {})}
    drop_forms = {v.lower() for v in spec.get("drop_forms", {})}
    only = {c: set(vs) for c, vs in spec.get("only", {}).items()}
    extra = spec.get("relations", {})
    known = set(spec.get("prepositions", []))
    verb_objects = {v: set(ps) for v, ps in spec.get("objects", {}).items() if not v.startswith("_")}

    def relation(code: str, verb: str) -> str:
        rel = relation_of(code, codes)
        limit = next((only[code[:k]] for k in range(len(code), 1, -1) if code[:k] in only), None)
        return "" if limit is not None and verb not in limit else rel

    out: dict[tuple[str, str, tuple[str, ...]], dict] = {}
    for block in blocks:
        for verb in block.verbs:
            if verb.base in drop:
                continue
            code = verb.code if verb.code is not None else block.code
            objects: dict[str, set[str]] = {}  # relation -> object prepositions
            codes_of: dict[str, set[str]] = {}
            own = relation(code, verb.base) or _majority(block, verb, relation, spec.get("majority", {}))
            if own:
                objects.setdefault(own, set()).update(verb_objects.get(verb.base, {""}))
                codes_of.setdefault(own, set()).add(code)
            for pat in block.patterns:
                preps = pat.preposition(known)
                if not preps or not _written_for(pat, verb, block):
                    continue
                rel = relation(pat.code, verb.base)
                if rel:
                    objects.setdefault(rel, set()).update(preps)
                    codes_of.setdefault(rel, set()).add(pat.code)
            forms = {f: v for f, v in verb.forms.items() if f not in drop_forms}
            for rel, preps in objects.items():
                preps |= set(extra.get(rel, {}).get("object", []))
                key = (block.name, rel, tuple(sorted(preps)))
                entry = out.setdefault(key, {
                    "id": f"cameo.{block.name.lower()}.{rel}" + ("" if preps == {""} else "." + "_".join(p or "dobj" for p in sorted(preps))),
                    "relation": rel,
                    "forms": {},
                    "object": sorted(preps),
                    "cameo": [],
                })
                entry["forms"].update(forms)
                entry["cameo"] = sorted({*entry["cameo"], *codes_of[rel]})
    entries = [e for e in out.values() if e["forms"]]
    for e in entries:
        for k, v in extra.get(e["relation"], {}).items():
            if k != "object":
                e[k] = v
    return entries


def derive(source: Path, out: Path, mapping: Path, ontology: Path) -> dict[str, int]:
    """Write the derived triggers; returns the number of forms per relation."""
    spec = load_map(mapping)
    codes = {**ontology_codes(ontology), **spec["codes"]}
    blocks = list(parse_verbs(source.read_text(encoding="utf-8", errors="replace").splitlines()))
    entries = _entries(blocks, spec, codes)
    counts: dict[str, int] = {}
    lines = list(_NOTICE)
    for e in sorted(entries, key=lambda e: e["id"]):
        e.setdefault("agent_preps", ["by"])
        e.setdefault("confidence", spec.get("confidence", 0.7))
        counts[e["relation"]] = counts.get(e["relation"], 0) + len(e["forms"])
        lines.append(json.dumps(e, ensure_ascii=False))
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return counts


def _default_source() -> Path:
    shared = os.environ.get("KG_SHARED")
    if shared:
        return Path(shared) / "data" / "petrarch" / "CAMEO.2.0.txt"
    from ..config import ontology_dir

    return ontology_dir().parent.parent / "shared" / "data" / "petrarch" / "CAMEO.2.0.txt"


def main(argv: list[str] | None = None) -> int:
    from ..config import ontology_dir

    args = sys.argv[1:] if argv is None else argv
    source = Path(args[0]) if args else _default_source()
    folder = ontology_dir() / "lexicon" / "en"
    out = Path(args[1]) if len(args) > 1 else folder / "cameo_triggers.jsonl"
    if not source.exists():
        print(f"no CAMEO verb dictionary at {source}: pass its path or set KG_SHARED", file=sys.stderr)
        return 2
    counts = derive(source, out, folder / "cameo_map.json", ontology_dir() / "kg.ttl")
    for rel, n in sorted(counts.items()):
        print(f"{rel}\t{n} forms")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
