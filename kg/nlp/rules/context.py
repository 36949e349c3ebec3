"""Arguments a sentence leaves out, taken from the document: the sentence before and the headline.

News drops what the reader already knows. 'Invasi militer Amerika Serikat ke Timur Tengah ...
Mulai dari serangan ke Irak tahun 1990 ...': the attacker of the second sentence is the actor of
the first. 'AS Kirim Rudal ke Taiwan' over a body sentence 'Washington akan mengirim ratusan
drone': the recipient is the one the headline names. Both readings are guesses, so they are made
only when exactly one actor is available, and with lower confidence.
"""

from __future__ import annotations

from ...model import Entity
from .base import SYMMETRIC, SentenceView

__all__ = ["DocumentContext"]


def _state(e: Entity) -> str:
    return e.acts_for or e.key


class DocumentContext(SentenceView):
    """The document around a sentence: the subject of the sentence before, the headline's statements."""

    def opens_sentence(self, i: int) -> bool:
        """Whether nothing but openers stands before ``i`` in its sentence: adverbs and auxiliaries (cue
        'skip_words'), conjunctions and the phrases that open a continued list (cue 'carry_openers':
        'mulai dari', 'kemudian'). A noun or a name before it is the clause's own subject."""
        k = self.s0
        while k < i:
            if self.mention_at(k) is not None:
                return False
            p = self.phrase_at(k, "carry_openers")
            if p:
                k += len(p)
                continue
            w = self.low[k]
            if w in self.skip or w in self.joiners or w in ('"', "“", "'"):
                k += 1
                continue
            return False
        return True

    def _actors_of_sentence(self, start: int, end: int) -> list[Entity]:
        """The actors named from ``start`` to ``end``, each once, in order (media and 'the West' left out)."""
        out: list[Entity] = []
        for m in self.mentions_between(start, end):
            for e in m.entities:
                if e.is_actor and e.type != "Media" and e.key != "WEST" and all(x.key != e.key for x in out):
                    out.append(e)
        return out

    def carried_subject(self, exclude: list[Entity] = ()) -> list[Entity]:
        """The subject the sentence before leaves for this one: the one state (after roll-up) that its
        statements have as subject, or else the one state it names at all. None when it names several,
        or only the states in ``exclude`` (the object already found)."""
        if self.s0 == 0:
            return []
        prev = self.doc[self.s0 - 1].sent
        skip = {_state(e) for e in exclude}
        told = (self.meta.get("sentence_statements") or {}).get(self.index - 1, [])
        subjects = [e for st, r, o in told for e in ((st, o) if r in SYMMETRIC else (st,))]  # both sides of a meeting act
        for pool in (subjects, self._actors_of_sentence(prev.start, prev.end)):
            states = {_state(e) for e in pool} - skip
            if len(states) == 1:
                return [next(e for e in pool if _state(e) in states)]
            if states:
                return []
        return []

    def headline_other(self, known: list[Entity], relation: str) -> list[Entity]:
        """The other party of the headline's own statement of ``relation`` whose subject is the state of
        ``known`` (the argument found): the recipient or target a body sentence leaves out ('Washington
        akan mengirim ratusan drone' under 'AS Kirim Drone ke Taiwan'). None unless the headline reports
        such a statement, with one other party."""
        if self.s0 == 0:
            return []
        first = self.doc[0].sent
        ends = [t.text for t in first if not t.is_space]
        if not ends or ends[-1] in (".", "!", "?", "”", '"', "…", "'"):
            return []
        mine = {_state(e) for e in known}
        told = (self.meta.get("sentence_statements") or {}).get(0, [])
        others = [o for s, r, o in told if r == relation and _state(s) in mine and _state(o) not in mine]
        return others[:1] if len({_state(e) for e in others}) == 1 else []

    def _states_named(self, start: int, end: int) -> set[str]:
        """The states named from ``start`` to ``end``: countries and the capitals that stand for them."""
        return {e.key for m in self.mentions_between(start, end) for e in m.entities if e.type == "Country"}

    def scene_state(self, agent: list[Entity]) -> list[Entity]:
        """The one state an attack told again was aimed at, when the sentence names no target ('The
        Taliban have claimed responsibility', 'the attack, reportedly conducted by the Taliban', after 'A
        car bomb was rammed into a base in Afghanistan'): the target of the latest attack read before;
        else the one state the nearest earlier sentence names (up to cue 'scene_lookback' sentences
        back; the agent's own state does not count); else the headline's one state. None when the
        nearest sentence that names a state names several: the reader cannot tell which."""
        mine = {_state(e) for e in agent} | {e.key for e in agent}
        for at, s, o in reversed(self.meta.get("attacks", [])):
            if at < self.index:
                if _state(s) in mine or s.key in mine:
                    return [o] if _state(o) not in mine else []
                break
        sents = list(self.doc.sents)
        here = next((n for n, sp in enumerate(sents) if sp.start == self.s0), 0)
        lookback = int(self.lex.cues.get("scene_lookback", 0) or 0)
        tried = [sents[n] for n in range(here - 1, max(-1, here - 1 - lookback), -1)]
        if here - lookback > 0:
            tried.append(sents[0])  # the headline
        for sp in tried:
            states = self._states_named(sp.start, sp.end) - mine
            if states:
                key = next(iter(states))
                return [self.ext.gaz.get(key)] if len(states) == 1 and self.ext.gaz.get(key) else []
        return []

    def gathering_parties(self, subj: list[Entity], lookback: int | None = None) -> list[Entity]:
        """The parties of the latest meeting read in an earlier sentence (up to ``lookback`` sentences back,
        by default cue 'scene_lookback'), for one who joins it ('The Italian foreign minister joined the
        talks') or takes a stand on its outcome; the subject's state left out."""
        told = self.meta.get("sentence_statements") or {}
        mine = {_state(e) for e in subj}
        if lookback is None:
            lookback = int(self.lex.cues.get("scene_lookback", 0) or 0)
        for n in range(self.index - 1, max(-1, self.index - 1 - lookback), -1):
            met = [e for s, r, o in told.get(n, []) if r == "meetsWith" for e in (s, o)]
            if met:
                out: dict[str, Entity] = {}
                for e in met:
                    if _state(e) not in mine:
                        out.setdefault(_state(e), e)
                return list(out.values())
        return []
