"""Argument slots: which actors stand where a rule expects a subject, an object or a possessor.

Indonesian marks arguments by position and preposition: the subject left of the verb, the object
right after it or after the preposition the trigger names, the possessor right after a noun.
Coordination, titles and relative clauses decide which mention heads a phrase.
"""

from __future__ import annotations

from typing import Iterable

from ...model import Entity
from ..members import group_members
from ..mentions import Mention
from .base import NUMBER
from .context import DocumentContext

__all__ = ["ArgumentSlots"]


# actors that are no place: a relative clause right after one after a preposition is about it
_NON_STATE_BODIES = ("Group", "Organization", "InternationalOrganization")

class ArgumentSlots(DocumentContext):
    """Argument slots: which actors stand where a rule expects a subject, an object or a possessor."""

    def head_ok(self, m: Mention) -> bool:
        """Whether a mention can be a clause argument rather than a modifier of a noun before it."""
        k = m.start - 1
        for r in self.m.roles:  # 'Presiden Rusia Vladimir Putin': look before the title
            if r.end == m.end and r.start < m.start:
                k = r.start - 1
                state = self.mention_at(k)  # 'US Secretary of State Antony Blinken': and before the state
                if state is not None and state.end == r.start and any(e.key == r.of.key or e.acts_for == r.of.key for e in state.entities):
                    k = state.start - 1  # 'CIA Director William Burns': or before a body of that state
        prev = self.mention_at(k)
        if prev is not None and prev.end == m.start and any(e.type == "Company" for e in m.entities):
            k = prev.start - 1  # the company's country stands between it and what comes before
        if k < self.s0:
            return True
        w = self.low[k]
        if any(p and q + len(p) - 1 == k for q in range(max(self.s0, k - 2), k + 1) for p in [self.phrase_at(q, "control_phrases")]):
            return True  # 'called on Tehran to stop arming Moscow': the object of 'called on' heads the next clause
        if w in self.preps and self.phrase_at(k, "preposition_or_conjunction") and not self.prepositional(k):
            return True  # 'since Russia invaded Ukraine': a conjunction here, its clause's subject follows
        if self.possessive and w in self.determiners and k - 2 >= self.s0 and self.low[k - 1] in self.lex.cues.get("speaker_preps", ()) \
                and self.low[k - 2] in self.lex.cues.get("speaker_nouns", ()):
            k, w = k - 1, self.low[k - 1]  # 'a spokesman for the Taliban'
        speaker = k - 1 >= self.s0 and w in self.lex.cues.get("speaker_preps", ()) and self.low[k - 1] in self.lex.cues.get("speaker_nouns", ())
        if self.possessive and (w in self.lex.cues.get("partitive_preps", ()) or speaker) and k - 1 >= self.s0 \
                and self.low[k - 1] in self.agent_nouns and self.low[k - 1] not in self.determiners:
            # ('a spokesman for the PMF blamed ...': one who speaks for a body, cues 'speaker_nouns' and 'speaker_preps')
            q = k - 1
            while q > self.s0 and self.mention_at(q - 1) is None and (self.low[q - 1] in self.agent_nouns or self.low[q - 1] in self.noun_adjectives):
                q -= 1  # over 'the foreign' to where the phrase starts
            # 'the foreign ministers of Egypt and Greece met': the state of the people who act, unless the
            # phrase is itself inside another ('at the invitation of the Government of Iraq')
            return not (q - 1 >= self.s0 and self.low[q - 1] in self.preps)
        if self.possessive and k - 1 >= self.s0 and (w,) in self.cue("member_words_after"):
            owner = self.mention_at(k - 1)
            if owner is not None and len(owner.entities) == 1 and group_members(owner.entities[0].key, self.meta.get("date")):
                return True  # 'G7 members France, Germany and Japan condemned': the members named head the clause
        if w in self.preps:
            return False
        if w in self.lex.cues.get("citizenship_words", []):
            return False  # 'Remaja Palestina berpaspor AS': the state names a person's citizenship
        if w == "-" and k - 1 >= self.s0 and (self.low[k - 1],) in self.cue("anti_prefixes"):
            return False  # 'kebijakan Anti-Amerika' is not America
        if not w.isalpha():
            return True  # punctuation, a dateline dash or a quote mark ends the phrase before the name
        if w in self.lex.cues.get("time_adverbs", []):
            return True  # 'dan minggu lalu Cina mengecam Inggris': a time word is no noun the name modifies
        if w in self.determiners and k - 1 >= self.s0 and (self.prepositional(k - 1) or (self.possessive and self.low[k - 1] in self.preps)):
            return False  # 'before the International Court of Justice', 'at the BRICS summit': the object of a preposition
        if w in self.agent_nouns and not self.possessive and self._agent_noun_after_prep(k):
            return False  # 'menyampaikan terima kasih kepada Pemerintah Indonesia': the body is the object of 'kepada'
        if w in self.agent_nouns or w in self.skip or w in self.joiners or w in self.complementizers or w in self.passthrough:
            return True
        if not self.possessive and w in self.object_modifiers and k - 1 >= self.s0 and self.low[k - 1] in self.agent_nouns:
            return True  # 'diplomat top Teheran', 'pejabat senior Iran': the people of the state, over their adjective
        if self.possessive and w in self.relative:
            return True  # 'the drones, which Iran supplied to Russia': the subject of an object relative clause
        if self.possessive and w in self.quantifiers and w not in self.preps and (k == self.s0 or not self.low[k - 1].isalpha()
                                                                                  or self.low[k - 1] in self.skip):
            return True  # 'Several Ukrainian cities were hit': an amount opens the phrase
        if self.phrase_at(k, "pair_openers") or self.phrase_at(k, "coordinators") or self.phrase_at(k, "clause_breaks"):
            return True
        if self.phrase_at(k, "fronting_words"):
            return True
        if self.possessive and any(p and q + len(p) - 1 == k for q in range(max(self.s0, k - 3), k + 1)
                                   for p in [self.phrase_at(q, "time_adjuncts")]):
            return True  # 'On Tuesday Mitsotakis met ...': a time adjunct without a comma ends before the name
        if any(self.phrase_at(q, "enumeration_markers") and q + len(self.phrase_at(q, "enumeration_markers")) == k + 1
               for q in range(max(self.s0, k - 2), k + 1)):
            return True  # 'Beberapa negara Eropa, termasuk Prancis dan Inggris, berencana ...': the members named
        if w in self.content_nouns:
            return True  # 'bukti China memasok senjata': a clause of content follows the noun, without 'bahwa'
        if self._is_verb(w) or self.phrase_at(k, "after_quote_verbs") or self.phrase_at(k, "source_markers"):
            return True
        if self.possessive and not getattr(self, "_sharing", False) and any(p and q + len(p) - 1 == k for q in range(max(self.s0, k - 2), k + 1)
                                   for p in [self.phrase_at(q, "reporting_verbs")]):
            return True  # 'saying Beijing was supplying', 'did not believe China was providing': the reported clause's subject
        return self._weapon_ends_at(k)

    def _agent_noun_after_prep(self, k: int) -> bool:
        """Indonesian: whether the nouns of a body ending at ``k`` ('Pemerintah', 'Kementerian Luar Negeri')
        follow a preposition ('kepada', 'dengan'): the name after them is then inside a prepositional
        phrase, the object of what comes before, not a subject. A preposition that may open a clause
        (cue 'clause_opening_preps': 'sejak pemerintah Rusia menginvasi Ukraina') does not count."""
        q = k
        while q > self.s0 and self.low[q] in self.agent_nouns and self.mention_at(q) is None:
            q -= 1
        if q == k or self.low[q] not in self.preps or self.mention_at(q) is not None:
            return False
        return self.low[q] not in self.lex.cues.get("clause_opening_preps", [])

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
                if q >= self.s0 and self.phrase_at(q, "attack_head_nouns") and (
                        q == self.s0 or not self.low[q - 1].isalpha() or self.low[q - 1] in self.complementizers):
                    return True  # 'Serangan drone Ukraina menghantam ...': an attack by weapons opens the phrase
                return q < self.s0 or not self.low[q].isalpha() or self.low[q] in self.complementizers or (
                    self.low[q] in self.joiners) or bool(self.phrase_at(q, "clause_breaks"))
        return False

    def _verb_object_possessor(self, m: Mention, i: int) -> bool:
        """Whether mention ``m``, followed by a possessive marker, owns the object of a verb right before it
        ('praised Russia 's leadership', 'condemned the country 's ...'); a reporting verb's possessor heads the
        reported clause ('said Russia 's forces attacked') and stays a subject."""
        k = m.start - 1
        if self.low[k] in self.determiners and k - 1 >= self.s0:
            k -= 1
        w = self.low[k]
        if not w.isalpha() or w in self.finite_verbs or not self._is_verb(w):
            return False
        if any(p and q + len(p) - 1 == k for q in range(max(self.s0, k - 2), k + 1)
               for p in [self.phrase_at(q, "reporting_verbs") or self.phrase_at(q, "control_phrases")]):
            return False
        # 'backed Sweden 's bid to join NATO': the owner of a bid or plan is the subject of its infinitive
        return not any(self._finite_verb(self.low[q]) or self.low[q] in self.purpose_links for q in range(m.end + 1, i))

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
        extra: list[Entity] = []  # members named by a list after a noun of states that ends the coordination
        extra_end = -1
        role_start = {r.start: r for r in self.m.roles}  # 'dan Perdana Menteri Australia Anthony Albanese'
        role_end = {}
        for r in self.m.roles:
            start = r.start
            state = self.mention_at(r.start - 1)  # 'Venezuelan President Nicolas Maduro': the state first
            if state is not None and state.end == r.start and any(e.key == r.of.key or e.acts_for == r.of.key for e in state.entities):
                start = state.start
            role_end[r.end] = (start, r)
        # rightwards
        first = role_end[m.end][0] if m.end in role_end and role_end[m.end][0] < m.start else m.start
        opened = first - 1 >= self.s0 and self.low[first - 1] in self.between  # 'antara China dengan AS'
        k = m.end
        while k < self.s1:
            k = self._past_own_acronym(members[-1], k)  # 'Amerika Serikat (AS) dan Israel'
            k = self._past_short_name(k)  # 'the Kurdistan Workers' Party (PKK) and Hamas'
            j = k
            while j < self.s1 and (self.low[j] in self.joiners or self.low[j] in self.fillers or (
                    opened and len(members) == 1 and self.low[j] in self.pair_joiners) or (j == k and self._hyphen_pair(j))):
                j += 1
            if j == k:
                break
            desc = self.phrase_at(j, "coordinated_descriptors") if j > k and self.low[j - 1] != "," else None
            if desc and j + len(desc) < self.s1 and self.low[j + len(desc)] == ",":
                j += len(desc) + 1  # 'Tel Aviv, dan sekutu dekatnya, Amerika Serikat': the ally named after its description
            if j in role_start and self.mention_at(role_start[j].end - 1) is not None:
                j = self.mention_at(role_start[j].end - 1).start
            else:
                j = self._past_bare_title(j)  # 'Xi Jinping dan PM Li Qiang': a title with no state named
                j = self._past_descriptor(j)  # 'the EU and the South American group Mercosur'
            nxt = self.mention_at(j)
            if nxt is None and any(self.low[q] in self.joiners and self.low[q] != "," for q in range(k, j)):
                # 'AS, PBB dan negara-negara Arab, termasuk Yordania': the last member is a set its list names
                listed = self._listed_members(j, self.s1, places)
                if listed is not None:
                    extra, extra_end = listed
                break
            if nxt is None or nxt.start != j or not self.actor(nxt, places):
                break
            nxt = self.titled(nxt)
            members.append(nxt)
            k = nxt.end
        # leftwards
        k = role_end[m.end][0] if m.end in role_end and role_end[m.end][0] < m.start else m.start
        while k > self.s0:
            j = k - 1
            while j >= self.s0 and (self.low[j] in self.joiners or self.low[j] in self.fillers or (j == k - 1 and self._hyphen_pair(j))):
                j -= 1
            if j == k - 1:
                break
            if self.possessive and j > self.s0 and self.low[j] == ")":  # 'Russia (RF) and China'
                opening = next((q for q in range(j - 1, max(self.s0, j - 5) - 1, -1) if self.low[q] == "("), None)
                if opening is not None and all(self.words[q][:1].isupper() or self.mention_at(q) is not None for q in range(opening + 1, j)):
                    j = opening - 1
            if self.mention_at(j) is None and self.low[k - 1] == ",":
                j = self._before_partner_description(j)  # 'Israel dan sekutu dekatnya, Amerika Serikat': over the ally's description
            if j - 3 >= self.s0 and self.low[j] == ")":
                a = self.mention_at(j - 1)  # 'Korea Selatan (Korsel) dan Jepang': the name before its own acronym
                if a is not None and a.end == j and a.start - 2 >= self.s0 and self.low[a.start - 1] == "(":
                    full = self.mention_at(a.start - 2)
                    if full is not None and self._past_own_acronym(full, full.end) == j + 1:
                        j = a.start - 2
            prev = self.mention_at(j)
            if prev is None or prev.end != j + 1 or not self.actor(prev, places):
                break
            members.insert(0, prev)
            k = role_end[prev.end][0] if prev.end in role_end and role_end[prev.end][0] < prev.start else prev.start
        if len(members) > 1:
            between = {w for a, b in zip(members, members[1:]) for w in self.low[a.end : b.start]}
            headline_list = self.possessive and self.headline and members[0].start == self.s0 and len(members) <= 3
            versus = set(self.lex.cues.get("versus_words", []))
            # 'Japan, Canada and others condemned': a list left open ('and others') is coordinated by its commas
            open_list = self.phrase_at(members[-1].end, "open_list_ends") is not None
            if not (between & ((self.joiners | self.pair_joiners | self.hyphens | versus) - {","})) and not headline_list and not extra \
                    and not open_list:
                # "ICC, Spanyol": a comma alone does not coordinate; an English headline's 'U.S., EU tighten' does
                members = [m]
        ents: list[Entity] = []
        for mm in members:
            for e in mm.entities:
                if (e.is_actor or (places and e.type == "Place")) and e.type != "Media" and all(x.key != e.key for x in ents):
                    ents.append(e)
        ents += [e for e in extra if all(x.key != e.key for x in ents)]
        return ents, members[0].start, max(members[-1].end, extra_end)

    def _past_short_name(self, k: int) -> int:
        """Past a short name in brackets that follows a name ('(PKK)', or the ')' closing it when the short
        name itself was the mention), so that the coordination goes on after it; else ``k``."""
        if not self.possessive or k >= self.s1:
            return k
        if self.low[k] == ")" and k - 2 >= self.s0 and "(" in self.low[max(self.s0, k - 4) : k]:
            return k + 1
        if self.low[k] == "(":
            close = next((q for q in range(k + 1, min(self.s1, k + 5)) if self.low[q] == ")"), None)
            if close is not None and all(self.words[q][:1].isupper() or self.mention_at(q) is not None for q in range(k + 1, close)):
                return close + 1
        return k

    def _act_before_relative(self, q: int, c0: int, mm: Mention | None) -> tuple[list[Entity], int] | None:
        """'Israel melancarkan serangan balasan di Yaman, yang menargetkan ...': a relative clause on a noun of
        attack (cue 'attack_head_nouns', ending at ``q`` or before a place phrase there) has the attack's
        agent as its subject: the clause's subject that launched it. None when no such noun stands there."""
        if mm is None and q - 1 >= c0 and self.low[q] in self.lex.cues.get("region_words", []):
            q -= 1  # 'di Irak utara, yang': the part of the place
            mm = self.mention_at(q)
        if mm is not None and mm.end == q + 1 and mm.start - 1 >= c0 and self.low[mm.start - 1] in self.locatives:
            q = mm.start - 2  # over the place phrase: 'serangan di Yaman, yang'
        k = q
        while k >= c0 and q - k < 3 and self.mention_at(k) is None and not self.phrase_at(k, "attack_head_nouns"):
            k -= 1  # over the noun's modifiers: 'serangan udara balasan'
        if k < c0 or self.mention_at(k) is not None or not self.phrase_at(k, "attack_head_nouns"):
            return None
        v = k - 1
        while v >= c0 and (self.low[v] in self.quantifiers or NUMBER.match(self.low[v])):
            v -= 1
        if v < c0 or self.low[v] not in self.lex.cues.get("agentive_light_verbs", []):
            return None  # 'Jerman mengecam serangan yang menghantam Kyiv': the attack is not the subject's own
        ents, start = self.left_subject(v)
        return (ents, start) if ents else None

    def _agent_of_act_noun(self, q: int, c0: int) -> tuple[list[Entity], int] | None:
        """English: 'the US airstrike that killed ...', "Russia's missile attack, which hit ...": a relative
        clause on a noun of attack (cue 'attack_head_nouns', ending at ``q``) has as subject the actor that
        modifies the noun (over up to two modifiers and a possessive marker). None when no actor stands there."""
        start = next((k for k in range(q, max(c0, q - 2) - 1, -1)
                      for p in [self.phrase_at(k, "attack_head_nouns")] if p and k + len(p) - 1 == q), None)
        if start is None:
            return None
        k = start - 1
        while k >= c0 and start - k <= 2 and self.mention_at(k) is None and self.low[k].isalpha() and (
                self.low[k] not in self.determiners and not self._is_verb(self.low[k])):
            k -= 1  # over the noun's modifiers: 'missile', 'drone', 'deadly'
        if k >= c0 and self.low[k] in self.lex.cues.get("possessive_markers", []):
            k -= 1
        m = self.mention_at(k) if k >= c0 else None
        if m is None or m.end != k + 1 or not self.actor(m):
            return None
        ents, begin, _ = self.group(m)
        return ents, begin

    def _past_own_acronym(self, m: Mention, k: int) -> int:
        """Where the coordination goes on after ``m`` ending at ``k``: past a parenthesis that names the same
        actor again ('Amerika Serikat (AS)', 'Yayasan Kemanusiaan Gaza (GHF)'); else ``k`` itself."""
        if k + 2 >= self.s1 or self.low[k] != "(":
            return k
        a = self.mention_at(k + 1)
        if a is None or a.start != k + 1 or a.end >= self.s1 or self.low[a.end] != ")":
            return k
        if not {e.key for e in a.entities} & {e.key for e in m.entities}:
            return k
        return a.end + 1

    def _before_partner_description(self, j: int) -> int:
        """Where the name before 'dan sekutu dekatnya,' ends, when a description of a partner (cue
        'coordinated_descriptors') ends at ``j`` after a joiner; else ``j``."""
        for L in (3, 2, 1):
            q = j - L + 1
            p = self.phrase_at(q, "coordinated_descriptors") if q > self.s0 else None
            if p and len(p) == L and self.low[q - 1] in self.joiners and self.low[q - 1] != ",":
                q -= 2
                while q >= self.s0 and self.low[q] == ",":
                    q -= 1
                return q
        return j

    def _hyphen_pair(self, k: int) -> bool:
        """'perundingan AS-Iran', 'AL Inggris-Australia', 'the US-China talks': a hyphen written tight between
        two actors' names (cue 'pair_hyphens') coordinates them like 'dan', as 'vs' does (cue 'versus_words').
        A hyphen with spaces is a dash ('SEOUL - ...'), and a hyphen before a word that names no actor makes a
        compound ('Iran-backed')."""
        if k - 1 < self.s0 or k + 1 >= self.s1:
            return False
        if self.low[k] in self.lex.cues.get("versus_words", []):
            pass  # 'saling serang Israel vs Iran': 'vs' joins two sides, spaced as a word
        elif self.low[k] not in self.hyphens or self.doc[k - 1].whitespace_ or self.doc[k].whitespace_:
            return False
        left, right = self.mention_at(k - 1), self.mention_at(k + 1)
        if left is None or right is None or left.end != k or right.start != k + 1:
            return False
        # 'Islamic Revolutionary Guard Corps-Quds Force': a body joined to a unit of the same state is one name
        kinds = ("Country", "InternationalOrganization", "Group", "Person")
        a = [e for e in left.entities if e.is_actor and e.type in kinds]
        b = [e for e in right.entities if e.is_actor and e.type in kinds]
        return bool(a and b) and not ({e.acts_for or e.key for e in a} & {e.acts_for or e.key for e in b})

    def left_subject(self, i: int, places: bool = False, share: bool = True) -> tuple[list[Entity], int]:
        """Actors the clause of token ``i`` has as subject, left of ``i``; and where they start.

        ``share=False``: a subordinate clause does not borrow the subject of the clause it hangs on
        ('after the talks with the US collapsed': the noun is that clause's own subject)."""
        c0, _ = self.clause(i)
        if self._gerund_of_firms(i) or self._unnamed_controlled_subject(i, c0) or self._blocked_document(i, c0):
            return [], -1
        if share and self.possessive:
            main = self._participle_adjunct_subject(i, c0)
            if main is not None:
                return main
        if share and self.possessive:
            first = self._first_verb_before_then(i)
            if first is not None:
                got = self.left_subject(first, places)
                if got[0]:
                    return got  # 'Hungary licensed Czech technology ..., then agreed with Airbus': Hungary agreed
        if self.possessive and i - 2 >= self.s0 and self.low[i - 1] == "-":
            m = self.mention_at(i - 2)  # 'against Iran-backed Houthi rebels': the name before the hyphen acts
            if m is not None and self.actor(m):
                return [e for e in m.entities if e.is_actor], m.start
        k = i - 1
        while k >= c0:
            if self.low[k] == "," and all(self.low[q] in self.skip for q in range(k + 1, i)):
                listed = self._respectively_list(k)
                if listed is not None:
                    k = listed - 1  # 'Shoukry and his Greek and French counterparts, Dendias and Le Drian, respectively,'
                    continue
            if self.possessive and self.low[k] == "," and all(self.low[q] in self.skip or self._finite_verb(self.low[q]) for q in range(k + 1, i)):
                opened = self._aside_start(k)
                if opened is not None:
                    k = opened - 1  # 'Russia, which invaded Ukraine in 2022, has deepened ties': past the relative clause
                    continue
            m = self.mention_at(k)
            if m is not None and self.actor(m) and m.entities[0].type != "Media" and self.possessive and self._subject_of_other_verb(m, i):
                return [], -1  # 'The missiles that North Korea sent to Russia were fired': North Korea sent, it did not fire
            if m is not None and self.possessive and m.end < i and self.low[m.end] in self.possessive and m.start - 1 >= c0 and any(
                    self.low[q] in self.joiners and self.low[q] != "," for q in range(m.end, i)) and (
                    self.other_predicate(m.start - 1) or (self.low[m.start - 1] in self.determiners and m.start - 2 >= c0
                                                          and self.other_predicate(m.start - 2))):
                k = m.start - 1  # "condemned China 's actions and reaffirmed ...": the possessor is inside the object
                continue
            if m is not None and self.possessive and m.end + 1 < i and self.low[m.end] in self.possessive and m.start - 1 >= c0 \
                    and self._verb_object_possessor(m, i):
                k = m.start - 1  # "praised Russia 's leadership during a meeting with Shoigu": the possessor is in the object
                continue
            if m is not None and self.actor(m) and m.entities[0].type != "Media" and self._after_passive(m):
                rel = next((q for q in range(m.start - 2, max(c0, m.start - 4) - 1, -1) if self.low[q] in self.relative), None)
                if rel is not None and rel - 1 >= c0 and (self._weapon_ends_at(rel - 1) or self.low[m.start - 1] in self.lex.cues.get("instrument_passives", [])):
                    # 'Rudal yang ditembakkan Iran menghantam ...': the one who fired the weapon strikes with it;
                    # 'Daftar Rudal Ganas yang Dipakai Iran Serang AS': what one uses, one strikes with (cue 'instrument_passives')
                    return [e for e in m.entities if e.is_actor], m.start
                k = m.start - 1  # 'Hizbullah yang didanai Iran menembakkan': Iran is the agent of the relative clause
                continue
            if m is not None and self.possessive and m.start - 2 >= c0 and self.low[m.start - 1] in self.determiners and (
                    self.low[m.start - 2] == ",") and (self.modifies_noun(m.end) or self.phrase_at(m.end, "membership_nouns")
                                                       or self._compound_modifier(m.end)):  # 'Hamas, an Iran-backed group, fired
                k = m.start - 1  # 'Poland, a NATO member bordering Ukraine, accused': the name before the apposition
                continue
            if m is not None and self.possessive and self._ally_before(m) and self.actor(m) and m.entities[0].type != "Media" \
                    and not self.head_ok(m):
                ents, start, end = self.group(m)
                ally = self._joined_in(start, end, i) if ents else None
                if ally is not None and self.low[ally] not in self.lex.cues.get("co_agent_verbs", []):
                    # 'The US had been allied with Kurdish groups in fighting ISIS': the ally after 'with' does it too
                    more = self.left_subject(ally, places)[0]
                    if more:
                        return more + [e for e in ents if all(e.key != x.key for x in more)], start
            if m is not None and self.actor(m) and m.entities[0].type != "Media" and (self.head_ok(m) or self._modal_subject(m, i)):
                if self.possessive and m.end < i and (self.modifies_noun(m.end, "non_state_nouns") or self._armed_group_of(m)):
                    return [], -1  # 'Chinese companies supplied drones': firms of a state are not the state
                if m.end + 1 < i and self._compound_modifier(m.end):
                    return [], -1  # 'Moscow-backed separatists shelled ...': the separatists act, not Moscow
                if m.end < i and self._pronoun_modifier(m):
                    return [], -1  # '"Our allies must impose sanctions"': the allies, not the speaker's state
                ents, start, end = self.group(m)
                first = self.mention_at(start)
                if ents and start < m.start and first is not None and not (self.head_ok(first) or self._modal_subject(m, i)) \
                        and self.head_ok(m) and self.low[m.start - 1] in self.joiners and self.low[m.start - 1] != "," \
                        and first.start - 1 >= self.s0 and self.low[first.start - 1] in self.preps:
                    # 'menyambut Kim di Pyongyang, dan kedua pemimpin menandatangani': the place in a phrase
                    # before is no co-subject; the name after 'dan' heads its own clause
                    ents = [e for e in self.titled(m).entities if e.is_actor and e.type != "Media"]
                    start, first = m.start, m
                if ents and (first is None or self.head_ok(first) or self._modal_subject(m, i)):
                    co = self._joined_in(start, end, i)
                    if co is not None:
                        # 'Australia joined the United States in sanctioning Russia': both do it
                        more = self.left_subject(co, places)[0]
                        return ents + [e for e in more if all(e.key != x.key for x in ents)], start
                    verb = self._coordinated_verb(start, end, i)
                    if verb is None:
                        verb = self._purpose_of_verb(start, end, i)
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
            got = self._owned_force_subject(k) if self.low[k] not in self.group_pronouns else self._carried_group_pronoun(k)
            if got[0]:
                return got
            if self.low[k] in self.complementizers and not (self.possessive and self.prepositional(k)):
                if self.possessive and self.low[k] in self.relative and k - 1 >= c0 and self.mention_at(k - 1) is None:
                    act = self._agent_of_act_noun(k - 1, c0)  # 'the US airstrike that killed ...': 'that' relative
                    if act is not None:
                        return act
                break  # 'condemned the launch as a provocation and summoned': 'as' heads a noun phrase here
            if self.phrase_at(k, "reporting_verbs") and any(self.low[q] in self.agent_nouns for q in range(k + 1, i)):
                b = i - 1
                while b > k and self.low[b] in self.skip:
                    b -= 1
                if self.possessive and self.low[b] in self.joiners and self.low[b] != "," and not any(
                        self.actor(self.mention_at(q)) for q in range(k + 1, i)):
                    return self.left_subject(k, places)  # 'Seoul said the pact posed a threat and summoned the ambassador'
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
                    # Indonesian puts the group's noun first ('Pemberontak Huthi di Yaman yang ...'): the name may
                    # stand right before the preposition
                    if head is not None and (r < mm.start - 2 or not self.possessive) and self.actor(head) and self.head_ok(head):
                        mm = head
                    elif self.possessive and q == mm.end - 1 and all(e.type in _NON_STATE_BODIES for e in mm.entities):
                        # 'made up of YPG militia which support the PKK': no head before the preposition, and a
                        # group or body right before the relative is no place, so the clause is about it
                        ents, start, _ = self.group(mm)
                        return ents, start
                elif mm is not None and self.actor(mm) and not self.head_ok(mm) and not self.possessive:
                    head = self.mention_at(mm.start - 1)  # 'Kelompok Houthi Yaman yang ...': the state names the group's origin
                    if head is not None and head.end == mm.start and self.actor(head) and self.head_ok(head) and all(
                            e.type == "Country" for e in mm.entities) and not all(e.type == "Country" for e in head.entities):
                        mm = head
                if mm is not None and self.actor(mm) and self.head_ok(mm):
                    if self._firm_before(mm.start):
                        return [], -1  # 'dua perusahaan China yang memasok drone': the firms act, not China
                    ents, start, _ = self.group(mm)
                    return ents, start
                if not self.possessive:
                    act = self._act_before_relative(q, c0, mm)
                    if act is not None:
                        return act
                elif mm is None:
                    act = self._agent_of_act_noun(q, c0)
                    if act is not None:
                        return act
                return [], -1
            k -= 1
        # 'disampaikan Zelensky usai bertemu Merz', 'after meeting Merz': a subordinate clause without a
        # subject shares the subject of the clause it hangs on
        if share and c0 > self.s0 and all(self.low[q] in self.skip for q in range(c0, i)):
            p = next((self.phrase_at(q, "clause_breaks") for q in range(max(self.s0, c0 - 3), c0) if self.phrase_at(q, "clause_breaks")), None)
            if p and p[0].isalpha():
                q = c0 - len(p)
                if q > self.s0:
                    # 'said it did not believe China was ..., but warned Beijing': the shared subject is the
                    # main clause's, not that of a clause it reports
                    self._sharing = True
                    try:
                        got = self.left_subject(q, places)
                    finally:
                        self._sharing = False
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

    def _first_verb_before_then(self, i: int) -> int | None:
        """English: when the verb at ``i`` goes on from an earlier one (cue 'verb_continuations': ', then',
        ', and later'), the nearest full verb before it (not an auxiliary or a verb of saying), whose
        subject the verb shares; else ``None``. Names inside the earlier verb's object ('Czech
        technology') are not the subject."""
        k = i - 1
        while k > self.s0 and self.low[k] in self.skip and self.low[k] != "then":
            k -= 1
        cont = next((p for q in range(max(self.s0, k - 2), k + 1) for p in [self.phrase_at(q, "verb_continuations")]
                     if p and q + len(p) - 1 == k), None)
        if cont is None:
            return None
        q = k - len(cont)
        while q >= self.s0:
            m = self.mention_at(q)
            if m is not None:
                q = m.start - 1
                continue
            w = self.low[q]
            if self._finite_verb(w) and w not in self.skip and w not in self.finite_verbs and self.words[q][:1].islower() \
                    and not self.phrase_at(q, "reporting_verbs"):
                return q
            q -= 1
        return None

    def _participle_adjunct_subject(self, i: int, c0: int) -> tuple[list[Entity], int] | None:
        """'The US blamed Iran for the attack, committing to send troops to Saudi Arabia': a participle
        after a comma (cue 'participle_openers') opens an adjunct whose subject is the main clause's,
        not the object named last before the comma. None when ``i`` is in no such adjunct."""
        k = next((q for q in range(i, max(c0, i - 6) - 1, -1) if self.low[q] == ","), None)
        if k is None or k <= c0 or not self.phrase_at(k + 1, "participle_openers"):
            return None
        if any(self.mention_at(q) is not None for q in range(k + 1, i)):
            return None  # 'saying China was supplying': the adjunct names its own subject
        for q in range(c0 + 1, k):
            if self.mention_at(q) is None and self._finite_verb(self.low[q]) and any(self.actor(self.mention_at(r)) for r in range(c0, q)):
                got = self.left_subject(q, share=False)
                return got if got[0] else None
        return None

    def _gerund_of_firms(self, i: int) -> bool:
        """'sanctioned two Chinese companies for supplying drones', 'entities accused of shipping drones': a
        gerund after a preposition (and a reduced relative's participle, cue 'reduced_relative_participles')
        has the noun before it as subject; when that noun is a firm (cue 'non_state_nouns'), the clause's
        subject further left is not the one who supplies."""
        if not self.possessive or not self.low[i].endswith("ing"):
            return False
        k = i - 1
        while k > self.s0 and self.low[k] in self.skip:
            k -= 1
        if k <= self.s0 or self.low[k] not in self.preps or self.mention_at(k - 1) is not None:
            return False
        n = k - 1
        if n > self.s0 and self.low[n] in self.reduced_relative:
            n -= 1  # 'sanctioned Iranian entities accused of shipping drones': the entities ship, not the sanctioner
        return self.low[n] in self.non_state

    def _past_descriptor(self, j: int) -> int:
        """Where the name a descriptive phrase at ``j`` introduces begins ('the South American group Mercosur',
        'the Lebanese group Hezbollah': up to three capitalised words or adjectives of state, then a noun of
        cue 'descriptor_nouns'); else ``j``."""
        if not self.possessive:
            return j
        t, seen = j, 0
        while t < min(self.s1, j + 4) and seen < 3:
            m = self.mention_at(t)
            if m is not None and m.start == t and (any(e.type == "Country" for e in m.entities) or not self.actor(m)):
                t, seen = m.end, seen + 1  # 'the Lebanese group', 'the South American group'
                continue
            if m is None and self.words[t][:1].isupper() and self.low[t].isalpha():
                t, seen = t + 1, seen + 1
                continue
            break
        d = self.phrase_at(t, "descriptor_nouns")
        if not d:
            return j
        nxt = self.mention_at(t + len(d))
        if nxt is not None and nxt.start == t + len(d) and self.actor(nxt) and not any(e.type == "Country" for e in nxt.entities):
            return nxt.start
        return j

    def _past_bare_title(self, j: int) -> int:
        """Where a person named after bare title words at ``j`` begins ('PM Li Qiang', 'Menlu Wang Yi'); else ``j``."""
        t = j
        while t < min(self.s1, j + 5) and self.mention_at(t) is None and (self.low[t] in self.title_words or (t == j and self.low[t] in self.former)):
            t += 1  # 'dan mantan perdana menteri Kamboja Hun Sen': a past post is still a title
        pm = self.mention_at(t) if t > j else None
        if pm is not None and pm.start == t and any(e.type == "Person" for e in pm.entities):
            return t
        if pm is not None and pm.start == t and all(e.type == "Country" for e in pm.entities if e.is_actor):
            return t  # 'dengan Menlu Thailand dan Menlu Kamboja': an unnamed official stands for the state of the post
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

    def _owned_force_subject(self, k: int) -> tuple[list[Entity], int]:
        """Indonesian: 'Israel menggempur Gaza. Pasukannya juga menyerang Lebanon': a state's forces or
        government with '-nya' (cue 'owned_force_nouns') opening the sentence are those of the actor the
        sentence before has as subject (``carried_subject``); a person stands for the state they act for.
        Nothing when that sentence has several subjects or none."""
        w = self.low[k]
        if self.possessive or not w.endswith(self.suffixes or ("\0",)) or not self.opens_sentence(k):
            return [], -1
        stem = next((w[: -len(x)] for x in self.suffixes if w.endswith(x)), "")
        if stem not in self.lex.cues.get("owned_force_nouns", []):
            return [], -1
        owners = [self.ext.gaz.get(e.acts_for) or e if e.type == "Person" and e.acts_for else e for e in self.carried_subject()]
        owners = [e for e in owners if e.type in ("Country", "InternationalOrganization", "Group")]
        return (owners, k) if owners else ([], -1)

    def _carried_group_pronoun(self, k: int) -> tuple[list[Entity], int]:
        """Indonesian: 'Dua pejabat Amerika Serikat mengklaim ... Mereka menuding Iran ...': a group pronoun
        (cue 'group_pronouns') that opens its sentence stands for the actor the sentence before opens
        with (over amounts, determiners and the nouns of a body: 'Dua pejabat'), when that actor is a
        state, a body or a group ('pihaknya' of a person: their state). Nothing otherwise."""
        if self.possessive or not self.opens_sentence(k) or self.s0 == 0:
            return [], -1
        prev = self.doc[self.s0 - 1].sent
        q = prev.start
        while q < prev.end and self.mention_at(q) is None and (
                self.low[q] in self.agent_nouns or self.low[q] in self.quantifiers or NUMBER.match(self.low[q])
                or self.low[q] in self.determiners or self.low[q] in self.skip):
            q += 1
        m = self.mention_at(q) if q < prev.end else None
        if m is None or m.start != q or not self.actor(m):
            return [], -1
        nxt = self.mention_at(m.end) if m.end < prev.end else None
        if nxt is not None and nxt.start == m.end and any(e.type == "Person" for e in nxt.entities):
            m = nxt  # 'Presiden Prancis Emmanuel Macron': the state names the person's title; the person opens it
        ents = [self.ext.gaz.get(e.acts_for) or e if e.type == "Person" and e.acts_for and self.low[k] != "mereka" else e
                for e in m.entities if e.is_actor]
        ents = [e for e in ents if e.type in ("Country", "InternationalOrganization", "Organization", "Group")]
        return (ents, k) if len({e.acts_for or e.key for e in ents}) == 1 else ([], -1)

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
        q = m.end
        while q < i:
            p = self.phrase_at(q, "future")
            if p and q + len(p) <= i:
                modal = True
                q += len(p)  # 'with Russia set to supply': the phrase is one modal
                continue
            if self.low[q] not in self.skip:
                return False
            q += 1
        return modal

    def _purpose_of_verb(self, start: int, end: int, i: int) -> int | None:
        """'Seoul summoned the Russian ambassador to protest the pact': an infinitive of purpose after a
        verb's object has the verb's subject; only verbs that hand their object the act ('invited Xi to
        visit', cue 'object_control_verbs') make the object its subject. The verb's position, or ``None``."""
        if not self.possessive:
            return self._purpose_of_verb_id(start, end, i)
        if self.low[i - 1] not in self.purpose_links:
            return None
        if any(self.low[q] not in self.agent_nouns and self.low[q] not in self.title_words and self.low[q] not in self.skip
               and self.mention_at(q) is None for q in range(end, i - 1)):
            return None
        v = start - 1
        while v > self.s0 and self.low[v] in self.determiners:
            v -= 1
        w = self.low[v]
        if v < self.s0 or self.mention_at(v) is not None or w in self.lex.cues.get("object_control_verbs", []):
            return None
        if self._is_verb(w) or (self._finite_verb(w) and w not in self.finite_verbs):
            return v
        return None

    def _purpose_of_verb_id(self, start: int, end: int, i: int) -> int | None:
        """'Seoul memanggil Duta Besar Rusia Georgy Zinoviev untuk memprotes ...': the purpose after a verb's object
        has the verb's subject; a verb that hands its object the act (cue 'object_control_verbs': 'mengundang',
        'meminta', 'mendesak') makes the object its subject. The verb's position, or ``None``."""
        if i - 1 < end or self.low[i - 1] not in self.purpose_links or any(self.low[q] not in self.skip for q in range(end, i - 1)):
            return None
        v = start - 1
        for r in self.m.roles:  # over the title and the state it names: 'Duta Besar Rusia Georgy Zinoviev'
            if r.end == end and r.start < start:
                v = r.start - 1
        while v > self.s0 and (self.low[v] in self.title_words or self.low[v] in self.agent_nouns or self.low[v] in self.skip) \
                and self.mention_at(v) is None:
            v -= 1
        if v < self.s0 or self.mention_at(v) is not None:
            return None
        w = self.low[v]
        if w in self.lex.cues.get("object_control_verbs", []) or not self._is_verb(w):
            return None
        return v

    def _respectively_list(self, k: int) -> int | None:
        """Where the comma opening a list of names that ', respectively,' closes at ``k`` stands; ``None`` if none.
        The list names, one by one, the people of the noun before it ('his Greek and French counterparts, Nikos
        Dendias and Jean-Yves Le Drian, respectively, gathered'): that noun phrase is the subject, and a name
        of the list no more stands alone as the subject than the unknown names beside it."""
        markers = self.lex.cues.get("respectively_markers", [])
        p = next((q for q in range(k - 1, max(self.s0, k - 5) - 1, -1) if self.low[q] == ","), None)
        if p is None or " ".join(self.low[p + 1 : k]).replace(" - ", "-") not in markers:
            return None
        q = p - 1
        names = 0
        while q >= self.s0 and (self.words[q][:1].isupper() or self.low[q] in ("-", ",") or self.low[q] in self.joiners
                                or self.mention_at(q) is not None):
            names += self.words[q][:1].isupper()
            q -= 1
        if q < self.s0 or names < 2 or self.low[q + 1] != ",":
            return None
        return q + 1

    def _aside_start(self, k: int) -> int | None:
        """Where the comma opening a relative aside that the comma at ``k`` closes stands ('Russia, which
        invaded Ukraine in 2022, ...', 'Zelensky, who visited Washington last week, ...'); ``None`` if none."""
        for q in range(k - 1, max(self.s0, k - 16), -1):
            if self.low[q] == ",":
                # the head before it is a name or, in English, any noun ('Russia 's Africa Corps, which replaced ...')
                opener = q + 1 < k and (self.low[q + 1] in self.relative or self.phrase_at(q + 1, "participle_openers")
                                        or self.phrase_at(q + 1, "participle_adjectives"))  # 'Blinken, visiting Beijing, met Xi'
                return q if opener and q - 1 >= self.s0 and (
                    self.mention_at(q - 1) is not None or (self.possessive and self.words[q - 1][:1].isupper())) else None
        return None

    def _subject_of_other_verb(self, m, i: int) -> bool:
        """English: a name followed, before the verb at ``i`` and with no comma or coordinator between, by
        another relation's verb is that verb's subject ('the missiles that North Korea sent to Russia were
        fired'), unless that verb hands its act on by 'to' ('threatened to attack')."""
        between = range(m.end, i)
        if self.low[i].endswith("ing"):
            return False  # 'Japan backed a resolution condemning North Korea': a participle of a noun, read elsewhere
        if any(self.low[q] == "," or self.low[q] in self.joiners or self.low[q] in self.complementizers for q in between):
            return False
        if not any(self.other_predicate(q) and self.low[q] not in self.skip for q in between):
            return False
        q = i - 1
        while q > m.end and (self.low[q] in self.skip or self.low[q] in self.passive_aux):
            q -= 1
        return self.low[q] not in self.purpose_links and not self.phrase_at(q, "future")

    def _blocked_document(self, i: int, c0: int) -> bool:
        """'Hungary blocked a joint EU statement condemning Russia', 'India abstained on the UN vote condemning
        Russia': a participle after a document noun (cue 'relative_content_nouns') says what the document
        does; the clause's subject does it only when it authors the document (cue 'content_sponsor_verbs':
        'adopted a resolution condemning')."""
        if not self.possessive or not self.low[i].endswith("ing"):
            return False
        start = next((q for q in range(max(c0, i - 2), i) for p in [self.phrase_at(q, "relative_content_nouns")] if p and q + len(p) == i), None)
        if start is None:
            return False
        for k in range(start - 1, max(c0, start - 6) - 1, -1):
            if self.phrase_at(k, "content_sponsor_verbs"):
                return False
            if self.mention_at(k) is None and (self._is_verb(self.low[k]) or self._finite_verb(self.low[k])) and self.low[k] not in self.skip:
                return True
        return True

    def _unnamed_controlled_subject(self, i: int, c0: int) -> bool:
        """'called on allies to supply more air defence systems', 'urged its partners to send': the object of a
        verb that hands it the act (cue 'object_control_verbs', 'control_phrases') is the infinitive's
        subject; a noun that names no actor leaves the subject unknown, not the clause's."""
        if not self.possessive or i - 2 < c0 or self.low[i - 1] not in self.purpose_links:
            return False
        k = i - 2
        if self.mention_at(k) is not None or not self.low[k].isalpha():
            return False
        k -= 1
        while k > c0 and self.low[k] in self.determiners and self.mention_at(k) is None:
            k -= 1
        if k < c0 or self.mention_at(k) is not None:
            return False
        return self.low[k] in self.lex.cues.get("object_control_verbs", []) or any(
            p and q + len(p) - 1 == k for q in range(max(c0, k - 2), k + 1) for p in [self.phrase_at(q, "control_phrases")])

    def _before_title(self, start: int) -> int:
        """Where the phrase of a person named at ``start`` begins, over the title and the state before it
        ('Japanese Prime Minister Shigeru Ishiba'); ``start`` if no title precedes."""
        for r in self.m.roles:
            if r.start < start < r.end or (r.start < start and r.end > start):
                state = self.mention_at(r.start - 1)
                if state is not None and state.end == r.start and any(e.key == r.of.key for e in state.entities):
                    return state.start
                return r.start
        return start

    def _joined_in(self, start: int, end: int, i: int) -> int | None:
        """'Australia joined the United States in sanctioning Russia': the object of a verb of joining
        (cue 'co_agent_verbs'), then 'in' (cue 'co_agent_preps') and the act at ``i``: the joiner shares
        the act. The position of the verb, or ``None``."""
        if not self.possessive or not self.low[i].endswith("ing") and not self._light_verb_at(i):
            return None
        between = [w for w in self.low[end:i] if w not in self.skip]
        if len(between) != 1 or between[0] not in self.lex.cues.get("co_agent_preps", []):
            return None
        v = start - 1
        while v > self.s0 and self.low[v] in self.determiners:
            v -= 1
        if v < self.s0:
            return None
        if self.low[v] in self.lex.cues.get("co_agent_verbs", []):
            return v
        for p in self.lex.phrases.get("ally_in_act_verbs", set()):  # 'had been allied with Kurdish groups in fighting ISIS'
            if v - len(p) + 1 >= self.s0 and tuple(self.low[v - len(p) + 1 : v + 1]) == p:
                return v - len(p) + 1
        return None

    def _ally_before(self, m: Mention) -> bool:
        """A cheap test before ``_joined_in``: the word before the mention (over determiners) ends a verb of
        allying (cue 'ally_in_act_verbs': 'allied with', 'fought alongside')."""
        k = m.start - 1
        while k > self.s0 and self.low[k] in self.determiners:
            k -= 1
        return k >= self.s0 and any(p[-1] == self.low[k] for p in self.lex.phrases.get("ally_in_act_verbs", ()))

    def _light_verb_at(self, i: int) -> bool:
        """Whether a gerund light verb stands right before ``i`` ('in imposing sanctions')."""
        k = i - 1
        while k > self.s0 and (self.low[k] in self.quantifiers or self.low[k] in self.determiners):
            k -= 1
        return self.low[k].endswith("ing") and self.low[k] in self.lex.cues.get("agentive_light_verbs", [])

    def _coordinated_verb(self, start: int, end: int, i: int) -> int | None:
        """'Japan condemned China and sent warships': the object of a verb, then a coordinator, then ``i``.

        The verb at ``i`` is coordinated with the verb before the object and shares its subject; the
        position of that first verb is returned (``None`` when the phrase is not of that shape).
        """
        start = self._before_title(start)  # 'met Japanese Prime Minister Shigeru Ishiba and ... and condemned'
        if start - 1 < self.s0 or not self._is_verb(self.low[start - 1]) or self.low[start - 1] in self.agent_nouns:
            return None
        between = self.low[end:i]
        if not between or not any(w in self.joiners and w != "," for w in between):
            return None
        if all(w in self.joiners or w in self.skip for w in between):
            return start - 1
        if self.possessive and self._adjunct_then_and(end, i):
            return start - 1  # 'visited Beijing in November and met Xi': a time or place phrase before 'and'
        return None

    def _adjunct_then_and(self, end: int, i: int) -> bool:
        """English: between the object and the second verb only an adjunct ('in November', 'on Tuesday',
        'last week') and a coordinator, no other name, verb or clause word."""
        if i - end > 7:
            return False
        q = i - 1
        while q >= end and self.low[q] in self.skip:
            q -= 1
        if q < end or not self.phrase_at(q, "coordinators") or self.low[q] == ",":
            return False
        for k in range(end, q):
            w = self.low[k]
            m = self.mention_at(k)
            if m is not None and k > end and self.low[m.start - 1] in self.locatives:
                continue  # 'in Lima': where it happened, a place or a capital
            if m is not None or w in self.complementizers or w in self.relative or self.phrase_at(k, "clause_breaks"):
                return False
            if w not in self.preps and (self._is_verb(w) or self._finite_verb(w)) and not self.words[k][:1].isupper():
                return False
        return True

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

    def _pronoun_modifier(self, m: Mention) -> bool:
        """'our allies', 'our partners': a possessive pronoun (cue 'possessive_pronouns') before a noun
        names the noun's owner, not an actor of the clause."""
        return (self.low[m.start] in self.lex.cues.get("possessive_pronouns", []) and m.end < self.s1
                and self.low[m.end].isalpha() and not self._is_verb(self.low[m.end]))

    def nearest_left(self, i: int) -> list[Entity]:
        """The nearest head actor left of ``i`` anywhere in the sentence (a weak fallback)."""
        k = i - 1
        while k >= self.s0:
            m = self.mention_at(k)
            if m is not None:
                if self.actor(m) and m.entities[0].type != "Media" and self.head_ok(m) and not self._pronoun_modifier(m):
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
        if j >= self.s1:
            return [], -1  # 'Filipina Borong 40 Jet Tempur Gripen': the items end the headline
        preps = tuple(preps)
        _, c1 = self.clause(j)
        if self.possessive and j < self.s1 and self.low[j].isalpha() and self.phrase_at(j, "clause_breaks") and not (
                self.prepositional(j) or self._parenthetical(j)):
            c1 = j  # 'imposed sanctions after strikes on Kyiv killed 20': the clause ends where the next begins
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
            adjunct = self.phrase_at(k, "time_adjuncts")
            if adjunct:
                k += len(adjunct)  # 'met on Monday with the Taliban': a time between the verb and its object
                steps += 1
                continue
            m = self.mention_at(k)
            if m is not None and direct and self._past_descriptor(k) != k:
                k = self._past_descriptor(k)  # 'armed the Palestinian militant group Hamas': the group, not the state
                m = self.mention_at(k)
            if m is not None and direct and not self.possessive and k - 1 >= j and self.low[k - 1] in self.lex.cues.get("armed_group_nouns", []) \
                    and all(e.type == "Country" for e in m.entities if e.is_actor):
                return [], -1  # 'mendanai pemberontak Myanmar': the rebels of a state are not the state
            if m is not None:
                if direct and self.actor(m, places) and m.entities[0].type != "Media":
                    ents, _, end = self.group(m, places)
                    if self._compound_modifier(end):
                        k = end + 2  # 'sanctioned Iran-backed militias': the militias, not Iran
                        steps += 1
                        continue
                    ents, end = self._possessed(ents, end, c1, places)
                    if end < c1 and (self.modifies_noun(end) or self.modifies_noun(end, "non_state_nouns") or self._armed_group_of(m)):
                        firm = self._firm_named_after(end, c1)
                        if firm:
                            return firm  # 'sanctioned Iranian airline Mahan Air': the firm the noun names
                        break  # 'hosted the BRICS summit', "Russia 's largest bank": a name before a noun modifies it
                    return self._state_effort(ents, j, m.start), end
                k = m.end
                steps += 1
                continue
            if direct and self.possessive and k > j and w in self.lex.cues.get("partitive_preps", ()) and self.low[k - 1] in agent_nouns \
                    and self.low[k - 1] not in self.determiners and (self.mention_at(k + 1) is not None or (
                        k + 2 < c1 and self.low[k + 1] in self.determiners and self.mention_at(k + 2) is not None)):
                k += 1  # 'supporting the government of Yemen': the state of the people named
                steps += 1
                continue
            if direct and k > j and w in self.lex.cues.get("partitive_preps", ()) and self._act_noun(k - 1) and self._items_follow(k + 1):
                k += 1  # 'condemned the deployment of North Korean troops', 'the launch of missiles by North Korea'
                steps += 1
                continue
            if direct and k > j and w in self.passive_agent and w and (
                    self.low[k - 1] in passthrough or self._item_ends_at(k - 1)):
                mm = self.mention_at(k + 1)  # 'mengutuk peluncuran rudal oleh Korea Utara': the act's agent
                if mm is not None and self.actor(mm) and mm.entities[0].type != "Media":
                    ents, _, end = self.group(mm)
                    return ents, end
            if direct and k > j and self._located(k):
                return self._located(k)
            if direct and self._firm(k):
                break  # 'menyerang warga China': people of a state are not the state
            if direct and self.nya_exclude is not None and self._nya_owned(k):
                return self._nya_owner(k), k + 1  # 'menyerang fasilitas nuklirnya': the facility's owner
            if direct and w == "-" and k > j and k + 1 < c1 and self.low[k + 1].startswith(self.low[k - 1]):
                k += 1  # 'pangkalan - pangkalannya': a plural written in three tokens is one noun
                steps += 1
                continue
            if direct and not (w in self.skip or w in agent_nouns or w in passthrough or w in self.fillers or w in preps or w in self.former
                               or (self.possessive and self.phrase_at(k, "pass_through_nouns")) or (
                    self._act_noun(k) and k + 1 < c1 and self.low[k + 1] in self.lex.cues.get("partitive_preps", ()) and self._items_follow(k + 2))
                               or NUMBER.match(w) or w in self.quantifiers or w in self.object_modifiers or self._item_ends_at(k)
                               or (k > j and self.phrase_at(k - 1, "state_body_nouns"))
                               or (k > j and self.words[k][:1].isupper() and self.low[k - 1] in passthrough and not self.headline)):
                # ('pangkalan udara Nevatim di Israel': the name of a place noun)
                # 'mendukung target Indonesia': the object is 'target', not Indonesia
                direct = False
                if only_direct:
                    rel = next((q for q in range(k + 1, min(k + 3, c1)) if self.low[q] in self.relative), None)
                    if w in self.lex.cues.get("holder_passives", []):
                        rel = k  # 'pelabuhan dikuasai Huthi': the participle without 'yang'
                    done = self._act_by(j, rel, c1) if rel is not None else None
                    if done:
                        return done  # 'peluncuran rudal balistik antarbenua yang dilakukan Korea Utara'
                    break
            if (self.possessive and not stop_at_verbs and w in self.purpose_links and k + 1 < c1 and self.mention_at(k + 1) is None
                    and self.low[k + 1].isalpha() and self.low[k + 1] not in self.determiners and self.low[k + 1] not in self.quantifiers
                    and self.low[k + 1] not in agent_nouns and self.low[k + 1] not in passthrough):
                k += 1  # 'threatened to use nuclear weapons against South Korea': 'to' before a verb is no preposition
                steps += 1
                continue
            if w in self.preps and k + 1 < c1 and self.low[k + 1] in preps and self.low[k + 1] in self.preps and self.low[k + 1] != w:
                k += 1  # 'latihan bersama dengan Australia': a preposition that opens the wanted one is part of it
                steps += 1
                continue
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
                        or NUMBER.match(self.low[q]) or self.low[q] in self.quantifiers or self._firm(q)
                        or (q > k + 1 and self.low[q] in self.object_modifiers)
                        or self.low[q] in self.former
                        or (q == k + 1 and self.low[q] in self.lex.cues.get("apposed_partner_nouns", []))):
                    # 'ke pangkalan udara terbesar milik AS': an adjective of the place noun before its owner;
                    # 'bergabung dengan sekutunya Israel': the partner named in apposition
                    private = private or self._firm(q)
                    q += 1
                named = self.mention_at(q)
                firm = self.mention_at(named.end) if private and named is not None and named.start == q else None
                if firm is not None and firm.start == named.end and firm.entities[0].type == "Company":
                    q, named = firm.start, firm  # 'perusahaan China Huawei': the firm named after its state
                if private and not (named is not None and named.start == q and named.entities[0].type == "Company"):
                    return [], -1  # 'sanksi kepada 20 perusahaan China': firms of a state are not the state ('maskapai Mahan Air' is one)
                if (not self.possessive and named is not None and named.start == q and q - 1 > k
                        and self.low[q - 1] in self.lex.cues.get("armed_group_nouns", [])
                        and all(e.type == "Country" for e in named.entities if e.is_actor)):
                    return [], -1  # 'oleh kelompok pemberontak Yaman': the rebels of a state are not the state
                if q + 2 < c1 and self.low[q] in self.lex.cues.get("counterpart_words", []) and self.low[q + 1] in self.origins:
                    q += 2  # 'bertemu dengan sejawatnya dari Prancis dan Inggris': the counterparts' states
                q = self._past_descriptor(self._past_title(q))  # 'with the Lebanese group Hezbollah'
                if q > k + 1 and self._located(q):
                    return self._located(q)  # 'terhadap fasilitas nuklir di Natanz'
                if q > k + 1 and q + 1 < c1 and self.low[q - 1] in passthrough and self.low[q] in self.origins:
                    src = self.mention_at(q + 1)  # 'tarif terhadap impor dari Cina', 'tariffs on imports from China'
                    if src is not None and src.start == q + 1 and self.actor(src) and src.entities[0].type != "Media":
                        ents, _, end = self.group(src)
                        return ents, end
                mm = self.mention_at(q)
                if mm is None:
                    listed = self._listed_members(k + 1, c1, places)
                    if listed is not None:
                        return listed  # 'dengan sejumlah negara, termasuk AS, Jepang, dan Kanada'
                if mm is not None and self.actor(mm, places) and mm.entities[0].type != "Media":
                    ents, _, end = self.group(mm, places)
                    if self._compound_modifier(end):
                        after = self.mention_at(end + 2)  # 'against Iran-backed Houthi rebels': the Houthis
                        if after is None or after.start != end + 2 or not self.actor(after, places):
                            return [], -1
                        ents, _, end = self.group(after, places)
                    ents, end = self._possessed(ents, end, c1, places)
                    if end < c1 and (self.modifies_noun(end) or self.modifies_noun(end, "non_state_nouns")):
                        return self._firm_named_after(end, c1) or ([], -1)  # 'at the BRICS summit', "on Russia 's biggest lender"
                    return self._state_effort(ents, k + 1, mm.start), end
                if w in self.preps:
                    if self.nya_exclude is not None:
                        owned = next((q for q in range(k + 1, min(k + 4, c1)) if self._nya_owned(q)), None)
                        if owned is not None:
                            return self._nya_owner(owned), owned + 1  # 'serangan terhadap fasilitas nuklirnya'
                    return self._nya_target(k + 1, c1), -1
            if (w in self.relative or w in self.lex.cues.get("holder_passives", [])) and "" in preps and k > j:
                done = self._act_by(j, k, c1)
                if done:
                    return done  # 'mengecam peluncuran rudal yang dilakukan Korea Utara': the act's agent
            if w in self.complementizers or (w in self.relative and stop_at_verbs) or (
                    stop_at_verbs and self._is_verb(w) and w not in agent_nouns and w not in self.fillers and not (direct and w in passthrough)):
                break
            if w in self.lex.cues.get("partitive_preps", ()) and w not in preps and k > j and (
                    self.low[k - 1] in self.quantifiers or NUMBER.match(self.low[k - 1])):
                k += 1  # 'fired dozens of rockets at Israel': 'of' inside the amount, not a phrase of its own
                steps += 1
                continue
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
                if not stop_at_verbs and self.possessive and w in self.locatives and nxt is None and self.words[q][:1].isupper():
                    while q < c1 and self.mention_at(q) is None and self.words[q][:1].isupper() and self.low[q].isalpha():
                        q += 1  # 'the talks in Istanbul between Russia and Ukraine': a place the gazetteer does not know
                    k = q
                    steps += 1
                    continue
                break
            k += 1
            steps += 1
        return [], -1

    def _listed_members(self, q: int, c1: int, places: bool = False) -> tuple[list[Entity], int] | None:
        """'dengan sejumlah negara yang terus bertambah, termasuk AS, Jepang, Kanada, dan Filipina', 'with
        several partners, including Japan': a plural noun of states or partners (cue 'set_nouns'), then an
        enumeration marker ('termasuk', 'seperti', 'including') names the members; they are the argument.
        A relative clause of up to six words may stand between the noun and the list; a name there ends it."""
        sets = self.lex.cues.get("set_nouns", [])
        seen = False
        k = q
        while k < min(c1, q + 10):
            if self.mention_at(k) is not None:
                return None
            marker = self.phrase_at(k, "enumeration_markers")
            if marker:
                if not seen:
                    return None
                mm = self.mention_at(k + len(marker))
                if mm is None or mm.start != k + len(marker) or not self.actor(mm, places) or mm.entities[0].type == "Media":
                    return None
                ents, _, end = self.group(mm, places)
                return (ents, end) if ents else None
            w = self.low[k]
            if w in sets:
                seen = True
            elif not seen and not (w in self.quantifiers or w in self.fillers or w in self.determiners):
                return None  # 'dengan pasukan ..., termasuk': only a noun of states or partners lists them
            elif seen and w in self.preps:
                return None
            k += 1
        return None

    def _names_a_noun_act(self, end: int) -> bool:
        """'declined to join EU sanctions on Russia': in English a name right before a noun of a relation
        (a trigger's nominal form) is that act's agent, not the verb's object."""
        if not self.possessive or end >= self.s1:
            return False
        for L in (2, 1):
            if any(v == "nominal" for _, v in self.lex.forms.get(tuple(self.low[end : end + L]), ())):
                k = end + L  # the noun ends its phrase: not 'a Philippine supply vessel' (a compound)
                return k >= self.s1 or not self.low[k].isalpha() or self.low[k] in self.preps or self.low[k] in self.joiners or (
                    self.low[k] in self.relative or self.low[k] in self.complementizers or self._finite_verb(self.low[k]))
        return False

    def _act_noun(self, k: int) -> bool:
        """Whether the word at ``k`` names an act: a pass-through noun ('launch') or a trigger's noun ('deployment')."""
        w = self.low[k]
        return w in self.passthrough or any(v == "nominal" for _, v in self.lex.forms.get((w,), ()))

    def _items_follow(self, q: int) -> bool:
        """Whether items begin at ``q``, over amounts and determiners, owned or not by an actor named
        before them ('North Korean troops', 'ballistic missiles', 'thousands of drones')."""
        while q < self.s1 and self.mention_at(q) is None and (
                self.low[q] in self.quantifiers or self.low[q] in self.determiners or NUMBER.match(self.low[q])):
            q += 1
        m = self.mention_at(q)
        if m is not None and m.start == q:
            if not self.actor(m) or m.entities[0].type == "Media":
                return False
            q = m.end
        return any(tuple(self.low[q : q + L]) in self.lex.items for L in (1, 2, 3, 4))

    def _armed_group_of(self, m: Mention) -> bool:
        """'The Palestinian militant group', 'Syrian rebels': a state's adjective before the noun of an armed
        group (cue 'armed_group_nouns') names the group's people or cause, not the state."""
        return (self.possessive and all(e.type == "Country" for e in m.entities if e.is_actor)
                and self.modifies_noun(m.end, "armed_group_nouns"))

    def _compound_modifier(self, end: int) -> bool:
        """'Iran-backed', 'Russian-made': a name joined by a hyphen to a participle (cue 'non_agent_compounds')
        modifies the noun after it; the name is not the argument."""
        return end + 1 < self.s1 and self.low[end] == "-" and self.low[end + 1] in self.lex.cues.get("non_agent_compounds", [])

    def _possessed(self, ents: list[Entity], end: int, c1: int, places: bool) -> tuple[list[Entity], int]:
        """"to Yemen 's Houthi rebels": an actor owned by the name before "'s" is the argument, not its owner."""
        if end + 1 < c1 and self.low[end] in self.possessive:
            m = self.mention_at(end + 1)
            if m is not None and m.start == end + 1 and self.actor(m, places) and m.entities[0].type != "Media":
                got, _, e = self.group(m, places)
                if got:
                    return got, e
        return ents, end

    def modifies_noun(self, end: int, names: str = "modifier_heads") -> bool:
        """'Chinese companies', '13 U.S. defence companies', 'the BRICS summit': English puts a name before
        the noun it modifies, with up to two plain words between; the phrase is then the noun's, not the
        state's. ``names`` is the cue list of such nouns."""
        for q in range(end, min(end + 4, self.s1)):
            if self.phrase_at(q, names):
                return True
            w = self.low[q]
            if q == end and not self.possessive:
                return False  # Indonesian puts the modifier after the noun: only the word right after counts
            if w == "-" or (q == end and w in self.possessive and names == "non_state_nouns"):
                continue  # 'state - owned firms', "Russia 's largest bank"
            if (not w.replace("-", "").isalpha() or w in self.preps or w in self.joiners or w in self.skip
                    or self.mention_at(q) is not None or self._is_verb(w) or w in self.complementizers or w in self.relative):
                return False
        return False

    def _item_ends_at(self, k: int) -> bool:
        """Whether an item's name ends at ``k``: 'rudal', 'rudal balistik', 'sistem pertahanan udara'."""
        return any(k - L + 1 >= self.s0 and tuple(self.low[k - L + 1 : k + 1]) in self.lex.items for L in (1, 2, 3, 4))

    def _located(self, k: int) -> tuple[list[Entity], int] | None:
        """'fasilitas nuklir di Natanz', 'bases in Syria': a place noun, then a locative and an actor."""
        if k - 1 < self.s0 or self.low[k] not in self.locatives:
            return None
        n = k  # where the place noun's phrase ends
        while n - 2 >= self.s0 and self.low[n - 1] in self.object_modifiers and self.mention_at(n - 1) is None:
            n -= 1  # 'fasilitas nuklir utama di Iran': over the place noun's adjectives
        modified = n - 2 >= self.s0 and (self.low[n - 1] in self.agent_nouns or (
            self.words[n - 1][:1].isupper() and self.mention_at(n - 1) is None)) and self.low[n - 2] in self.passthrough
        # 'sasaran militer di ...', 'pangkalan udara Nevatim di Israel': a place noun, its modifier or its name
        if self.low[n - 1] not in self.passthrough and not modified:  # 'sasaran militer di ...': a place noun and its modifier
            return None
        q = k + 1
        while q < min(self.s1, k + 3) and self.mention_at(q) is None and self.low[q] in self.passthrough:
            q += 1  # 'di wilayah Kamboja', 'di kota Kharkiv'
        return self._actor_named_at(q)

    def _actor_named_at(self, q: int) -> tuple[list[Entity], int] | None:
        """The actors named from ``q`` on (with those coordinated with them) and where they end; a place the
        gazetteer does not know followed by a comma and its state ('Krasnodar, Rusia') names the state."""
        mm = self.mention_at(q)
        if mm is None and not self.possessive and q + 2 < self.s1 and self.words[q][:1].isupper() and self.low[q + 1] == ",":
            st = self.mention_at(q + 2)
            if st is not None and st.start == q + 2 and all(e.type == "Country" for e in st.entities if e.is_actor) and self.actor(st):
                return [e for e in st.entities if e.is_actor], st.end
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

    def _firm(self, q: int) -> bool:
        """A noun of firms or private people (cue 'non_state_nouns': 'perusahaan', 'bank'), not a state body
        that shares the word (cue 'state_body_nouns': 'bank sentral')."""
        return self.low[q] in self.non_state and not self.phrase_at(q, "state_body_nouns") and not (
            q - 1 >= self.s0 and self.phrase_at(q - 1, "state_body_nouns"))  # 'kapal pemasok': a ship

    def _firm_named_after(self, end: int, c1: int) -> tuple[list[Entity], int] | None:
        """'Iranian airline Mahan Air', 'Chinese telecoms firm Huawei': a firm named right after a state's
        adjective and a firm noun (cue 'non_state_nouns'), over up to two plain words."""
        for q in range(end, min(c1, end + 4)):
            m = self.mention_at(q)
            if m is not None:
                if m.start == q and q > end and self._firm(q - 1) and m.entities[0].type == "Company":
                    return [e for e in m.entities if e.is_actor], m.end
                return None
            if not self.low[q].replace("-", "").isalpha() or self.low[q] in self.preps or self.low[q] in self.joiners:
                return None
        return None

    def _firm_before(self, start: int) -> bool:
        """Whether a firm noun stands right before a name, over numbers ('dua bank China')."""
        if not self.lex.cues.get("possessor_follows_noun", True):
            return False
        q = start - 1
        return q >= self.s0 and self._firm(q)

    def _act_by(self, j: int, k: int, c1: int) -> tuple[list[Entity], int] | None:
        """'peluncuran rudal balistik yang dilakukan (oleh) Korea Utara': a noun phrase of an act (from ``j``,
        no name, verb or preposition in it) with a relative clause of a passive of doing (cue 'act_passives')
        names the act's agent; the verb's object is that actor, as with 'oleh'."""
        if not any(self.low[x] in self.passthrough or self._item_ends_at(x) for x in range(j, k)):
            return None
        if any(self.mention_at(x) is not None or self.low[x] in self.preps or (self._is_verb(self.low[x]) and self.low[x] not in self.passthrough)
               for x in range(j, k)):
            return None
        q = k + 1 if self.low[k] in self.relative else k
        # 'pelabuhan (yang) dikuasai Houthi', 'situs yang digunakan Hizbullah': a place's holder stands for it
        if q >= c1 or (self.low[q] not in self.lex.cues.get("act_passives", []) and self.low[q] not in self.lex.cues.get("holder_passives", [])):
            return None
        q += 1
        if q < c1 and self.low[q] in self.passive_agent:
            q += 1
        return self._actor_named_at(q)

    def _state_effort(self, ents: list[Entity], a: int, b: int) -> list[Entity]:
        """'atas upaya Kim Jong Un untuk meningkatkan persenjataan nuklirnya', 'mendukung kebijakan Trump': a
        leader named as the owner of a state's effort, policy, regime or forces (cue 'state_effort_nouns'
        between ``a`` and ``b``) stands for the state, as 'operasi militer Israel' does for the possessor."""
        if not self.state_efforts or not any(self.low[x] in self.state_efforts for x in range(a, b)):
            return ents
        out: list[Entity] = []
        for e in ents:
            state = self.ext.gaz.get(e.acts_for) if e.type == "Person" and e.acts_for else None
            e = state if state is not None and state.type == "Country" else e
            if all(x.key != e.key for x in out):
                out.append(e)
        return out

    def _nya_owned(self, q: int) -> bool:
        """'fasilitas nuklirnya', 'wilayahnya', 'ibu kotanya': a place, asset or force (cue 'nya_owned_targets')
        owned by '-nya', written on the noun or on the word after it."""
        w = self.low[q]
        if w in self.group_pronouns and " " not in w and q - 1 >= self.s0 and self.mention_at(q) is None and not self.possessive and not (
                q + 1 < self.s1 and self.low[q + 1] in self.relative):  # 'mereka yang paling rentan': those who, no one named
            # 'fasilitas nuklir mereka', 'pangkalan mereka': the pronoun written after the noun owns it as '-nya' does
            a = self.low[q - 1]
            b = self.low[q - 2] if q - 2 >= self.s0 else ""
            if a in self.preps or any(t.relation in self.nya_relations and v == "active" for t, v in self.lex.forms.get((a,), ())):
                return True  # 'melanjutkan serangan terhadap mereka', 'menyerang mereka': the other side named before
            return ((a,) in self.nya_targets or (b, a) in self.nya_targets
                    or ((b,) in self.nya_targets and a.isalpha() and not self._is_verb(a) and a not in self.preps))
        stem = next((w[: -len(x)] for x in self.suffixes if w.endswith(x) and len(w) > len(x) + 2), None)
        if stem is None or self.mention_at(q) is not None:
            return False
        half = stem.partition("-")
        if half[1] and half[0] == half[2]:
            stem = half[0]  # 'pangkalan-pangkalannya': a plural is its noun
        if q - 2 >= self.s0 and self.low[q - 1] == "-" and self.low[q - 2] == stem:
            return (stem,) in self.nya_targets  # the plural written in three tokens
        return ((stem,) in self.nya_targets or (q - 1 >= self.s0 and (self.low[q - 1], stem) in self.nya_targets)
                or (q - 1 >= self.s0 and (self.low[q - 1],) in self.nya_targets and stem.isalpha()
                    and not self._is_verb(stem) and stem not in self.preps))

    def _nya_owner(self, q: int) -> list[Entity]:
        """Who '-nya' on an attacked or sanctioned thing points to: the nearest state, body or group named
        before it, in this sentence or the one before, that is not the statement's own subject ('Iran
        memperkaya uranium. AS menyerang fasilitas nuklirnya': Iran's facilities). A person stands for
        their state. None when nobody else was named."""
        lo = self.doc[self.s0 - 1].sent.start if self.s0 > 0 else self.s0
        exclude = self.nya_exclude or set()
        t = q - 1
        while t >= lo:
            mm = self.mention_at(t)
            if mm is None:
                t -= 1
                continue
            for e in mm.entities:
                if not e.is_actor or e.type == "Media":
                    continue
                if e.type == "Person":
                    e = self.ext.gaz.get(e.acts_for) if e.acts_for else None
                    if e is None:
                        continue
                if e.key in exclude or e.key == "WEST":
                    continue
                return [e]
            t = mm.start - 1
        return []

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
            if self.mention_at(k) is not None or self.low[k] in self.preps or (self.possessive and (
                    self.low[k] in self.joiners or self.other_predicate(k))):
                break  # "condemned China 's actions and pledged support": the possessor is another phrase's
        return []

    def possessor(self, j: int, limit: int = 3) -> tuple[list[Entity], int]:
        """The actor right after a noun: 'kunjungan Putin', 'dukungan kuat Korea Utara', 'sanksi baru PBB'."""
        if not self.lex.cues.get("possessor_follows_noun", True):
            return [], -1  # English puts the possessor first ('Iran's delivery'): see left_possessor
        k = j
        titled = self._past_title(j)
        if titled > j:  # 'kunjungan Menteri Luar Negeri Rusia Sergei Lavrov': the person after a long title
            k = titled
        for _ in range(limit):
            if k >= self.s1:
                break
            if k + 2 < self.s1 and self.low[k] in self.preps and self.low[k + 1] == "-" and NUMBER.match(self.low[k + 2]):
                k += 3  # 'paket sanksi ke-18 Uni Eropa': an ordinal between the noun and its owner
                continue
            m = self.mention_at(k)
            if m is not None:
                if self.actor(m) and m.entities[0].type != "Media":
                    ents, _, end = self.group(m)
                    if m.start < j:  # 'operasi militer Israel': the noun took 'militer', what is left is the state
                        ents = [self.ext.gaz.get(e.acts_for) or e if e.acts_for else e for e in ents]
                    return ents, end
                break
            w = self.low[k]
            # 'invasi besar-besaran Rusia': a reduplicated adjective is one word, not punctuation
            word = w.isalpha() or (w.replace("-", "").isalpha() and not w.startswith("-") and not w.endswith("-"))
            if w in self.preps or not word or self._is_verb(w) or w in self.relative or w in self.joiners or w in self.complementizers:
                if w != "-":
                    break
            k += 1
        return [], -1
