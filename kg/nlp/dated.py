"""What a dated gazetteer entry means on the article's date.

People derived from PETRARCH carry their posts with dates (``Gazetteer.posts``): Ban Ki-moon acted
for South Korea until 2006 and for the UN from 2007. The article's date (``Document.date``) picks the
post, so the person rolls up to the right actor; without a date the latest post holds. A title
without a name ('Presiden Prancis', 'the French president') names whoever held that post then, when
the posts say so.
"""

from __future__ import annotations

import json
from dataclasses import replace
from functools import lru_cache
from typing import Iterable

from ..config import ontology_dir
from ..model import Entity
from .gazetteer import Gazetteer, Post

__all__ = ["at_date", "normal_title", "title_holder"]


def at_date(entity: Entity, gaz: Gazetteer, date: str | None) -> Entity:
    """``entity`` acting for what its post on ``date`` says; unchanged when no post decides.

    Examples
    --------
    >>> from kg.nlp.gazetteer import Gazetteer, Post
    >>> gaz = Gazetteer(posts={"p": (Post("KOR", "GOV", "2004-01-01", "2006-12-31"), Post("UN", "IGO", "2007-01-01", ""))})
    >>> at_date(Entity("p", "Person", "P", acts_for="UN"), gaz, "2005-06-01").acts_for
    'KOR'
    """
    if not date or entity.key not in gaz.posts:
        return entity
    acts_for = gaz.acts_for_on(entity.key, date)
    if acts_for is None or acts_for == entity.acts_for:
        return entity
    return replace(entity, acts_for=acts_for)


@lru_cache(maxsize=4)
def _equivalents(lang: str) -> dict[str, str]:
    """A title as the dictionaries write it in English, for each way the language writes it
    (``ontology/lexicon/<lang>/title_equivalents.json``: 'perdana menteri' -> 'prime minister')."""
    out: dict[str, str] = {}
    for code in dict.fromkeys(("en", lang)):
        path = ontology_dir() / "lexicon" / code / "title_equivalents.json"
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            out.update({k: v for k, v in data.items() if not k.startswith("_")})
    return out


def normal_title(words: Iterable[str], lang: str = "en") -> str:
    """'Secretary-General of' -> 'secretary general'; 'Perdana Menteri' -> 'prime minister'.

    Examples
    --------
    >>> normal_title(["secretary-general", "of"])
    'secretary general'
    """
    t = " ".join(words).lower().replace("-", " ")
    for tail in (" of", " to"):
        if t.endswith(tail):
            t = t[: -len(tail)]
    t = " ".join(t.split())
    return _equivalents(lang).get(t, t)


def _holding(posts: Iterable[tuple[str, Post]], date: str, checked: str) -> set[str]:
    """Keys of the people whose dated post held on ``date``; an open post holds up to ``checked``."""
    return {key for key, post in posts if (post.start or post.end) and post.start <= date and date <= (post.end or checked or date)}


def title_holder(gaz: Gazetteer, of: str, title: Iterable[str], date: str | None, lang: str = "en") -> Entity | None:
    """The one person whose dated post for ``of`` with ``title`` held on ``date``; None when no post or
    more than one does. The hand-kept table (``gazetteer/officials.tsv``) is asked first and the derived
    posts only when it has no holder on that date. An open post ends where its table was last checked
    (``Gazetteer.offices_checked``, ``Gazetteer.checked``): it cannot tell who held the post later."""
    if not date:
        return None
    t = normal_title(title, lang)
    keys = _holding(gaz.offices.get((of, t), ()), date, gaz.offices_checked)
    if not keys:  # the hand-kept table knows no holder then: the derived posts may
        keys = _holding(gaz.holders.get((of, t), ()), date, gaz.checked)
    if len(keys) != 1:
        return None
    entity = gaz.get(keys.pop())
    return at_date(entity, gaz, date) if entity is not None else None
