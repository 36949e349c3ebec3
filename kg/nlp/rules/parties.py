"""Co-participants of one meeting: every pair of those who sit at the same table meets.

'Inggris, Prancis, dan Jerman bertemu dengan Araghchi ... bersama dengan Kaja Kallas' is one
meeting of five parties: the three states meet each other and Kallas as much as they meet
Araghchi. The frames give subject × object pairs; this step adds the pairs among the subjects,
among the objects, and with a party joined by 'bersama (dengan)' later in the clause. Which
relations are such gatherings is a cue of the language ('all_pairs_relations'); an exercise
'dengan A, B, dan C' stays a set of separate pairs with its host.
"""

from __future__ import annotations

from dataclasses import replace

from ...model import Entity
from .base import Candidate

__all__ = ["co_participants"]

_MOST = 7  # parties of one gathering the text names one by one; beyond, the grouping itself is the party


def co_participants(view, cands: list[Candidate]) -> list[Candidate]:
    """The pairs of parties of the same gathering that ``cands`` (one sentence's candidates) leave out.

    ``view`` is the sentence reader: its cue lookups, mentions and clause bounds are used to find a
    party joined by 'bersama dengan' after the trigger ('..., bersama dengan Kaja Kallas')."""
    relations = set(view.lex.cues.get("all_pairs_relations", []))
    if not relations:
        return []
    by_trigger: dict[tuple[int, str], list[Candidate]] = {}
    for c in cands:
        if c.relation in relations and not c.dropped:
            by_trigger.setdefault((c.trigger_start, c.relation), []).append(c)
    out: list[Candidate] = []
    for (start, _rel), group in by_trigger.items():
        if any(c.rule.endswith(("+in-turn", "+gathering")) for c in group):
            # 'met with the IMF, then with President Trump': one meeting after another, not one gathering;
            # 'joined the talks': the parties already met in the sentence that told of it
            continue
        parties: dict[str, Entity] = {}
        for c in group:
            parties.setdefault(c.subject.key, c.subject)
            parties.setdefault(c.object.key, c.object)
        joined = _joined_after(view, group)
        for e in joined:
            parties.setdefault(e.key, e)
        if not 3 <= len(parties) <= _MOST:
            continue  # a summit of a whole grouping ('para pemimpin negara anggota BRICS') is not spelled out pair by pair
        have = {frozenset((c.subject.key, c.object.key)) for c in group}
        base = group[0]
        keys = list(parties)
        for a in range(len(keys)):
            for b in range(a + 1, len(keys)):
                pair = frozenset((keys[a], keys[b]))
                if pair in have or _same_state(parties[keys[a]], parties[keys[b]]):
                    continue
                have.add(pair)
                out.append(replace(base, subject=parties[keys[a]], object=parties[keys[b]],
                                   rule=base.rule + "+co-participants", confidence=base.confidence - 0.1))
    return out


def _same_state(a: Entity, b: Entity) -> bool:
    return (a.acts_for or a.key) == (b.acts_for or b.key)


def _joined_after(view, group: list[Candidate]) -> list[Entity]:
    """'bertemu dengan Araghchi, pada 20 Juni, bersama dengan Kaja Kallas': the actors after a co-agent
    preposition (cue 'co_participant_preps') later in the trigger's clause join the gathering."""
    end = max(c.trigger_end for c in group)
    _, c1 = view.clause(end)
    preps = sorted((tuple(p.split()) for p in view.lex.cues.get("co_participant_preps", [])), key=len, reverse=True)
    k = end
    while k < c1:
        p = next((p for p in preps if tuple(view.low[k : k + len(p)]) == p), None)
        if p is not None:
            q = view._past_title(k + len(p))
            m = view.mention_at(q)
            if m is not None and m.start == q and view.actor(m):
                ents, _, _ = view.group(m)
                return ents
            return []
        k += 1
    return []
