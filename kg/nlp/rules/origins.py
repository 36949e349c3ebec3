"""Where transferred weapons come from when the sentence names no seller: their maker or their system.

"Indonesia membeli 42 jet tempur Rafale buatan Prancis", "Vietnam buys Turkish-made drones",
"Filipina membeli 12 Gripen": the buyer names what it buys and where it is made, not who sells
it. The origin said in the text comes first (cue 'origin_markers' after the items: 'buatan',
'made by'; cue 'origin_compounds' joined to a name before them: 'Turkish-made'); then the state
that sells the named systems (``ontology/weapons.tsv``), when they all come from one state.
"""

from __future__ import annotations

from ...model import Entity
from ..weapons import WeaponSystem
from .base import NUMBER, SentenceView

__all__ = ["Origins"]


class Origins(SentenceView):
    """The supplier of items a buyer or receiver gets without a named seller."""

    def _item_len(self, k: int) -> int:
        """The length of the item word at ``k`` ('jet tempur', 'howitzers'), 0 if none."""
        for L in (4, 3, 2, 1):
            if k + L <= self.s1 and tuple(self.low[k : k + L]) in self.lex.items:
                return L
        return 0

    def system_at(self, k: int) -> tuple[int, WeaponSystem] | None:
        """The weapon system named at ``k`` as ``(length, system)``, or None."""
        if k < self.s0 or k >= self.s1:
            return None
        return self.lex.weapons.match(self.low, self.words, k, self.s1, self._item_len)

    def systems_in(self, a: int, b: int) -> list[WeaponSystem]:
        """The systems named in tokens ``a:b``, in order."""
        found: list[WeaponSystem] = []
        k = max(a, self.s0)
        while k < min(b, self.s1):
            hit = self.system_at(k)
            if hit:
                found.append(hit[1])
                k += hit[0]
            else:
                k += 1
        return found

    def item_origin(self, j: int, after: int, c1: int) -> list[Entity]:
        """The supplier of the items named from ``j`` to ``after``: the origin the text gives, else the
        one state that sells the systems named there (and up to six words on, within the clause:
        '48 unit jet tempur generasi kelima Kaan')."""
        said = self._origin_said(j, after, c1)
        if said:
            return said
        end = min(c1, after + 6)
        for q in range(after, end):
            if self.low[q] in self.relative or self.low[q] in self.complementizers or self.phrase_at(q, "origin_markers"):
                end = q  # 'Rafale yang dibuat ...', 'pesawat buatan dalam negeri': past the items
                break
        states = {s.state for s in self.systems_in(j, end)}
        if len(states) != 1 or "" in states:
            return []
        got = self.ext.gaz.get(states.pop())
        return [got] if got is not None else []

    def item_origin_before(self, i: int) -> list[Entity]:
        """The sender of the systems named before a passive give verb at ``i`` with no agent ('48 Kaan akan
        dikirim ke Indonesia'): the one state that sells them. Where they are made ('jet buatan Amerika
        dikirim ke Ukraina') names no sender."""
        c0, _ = self.clause(i)
        if any(self.phrase_at(q, "origin_markers") for q in range(c0, i)):
            return []
        states = {s.state for s in self.systems_in(c0, i)}
        if len(states) != 1 or "" in states:
            return []
        got = self.ext.gaz.get(states.pop())
        return [got] if got is not None else []

    def _origin_said(self, j: int, after: int, c1: int) -> list[Entity]:
        """'buatan Prancis', 'made by Lockheed Martin' after the items; 'Turkish-made' before them."""
        for q in range(j, min(c1, after + 8)):
            p = self.phrase_at(q, "origin_markers")
            if p:
                return self._maker_named(q + len(p), c1)
            if q >= after and (self.low[q] in self.relative or self.low[q] in self.complementizers or self._finite_verb(self.low[q])):
                break
        for q in range(j, min(after, self.s1)):
            m = self.mention_at(q)
            if m is not None and m.start == q and self.actor(m) and self.phrase_at(m.end, "origin_compounds"):
                return [e for e in m.entities if e.is_actor]
        return []

    def _maker_named(self, k: int, c1: int) -> list[Entity]:
        """The maker named at ``k``, over a firm noun ('buatan perusahaan AS Lockheed Martin'): the firm
        when a state and then the firm are named, else the state."""
        q = k
        while q < min(c1, k + 3) and self.mention_at(q) is None and (self.low[q] in self.non_state or NUMBER.match(self.low[q])):
            q += 1
        m = self.mention_at(q)
        if m is None or m.start != q or not self.actor(m):
            return []
        firm = self.mention_at(m.end)
        if firm is not None and firm.start == m.end and any(e.type == "Company" for e in firm.entities):
            return [e for e in firm.entities if e.is_actor]
        return [e for e in m.entities if e.is_actor]
