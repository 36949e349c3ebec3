"""Direct quotes: where they are, who speaks them, and who "saya" and "kami" are inside them.

A quote may run over several sentences ("“... . ...,” kata Blinken."); every statement inside it
is the speaker's claim. The speaker is named after the closing mark ("kata X", English "X said"),
before the opening one ("X mengatakan, “..."), or carried by the verb ("“...,” ujarnya": the person
named last before the quote). Inside the quote, first-person pronouns stand
for the speaker (singular) or the state the speaker acts for (plural).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

from ..model import Entity
from .gazetteer import Gazetteer
from .lexicon import Lexicon
from .mentions import DocMentions, Mention
from .speakers import last_person_before

__all__ = ["Quote", "find_quotes"]

_OPEN = {"“", "«", "„"}
_CLOSE = {"”", "»"}


@dataclass(frozen=True)
class Quote:
    start: int  # first token inside the marks
    end: int  # the closing mark
    speaker: tuple[Entity, ...]
    cue: str


def _spans(words: list[str]) -> list[tuple[int, int]]:
    spans, open_at = [], None
    for i, w in enumerate(words):
        if w in _OPEN or (w == '"' and open_at is None):
            open_at = i
        elif (w in _CLOSE or w == '"') and open_at is not None:
            if i > open_at + 1:
                spans.append((open_at + 1, i))
            open_at = None
    return spans


def _actor_near(mentions: DocMentions, k: int, limit: int, words: list[str]) -> tuple[Entity, ...]:
    for q in range(k, min(k + limit, len(words))):
        m = mentions.by_token.get(q)
        if m is None or not m.is_actor:
            continue
        nxt = next((mentions.by_token.get(x) for x in range(m.end, min(m.end + 4, len(words))) if mentions.by_token.get(x)), None)
        if any(e.type in ("Country", "Organization", "InternationalOrganization") for e in m.entities) and nxt is not None and any(e.type == "Person" for e in nxt.entities):
            return tuple(e for e in nxt.entities if e.type == "Person")  # 'juru bicara Kemlu AS Matthew Miller'
        return tuple(e for e in m.entities if e.is_actor and e.type != "Media") or tuple(m.entities)
    return ()


def find_quotes(doc: Doc, mentions: DocMentions, lex: Lexicon, gaz: Gazetteer) -> list[Quote]:
    """Quotes with their speakers; adds mentions for first-person pronouns inside them."""
    words = [t.text for t in doc]
    low = [w.lower() for w in words]
    after = lex.cue_index("after_quote_verbs")
    reporting = lex.cue_index("reporting_verbs")
    owned = set(lex.cues.get("owned_speech_verbs", []))
    out: list[Quote] = []
    for a, b in _spans(words):
        speaker: tuple[Entity, ...] = ()
        cue = ""
        k = b + 1
        while k < len(words) and low[k] in (",", ".", "!", "?"):
            k += 1
        for p in after.get(low[k] if k < len(low) else "", ()):
            if tuple(low[k : k + len(p)]) == p:
                speaker, cue = _actor_near(mentions, k + len(p), 9, words), " ".join(p)
                if not speaker and cue in owned:  # '“...,” ujarnya.': the person named last before the quote
                    speaker = tuple(last_person_before(doc, mentions, a - 1))
                break
        if not speaker and k < len(low):  # English: '”, Blinken said' / '” a US official said'
            for q in range(k, min(k + 6, len(low))):
                if any(tuple(low[q : q + len(p)]) == p for p in after.get(low[q], ())):
                    speaker, cue = _actor_near(mentions, k, q - k, words), low[q]
                    break
        if not speaker:  # 'X mengatakan, “...'
            for q in range(max(0, a - 4), a):
                if low[q] in reporting:
                    for r in range(q - 1, max(-1, q - 8), -1):
                        m = mentions.by_token.get(r)
                        if m is not None and m.is_actor:
                            speaker, cue = tuple(e for e in m.entities if e.is_actor), low[q]
                            break
                    break
        if speaker:
            out.append(Quote(a, b, speaker, cue))
            _pronouns(low, a, b, speaker, lex, gaz, mentions)
    if out:
        mentions.index()
    return out


def _pronouns(low, a, b, speaker, lex, gaz, mentions: DocMentions) -> None:
    singular = set(lex.cues.get("first_person_singular", []))
    plural = set(lex.cues.get("first_person_plural", []))
    person = next((e for e in speaker if e.type == "Person"), None)
    for i in range(a, b):
        if i in mentions.by_token:
            continue
        if low[i] in singular and person is not None:
            mentions.mentions.append(Mention(i, i + 1, (person,), "coref", low[i]))
        elif low[i] in plural:
            who = speaker[0]
            state = gaz.get(who.acts_for) if who.acts_for else who
            mentions.mentions.append(Mention(i, i + 1, (state or who,), "coref", low[i]))
