"""Derive kg's gazetteer tables of officials, organisations and armed groups from the PETRARCH dictionaries.

The PETRARCH2/Phoenix dictionaries (Open Event Data Alliance, MIT) list tens of thousands of heads of
state, ministers and commanders with the state they served and their years in office, international
organisations with their officials, and non-state armed groups. The news names many of these people
without a title, so a table of them lets a bare "Nicolas Sarkozy" act for France. This module reads
the dictionaries (``../shared/data/petrarch``) and writes ``ontology/gazetteer/petrarch/``::

    python -m kg.tools.petrarch [PETRARCH_FOLDER] [OUT_FOLDER]

Only names that can be matched safely are kept: at least two words, every word a name (no title,
agent noun or common word), no collision with a name the hand-made gazetteer already has, and for
people a post held since 1990 (or a title the dictionaries write them with). A name two different people share is left out.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator

from ..nlp.gazetteer import fold

__all__ = ["Record", "Span", "parse_actors", "derive", "main"]

_CODE = re.compile(r"\[\s*([A-Z~\-]+)\s*([<>]?\d{6,8})?(?:\s*-\s*(\d{6,8}))?\s*\]")
_SINCE = "1990-01-01"
# The dictionaries were generated on 2014-01-30 (header of Phoenix.Countries.actors.txt): an open span
# ('>120515', in office since) is known to hold until then and no later.
CHECKED = "2014-01-30"
_PLACE_WORDS = frozenset("republic republica republika city kingdom province state states region district".split())
# A group or organisation name holds one of these words; a name without one is a person's (the
# armed-groups file also lists leaders: 'Abu Bakar') or a firm's.
_BODY_WORDS = frozenset(
    "organization organisation council commission agency fund bank court tribunal committee union league"
    " association alliance programme program office institute federation conference community forum mission"
    " assembly parliament secretariat force forces army armies brigade brigades front movement group party"
    " militia battalion battalions liberation jihad mujahideen mujahidin martyrs legion cells faction resistance"
    " guard guards network tigers command corps organization partisans fighters commandos battalion".split()
)


@dataclass
class Span:
    """One code of an actor, with the dates it holds for (ISO, empty when open)."""

    code: str
    start: str = ""
    end: str = ""


@dataclass
class Record:
    """One dictionary entry: its name, the aliases under it and its codes."""

    name: str
    aliases: list[str] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    comment: str = ""


def _date(s: str | None) -> str:
    """'991231' -> '1999-12-31', '20120515' -> '2012-05-15'; two-digit years above 30 are 19xx."""
    if not s:
        return ""
    if len(s) == 8:
        y, rest = s[:4], s[4:]
    elif len(s) == 6:
        yy = int(s[:2])
        y, rest = (f"19{s[:2]}" if yy > 30 else f"20{s[:2]}"), s[2:]
    else:
        return ""
    mo, d = int(rest[:2]), int(rest[2:])
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return ""
    return f"{y}-{mo:02d}-{d:02d}"


def _spans(text: str) -> list[Span]:
    out = []
    for code, first, second in _CODE.findall(text):
        if first.startswith("<"):
            out.append(Span(code, "", _date(first[1:])))
        elif first.startswith(">"):
            out.append(Span(code, _date(first[1:]), ""))
        else:
            out.append(Span(code, _date(first), _date(second)))
    return out


def parse_actors(lines: Iterable[str]) -> Iterator[Record]:
    """Records of a PETRARCH actor dictionary: a name line, '+' alias lines, tab-indented code lines."""
    rec: Record | None = None
    for raw in lines:
        line = raw.rstrip("\n")
        if not line.strip() or line.lstrip().startswith("#") and not line.startswith(("\t", " ")):
            if line.startswith("#") and rec is not None:
                yield rec
                rec = None
            continue
        body, _, comment = line.partition("#")
        if line.startswith(("\t", " ")):
            if rec is not None:
                rec.spans.extend(_spans(body))
            continue
        phrase = _CODE.sub("", body).strip()
        if line.startswith("+"):
            if rec is not None and phrase[1:].strip():
                rec.aliases.append(phrase[1:].strip())
                rec.spans.extend(_spans(body))
            continue
        if rec is not None:
            yield rec
        rec = Record(phrase, [], _spans(body), comment.strip())
    if rec is not None:
        yield rec


def _words(phrase: str) -> list[str]:
    """'BORIS_N._YELTSIN_' -> ['BORIS', 'N.', 'YELTSIN']."""
    return [w for w in re.split(r"[_\s]+", phrase.strip("_ ")) if w]


def _case(word: str, particles: set[str]) -> str:
    """Capitalise a dictionary word the way the news writes it: 'AL-ASSAD' -> 'al-Assad', "O'BRIEN" -> "O'Brien";
    a dotted acronym stays ('U.N.')."""
    if re.fullmatch(r"(?:[A-Z]\.){2,}", word):
        return word
    parts = word.split("-")
    out = []
    for n, p in enumerate(parts):
        low = p.lower()
        if low in particles and (n < len(parts) - 1 or len(parts) == 1):
            out.append(low)
        else:
            head, apos, tail = low.partition("'")  # "O'Brien", "D'Alema"; "People's", "Mus'ab"
            out.append(head[:1].upper() + head[1:] + apos + (tail[:1].upper() + tail[1:] if len(head) == 1 else tail))
    return "-".join(out)


@dataclass
class _Vocab:
    """What a name must not be made of, and the names already taken."""

    particles: set[str]
    titles: list[tuple[tuple[str, ...], str]]  # lower-cased title phrases and their role, longest first
    not_names: set[str]  # lower-cased words no name is made of (agent nouns, titles, common words)
    taken: set[str]  # lower-cased names the hand-made gazetteer already has


def _vocab(ontology: Path) -> _Vocab:
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.id.stop_words import STOP_WORDS as ID

    from ..nlp.gazetteer import load_gazetteer

    particles: set[str] = set()
    titles: set[tuple[tuple[str, ...], str]] = set()
    not_names = set(EN) | set(ID) | {"mr", "mrs", "ms", "dr", "sir", "the", "administration", "government", "regime"}
    for lang in ("en", "id"):
        folder = ontology / "lexicon" / lang
        cues = json.loads((folder / "cues.json").read_text(encoding="utf-8"))
        particles |= set(cues.get("name_particles", []))
        if lang != "en":
            continue  # the dictionaries are English: 'Raja Pervaiz Ashraf' is a name, not the Indonesian 'raja'
        not_names |= set(cues.get("agent_nouns", []))
        for role, words in json.loads((folder / "titles.json").read_text(encoding="utf-8")).items():
            if role.startswith("_"):
                continue
            for w in words:
                t = tuple(w.lower().split())
                titles.add((t, role))
                if role != "honorifics":
                    not_names.update(x for word in t for x in word.split("-"))
    not_names -= particles
    gaz = load_gazetteer(derived=False)
    taken = {fold(n) for names in gaz.aliases.values() for n in names}
    return _Vocab(particles, sorted(titles, key=lambda tr: len(tr[0]), reverse=True), not_names, taken)


def _name(phrase: str, vocab: _Vocab) -> tuple[str | None, str]:
    """(a matchable name, the title it was written with) for one dictionary phrase.

    'RUSSIAN_PRESIDENT_VLADIMIR_PUTIN' -> ('Vladimir Putin', 'president'); a phrase left with fewer
    than two words, a one-letter word that is no initial, or a word no name is made of -> None.
    """
    words = _words(phrase)
    if "(" in phrase or any(not re.fullmatch(r"[A-Za-z][A-Za-z'\-]*\.?|[A-Z]\.([A-Z]\.)*", w) for w in words):
        return None, ""
    low = [w.lower() for w in words]
    title = ""
    for k in range(min(3, len(low))):  # a nationality, then the title: 'RUSSIAN_PRESIDENT_...'
        hit = next(((t, role) for t, role in vocab.titles if tuple(low[k : k + len(t)]) == t), None)
        if hit:
            title = " ".join(hit[0]) if hit[1] != "honorifics" else ""
            words = words[k + len(hit[0]) :]
            break
    if len(words) < 2:
        return None, title
    for w in words:
        lw = w.lower().rstrip(".")
        if lw in vocab.not_names or (len(lw) == 1 and not w.endswith(".")):
            return None, title
    if all(w.lower() in vocab.particles for w in words[1:]):
        return None, title
    name = " ".join(_case(w, vocab.particles) for w in words)
    return name, title


def _state(code: str) -> str | None:
    import pycountry

    if len(code) < 3 or not code[:3].isalpha():
        return None
    return code[:3] if pycountry.countries.get(alpha_3=code[:3]) else None


def _people_rows(records: Iterable[Record], vocab: _Vocab, igo_keys: dict[str, str]) -> list[list[str]]:
    """Rows of people_petrarch.tsv: one per (person, post span)."""
    people: dict[str, dict] = {}
    owners: dict[str, set[str]] = {}  # lower-cased alias -> keys of people using it
    records = list(records)
    rec_key: dict[int, str] = {}  # record index -> person key
    for n_rec, rec in enumerate(records):
        spans = [s for s in rec.spans if s.start or s.end or rec.comment.startswith("CountryInfo")]
        if not spans or any(len(s.code) == 3 for s in rec.spans):
            continue  # a state's names with the dates it existed ('KUWAIT_ ... [KWT <900802]'), no person
        names, titles = [], set()
        for phrase in [rec.name, *rec.aliases]:
            name, title = _name(phrase, vocab)
            if title:
                titles.add(title)
            if name and name not in names:
                names.append(name)
        if not names or any(fold(n) in vocab.taken for n in names):
            continue  # a person the hand-made gazetteer knows keeps its entry
        if any(w.lower() in _PLACE_WORDS or w.lower() in _BODY_WORDS for n in names for w in n.split()):
            continue  # 'Republica Srpska', 'Kuwait City': a place or body filed with dated codes
        posts = []
        for s in spans:
            if s.code.startswith("IGO"):
                who = next((igo_keys[s.code[:k]] for k in range(len(s.code), 5, -1) if s.code[:k] in igo_keys), None)
                sector = "IGO"
            else:
                who, sector = _state(s.code), s.code[3:6]
            if who is None or (s.end and s.end < _SINCE and not titles):
                continue  # an earlier post counts for the famous, whom the dictionaries list with a title
            posts.append((who, sector or "", s.start, s.end))
        if not posts:
            continue
        main = names[0]
        key = "person:" + re.sub(r"[^a-z0-9_]+", "", "_".join(main.lower().replace("-", "_").split()))
        person = people.setdefault(key, {"label": main, "names": [], "titles": set(), "posts": [], "alone": []})
        rec_key[n_rec] = key
        person["alone"] += [w for w in _alone(rec, vocab) if w not in person["alone"]]
        person["names"] += [n for n in names if n not in person["names"]]
        person["titles"] |= titles
        person["posts"] += [p for p in posts if p not in person["posts"]]
        for n in names:
            owners.setdefault(n.lower(), set()).add(key)
    word_owners: dict[str, set[str]] = {}  # lower-cased word -> people (or other records) whose names hold it
    for n_rec, rec in enumerate(records):
        for phrase in [rec.name, *rec.aliases]:
            for w in _words(phrase):
                word_owners.setdefault(w.lower(), set()).add(rec_key.get(n_rec, f"#{n_rec}"))
    hand_words = {w for name in vocab.taken for w in name.split()}
    rows = []
    shared = _given_names(people)
    for key in sorted(people):
        p = people[key]
        names = [n for n in p["names"] if owners[n.lower()] == {key} and not _all_given(n, shared)]
        if p["label"] not in names:
            continue
        aliases = "|".join(n for n in names if n != p["label"])
        title = "|".join(sorted(p["titles"]))
        alone = "|".join(w for w in p["alone"] if word_owners.get(w.lower()) == {key} and w.lower() not in hand_words and w.lower() not in shared)
        for who, sector, start, end in sorted(p["posts"], key=lambda x: (x[2], x[3])):
            rows.append([key, p["label"], aliases, who, sector, title, start, end, alone])
    return rows


def _alone(rec: Record, vocab: _Vocab) -> list[str]:
    """The one-word names the dictionaries list for a person ('+OBAMA', '+SARKOZY'), five letters or more
    and no common word; whether the word names them alone is checked against every record."""
    out = []
    for phrase in rec.aliases:
        words = _words(phrase)
        if len(words) == 1 and re.fullmatch(r"[A-Za-z][A-Za-z'\-]{4,}", words[0]) and words[0].lower() not in vocab.not_names:
            out.append(_case(words[0], vocab.particles))
    return out


def _given_names(people: dict[str, dict]) -> set[str]:
    """Words in the names of more than ten people ('Mohammad', 'Reza', 'Abdul', 'Said'): given names and
    common family names, which say little about who is meant ('Bill', in eight, and 'Clinton' do)."""
    count: dict[str, int] = {}
    for p in people.values():
        for w in {w.lower() for n in p["names"] for w in n.replace("-", " ").split()}:
            count[w] = count.get(w, 0) + 1
    return {w for w, c in count.items() if c > 10}


def _all_given(name: str, shared: set[str]) -> bool:
    """A two-word name made of such words only ('Mohammad Reza', 'Zainal Abidin') names many people in
    the news, Indonesians among them."""
    words = name.lower().replace("-", " ").split()
    return len(words) <= 2 and all(w in shared for w in words)


def _group_name(phrase: str, vocab: _Vocab) -> tuple[str | None, str | None]:
    """('Free Syrian Army', None) or ('Aden Abyan Islamic Army', 'AAIA') for a group or organisation phrase."""
    acronym = None
    m = re.search(r"\(([A-Z][A-Z\-]{2,})\)", phrase)
    if m:
        acronym = m.group(1)
    elif re.fullmatch(r"[A-Z]{3,}|(?:[A-Z]\.){3,}", phrase.strip("_ ")):
        return None, phrase.strip("_ ")  # 'SAARC', 'ECOWAS': an acronym alone
    phrase = re.sub(r"\([^)]*\)", " ", phrase)
    words = _words(phrase)
    if words and words[0].lower() == "the":
        words = words[1:]
    if len(words) < 2 or any(not re.fullmatch(r"[A-Za-z][A-Za-z'\-\.]*", w) for w in words):
        return None, acronym
    small = {"of", "for", "the", "and", "in", "on", "to", "de", "du", "la", "al", "el"}
    out = [w.lower() if n and w.lower() in small else _case(w, set()) for n, w in enumerate(words)]
    if all(w.lower() in vocab.not_names or w.lower() in small for w in out) or not _BODY_WORDS & {w.lower() for w in out}:
        return None, acronym
    return " ".join(out), acronym


def _org_rows(records: Iterable[Record], vocab: _Vocab, typ: str, igo_keys: dict[str, str]) -> list[list[str]]:
    """Rows in the ``actors.tsv`` format for organisations or armed groups the gazetteer lacks."""
    found: dict[str, dict] = {}
    owners: dict[str, set[str]] = {}
    for rec in records:
        codes = [s.code for s in rec.spans if not s.start and not s.end]
        if not codes or (typ == "InternationalOrganization" and not codes[0].startswith("IGO")):
            continue
        names, acronyms = [], []
        shortest = 3 if typ == "InternationalOrganization" else 4  # 'PKK' is also an Indonesian women's movement
        for n, phrase in enumerate([rec.name, *rec.aliases]):
            name, acronym = _group_name(phrase, vocab)
            if name and name not in names:
                names.append(name)
            if acronym and typ == "Group" and "(" not in phrase and (n or len(acronym) > 4):
                continue  # the armed-groups file also writes members' names in capitals ('AWLAQI')
            if acronym and len(acronym.replace(".", "")) >= shortest and acronym not in acronyms and fold(acronym) not in vocab.not_names:
                acronyms.append(acronym)
        if not (names or acronyms) or any(fold(n) in vocab.taken for n in names + acronyms):
            continue  # an organisation the hand-made gazetteer knows keeps its one entry
        names = names or acronyms[:1]
        code = codes[0]
        acts_for = ""
        if typ == "InternationalOrganization":
            acts_for = next((igo_keys[code[:k]] for k in range(len(code), 5, -1) if code[:k] in igo_keys), "")
        key = ("org:" if typ == "InternationalOrganization" else "group:") + re.sub(r"[^a-z0-9_]+", "", "_".join(names[0].lower().replace("-", "_").split()))
        entry = found.setdefault(key, {"label": names[0], "names": [], "acts_for": acts_for})
        for n in names + acronyms:
            if n not in entry["names"]:
                entry["names"].append(n)
                owners.setdefault(n.lower(), set()).add(key)
    rows = []
    for key in sorted(found):
        e = found[key]
        names = [n for n in e["names"] if owners[n.lower()] == {key}]
        if e["label"] not in names or e["acts_for"] == key:
            continue
        rows.append([key, typ, "", e["acts_for"], e["label"], e["label"], "|".join(n for n in names if n != e["label"])])
    return rows


def _igo_keys(records: Iterable[Record], vocab_taken_keys: dict[str, str]) -> dict[str, str]:
    """CAMEO organisation codes -> gazetteer keys, where a record of that code bears a name the
    gazetteer knows ('UNITED_NATIONS_ [IGOUNO]' -> UN)."""
    out: dict[str, str] = {}
    for rec in records:
        for s in rec.spans:
            if not s.code.startswith("IGO") or s.start or s.end:
                continue
            for phrase in [rec.name, *rec.aliases]:
                name = " ".join(_words(phrase)).lower().replace(" .", ".")
                if name.startswith("the "):
                    name = name[4:]
                key = vocab_taken_keys.get(name)
                if key:
                    out.setdefault(s.code, key)
    return out


_NOTICE = "# Derived by kg/tools/petrarch.py from the PETRARCH2/Phoenix dictionaries (MIT, Open Event Data Alliance; see LICENSE here).\n"


def _write(path: Path, header: list[str], comments: list[str], rows: list[list[str]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        fh.write(_NOTICE)
        for c in comments:
            fh.write(f"# {c}\n")
        fh.write("\t".join(header) + "\n")
        for row in rows:
            fh.write("\t".join(row) + "\n")


def derive(source: Path, out: Path, ontology: Path | None = None) -> dict[str, int]:
    """Write people_petrarch.tsv, organisations_petrarch.tsv and groups_petrarch.tsv; their row counts."""
    from ..config import ontology_dir
    from ..nlp.gazetteer import load_gazetteer

    ontology = ontology or ontology_dir()
    vocab = _vocab(ontology)
    gaz = load_gazetteer(derived=False)
    by_name = {n.lower(): key for key, names in gaz.aliases.items() for n in names if gaz.entities[key].is_actor}

    def read(name: str) -> list[Record]:
        return list(parse_actors((source / name).read_text(encoding="utf-8", errors="replace").splitlines()))

    countries, intl, groups = read("Phoenix.Countries.actors.txt"), read("Phoenix.International.actors.txt"), read("Phoenix.MilNonState.actors.txt")
    igo = _igo_keys(intl, by_name)
    out.mkdir(parents=True, exist_ok=True)
    people = _people_rows(countries + intl, vocab, igo)
    _write(out / "people_petrarch.tsv",
           ["key", "label", "aliases", "acts_for", "sector", "titles", "start", "end", "alone"],
           ["People who held a state or organisation post since 1990, or earlier when the dictionaries write them with a title",
            "('President Truman'); one row per post span (ISO dates; empty = open).",
            "acts_for: ISO alpha-3 state or organisation key; sector: the CAMEO sector of the post (GOV, MIL, ELI = former",
            "official or elite, ...); titles: titles the dictionaries write before the name, not tied to a span; alone: a word",
            "of the name the dictionaries list alone ('Obama') and no other record or hand-made name holds.",
            f"checked: {CHECKED} (open spans are known to hold until then)"],
           people)
    orgs = _org_rows(intl, vocab, "InternationalOrganization", igo)
    org_comment = ["Columns as actors.tsv: key, type, wikidata (none: PETRARCH has no ids), acts_for, label_en, label_id, aliases."]
    _write(out / "organisations_petrarch.tsv", ["key", "type", "wikidata", "acts_for", "label_en", "label_id", "aliases"], org_comment, orgs)
    armed = _org_rows(groups + [r for r in countries if any(s.code[3:6] in ("REB", "INS") for s in r.spans)], vocab, "Group", igo)
    _write(out / "groups_petrarch.tsv", ["key", "type", "wikidata", "acts_for", "label_en", "label_id", "aliases"], org_comment, armed)
    return {"people": len({r[0] for r in people}), "posts": len(people), "organisations": len(orgs), "groups": len(armed)}


def main(argv: list[str] | None = None) -> int:
    from ..config import ontology_dir

    argv = sys.argv[1:] if argv is None else argv
    root = Path(__file__).resolve().parents[2]
    shared = Path(os.environ.get("KG_SHARED", root.parent / "shared"))
    source = Path(argv[0]) if argv else shared / "data" / "petrarch"
    out = Path(argv[1]) if len(argv) > 1 else ontology_dir() / "gazetteer" / "petrarch"
    if not source.is_dir():
        print(f"no PETRARCH dictionaries at {source}", file=sys.stderr)
        return 1
    counts = derive(source, out)
    print(" ".join(f"{k}={v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
