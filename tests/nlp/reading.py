"""What the extractor reads from a written sentence, as keys the tests compare."""

from __future__ import annotations

from kg.model import Document, Entity
from kg.nlp.pipeline import extract_document, get_pipeline

ROLES = ("leaderOf", "officialOf", "relativeOf", "memberOf")


def _actor(e: Entity) -> str:
    return (e.acts_for or e.key) if e.type == "Person" else e.key


def actor_triples(text: str, date: str = "2025-06-20", lang: str = "id") -> set[tuple[str, str, str, str]]:
    """(subject, relation, object, status) of every non-role statement; a person stands for the state they act
    for, since the article's date picks who holds a title and the tests mean the state."""
    doc = Document(id="t", text=text, date=date, lang=lang)
    return {(_actor(s.subject), s.predicate, _actor(s.object), s.status)
            for s in extract_document(doc, get_pipeline(lang)) if s.predicate not in ROLES}
