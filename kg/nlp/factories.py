"""Registration of kg's spaCy components, in one place so config names are easy to find.

``spacy.load`` reopens a saved kg pipeline through the ``spacy_factories`` entry points in
pyproject.toml, which point here.
"""

from __future__ import annotations

from spacy.language import Language

from .components.entities import GazetteerMatcher
from .components.sentences import NewsSentencizer

__all__ = ["make_gazetteer", "make_relation_extractor", "make_sentences"]


@Language.factory("kg_gazetteer", assigns=["doc.ents"], default_config={"gazetteer_files": []})
def make_gazetteer(nlp: Language, name: str, gazetteer_files: list[str]) -> GazetteerMatcher:
    """Entities from the gazetteer, linked to canonical keys."""
    return GazetteerMatcher(nlp, name, gazetteer_files)


@Language.factory(
    "kg_relations",
    requires=["doc.ents", "doc.sents"],
    assigns=["doc._.kg_statements"],
    default_config={"lexicon_files": [], "gazetteer_files": []},
)
def make_relation_extractor(nlp: Language, name: str, lexicon_files: list[str], gazetteer_files: list[str]):
    """Relations between actors, with status, attribution, date and items."""
    from .components.relations import RelationExtractor

    return RelationExtractor(nlp, name, lexicon_files, gazetteer_files)


@Language.factory("kg_sentences", assigns=["token.is_sent_start"])
def make_sentences(nlp: Language, name: str) -> NewsSentencizer:
    """Sentence boundaries for news text."""
    return NewsSentencizer(nlp, name)
