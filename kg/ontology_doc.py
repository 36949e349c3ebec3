"""Write ``docs/ontology.md``, the reference of relations, statuses and classes, from the data itself.

The reference is generated so it cannot drift: labels, PLOVER and CAMEO codes and meanings come from
``ontology/kg.ttl``; the example words come from each language's ``triggers.jsonl`` (roots expanded
through ``morphology.json``), ``titles.json`` and ``items.tsv``. A test regenerates it and fails
when the committed file differs; after changing the ontology or a lexicon, run::

    python -m kg.ontology_doc          # rewrites docs/ontology.md
    python -m kg.ontology_doc --check  # exit status 1 when it is out of date
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import chain, zip_longest
from pathlib import Path

from rdflib import Graph, Literal, Namespace
from rdflib.namespace import OWL, RDF, RDFS, SKOS

from .config import ontology_dir
from .nlp.lexicon import expand_root
from .nlp.rules.base import FAMILY_RELATION

__all__ = ["ontology_markdown", "trigger_words", "default_path", "main"]

KG = Namespace("https://w3id.org/kg-news/ontology#")
LANGS = {"id": "Indonesian", "en": "English"}
#: how many example words a relation shows per language
EXAMPLES = 14
COMMAND = "python -m kg.ontology_doc"


def _label(g: Graph, node, lang: str) -> str:
    for lit in g.objects(node, RDFS.label):
        if isinstance(lit, Literal) and lit.language == lang:
            return str(lit)
    return ""


def _comment(g: Graph, node) -> str:
    return " ".join(str(c) for c in g.objects(node, RDFS.comment) if getattr(c, "language", "en") in (None, "en"))


def _local(node) -> str:
    return str(node).rsplit("#", 1)[-1]


def _entries(folder: Path) -> list[dict]:
    path = folder / "triggers.jsonl"
    lines = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
    return [json.loads(line) for line in lines if line.strip() and not line.lstrip().startswith("#")]


def _forms(entry: dict, morph: dict) -> list[str]:
    """Example forms of one trigger entry: one active form of each root, then the forms it lists.

    A root expands into every affixed form (``pasok``: memasok, dipasok, pasokan, pemasok ...); the
    shortest active (or middle) template stands for them, so the examples stay words a reader knows.
    """
    voices = {t: v for v, ts in morph.get("templates", {}).items() for t in ts}
    templates = entry.get("templates", ["{R}"])
    usual = [t for t in templates if voices.get(t) in ("active", "middle")] or templates
    best = min(usual, key=lambda t: len(t.replace("{R}", "")))
    roots = (expand_root(r, best, morph)[0] for r in entry.get("roots", []))
    return list(dict.fromkeys(chain(roots, entry.get("forms", {}))))


def _interleave(lists: list[list[str]], limit: int = EXAMPLES) -> list[str]:
    """Take the first word of every entry, then the second, ...: examples that show every entry."""
    words = (w for group in zip_longest(*lists) for w in group if w)
    return list(dict.fromkeys(words))[:limit]


def trigger_words(folder: Path) -> dict[str, list[str]]:
    """Example words per relation (and per ``transfer``/``block`` kind) in one language's lexicon folder."""
    morph = json.loads((folder / "morphology.json").read_text(encoding="utf-8"))
    by_key: dict[str, list[list[str]]] = {}
    for entry in _entries(folder):
        kind = entry.get("kind", "relation")
        key = entry["relation"] if kind == "relation" else f"{kind}:{entry.get('direction', '')}"
        by_key.setdefault(key, []).append(_forms(entry, morph))
    titles_path = folder / "titles.json"
    titles = json.loads(titles_path.read_text(encoding="utf-8")) if titles_path.exists() else {}
    for role, words in titles.items():
        if isinstance(words, list):
            by_key.setdefault(role, []).append(list(words))
    items_path = folder / "items.tsv"
    for line in items_path.read_text(encoding="utf-8").splitlines() if items_path.exists() else ():
        parts = line.split("\t")
        if len(parts) == 3 and not line.startswith(("#", "concept\t")):
            by_key.setdefault(f"item:{parts[1]}", []).append(parts[2].split("|"))
    return {key: _interleave(lists) for key, lists in by_key.items()}


def _words(words: list[str]) -> str:
    return ", ".join(f"`{w}`" for w in words) if words else "—"


def _family_order(families: set[str]) -> list[str]:
    from .render.html import FAMILIES

    return [f for f in FAMILIES if f in families] + sorted(families - set(FAMILIES))


def _relation_section(g: Graph, prop, words: dict[str, dict[str, list[str]]]) -> list[str]:
    name = _local(prop)
    codes = ", ".join(sorted(str(c) for c in g.objects(prop, KG.cameoCode))) or "—"
    plover = str(g.value(prop, KG.ploverCategory) or "—")
    sym = " Symmetric: A–B is B–A, one undirected line per pair." if (prop, RDF.type, OWL.SymmetricProperty) in g else ""
    out = [f"### `kg:{name}`", "", f"**{_label(g, prop, 'en')}** / *{_label(g, prop, 'id')}* — {_comment(g, prop)}{sym}",
           "", f"PLOVER `{plover}` · CAMEO `{codes}`", ""]
    family = str(g.value(prop, KG.family))
    for lang, language in LANGS.items():
        w = words[lang]
        if family == "transfers":
            item = next((f for f, r in FAMILY_RELATION.items() if r == name), "")
            out.append(f"- {language}: a transfer word (above) with {_article(item)} {item} word: "
                       f"{_words(w.get('item:' + item, []))}")
        elif name == "blocksSanctionsOn":
            out.append(f"- {language}: {_words(w.get('block:', []))} before a sanctions word "
                       f"({_words(w.get('imposesSanctionsOn', [])[:4])})")
        elif family == "roles" and name in w and name != "memberOf":
            out.append(f"- {language}: a word before the person's name — {_words(w.get(name, []))}")
        else:
            out.append(f"- {language}: {_words(w.get(name, []))}")
    return out + [""]


