"""What every rule reads: the sentence's tokens, mentions, clause bounds and cue lookups.

``SentenceView`` is the base of the rule mixins in this package; ``words_of_lexicon`` turns a
language's cue lists into the sets the rules test words against, once per lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Iterator

from spacy.tokens import Doc, Span

from ...model import Entity
from ..dates import sentence_date
from ..lexicon import Lexicon
from ..mentions import DocMentions, Mention

__all__ = ["Candidate", "SentenceTrace", "SentenceView", "words_of_lexicon", "SYMMETRIC", "FAMILY_RELATION", "NUMBER"]

NUMBER = re.compile(r"^\d[\d.,]*$")
SYMMETRIC = {"meetsWith", "cooperatesWith", "alliedWith", "relativeOf"}
FAMILY_RELATION = {"weapons": "suppliesWeaponsTo", "technology": "suppliesTechnologyTo", "aid": "providesAidTo"}


@dataclass
class Candidate:
    """A statement before it becomes a ``Statement``: kept for ``kg explain``."""

    subject: Entity
    relation: str
    object: Entity
    rule: str
    trigger: str
    trigger_start: int
    trigger_end: int
    confidence: float
    items: tuple[str, ...] = ()
    item_texts: tuple[str, ...] = ()
    status: str = "asserted"
    attributed_to: tuple[Entity, ...] = ()
    status_cue: str = ""
    dropped: str = ""


@dataclass
class SentenceTrace:
    """What the extractor saw in one sentence."""

    index: int
    text: str
    triggers: list[tuple[str, str, str]] = field(default_factory=list)  # (words, rule id, voice)
    candidates: list[Candidate] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def words_of_lexicon(lex: Lexicon) -> dict:
    """The word sets the rules look up, built once per lexicon rather than once per sentence."""
    self = SimpleNamespace()
    cues = lex.cues
    self.preps = set(cues.get("prepositions", []))
    self.skip = set(cues.get("skip_words", []))
    self.joiners = set(cues.get("group_joiners", []))
    self.fillers = set(cues.get("group_fillers", []))
    self.agent_nouns = set(cues.get("agent_nouns", []))
    self.passthrough = set(cues.get("pass_through_nouns", []))
    self.complementizers = set(cues.get("complementizers", []))
    self.relative = set(cues.get("relative_marker", []))
    self.passive_agent = tuple(cues.get("passive_agent", []))
    self.verb_prefixes = tuple(cues.get("verb_prefixes", []))
    self.verb_min = int(cues.get("verb_min_length", 5))
    self.suffixes = tuple(cues.get("possessive_suffixes", []))
    self.quantifiers = set(cues.get("quantifiers", []))
    self.between = set(cues.get("between_markers", []))
    self.possessor_pronouns = set(cues.get("possessor_pronouns", []))
    self.pair_joiners = set(cues.get("pair_joiners", []))
    self.hyphens = set(cues.get("pair_hyphens", []))
    self.person_pronouns = set(cues.get("person_pronouns", []))
    self.group_pronouns = set(cues.get("group_pronouns", []))
    self.content_nouns = set(cues.get("content_nouns", []))
    self.title_words = {w for role, ps in lex.titles.items() if role != "relativeOf" for p in ps for w in p}
    self.title_words |= set(cues.get("counterpart_words", []))
    self.possessive = set(cues.get("possessive_markers", []))
    self.not_verbs = set(cues.get("not_verbs", []))
    self.determiners = set(cues.get("determiners", []))
    self.noun_adjectives = set(cues.get("noun_adjectives", []))
    self.reduced_relative = set(cues.get("reduced_relative_participles", []))
    self.passive_aux = set(cues.get("passive_auxiliaries", []))
    self.locatives = set(cues.get("locative_preps", []))
    self.non_state = set(cues.get("non_state_nouns", []))
    self.object_modifiers = set(cues.get("object_modifiers", []))
    self.former = set(cues.get("former_markers", []))  # 'mantan PM Kamboja Hun Sen': a past post still names the person
    self.purpose_links = set(cues.get("purpose_links", []))
    self.origins = set(cues.get("origin_preps", []))
    self.finite_verbs = set(cues.get("finite_verbs", []))
    self.nya_targets = {tuple(p.split()) for p in cues.get("nya_owned_targets", [])}
    self.nya_relations = set(cues.get("nya_owner_relations", []))
    self.state_efforts = set(cues.get("state_effort_nouns", []))
    self.verb_suffixes = tuple(cues.get("finite_verb_suffixes", []))
    return vars(self)


class SentenceView:
    """One sentence of a document, with the lookups the rules share."""

    def __init__(self, ext, doc: Doc, sent: Span, index: int, mentions: DocMentions, meta: dict, low: list[str], words: list[str]) -> None:
        self.ext, self.lex, self.doc, self.sent, self.index = ext, ext.lex, doc, sent, index
        self.m = mentions
        self.meta = meta
        self.s0, self.s1 = sent.start, sent.end
        self.low, self.words = low, words  # the whole document, computed once per Doc
        self.trace = SentenceTrace(index, sent.text)
        self.cue = self.lex.cue
        self.blocked: set[int] = set()
        self.nya_exclude: set[str] | None = None  # while reading a target whose '-nya' may name another owner
        self.date = sentence_date([t.text for t in sent], meta.get("date"), self.lex.dates)
        self.__dict__.update(ext.words_of_lexicon)
        ends = [t.text for t in sent if not t.is_space]
        self.headline = bool(ends) and ends[-1] not in (".", "!", "?", "”", '"', "…", "'")

    def phrase_at(self, i: int, name: str) -> tuple[str, ...] | None:
        return self.lex.phrase_at(self.low, i, name)

    def other_predicate(self, k: int) -> bool:
        """Whether token ``k`` is a verb of another relation ('Trump Puji Prabowo ... Kirim'): its own clause."""
        for trig, voice in self.lex.forms.get((self.low[k],), ()):
            if voice in ("active", "middle", "passive", "participle", "bare") and trig.kind != "block":
                return True
        return False

    def mention_at(self, i: int) -> Mention | None:
        return self.m.by_token.get(i)

    def mentions_between(self, start: int, end: int) -> Iterator[Mention]:
        """The mentions that start from ``start`` to ``end``, each once, in order."""
        k = start
        while k < end:
            m = self.mention_at(k)
            if m is None:
                k += 1
                continue
            yield m
            k = m.end

    def after_be(self, i: int) -> bool:
        """Whether a form of 'be' (cue 'passive_auxiliaries') stands before ``i``, over skip words:
        'was supplied', 'has been accused'."""
        k = i - 1
        while k >= self.s0 and self.low[k] in self.skip:
            if self.low[k] in self.passive_aux:
                return True
            k -= 1
        return k >= self.s0 and self.low[k] in self.passive_aux

    def clause(self, i: int) -> tuple[int, int]:
        """Bounds of the clause around token ``i``: sentence edges, ';', ':' and clause conjunctions."""
        start, end = self.s0, self.s1
        for k in range(i - 1, self.s0 - 1, -1):
            if self.low[k] in (";", ":") or (self.phrase_at(k, "clause_breaks") and k > self.s0 and self.low[k] not in (",",)
                                              and not self._parenthetical(k) and not self.prepositional(k)):
                start = k + 1
                break
        for k in range(i + 1, self.s1):
            if self.low[k] in (";", ":") or (self.phrase_at(k, "clause_breaks") and self.low[k] not in (",",) and not self._parenthetical(k)
                                              and not self.prepositional(k)):
                end = k
                break
        return start, end

    def prepositional(self, k: int) -> bool:
        """'joined the case before the International Court of Justice': a clause word that also is a
        preposition (cue 'preposition_or_conjunction') heads a noun phrase, not a clause, when no verb
        follows it before the phrase ends ('before the court ruled' is a clause: subject and verb)."""
        p = self.phrase_at(k, "preposition_or_conjunction")
        if not p:
            return False
        q = k + len(p)
        seen = 0
        while q < min(self.s1, k + len(p) + 12):
            m = self.m.by_token.get(q)
            if m is not None:
                q, seen = max(m.end, q + 1), seen + 1
                continue
            w = self.low[q]
            if w in (",", ";", ":", ")") or w in self.relative or w in self.complementizers or (
                    self.phrase_at(q, "clause_breaks") and seen):
                break
            if self.possessive and w in self.joiners and q + 1 < self.s1 and self.mention_at(q + 1) is None and self._finite_verb(self.low[q + 1]):
                break  # 'condemned the decision as economic aggression and accused ...': a second verb of the main clause
            if self._finite_verb(w) and not (self.possessive and q == k + len(p) and w.endswith("s") and not w.endswith("ss")):
                return False  # 'after talks with Wang Yi': an '-s' word right after it is a plural noun, not a verb
            q, seen = q + 1, seen + 1
        return seen > 0

    def _finite_verb(self, w: str) -> bool:
        """A cheap guess without a tagger: an auxiliary, a verb ending or a verbal trigger form."""
        if w in self.finite_verbs:
            return True
        if self.verb_suffixes and w.isalpha() and len(w) > 4 and w.endswith(self.verb_suffixes):
            return True
        return any(v in ("active", "passive", "participle", "middle") for _, v in self.lex.forms.get((w,), ()))

    def _parenthetical(self, k: int) -> bool:
        """', meanwhile,' / ', however,': a clause word between commas is an aside, not a new clause."""
        p = self.phrase_at(k, "clause_breaks")
        if not p or k - 1 < self.s0:
            return False
        after = k + len(p)
        return self.low[k - 1] == "," and after < self.s1 and self.low[after] == ","

    def _window(self, a: int, b: int) -> range:
        return range(max(a, self.s0), min(b, self.s1))
