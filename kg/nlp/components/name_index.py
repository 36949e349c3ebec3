"""Find the many names of the derived gazetteer tables by their characters, not through the PhraseMatcher.

The PETRARCH tables hold about 20,000 names, most of words spaCy has never seen; adding them to a
PhraseMatcher tokenises each one and creates a lexeme per new word, which costs many seconds at
every pipeline start (and every worker builds one). These names are plain words separated by
spaces or hyphens, so they are looked up instead: an index by the lower-cased first word, then a
comparison of the text that follows, kept only when it ends on a token boundary. A capitalised word
of the name must be capitalised in the text ('Ali Said', not 'ali said').
"""

from __future__ import annotations

import re
from typing import Iterable, Iterator

from spacy.tokens import Doc

__all__ = ["NameIndex"]

_FIRST = re.compile(r"[^\s\-.]+")


class NameIndex:
    """Lower-cased first word -> {full lower-cased name: (name, key)} and the name lengths to try."""

    def __init__(self, names: Iterable[tuple[str, str]]) -> None:
        self._by_first: dict[str, dict[str, tuple[str, str]]] = {}
        self._lengths: dict[str, list[int]] = {}
        for name, key in names:
            m = _FIRST.match(name)
            if not m or " " not in name.strip():
                continue
            low = name.lower()
            if len(low) != len(name):
                continue  # a character whose lower case is longer: offsets would not line up
            self._by_first.setdefault(m.group().lower(), {}).setdefault(low, (name, key))
        for first, names_ in self._by_first.items():
            self._lengths[first] = sorted({len(n) for n in names_}, reverse=True)

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_first.values())

    def matches(self, doc: Doc) -> Iterator[tuple[int, int, str]]:
        """(start token, end token, key) of every name in ``doc``, the longest at each start."""
        text = doc.text
        for tok in doc:
            first = tok.lower_
            cands = self._by_first.get(first)
            if cands is None:
                m = _FIRST.match(first)  # 'Ki-moon' may be one token: the index holds 'ki'
                cands = self._by_first.get(m.group()) if m and m.group() != first else None
                if cands is None:
                    continue
                first = m.group()
            start = tok.idx
            for n in self._lengths[first]:
                end = start + n
                if end > len(text) or (end < len(text) and text[end].isalnum()):
                    continue
                hit = cands.get(text[start:end].lower())
                if hit is None or not _case_ok(hit[0], text[start:end]):
                    continue
                span = doc.char_span(start, end)
                if span is not None:
                    yield span.start, span.end, hit[1]
                    break


def _case_ok(name: str, seen: str) -> bool:
    """Each capitalised word of ``name`` is capitalised in ``seen`` too."""
    for a, b in zip(re.finditer(r"\S+", name), re.finditer(r"\S+", seen)):
        if a.group()[:1].isupper() and not b.group()[:1].isupper():
            return False
    return True