def _article(word: str) -> str:
    return "an" if word[:1] in "aeiou" else "a"


def _family_preface(family: str, words: dict[str, dict[str, list[str]]]) -> list[str]:
    """Transfers share their trigger words; the item named decides which of the three relations it is."""
    if family != "transfers":
        return []
    out = ["A transfer word gives one of these three relations; the item it names decides which.", ""]
    for lang, language in LANGS.items():
        w = words[lang]
        out.append(f"- {language}, from the giver's side: {_words(w.get('transfer:give', []))}; "
                   f"from the receiver's side: {_words(w.get('transfer:receive', []))}")
    return out + [""]


def _table(head: list[str], rows: list[list[str]]) -> list[str]:
    return ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)] + ["| " + " | ".join(r) + " |" for r in rows]


def ontology_markdown(folder: Path | None = None) -> str:
    """The text of ``docs/ontology.md`` for the ontology folder ``folder`` (default: kg's own)."""
    folder = Path(folder) if folder else ontology_dir()
    g = Graph()
    g.parse(folder / "kg.ttl", format="turtle")
    words = {lang: trigger_words(folder / "lexicon" / lang) for lang in LANGS}
    relations = [p for p in g.subjects(RDF.type, OWL.ObjectProperty) if g.value(p, KG.family) is not None]
    families = {str(g.value(p, KG.family)) for p in relations}
    lines = [
        f"<!-- Generated by `{COMMAND}` from ontology/kg.ttl and ontology/lexicon/; do not edit by hand. -->",
        "# The ontology: relations, statuses and classes",
        "",
        "Look up what a relation means, how it maps to PLOVER and CAMEO, and which words make kg extract it.",
        "To make kg read more words, add them to `ontology/lexicon/<lang>/triggers.jsonl` (or pass a file with",
        "`--lexicon`; see [extraction.md](extraction.md)), then regenerate this page with `" + COMMAND + "`.",
        "",
        "IRIs: `kg:` is `" + str(KG) + "`. Every relation is a sub-property of `kg:relation`. The words",
        "below are examples, not the whole lexicon: Indonesian roots expand through `morphology.json` into",
        "every affixed form (`pasok`: memasok, dipasok, pasokan, pemasok ...), and English regular verbs into",
        "their inflections; each root shows one active form.",
        "",
        "## Relations",
        "",
    ]
    rows = []
    for fam in _family_order(families):
        for p in sorted((p for p in relations if str(g.value(p, KG.family)) == fam), key=_local):
            rows.append([f"[`{_local(p)}`](#kg{_local(p).lower()})", fam, _label(g, p, "en"), _label(g, p, "id"),
                         str(g.value(p, KG.ploverCategory) or "—"),
                         ", ".join(sorted(str(c) for c in g.objects(p, KG.cameoCode))) or "—"])
    lines += _table(["relation", "family", "English", "Indonesian", "PLOVER", "CAMEO"], rows) + [""]
    for fam in _family_order(families):
        lines += [f"## Family: {fam}", ""] + _family_preface(fam, words)
        for p in sorted((p for p in relations if str(g.value(p, KG.family)) == fam), key=_local):
            lines += _relation_section(g, p, words)
    statuses = sorted(g.subjects(RDF.type, KG.Status), key=lambda s: str(g.value(s, SKOS.notation)))
    lines += ["## Statuses", "", "How the text presents a statement (`kg:status`). Asserted, claimed and expected",
              "statements also give the plain triple `?s kg:rel ?o`; denied and negated ones never do.", ""]
    lines += _table(["status", "English", "Indonesian", "meaning"],
                    [[f"`kg:{_local(s)}`", _label(g, s, "en"), _label(g, s, "id"), _comment(g, s)] for s in statuses])
    classes = sorted((c for c in g.subjects(RDF.type, OWL.Class) if str(c).startswith(str(KG))), key=_local)
    lines += ["", "## Classes", ""]
    lines += _table(["class", "English", "Indonesian", "meaning"],
                    [[f"`kg:{_local(c)}`", _label(g, c, "en"), _label(g, c, "id"), _comment(g, c)] for c in classes])
    props = sorted((p for p in chain(g.subjects(RDF.type, OWL.DatatypeProperty), g.subjects(RDF.type, OWL.ObjectProperty))
                    if str(p).startswith(str(KG)) and g.value(p, KG.family) is None), key=_local)
    lines += ["", "## Properties of statements, documents and actors", ""]
    lines += _table(["property", "English", "Indonesian", "meaning"],
                    [[f"`kg:{_local(p)}`", _label(g, p, "en"), _label(g, p, "id"), _comment(g, p)] for p in props])
    return "\n".join(lines).replace("\n\n\n", "\n\n") + "\n"


def default_path(folder: Path | None = None) -> Path:
    """``docs/ontology.md`` beside the ontology folder (the repository's own docs)."""
    return (Path(folder) if folder else ontology_dir()).parent / "docs" / "ontology.md"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog=COMMAND, description="Write docs/ontology.md from ontology/kg.ttl and the lexicons.")
    ap.add_argument("path", nargs="?", type=Path, help="where to write it (default: docs/ontology.md)")
    ap.add_argument("--check", action="store_true", help="write nothing; exit 1 when the file is out of date")
    args = ap.parse_args(argv)
    path = args.path or default_path()
    text = ontology_markdown()
    if args.check:
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            print(f"{path} is out of date: run `{COMMAND}`", file=sys.stderr)
            return 1
        return 0
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
