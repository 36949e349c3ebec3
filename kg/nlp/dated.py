"""What a dated gazetteer entry means on the article's date.

People derived from PETRARCH carry their posts with dates (``Gazetteer.posts``): Ban Ki-moon acted
for South Korea until 2006 and for the UN from 2007. The article's date (``Document.date``) picks the
post, so the person rolls up to the right actor; without a date the latest post holds.
"""

from __future__ import annotations

from dataclasses import replace

from ..model import Entity
from .gazetteer import Gazetteer

__all__ = ["at_date"]


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
