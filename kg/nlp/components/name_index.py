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

from spacy.attrs import LOWER
from spacy.strings import StringStore
from spacy.tokens import Doc

__all__ = ["NameIndex"]

_FIRST = re.compile(r"[^\s\-.]+")


class NameIndex:
    """Lower-cased first word -> {full lower-cased name: (name, key)} and the name lengths to try."""

    def __init__(self, names: Iterable[tuple[str, str]], strings: StringStore | None = None) -> None:
        self._by_pair: dict[tuple[str, str], dict[str, tuple[str, str]]] = {}  # first two words -> names
        self._lengths: dict[tuple[str, str], list[int]] = {}
        firsts: set[str] = set()
        for name, key in names:
            low = name.lower()
            words = low.split()
            if len(words) < 2 or len(low) != len(name):
                continue  # one word, or a character whose lower case is longer: offsets would not line up
            self._by_pair.setdefault(_pair(words), {}).setdefault(" ".join(words), (name, key))
            # the first token is the whole first word ('al-aqsa') or, split by the tokenizer, its first part ('al')
            firsts.update({words[0], *_FIRST.findall(words[0])[:1]})
        for pair, names_ in self._by_pair.items():
            self._lengths[pair] = sorted({len(n) for n in names_}, reverse=True)
        self._strings = strings if strings is not None else StringStore()
        self._hashes = frozenset(self._strings.add(f) for f in firsts)

    def __len__(self) -> int:
        return sum(len(v) for v in self._by_pair.values())

    def matches(self, doc: Doc) -> Iterator[tuple[int, int, str]]:
        """(start token, end token, key) of every name in ``doc``, the longest at each start."""
        if not len(doc) or not self._hashes:
            return
        hashes = self._hashes
        n_tok = len(doc)
        for i in [i for i, h in enumerate(doc.to_array(LOWER).tolist()) if h in hashes]:  # tokens that begin a name
            first, k = _word(doc, i, n_tok)
            second, _ = _word(doc, k, n_tok)
            pair = (first.rstrip(_TRAIL), second.rstrip(_TRAIL))
            cands = self._by_pair.get(pair)
            if cands is None:
                continue
            text = doc[i : i + _WINDOW].text  # not doc.text, which walks every token of the document
            offset = doc[i].idx
            for n in self._lengths[pair]:
                if n > len(text) or (n < len(text) and text[n].isalnum()):
                    continue
                hit = cands.get(" ".join(text[:n].lower().split()))
                if hit is None or not _case_ok(hit[0], text[:n]):
                    continue
                span = doc.char_span(offset, offset + n)
                if span is not None:
                    yield span.start, span.end, hit[1]
                    break


def _word(doc: Doc, i: int, n: int) -> tuple[str, int]:
    """The lower-cased word of the text that starts at token ``i`` (tokens up to the next space: 'ki-moon'),
    and the token after it."""
    parts = []
    while i < n:
        tok = doc[i]
        parts.append(tok.lower_)
        i += 1
        if tok.whitespace_ or len(parts) > 6:
            break
    return "".join(parts), i


def _pair(words: list[str]) -> tuple[str, str]:
    """The first two lower-cased words without the punctuation the text may attach ('sarkozy.', 'obama,')."""
    return words[0].rstrip(_TRAIL), words[1].rstrip(_TRAIL)


_WINDOW = 32  # tokens: longer than any name of the tables
_TRAIL = ".,;:!?)]\"'”’"


def _case_ok(name: str, seen: str) -> bool:
    """Each capitalised word of ``name`` is capitalised in ``seen`` too."""
    for a, b in zip(re.finditer(r"\S+", name), re.finditer(r"\S+", seen)):
        if a.group()[:1].isupper() and not b.group()[:1].isupper():
            return False
    return True
