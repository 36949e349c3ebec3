"""Unnamed firms of a state as one actor: '15 perusahaan teknologi China', 'seven American drone makers'.

Sanctions often fall on a state's firms, ships or sectors without naming them. The phrase is read as
its own entity (type Company, ``acts_for`` the state) rather than as the state: the entity view
keeps the firms, the actor view rolls them up to the state. Indonesian names the state after the
noun and its modifiers ('kapal-kapal tanker Iran'), English before them ("Iran's aviation sector").
The nouns are the cues 'firm_group_nouns' (firms, banks, makers) and 'asset_group_nouns' (a state's
tankers, sectors, industries). The relations such a group takes part in are the cue
'firm_group_relations' (sanctions, arms and technology). In any other relation a state's firms say
nothing about the state (their trade or investment is no statement about it) and are dropped, while
its tankers or sectors stand for the state as before ('serangan ke kapal tanker Iran').
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from ..model import Entity, Statement
from .lexicon import Lexicon

__all__ = ["find_firm_groups", "firm_group_statements", "FIRM_GROUP_PREFIX", "ASSET_GROUP_PREFIX"]

FIRM_GROUP_PREFIX = "firms:"
ASSET_GROUP_PREFIX = "assets:"
_MODIFIERS = 3


def _slug(words: list[str]) -> str:
    return "_".join(w for w in (re.sub(r"[^a-z0-9]+", "", w.lower()) for w in words) if w)


def find_firm_groups(words: list[str], low: list[str], lex: Lexicon, mentions: list, make_mention, new_entities: dict) -> None:
    """Add a mention for each phrase of firms of a named state; it covers the state's name.

    ``mentions`` are the document's mentions so far; ``make_mention(start, end, entity, text)`` builds
    one; ``new_entities`` keeps one entity per phrase across the document.
    """
    if not lex.cue("firm_group_nouns") and not lex.cue("asset_group_nouns"):
        return
    state_at = {m.start: m for m in mentions if len(m.entities) == 1 and m.entities[0].type == "Country"}
    state_end = {m.end: m for m in state_at.values()}
    taken = {i for m in mentions for i in range(m.start, m.end)}
    stop = _stop_words(lex)
    english = not lex.cues.get("possessor_follows_noun", True)
    found = []
    firsts = lex.cue_index("firm_group_nouns").keys() | lex.cue_index("asset_group_nouns").keys()
    for i, w in enumerate(low):
        if w not in firsts:
            continue
        firm, asset = lex.phrase_at(low, i, "firm_group_nouns"), lex.phrase_at(low, i, "asset_group_nouns")
        noun = max((p for p in (firm, asset) if p), key=len, default=None)
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
                found.append((state.start, i + len(noun), state.entities[0], state.end, i + len(noun), noun == asset))
        else:
            q = i + len(noun)
            while q < len(low) and q - i - len(noun) < _MODIFIERS and q not in state_at and _modifier(low[q], stop, lex):
                q += 1
            state = state_at.get(q)
            if state is not None:
                found.append((i, state.end, state.entities[0], i, state.start, noun == asset))
    poss = set(lex.cues.get("possessive_markers", []))
    for start, end, state, a, b, asset in found:
        if end < len(words) and (end in taken or words[end][:1].isupper()):
            continue  # 'Iranian airline Mahan Air', 'perusahaan China Huawei': the firm is named after the phrase
        # the words as written, so the label is the name the text gives the firms ('Chinese companies')
        label = " ".join(words[start:end]).replace(" - ", "-")
        for p in poss:
            label = label.replace(" " + p, p)
        key = (ASSET_GROUP_PREFIX if asset else FIRM_GROUP_PREFIX) + state.key + ":" + _slug([w for w in words[a:b] if w.lower() not in poss])
        ent = new_entities.get(key) or Entity(key=key, type="Company", label=label, acts_for=state.key)
        new_entities[key] = ent
        mentions.append(make_mention(start, end, ent, label))


def _stop_words(lex: Lexicon) -> set[str]:
    c = lex.cues
    return (set(c.get("prepositions", [])) | set(c.get("group_joiners", [])) | set(c.get("skip_words", []))
            | set(c.get("relative_marker", [])) | set(c.get("complementizers", [])) | set(c.get("determiners", []))
            | set(c.get("origin_preps", [])))  # 'kapal tanker milik Inggris': the owner after 'milik' is read as before


def _modifier(w: str, stop: set[str], lex: Lexicon) -> bool:
    """A plain word between the state and the firm noun: 'teknologi', 'drone', 'state-owned'."""
    if w == "-":
        return True
    if not w.replace("-", "").isalpha() or w in stop or (w,) in lex.forms:
        return False
    prefixes = tuple(lex.cues.get("verb_prefixes", ()))
    return not (prefixes and w.startswith(prefixes) and len(w) >= int(lex.cues.get("verb_min_length", 5))) or (w,) in lex.items


def firm_group_statements(statements: list[Statement], lex: Lexicon, state_of: Callable[[str], Entity | None]) -> list[Statement]:
    """Statements with a group of a state's firms or assets at either end, for the relations firms take
    part in; elsewhere a firm group is dropped and an asset group stands for its state (``state_of``)."""
    keep = set(lex.cues.get("firm_group_relations", []))
    out = []
    for st in statements:
        if st.predicate in keep:
            out.append(st)
            continue
        ends = []
        for e in (st.subject, st.object):
            if e.key.startswith(FIRM_GROUP_PREFIX):
                e = None
            elif e.key.startswith(ASSET_GROUP_PREFIX):
                e = state_of(e.acts_for or "")
            ends.append(e)
        if ends[0] is not None and ends[1] is not None and ends[0].key != ends[1].key:
            out.append(replace(st, subject=ends[0], object=ends[1]))
    return out
