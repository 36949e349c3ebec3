"""The records kg passes between stages: documents in, entities and statements out.

They are plain frozen dataclasses so they pickle across worker processes and compare by value,
which keeps builds deterministic.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Document", "Entity", "Statement", "STATUSES", "ACTOR_TYPES"]

STATUSES = ("asserted", "claimed", "denied", "expected", "negated")
ACTOR_TYPES = ("Country", "InternationalOrganization", "Organization", "Person", "Company", "Group")


@dataclass(frozen=True)
class Document:
    """One source text with its metadata; ``id`` names its graph and its statements."""

    id: str
    text: str
    source: str = ""
    line: int | None = None
    title: str | None = None
    url: str | None = None
    date: str | None = None
    lang: str = "id"


@dataclass(frozen=True)
class Entity:
    """A canonical actor or place: one key whatever the surface form."""

    key: str
    type: str
    label: str
    wikidata: str | None = None
    acts_for: str | None = None
    labels: tuple[tuple[str, str], ...] = ()
    aliases: tuple[str, ...] = ()
    alias_langs: tuple[tuple[str, str], ...] = ()  # (alias, language) where the language is known

    @property
    def is_actor(self) -> bool:
        """Whether the entity can be the subject or object of a relation."""
        return self.type in ACTOR_TYPES

    def label_in(self, lang: str) -> str:
        """The preferred label in ``lang``, falling back to the default label."""
        return dict(self.labels).get(lang, self.label)

    def to_json(self, iri: str | None = None, lang: str | None = None) -> dict[str, Any]:
        label = self.label_in(lang) if lang else self.label
        out: dict[str, Any] = {"label": label, "key": self.key, "type": self.type}
        if self.wikidata:
            out["wikidata"] = self.wikidata
        if iri:
            out["iri"] = iri
        if self.acts_for:
            out["acts_for"] = self.acts_for
        if self.aliases:
            out["aliases"] = [a for a in (self.label, *self.aliases) if a != label]
        return out


@dataclass(frozen=True)
class Statement:
    """One reading of one sentence: who did what to whom, how the text presents it, and where."""

    doc: str
    subject: Entity
    predicate: str
    object: Entity
    status: str
    sentence: str
    start: int
    end: int
    sentence_index: int = 0
    attributed_to: tuple[Entity, ...] = ()
    date: str | None = None
    confidence: float = 0.8
    trigger: str = ""
    rule: str = ""
    items: tuple[str, ...] = ()
    item_texts: tuple[str, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def to_json(self, iri_of=None, lang: str | None = None) -> dict[str, Any]:
        """The GUIDE.md record (doc, subject, predicate, object, status, evidence...), labels in ``lang``."""
        iri = iri_of or (lambda e: None)
        out: dict[str, Any] = {
            "doc": self.doc,
            "subject": self.subject.to_json(iri(self.subject), lang),
            "predicate": self.predicate,
            "object": self.object.to_json(iri(self.object), lang),
            "status": self.status,
            "attributed_to": [a.to_json(iri(a), lang) for a in self.attributed_to],
            "sentence": self.sentence,
            "sentence_index": self.sentence_index,
            "start": self.start,
            "end": self.end,
            "date": self.date,
            "confidence": round(self.confidence, 3),
            "trigger": self.trigger,
            "rule": self.rule,
        }
        if self.items or self.item_texts:
            out["items"] = list(self.items)
            out["item_texts"] = list(self.item_texts)
        return out


def as_dict(obj: Any) -> dict[str, Any]:
    """A plain dict of a record, for debugging output."""
    return asdict(obj)
