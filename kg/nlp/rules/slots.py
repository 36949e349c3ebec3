"""Argument slots: which actors stand where a rule expects a subject, an object or a possessor.

Indonesian marks arguments by position and preposition: the subject left of the verb, the object
right after it or after the preposition the trigger names, the possessor right after a noun.
Coordination, titles and relative clauses decide which mention heads a phrase.
"""

from __future__ import annotations

from typing import Iterable

from ...model import Entity
from ..mentions import Mention
from .base import NUMBER, SentenceView

__all__ = ["ArgumentSlots"]


class ArgumentSlots(SentenceView):
    """Argument slots: which actors stand where a rule expects a subject, an object or a possessor."""

    def head_ok(self, m: Mention) -> bool:
        """Whether a mention can be a clause argument rather than a modifier of a noun before it."""
        k = m.start - 1
        for r in self.m.roles:  # 'Presiden Rusia Vladimir Putin': look before the title
            if r.end == m.end and r.start < m.start:
                k = r.start - 1
                state = self.mention_at(k)  # 'US Secretary of State Antony Blinken': and before the state
                if state is not None and state.end == r.start and any(e.key == r.of.key for e in state.entities):
                    k = state.start - 1
        prev = self.mention_at(k)
        if prev is not None and prev.end == m.start and any(e.type == "Company" for e in m.entities):
            k = prev.start - 1  # the company's country stands between it and what comes before
        if k < self.s0:
            return True
        w = self.low[k]
        if w in self.preps:
            return False
        if w == "-" and k - 1 >= self.s0 and (self.low[k - 1],) in self.cue("anti_prefixes"):
            return False  # 'kebijakan Anti-Amerika' is not America
        if not w.isalpha():
            return True  # punctuation, a dateline dash or a quote mark ends the phrase before the name
        if w in self.determiners and k - 1 >= self.s0 and self.prepositional(k - 1):
            return False  # 'before the International Court of Justice': the object of a preposition
        if w in self.agent_nouns or w in self.skip or w in self.joiners or w in self.complementizers or w in self.passthrough:
            return True
        if self.phrase_at(k, "pair_openers") or self.phrase_at(k, "coordinators") or self.phrase_at(k, "clause_breaks"):
            return True
        if self.phrase_at(k, "fronting_words"):
            return True
        if w in self.content_nouns:
            return True  # 'bukti China memasok senjata': a clause of content follows the noun, without 'bahwa'
        if self._is_verb(w) or self.phrase_at(k, "after_quote_verbs") or self.phrase_at(k, "source_markers"):
            return True
        return self._weapon_ends_at(k)

    def _weapon_ends_at(self, k: int) -> bool:
        """'Jet tempur Rusia menghantam Kyiv', 'Rudal Iran menghantam Tel Aviv': a weapon's owner acts
        through it, so the state after a weapon (items of the 'weapons' family) heads the phrase. Only
        when the weapon itself opens the phrase: in 'mengecam penjualan senjata AS' the weapon is an object.
        Only where the owner follows the noun (Indonesian); English puts it first ('Russian jets')."""
        if not self.lex.cues.get("possessor_follows_noun", True):
            return False
        for L in range(1, 4):
            if k - L + 1 < self.s0:
                break
            hit = self.lex.items.get(tuple(self.low[k - L + 1 : k + 1]))
            if hit is not None and hit[1] == "weapons":
                q = k - L
                while q >= self.s0 and (NUMBER.match(self.low[q]) or self.low[q] in self.quantifiers):
                    q -= 1  # 'Ratusan drone Rusia', '40 rudal Iran'
                return q < self.s0 or not self.low[q].isalpha() or self.low[q] in self.complementizers or (
                    self.low[q] in self.joiners) or bool(self.phrase_at(q, "clause_breaks"))
        return False

    def _is_verb(self, w: str) -> bool:
        """A cheap guess without a tagger: a verbal prefix on a long enough word."""
        if w in self.not_verbs or (w,) in self.lex.items or w in self.agent_nouns:
            return False  # 'meriam' (cannon), 'menteri' (minister): nouns that look like meN- verbs
        if (w.startswith(self.verb_prefixes) and len(w) >= self.verb_min) or (w,) in self.cue("after_quote_verbs"):
            return True
        # a trigger form with a verbal voice is a verb in any language ('supplied', 'condemned')
        return any(v in ("active", "passive", "participle", "middle") for _, v in self.lex.forms.get((w,), ()))

    def actor(self, m: Mention | None, places: bool = False) -> bool:
        if m is None:
            return False
        if places:
            return any(e.is_actor or e.type == "Place" for e in m.entities)
        return any(e.is_actor for e in m.entities)

    def titled(self, m: Mention) -> Mention:
        """'Sekretaris Jenderal NATO Jens Stoltenberg': the person, not the organisation in the title."""
        nxt = self.mention_at(m.end)
        if nxt is not None and nxt.start == m.end and any(e.type == "Person" for e in nxt.entities):
            if any(r.start < m.start and r.end >= nxt.end for r in self.m.roles):
                return nxt
        if nxt is not None and nxt.start == m.end and any(e.type == "Company" for e in nxt.entities):
            return nxt  # 'perusahaan Korea Selatan Hanwha Aerospace': the company, from Korea
        if any(e.type in ("Country", "InternationalOrganization", "Organization", "Group") for e in m.entities):
            # 'North Korean leader Kim Jong Un', 'his Chinese counterpart Xi Jinping', 'Hezbollah leader Hassan Nasrallah'
            k = m.end
            while k < min(m.end + 4, self.s1) and (self.low[k] in self.title_words or (k == m.end and self.low[k] in self.possessive)):
                here = self.mention_at(k)
                if here is not None and here.start == k and k > m.end:
                    break  # 'Jordan 's King Abdullah II': the name begins with the title
                k += 1
            person = self.mention_at(k)
            if k > m.end and person is not None and person.start == k and any(e.type == "Person" for e in person.entities):
                return person
        return m

    def group(self, m: Mention, places: bool = False) -> tuple[list[Entity], int, int]:
        """The coordination a mention belongs to: "AS, Korea Selatan, dan Jepang", "Baik X maupun Y"."""
        m = self.titled(m)
        members = [m]
        role_start = {r.start: r for r in self.m.roles}  # 'dan Perdana Menteri Australia Anthony Albanese'
        role_end = {}
        for r in self.m.roles:
            start = r.start
            state = self.mention_at(r.start - 1)  # 'Venezuelan President Nicolas Maduro': the state first
            if state is not None and state.end == r.start and any(e.key == r.of.key for e in state.entities):
                start = state.start
            role_end[r.end] = (start, r)
        # rightwards
        first = role_end[m.end][0] if m.end in role_end and role_end[m.end][0] < m.start else m.start
        opened = first - 1 >= self.s0 and self.low[first - 1] in self.between  # 'antara China dengan AS'
        k = m.end
        while k < self.s1:
            j = k
            while j < self.s1 and (self.low[j] in self.joiners or self.low[j] in self.fillers or (
                    opened and len(members) == 1 and self.low[j] in self.pair_joiners)):
                j += 1
            if j == k:
                break
            if j in role_start and self.mention_at(role_start[j].end - 1) is not None:
                j = self.mention_at(role_start[j].end - 1).start
            else:
                j = self._past_bare_title(j)  # 'Xi Jinping dan PM Li Qiang': a title with no state named
            nxt = self.mention_at(j)
            if nxt is None or nxt.start != j or not self.actor(nxt, places):
                break
            nxt = self.titled(nxt)
            members.append(nxt)
            k = nxt.end
        # leftwards
        k = role_end[m.end][0] if m.end in role_end and role_end[m.end][0] < m.start else m.start
        while k > self.s0:
            j = k - 1
            while j >= self.s0 and (self.low[j] in self.joiners or self.low[j] in self.fillers):
                j -= 1
            if j == k - 1:
                break
            prev = self.mention_at(j)
            if prev is None or prev.end != j + 1 or not self.actor(prev, places):
                break
            members.insert(0, prev)
            k = role_end[prev.end][0] if prev.end in role_end and role_end[prev.end][0] < prev.start else prev.start
        if len(members) > 1:
            between = {w for a, b in zip(members, members[1:]) for w in self.low[a.end : b.start]}
            if not (between & ((self.joiners | self.pair_joiners) - {","})):
                members = [m]  # "ICC, Spanyol": a comma alone does not coordinate
        ents: list[Entity] = []
        for mm in members:
            for e in mm.entities:
                if (e.is_actor or (places and e.type == "Place")) and e.type != "Media" and all(x.key != e.key for x in ents):
                    ents.append(e)
        return ents, members[0].start, members[-1].end

    def left_subject(self, i: int, places: bool = False) -> tuple[list[Entity], int]:
        """Actors the clause of token ``i`` has as subject, left of ``i``; and where they start."""
        c0, _ = self.clause(i)
        k = i - 1
        while k >= c0:
            m = self.mention_at(k)
            if m is not None and self.actor(m) and m.entities[0].type != "Media" and self._after_passive(m):
                k = m.start - 1  # 'Hizbullah yang didanai Iran menembakkan': Iran is the agent of the relative clause
                continue
            if m is not None and self.actor(m) and m.entities[0].type != "Media" and (self.head_ok(m) or self._modal_subject(m, i)):
                ents, start, end = self.group(m)
                first = self.mention_at(start)
                if ents and (first is None or self.head_ok(first) or self._modal_subject(m, i)):
                    verb = self._coordinated_verb(start, end, i)
                    if verb is not None:
                        return self.left_subject(verb, places)
                    return ents + self._co_subjects(c0, start), start
            if m is not None:
                k = m.start - 1
                continue
            if self.low[k] in self.person_pronouns or self.low[k] in self.group_pronouns:
                got = self._reporter_pronoun(k)
                if got[0]:
                    return got
            if self.low[k] in self.complementizers:
                break
            if self.phrase_at(k, "reporting_verbs") and any(self.low[q] in self.agent_nouns for q in range(k + 1, i)):
                break  # '... menyebut beberapa negara telah menawarkan': the reported clause has its own subject
            if self.headline and k < i - 1 and self.other_predicate(k):
                break  # headlines chain bare verbs: Trump Puji Prabowo soal RI Mau Kirim Pasukan
            if self.low[k] in self.relative:
                content = self._relative_content(k, c0)
                if content is not None:
                    return content
                # 'negara yang mendukung ...': the subject is what stands right before 'yang'
                q = k - 1
                while q >= c0 and self.low[q] in (",", ")", "("):
                    q -= 1
                mm = self.mention_at(q)
                if mm is not None and self.actor(mm) and not self.head_ok(mm) and mm.start - 1 >= c0 and self.low[mm.start - 1] in self.preps:
                    # 'Houthi rebels in Yemen, who ...': the head is before the prepositional phrase
                    r = mm.start - 2
                    while r >= c0 and (self.low[r] in self.agent_nouns or self.low[r] in self.passthrough):
                        r -= 1
                    head = self.mention_at(r)
                    if head is not None and r < mm.start - 2 and self.actor(head) and self.head_ok(head):
                        mm = head
                if mm is not None and self.actor(mm) and self.head_ok(mm):
                    ents, start, _ = self.group(mm)
                    return ents, start
                return [], -1
            k -= 1
        # 'disampaikan Zelensky usai bertemu Merz', 'after meeting Merz': a subordinate clause without a
        # subject shares the subject of the clause it hangs on
        if c0 > self.s0 and all(self.low[q] in self.skip for q in range(c0, i)):
            p = next((self.phrase_at(q, "clause_breaks") for q in range(max(self.s0, c0 - 3), c0) if self.phrase_at(q, "clause_breaks")), None)
            if p and p[0].isalpha():
                q = c0 - len(p)
                if q > self.s0:
                    got = self.left_subject(q, places)
                    if got[0]:
                        return got
        fronted = c0 == self.s0 and (i == c0 or self.phrase_at(c0, "fronting_words")) and not any(
            self.actor(self.mention_at(q)) for q in range(c0, i))
        if fronted:
            for j in range(i, min(self.s1, i + 14)):
                if self.low[j] == ",":
                    for q in range(j + 1, min(j + 6, self.s1)):
                        mm = self.mention_at(q)
                        if mm is not None and self.actor(mm) and mm.entities[0].type != "Media":
                            if not self.head_ok(mm):
                                break  # 'Sambut Prabowo di Pakistan, Mahasiswa RI ...': the students, not Indonesia
                            ents, start, _ = self.group(mm)
                            return ents, start
                    break
        return [], -1

    def _past_bare_title(self, j: int) -> int:
        """Where a person named after bare title words at ``j`` begins ('PM Li Qiang', 'Menlu Wang Yi'); else ``j``."""
        t = j
        while t < min(self.s1, j + 4) and self.mention_at(t) is None and self.low[t] in self.title_words:
            t += 1
        pm = self.mention_at(t) if t > j else None
        if pm is not None and pm.start == t and any(e.type == "Person" for e in pm.entities):
            return t
        return j

    def _reporter_pronoun(self, k: int) -> tuple[list[Entity], int]:
        """'Pyongyang menepis tuduhan bahwa mereka memasok amunisi', 'Peskov mengatakan pihaknya tidak ...':
        a pronoun subject right after a reporting or denial verb (and 'bahwa') is the one who speaks.
        'dia/ia/beliau' (cue 'person_pronouns') only stands for a person; 'mereka/pihaknya' (cue
        'group_pronouns') for a state, a body or a group, or for the side a person speaks for."""
        q = k - 1
        if q >= self.s0 and self.low[q] in self.complementizers:
            q -= 1
        for v in range(q, max(self.s0, q - 2) - 1, -1):
            if self.mention_at(v) is not None or not self.low[v].isalpha():
                break
            p = self.phrase_at(v, "reporting_verbs") or self.phrase_at(v, "denial_verbs")
            if not p:
                continue
            who, start = self.left_subject(v)
            if self.low[k] in self.person_pronouns:
                who = [e for e in who if e.type == "Person"]
            else:
                who = [self.ext.gaz.get(e.acts_for) or e if e.type == "Person" and e.acts_for else e for e in who]
                who = [e for e in who if e.type != "Person"]
            return (who, start) if who else ([], -1)
        return [], -1

    def _after_passive(self, m: Mention) -> bool:
        """Whether the word before ``m`` is a passive verb ('didanai Iran'): ``m`` is then its agent."""
        k = m.start - 1
        if k < self.s0:
            return False
        w = self.low[k]
        q = k - 1  # only inside a relative clause: 'yang (juga) didanai Iran'
        while q >= self.s0 and self.low[q] in self.skip and self.low[q] not in self.relative:
            q -= 1
        if q < self.s0 or self.low[q] not in self.relative:
            return False
        if any(v == "passive" for _, v in self.lex.forms.get((w,), ())):
            return True
        prefixes = tuple(self.lex.cues.get("passive_prefixes", []))
        return bool(prefixes) and w.startswith(prefixes) and self._is_verb(w) and w not in self.skip

    def _modal_subject(self, m: Mention, i: int) -> bool:
        """'soal RI Mau Kirim Pasukan': a name right before a modal and the verb is its subject, whatever precedes it."""
        between = range(m.end, i)
        if not between:
            return False
        if [self.low[q] for q in between] == [self.low[i - 1]] and self.low[i - 1] in self.purpose_links:
            # 'invited Xi to visit Kyiv': the object of the first verb is the subject of the second
            prev = self.low[m.start - 1] if m.start - 1 >= self.s0 else ""
            return bool(prev) and prev.isalpha() and prev not in self.preps and prev not in self.joiners
        modal = False
        for q in between:
            if self.phrase_at(q, "future"):
                modal = True
            elif self.low[q] not in self.skip:
                return False
        return modal

    def _coordinated_verb(self, start: int, end: int, i: int) -> int | None:
        """'Japan condemned China and sent warships': the object of a verb, then a coordinator, then ``i``.

        The verb at ``i`` is coordinated with the verb before the object and shares its subject; the
        position of that first verb is returned (``None`` when the phrase is not of that shape).
        """
        if start - 1 < self.s0 or not self._is_verb(self.low[start - 1]) or self.low[start - 1] in self.agent_nouns:
            return None
        between = self.low[end:i]
        if not between or not any(w in self.joiners and w != "," for w in between):
            return None
        if all(w in self.joiners or w in self.skip for w in between):
            return start - 1
        return None

    def _relative_content(self, k: int, c0: int) -> tuple[list[Entity], int] | None:
        """'bergabung dalam kasus di hadapan ICJ, yang menuduh Israel': the relative after an appositive.

        When a comma stands before the relative marker and, without a verb in between, a noun of
        content ('kasus', 'gugatan', 'resolusi': cue 'relative_content_nouns') heads the phrase, that
        noun is what the clause describes: the one who brings, joins or signs it ('content_sponsor_verbs')
        or its possessor ('kasus Afrika Selatan') is the actor; with neither there is none. ``None``
        leaves the usual reading (the name right before the marker).
        """
        q = k - 1
        if q < c0 or self.low[q] != ",":
            return None
        while q > max(c0, k - 16):
            q -= 1
            m = self.mention_at(q)
            if m is not None:
                q = m.start
                continue
            w = self.low[q]
            p = self.phrase_at(q, "relative_content_nouns")
            if p:
                after = self.mention_at(q + len(p))
                if after is not None and after.start == q + len(p) and self.actor(after):
                    return self.group(after)[0], after.start  # 'kasus Afrika Selatan, ..., yang menuduh'
                v = q - 1
                while v >= c0 and (self.low[v] in self.preps or self.low[v] in self.skip) and q - v <= 3:
                    v -= 1
                if v >= c0 and self.phrase_at(v, "content_sponsor_verbs"):
                    return self.left_subject(v)
                return [], -1
            if w in self.relative or w in self.complementizers or self._is_verb(w):
                return None
        return None

    def nearest_left(self, i: int) -> list[Entity]:
        """The nearest head actor left of ``i`` anywhere in the sentence (a weak fallback)."""
        k = i - 1
        while k >= self.s0:
            m = self.mention_at(k)
            if m is not None:
                if self.actor(m) and m.entities[0].type != "Media" and self.head_ok(m):
                    return self.group(m)[0]
                k = m.start - 1
                continue
            k -= 1
        return []

    def _co_subjects(self, c0: int, start: int) -> list[Entity]:
        """'Bersama dengan Tiongkok, Rusia ...': the actor after 'bersama (dengan)' joins the subject."""
        out: list[Entity] = []
        for k in range(self.s0, start):
            p = self.phrase_at(k, "co_subject")
            if p and k <= self.s0 + 1:
                mm = self.mention_at(k + len(p))
                if mm is not None and self.actor(mm):
                    out.extend(e for e in mm.entities if e.is_actor)
        return out

    def right_actor(self, j: int, preps: Iterable[str], limit: int = 8, places: bool = False, stop_at_verbs: bool = True) -> tuple[list[Entity], int]:
        """First actor right of ``j`` introduced by one of ``preps`` ('' = directly)."""
        preps = tuple(preps)
        _, c1 = self.clause(j)
        agent_nouns, passthrough = self.agent_nouns, self.passthrough
        k = j
        steps = 0
        direct = "" in preps
        only_direct = preps == ("",)
        while k < c1 and steps < limit:
            w = self.low[k]
            if direct:
                k = self._past_title(k)  # 'meet President-elect Donald Trump': the person after the title
                w = self.low[k]
            if direct and k > j and w in self.between and (self.low[k - 1] in passthrough or self.low[k - 1] in agent_nouns):
                mm = self.mention_at(k + 1)  # 'mengecam kesepakatan militer antara Rusia dan Korea Utara': both parties
                if mm is not None and self.actor(mm, places) and mm.entities[0].type != "Media":
                    ents, _, end = self.group(mm, places)
                    return ents, end
            if direct and k == j and w in self.joiners and w != "," and k + 1 < c1 and self.other_predicate(k + 1):
                k += 2  # 'funds and arms Hezbollah': coordinated verbs share the object
                steps += 1
                continue
            m = self.mention_at(k)
            if m is not None:
                if direct and self.actor(m, places) and m.entities[0].type != "Media":
                    ents, _, end = self.group(m, places)
                    if end < c1 and self.phrase_at(end, "modifier_heads"):
                        break  # 'hosted the BRICS summit': a name before a noun modifies it
                    return ents, end
                k = m.end
                steps += 1
                continue
            if direct and k > j and only_direct and w in self.passive_agent and w and (
                    self.low[k - 1] in passthrough or self._item_ends_at(k - 1)):
                mm = self.mention_at(k + 1)  # 'mengutuk peluncuran rudal oleh Korea Utara': the act's agent
                if mm is not None and self.actor(mm) and mm.entities[0].type != "Media":
                    ents, _, end = self.group(mm)
                    return ents, end
            if direct and k > j and self._located(k):
                return self._located(k)
            if direct and w in self.non_state:
                break  # 'menyerang warga China': people of a state are not the state
            if direct and not (w in self.skip or w in agent_nouns or w in passthrough or w in self.fillers or w in preps
                               or NUMBER.match(w) or w in self.quantifiers or w in self.object_modifiers or self._item_ends_at(k)):
                # 'mendukung target Indonesia': the object is 'target', not Indonesia
                direct = False
                if only_direct:
                    break
            if w in preps and w and k + 1 < c1 and self.low[k + 1] == "-":
                k += 2  # 'ke-14': an ordinal, not the preposition
                steps += 1
                continue
            if w in preps and w:
                if w in self.between and self.phrase_at(k, "enumeration_markers"):
                    break  # 'antara lain' (among others) lists, it does not pair
                q = k + 1
                private = False
                while q < c1 and self.mention_at(q) is None and (
                        self.low[q] in agent_nouns or self.low[q] in passthrough or self.low[q] in self.fillers
                        or NUMBER.match(self.low[q]) or self.low[q] in self.quantifiers or self.low[q] in self.non_state):
                    private = private or self.low[q] in self.non_state
                    q += 1
                if private:
                    return [], -1  # 'sanksi kepada 20 perusahaan China': firms of a state are not the state
                q = self._past_title(q)
                if q > k + 1 and self._located(q):
                    return self._located(q)  # 'terhadap fasilitas nuklir di Natanz'
                if q > k + 1 and q + 1 < c1 and self.low[q - 1] in passthrough and self.low[q] in self.origins:
                    src = self.mention_at(q + 1)  # 'tarif terhadap impor dari Cina', 'tariffs on imports from China'
                    if src is not None and src.start == q + 1 and self.actor(src) and src.entities[0].type != "Media":
                        ents, _, end = self.group(src)
                        return ents, end
                mm = self.mention_at(q)
                if mm is not None and self.actor(mm, places) and mm.entities[0].type != "Media":
                    ents, _, end = self.group(mm, places)
                    if end < c1 and self.phrase_at(end, "modifier_heads"):
                        return [], -1  # 'at the BRICS summit'
                    return ents, end
                if w in self.preps:
                    return self._nya_target(k + 1, c1), -1
            if w in self.complementizers or (w in self.relative and stop_at_verbs) or (
                    stop_at_verbs and self._is_verb(w) and w not in agent_nouns and not (direct and w in passthrough)):
                break
            if w in self.preps and w not in preps:
                # another prepositional phrase ('dari Korea Utara ke Rusia', 'by the United States on Russia'):
                # step over it when reading nouns
                q = k + 1
                while q < c1 and q - k <= 3 and self.mention_at(q) is None and (self.low[q] in self.fillers or self.low[q] in agent_nouns):
                    q += 1
                nxt = self.mention_at(q)
                if not stop_at_verbs and nxt is not None and nxt.start == q:
                    k = nxt.end
                    steps += 1
                    continue
                break
            k += 1
            steps += 1
        return [], -1

    def _item_ends_at(self, k: int) -> bool:
        """Whether an item's name ends at ``k``: 'rudal', 'rudal balistik', 'sistem pertahanan udara'."""
        return any(k - L + 1 >= self.s0 and tuple(self.low[k - L + 1 : k + 1]) in self.lex.items for L in (1, 2, 3, 4))

    def _located(self, k: int) -> tuple[list[Entity], int] | None:
        """'fasilitas nuklir di Natanz', 'bases in Syria': a place noun, then a locative and an actor."""
        if k - 1 < self.s0 or self.low[k] not in self.locatives:
            return None
        modified = k - 2 >= self.s0 and self.low[k - 1] in self.agent_nouns and self.low[k - 2] in self.passthrough
        if self.low[k - 1] not in self.passthrough and not modified:  # 'sasaran militer di ...': a place noun and its modifier
            return None
        q = k + 1
        while q < min(self.s1, k + 3) and self.mention_at(q) is None and self.low[q] in self.passthrough:
            q += 1  # 'di wilayah Kamboja', 'di kota Kharkiv'
        mm = self.mention_at(q)
        if mm is None or mm.start != q or not self.actor(mm) or mm.entities[0].type == "Media":
            return None
        ents, _, end = self.group(mm)
        return (ents, end) if ents else None

    def _past_title(self, k: int) -> int:
        """Where the person named after a title starting at ``k`` begins ('President-elect Donald Trump'); else ``k``."""
        if self.mention_at(k) is not None:
            return k
        for r in self.m.roles:
            if r.start == k and r.end <= self.s1:
                pm = self.mention_at(r.end - 1)
                if pm is not None and pm.start > k and pm.end == r.end and any(e.key == r.person.key for e in pm.entities):
                    return pm.start
        return k

    def _nya_target(self, k: int, c1: int) -> list[Entity]:
        """'terhadap kampanye militernya': the -nya of the phrase points back to the last person named."""
        for q in range(k, min(k + 3, c1)):
            w = self.low[q]
            stem = next((w[: -len(x)] for x in self.suffixes if w.endswith(x)), None)
            if stem and len(stem) > 2 and (stem in self.passthrough or stem in self.agent_nouns or self.low[q - 1] in self.passthrough):
                for t in range(k - 1, self.s0 - 1, -1):
                    mm = self.mention_at(t)
                    if mm is not None and any(e.type == "Person" for e in mm.entities):
                        return [e for e in mm.entities if e.type == "Person"][:1]
                return []
            if self.low[q] in self.preps:
                break
        return []

    def left_possessor(self, i: int) -> list[Entity]:
        """English puts the possessor first: "Iran 's delivery", "China 's support"."""
        for k in range(i - 1, max(self.s0, i - 4) - 1, -1):
            if self.low[k] in self.possessive:
                m = self.mention_at(k - 1)
                return [e for e in m.entities if e.is_actor] if m is not None and self.actor(m) else []
            if self.mention_at(k) is not None or self.low[k] in self.preps:
                break
        return []

    def possessor(self, j: int, limit: int = 3) -> tuple[list[Entity], int]:
        """The actor right after a noun: 'kunjungan Putin', 'dukungan kuat Korea Utara', 'sanksi baru PBB'."""
        if not self.lex.cues.get("possessor_follows_noun", True):
            return [], -1  # English puts the possessor first ('Iran's delivery'): see left_possessor
        k = j
        for _ in range(limit):
            if k >= self.s1:
                break
            m = self.mention_at(k)
            if m is not None:
                if self.actor(m) and m.entities[0].type != "Media":
                    ents, _, end = self.group(m)
                    if m.start < j:  # 'operasi militer Israel': the noun took 'militer', what is left is the state
                        ents = [self.ext.gaz.get(e.acts_for) or e if e.acts_for else e for e in ents]
                    return ents, end
                break
            w = self.low[k]
            if w in self.preps or not w.isalpha() or self._is_verb(w) or w in self.relative or w in self.joiners or w in self.complementizers:
                if w != "-":
                    break
            k += 1
        return [], -1
