"""Unnamed firms of a state as one actor: '15 perusahaan teknologi China', 'seven American drone makers'.

Sanctions often fall on a state's firms, ships or sectors without naming them. The phrase is read as
its own entity (type Company, ``acts_for`` the state) rather than as the state: the entity view
keeps the firms, the actor view rolls them up to the state. Indonesian names the state after the
noun and its modifiers ('kapal-kapal tanker Iran'), English before them ("Iran's aviation sector").
The nouns are the cue 'firm_group_nouns'; the relations such a group takes part in are the cue
'firm_group_relations' (a state's firms are sanctioned or sell arms and technology; their trade or
investment is no statement about the state).
"""

from __future__ import annotations

import re
from ..model import Entity, Statement
from .lexicon import Lexicon

__all__ = ["find_firm_groups", "firm_group_statements", "FIRM_GROUP_PREFIX"]

FIRM_GROUP_PREFIX = "firms:"
_MODIFIERS = 3


def _slug(words: list[str]) -> str:
    return "_".join(w for w in (re.sub(r"[^a-z0-9]+", "", w.lower()) for w in words) if w)


def find_firm_groups(words: list[str], low: list[str], lex: Lexicon, mentions: list, make_mention, new_entities: dict) -> None:
    """Add a mention for each phrase of firms of a named state; it covers the state's name.

    ``mentions`` are the document's mentions so far; ``make_mention(start, end, entity, text)`` builds
    one; ``new_entities`` keeps one entity per phrase across the document.
    """
    nouns = sorted(lex.cue("firm_group_nouns"), key=len, reverse=True)
    if not nouns:
        return
    state_at = {m.start: m for m in mentions if len(m.entities) == 1 and m.entities[0].type == "Country"}
    state_end = {m.end: m for m in state_at.values()}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    stop = _stop_words(lex)
    english = not lex.cues.get("possessor_follows_noun", True)
    found = []
    for i in range(len(low)):
        noun = next((p for p in nouns if tuple(low[i : i + len(p)]) == p), None)
        if noun is None or i in taken or lex.phrase_at(low, i, "state_body_nouns"):
            continue
        if english:
            q = i
            while q > 0 and i - q < _MODIFIERS and q not in state_end and _modifier(low[q - 1], stop, lex):
                q -= 1
            if q > 0 and low[q - 1] in lex.cues.get("possessive_markers", []) and q - 1 in state_end:
                q -= 1  # "Iran 's aviation sector"
            state = state_end.get(q)
            if state is not None:
                found.append((state.start, i + len(noun), state.entities[0], state.end, i + len(noun)))
        else:
            q = i + len(noun)
            while q < len(low) and q - i - len(noun) < _MODIFIERS and q not in state_at and _modifier(low[q], stop, lex):
                q += 1
            state = state_at.get(q)
            if state is not None:
                found.append((i, state.end, state.entities[0], i, state.start))
    poss = set(lex.cues.get("possessive_markers", []))
    for start, end, state, a, b in found:
        # the words as written, so the label is the name the text gives the firms ('Chinese companies')
        label = " ".join(words[start:end]).replace(" - ", "-")
        for p in poss:
            label = label.replace(" " + p, p)
        key = FIRM_GROUP_PREFIX + state.key + ":" + _slug([w for w in words[a:b] if w.lower() not in poss])
        ent = new_entities.get(key) or Entity(key=key, type="Company", label=label, acts_for=state.key)
        new_entities[key] = ent
        mentions.append(make_mention(start, end, ent, label))


def _stop_words(lex: Lexicon) -> set[str]:
    c = lex.cues
    return (set(c.get("prepositions", [])) | set(c.get("group_joiners", [])) | set(c.get("skip_words", []))
            | set(c.get("relative_marker", [])) | set(c.get("complementizers", [])) | set(c.get("determiners", [])))


def _modifier(w: str, stop: set[str], lex: Lexicon) -> bool:
    """A plain word between the state and the firm noun: 'teknologi', 'drone', 'state-owned'."""
    if w == "-":
        return True
    if not w.replace("-", "").isalpha() or w in stop or (w,) in lex.forms:
        return False
    prefixes = tuple(lex.cues.get("verb_prefixes", ()))
    return not (prefixes and w.startswith(prefixes) and len(w) >= int(lex.cues.get("verb_min_length", 5))) or (w,) in lex.items


def firm_group_statements(statements: list[Statement], lex: Lexicon) -> list[Statement]:
    """Statements with a firm group at either end, kept only for the relations firms take part in;
    a group read where the state alone would have been read elsewhere is not a statement about it."""
    keep = set(lex.cues.get("firm_group_relations", []))
    return [st for st in statements if st.predicate in keep or not (
        st.subject.key.startswith(FIRM_GROUP_PREFIX) or st.object.key.startswith(FIRM_GROUP_PREFIX))]

