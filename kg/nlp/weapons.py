"""The weapon-systems table: which state a named system comes from, and how to find its names in text.

``ontology/weapons.tsv`` lists systems the news names (Gripen, Rafale, K9, S-400 ...) with their
maker and the state that sells them. A sentence that says a state buys or receives a system and
names no seller still names the supplier through the system: "Filipina membeli 12 Gripen" is
Sweden supplying the Philippines. Names that are also ordinary words ('Leopard', 'Patriot',
'Typhoon') are only read capitalised and next to an item word, so a zoo story's leopard or a
storm called Typhoon Haiyan is no weapon.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from ..config import ontology_dir
from ..errors import InputError

__all__ = ["WeaponSystem", "WeaponTable", "load_weapons"]

_COLUMNS = ("name", "aliases", "context_aliases", "kind", "concept", "maker", "state", "wikidata")


@dataclass(frozen=True)
class WeaponSystem:
    """One row of the table: a system, what it is, who makes it and which state sells it."""

    name: str
    kind: str
    concept: str
    maker: str = ""
    state: str = ""
    wikidata: str = ""


@dataclass
class WeaponTable:
    """Aliases by their lower-cased first token, longest first, each with its written form."""

    index: dict[str, list[tuple[tuple[str, ...], tuple[str, ...], WeaponSystem, bool]]] = field(default_factory=dict)
    systems: list[WeaponSystem] = field(default_factory=list)

    def add(self, written: tuple[str, ...], system: WeaponSystem, context: bool) -> None:
        low = tuple(t.lower() for t in written)
        bucket = self.index.setdefault(low[0], [])
        if all(k != low or s.name != system.name for k, _, s, _ in bucket):
            bucket.append((low, written, system, context))
            bucket.sort(key=lambda e: -len(e[0]))

    def plain_aliases(self) -> Iterable[tuple[tuple[str, ...], WeaponSystem]]:
        """The lower-cased aliases that need no context, for the item lexicon."""
        for bucket in self.index.values():
            for low, _, system, context in bucket:
                if not context:
                    yield low, system

    def match(self, low: list[str], words: list[str], i: int, end: int,
              is_item: Callable[[int], int]) -> tuple[int, WeaponSystem] | None:
        """The longest system name at token ``i`` (before ``end``) as ``(length, system)``, or None.

        ``is_item(k)`` gives the length of an item word at ``k`` (0 if none); a context alias needs one
        right before it (over one word: 'tank tempur Leopard') or right after it ('Patriot missiles').
        """
        for key, written, system, context in self.index.get(low[i], ()):
            n = len(key)
            if i + n > end or tuple(low[i : i + n]) != key or not _case_ok(written, words[i : i + n]):
                continue
            if context and not _item_near(i, n, end, is_item):
                continue
            return n, system
        return None


def _case_ok(written: tuple[str, ...], seen: list[str]) -> bool:
    """A capitalised name matches a capitalised word only; an all-capitals name only as written."""
    for w, s in zip(written, seen):
        letters = [c for c in w if c.isalpha()]
        if len(letters) >= 2 and all(c.isupper() for c in letters) and w != s:
            return False
        if w[:1].isupper() and not s[:1].isupper():
            return False
    return True


def _item_near(i: int, n: int, end: int, is_item: Callable[[int], int]) -> bool:
    if i + n < end and is_item(i + n):
        return True
    return any(k >= 0 and is_item(k) and k + is_item(k) >= i - 1 for k in (i - 1, i - 2, i - 3))


def load_weapons(tokenize: Callable[[str], list[str]], plural_suffixes: Iterable[str] = (),
                 path: str | Path | None = None) -> WeaponTable:
    """The table at ``path`` (default ``ontology/weapons.tsv``), its names split by ``tokenize``.

    ``plural_suffixes`` (the language's ``name_plurals``) add the plural of each name: 'F-16s', 'Gripens'.
    """
    path = Path(path) if path else ontology_dir() / "weapons.tsv"
    table = WeaponTable()
    suffixes = tuple(plural_suffixes)
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#") or line.startswith("name\t"):
            continue
        parts = (line.split("\t") + [""] * len(_COLUMNS))[: len(_COLUMNS)]
        if len(line.split("\t")) < 5:
            raise InputError(f"expected {len(_COLUMNS)} tab-separated columns ({', '.join(_COLUMNS)})", str(path), n)
        name, aliases, context_aliases, kind, concept, maker, state, wikidata = (p.strip() for p in parts)
        system = WeaponSystem(name=name, kind=kind, concept=concept, maker=maker, state=state, wikidata=wikidata)
        table.systems.append(system)
        for names, context in ((aliases, False), (context_aliases, True)):
            for alias in filter(None, (a.strip() for a in names.split("|"))):
                written = tuple(tokenize(alias))
                table.add(written, system, context)
                for suf in suffixes:
                    if written[-1][-1:].isalnum() and not written[-1].lower().endswith(suf):
                        table.add(written[:-1] + (written[-1] + suf,), system, context)
    return table
