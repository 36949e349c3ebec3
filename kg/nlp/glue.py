"""Split words that a scraper glued together: "keIran", "Iranmenyerang", "IrandanIsraelsepakat".

News saved from web pages often loses the space on either side of a link: "serangan keIran",
"pangkalan militer terbesarAmerika Serikatdi Timur Tengah", "dilansirAFP". Such a token hides the
actor from the gazetteer and the verb from the lexicon. The tokenizer splits it where the glue is
unambiguous, without changing the text, so evidence offsets stay those of the document:

- a lower-case letter followed by a capital ("keIran", "PresidenDonald", "dilansirAFP"), unless
  the whole token is a known name ("MbS", "SpaceX" when a gazetteer lists it) or its left part is
  a single letter ("iPhone", "eKTP");
- a known name followed by a function word or a prefixed verb ("Iranmenyerang", "Gazauntuk",
  "Australiatelah", "Prancisakanmelarang"); "Perumahan" is not "Peru" + "mahan", since "mahan" is
  neither;
- a capitalised acronym followed by a function word ("CNNdan", "ASmenyerang").

The function words and verb prefixes are data: ``ontology/lexicon/id/glue.json``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..config import ontology_dir

__all__ = ["GlueSplitter", "Split", "glue_splitter"]


@dataclass(frozen=True)
class Split:
    """A zero-width infix match: what spaCy's tokenizer reads from ``infix_finditer``."""

    at: int

    def start(self) -> int:
        return self.at

    def end(self) -> int:
        return self.at

    def group(self, _n: int = 0) -> str:
        return ""


class GlueSplitter:
    """Where to split a glued token, given the names of a gazetteer and a language's function words."""

    def __init__(self, names: frozenset[str], function_words: frozenset[str], verb_prefixes: tuple[str, ...],
                 min_verb: int = 5, keep_suffixes: frozenset[str] = frozenset()) -> None:
        self.names = names
        self.function_words = function_words
        self.verb_prefixes = verb_prefixes
        self.min_verb = min_verb
        self.keep_suffixes = keep_suffixes
        self._longest = max((len(n) for n in names), default=0)

    def __reduce__(self):
        return (GlueSplitter, (self.names, self.function_words, self.verb_prefixes, self.min_verb, self.keep_suffixes))

    def points(self, text: str) -> list[int]:
        """Offsets inside ``text`` where a new token starts; empty for an ordinary word."""
        if len(text) < 4 or not text.isalpha() or text in self.names:
            return []
        cuts: set[int] = set()
        for i in range(1, len(text)):
            a, b = text[i - 1], text[i]
            if a.islower() and b.isupper() and i >= 2:
                cuts.add(i)
        out: list[int] = []
        bounds = [0, *sorted(cuts), len(text)]
        for lo, hi in zip(bounds, bounds[1:]):
            out.extend(self._inside(text, lo, hi))
        return sorted(set(out) | cuts)

    def _inside(self, text: str, lo: int, hi: int) -> list[int]:
        """Cuts inside one camel-free piece: a name or an acronym followed by lower-case words."""
        piece = text[lo:hi]
        if not piece[:1].isupper() or piece in self.names:
            return []
        head = self._name_prefix(piece)
        if head == 0:
            return []
        rest = self._words(piece[head:])
        if rest is None:
            return []
        return [lo + head] + [lo + head + r for r in rest]

    def _name_prefix(self, piece: str) -> int:
        """Length of the longest known name or acronym that starts ``piece`` and is followed by lower case."""
        for k in range(min(len(piece) - 2, self._longest), 1, -1):
            if not piece[k].islower():
                continue
            head = piece[:k]
            if head in self.names or (head.isupper() and self._words(piece[k:]) is not None):
                return k
        return 0

    def _words(self, tail: str) -> list[int] | None:
        """Split points inside ``tail`` if it is a run of function words ending in a word or a prefixed verb."""
        if not tail.islower() or tail in self.keep_suffixes:
            return None
        if tail in self.function_words or self._verb(tail):
            return []
        for k in range(len(tail) - 1, 1, -1):
            if tail[:k] in self.function_words:
                rest = self._words(tail[k:])
                if rest is not None:
                    return [k] + [k + r for r in rest]
        return None

    def _verb(self, word: str) -> bool:
        return len(word) >= self.min_verb and word.startswith(self.verb_prefixes)


def _names() -> frozenset[str]:
    from .gazetteer import load_gazetteer

    out: set[str] = set()
    for names in load_gazetteer(()).aliases.values():
        for name in names:
            for word in {name, *name.split()[-1:]} if " " in name else {name}:
                if len(word) >= 3 and word.isalpha() and word[:1].isupper():
                    out.add(word)
    return frozenset(out)


@lru_cache(maxsize=4)
def glue_splitter(lang: str = "id") -> GlueSplitter | None:
    """The splitter of a language whose lexicon has a ``glue.json``; None for the others."""
    path = Path(ontology_dir()) / "lexicon" / lang / "glue.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    return GlueSplitter(
        names=_names(),
        function_words=frozenset(data["function_words"]),
        verb_prefixes=tuple(data["verb_prefixes"]),
        min_verb=int(data.get("min_verb_length", 5)),
        keep_suffixes=frozenset(data.get("keep_suffixes", [])),
    )
