"""Sentence boundaries for news text: line breaks, . ! ? (with closing quotes) before a capital, and the
edges of links to other stories (see ``kg.nlp.promos``)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..promos import promo_spans

__all__ = ["NewsSentencizer"]

_FINAL = {".", "!", "?", "…"}
_CLOSERS = {"”", '"', "’", "'", ")", "»"}
_ABBREV = {"u.s.", "dr.", "prof.", "no.", "st.", "mr.", "mrs.", "ms.", "jr.", "sr.", "h.", "ir.", "drs.", "sdr."}


class NewsSentencizer:
    """Sets ``is_sent_start``; a sentence never crosses a line break."""

    def __init__(self, nlp: Language, name: str = "kg_sentences") -> None:
        self.name = name
        self.lang = nlp.lang

    def __call__(self, doc: Doc) -> Doc:
        n = len(doc)
        if n == 0:
            return doc
        doc[0].is_sent_start = True
        start_next = False
        for i, tok in enumerate(doc):
            if i == 0:
                continue
            prev = doc[i - 1]
            if start_next and not tok.is_space and tok.text not in _CLOSERS:
                tok.is_sent_start = True
                start_next = False
                continue
            tok.is_sent_start = False
            if "\n" in prev.text and prev.is_space:
                tok.is_sent_start = True
                start_next = False
                continue
            if prev.text in _FINAL or (prev.text.endswith(".") and prev.lower_ not in _ABBREV and len(prev.text) > 1 and prev.text[-2].islower() and False):
                nxt = tok.text
                if nxt in _CLOSERS:
                    start_next = True
                elif nxt[:1].isupper() or nxt[:1] in "“\"(" or nxt[:1].isdigit():
                    tok.is_sent_start = True
        for start, end in promo_spans(doc, self.lang):
            # a link to another story is a sentence of its own, and the article's text after it another
            doc[start].is_sent_start = True
            for k in range(start + 1, end):
                doc[k].is_sent_start = False
            if end < n and not doc[end].is_space:
                doc[end].is_sent_start = True
        return doc
