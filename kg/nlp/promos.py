"""Links to other stories inside an article's text ("Baca juga: <headline>", "Tonton juga "..." di sini:
[Gambas:Video 20detik]"): another story's headline, not the article's own report, so it states nothing.

The markers are the language's cue list "promo_markers". A link runs to the closing bracket of an
embed tag (cue "promo_embed_tags") on its line ("[Gambas:Video 20detik]") or, for a bare headline, over its title-case words:
the article's own text starts again at the capitalised word just before two lower-case words in a row
("... Sita Kapal Madleen Sebelum tiba di Swedia": the body starts at 'Sebelum'); without such a pair
before a full stop the link takes that whole sentence.
"""

from __future__ import annotations

import json
from functools import lru_cache

from spacy.tokens import Doc

from ..config import ontology_dir

__all__ = ["promo_markers", "promo_spans"]

_FINAL = {".", "!", "?"}
_OPENERS = {"“", '"', "‘", "'", "("}
_EMBED_REACH = 60  # tokens from the marker to its embed tag's closing bracket


@lru_cache(maxsize=None)
def _cues(lang: str) -> dict:
    path = ontology_dir() / "lexicon" / lang / "cues.json"
    return json.loads(path.read_text(encoding="utf-8")) if path.exists() else {}


def promo_markers(lang: str) -> tuple[tuple[str, ...], ...]:
    """The language's link markers as lower-case word tuples, longest first."""
    return tuple(sorted((tuple(m.lower().split()) for m in _cues(lang).get("promo_markers", [])), key=len, reverse=True))


def _marker_at(low: list[str], i: int, markers: tuple[tuple[str, ...], ...]) -> int:
    for m in markers:
        if tuple(low[i : i + len(m)]) == m:
            return len(m)
    return 0


def _line_end(doc: Doc, i: int) -> int:
    k = i
    while k < len(doc) and not (doc[k].is_space and "\n" in doc[k].text):
        k += 1
    return k


def _headline_end(doc: Doc, k: int, end: int) -> int:
    """Where the article's own text resumes after a bare headline starting at ``k``."""
    last_cap = None
    while k < end:
        t = doc[k].text
        if t[:1].isupper() or t[:1].isdigit():
            last_cap = k
        elif t[:1].isalpha() and k + 1 < end and doc[k + 1].text[:1].isalpha() and doc[k + 1].text[:1].islower():
            if last_cap is None:
                return k
            q = last_cap
            while q - 1 >= 0 and doc[q - 1].text in _OPENERS:
                q -= 1
            return q
        elif t in _FINAL:
            return k + 1  # no lower-case run before the sentence ends: the link takes the sentence
        k += 1
    return end


def promo_spans(doc: Doc, lang: str) -> list[tuple[int, int]]:
    """Token ranges [start, end) of links to other stories."""
    markers = promo_markers(lang)
    if not markers:
        return []
    tags = {w.lower() for w in _cues(lang).get("promo_embed_tags", [])}
    low = [t.lower_ for t in doc]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(doc):
        n = _marker_at(low, i, markers)
        if not n or not doc[i].text[:1].isupper() or (i > 0 and doc[i - 1].is_alpha):
            i += 1
            continue
        line_end = _line_end(doc, i)
        k = i + n
        tag = next((q for q in range(k, min(line_end, k + _EMBED_REACH)) if doc[q].text == "[" and q + 1 < len(doc)
                    and doc[q + 1].lower_ in tags), None)
        if tag is not None:
            end = next((q + 1 for q in range(tag, line_end) if doc[q].text == "]"), line_end)
        else:
            while k < line_end and doc[k].text == ":":
                k += 1
            end = _headline_end(doc, k, line_end)
        out.append((i, end))
        i = max(end, i + 1)
    return out
