"""Status and attribution: how the text presents a statement and who says it.

Priority: negated (negation, blocked), denied, expected (future, plans, modals, invitations),
claimed (a speaker, a quote, a source or a hedge), else asserted. The speaker is kept whatever the
status.
"""

from __future__ import annotations

from ...model import Entity
from .base import Candidate
from ..speakers import last_person_before
from .slots import ArgumentSlots

__all__ = ["StatusRules"]


def _mark(c: Candidate, status: str, cue: str, attributed: tuple[Entity, ...]) -> None:
    """Give the candidate its status, the words that decided it and who it is attributed to."""
    c.status, c.status_cue, c.attributed_to = status, cue, attributed


class StatusRules(ArgumentSlots):
    """Status and attribution: how the text presents a statement and who says it."""

    def _relative_between(self, a: int, b: int) -> bool:
        """Whether a relative clause opens after a comma between ``a`` and ``b`` (', yang', ', which')."""
        return any(self.low[q] == "," and self.low[q + 1] in self.relative for q in range(a, min(b, self.s1 - 1)))

    def _status(self, c: Candidate) -> None:
        """Status by priority (negated, denied, expected, claimed, asserted); the speaker whatever it is."""
        if c.rule.startswith("role.") or c.rule.endswith(":appositive"):
            return  # 'China, North Korea 's main ally, said ...': the apposition is the writer's, not the report's
        i = c.trigger_start
        c0, _ = self.clause(i)
        denier, deny_cue = self._denial(i)
        attributed, cue = self._attribution(c)
        if cue and self._describes_named_actor(i) and not any(q.start <= i < q.end for q in self.meta.get("quotes", ())):
            attributed, cue = [], ""  # '... GHF yang didukung AS ..., kata otoritas kesehatan': the writer's description
        if denier:
            attributed = denier  # 'Tidak benar bahwa ..., kata juru bicara ...': no denier before the cue, the speaker
        if i in self.blocked:
            return _mark(c, "negated", "blocked", tuple(attributed))
        urged = self._urged_to_stop(i, c0)
        if urged is not None:
            # 'urged Tehran to stop arming Moscow', 'pressed Xi to curb China's support': the act goes on, say those who urge
            return _mark(c, "claimed", urged[1], tuple(urged[0]))
        lv = self._light_verb(i)
        neg_reach = (i - lv[1]) + 6 if lv and lv[0] == "agent" else 4  # 'failed to adopt a resolution imposing sanctions'
        own = lv[1] if lv and lv[0] == "agent" else -1  # 'tidak memberikan bantuan': the light verb carries the noun
        for k in self._window(max(c0, i - neg_reach), i):
            if self.phrase_at(k, "negation_exceptions") or (k > self.s0 and self.phrase_at(k - 1, "negation_exceptions")):
                continue  # 'tidak hanya mengecam ... tetapi juga', 'not only': no negation
            p = self.phrase_at(k, "negation") or self._refusal(k, i)
            if p and any((self.other_predicate(q) and q != own and (self.low[q],) not in self.lex.items) or self.low[q] in self.complementizers
                         for q in range(k + len(p), i)):
                continue  # 'India did not condemn Russia 's invasion': the negation is the other verb's
            if p:
                q = k + len(p)
                again = next((self.phrase_at(x, "negation") for x in range(q, min(q + 2, i)) if self.phrase_at(x, "negation")), None)
                if again:  # 'has not ruled out sending troops': a possibility, not a refusal
                    return _mark(c, "expected", " ".join(p + again), tuple(attributed))
                accused = c.object if ":receive-" in c.rule else c.subject  # 'Moscow had not received weapons': the recipient speaks
                own_side = bool(cue) and self.lex.cues.get("own_side_negation_denies", False) and self._own_side(accused, attributed) and not any(
                    self.phrase_at(x, "future") for x in self._window(max(c0, k - 2), i))  # 'would not attack': a refusal, not a denial
                # 'Peskov said Moscow had never supplied weapons': the accused party's own word is a denial
                return _mark(c, ("denied" if own_side else "negated"), " ".join(p), tuple(attributed))
        false = self._called_false(i)
        if false:
            # 'Reports that Iran sent missiles to Russia are false, Tehran said': the source denies it
            return _mark(c, "denied", false, tuple(attributed))
        if self._negated_report(i):
            # 'did not believe China was providing weapons': what the source does not believe is not claimed
            return _mark(c, "negated", "not", tuple(attributed))
        after = self._called_off(c)
        if after:
            status, cue_words = after
            return _mark(c, status, cue_words, tuple(attributed))
        if denier is not None:
            return _mark(c, "denied", deny_cue, tuple(denier or attributed))
        hedge = ""
        if not cue:
            for k in self._window(self.s0, i):
                if self.phrase_at(k, "hedges") and not any(
                        self.phrase_at(q, "denial_verbs") for q in range(max(self.s0, k - 2), k)):
                    hedge = self.words[k]  # not 'membantah laporan tersebut dan ...': the denied report hedges nothing after
                    break
        if not cue and not hedge and any(r in c.rule for r in ("participle-agent", "agent-prep")):
            hedge = self._participle_clause(c.trigger_end)[1]  # 'the attack, reportedly conducted by the Taliban'
        if not cue and not hedge and tuple(c.trigger.lower().split()) in self.lex.phrases.get("claim_forms", set()):
            hedge = c.trigger  # 'The Taliban have claimed responsibility': the act is the claimant's word
        # expected: future and modal words between the subject and the trigger
        lv = self._light_verb(i)
        reach = (i - lv[1]) + 6 if lv else 6  # 'is expected to adopt a new package of sanctions'
        cond = next((p for q in range(max(self.s0, c0 - 2), c0 + 1) for p in [self.phrase_at(q, "conditionals")] if p and q + len(p) == c0), None)
        if not cond and self.phrase_at(self.s0, "conditionals") and "," not in self.low[self.s0:i]:
            cond = self.phrase_at(self.s0, "conditionals")  # 'If Iran attacks Israel, ...': the condition opens the sentence
        if cond:
            # 'If Iran attacks Israel, the US will respond': what a condition supposes has not happened
            return _mark(c, "expected", " ".join(cond), tuple(attributed))
        dis = self._dissuaded(i, c0)
        if dis:
            # 'warned Beijing against supplying lethal aid', 'warned Beijing against any attack on Taiwan':
            # what one is warned against has not happened
            return _mark(c, "expected", dis, tuple(attributed))
        if i - 1 >= c0 and self.low[i - 1] in self.purpose_links:
            reach = 16  # 'is expected to visit Washington next week to meet Trump': the purpose shares the plan
        elif any(self.low[q] in self.lex.cues.get("shared_plan_preps", []) for q in range(max(c0, i - 3), i)):
            reach = 16  # 'is expected to send a delegation to Cairo for ceasefire talks with Hamas'
        elif self._purpose_phrase_before(i, c0):
            reach = 16  # 'mendorong kedua negara untuk kembali ke meja perundingan': the aim of the urging is planned
        if self.headline and i - 2 >= c0 and self.phrase_at(i - 1, "headline_future_markers") and self.mention_at(i - 2) is not None:
            return _mark(c, "expected", self.words[i - 1], tuple(attributed))  # 'Germany to send tanks to Ukraine': a headline's plan
        for k in self._window(max(c0, i - reach), i):
            p = self.phrase_at(k, "future")
            if p and self.possessive and self._past_after_and(k + len(p), i):
                continue  # 'said Manila would not be intimidated and summoned China's ambassador': a past verb of its own
            if p and self._same_act(k, c.relation):
                continue  # 'threatened to retaliate against Israel': the threat is made, not planned
            if p and self._performative_wish(k, p):
                continue  # 'Saya ingin berterima kasih kepada Qatar': wishing to thank is thanking
            if p and self._occasion_of_commitment(k, p, i):
                continue  # 'vowed to strengthen ties during a meeting with Shoigu': the meeting where one vowed took place
            if p and self.low[k] in self.lex.cues.get("month_homographs", []) and self.words[k][:1].isupper():
                continue  # 'In May, Iran sent drones': the month, not the modal
            if p and k + len(p) < self.s1 and self.low[k + len(p)] in self.lex.cues.get("perfect_auxiliaries", []):
                continue  # 'could have supplied': a guess about the past, not a plan
            if p:
                return _mark(c, "expected", " ".join(p), tuple(attributed))
        threat = self._threatened(i, c0)
        if threat:
            return _mark(c, "expected", threat, tuple(attributed))
        if cue or hedge:
            return _mark(c, "claimed", cue or hedge, tuple(attributed))
        c.status = "asserted"

    def _purpose_phrase_before(self, i: int, c0: int) -> bool:
        """A purpose link two to four words before the trigger at ``i`` with only plain words between
        (no name, no punctuation): 'untuk kembali ke meja perundingan', 'to return to talks'."""
        for q in range(max(c0, i - 4), i - 1):
            if self.low[q] in self.purpose_links:
                between = range(q + 1, i)
                return all(self.mention_at(k) is None and self.low[k].isalpha() for k in between)
        return False

    def _refusal(self, k: int, i: int) -> tuple[str, ...] | None:
        """'menolak menjatuhkan sanksi', 'enggan mengecam Rusia': a verb of refusal (cue 'refusal_verbs') right
        before another verb negates it; before a noun it is a stance ('menolak sanksi Barat', 'menolak tuduhan')."""
        p = self.phrase_at(k, "refusal_verbs")
        if not p:
            return None
        q = k + len(p)
        while q < i and (self.low[q] in self.skip or self.low[q] in self.purpose_links):
            q += 1
        return p if q <= i and q < self.s1 and self._is_verb(self.low[q]) else None

    def _dissuaded(self, i: int, c0: int) -> str:
        """The dissuasion preposition ('against', 'from') an act at ``i`` is warned against: a gerund right
        after it, or a noun after it over determiners and adjectives when a verb of dissuasion (cue
        'dissuasion_verbs': 'warned', 'cautioned') opens the phrase; else ''."""
        preps = self.lex.cues.get("dissuasion_preps", [])
        if i - 1 >= c0 and self.low[i - 1] in preps and self.low[i].endswith("ing"):
            return self.low[i - 1]
        k = i - 1
        while k > c0 and (self.low[k] in self.determiners or self.low[k] in self.quantifiers or self.low[k] in self.noun_adjectives) and self.mention_at(k) is None:
            k -= 1
        if k < c0 or self.low[k] not in preps:
            return ""
        if any(self.phrase_at(q, "dissuasion_verbs") for q in range(max(c0, k - 8), k)):
            return self.low[k]
        return ""

    def _urged_to_stop(self, i: int, c0: int) -> tuple[list[Entity], str] | None:
        """'urged China to stop supplying', 'called on Tehran to stop arming Moscow': a verb of ceasing (cue
        'cessation_verbs') after 'to', whose subject is the object of a verb that hands it the act (cue
        'object_control_verbs', 'control_phrases'). Those who urge it speak of the act as going on: the
        urger and the cue, or ``None``."""
        if not self.possessive:
            return None
        for k in range(i - 1, max(c0, i - 5) - 1, -1):
            p = self.phrase_at(k, "cessation_verbs")
            if not p or k + len(p) > i or k - 1 < c0 or self.low[k - 1] not in self.purpose_links:
                continue
            m = self.mention_at(k - 2)
            if m is None or not self.actor(m):
                return None
            v = self._before_title(m.start) - 1
            while v > c0 and self.low[v] in self.determiners:
                v -= 1
            control = self.low[v] in self.lex.cues.get("object_control_verbs", []) or any(
                cp and q + len(cp) - 1 == v for q in range(max(c0, v - 2), v + 1) for cp in [self.phrase_at(q, "control_phrases")])
            if not control:
                return None
            who, _ = self.left_subject(v)
            return who, " ".join(self.low[v : k + len(p)])
        return None

    def _own_side(self, subject: Entity, speakers: list[Entity]) -> bool:
        """Whether a speaker is the subject or acts for the same state or body (Peskov for Moscow)."""
        def side(e: Entity) -> str:
            e = self.ext.gaz.get(e.acts_for) or e if e.acts_for else e
            return e.acts_for or e.key
        return any(side(a) == side(subject) for a in speakers)

    def _called_off(self, c: Candidate) -> tuple[str, str] | None:
        """'Kunjungan Putin ke Mongolia batal', 'Pertemuan Trump dan Putin ditunda': a noun that heads its
        clause takes its predicate after it; a cancelled one (cue 'cancelled_predicates') is negated, a
        postponed or unconfirmed one (cue 'postponed_predicates') expected."""
        if ":nominal" not in c.rule:
            return None
        _, c1 = self.clause(c.trigger_start)
        for k in range(c.trigger_end, min(c1, c.trigger_end + 12)):
            if self.low[k] in self.complementizers or self.low[k] in self.relative or self.low[k] == ",":
                return None  # 'kunjungan ... yang batal' / a new clause: not this noun's predicate
            p = self.phrase_at(k, "cancelled_predicates")
            if p:
                return "negated", " ".join(p)
            p = self.phrase_at(k, "postponed_predicates")
            if p:
                return "expected", " ".join(p)
        return None

    def _threatened(self, i: int, c0: int) -> str:
        """'Israel mengancam operasi militer di Gaza', 'ancaman invasi Rusia': what a threat (cue
        'threat_words') names has not happened. Not across a coordinator: in 'mengancam Ukraina dan
        menyerang Kyiv' the attack is a second act, done."""
        for k in range(i - 1, max(c0, i - 8) - 1, -1):
            if self.low[k] in self.joiners:
                return ""
            p = self.phrase_at(k, "threat_words")
            if p:
                return " ".join(p)
        return ""

    def _describes_named_actor(self, i: int) -> bool:
        """Indonesian: whether the trigger at ``i`` is a passive verb that opens a relative clause right
        after an actor's name ('Yayasan Kemanusiaan Gaza (GHF) yang didukung Amerika Serikat'): a
        description the writer gives of the actor, not part of what a speaker of the sentence reports."""
        if self.possessive or "passive" not in {v for _, v in self.lex.forms.get((self.low[i],), ())}:
            return False
        k = i - 1
        while k > self.s0 and self.low[k] in self.skip and self.low[k] not in self.relative:
            k -= 1
        if self.low[k] not in self.relative:
            return False
        q = k - 1
        while q > self.s0 and self.low[q] in (")", ","):
            q -= 1
        m = self.mention_at(q)
        return m is not None and self.actor(m)

    def _performative_wish(self, k: int, p: tuple[str, ...]) -> bool:
        """Whether the future word ``p`` at ``k`` is a wish (cue 'performative_wishes': 'ingin') right before a
        verb that does what it says (cue 'performative_verbs': 'berterima kasih', 'mengucapkan'): the
        speaker performs the act in saying so, nothing is planned."""
        if " ".join(p) not in self.lex.cues.get("performative_wishes", []):
            return False
        q = k + len(p)
        while q < self.s1 and self.low[q] in self.skip:
            q += 1
        return q < self.s1 and bool(self.phrase_at(q, "performative_verbs"))

    def _owned_speaker_verb(self, p: tuple[str, ...]) -> bool:
        """Whether the speech verb ``p`` carries its speaker as '-nya' ('ujarnya', 'katanya': cue
        'owned_speech_verbs'); English has none."""
        return " ".join(p) in self.lex.cues.get("owned_speech_verbs", [])

    def _last_speaker(self, k: int) -> list[Entity]:
        """Who '-nya' of a speech verb or of 'menurutnya' at ``k`` is: the person named last before it, in
        this sentence or the two before (a coreferent 'ia' counts); [] when they name none (the statement
        stays claimed, by an unnamed speaker): a person named further back may no longer be the one who speaks."""
        return last_person_before(self.doc, self.m, k)

    def _named_speaker(self, k: int) -> bool:
        """English: whether an actor is named right before the reporting verb at ``k``, over adverbs,
        titles and the nouns of a body ('Iran 's foreign ministry spokesman said')."""
        q = k - 1
        if q >= self.s0 and self.low[q] in self.joiners and self.low[q] != ",":
            return True  # 'Japan protested the drills and said': the coordinated verb's subject speaks
        while q >= max(self.s0, k - 7):
            m = self.mention_at(q)
            if m is not None:
                return self.actor(m)
            w = self.low[q]
            if w == "," and q == k - 1:
                return self._parenthetical_speaker(q)
            if not w.isalpha() and w not in self.possessive or w in self.preps or w in self.complementizers or (
                    self._is_verb(w) and w not in self.agent_nouns):
                return False  # 'in Pyongyang on Friday, state media said': the name is in another phrase
            q -= 1
        return False

    def _parenthetical_speaker(self, q: int) -> bool:
        """'Scholz, speaking at a news conference in Berlin, said': an aside between commas that opens
        with a participle or a relative marker stands between the speaker and the verb."""
        for p in range(q - 1, max(self.s0, q - 14) - 1, -1):
            if self.low[p] != ",":
                continue
            opener = self.low[p + 1] if p + 1 < q else ""
            if not (opener.endswith("ing") or opener in self.relative):
                return False
            m = self.mention_at(p - 1)
            return m is not None and self.actor(m)
        return False

    def _occasion_of_commitment(self, k: int, p: tuple[str, ...], i: int) -> bool:
        """Whether a commitment made in the past (cue 'commitment_futures': 'vowed to', 'urged') at ``k`` is
        separated from the trigger at ``i`` by a preposition of occasion (cue 'occasion_preps': 'during'):
        the trigger names the occasion the commitment was made on, not what was promised."""
        if p not in self.cue("commitment_futures"):
            return False
        return any(self.phrase_at(q, "occasion_preps") for q in range(k + len(p), i))

    def _same_act(self, k: int, relation: str) -> bool:
        """Whether the future word at ``k`` ('threatened to') is itself a trigger of ``relation``."""
        return any(t.relation == relation for t, _ in self.lex.forms.get((self.low[k],), ()))

    def _passive_word(self, k: int) -> bool:
        """Whether the word at ``k`` is a passive verb: a passive form, or a participle after a form of 'be'."""
        voices = {v for _, v in self.lex.forms.get((self.low[k],), ())}
        if "passive" in voices:
            return True
        return "participle" in voices and self.after_be(k)

    def _denial(self, i: int) -> tuple[list[Entity] | None, str]:
        """'Baik Pyongyang maupun Moskow membantah klaim bahwa ...': who denies what follows."""
        for k in self._window(self.s0, i):
            p = self.phrase_at(k, "denial_verbs")
            if p and (self._report_ends(k + len(p), i) or self._denial_ends(k + len(p), i)):
                continue  # 'denied the transfers, but both countries pledged cooperation': the denial ends at 'but'
            if p:
                who, _ = self.left_subject(k)
                return who, self.words[k]
        return None, ""

    def _denial_ends(self, a: int, i: int) -> bool:
        """'membantah tuduhan itu dan justru menuding Thailand ...': the denial ends at a coordinator after an
        object pointing back ('itu', 'tersebut') or before a contrast word ('justru', 'malah'); what follows
        is the denier's own act, not what is denied."""
        anaphoric = set(self.lex.cues.get("anaphoric_determiners", []))
        contrast = set(self.lex.cues.get("contrast_adverbs", []))
        for q in range(a, i):
            if self.low[q] in self.complementizers:
                return False  # 'membantah bahwa ... dan ...': both verbs are in the denied content
            if self.low[q] in self.joiners and self.low[q] != ",":
                nxt = q + 1
                if nxt < i and self.low[nxt] in contrast:
                    return True
                if q - 1 >= a and self.low[q - 1] in anaphoric:
                    return True
        return False

    def _coordinated_with_report(self, k: int, i: int) -> bool:
        """Whether the verb at ``i`` follows 'and' after a report at ``k`` with no actor named between: it is
        coordinated with the reporting verb, an act of the speaker, not part of what is reported."""
        b = i - 1
        while b > k and self.low[b] in self.skip:
            b -= 1
        return (self.low[b] in self.joiners and self.low[b] != "," and self.low[i].endswith("ed")
                and not any(self.actor(self.mention_at(q)) for q in range(k + 1, i)))

    def _past_after_and(self, a: int, i: int) -> bool:
        """Whether the trigger at ``i`` is a past-tense verb coordinated ('and summoned') after ``a``: a modal
        before the coordinator does not reach it."""
        if not self.low[i].endswith("ed") or (i - 1 >= self.s0 and (self.low[i - 1] in self.passive_aux or self.low[i - 1] in self.skip)):
            return False
        return any(self.low[q] in self.joiners and self.low[q] != "," for q in range(a, i))

    def _writers_aside(self, i: int, k: int) -> bool:
        """English: whether the act at ``i`` stands in an aside before the reporting verb at ``k`` that is
        the writer's: a participle phrase between commas after the speaker ('Blinken, speaking after talks
        with Wang Yi, said') or a phrase that opens the sentence before the speaker ('After talks with
        Putin, Xi said')."""
        if not self.possessive or k - 1 <= self.s0:
            return False
        if self.low[k - 1] == "," and self._parenthetical_speaker(k - 1):
            op = next((q for q in range(k - 2, max(self.s0, k - 16) - 1, -1) if self.low[q] == ","), -1)
            if op >= 0 and op < i and self.low[op + 1].endswith("ing"):
                return True  # a participle aside; a relative one ('South Korea, which sells chips to China, said') stays the report's
        first = self.low[self.s0]
        opener = self.mention_at(self.s0) is None and (
            first in self.preps or bool(self.phrase_at(self.s0, "clause_breaks")) or first.endswith("ing"))
        comma = next((q for q in range(self.s0, k) if self.low[q] == ","), -1)
        return opener and i < comma < k and all(self.low[q] not in self.complementizers for q in range(self.s0, comma))

    def _called_false(self, i: int) -> str:
        """English: 'Reports that Iran sent missiles are false', 'claims that ... are baseless': a noun of
        content and 'that' before the act, and a predicate of falsity (cue 'falsity_predicates') after it."""
        if not self.possessive:
            return ""
        opened = any(self.low[k] in self.complementizers and k - 1 >= self.s0 and self.low[k - 1] in self.lex.cues.get("claim_nouns", [])
                     for k in range(self.s0, i))
        if not opened:
            return ""
        for k in range(i + 1, self.s1):
            p = self.phrase_at(k, "falsity_predicates")
            if p:
                return " ".join(p)
        return ""

    def _negated_report(self, i: int) -> bool:
        """Whether the act at ``i`` is the content of a negated verb of belief (cue 'belief_verbs': 'did not
        believe', 'does not think') in the same stretch of the sentence; 'has not confirmed' leaves it claimed."""
        if not self.possessive:
            return False
        for k in self._window(self.s0, i):
            p = self.phrase_at(k, "belief_verbs")
            if not p or self._report_ends(k + len(p), i):
                continue
            if any(n and q + len(n) in (k, k - 1) for q in range(max(self.s0, k - 3), k) for n in [self.phrase_at(q, "negation")]):
                return True
        for k in self._window(self.s0, i):
            p = self.phrase_at(k, "absence_of_evidence")
            if p and not self._report_ends(k + len(p), i):
                return True  # 'there is no evidence that China has sent weapons'
        return False

    def _report_ends(self, a: int, b: int) -> bool:
        """Whether a new clause begins between ``a`` and ``b`` (a clause word that is no aside, no
        preposition and no complementizer): a report or a denial before it does not reach past it."""
        return any(self.low[q].isalpha() and self.phrase_at(q, "clause_breaks") and not self._parenthetical(q)
                   and not self.phrase_at(q, "complementizers") and not self.prepositional(q) for q in range(a, b))

    def _attribution(self, c: Candidate) -> tuple[list[Entity], str]:
        """Who says it: an accuser, a reporting verb's subject, the speaker after a quote, a source."""
        i = c.trigger_start
        for q in self.meta.get("quotes", ()):
            if q.start <= i < q.end:  # inside a direct quote: the speaker's claim
                return list(q.speaker), q.cue or "quote"
        for k in self._window(self.s0, i):
            if c.relation == "accuses":
                break  # 'membantah tuduhan itu dan justru menuding Thailand': an accusation is not another's claim
            if self.phrase_at(k, "accusation_content") and k != i:
                if self._passive_word(k):
                    # 'Iran has been accused of ...': the subject is the accused; the accuser follows 'by', if named
                    who, _ = self.right_actor(k + 1, self.passive_agent, limit=3)
                    return who, self.words[k]
                who, _ = self.left_subject(k)
                if not who:
                    who, _ = self.possessor(k + 1)
                return who, self.words[k]
        if self.headline:
            for k in self._window(self.s0 + 1, i):
                if self.low[k] in self.lex.cues.get("headline_reporting_verbs", []) and self.mention_at(k - 1) is not None:
                    # 'Iran Sebut AS Serang Fasilitas Nuklir': a headline's bare verb of saying after its speaker
                    who, _ = self.left_subject(k)
                    if who:
                        return who, self.words[k]
        for k in self._window(self.s0, i):
            p = self.phrase_at(k, "reporting_verbs")
            # (the object noun phrase of the verb may be long: 'mengumumkan tarif impor baru terhadap puluhan negara, termasuk tarif ...')
            if p and i - k <= 15 and not any(self.low[q] in self.complementizers or self.actor(self.mention_at(q))
                                             or self.low[q] in self.person_pronouns or self.low[q] in self.group_pronouns for q in range(k, i)):
                continue  # 'mengumumkan paket bantuan': the announcement is the act itself ('mengatakan mereka menyerang' is a report)
            if p and any(self.low[q].isalpha() and self.phrase_at(q, "clause_breaks") and not self._parenthetical(q)
                         and not self.phrase_at(q, "complementizers") for q in range(k + len(p), i)):
                continue  # 'Xi said ..., while Putin praised ...': the report ends where a new clause begins
            if p and self.possessive and self._coordinated_with_report(k, i):
                continue  # 'Seoul said the pact posed a threat and summoned the ambassador': the second verb is Seoul's act
            if p:
                who, _ = self.left_subject(k)
                if self.possessive and not self._named_speaker(k):
                    who = []  # 'Kim met Shoigu on Friday, state media said': the speaker is unnamed, not Shoigu
                return who, " ".join(p)
        for k in self._window(c.trigger_end, self.s1):
            p = self.phrase_at(k, "after_quote_verbs")
            if p and self._writers_aside(i, k):
                break  # 'Blinken, speaking after talks with Wang Yi, said ...', 'After talks with Putin, Xi said ...'
            if p and k > 0 and (self.low[k - 1] in (",", "”", '"', "’", "'") or "”" in self.low[max(0, k - 2) : k]):
                if self._owned_speaker_verb(p):
                    if any(self.low[q] in ("“", "«", "„") for q in range(c.trigger_end, k)):
                        break  # 'Trump Serang Iran “Kami ...,” ujarnya': the quote after the act is what is said
                    # '..., ujarnya.', '..., katanya.': '-nya' is the speaker the text spoke of last
                    return self._last_speaker(k), " ".join(p)
                who, _ = self.right_actor(k + len(p), ("",), limit=9)  # 'kata juru bicara Departemen Luar Negeri AS ...'
                nxt = self.low[k + len(p) : min(self.s1, k + len(p) + 3)]
                named = k + len(p) < self.s1 and self.words[k + len(p)][:1].isupper()  # '," ujar Ahmad Haikal Hasan'
                if not who and not named and not any((w in self.agent_nouns or w in self.title_words) and w not in self.skip
                                                     and w not in self.fillers and w not in self.determiners for w in nxt):
                    continue  # 'Biden, who met Xi in November, said the talks ...': no speaker follows
                return who, " ".join(p)
        for k in self._window(c.trigger_end, self.s1):
            p = self.phrase_at(k, "after_quote_verbs")
            if not p:
                continue
            if self._writers_aside(i, k):
                break
            # English names the speaker before the verb: '..., Blinken said', '...," officials say'
            q = k - 1
            while q > c.trigger_end and self.low[q] not in (",", "”", '"', "’", "'"):
                q -= 1
            if q >= c.trigger_end and self._report_ends(q + 1, k):
                continue  # '..., while France and Germany said they would follow': a clause of its own, no report of this one
            if q >= c.trigger_end and self.low[q] in (",", "”", '"', "’", "'") and k - q <= 8:  # '..., a report by a rights group said'
                mm = self.mention_at(k - 1)
                if mm is None and k - 2 > q and self.low[k - 2] in self.relative:
                    continue  # 'orang, yang mereka sebut sebagai tersangka': a relative clause names, it reports nothing
                if mm is None and self.low[k - 1] not in self.agent_nouns and not self.phrase_at(k - 1, "speaker_pronouns") \
                        and not any(self.low[x] in self.lex.cues.get("source_nouns", []) for x in range(q + 1, k)):
                    # ('..., sources told Reuters', '..., two sources familiar with the matter said' are reports)
                    continue  # 'Biden, who met Xi in November, said': the clause before is no report
                if mm is None and self.low[k - 1] in self.agent_nouns:
                    mm = self.mention_at(k - 2)  # '..., Ukrainian officials say': the officials' state
                who = [e for e in mm.entities if e.is_actor] if mm is not None and self.actor(mm) else []
                return who, " ".join(p)
        if self.headline and not self.possessive:
            # 'Korea Selatan: Korea Utara Kirim 1.500 Tentara ke Rusia': a headline names its source before a colon
            for k in self._window(self.s0 + 1, i):
                if self.low[k] == ":":
                    mm = self.mention_at(k - 1)
                    if mm is not None and mm.start == self.s0 and self.actor(mm):
                        return [e for e in mm.entities if e.is_actor], ":"
                    break
        for k in self._window(self.s0, i):
            p = self.phrase_at(k, "owned_source_markers")
            if p and (k == self.s0 or self.low[k - 1] in (",", "(")):
                # 'Menurutnya, Iran memasok drone ke Rusia': the one the text spoke of last says so
                return self._last_speaker(k), " ".join(p)
        for k in self._window(self.s0, self.s1):
            p = self.phrase_at(k, "source_markers")
            if p and k > c.trigger_end and self._relative_between(c.trigger_end, k):
                continue  # '... ke fasilitas nuklir Iran, yang menurut Trump sukses dihancurkan': the source speaks of the relative clause
            if p:
                who, _ = self.right_actor(k + len(p), ("",), limit=6, stop_at_verbs=False)
                if not who:
                    mm = self.mention_at(k + len(p))
                    who = list(mm.entities) if mm else []
                return who, " ".join(p)
        return [], ""
