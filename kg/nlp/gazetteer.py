"""Load the gazetteer: every name the news uses for an actor or place, mapped to one canonical entity.

Countries come from pycountry (English names and their Indonesian translations), joined with the
verified Wikidata ids in ``gazetteer/country_wikidata.tsv`` and the short names, capitals and
metonyms in ``gazetteer/country_aliases.tsv``. Other actors come from ``gazetteer/actors.tsv`` and
places from ``gazetteer/places.tsv``; officials with their dated posts from ``gazetteer/officials.tsv``
(``kg/nlp/officials.py``). Users add their own files in the ``actors.tsv`` format.
Officials, organisations and armed groups derived from the PETRARCH dictionaries
(``gazetteer/petrarch/``) come last and never take a name an entry above already has; a person's
posts keep their dates, so the article's date picks the state they act for (``Gazetteer.posts``).
"""

from __future__ import annotations

import gettext
import re
import unicodedata
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator, NamedTuple

from ..config import ontology_dir
from ..errors import InputError
from ..model import Entity

__all__ = ["Gazetteer", "Post", "ascii_name", "fold", "load_gazetteer"]


def fold(name: str) -> str:
    """A name as compared for collisions: lower case, without dots, hyphens read as spaces ('U.N. Security
    Council' is 'UN Security Council')."""
    return " ".join(name.lower().replace(".", "").replace("-", " ").split())


_LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss"})


def ascii_name(name: str) -> str:
    """A name without its diacritics, as news often writes it ('Vučić' -> 'Vucic', 'Çavuşoğlu' -> 'Cavusoglu').

    Examples
    --------
    >>> ascii_name("Yıldırım")
    'Yildirim'
    """
    decomposed = unicodedata.normalize("NFKD", name.translate(_LETTERS))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _rows(path: Path) -> Iterator[tuple[int, list[str]]]:
    """Tab-separated rows of a data file with their line numbers; comments and the header skipped."""
    with path.open(encoding="utf-8") as fh:
        header_seen = False
        for n, line in enumerate(fh, 1):
            if not line.strip() or line.startswith("#"):
                continue
            if not header_seen:
                header_seen = True
                continue
            yield n, line.rstrip("\n").split("\t")


class Post(NamedTuple):
    """A post a person held: the state or organisation served, the CAMEO sector ('GOV', 'MIL', 'ELI'
    for a former official), its dates (ISO, empty when open) and the titles written with the name.
    A named tuple: tens of thousands are made at every start."""

    acts_for: str
    sector: str
    start: str
    end: str
    titles: tuple[str, ...] = ()

    def holds(self, date: str) -> bool:
        return (not self.start or self.start <= date) and (not self.end or date <= self.end)


@dataclass
class Gazetteer:
    """Entities by key, and (alias, key) pairs for the matcher."""

    entities: dict[str, Entity] = field(default_factory=dict)
    aliases: dict[str, set[str]] = field(default_factory=dict)  # key -> names
    langs: dict[str, dict[str, str]] = field(default_factory=dict)  # key -> name -> language
    surnames: dict[str, str] = field(default_factory=dict)  # one word of a person's name used alone -> key
    posts: dict[str, tuple[Post, ...]] = field(default_factory=dict)  # person key -> dated posts
    derived: set[str] = field(default_factory=set)  # keys from the derived (PETRARCH) tables
    holders: dict[tuple[str, str], list[tuple[str, Post]]] = field(default_factory=dict)  # (state, title) -> posts
    checked: str = ""  # the date up to which the derived tables' open posts are known to hold
    offices: dict[tuple[str, str], list[tuple[str, Post]]] = field(default_factory=dict)  # hand-kept (state, title) -> posts
    offices_checked: str = ""  # the date up to which the hand-kept table's open posts are known to hold

    def acts_for_on(self, key: str, date: str | None) -> str | None:
        """The state or organisation ``key`` acted for on ``date`` (ISO), when its dated posts say so;
        None when they do not (no posts, no date, no post holding then)."""
        posts = self.posts.get(key)
        if not posts or not date:
            return None
        dated = [p for p in posts if (p.start or p.end) and p.holds(date)]
        office = [p for p in dated if p.sector != "ELI"] or dated
        return office[-1].acts_for if office else None

    def add(self, entity: Entity, names: Iterable[str], lang: str | None = None) -> None:
        if entity.key in self.entities:
            old = self.entities[entity.key]
            entity = replace(
                old,
                wikidata=old.wikidata or entity.wikidata,
                acts_for=old.acts_for or entity.acts_for,
                labels=tuple((dict(entity.labels) | dict(old.labels)).items()),
            )
        self.entities[entity.key] = entity
        bucket = self.aliases.setdefault(entity.key, set())
        for name in names:
            name = name.strip()
            if name:
                bucket.add(name)
                if lang:
                    self.langs.setdefault(entity.key, {}).setdefault(name, lang)
                if "-" in name and not name.isupper():
                    bucket.add(name.replace("-", " "))

    def finalize(self) -> "Gazetteer":
        """Store each entity's alias list on it, so output records carry every known name."""
        for key, ent in self.entities.items():
            names = sorted(self.aliases.get(key, ()), key=lambda s: (len(s), s))
            langs = self.langs.get(key, {})
            kept = tuple(n for n in names if n != ent.label)
            self.entities[key] = replace(
                ent, aliases=kept, alias_langs=tuple((n, langs[n]) for n in kept if n in langs)
            )
        return self

    def get(self, key: str) -> Entity | None:
        return self.entities.get(key)

    def __len__(self) -> int:
        return len(self.entities)


