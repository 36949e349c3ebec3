"""Build the spaCy pipeline for a language and run it over documents."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable

import spacy
from spacy.language import Language

from ..errors import ExtractionError
from ..model import Document, Statement
from . import factories  # noqa: F401  (registers the kg_* factories)
from .tokenizer import TOKENIZER

__all__ = ["make_pipeline", "get_pipeline", "extract_document", "LANGS"]

LANGS = ("id", "en")


def make_pipeline(lang: str = "id", gazetteer_files: Iterable[str] = (), lexicon_files: Iterable[str] = ()) -> Language:
    """``spacy.blank(lang)`` plus kg's sentence splitter, gazetteer and relation extractor."""
    if lang not in LANGS:
        raise ExtractionError(f"no lexicon for language {lang!r}; kg reads {', '.join(LANGS)}")
    # Indonesian: spaCy's tokenizer, with its 15,600 hyphenated words looked up instead of added
    # as special cases one by one (2 s at every start; see kg.nlp.tokenizer)
    config = {"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}} if lang == "id" else {}
    nlp = spacy.blank(lang, config=config)
    nlp.add_pipe("kg_sentences")
    nlp.add_pipe("kg_gazetteer", config={"gazetteer_files": list(map(str, gazetteer_files))})
    nlp.add_pipe("kg_relations", config={"lexicon_files": list(map(str, lexicon_files)), "gazetteer_files": list(map(str, gazetteer_files))})
    return nlp


@lru_cache(maxsize=8)
def get_pipeline(lang: str = "id", gazetteer_files: tuple[str, ...] = (), lexicon_files: tuple[str, ...] = ()) -> Language:
    """A cached pipeline: building one costs about a second, running it is cheap."""
    return make_pipeline(lang, gazetteer_files, lexicon_files)


def _doc(nlp: Language, document: Document):
    doc = nlp.make_doc(document.text)
    doc._.kg_meta = {"id": document.id, "date": document.date}
    for _name, proc in nlp.pipeline:
        doc = proc(doc)
    return doc


def extract_document(document: Document, nlp: Language | None = None) -> list[Statement]:
    """Statements of one document."""
    nlp = nlp or get_pipeline(document.lang)
    try:
        return list(_doc(nlp, document)._.kg_statements)
    except Exception as exc:  # noqa: BLE001 - any pipeline failure names the document
        raise ExtractionError(f"{document.source or document.id}: extraction failed: {exc!r}") from exc


def parse(document: Document, nlp: Language | None = None):
    """The processed spaCy Doc, for ``kg explain``."""
    nlp = nlp or get_pipeline(document.lang)
    try:
        return _doc(nlp, document)
    except Exception as exc:  # noqa: BLE001 - any pipeline failure names the document
        raise ExtractionError(f"{document.source or document.id}: extraction failed: {exc!r}") from exc
