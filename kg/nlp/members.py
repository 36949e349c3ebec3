"""Groupings that stand for their member states: 'negara-negara anggota G7', 'the Quad countries'.

A grouping such as the G7 or BRICS is an actor of its own when it speaks or meets ('G7 mendesak
Iran'); when the text names its members ('negara-negara anggota G7 sepakat menjatuhkan sanksi'),
the statement is each member's. The members, with the years they belong, are data
(``ontology/gazetteer/group_members.tsv``); the words that say "its members" are cues of the
language (``member_phrases_before``, ``member_words_after``).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from spacy.tokens import Doc

from ..config import ontology_dir
from .gazetteer import Gazetteer, _rows
from .lexicon import Lexicon

__all__ = ["group_members", "member_mentions"]

@lru_cache(maxsize=4)
def _table(path: str) -> dict[str, tuple[tuple[str, int, int], ...]]:
    """group key -> (member, from year, to year) rows of the members table."""
    out: dict[str, list[tuple[str, int, int]]] = {}
    p = Path(path)
    if not p.exists():
        return {}
    for _n, row in _rows(p):
        if len(row) < 3 or not row[0]:
            continue
        to = int(row[3]) if len(row) > 3 and row[3].strip() else 9999
        out.setdefault(row[0], []).append((row[1], int(row[2] or 0), to))
    return {k: tuple(v) for k, v in out.items()}


def group_members(key: str, date: str | None = None, path: Path | None = None) -> tuple[str, ...]:
    """The member states of grouping ``key`` in the year of ``date`` (ISO date; today's members if none).

    Examples
    --------
    >>> group_members("AUKUS", "2024-05-01")
    ('AUS', 'GBR', 'USA')
    >>> "IDN" in group_members("BRICS", "2024-05-01")
    False
    """
    table = _table(str(path or ontology_dir() / "gazetteer" / "group_members.tsv"))
    year = int(date[:4]) if date and date[:4].isdigit() else 9998
    return tuple(m for m, a, b in table.get(key, ()) if a <= year <= b)


def _counted(low: list[str], k: int, lex: Lexicon) -> bool:
    """Whether an amount stands right before ``k`` ('tujuh negara anggota', 'several members of'): a part of
    the members, not all of them (cue 'member_part_words', and any number)."""
    return k >= 0 and (low[k].isdigit() or low[k] in lex.cues.get("member_part_words", []))


def member_mentions(doc: Doc, low: list[str], mentions, gaz: Gazetteer, lex: Lexicon, date: str | None) -> list:
    """Mentions that stand for a grouping's members: a cue of membership right before the group's name
    ('negara-negara anggota G7', 'members of the Quad') or right after it ('the G7 countries'). Not when
    an amount counts part of them ('tujuh negara anggota NATO') or a list names which ones follow
    ('anggota BRICS, termasuk Rusia dan China', 'G7 members France, Germany and Japan')."""
    from .mentions import Mention

    before = sorted((tuple(p.split()) for p in lex.cues.get("member_phrases_before", [])), key=len, reverse=True)
    after = sorted((tuple(p.split()) for p in lex.cues.get("member_words_after", [])), key=len, reverse=True)
    if not before and not after:
        return []
    out = []
    named_at = {m.start for m in mentions if any(e.type == "Country" for e in m.entities)}
    for m in mentions:
        if len(m.entities) != 1:
            continue
        members = group_members(m.entities[0].key, date)
        if not members:
            continue
        start, end = m.start, m.end
        p = next((p for p in before if m.start - len(p) >= 0 and tuple(low[m.start - len(p) : m.start]) == p), None)
        if p is not None:
            if m.end < len(low) and lex.phrase_at(low, m.end, "modifier_heads"):
                continue  # 'Members of the G7 Summit': the name modifies the noun after it
            start = m.start - len(p)
        else:
            q = next((q for q in after if tuple(low[m.end : m.end + len(q)]) == q), None)
            if q is None:
                continue
            end = m.end + len(q)
        if _counted(low, start - 1, lex):
            continue
        k = end + (end < len(low) and low[end] == ",")
        if k < len(low) and lex.phrase_at(low, k, "enumeration_markers"):
            continue
        if k in named_at:
            continue  # 'G7 members France, Germany and Japan condemned': the members named are the ones who act
        ents = tuple(e for e in (gaz.get(key) for key in members) if e is not None)
        if ents:
            out.append(Mention(start, end, ents, "members", doc[start:end].text))
    return out
