"""Find gazetteer names in a Doc and mark them as entities linked to their canonical key.

Matching is on lower-cased tokens, so "KOREA UTARA" and "Korea Utara" both match, but a name written
with capitals must not match the same words in lower case ("Barat" the West, not "barat" west), and
short all-capital acronyms ("AS", "RI", "US") match only in capitals. The longest match wins, so a
place or newspaper that contains an actor's name ("Jawa Barat", "The Washington Post") hides it.
"""

from __future__ import annotations

from typing import Iterable

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ..gazetteer import Gazetteer, load_gazetteer
from .name_index import NameIndex

__all__ = ["GazetteerMatcher"]


def _is_acronym(name: str) -> bool:
    letters = name.replace(".", "")
    return letters.isupper() and len(letters) <= 4 and " " not in name


def _cue_list(lang: str, name: str) -> tuple[str, ...]:
    """One list of the language's lexicon cue file ("possessive_suffixes": clitics written onto names,
    "Baratnya"; "common_word_names": one-word names that are ordinary words of the language)."""
    import json

    from ...config import ontology_dir

    path = ontology_dir() / "lexicon" / lang / "cues.json"
    if not path.exists():
        return ()
    return tuple(json.loads(path.read_text(encoding="utf-8")).get(name, []))


def _possessive_suffixes(lang: str) -> tuple[str, ...]:
    """Clitics the language writes onto names ("Baratnya"), from its lexicon's cue file."""
    return _cue_list(lang, "possessive_suffixes")


class GazetteerMatcher:
    """Sets ``doc.ents`` from the gazetteer: label = entity type, ``kb_id_`` = canonical key."""

    def __init__(self, nlp: Language, name: str = "kg_gazetteer", gazetteer_files: Iterable[str] = ()) -> None:
        self.nlp = nlp
        self.name = name
        self.gazetteer_files = tuple(gazetteer_files)
        self.gazetteer: Gazetteer = load_gazetteer(self.gazetteer_files)
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        by_key_lower: dict[str, list] = {}
        by_key_exact: dict[str, list] = {}
        clitics = _possessive_suffixes(nlp.lang)
        # 'Lima orang lagi dijadwalkan tiba': in Indonesian 'lima' is five, so Peru's capital, a word of
        # the text's own language, is not read as a name there, even capitalised at a sentence's start
        self.common_words = frozenset(w.lower() for w in _cue_list(nlp.lang, "common_word_names"))
        derived = self.gazetteer.derived
        self.index = NameIndex(
            ((alias, key) for key in derived for alias in self.gazetteer.aliases.get(key, ()) if " " in alias), nlp.vocab.strings
        )
        for key, names in self.gazetteer.aliases.items():
            for alias in names:
                if key in derived and " " in alias:
                    continue  # thousands of names, looked up by their characters (see name_index)
                target = by_key_exact if _is_acronym(alias) else by_key_lower
                target.setdefault(key, []).append(alias)
                if not _is_acronym(alias):
                    # "mitra Baratnya" (its Western partners): the possessive clitic is written on
                    by_key_lower[key].extend(alias + c for c in clitics)
        self._alias_docs: dict[str, list[list[str]]] = {}
        for key, names in by_key_lower.items():
            docs = list(nlp.tokenizer.pipe(names))
            self.matcher.add(key, docs)
            self._alias_docs[key] = [[t.text for t in d] for d in docs]
        for key, names in by_key_exact.items():
            self.exact.add(key, list(nlp.tokenizer.pipe(names)))

    def _case_ok(self, span: Span, key: str) -> bool:
        """A capitalised alias word must be capitalised in the text too."""
        toks = [t.text for t in span]
        for alias_toks in self._alias_docs.get(key, ()):
            if len(alias_toks) != len(toks):
                continue
            ok = True
            for n, (a, t) in enumerate(zip(alias_toks, toks)):
                if a.lower() != t.lower():
                    ok = False
                    break
                # "negara Palestina" matches "Negara Palestina"; a one-word name keeps its capital
                if a[:1].isupper() and t[:1].islower() and (n > 0 or len(toks) == 1):
                    ok = False
                    break
            if ok:
                return True
        return False

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            key = self.nlp.vocab.strings[match_id]
            span = doc[start:end]
            if end - start == 1 and span.text.lower() in self.common_words:
                continue
            if self._case_ok(span, key):
                spans.append(self._span(doc, start, end, key))
        for match_id, start, end in self.exact(doc):
            spans.append(self._span(doc, start, end, self.nlp.vocab.strings[match_id]))
        for start, end, key in self.index.matches(doc):
            spans.append(self._span(doc, start, end, key))
        doc.ents = filter_spans(spans + [e for e in doc.ents])
        return doc

    def _span(self, doc: Doc, start: int, end: int, key: str) -> Span:
        ent = self.gazetteer.entities[key]
        return Span(doc, start, end, label=ent.type, kb_id=key)