def _countries(gaz: Gazetteer, folder: Path) -> None:
    import pycountry

    try:
        indonesian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["id"]).gettext
    except OSError:  # pragma: no cover - pycountry always ships it
        indonesian = lambda s: s  # noqa: E731
    qids: dict[str, str] = {}
    path = folder / "country_wikidata.tsv"
    if path.exists():
        for _n, row in _rows(path):
            qids[row[0]] = row[1]
    extra: dict[str, dict[str, list[str]]] = {}
    path = folder / "country_aliases.tsv"
    if path.exists():
        for n, row in _rows(path):
            if len(row) < 3:
                raise InputError("expected 3 tab-separated columns (iso3, lang, names)", str(path), n)
            extra.setdefault(row[0], {}).setdefault(row[1], []).extend(row[2].split("|"))
    for c in pycountry.countries:
        en_names = [getattr(c, "common_name", None), c.name, getattr(c, "official_name", None)]
        en = [n for n in en_names if n and "," not in n]
        id_name = indonesian(c.name)
        if "," in id_name:  # "Iran, Republik Islam" -> "Republik Islam Iran"
            head, _, tail = id_name.partition(", ")
            id_name = f"{tail} {head}"
        ids = extra.get(c.alpha_3, {})
        label_en = (ids.get("en") or en or [c.name])[0]
        label_id = (ids.get("id") or [id_name])[0]
        entity = Entity(
            key=c.alpha_3,
            type="Country",
            label=label_id,
            wikidata=qids.get(c.alpha_3),
            labels=(("en", label_en), ("id", label_id)),
        )
        gaz.add(entity, [id_name, *ids.get("id", [])], lang="id")
        gaz.add(entity, [*en, *ids.get("en", [])], lang="en")


def _actors(gaz: Gazetteer, path: Path) -> None:
    for n, row in _rows(path):
        row += [""] * (7 - len(row))
        key, typ, qid, acts_for, label_en, label_id, aliases = row[:7]
        if not key or not typ:
            raise InputError("a row needs at least a key and a type", str(path), n)
        label_id = label_id or label_en or key
        label_en = label_en or label_id
        gaz.add(
            Entity(
                key=key,
                type=typ,
                label=label_id,
                wikidata=qid or None,
                acts_for=acts_for or None,
                labels=(("en", label_en), ("id", label_id)),
            ),
            [label_en, label_id, *aliases.split("|")],
        )


def _places(gaz: Gazetteer, path: Path) -> None:
    for n, row in _rows(path):
        if len(row) < 3:
            raise InputError("expected 3 tab-separated columns (key, lang, names)", str(path), n)
        key, lang, names = row[:3]
        first = names.split("|")[0]
        existing = gaz.get("place:" + key)
        labels = dict(existing.labels) if existing else {}
        labels.setdefault(lang, first)
        gaz.add(
            Entity(key="place:" + key, type="Place", label=labels.get("id", first), labels=tuple(labels.items())),
            names.split("|"),
            lang=lang,
        )


def _surnames(gaz: Gazetteer, path: Path) -> None:
    """The one word of a person's name the news uses alone ('Yoon' for Yoon Suk Yeol, 'Kishida' for Fumio
    Kishida), for people whose aliases give none: the first or last word by the state they act for
    (``name_order.tsv``). A word that is part of another person's name, or any name of another entity
    ('Israel' in Israel Katz), or shorter than three letters ('He', 'No') is left out."""
    order: dict[str, str] = {}
    if path.exists():
        for _n, row in _rows(path):
            if len(row) >= 2:
                order[row[0]] = row[1]
    taken: dict[str, set[str]] = {}  # lower-cased word -> keys of entities whose names contain or are it
    for key, names in gaz.aliases.items():
        ent = gaz.entities[key]
        for name in names:
            words = name.split() if ent.type == "Person" else [name]
            for w in words:
                taken.setdefault(w.lower(), set()).add(key)
    for key, ent in gaz.entities.items():
        if ent.type != "Person" or any(" " not in n for n in gaz.aliases.get(key, ())):
            continue
        alone = order.get(ent.acts_for or "", "last")
        if alone == "none":
            continue
        words = [w for w in ent.label_in("en").split() if not re.fullmatch(r"[IVXL]+|Jr\.?", w)]
        if len(words) < 2 or not all(w[:1].isupper() and w.replace("-", "").isalpha() for w in words):
            continue  # 'Faisal bin Farhan', 'Pope Leo XIV': a patronymic or a title, no family name
        w = words[0] if alone == "first" else words[-1]
        if len(w) < 3 or (alone != "first" and len(w) < 4) or taken.get(w.lower(), set()) - {key} or order.get(w) == "never":
            continue
        gaz.surnames[w] = key
        plain = ascii_name(w)  # 'Vucic', 'Cavusoglu': the news often drops the diacritics
        if plain != w and not taken.get(plain.lower(), set()) - {key} and order.get(plain) != "never":
            gaz.surnames.setdefault(plain, key)


