"""Load the hand-kept table of officials (``gazetteer/officials.tsv``) into the gazetteer.

Each row is one post a person held (head of state or government, foreign or defence minister, head of
an international organisation, commander, envoy, leader of an armed group) with its dates. The rows give
the person's dated posts (``Gazetteer.posts``), so the article's date picks the state they act for, and
the titles of each post (``Gazetteer.offices``), so 'Menlu AS' or 'the French president' without a name
is whoever held the post on the article's date. A row whose key is an ``actors.tsv`` person adds posts
and names to that person; any other key makes a new person. Loaded before the one-word names are
derived and before the PETRARCH tables, so its people derive surnames by ``name_order.tsv`` and the
derived tables never take their names or keys: a hand-checked row wins over a derived one.
"""

from __future__ import annotations

import re
from calendar import monthrange
from pathlib import Path

from ..errors import InputError
from ..model import Entity
from .gazetteer import Gazetteer, Post, _rows, checked_date, fold

__all__ = ["load_officials"]

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


def _day(value: str, last: bool) -> str:
    """An ISO date as compared with the article's date: a month ('2019-05') or a year ('1998') is its first
    or last day, so a post known only to the month holds all that month; where the successor's start is
    known to the same month, both hold then and the unnamed title names no one (``dated.title_holder``)."""
    if len(value) == 4:
        return value + ("-12-31" if last else "-01-01")
    if len(value) == 7:
        return f"{value}-{monthrange(int(value[:4]), int(value[5:]))[1]:02d}" if last else value + "-01"
    return value


def load_officials(gaz: Gazetteer, path: Path) -> None:
    """Add the officials of ``path`` to ``gaz`` (before ``finalize``); a name another entity already has
    is not given to the official, so a hand-made entry is never shadowed."""
    if not path.exists():
        return
    from .dated import normal_title  # dated reads the Gazetteer

    taken = {fold(n): key for key, names in gaz.aliases.items() for n in names}
    people: dict[str, tuple[str, list[str], list[Post]]] = {}
    for n, row in _rows(path):
        key, label, aliases, acts_for, titles, start, end = (row + [""] * 7)[:7]
        if not key or not acts_for or not titles:
            raise InputError("an official needs a key, a state or organisation and a post", str(path), n)
        for value in (start, end):
            if value and not _DATE.fullmatch(value):
                raise InputError(f"dates are ISO (YYYY, YYYY-MM or YYYY-MM-DD), not {value!r}", str(path), n)
        entry = people.setdefault(key, (label, [], []))
        if label and not entry[0]:
            people[key] = entry = (label, entry[1], entry[2])
        entry[1].extend(a for a in [label, *aliases.split("|")] if a.strip())
        post = Post(acts_for, "GOV", _day(start, False) if start else "", _day(end, True) if end else "",
                    tuple(normal_title(t.split()) for t in titles.split("|") if t.strip()))
        entry[2].append(post)
        for title in post.titles:
            gaz.offices.setdefault((acts_for, title), []).append((key, post))
    for key, (label, names, posts) in people.items():
        free = [a for a in names if taken.get(fold(a), key) == key]
        old = gaz.entities.get(key)
        if old is None:
            if not label:
                raise InputError(f"the first row of {key} needs a label", str(path))
            latest = max(posts, key=lambda p: (p.end or "9999", p.start))
            old = Entity(key=key, type="Person", label=label, acts_for=latest.acts_for, labels=(("en", label), ("id", label)))
        gaz.add(old, free)
        taken.update((fold(a), key) for a in free)
        gaz.posts[key] = tuple(posts)
    gaz.offices_checked = checked_date(path) or gaz.offices_checked
