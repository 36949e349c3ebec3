"""Relation frames: verbs in each voice, nominal statements, blocks and roles.

A verb takes its subject and object from the slots; a passive swaps them; a nominal statement
("kunjungan X ke Y", "sanksi dari X") reads its possessor and prepositions, or the subject of a
light verb before it ("menjatuhkan sanksi"). A block ("menghalangi ... sanksi") negates the sanction.
"""

from __future__ import annotations


from ...model import Entity
from ..lexicon import Trigger
from ..mentions import Mention
from .base import NUMBER, SYMMETRIC, Candidate
from .slots import ArgumentSlots

_QUOTES = frozenset({'"', "'", "“", "”", "‘", "’"})

__all__ = ["Frames"]


class Frames(ArgumentSlots):
    """Relation frames: verbs in each voice, nominal statements, blocks and roles."""

    def _cand(self, s: Entity, rel: str, o: Entity, trig: Trigger, i: int, L: int, conf: float, rule: str, **kw) -> Candidate:
        return Candidate(s, rel, o, f"{trig.id}:{rule}", " ".join(self.words[i : i + L]), i, i + L, conf, **kw)

    def _pairs(self, subs, objs, rel, trig, i, L, conf, rule, **kw) -> list[Candidate]:
        out = []
        for s in subs:
            for o in objs:
                if s.key != o.key:
                    out.append(self._cand(s, rel, o, trig, i, L, conf, rule, **kw))
        return out

    def _relation(self, i: int, L: int, trig: Trigger, voice: str) -> list[Candidate]:
        rel = trig.relation or ""
        j = i + L
        conf = trig.confidence
        places = trig.places
        if i > self.s0 and self.phrase_at(i, "participle_adjectives") and (self.low[i - 1] in self.preps or self.low[i - 1] in self.determiners):
            self.trace.notes.append(f"'{self.words[i]}': describes the noun after it ('with visiting ...'), not a verb")
            return []
        if voice == "nominal":
            return self._nominal(i, L, trig, rel, conf)
        if voice == "passive":
            patient, pstart = self.left_subject(i)
            if pstart > self.s0 and self._weapon_ends_at(pstart - 1):
                patient = []  # 'Rudal Iran ditembak jatuh': the missile is hit, not Iran (its owner acts only in the active)
            # English names a passive's agent after 'by' only ('would not be intimidated and summoned China's ...')
            by_only = self.possessive and self.low[j - 1] not in self.passive_agent  # 'received by Kim': the form took 'by'
            agent, aend = self.right_actor(j, self.passive_agent if by_only else (*self.passive_agent, ""), limit=3)
            frame = self.phrase_at(j, "passive_agent_frames") if not agent and j < self.s1 else None
            if frame:  # 'was condemned in a joint statement by Egypt, Greece and Cyprus'
                agent, aend = self.right_actor(j + len(frame), self.passive_agent, limit=3)
            if agent and not patient and not self.possessive and rel in self.lex.cues.get("located_patient_relations", []) and not any(
                    self.actor(self.mention_at(q)) for q in range(self.clause(i)[0], i)):
                # '60 Orang Tewas Ditembak Israel di Gaza': victims no actor names are where the place phrase says
                patient = self._place_after(aend)
            if trig.object_types:
                patient = [e for e in patient if e.type in trig.object_types]
            rule = "passive"
            if not patient and agent and self.possessive and rel in self.lex.cues.get("stance_relations", []):
                patient = self._proposal_owner(i)  # 'The call was quickly seconded by Merkel': the caller named before
                rule, conf = "passive+proposal-owner", conf - 0.1
            if patient and not agent and self.possessive and rel == "attacks" and self._in_retold_attack(j):
                # 'Muhandis, who was also killed in the airstrike': the attack told before, by its attacker
                agent = self._last_attacker(patient)
                rule, conf = "passive+scene-attacker", conf - 0.2
            if patient and agent:
                return self._pairs(agent, patient, rel, trig, i, L, conf, rule)
            return []
        subj, sstart = self.left_subject(i)
        carried = ""
        if not subj and self.opens_sentence(i):
            # '... Kemudian menyerang Irak': a sentence that opens with its verb goes on with the last one's subject
            subj, sstart, carried = self.carried_subject(), self.s0, "+carried-subject"
            conf -= 0.2
        if not subj and self.possessive and self.low[i] in self.preps and L > 2:
            # 'US troops fight ISIS in cooperation with Iraqi forces': a phrase of manner shares its verb's subject
            v = next((q for q in range(i - 1, max(self.s0, i - 8) - 1, -1)
                      if self.mention_at(q) is None and (self._is_verb(self.low[q]) or self.other_predicate(q))
                      and not self.phrase_at(q, "reporting_verbs")), None)
            if v is not None:
                subj, sstart = self.left_subject(v)
        if not subj and self._reciprocal(i):
            sides, _ = self.right_actor(j, ("", *self.between), limit=2)
            if len(sides) >= 2:  # 'di tengah saling serang Israel vs Iran': the sides named after the verb
                return self._each_other(sides, rel, trig, i, L, conf - 0.1)
        if subj and trig.subject_types:
            # 'Ratusan warga Kolombia bergabung dengan ...': people of a state named by their nationality act for themselves
            people = sstart > self.s0 and self.low[sstart - 1] in self.lex.cues.get("private_people_nouns", [])
            subj = [] if people else [e for e in subj if e.type in trig.subject_types]
        if not subj:
            self.trace.notes.append(f"'{self.words[i]}': no subject found")
            return []
        if self._armed_group_of_state(sstart):
            self.trace.notes.append(f"'{self.words[i]}': rebels or militias named by their state, not the state")
            return []
        if self._people_of_state(sstart):
            self.trace.notes.append(f"'{self.words[i]}': private people named by their nationality, not their state")
            return []
        if rel == "meetsWith" and self._sporting_meeting(j):
            self.trace.notes.append(f"'{self.words[i]}': teams meet in a match, not states")
            return []
        if rel == "meetsWith" and sstart > self.s0 and self.low[sstart - 1] in self.lex.cues.get("place_heads", []):
            self.trace.notes.append(f"'{self.words[i]}': places meet, not their states")  # 'perbatasan Kamboja, Thailand, dan Laos bertemu'
            return []
        if rel == "visits" and self.possessive and j < self.s1 and self._item_at(self._past_amounts(j)):
            # 'Mahan flies fighters and cargo to Syria': what the verb carries is its object; a transport, not a visit
            self.trace.notes.append(f"'{self.words[i]}': carries goods or people, not a visit")
            return []
        if rel == "visits" and sstart > self.s0 and self.low[sstart - 1] in self.lex.cues.get("not_visitors", []):
            self.trace.notes.append(f"'{self.words[i]}': troops or ships arriving are not a visit")
            return []
        if rel in self.nya_relations:
            # the subject and its state do not own the target its '-nya' names
            self.nya_exclude = {e.key for e in subj} | {e.acts_for for e in subj if e.acts_for}
        obj, oend = self.right_actor(j, trig.object, places=places, limit=8)
        beside: list[Entity] = []
        if not obj and trig.mutual and trig.one_way:
            # 'ikut bertempur bersama pasukan Rusia melawan Ukraina': the side named after 'bersama' fights beside
            # the subject; the other side follows 'melawan'
            beside, bend = self._fought_beside(j)
            if beside:
                obj, oend = self.right_actor(bend, trig.one_way, places=places, limit=4)
                if not obj:
                    beside = []
        if not obj and trig.through_verb and trig.target_preps and not self._threatened_other_act(j):
            # 'mengancam akan memberikan balasan kepada Israel', 'threatened to retaliate against Israel'
            obj, oend = self.right_actor(j, trig.target_preps, places=places, limit=10, stop_at_verbs=False)
        if not obj and trig.through_verb:
            obj, oend = self._threatened_attack(j)  # 'mengancam akan menyerang Israel': the target of the attack
        self.nya_exclude = None
        later: list[Entity] = []
        if obj and 0 < oend < self.s1 and self.possessive:
            later = self._continued_objects(obj, oend, trig)  # 'met with the IMF, then with President Trump'
        if not obj:
            obj = self._object_relative_head(sstart)  # 'Israel, which the US supports': the head is the object
        if not obj and self.possessive and rel in self.lex.cues.get("stance_relations", []):
            obj = self._agreement_parties(j)  # 'denounced the maritime deal between Turkey and Libya': both parties
        if not obj and self.possessive and i - 1 > self.s0 and self.low[i - 1] == "-":
            obj = self._apposed_head(sstart)  # 'the Houthis, an Iranian-backed militia,': the militia is the head
        if not obj and rel == "meetsWith" and "Person" in trig.object_types and self.low[j - 1].endswith(self.suffixes or ("\0",)):
            obj = self._nya_person(i, subj)  # 'Putin menyambutnya di Kremlin': the guest named before
        if rel == "visits" and obj and len(subj) == 1:
            home = subj[0].acts_for or subj[0].key
            obj = [e for e in obj if e.key != home]  # 'Biden tiba di Washington': one does not visit one's own state
        if rel == "visits" and any(e.type == "Person" for e in obj) and any(e.type != "Person" for e in obj):
            # 'tiba di Moskow dan Putin menyambutnya': one visits a place; a person after it begins a new clause
            obj = [e for e in obj if e.type != "Person"]
        if not obj and rel in self.lex.cues.get("scene_relations", []) and self._claims_unnamed_act(i, L):
            obj = self.scene_state(subj)  # 'The Taliban have claimed responsibility.' after the attack in Afghanistan
            if obj:
                carried, conf = "+scene", conf - 0.2
        if not obj and rel in SYMMETRIC and self._joins_gathering(i, L):
            obj = self.gathering_parties(subj)  # 'Di Maio joined the talks as an observer': those who met before
            if obj:
                carried, conf = "+gathering", conf - 0.1
        if not obj and self.possessive and rel in self.lex.cues.get("stance_relations", []) and self._gathering_named(j):
            # 'the Turkish Ministry of Foreign Affairs denounced the conclusions of the summit': a stand on what
            # the parties of the meeting told before decided
            obj = self.gathering_parties(subj, int(self.lex.cues.get("gathering_lookback", 0) or 0))
            if obj:
                carried, conf = "+gathering", conf - 0.2
        if not obj and trig.retaliation:
            obj = self._retaliated(subj)  # 'Netanyahu bersumpah akan membalas serangan tersebut'
        if not obj and rel in self.lex.cues.get("attack_anaphora_relations", []) and self._attack_anaphor(j):
            obj = self._last_attacker(subj)  # 'Araghchi mengecam serangan tersebut': the attack read before
        if trig.object_types:
            # 'hosts Russian defence minister': an official named by title stands for a person
            def title(q: int) -> bool:  # a word of a title, not 'the' or the full stop of 'Lt.'
                return self.low[q] in self.title_words and self.low[q].isalpha() and self.low[q] not in self.determiners
            official = oend > 0 and "Person" in trig.object_types and ((oend < self.s1 and title(oend)) or any(title(q) for q in range(j, oend)))
            if not official and 0 < oend < self.s1 - 1 and self.low[oend] in self.possessive and "Person" in trig.object_types:
                official = any(tuple(self.low[oend + 1 : oend + 1 + len(p)]) == p
                               for ps in self.lex.titles.values() for p in ps)  # "hosted Uganda 's foreign minister": a whole title
            obj = [e for e in obj if e.type in trig.object_types or official]
            if not obj:
                return []
        if obj and oend > 0 and rel in self.lex.cues.get("stance_relations", []) and self._names_a_noun_act(oend) and self._benign_act(oend):
            # 'Hungary has opposed EU military aid to Ukraine': a stand on a policy of help, not against its giver
            self.trace.notes.append(f"'{self.words[i]}': the object names the giver of help it takes a stand on")
            return []
        if obj and oend > 0 and rel not in self.lex.cues.get("stance_relations", []) and self._names_a_noun_act(oend):
            # 'declined to join EU sanctions': the name is the sanctions' owner, not the organisation joined;
            # one takes a stand on the act's agent ('condemned Israeli strikes'), so stances keep it
            self.trace.notes.append(f"'{self.words[i]}': the object names the agent of the act after it")
            return []
        if obj and self._partner_in_act(i, L, oend):
            self.trace.notes.append(f"'{self.words[i]}': a partner joined in an act, not an organisation joined")
            return []
        if obj and beside:
            subj = subj + [e for e in beside if all(e.key != x.key for x in subj)]
        if obj and trig.mutual and j + 1 < self.s1 and self.low[j + 1] in self.lex.cues.get("apposed_partner_nouns", []):
            # 'berperang dengan sekutunya Hizbullah melawan Israel': one fights beside an ally, not against it
            self.trace.notes.append(f"'{self.words[i]}': fought beside an ally, not against it")
            return []
        mutual = trig.mutual or " ".join(self.low[i : i + L]) in self.lex.cues.get("reciprocal_forms", [])
        if obj and trig.mutual and self._one_way(trig, j, oend):
            mutual = False  # 'Israel berperang melawan Hamas': the subject's war on the object
        if obj and mutual and 0 < oend < self.s1 and self.low[oend] in self.lex.cues.get("unarmed_nouns", []):
            self.trace.notes.append(f"'{self.words[i]}': a clash with '{self.words[oend]}', who fire at no one")
            return []
        if obj and mutual:
            # 'India exchanged fire with Pakistan': each side attacks the other
            return self._pairs(subj, obj, rel, trig, i, L, conf, voice) + self._pairs(obj, subj, rel, trig, i, L, conf, voice + "+mutual")
        if not obj and not carried and rel in self.lex.cues.get("headline_default_relations", []):
            obj = self.headline_other(subj, rel)  # 'Washington menyerang pangkalan militer' under 'AS Serang Suriah'
            if obj:
                carried, conf = "+headline-object", conf - 0.2
        if obj and carried:
            return self._pairs(subj, obj, rel, trig, i, L, conf, voice + carried)
        if obj:
            return self._pairs(subj, obj, rel, trig, i, L, conf, voice) + self._guest_visits(i, L, obj, oend, trig, conf) \
                + self._sided_against(subj, obj, rel, oend, trig, i, L, conf) \
                + self._pairs(subj, later, rel, trig, i, L, conf, voice + "+in-turn")
        if len(subj) >= 2 and (self._reciprocal(i) or mutual or self.phrase_at(j, "reciprocal_objects")):
            if trig.mutual and self._coreferent_pair(sstart):
                return []
            return self._each_other(subj, rel, trig, i, L, conf)
        if rel in SYMMETRIC and len(subj) >= 2:
            out = []
            for a in range(len(subj)):
                for b in range(a + 1, len(subj)):
                    out.append(self._cand(subj[a], rel, subj[b], trig, i, L, conf, "coordinated-subject"))
            return out
        self.trace.notes.append(f"'{self.words[i]}': no object found")
        return []

    def _named_after_apposition(self, end: int) -> Mention | None:
        """'sekutu dekat Israel, AS, melancarkan ...': the actor a noun phrase ending at ``end`` describes
        when it is named right after, between commas (or before a verb); None otherwise."""
        if end <= 0 or end + 2 >= self.s1 or self.low[end] != ",":
            return None
        m = self.mention_at(end + 1)
        if m is None or m.start != end + 1 or not self.actor(m):
            return None
        after = self._past_own_acronym(m, m.end)
        return m if after < self.s1 and (self.low[after] == "," or self._is_verb(self.low[after])) else None

    def _relative_head(self, q: int) -> list[Entity]:
        """The actor a relative clause opening right before the copula at ``q`` ('AS, yang merupakan') hangs
        on: the last name before the marker, not the whole coordination it ends."""
        k = q - 1
        while k > self.s0 and self.low[k] in self.skip and self.low[k] not in self.relative:
            k -= 1
        if k <= self.s0 or self.low[k] not in self.relative:
            return []
        k -= 1
        if self.low[k] == ",":
            k -= 1
        m = self.mention_at(k)
        if m is None or m.end != k + 1 or not self.actor(m):
            return []
        return [e for e in self.titled(m).entities if e.is_actor]

    def _ended(self, i: int) -> bool:
        """Whether a word of ending or suspending (cue 'ending_words') stands up to three words before the
        noun at ``i``, with no name between."""
        for k in range(i - 1, max(self.s0, i - 4) - 1, -1):
            if self.mention_at(k) is not None or not self.low[k].isalpha():
                return False
            if self.phrase_at(k, "ending_words"):
                return True
            if self._is_verb(self.low[k]):
                return False  # 'memutuskan memperluas kerja sama': another verb governs the noun
        return False

    def _fought_beside(self, j: int) -> tuple[list[Entity], int]:
        """The actors a phrase of company (cue 'co_participant_preps': 'bersama', 'bersama dengan') right after
        the verb at ``j`` names, over nouns of forces ('pasukan'), and where they end; ([], -1) if none."""
        p = self.phrase_at(j, "co_participant_preps")
        if not p:
            return [], -1
        q = j + len(p)
        while q < self.s1 and self.mention_at(q) is None and (self.low[q] in self.agent_nouns or self.low[q] in self.fillers):
            q += 1
        got = self._actor_named_at(q)
        return got if got else ([], -1)

    def _place_after(self, end: int) -> list[Entity]:
        """The state named by a place phrase ('di Gaza', 'di wilayah Suriah') right after ``end``, where the
        unnamed victims of a passive act are; [] when none follows."""
        if end <= 0 or end >= self.s1 or self.low[end] not in self.locatives:
            return []
        q = end + 1
        while q < min(self.s1, end + 3) and self.mention_at(q) is None and self.low[q] in self.passthrough:
            q += 1  # 'di wilayah Suriah', 'di kota Rafah'
        got = self._actor_named_at(q)
        return [e for e in got[0] if e.type == "Country"] if got else []

    def _sided_against(self, subj: list[Entity], obj: list[Entity], rel: str, oend: int, trig: Trigger, i: int, L: int,
                       conf: float) -> list[Candidate]:
        """'Turkey backs Azerbaijan against Armenia': who supports one side 'against' another (cue
        'support_against_preps') stands against that other."""
        preps = self.lex.cues.get("support_against_preps", [])
        if rel != "supports" or not preps or oend <= 0:
            return []
        _, c1 = self.clause(i)
        q = oend
        while q < c1 and q - oend < 5 and self.low[q] not in preps and self.low[q] != ",":
            q += 1
        if q >= c1 or self.low[q] not in preps:
            return []
        other, _ = self.right_actor(q, preps, limit=4)
        other = [e for e in other if all(e.key != o.key for o in obj)]
        return self._pairs(subj, other, "opposes", trig, i, L, conf - 0.1, "sided-against")

    def _agreement_parties(self, j: int) -> list[Entity]:
        """The parties of an agreement (cue 'agreement_nouns') named 'between' them right after a verb of
        stance: one who condemns or backs 'the deal between X and Y' takes that stand on both."""
        _, c1 = self.clause(j)
        k = j
        while k < min(c1, j + 8) and self.mention_at(k) is None and not self.phrase_at(k, "agreement_nouns"):
            if not self.low[k].isalpha() or self.low[k] in self.preps and self.low[k] != "of":
                return []
            k += 1
        p = self.phrase_at(k, "agreement_nouns")
        if not p:
            return []
        q = k + len(p)
        while q < min(c1, k + 5) and self.low[q] not in self.between and (self.low[q].isalpha() and self.mention_at(q) is None):
            q += 1  # 'the memoranda of understanding between', 'the deal signed between'
        if q >= c1 or self.low[q] not in self.between:
            return []
        grp, _ = self.right_actor(q, tuple(self.between), limit=4, stop_at_verbs=False)
        return grp if len(grp) >= 2 else []

    def _proposal_owner(self, i: int) -> list[Entity]:
        """Who made the proposal a passive stance verb at ``i`` is about, when its subject is a proposal told
        before ('The call was quickly seconded by Merkel', 'The plan was rejected by Moscow'; cues
        'retold_determiners', 'proposal_nouns'): the last actor named before a verb of proposing (cue
        'proposal_verbs': 'called for', 'proposed') in the nearest earlier sentence that has one, up to
        cue 'scene_lookback' sentences back. None when no such sentence is near."""
        k = i - 1
        while k > self.s0 and (self.low[k] in self.skip or self.low[k] in self.lex.cues.get("passive_auxiliaries", [])
                               or self.low[k].endswith("ly")):
            k -= 1  # 'was quickly'
        if self.low[k] not in self.lex.cues.get("proposal_nouns", []) or k - 1 < self.s0 \
                or self.low[k - 1] not in self.lex.cues.get("retold_determiners", []) or k - 1 != self.s0:
            return []
        sents = list(self.doc.sents)
        here = next((n for n, sp in enumerate(sents) if sp.start == self.s0), 0)
        for n in range(here - 1, max(-1, here - 1 - int(self.lex.cues.get("scene_lookback", 0) or 0)), -1):
            sp = sents[n]
            verb = next((q for q in range(sp.start, sp.end) if self.phrase_at(q, "proposal_verbs")), None)
            if verb is None:
                continue
            named = self._actors_of_sentence(sp.start, verb)
            return named[-1:]
        return []

    def _continued_objects(self, obj: list[Entity], oend: int, trig: Trigger) -> list[Entity]:
        """The objects a verb takes after its first, one after another (cue 'object_continuations': 'met
        with the IMF, then with President Trump', 'talked to Japan and later to Korea'): each is the
        verb's object, in turn, not a party of one gathering. A time adjunct may stand before ', then';
        the name must not begin a clause of its own ('then Laos met with Cambodia')."""
        k = oend
        while k < min(self.s1, oend + 4) and not self.phrase_at(k, "object_continuations") and (
                self.phrase_at(k, "time_adjuncts") or self.low[k] in ("on", "in", "at") or self.words[k][:1].isupper()
                and self.mention_at(k) is None):
            k += 1  # 'on Monday, then with Laos'
        p = self.phrase_at(k, "object_continuations")
        if not p:
            return []
        k += len(p)
        if k < self.s1 and self.low[k] in trig.object and self.low[k]:
            more, end = self.right_actor(k, trig.object, limit=3)
        else:
            more, end = ([], -1) if "" not in trig.object else self.right_actor(k, ("",), limit=3)
        q = end
        while 0 < q < self.s1 and self.low[q] in self.skip:
            q += 1
        if not more or (0 < q < self.s1 and (self._is_verb(self.low[q]) or self.other_predicate(q))):
            return []
        return [e for e in more if all(e.key != x.key for x in obj)]

    def _apposed_head(self, sstart: int) -> list[Entity]:
        """'the Houthis, an Iranian-backed militia,': the actor before the comma that an apposition opened
        by an indefinite article (cue 'indefinite_articles') describes."""
        k = sstart - 1
        if k - 2 < self.s0 or self.low[k] not in self.lex.cues.get("indefinite_articles", []) or self.low[k - 1] != ",":
            return []
        q = k - 2
        if self.low[q] == ")":  # 'the Popular Mobilization Forces (PMF), an Iranian-backed militia,': over the short name
            opening = next((x for x in range(q - 1, max(self.s0, q - 6) - 1, -1) if self.low[x] == "("), None)
            if opening is None or opening - 1 < self.s0:
                return []
            inner = self.mention_at(q - 1)
            q = opening - 1
            if self.mention_at(q) is None and inner is not None and inner.end == opening + 1 + (inner.end - inner.start) and self.actor(inner):
                return self.group(inner)[0]  # the long name unknown, the short one known
        m = self.mention_at(q)
        if m is None or m.end != q + 1 or not self.actor(m):
            return []
        return self.group(m)[0]

    def _object_relative_head(self, sstart: int) -> list[Entity]:
        """'Israel, which the US supports', 'Kyiv, whom the West arms': the actor right before an object
        relative marker (cue 'object_relative_markers') whose clause's subject is the verb's subject."""
        k = sstart - 1
        if k > self.s0 and self.low[k] in self.determiners:
            k -= 1
        if k <= self.s0 or self.low[k] not in self.lex.cues.get("object_relative_markers", []):
            return []
        q = k - 1
        if self.low[q] == ",":
            q -= 1
        m = self.mention_at(q) if q >= self.s0 else None
        if m is None or m.end != q + 1 or not self.actor(m):
            return []
        return [e for e in self.titled(m).entities if e.is_actor]

    def _guest_visits(self, i: int, L: int, guests: list[Entity], oend: int, trig: Trigger, conf: float) -> list[Candidate]:
        """'Kim Jong Un hosted Putin in Pyongyang', 'hosted Xi at the Kremlin': a verb of hosting (cue
        'host_verbs') with a place after its guest; the guest visits the place's state."""
        if oend <= 0 or " ".join(self.low[i : i + L]) not in self.lex.cues.get("host_verbs", []):
            return []
        k = oend
        while k < min(self.s1, oend + 3) and self.low[k] not in self.locatives and self.low[k] not in self.lex.cues.get("host_place_preps", []):
            if self.mention_at(k) is not None or not self.low[k].isalpha():
                return []
            k += 1
        q = k + 1
        while q < self.s1 and self.low[q] in self.determiners:
            q += 1
        m = self.mention_at(q)
        if k >= self.s1 or m is None or m.start != q:
            return []
        places = [e for e in m.entities if e.type in ("Country", "Place")]
        out = []
        for g in guests:
            home = g.acts_for or g.key
            out += [c for c in self._pairs([g], places, "visits", trig, i, L, conf - 0.1, "host-guest-visits")
                    if c.object.key != home]
        return out

    def _blamed_for(self, i: int) -> list[Entity]:
        """'Ukraine blamed Russia for the strike on Kyiv', 'condemned Russia for the attack on Kyiv': the object
        of a verb of blame (cues 'accusation_content', 'blame_verbs') before the phrase of reason is the act's agent."""
        k = i - 1
        reasons = self.lex.cues.get("blame_reason_preps", [])  # 'over', also an amount word ('over 100')
        while k > self.s0 and (self.low[k] in self.determiners or self.low[k] in self.noun_adjectives or self.low[k] in self.quantifiers
                               or (self.possessive and self._item_ends_at(k))) and self.low[k] not in reasons:
            k -= 1
        if k <= self.s0 or self.low[k] not in self.lex.cues.get("gratitude_preps", []) + ["of"] + reasons:
            return []
        m = self.mention_at(k - 1)
        if m is None or not self.actor(m):
            return []
        ents, start, _ = self.group(m)
        v = self._before_title(start) - 1
        while v > self.s0 and (self.low[v] in self.determiners or self.low[v] in self.lex.cues.get("pair_openers", [])):
            v -= 1  # 'blamed both Israel and the United States for the attack'
        return ents if v >= self.s0 and (self.phrase_at(v, "accusation_content") or self.phrase_at(v, "blame_verbs")) else []

    def _thanked_for(self, i: int, det: int) -> tuple[list[Entity], list[Entity]] | None:
        """'Zelensky thanked Japan for its support': after a verb of thanks (cue 'gratitude_verbs'), its
        object and 'for', the pronoun owning the noun is the object, who acts for the subject."""
        q = det - 1
        if q - 1 < self.s0 or self.low[q] not in self.lex.cues.get("gratitude_preps", []):
            return None
        m = self.mention_at(q - 1)
        if m is None or not self.actor(m):
            return None
        ents, start, _ = self.group(m)
        v = self._before_title(start) - 1
        if v < self.s0 or self.low[v] not in self.lex.cues.get("gratitude_verbs", []):
            return None
        who, _ = self.left_subject(v)
        return (ents, who) if who else None

    def _benign_act(self, end: int) -> bool:
        """Whether the noun of an act at ``end`` is help or friendship (cue 'benign_relations', or a transfer
        of aid): 'EU military aid', 'Chinese investment'."""
        benign = self.lex.cues.get("benign_relations", [])
        for L in (3, 2, 1):
            key = tuple(self.low[end : end + L])
            for t, v in self.lex.forms.get(key, ()):
                if v == "nominal" and (t.relation in benign or (t.kind == "transfer" and (self.lex.items.get(key) or ("", ""))[1] == "aid")):
                    return True
            if key in self.lex.items and self.lex.items[key][1] == "aid":
                return True
        return False

    def _partner_in_act(self, i: int, L: int, oend: int) -> bool:
        """'Japan joined the European Union in sanctioning Moscow': a verb of joining (cue 'co_agent_verbs')
        whose object is followed by 'in' and a gerund joins a partner in that act."""
        if not self.possessive or oend <= 0 or " ".join(self.low[i : i + L]) not in self.lex.cues.get("co_agent_verbs", []):
            return False
        k = oend
        while k < self.s1 and self.low[k] in self.skip:
            k += 1
        return (k + 1 < self.s1 and self.low[k] in self.lex.cues.get("co_agent_preps", [])
                and self.low[k + 1].endswith("ing"))

    def _armed_group_of_state(self, sstart: int) -> bool:
        """'Pemberontak Myanmar menyerang pos militer', 'milisi Irak menembakkan roket': Indonesian names
        rebels or militias (cue 'armed_group_nouns') by the state after them; they do not act for it."""
        m = self.mention_at(sstart)
        if self.possessive or m is None or m.start != sstart or not all(e.type == "Country" for e in m.entities if e.is_actor):
            return False
        return any(p and q + len(p) == sstart for q in range(max(self.s0, sstart - 2), sstart)
                   for p in [self.phrase_at(q, "armed_group_nouns")])

    def _people_of_state(self, sstart: int) -> bool:
        """'Indian fans attacked the bus', 'Chinese students visited Tokyo': a nationality before a noun of
        unarmed private people (cue 'unarmed_nouns') names those people, who do not act for their state."""
        m = self.mention_at(sstart)
        return (self.possessive and m is not None and m.start == sstart and m.end < self.s1
                and self.low[m.end] in self.lex.cues.get("unarmed_nouns", []))

    def _envoy_posting(self, j: int, tend: int, target: list[Entity]) -> bool:
        """'Duta Besar Cina untuk PBB', 'the Chinese envoy to the UN': between the noun and its target an
        envoy's title (cue 'envoy_titles') names a state, then a posting preposition (cue 'posting_preps')
        the target; the target completes the title."""
        keys = {e.key for e in target}
        posting = self.lex.cues.get("posting_preps", [])
        for q in range(j, tend):
            title = self.phrase_at(q, "envoy_titles")
            if not title:
                continue
            m = self.mention_at(q + len(title))
            if m is None or m.end >= tend or self.low[m.end] not in posting:
                continue
            k = m.end + 1
            while k < tend and self.low[k] in self.determiners:
                k += 1
            t = self.mention_at(k)
            if t is not None and {e.key for e in t.entities} & keys:
                return True
        return False

    def _past_amounts(self, k: int) -> int:
        """The first token from ``k`` that is no article, number or amount word."""
        while k < self.s1 and (self.low[k] in self.determiners or NUMBER.match(self.low[k])
                               or self.low[k] in self.lex.cues.get("quantifiers", [])):
            k += 1
        return k

    def _sporting_meeting(self, j: int) -> bool:
        """'Spain and Italy will meet in the final', 'Indonesia bertemu Jepang di semifinal': a match word
        (cue 'sporting_event_nouns') within a few words after the verb makes the meeting a game."""
        events = self.lex.cues.get("sporting_event_nouns", [])
        return any(self.low[q] in events for q in range(j, min(self.s1, j + 6)))

    def _light_verb(self, i: int) -> tuple[str, int] | None:
        """A verb like 'menjatuhkan' (agentive) or 'dijatuhi' (undergoer) shortly before a noun."""
        words = 0
        owner = self._left_modifier(i) and self.mention_at(self._modifier_start(i))  # 'faces EU sanctions', 'under U.S. sanctions'
        for k in range(i - 1, self.s0 - 1, -1):
            if owner and k >= owner.start:
                continue
            w = self.low[k]
            if NUMBER.match(w) or w in self.quantifiers or w in self.determiners or not (w.isalpha() or w == ","):
                if k < i - 10:
                    break
                continue  # 'approved a $ 360 million sale': amounts do not count
            words += 1
            if words > 4:
                break
            if owner and k < owner.start and w not in self.lex.cues.get("undergoer_light_verbs", []):
                if w in self.lex.cues.get("agentive_light_verbs", []) or w in self.lex.cues.get("lift_verbs", []):
                    return None  # 'join EU sanctions', 'condemned Israeli strikes': the name before the noun is its agent
            if w in self.lex.cues.get("agentive_light_verbs", []):
                if self.possessive and w in self.noun_adjectives and k - 1 >= self.s0 and self.low[k - 1] in self.lex.cues.get("agentive_light_verbs", []):
                    return "agent", k - 1  # 'pledged continued support': 'continued' is the noun's adjective here
                return "agent", k
            if w in self.lex.cues.get("undergoer_light_verbs", []):
                return "undergoer", k
            if w in self.lex.cues.get("undergoer_nouns", []) and k - 1 >= self.s0 and self.low[k - 1] in self.lex.cues.get("becoming_verbs", []):
                return "undergoer", k - 1  # 'Qatar menjadi sasaran serangan Iran': who becomes the target undergoes the act
            if w in self.lex.cues.get("lift_verbs", []):
                return "lift", k
            if self.mention_at(k) is not None or w == "," or w in self.complementizers:
                break
            if self.possessive and w.isalpha() and self.phrase_at(k, "clause_breaks") and not self.prepositional(k):
                break  # 'imposed sanctions after strikes on Kyiv killed 20': another clause's noun
            if self.possessive and w in self.preps and w not in self.lex.cues.get("light_phrase_preps", []):
                break  # 'announced new restrictions on exports of chips': the noun is in a phrase, not the verb's object
        return None

    def _provoked_by(self, i: int) -> int | None:
        """A verb of provoking (cue 'provoking_verbs': 'memicu', 'prompting') up to four words before the
        noun at ``i``, with no name between: 'memicu kecaman keras', 'drawing sharp criticism'."""
        verbs = self.lex.cues.get("provoking_verbs", [])
        for k in range(i - 1, max(self.s0, i - 5) - 1, -1):
            if self.low[k] in verbs:
                return k
            if self.mention_at(k) is not None or not self.low[k].isalpha():
                return None
        return None

    def _provoker(self, k: int) -> list[Entity]:
        """Whose act provokes at ``k``: after a comma and a relative marker ('..., yang memicu', '..., which
        drew') or a bare comma ('..., prompting') the whole clause before it, so its subject; else the
        subject of the provoking verb ('Invasi Rusia memicu ...')."""
        q = k - 1
        while q > self.s0 and self.low[q] in self.relative:
            q -= 1
        if q > self.s0 and self.low[q] == ",":
            v = next((x for x in range(self.s0, q) if self.mention_at(x) is None and self._is_verb(self.low[x])), None)
            if v is not None:
                return self.left_subject(v)[0]
            # 'Ben Gvir datang ke masjid, memicu kecaman ...': a bare verb ('datang', 'tiba') has no prefix to
            # be known by; the actor that opens the sentence is the clause's subject
            k0 = self.s0
            while k0 < q and self.mention_at(k0) is None and (self.low[k0] in self.skip or self.low[k0] in self.joiners
                                                                or self.low[k0] in self.title_words or self.low[k0] in self.agent_nouns):
                k0 += 1
            m = self.mention_at(k0)
            return self.group(m)[0] if m is not None and self.actor(m) and m.entities[0].type != "Media" else []
        return self.left_subject(k)[0]

    def _heads_own_clause(self, i: int, j: int) -> bool:
        """'after the talks in Doha with the United States collapsed': a noun in a subordinate clause
        with a finite verb of its own is that clause's subject; 'setelah pertemuan dengan Stoltenberg'
        (no verb) hangs on the main clause and shares its subject."""
        c0, c1 = self.clause(i)
        if c0 == self.s0:
            return False
        return any(self.mention_at(q) is None and self._finite_verb(self.low[q]) and not self.other_predicate(q)
                   for q in range(j, c1))

    def _left_modifier(self, i: int) -> list[Entity]:
        """'EU sanctions on Russia', 'Israeli strikes on Iran': English names the agent of a noun by a
        name or an adjective of state right before it (after the noun's own modifiers)."""
        k = i - 1
        n = 0  # 'an Iranian drone attack', 'a Russian missile strike': over up to two adjectives of the noun
        while k > self.s0 and self.mention_at(k) is None and (self.low[k] in self.object_modifiers or (n < 2 and self.low[k] in self.noun_adjectives)):
            n += self.low[k] in self.noun_adjectives
            k -= 1
        m = self.mention_at(k)
        if m is None or m.end != k + 1 or not self.actor(m) or m.entities[0].type == "Media":
            return []
        if m.start - 1 >= self.s0 and self.low[m.start - 1] in self.possessive:
            return []
        return self.group(m)[0]

    def _coalition(self, i: int, L: int, trig: Trigger, rel: str, conf: float) -> list[Candidate]:
        """'the US announced a naval coalition ..., which was joined by Australia, Bahrain and the UK': the
        members a coalition noun (cue 'coalition_nouns') lists after an opener (cue 'member_list_openers')
        and the one who formed it (the subject of a light verb before it) each stand with every other."""
        _, c1 = self.clause(i)
        k = next((q for q in range(i + L, min(c1, i + L + 14)) if self.phrase_at(q, "member_list_openers")), None)
        if k is None:
            return []
        q = k + len(self.phrase_at(k, "member_list_openers"))
        while q < c1 and self.low[q] in self.fillers:
            q += 1
        m = self.mention_at(q)
        if m is None or m.start != q or not self.actor(m):
            return []
        members = self.group(m)[0]
        lv = self._light_verb(i)
        founders = self.left_subject(lv[1])[0] if lv and lv[0] == "agent" else []
        every = founders + [e for e in members if all(e.key != f.key for f in founders)]
        if len(every) < 2:
            return []
        return [self._cand(every[a], rel, every[b], trig, i, L, conf, "nominal-coalition-members")
                for a in range(len(every)) for b in range(a + 1, len(every))]

    def _located_agent(self, agent: list[Entity], rule: str, j: int) -> bool:
        """Whether the agent read after 'by' is followed by a place phrase ('in Yemen', cue
        'locative_preps'), which then says where the agent is rather than naming the target."""
        if not (self.possessive and agent and rule == "nominal-agent-prep") or j >= self.s1 or self.low[j] in self.passive_agent:
            return False  # 'strikes by Israel in Lebanon': right after the noun, the place is the target's
        _, end = self.right_actor(j, self.passive_agent or ("by",), limit=8, stop_at_verbs=False)
        q = end
        while 0 < q < self.s1 and self.mention_at(q) is None and self.low[q] in self.lex.cues.get("armed_group_nouns", []):
            q += 1  # 'by the Houthi movement in Yemen': the group's noun after its name
        return 0 < q < self.s1 and self.low[q] in self.locatives

    def _modifier_start(self, i: int) -> int:
        """Where the name or state adjective that ``_left_modifier`` reads before the noun at ``i`` ends."""
        k = i - 1
        while k > self.s0 and self.mention_at(k) is None and (self.low[k] in self.object_modifiers or self.low[k] in self.noun_adjectives):
            k -= 1
        return k

    def _victims_of(self, i: int) -> list[Entity]:
        """'Two U.S. soldiers were killed in an Iranian drone attack': an act named after a verb of casualty
        and its preposition (cues 'casualty_verbs', 'casualty_preps') hits the state whose people (cue
        'victim_nouns', right after the state's name) are that verb's subject."""
        det = i - 1  # the start of the noun phrase: over adjectives, one name of the agent and a determiner
        while det > self.s0 and self.mention_at(det) is None and self.low[det] in self.noun_adjectives:
            det -= 1
        m = self.mention_at(det)
        if m is not None and m.end == det + 1:
            det = m.start - 1
        while det > self.s0 and self.mention_at(det) is None and self.low[det] in self.noun_adjectives:
            det -= 1
        if det < self.s0 or self.low[det] not in self.determiners:
            det += 1  # no determiner: 'killed in Pakistani shelling'
        if det - 2 < self.s0 or not self.phrase_at(det - 1, "casualty_preps") or not self.phrase_at(det - 2, "casualty_verbs"):
            return []
        c0, _ = self.clause(det - 2)
        for k in range(det - 3, c0 - 1, -1):
            m = self.mention_at(k)
            if m is not None and m.end == k + 1 and self.actor(m) and self.phrase_at(m.end, "victim_nouns"):
                return [e for e in m.entities if e.is_actor and e.type != "Person"]
        return []

    def _object_of_verb(self, i: int) -> bool:
        """'condemned attacks on Israel', 'to deter attacks on Israel': a noun right after a verb that is
        not a light verb is that verb's object; the verb's subject is not the noun's agent."""
        k = i - 1
        while k > self.s0 and (self.low[k] in self.determiners or self.low[k] in self.quantifiers) and self.mention_at(k) is None:
            k -= 1
        w = self.low[k]
        return self.mention_at(k) is None and (w in self.lex.cues.get("plural_noun_after", []) or self._is_verb(w))

    def _reason_phrase(self, i: int) -> bool:
        """'threatened to retaliate against Israel for the killing of Haniyeh': a noun in a phrase of
        reason (cue 'reason_phrases') names an act of someone else, not of the clause's subject."""
        k = i - 1
        while k >= self.s0 and i - k <= 4 and (self.low[k] in self.quantifiers or self.low[k] in self.object_modifiers
                                                or self.low[k] in self.determiners):
            if self.mention_at(k) is not None:
                return False
            k -= 1
        for q in range(max(self.s0, k - 3), k + 1):
            p = self.phrase_at(q, "reason_phrases")
            if p and k + 1 <= q + len(p) <= i:  # the phrase may take the determiner: 'for the'
                return True
        return False

    def _nominal(self, i: int, L: int, trig: Trigger, rel: str, conf: float) -> list[Candidate]:
        j = i + L
        if rel in SYMMETRIC and self.possessive and self.phrase_at(i, "coalition_nouns"):
            members = self._coalition(i, L, trig, rel, conf)
            if members:
                return members
        if i > self.s0 and self.low[i - 1] in self.lex.cues.get("means_preps", []) and not (
                rel in SYMMETRIC and j < self.s1 and self.low[j] in trig.target_preps):
            # 'berbicara dengan pemimpin kedua negara melalui telepon': the means of another act, no statement;
            # but 'mengatakan hal itu melalui percakapan telepon dengan Netanyahu': the call names its own
            # partner, and is the subject's talk with them
            self.trace.notes.append(f"'{self.words[i]}': a means ('{self.words[i - 1]}'), not a statement")
            return []
        asked = self._requested(i)
        if asked and rel not in self.lex.cues.get("benign_relations", []) and rel not in self.lex.cues.get("stance_relations", []):
            # 'Greece called for sanctions on Turkey', 'discussed sanctions on Iran': an act asked for or talked
            # over is no one's act yet; whose it would be the sentence does not say ('demands expulsion of US
            # troops' is a stand, which the stance relations read)
            self.trace.notes.append(f"'{self.words[i]}': asked for or discussed ('{asked}'), not done")
            return []
        pred = i - 1
        while pred > self.s0 and self.low[pred] in self.skip:
            pred -= 1
        if not trig.appositive and pred >= self.s0 and self.phrase_at(pred, "predicative_markers"):
            # 'menyebut pengiriman pasukan tersebut sebagai ancaman bagi Korea Selatan': what is called a threat
            # (the name right before 'sebagai') is its agent, not the one who calls it so
            head = self.mention_at(pred - 1)
            target, _ = self.right_actor(j, trig.target_preps, limit=8, stop_at_verbs=False) if trig.target_preps else ([], -1)
            if head is None or not self.actor(head) or not target:
                self.trace.notes.append(f"'{self.words[i]}': predicate of '{self.words[pred]}', its agent is what is named so")
                return []
            return self._pairs(self.group(head)[0], target, rel, trig, i, L, conf, "nominal-predicative")
        if trig.appositive:
            # 'China, sekutu utama Korea Utara, ...': the actor before the comma and the possessor
            k = i - 1
            while not self.possessive and k > self.s0 and (self.low[k] in self.relative or self.low[k] in self.skip) and self.low[k] != ",":
                k -= 1  # 'Jepang, yang juga sekutu Amerika Serikat, ...': a relative marker between the comma and the noun
            other: list[Entity] = []
            if self.possessive and self.low[k] != ",":
                # English: 'China, Pakistan 's closest ally,': the possessor stands between the comma and the noun
                other = self.left_possessor(i)
                k = next((q for q in range(i - 1, max(self.s0, i - 7) - 1, -1) if self.low[q] == ","), -1)
            if k > self.s0 and self.low[k] == ",":
                head = self.mention_at(k - 1)
                if not other:
                    other, oend = self.possessor(j)
                    named = self._named_after_apposition(oend) if not self.possessive else None
                    if named is not None:
                        head = named  # 'waktu Iran, sekutu dekat Israel, AS, melancarkan': the ally is named after the noun
                if not other and self.possessive and k >= i - 4:
                    other, _ = self.right_actor(j, ("of",), limit=3)  # 'Lukashenko, a close ally of Putin,'
                if head is not None and self.actor(head) and other:
                    return self._pairs(self.group(head)[0], other, rel, trig, i, L, conf, "appositive")
            # 'The United States is Israel 's closest ally', 'China adalah sekutu utama Korea Utara'
            q = next((q for q in range(i - 1, max(self.s0, i - 6) - 1, -1) if self.phrase_at(q, "copulas")), None)
            if q is not None and all(self.mention_at(x) is None or x >= q for x in range(q, i)):
                if not other:
                    other = self.left_possessor(i) if self.possessive else self.possessor(j)[0]
                if not other and self.possessive:
                    other, _ = self.right_actor(j, ("of",), limit=3)  # 'Navalny is an outspoken critic of Putin'
                head, _ = self.left_subject(q)
                last = self._relative_head(q)
                if last:
                    head = last  # 'antara Iran dan AS, yang merupakan sekutu utama Israel': the relative clause is on AS
                if head and other:
                    return self._pairs(head, other, rel, trig, i, L, conf, "appositive")
            listed = self._listed_partners(i, j)
            if listed:  # 'AS memperingatkan sekutu-sekutunya di Asia seperti Jepang dan Korea Selatan'
                return self._pairs(listed[0], listed[1], rel, trig, i, L, conf - 0.1, "appositive-listed")
            return []
        agent, aend = self.possessor(j)
        rule = "nominal-possessor"
        patient: list[Entity] = []
        if agent and trig.patient_possessor and j < self.s1 and self.low[j] in trig.patient_possessor:
            # 'pengakuan negara Palestina', 'pengakuan kemerdekaan Kosovo': the state recognised, not the one
            # recognising; the agent is after 'oleh', or the subject of the light verb or clause
            patient, agent = agent, []
        if not agent and self._pronoun_owner(j):
            # 'perjanjian mereka dengan kita': the owner is a pronoun left unresolved; another actor of the
            # sentence is no better guess than none
            self.trace.notes.append(f"'{self.words[i]}': owned by a pronoun ('{self.words[j]}'), owner unknown")
            return []
        if not agent and self.possessive:
            agent = self.left_possessor(i)
            rule = "nominal-left-possessor"
        if not agent and self.suffixes and self.low[j - 1].endswith(self.suffixes) and L > 1:
            # 'dukungan Korea Utara terhadap kampanye militernya': -nya is the person spoken of, not the clause's actor
            agent = next(([e for e in mm.entities if e.type == "Person"][:1] for t in range(i - 1, self.s0 - 1, -1)
                          for mm in [self.mention_at(t)] if mm is not None and any(e.type == "Person" for e in mm.entities)), [])
            if rel not in self.lex.cues.get("person_party_relations", []):
                # his campaign is his state's; but 'percakapan teleponnya dengan Hun Sen' is the person's own talk
                agent = [self.ext.gaz.get(e.acts_for) or e if e.acts_for else e for e in agent]
            rule = "nominal-nya"
        if not agent and self.suffixes and L == 1 and self.low[i].endswith(self.suffixes) and not self.possessive:
            # 'sanksi terhadap Rusia atas invasinya ke Ukraina': '-nya' on the noun is its agent, the actor
            # named last before it, not the clause's subject
            mm = next((mm for t in range(i - 1, self.s0 - 1, -1) for mm in [self.mention_at(t)]
                       if mm is not None and self.actor(mm) and mm.entities[0].type != "Media"), None)
            if mm is not None:
                agent, rule = [e for e in mm.entities if e.is_actor][:1], "nominal-nya-word"
        if not agent and self.possessive:
            agent = self._left_modifier(i)
            rule = "nominal-left-modifier"
        target: list[Entity] = []
        tend = -1
        lv = self._light_verb(i)
        if lv and lv[0] == "lift" and trig.mutual:
            lv = None  # 'mengakhiri perang 12 hari dengan Israel': a war that ends was fought
        if lv and lv[0] == "lift":
            self.trace.notes.append(f"'{self.words[i]}': lifted, not imposed")
            return []
        if rel in self.lex.cues.get("ended_relations", []) and self._ended(i):
            # 'Penghentian Kerja Sama dengan Badan Nuklir PBB', 'menangguhkan kesepakatan kerja samanya dengan Israel'
            self.trace.notes.append(f"'{self.words[i]}': ended or suspended, not held")
            return []
        if not agent:
            q = j
            while q < self.s1 and q - j < 3 and (self.low[q] in self.skip or self.low[q] in self.quantifiers
                                                  or NUMBER.match(self.low[q]) or self.low[q] in self.object_modifiers):
                q += 1
            if q < self.s1 and self.low[q] in self.lex.cues.get("act_passives", []):
                # 'Sanksi baru dijatuhkan Uni Eropa kepada Iran': the agent of the passive after the noun
                agent, _ = self.right_actor(q + 1, (*self.passive_agent, ""), limit=3)
                rule = "nominal-passive-agent"
        if not agent and trig.agent_preps:
            agent, at = self.right_actor(j, trig.agent_preps, limit=8, stop_at_verbs=False)
            at = next((q for q in range(j, at) if self.low[q] in trig.agent_preps), at)  # commas of the agents' list do not count
            if agent and any(self.low[q] == "," for q in range(j, at)):
                agent = []  # 'serangan ke Kyiv, memicu kecaman dari Uni Eropa': 'dari' belongs to the next phrase
            rule = "nominal-agent-prep"
        if not agent and self.possessive:
            agent = self._participle_agent(j)
            if agent:
                rule = "nominal-participle-agent"  # 'the attack, reportedly conducted by the Taliban'
        if lv and lv[0] == "undergoer":
            target, _ = self.left_subject(lv[1])
            rule += "+undergoer"
        elif lv and lv[0] == "agent" and not agent:
            agent, _ = self.left_subject(lv[1])
            rule = "nominal-light-verb"
        # "antara X dan Y" for symmetric nouns, and for a war between the two ('perang antara Israel dan Iran')
        if (rel in SYMMETRIC or trig.mutual) and not target:
            grp, _ = self.right_actor(aend if aend > 0 else j, tuple(self.between), limit=6, stop_at_verbs=False)
            if trig.mutual and any(self._coreferent_pair(q) for q in range(j, min(self.s1, j + 6))):
                grp = []
            if len(grp) >= 2:  # 'kedua pemimpin sepakat memperkuat kerja sama antara Indonesia dan China': the pair named
                out = []
                for a in range(len(grp)):
                    for b in range(a + 1, len(grp)):
                        out.append(self._cand(grp[a], rel, grp[b], trig, i, L, conf, "nominal-between"))
                        if trig.mutual:
                            out.append(self._cand(grp[b], rel, grp[a], trig, i, L, conf, "nominal-between"))
                return out
            if grp:
                self.trace.notes.append(f"'{self.words[i]}': 'between' with only one actor")
                return []
        if patient:
            target = patient
        if not target and agent and rel in self.lex.cues.get("framed_relations", []):
            target = self._target_of_frame(i)  # 'Riyadh was the target of an Al-Qaeda suicide attack', 'the subject of US sanctions'
        if not target and trig.target_preps:
            if rel in self.nya_relations:
                owner = agent or self.left_subject(i)[0]
                self.nya_exclude = {e.key for e in owner} | {e.acts_for for e in owner if e.acts_for}
            preps = trig.target_preps
            if L > 1 and self.low[j - 1] in self.preps:
                preps = ("", *preps)  # 'revenge against Israel', 'threats against Taiwan': the form took the preposition
            target, tend = self.right_actor(aend if aend > 0 else j, preps, limit=8, places=trig.places, stop_at_verbs=False)
            if target and any(self.phrase_at(q, "predicative_markers") for q in range(j, tend)):
                target = []  # 'serangan tersebut sebagai bentuk solidaritas terhadap Palestina': the phrase after 'sebagai' names the act
            if target and self._located_agent(agent, rule, j):
                target = []  # 'claimed by the Houthi movement in Yemen': where the agent is, not what it hits
            if target and self._envoy_posting(j, tend, target):
                self.trace.notes.append(f"'{self.words[i]}': the envoy's posting, not the target")
                # 'kritik dari Duta Besar Cina untuk PBB': the UN is where the envoy serves; a target may follow
                target, tend = self.right_actor(tend, preps, limit=8, places=trig.places, stop_at_verbs=False)
            self.nya_exclude = None
        prov = self._provoked_by(i) if not lv and not trig.mutual else None  # 'memicu perang': a war has no single agent
        if prov is not None:
            # 'Korea Utara meluncurkan rudal, yang memicu kecaman dari Jepang', 'Invasi Rusia memicu sanksi
            # dari Uni Eropa': what an act provokes is aimed at the act's actor, and its own agent is named
            # after the noun ('dari'); the clause's subject is the provoker, not the agent
            if not target:
                target = self._provoker(prov)
            if not agent:
                self.trace.notes.append(f"'{self.words[i]}': provoked by '{self.words[prov]}', no agent of its own")
                return []
            rule += "+provoked"
        stance = not agent and self._object_of_stance(i)
        if stance:
            # 'AS mengecam serangan terhadap Israel', 'Beijing menentang sanksi terhadap Pyongyang': the noun is
            # what the subject takes a stand on, not its own act; with no owner named, the act has none
            self.trace.notes.append(f"'{self.words[i]}': object of '{self.words[stance]}', its agent is not the subject")
            return []
        own_clause = self._heads_own_clause(i, j)
        reason = self._reason_phrase(i) or (self.possessive and not lv and i not in self.blocked and self._object_of_verb(i))
        if not agent and not (lv and lv[0] == "undergoer") and not reason and not self.possessive and i - 1 > self.s0 \
                and self.low[i - 1] in self.lex.cues.get("manner_preps", []):
            # 'Pasukan Israel menewaskan komandan Hizbullah dalam serangan udara': the act in a phrase of manner
            # is the main verb's subject's, not its object's
            v = next((q for q in range(i - 2, max(self.s0, i - 8) - 1, -1)
                      if self.mention_at(q) is None and self._is_verb(self.low[q]) and not self.phrase_at(q, "reporting_verbs")), None)
            if v is not None:
                agent, _ = self.left_subject(v)
                rule = "nominal-manner-of-verb"
                conf -= 0.1
        if not agent and reason and self.possessive:
            blamed = self._blamed_for(i)
            if blamed:
                agent, rule = blamed, "nominal-blamed-for"  # 'Ukraine blamed Russia for the strike on Kyiv'
        if not agent and not (lv and lv[0] == "undergoer") and not reason:
            # the subject of 'received a visit' is its host; a noun heading its own subordinate clause
            # ('after the talks with the US collapsed') does not borrow the main clause's subject
            agent, _ = self.left_subject(i, share=not own_clause)
            rule = "nominal-clause-subject"
            conf -= 0.1
        det = self._determiner_before(i) if self.possessive else -1
        pronoun_owner = det >= 0 and self.low[det] in self.lex.cues.get("owner_pronouns", [])
        unnamed_owner = j < self.s1 and self.low[j] in self.lex.cues.get("unnamed_owner_nouns", []) and self.mention_at(j) is None \
            and (j + 1 >= self.s1 or self.mention_at(j + 1) is None)
        if not agent and target and not reason and not own_clause and not pronoun_owner and not trig.mutual and not unnamed_owner:
            # ('allies must increase their support for Kyiv': 'their' is the clause's own subject, unnamed;
            # 'bagi serangan rezim terhadap Iran': the regime after the noun owns the act, unnamed)
            agent = self.nearest_left(i)
            rule = "nominal-sentence-actor"
            conf -= 0.15
        if pronoun_owner and not (agent and target):
            thanked = self._thanked_for(i, det)
            if thanked:
                # 'Zelensky thanked Japan for its support': Japan supports Zelensky
                agent, target = thanked[0], target or thanked[1]
                rule = "nominal-thanked-for"
        hosts: list[Entity] = []
        if rel == "visits":  # one visits a place or a state; a host person stands for their state
            if lv and lv[0] == "undergoer":
                hosts = [e for e in target if e.type == "Person"]  # 'Prabowo menerima kunjungan Raja Abdullah II'
            target = [self.ext.gaz.get(e.acts_for) or e if e.type == "Person" and e.acts_for else e for e in target]
        if agent and rule in ("nominal-possessor", "nominal-left-possessor", "nominal-left-modifier", "nominal-agent-prep") \
                and rel in self.lex.cues.get("casualty_relations", []):
            # 'Two U.S. soldiers were killed in an Iranian drone attack in Jordan': the victims' state is the
            # target; the place after 'in' is where it happened
            target = self._victims_of(i) or target
        if trig.mutual:  # 'Pezeshkian mengumumkan berakhirnya perang dengan Israel': a war is its states'
            agent, target = self._states_of(agent), self._states_of(target)
        if agent and target:
            out = self._pairs(agent, target, rel, trig, i, L, conf, rule)
            if trig.mutual and not self._one_way(trig, j, tend):  # 'perang Iran dengan Israel': each side fights the other
                out += self._pairs(target, agent, rel, trig, i, L, conf, rule + "+mutual")
            if hosts:  # a host who receives a visit meets the visitor
                out += self._pairs(agent, hosts, "meetsWith", trig, i, L, conf - 0.1, "nominal-host-meets")
            return out
        if len(agent) >= 2 and not target and lv and lv[0] == "agent" and self._reciprocal(lv[1]):
            return self._each_other(agent, rel, trig, i, L, conf)  # 'Israel dan Iran saling melancarkan serangan'
        if (rel in SYMMETRIC or (trig.mutual and rule in ("nominal-possessor", "nominal-clause-subject"))) and len(agent) >= 2 and not target:
            out = []
            for a in range(len(agent)):
                for b in range(a + 1, len(agent)):
                    out.append(self._cand(agent[a], rel, agent[b], trig, i, L, conf, rule + "+coordinated"))
                    if trig.mutual:  # 'perang Iran dan Israel'
                        out.append(self._cand(agent[b], rel, agent[a], trig, i, L, conf, rule + "+coordinated"))
            return out
        anaphoric = j < self.s1 and self.low[j] in self.lex.cues.get("report_determiners", [])  # 'Serangan itu': an act told before
        if target and not agent and not reason and not stance and not anaphoric and self.opens_sentence(i):
            # 'Invasi militer AS ke Timur Tengah ... Mulai dari serangan ke Irak tahun 1990': the act listed with
            # no agent in a sentence of its own is the agent's of the sentence before
            agent = self.carried_subject(exclude=target)
            if agent:
                return self._pairs(agent, target, rel, trig, i, L, conf - 0.2, rule + "+carried-subject")
        owned = bool(lv and lv[0] == "agent" and self.low[lv[1]] in self.lex.cues.get("responsibility_nouns", [])) \
            or rule == "nominal-blamed-for"  # 'blamed India for the attack': the reason phrase names the blamed one's act
        named = rule in ("nominal-light-verb", "nominal-participle-agent", "nominal-agent-prep", "nominal-possessor",
                         "nominal-left-possessor", "nominal-left-modifier", "nominal-blamed-for")  # not a clause subject the noun may not share
        if agent and named and not target and (owned or not reason) and not stance \
                and rel in self.lex.cues.get("scene_relations", []) and self._told_again(i):
            # 'The Houthi movement claimed responsibility for the attacks', after 'oil facilities in Saudi Arabia
            # were hit': an act told again is aimed where the document's earlier sentences put it; 'for the
            # attack' is a reason phrase unless it completes 'responsibility' (cue 'responsibility_nouns')
            target = self.scene_state(agent)
            if target:
                return self._pairs(agent, target, rel, trig, i, L, conf - 0.2, rule + "+scene")
        self.trace.notes.append(f"'{self.words[i]}': nominal without both parties")
        return []

    def _gathering_named(self, j: int) -> bool:
        """Whether the object after ``j`` is a gathering told before or its outcome ('the summit', 'the
        conclusions of the summit', 'the talks' final statement'; cues 'retold_determiners',
        'gathering_outcomes', 'gathering_nouns')."""
        k = j
        if k < self.s1 and self.low[k] in self.lex.cues.get("retold_determiners", []):
            k += 1
        out = self.phrase_at(k, "gathering_outcomes") if k < self.s1 else None
        if out:
            k += len(out)
            if k >= self.s1 or self.low[k] != "of":
                return False
            k += 1
            if k < self.s1 and self.low[k] in self.lex.cues.get("retold_determiners", []):
                k += 1
        g = self.phrase_at(k, "gathering_nouns") if k < self.s1 else None
        return bool(g) and (k + len(g) >= self.s1 or self.mention_at(k + len(g)) is None and self.low[k + len(g)] not in ("with", "between", "of"))

    def _joins_gathering(self, i: int, L: int) -> bool:
        """Whether the verb at ``i`` joins a gathering told before (cue 'joined_gatherings': 'joined the
        talks', 'joins the summit'), with no party named after it."""
        p = self.phrase_at(i, "joined_gatherings")
        return bool(p) and len(p) == L

    def _claims_unnamed_act(self, i: int, L: int) -> bool:
        """Whether the verb at ``i`` claims an act it does not name (cue 'responsibility_nouns' ends it:
        'claimed responsibility', 'claimed credit') and no phrase of its own follows ('for the attack on
        X' is read by the noun)."""
        if self.low[i + L - 1] not in self.lex.cues.get("responsibility_nouns", []) and \
                tuple(self.low[i:i + L]) not in self.lex.phrases.get("claim_forms", set()):
            return False  # 'mengklaim serangan itu' (claimed the attack) names the act only by pointing back
        j = i + L
        return j >= self.s1 or not self.low[j].isalpha() or self.low[j] not in self.lex.cues.get("light_phrase_preps", [])

    def _requested(self, i: int) -> str:
        """The verb of asking (cue 'request_verbs': 'called for', 'demanded') or of talking over (cue
        'deliberation_verbs': 'discussed', when no owner is named) whose object the noun at ``i`` is, over
        its article, adjectives and an owner's name; else ''."""
        k = i - 1
        while k > self.s0 and i - k <= 5 and (self.mention_at(k) is not None or self.low[k] in self.noun_adjectives
                                               or self.low[k] in self.determiners or self.low[k] in self.quantifiers
                                               or self.low[k] in self.lex.cues.get("comparative_modifiers", [])):
            k -= 1
        owner = any(self.mention_at(q) is not None for q in range(k + 1, i))
        for name in ("request_verbs",) if owner else ("request_verbs", "deliberation_verbs"):
            # 'discussed Russia's invasion of Ukraine': an owner's act talked over is still its act
            for phrase in self.lex.phrases.get(name, set()):
                start = k - len(phrase) + 1
                if start >= self.s0 and tuple(self.low[start : k + 1]) == phrase:
                    return " ".join(phrase)
        return ""

    def _target_of_frame(self, i: int) -> list[Entity]:
        """The subject of a frame that names the noun's target before it (cue 'target_frames': 'Riyadh was
        the target of an Al-Qaeda attack', 'the embassy became a target of Iranian strikes'), over the
        noun's article, adjectives and its agent's name."""
        k = i - 1
        while k > self.s0 and i - k <= 6 and (self.mention_at(k) is not None or self.low[k] in self.noun_adjectives
                                               or self.low[k] in self.object_modifiers or self.low[k] in self.determiners):
            k -= 1
        for frame in self.lex.phrases.get("target_frames", set()):
            start = k - len(frame) + 1
            if start > self.s0 and tuple(self.low[start : k + 1]) == frame:
                return self.left_subject(start)[0]
        return []

    def _told_again(self, i: int) -> bool:
        """Whether the noun at ``i`` names an act the reader already knows: a determiner of an act told
        before (cue 'retold_determiners': 'the attack', 'these strikes', 'another attack') over its adjectives."""
        k = i - 1
        while k > max(self.s0, i - 4) and (self.low[k] in self.noun_adjectives or self.mention_at(k) is not None):
            k -= 1
        return k >= self.s0 and self.low[k] in self.lex.cues.get("retold_determiners", [])

    def _participle_agent(self, j: int) -> list[Entity]:
        """The agent a reduced passive clause names after a noun (cue 'agent_participles'): 'the attack,
        reportedly conducted by the Taliban', 'another attack ascribed to the Taliban', 'the attack on
        Niger, carried out by Boko Haram'. The noun's own phrase (its target, a place) and then a comma and
        hedges ('reportedly') may stand between the noun and the participle; a verb ends the search."""
        return self._participle_clause(j)[0]

    def _participle_clause(self, j: int) -> tuple[list[Entity], str]:
        """The agent of the reduced passive clause after the noun ending at ``j`` (see ``_participle_agent``)
        and the word that makes it a claim: a hedge before the participle ('reportedly') or a participle
        that attributes (cue 'claiming_participles': 'ascribed to', 'claimed by'); '' when plainly told."""
        k = j
        hedge = ""
        while k < min(self.s1, j + 8) and not self.phrase_at(k, "agent_participles"):
            m = self.mention_at(k)
            if m is not None:
                k = m.end
                continue
            w = self.low[k]
            if not (w == "," or w in self.skip or w in self.preps or w in self.determiners or w in self.noun_adjectives
                    or w in self.lex.cues.get("passive_auxiliaries", [])):  # 'the attack was claimed by'
                return [], ""
            if self.phrase_at(k, "hedges"):
                hedge = self.words[k]
            k += 1
        p = self.phrase_at(k, "agent_participles") if k < self.s1 else None
        if not p:
            return [], ""
        agent, _ = self.right_actor(k + len(p), ("",), limit=3)
        if not hedge and p in self.lex.phrases.get("claiming_participles", set()):
            hedge = " ".join(p)
        return agent, hedge

    def _listed_partners(self, i: int, j: int) -> tuple[list[Entity], list[Entity]] | None:
        """'sekutu-sekutunya di Asia seperti Jepang dan Korea Selatan', 'sekutu AS, termasuk Jepang': a noun of
        partners (the trigger at ``i:j``) owned by a name after it or by '-nya' (the actor the sentence opens with),
        then an enumeration marker and the partners named (cue 'enumeration_markers'); over a place phrase
        ('di Asia') between. Or one partner in apposition right after the owner: 'pemblokiran oleh sekutu
        Hongaria, Slowakia', 'antara sekutunya Iran dan Israel' (the first name only: what follows it is
        another coordination). Returns (owner, partners)."""
        if self.possessive:
            return None
        if self.low[j - 1].endswith(self.suffixes or ("\0",)):
            owner, k = self._opening_actor(i), j  # 'sekutunya': the sentence's subject owns it, a name after it is in apposition
        else:
            owner, k = self.possessor(j, limit=1)
        if not owner and j < self.s1 and self.phrase_at(j, "enumeration_markers") and i - 1 > self.s0 \
                and self.low[i - 1] in self.lex.cues.get("partner_owner_preps", []):
            # 'AS harus memenuhi kewajiban terhadap sekutu seperti Arab Saudi': allies with no owner named, in a
            # phrase of benefit, are those of the clause's subject ('Rusia mengecam sekutu seperti ...' are not)
            owner, k = self.left_subject(i)[0], j
        if not owner:
            return None
        owned = {e.acts_for or e.key for e in owner}
        q = k + (k < self.s1 and self.low[k] == ",")
        m = self.mention_at(q) if q < self.s1 else None
        if m is not None and m.start == q and self.actor(m) and m.entities[0].type != "Media" and (q > k or k == j):
            # apposition: after the owner's name a comma is needed ('sekutu Hongaria, Slowakia'); after '-nya' not
            partner = [e for e in self.titled(m).entities if e.is_actor][:1]
            # 'Israel dan sekutu dekatnya, AS': the partner is coordinated with its owner, not one of the owners
            owner = [e for e in owner if all((e.acts_for or e.key) != (x.acts_for or x.key) for x in partner)]
            return (owner, partner) if partner and owner else None
        q = k
        while q < min(self.s1, k + 4) and not self.phrase_at(q, "enumeration_markers"):
            m = self.mention_at(q)
            if self.low[q] in self.locatives or self.low[q] == "," or (m is not None and m.is_place):
                q = m.end if m is not None else q + 1
                continue
            if m is None and self.low[q - 1] in self.locatives and self.words[q][:1].isupper():
                q += 1  # 'di Asia': a place the gazetteer does not know
                continue
            return None
        p = self.phrase_at(q, "enumeration_markers") if q < self.s1 else None
        m = self.mention_at(q + len(p)) if p else None
        if m is None or m.start != q + len(p) or not self.actor(m):
            return None
        partners, _, _ = self.group(m)
        partners = [e for e in partners if (e.acts_for or e.key) not in owned]
        return (owner, partners) if partners else None

    def _opening_actor(self, i: int) -> list[Entity]:
        """The actors a sentence opens with (over up to two opening words: 'Sebelumnya, AS ...'), when they
        stand before ``i``: the subject that '-nya' later in the sentence most often points to."""
        for q in range(self.s0, min(i, self.s0 + 3)):
            m = self.mention_at(q)
            if m is not None:
                return self.group(m)[0] if m.start == q and self.actor(m) and m.entities[0].type != "Media" else []
        return []

    def _object_of_stance(self, i: int) -> int:
        """Where the verb stands whose object the noun at ``i`` is, when that verb is another relation's
        trigger ('mengecam', 'mendukung') or a stance verb (cue 'stance_verbs': 'menentang', 'menolak');
        else 0. Skip words ('keras', 'penuh') and quotation marks ("menyinggung 'genosida'") may stand between."""
        k = i - 1
        while k > self.s0 and (self.low[k] in self.skip or self.low[k] in _QUOTES):
            k -= 1
        if k <= self.s0 or self.mention_at(k) is not None:
            return 0
        if self.low[k] in self.lex.cues.get("agentive_light_verbs", []) or self.phrase_at(k, "threat_words"):
            return 0  # 'melancarkan serangan' is the subject's act; so is what it threatens ('mengancam operasi militer')
        for q in range(max(self.s0, k - 2), k + 1):  # 'menyambut baik', 'menentang'
            form = tuple(self.low[q : k + 1])
            if any(v in ("active", "middle", "bare") and t.kind != "block" for t, v in self.lex.forms.get(form, ())):
                return q
            p = self.phrase_at(q, "stance_verbs")
            if p and q + len(p) - 1 == k:
                return q
        return 0

    def _retaliated(self, subj: list[Entity]) -> list[Entity]:
        """Who the subject retaliates against when the text names only the attack ('membalas serangan
        tersebut'): the attacker of the latest attack read before this sentence whose target is the
        subject or its state. None when the document names no such attack."""
        def state(e: Entity) -> str:
            return e.acts_for or e.key
        mine = {state(e) for e in subj} | {e.key for e in subj}
        for at, s, o in reversed(self.meta.get("attacks", [])):
            if at < self.index and (o.key in mine or state(o) in mine) and state(s) not in mine:
                return [s]
        return []

    def _nya_person(self, i: int, subj: list[Entity]) -> list[Entity]:
        """The person '-nya' on a verb of hosting points to: the last person named before, in this sentence or
        the one before, who is not the subject."""
        lo = self.doc[self.s0 - 1].sent.start if self.s0 > 0 else self.s0
        mine = {e.key for e in subj}
        for t in range(i - 1, lo - 1, -1):
            mm = self.mention_at(t)
            if mm is not None and mm.start == t or (mm is not None and t == mm.end - 1):
                people = [e for e in mm.entities if e.type == "Person" and e.key not in mine]
                if people:
                    return people[:1]
        return []

    def _attack_anaphor(self, j: int) -> bool:
        """Whether an attack named before stands right after the verb (cue 'attack_anaphora': 'serangan
        tersebut', 'agresi itu'), over skip words ('keras')."""
        k = j
        while k < self.s1 and k - j < 3 and self.low[k] in self.skip and not self.phrase_at(k, "attack_anaphora"):
            k += 1
        return k < self.s1 and bool(self.phrase_at(k, "attack_anaphora"))

    def _in_retold_attack(self, j: int) -> bool:
        """Whether 'in the <attack noun>' follows at ``j`` ('killed in the airstrike', 'wounded in that attack'):
        an attack told before (cues 'retold_determiners', 'attack_head_nouns'), not a new one ('in an attack')."""
        if j + 2 >= self.s1 or self.low[j] != "in" or self.low[j + 1] == "another" or (
                self.low[j + 1] not in self.lex.cues.get("retold_determiners", ["the"])):
            return False
        p = self.phrase_at(j + 2, "attack_head_nouns")
        return bool(p) and (j + 2 + len(p) >= self.s1 or not self.low[j + 2 + len(p)].isalpha()
                            or self.low[j + 2 + len(p)] in self.preps)

    def _last_attacker(self, subj: list[Entity]) -> list[Entity]:
        """The attacker of the latest attack read in an earlier sentence, unless it is the subject's own side."""
        def state(e: Entity) -> str:
            return e.acts_for or e.key
        mine = {state(e) for e in subj} | {e.key for e in subj}
        for at, s, _o in reversed(self.meta.get("attacks", [])):
            if at < self.index:
                return [] if (s.key in mine or state(s) in mine) else [s]
        return []

    def _threatened_other_act(self, j: int) -> bool:
        """'Hongaria mengancam akan memveto paket sanksi terhadap Rusia': the threatened act is another
        relation (a veto, sanctions), not force; its target is not the threat's."""
        k = self._past_modals(j)
        light = k < self.s1 and self.low[k] in self.lex.cues.get("agentive_light_verbs", [])
        k += light
        for L in range(min(self.lex.max_len, self.s1 - k), 0, -1):
            for t, _ in self.lex.forms.get(tuple(self.low[k : k + L]), ()):
                if t.relation != "attacks" or t.kind == "block":
                    return True
        return False

    def _past_modals(self, j: int) -> int:
        """The first word after ``j`` that is not a skip word, 'to' or a modal ('akan', 'bakal')."""
        k = j
        while k < min(self.s1, j + 4) and (self.low[k] in self.skip or self.low[k] in self.purpose_links or self.phrase_at(k, "future")):
            k += len(self.phrase_at(k, "future") or (1,))
        return k

    def _threatened_attack(self, j: int) -> tuple[list[Entity], int]:
        """'Iran mengancam akan menyerang Israel', 'threatened to strike Iran': a threat of force names
        its target as the object of the attack verb that follows, over modals and 'to'."""
        k = self._past_modals(j)
        light = k < self.s1 and self.low[k] in self.lex.cues.get("agentive_light_verbs", [])
        k += light  # 'mengancam akan melancarkan serangan ke Lebanon': the attack is a noun after a light verb
        for L in range(min(self.lex.max_len, self.s1 - k), 0, -1):
            for t, voice in self.lex.forms.get(tuple(self.low[k : k + L]), ()):
                if t.relation != "attacks" or t.kind == "block":
                    continue
                if voice in ("active", "bare", "middle") and not light:
                    return self.right_actor(k + L, t.object, places=t.places, limit=8)
                if voice == "nominal" and light and t.target_preps:
                    return self.right_actor(k + L, t.target_preps, places=t.places, limit=8, stop_at_verbs=False)
        return [], -1

    def _reciprocal(self, i: int) -> bool:
        """Whether a reciprocal marker (cue 'reciprocal_markers': 'saling') stands right before ``i``, over skip words."""
        k = i - 1
        while k >= self.s0 and self.low[k] in self.skip:
            k -= 1
        return k >= self.s0 and bool(self.phrase_at(k, "reciprocal_markers"))

    def _states_of(self, ents: list[Entity]) -> list[Entity]:
        """People replaced by the state they act for: a war is fought by states, not by the leader named."""
        out = [self.ext.gaz.get(e.acts_for) or e if e.type == "Person" and e.acts_for else e for e in ents]
        return list({e.key: e for e in out}.values())

    def _one_way(self, trig: Trigger, j: int, end: int) -> bool:
        """Whether a word of the entry's 'one_way' list ('melawan') introduces the object found between
        ``j`` and ``end``: a war against someone is the subject's, not a war with them."""
        return any(self.low[q] in trig.one_way for q in range(j, min(end, self.s1)))

    def _coreferent_pair(self, k: int) -> bool:
        """Whether the mention at ``k`` is a pair read by coreference ('kedua negara'): a war between two
        sides is read from their names only, as one wrong guess would make two attacks."""
        m = self.mention_at(k)
        return m is not None and m.kind == "coref"

    def _each_other(self, subj: list[Entity], rel: str, trig: Trigger, i: int, L: int, conf: float) -> list[Candidate]:
        """'Thailand dan Kamboja saling menyerang': each member of the subject does it to each other one."""
        return [self._cand(a, rel, b, trig, i, L, conf, "reciprocal") for a in subj for b in subj if a.key != b.key]

    def _pronoun_owner(self, j: int) -> bool:
        """Whether the word right after a noun is a personal pronoun (cue 'possessor_pronouns') that
        no mention resolves: Indonesian puts the owner there ('kunjungan mereka', 'perjanjian dia')."""
        return j < self.s1 and self.mention_at(j) is None and self.low[j] in self.possessor_pronouns

    def _block(self, i: int, L: int, trig: Trigger, hits) -> list[Candidate]:
        _, c1 = self.clause(i)
        sanction = next(
            ((k, LL, t) for k, LL, t, v in hits if t.relation == "imposesSanctionsOn" and i < k <= min(c1, i + 14)), None
        )
        if sanction is None:
            # 'Hungary has threatened to veto the package': sanctions named in an earlier sentence
            at, targets = self.meta.get("last_sanction_targets") or (-9, [])
            targets = targets if self.index - at <= 2 else []  # named in one of the two sentences before
            ana = next((p for q in range(i + L, min(c1, i + L + 3)) for p in [self.phrase_at(q, "sanction_anaphora")] if p), None)
            subj, _ = self.left_subject(i)
            if self.suffixes and self.low[i + L - 1].endswith(self.suffixes):
                # 'paket sanksi ... , namun Hongaria mengancam akan memblokirnya': -nya is the sanction just named
                before = [(k, LL, t) for k, LL, t, _ in hits if t.relation == "imposesSanctionsOn" and k < i]
                if before:
                    k, LL, st = before[-1]
                    targets, _ = self.right_actor(k + LL, st.target_preps, limit=8, stop_at_verbs=False)
                    ana = ana or (self.words[i + L - 1],)
            if ana and targets and subj:
                return self._pairs(subj, targets, "blocksSanctionsOn", trig, i, L, trig.confidence - 0.1, "block+earlier-sanction")
            return []
        k, LL, st = sanction
        self.blocked.add(k)
        subj, _ = self.left_subject(i)
        if not subj and L >= 1:
            subj, _ = self.possessor(i + L)
        target, _ = self.right_actor(k + LL, st.target_preps, limit=8, stop_at_verbs=False)
        if subj and target:
            return self._pairs(subj, target, "blocksSanctionsOn", trig, i, L, trig.confidence, "block+sanction")
        if subj and any(self.phrase_at(q, "sanction_anaphora") for q in range(max(self.s0, k - 1), k + 1)):
            # 'Fico memblokir paket sanksi tersebut': the package named earlier in the article, and its target
            at, targets = self.meta.get("last_sanction_targets") or (-99, [])
            if self.index - at <= 8 and targets:
                return self._pairs(subj, targets, "blocksSanctionsOn", trig, i, L, trig.confidence - 0.1, "block+named-sanction")
        return []

    def _roles(self) -> list[Candidate]:
        out = []
        for r in self.m.roles:
            if self.s0 <= r.start < self.s1:
                out.append(Candidate(r.person, r.relation, r.of, "role.title", r.title, r.start, r.end, 0.9))
        return out + self._apposed_members()

    def _apposed_members(self) -> list[Candidate]:
        """English: 'Turkey, a NATO member, ...', 'Poland, an EU member state,': a state, then in apposition
        an organisation before a noun of membership (cue 'membership_nouns') is a member of it."""
        out = []
        if not self.possessive:
            return out
        for k in range(self.s0 + 1, self.s1 - 3):
            if self.low[k] != "," or self.low[k + 1] not in self.determiners:
                continue
            state, org = self.mention_at(k - 1), self.mention_at(k + 2)
            if state is None or org is None or org.start != k + 2 or not any(e.type == "Country" for e in state.entities):
                continue
            orgs = [e for e in org.entities if e.type == "InternationalOrganization"]
            if orgs and self.phrase_at(org.end, "membership_nouns"):
                for e in state.entities:
                    if e.type == "Country":
                        out += [Candidate(e, "memberOf", o, "role.apposition", self.words[org.end], k, org.end + 1, 0.8) for o in orgs]
        return out