def _add_new(gaz: Gazetteer, key: str, typ: str, label: str, acts_for: str | None, names: list[str], taken: set[str]) -> bool:
    """Add an entity under the ``names`` no earlier entry has; False (nothing added) when its key or
    label is taken. Built final, not through ``Gazetteer.add`` and ``finalize``: there are thousands."""
    if key in gaz.entities or fold(label) in taken:
        return False
    free = {n for n in names if n and fold(n) not in taken}
    free |= {n.replace("-", " ") for n in free if "-" in n and not n.isupper()}
    taken.update(fold(n) for n in free)
    gaz.aliases[key] = free
    others = tuple(sorted((n for n in free if n != label), key=lambda s: (len(s), s))) if len(free) > 1 else ()
    gaz.entities[key] = Entity(key=key, type=typ, label=label, acts_for=acts_for, labels=(("en", label), ("id", label)), aliases=others)
    gaz.derived.add(key)
    return True


def _petrarch(gaz: Gazetteer, folder: Path) -> None:
    """Officials, organisations and armed groups derived from PETRARCH (``kg/tools/petrarch.py``), after
    ``finalize``: none takes a name an entry above has."""
    from .dated import normal_title  # dated reads the Gazetteer defined here

    taken = {fold(n) for names in gaz.aliases.values() for n in names}
    for name in ("organisations_petrarch.tsv", "groups_petrarch.tsv"):
        path = folder / name
        if not path.exists():
            continue
        for _n, row in _rows(path):
            key, typ, _qid, acts_for, label_en, _label_id, aliases = (row + [""] * 7)[:7]
            _add_new(gaz, key, typ, label_en, acts_for or None, [label_en, *aliases.split("|")], taken)
    path = folder / "people_petrarch.tsv"
    if not path.exists():
        return
    people: dict[str, tuple[str, str, list[Post]]] = {}
    alone: dict[str, str] = {}
    for _n, row in _rows(path):
        key, label, aliases, acts_for, sector, titles, start, end, words = (row + [""] * 9)[:9]
        entry = people.get(key)
        if entry is None:
            entry = people[key] = (label, aliases, [])
            for w in filter(None, words.split("|")):
                alone.setdefault(w, key)
        entry[2].append(Post(acts_for, sector, start, end, tuple(titles.split("|")) if titles else ()))
    for key, (label, aliases, posts) in people.items():
        office = [p for p in posts if p.sector != "ELI"] or posts
        latest = max(office, key=lambda p: (p.end or "9999", p.start))  # undated rows have neither
        if _add_new(gaz, key, "Person", label, latest.acts_for, [label, *aliases.split("|")] if aliases else [label], taken):
            gaz.posts[key] = tuple(posts)
            for post in posts:
                if post.sector != "ELI":
                    for title in post.titles:
                        gaz.holders.setdefault((post.acts_for, normal_title(title.split())), []).append((key, post))
    for w, key in alone.items():  # 'Sarkozy', 'Merkel': one word the dictionaries list alone for one person
        if key in gaz.posts and w not in gaz.surnames and fold(w) not in taken:
            gaz.surnames[w] = key
    gaz.checked = checked_date(path) or gaz.checked


def checked_date(path: Path) -> str | None:
    """The ``# checked: yyyy-mm-dd`` date in a table's header: open spans are known to hold until then."""
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            if not line.startswith("#"):
                break
            m = re.match(r"#\s*checked:\s*(\d{4}-\d{2}-\d{2})", line)
            if m:
                return m.group(1)
    return None


_CACHE: dict[tuple[str, ...], Gazetteer] = {}


def load_gazetteer(extra: Iterable[str | Path] = (), derived: bool = True) -> Gazetteer:
    """The shipped gazetteer plus ``extra`` files in the ``actors.tsv`` format (cached per file list).

    ``derived=False`` leaves out the tables derived from PETRARCH, which their derivation checks names against.
    """
    folder = ontology_dir() / "gazetteer"
    key = (str(folder), str(derived), *map(str, extra))
    if key in _CACHE:
        return _CACHE[key]
    from .officials import load_officials  # officials reads the Gazetteer defined here

    gaz = Gazetteer()
    _countries(gaz, folder)
    _actors(gaz, folder / "actors.tsv")
    _places(gaz, folder / "places.tsv")
    for path in extra:
        path = Path(path)
        if not path.exists():
            raise InputError("gazetteer file not found", str(path))
        _actors(gaz, path)
    load_officials(gaz, folder / "officials.tsv")  # dated posts of people, hand-kept: before the derived tables
    _surnames(gaz, folder / "name_order.tsv")  # before PETRARCH: its thousands of people derive no one-word names
    gaz.finalize()
    if derived:
        _petrarch(gaz, folder / "petrarch")
    _CACHE[key] = gaz
    return _CACHE[key]
