"""Load a language's lexicon: triggers expanded through its morphology, cues, titles, items, dates.

Everything language-specific lives in ``ontology/lexicon/<lang>/``; this module only knows the file
formats. Trigger roots are expanded into surface forms with the language's affix templates
(``morphology.json``), so ``pasok`` yields memasok, dipasok, pasokan, pemasokan ... and a token
lookup is one dictionary access.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from ..config import ontology_dir
from ..errors import InputError
from .weapons import WeaponTable, load_weapons

__all__ = ["Trigger", "Lexicon", "load_lexicon", "expand_root"]


@dataclass(frozen=True)
class Trigger:
    """One lexicon entry: which words signal which relation, and how its arguments are marked."""

    id: str
    kind: str = "relation"  # relation | transfer | block
    relation: str | None = None
    direction: str | None = None  # give | receive (transfers)
    object: tuple[str, ...] = ("",)
    target_preps: tuple[str, ...] = ()
    agent_preps: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    window: int = 3
    places: bool = False
    content: bool = False
    confidence: float = 0.85
    default_item: str | None = None
    item_prep: tuple[str, ...] = ()
    self_item: bool = False  # 'bantuan militer': the trigger names the item itself
    object_types: tuple[str, ...] = ()  # 'menerima Presiden Iran': hosting a person is a meeting
    subject_types: tuple[str, ...] = ()  # 'Inggris bergabung dengan AS': states join states; a person joining an army does not cooperate
    appositive: bool = False  # 'China, sekutu utama Korea Utara,': the noun links the actor before the comma
    through_verb: bool = False  # 'mengancam akan memberikan balasan kepada Israel': the target after the threatened act
    retaliation: bool = False  # 'membalas serangan tersebut': the object is who attacked the subject before
    patient_possessor: tuple[str, ...] = ()  # 'pengakuan negara Palestina': after these words the possessor is the object
    mutual: bool = False  # 'Israel berperang dengan Iran': a war is fought by both sides, so each acts on the other
    family: str | None = None  # 'membantu Pakistan mengembangkan rudal': what passes is know-how, whatever the items are
    one_way: tuple[str, ...] = ()  # 'berperang melawan Hamas': with these words before the object only the subject acts
    unless: tuple[str, ...] = ()  # 'kejahatan perang', 'perang dagang': a word right before or after makes it another noun
    unless_next: tuple[str, ...] = ()  # 'fighting force', 'combat units': a noun right after makes the form its modifier

    @property
    def priority(self) -> int:
        """Transfers and blocks before plain relations; entries with conditions before open ones."""
        return {"transfer": 0, "block": 1}.get(self.kind, 2) * 2 + (0 if self.needs else 1)


@dataclass
class Lexicon:
    lang: str
    forms: dict[tuple[str, ...], list[tuple[Trigger, str]]] = field(default_factory=dict)
    max_len: int = 1
    cues: dict[str, Any] = field(default_factory=dict)
    titles: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)
    items: dict[tuple[str, ...], tuple[str, str]] = field(default_factory=dict)
    dates: dict[str, Any] = field(default_factory=dict)
    phrases: dict[str, set[tuple[str, ...]]] = field(default_factory=dict)
    weapons: WeaponTable = field(default_factory=WeaponTable)
    _index: dict[str, dict[str, list[tuple[str, ...]]]] = field(default_factory=dict, repr=False)

    def cue(self, name: str) -> set[tuple[str, ...]]:
        """A cue list as a set of lower-cased token tuples."""
        return self.phrases.get(name, set())

    def phrase_at(self, low: list[str], i: int, name: str) -> tuple[str, ...] | None:
        """The longest phrase of cue ``name`` that starts at token ``i`` of the lower-cased ``low``, or None."""
        if i < 0 or i >= len(low):
            return None
        for p in self.cue_index(name).get(low[i], ()):
            if len(p) == 1 or tuple(low[i : i + len(p)]) == p:
                return p
        return None

    def cue_index(self, name: str) -> dict[str, list[tuple[str, ...]]]:
        """A cue list indexed by first word, longest phrase first: one dict lookup per token."""
        idx = self._index.get(name)
        if idx is None:
            idx = {}
            for p in sorted(self.cue(name), key=len, reverse=True):
                if p:
                    idx.setdefault(p[0], []).append(p)
            self._index[name] = idx
        return idx


def expand_root(root: str, template: str, morph: dict[str, Any]) -> list[str]:
    """Surface forms of ``root`` under a template such as ``meN{R}kan``."""
    out = []
    for prefix_kind in ("meN", "peN"):
        if template.startswith(prefix_kind):
            base = "me" if prefix_kind == "meN" else "pe"
            rest = template[len(prefix_kind):]
            for initial, nasal, drop in morph["nasal"]:
                if root.startswith(initial):
                    stems = [root[len(initial):] if drop else root]
                    if drop and initial in morph.get("keep_variant", []):
                        stems.append(root)
                    for stem in stems:
                        nas = nasal if (drop or nasal != "ng" or True) else nasal
                        word = base + nas + (stem if drop and stem != root else root)
                        out.append(rest.replace("{R}", word))
                    break
            else:
                out.append(rest.replace("{R}", base + root))
            return out
    prefix, _, suffix = template.partition("{R}")
    if prefix.endswith("r") and root.startswith("r"):
        prefix = prefix[:-1]
    return [prefix + root + suffix]


def _load_json(path: Path) -> Any:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", str(path), exc.lineno) from exc


def _triggers(path: Path) -> Iterable[tuple[dict[str, Any], int]]:
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            yield json.loads(line), n
        except json.JSONDecodeError as exc:
            raise InputError(f"invalid JSON: {exc.msg}", str(path), n) from exc


_VOICE_OF_TEMPLATE = {}


def _voice(template: str, morph: dict[str, Any]) -> str:
    for voice, templates in morph["templates"].items():
        if template in templates:
            return voice
    raise KeyError(template)


# Trigger files derived from outside dictionaries (``kg/tools/cameo.py``), loaded after the hand-made ones.
DERIVED_TRIGGERS = ("cameo_triggers.jsonl",)


def load_lexicon(lang: str, tokenize: Callable[[str], list[str]], extra: Iterable[str | Path] = (), derived: bool = True) -> Lexicon:
    """The lexicon of ``lang`` plus ``extra`` trigger files (JSONL, same format as triggers.jsonl).

    The folder's derived trigger files (``DERIVED_TRIGGERS``, when present) come last and only add forms
    no hand-made entry has: 'attack' stays the hand-made attack, 'castigated' comes from CAMEO.
    ``derived=False`` leaves them out.
    """
    folder = ontology_dir() / "lexicon" / lang
    if not folder.is_dir():
        raise InputError(f"no lexicon for language {lang!r}", str(folder))
    morph = _load_json(folder / "morphology.json")
    lex = Lexicon(lang=lang)
    default_agent = _load_json(folder / "cues.json").get("default_agent_preps", [])
    files = [folder / "triggers.jsonl", *map(Path, extra)]
    derived_files = [folder / name for name in DERIVED_TRIGGERS if derived and (folder / name).exists()]
    hand: set[tuple[str, ...]] = set()
    for path in [*files, *derived_files]:
        if not path.exists():
            raise InputError("lexicon file not found", str(path))
        if path in derived_files and not hand:
            hand = set(lex.forms)  # the forms of the hand-made files, which derived entries never take
        for raw, n in _triggers(path):
            try:
                trig = Trigger(
                    id=raw["id"],
                    kind=raw.get("kind", "relation"),
                    relation=raw.get("relation"),
                    direction=raw.get("direction"),
                    object=tuple(raw.get("object", [""])),
                    target_preps=tuple(raw.get("target_preps", [])),
                    agent_preps=tuple(raw.get("agent_preps", default_agent)),
                    needs=tuple(raw.get("needs", [])),
                    window=int(raw.get("window", 3)),
                    places=bool(raw.get("places", False)),
                    content=bool(raw.get("content", False)),
                    confidence=float(raw.get("confidence", 0.85)),
                    default_item=raw.get("default_item"),
                    item_prep=tuple(raw.get("item_prep", [])),
                    self_item=bool(raw.get("self_item", False)),
                    object_types=tuple(raw.get("object_types", [])),
                    subject_types=tuple(raw.get("subject_types", [])),
                    appositive=bool(raw.get("appositive", False)),
                    through_verb=bool(raw.get("through_verb", False)),
                    patient_possessor=tuple(raw.get("patient_possessor", ())),
                    retaliation=bool(raw.get("retaliation", False)),
                    mutual=bool(raw.get("mutual", False)),
                    one_way=tuple(raw.get("one_way", ())),
                    family=raw.get("family"),
                    unless=tuple(raw.get("unless", ())),
                    unless_next=tuple(raw.get("unless_next", ())),
                )
            except (KeyError, TypeError, ValueError) as exc:
                raise InputError(f"bad trigger entry ({exc})", str(path), n) from exc
            if trig.kind == "relation" and not trig.relation:
                raise InputError("a relation trigger needs 'relation'", str(path), n)
            for root in raw.get("roots", []):
                for template in raw.get("templates", ["{R}"]):
                    voice = _voice(template, morph)
                    if voice == "bare" and raw.get("bare_voice"):
                        voice = raw["bare_voice"]
                    for form in expand_root(root, template, morph):
                        if (form,) not in hand:
                            _add_form(lex, (form,), trig, voice, morph)
            for form, voice in raw.get("forms", {}).items():
                key = tuple(t.lower() for t in tokenize(form))
                if key not in hand:
                    _add_form(lex, key, trig, voice, morph)
    for key in lex.forms:
        lex.forms[key].sort(key=lambda tv: tv[0].priority)
    lex.max_len = max((len(k) for k in lex.forms), default=1)
    lex.cues = _load_json(folder / "cues.json")
    for name, words in lex.cues.items():
        if isinstance(words, list):
            lex.phrases[name] = {tuple(t.lower() for t in tokenize(w)) for w in words}
    for name, words in lex.cues.get("coref", {}).items():
        if isinstance(words, list):
            lex.phrases["coref." + name] = {tuple(t.lower() for t in tokenize(w)) for w in words}
    titles = _load_json(folder / "titles.json")
    for role, words in titles.items():
        if isinstance(words, list):
            lex.titles[role] = sorted({tuple(t.lower() for t in tokenize(w)) for w in words}, key=len, reverse=True)
    for n, line in enumerate((folder / "items.tsv").read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("concept\t"):
            continue
        parts = line.split("\t")
        if len(parts) != 3:
            raise InputError("expected 3 tab-separated columns (concept, family, words)", str(folder / "items.tsv"), n)
        concept, family, words = parts
        for w in words.split("|"):
            key = tuple(t.lower() for t in tokenize(w))
            lex.items[key] = (concept, family)
            if morph.get("reduplicated_plurals") and key[0].isalpha():
                # Indonesian plurals repeat the head noun: 'senjata-senjata', 'kapal-kapal perang'
                lex.items.setdefault((f"{key[0]}-{key[0]}", *key[1:]), (concept, family))
    lex.weapons = load_weapons(tokenize, morph.get("name_plurals", []))
    for key, system in lex.weapons.plain_aliases():
        lex.items.setdefault(key, (system.concept, "weapons"))  # 'membeli 12 Gripen': a system is an item
    lex.dates = _load_json(folder / "dates.json")
    return lex


def _add_form(lex: Lexicon, key: tuple[str, ...], trig: Trigger, voice: str, morph: dict[str, Any]) -> None:
    variants = [key]
    if voice == "nominal" and morph.get("reduplicated_plurals") and key[0].isalpha():
        variants.append((f"{key[0]}-{key[0]}", *key[1:]))  # 'serangan-serangan Israel', 'sanksi-sanksi baru': a plural noun
    for clitic in morph.get("clitics", []):
        variants.append(key[:-1] + (key[-1] + clitic,))
    for v in variants:
        bucket = lex.forms.setdefault(v, [])
        if all(t.id != trig.id for t, _ in bucket):
            bucket.append((trig, voice))
