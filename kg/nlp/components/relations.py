"""Relation extraction by rules over tokens: triggers, argument slots, status and attribution.

The component needs no parser. For each trigger word found through the lexicon it fills the
argument slots the way Indonesian marks them: the subject to the left of an active verb, the
object right after it or after the preposition the entry names; the patient on the left of a
passive and the agent after ``oleh``; the possessor and prepositional phrases of a nominal
("kunjungan Putin ke Korea Utara", "sanksi dari AS"). Coordinated actors give one statement each.
Status comes from cue words around the trigger: reporting verbs and sources (claimed), denials,
future and modal words (expected), negation and blocking verbs (negated).

Every statement records the rule that made it, and every dropped candidate the reason, so
``kg explain`` can show why.
"""

from __future__ import annotations

from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc

from ...model import Statement
from ..firms import firm_group_statements
from ..missions import peacekeepers_are_no_transfer
from ..wars import known_war_direction
from ..confidence import confidence_table
from ..gazetteer import load_gazetteer
from ..lexicon import Lexicon, Trigger, load_lexicon
from ..mentions import find_mentions
from ..promos import promo_spans
from ..quotes import find_quotes
from ..rules.base import SYMMETRIC, Candidate, SentenceTrace, words_of_lexicon
from ..rules.frames import Frames
from ..rules.parties import co_participants
from ..rules.thanks import thanks_for_support
from ..rules.status import StatusRules
from ..rules.transfers import Transfers

__all__ = ["RelationExtractor", "Candidate"]


class RelationExtractor:
    """spaCy component: sets ``doc._.kg_statements`` (and ``doc._.kg_trace`` for explain)."""

    def __init__(self, nlp: Language, name: str = "kg_relations", lexicon_files: Iterable[str] = (), gazetteer_files: Iterable[str] = ()) -> None:
        self.name = name
        self.nlp = nlp
        tok = lambda s: [t.text for t in nlp.tokenizer(s)]  # noqa: E731
        self.lex: Lexicon = load_lexicon(nlp.lang, tok, lexicon_files)
        self.gaz = load_gazetteer(gazetteer_files)
        self.words_of_lexicon = words_of_lexicon(self.lex)
        for ext in ("kg_statements", "kg_trace", "kg_mentions", "kg_meta"):
            if not Doc.has_extension(ext):
                Doc.set_extension(ext, default=None)

    # ------------------------------------------------------------------ spaCy API
    def __call__(self, doc: Doc) -> Doc:
        meta = doc._.kg_meta or {}
        mentions = find_mentions(doc, self.gaz, self.lex)
        meta = dict(meta, quotes=find_quotes(doc, mentions, self.lex, self.gaz))
        doc._.kg_mentions = mentions
        statements: list[Statement] = []
        traces: list[SentenceTrace] = []
        low, words = [t.lower_ for t in doc], [t.text for t in doc]
        promos = {start for start, _end in promo_spans(doc, self.nlp.lang)}
        for si, sent in enumerate(doc.sents):
            if sent.start in promos:
                traces.append(SentenceTrace(si, sent.text, notes=["a link to another story: not read"]))
                continue
            reader = _SentenceReader(self, doc, sent, si, mentions, meta, low, words)
            statements.extend(reader.run())
            traces.append(reader.trace)
        statements = statements + _denied_afterwards(list(doc.sents), mentions, low, self.lex, statements)
        statements = firm_group_statements(statements, self.lex, self.gaz.get)
        statements = _calibrated(statements, self.nlp.lang)
        statements = peacekeepers_are_no_transfer(statements, meta.get("peacekeeper_senders", set()))
        doc._.kg_statements = _dedupe(known_war_direction(_blocker_is_not_the_imposer(_no_arms_for_the_attacked(statements))))
        doc._.kg_trace = traces
        return doc

    def to_disk(self, path, exclude=()) -> None:  # pragma: no cover - data lives in ontology/
        return None

    def from_disk(self, path, exclude=()):  # pragma: no cover
        return self


_ROLES = ("leaderOf", "officialOf", "relativeOf", "memberOf")


def _state(e) -> str:
    """The state (or organisation) an entity rolls up to: itself, or what it acts for."""
    return e.acts_for or e.key


def _denied_afterwards(sents, mentions, low: list[str], lex: Lexicon, statements: list[Statement]) -> list[Statement]:
    """'Media Barat melaporkan Rusia memasok rudal ke Houthi. Kremlin membantah laporan tersebut.',
    'The Kremlin denied the reports.': a sentence whose actor denies the report of the sentence before
    (a denial verb, then a report noun with a determiner and nothing more, cues 'anaphoric_report_nouns',
    'report_determiners', 'anaphoric_report_ends') adds a denied reading, attributed to the denier, of
    that sentence's statements whose subject is the denier's state. The report's own reading stays."""
    from dataclasses import replace

    nouns = set(lex.cues.get("anaphoric_report_nouns", []))
    dets = set(lex.cues.get("report_determiners", []))
    ends = set(lex.cues.get("anaphoric_report_ends", []))
    out: list[Statement] = []
    for si in range(1, len(sents)):
        s0, s1 = sents[si].start, sents[si].end
        for k in range(s0, s1):
            p = lex.phrase_at(low, k, "denial_verbs")
            if not p:
                continue
            q = k + len(p)
            det_before = False
            if low[q - 1] not in nouns:  # 'membantah tuduhan' is one cue: its noun is already read
                det_before = q < s1 and low[q] in dets
                q += det_before
                if not (q < s1 and low[q] in nouns):
                    break
                q += 1
            det_after = q < s1 and low[q] in dets
            q += det_after
            if not (det_before or det_after) or (q < s1 and low[q] not in ends):
                break
            deniers = [m for m in (mentions.by_token.get(t) for t in range(s0, k)) if m is not None and m.is_actor]
            if not deniers:
                break
            who = next(e for e in deniers[-1].entities if e.is_actor)
            for back in range(1, min(3, si) + 1):
                # the sentence right before, whatever its status; further back (up to three) only a report
                # or an accusation: 'Tarriela mengatakan kapal China menabrak ... Filipina memanggil duta
                # besar China ... Beijing membantah tuduhan tersebut'
                ok = ("claimed", "asserted") if back == 1 else ("claimed",)
                hits = [st for st in statements if st.sentence_index == si - back and st.status in ok
                        and _state(st.subject) == _state(who) and st.predicate not in _ROLES]
                if hits:
                    out.extend(replace(st, status="denied", attributed_to=(who,), confidence=st.confidence * 0.9) for st in hits)
                    break
            break
    return out


def _calibrated(statements: list[Statement], lang: str) -> list[Statement]:
    """Each statement's confidence is its rule's measured precision (``kg.nlp.confidence``) where the
    shipped table covers the language; otherwise the rule's own estimate stays."""
    from dataclasses import replace

    table = confidence_table()
    out = []
    for st in statements:
        est = table.estimate(st.rule, st.predicate, lang)
        out.append(st if est is None else replace(st, confidence=est))
    return out


def _no_arms_for_the_attacked(statements: list[Statement]) -> list[Statement]:
    """'Israel mengerahkan pasukan ke Gaza', 'Russia sent missiles into Kyiv': troops or weapons sent to
    the state the document says the sender attacks go against it, not to it. Such a transfer is dropped;
    the attack is already read. States are compared after roll-up (a capital or a leader is its state)."""
    at_war = {(_state(st.subject), _state(st.object)) for st in statements
              if st.predicate == "attacks" and st.status in ("asserted", "claimed")}
    if not at_war:
        return statements
    return [st for st in statements if not (
        st.predicate == "suppliesWeaponsTo" and (_state(st.subject), _state(st.object)) in at_war)]


def _blocker_is_not_the_imposer(statements: list[Statement]) -> list[Statement]:
    """'Turkey blocked new sanctions on Russia', 'China and Russia vetoed a resolution that would have
    imposed sanctions on North Korea': the blocked sanctions are someone else's. When a sanction noun
    has no owner of its own, the sentence's actor is taken for it; in the sentence where that actor
    blocks sanctions on the same target, it is the blocker, not the imposer, so that reading is dropped.
    A named imposer ('Hungary vetoed new EU sanctions on Russia': EU) is kept."""
    blocks = {(st.start, st.subject.key, st.object.key) for st in statements if st.predicate == "blocksSanctionsOn"}
    if not blocks:
        return statements
    return [st for st in statements if not (
        st.predicate == "imposesSanctionsOn" and (st.start, st.subject.key, st.object.key) in blocks)]


def _dedupe(statements: list[Statement]) -> list[Statement]:
    best: dict[tuple, Statement] = {}
    for st in statements:
        s, o = st.subject.key, st.object.key
        if st.predicate in SYMMETRIC and o < s:
            s, o = o, s
        key = (s, st.predicate, o, st.status, st.start)
        if key not in best or st.confidence > best[key].confidence:
            best[key] = st
    return sorted(best.values(), key=lambda st: (st.start, st.predicate, st.subject.key, st.object.key, st.status))


class _SentenceReader(Transfers, StatusRules, Frames):
    """Reads one sentence: finds the triggers, runs their frames, then status and attribution."""

    def run(self) -> list[Statement]:
        out: list[Statement] = []
        cands: list[Candidate] = []
        hits = self._triggers()
        # blocks first, so blocked sanctions are known before they are read
        done: set[int] = set()
        for i, L, trig, voice in sorted(hits, key=lambda h: (h[2].kind != "block", h[0], h[2].priority)):
            words = " ".join(self.words[i : i + L])
            self.trace.triggers.append((words, trig.id, voice))
            if i in done:
                self.trace.notes.append(f"'{words}': {trig.id} skipped, a more specific reading was taken")
                continue
            got = self._read(i, L, trig, voice, hits)
            if got and trig.kind == "transfer":
                done.add(i)  # 'membantu X dengan teknologi' is a transfer, not also plain support
            cands.extend(got)
        cands.extend(co_participants(self, cands))  # 'A, B, dan C bertemu dengan D': one gathering, every pair
        cands = thanks_for_support(self, cands)  # 'berterima kasih kepada China atas dukungannya': China supports
        cands.extend(self._roles())
        for c in cands:
            if not c.dropped:
                self._status(c)
        for c in cands:
            self.trace.candidates.append(c)
            if c.dropped:
                continue
            if c.subject.key == c.object.key:
                c.dropped = "subject and object are the same entity"
                continue
            out.append(self._statement(c))
        for c in cands:  # who attacked whom so far: what a later 'membalas serangan tersebut' answers
            if not c.dropped and c.relation == "attacks" and c.status in ("asserted", "claimed"):
                self.meta.setdefault("attacks", []).append((self.index, c.subject, c.object))
        # what this sentence tells: the subject a next sentence that opens with its verb goes on with, the
        # headline's event a body sentence tells again without its recipient
        self.meta.setdefault("sentence_statements", {})[self.index] = [
            (c.subject, c.relation, c.object) for c in cands if not c.dropped and c.relation not in _ROLES and c.subject.key != c.object.key]
        sanctioned = [c.object for c in cands if not c.dropped and c.relation == "imposesSanctionsOn"]
        if sanctioned:  # what a later 'the package' / 'paket tersebut' refers to
            self.meta["last_sanction_targets"] = (self.index, list({e.key: e for e in sanctioned}.values()))
        return out

    def _triggers(self) -> list[tuple[int, int, Trigger, str]]:
        hits = []
        i = self.s0
        while i < self.s1:
            place = self.mention_at(i)
            if place is not None and (place.is_place or (place.kind == "name" and place.end - place.start > 1)):
                # 'Serang Barat', 'Kota Serang', 'Global Coalition to Defeat ISIS', 'Rapid Support Forces':
                # a word of a place's or an actor's name is no predicate
                i = max(place.end, i + 1)
                continue
            found = False
            for L in range(min(self.lex.max_len, self.s1 - i), 0, -1):
                key = tuple(self.low[i : i + L])
                entries = self.lex.forms.get(key)
                if not entries:
                    continue
                for trig, voice in entries:
                    if trig.needs and not self._needs(trig, i, L):
                        continue
                    if trig.unless and self._unless(trig, i, L):
                        continue
                    if trig.unless_next and i + L < self.s1 and self.low[i + L] in trig.unless_next:
                        continue
                    hits.append((i, L, trig, voice))
                found = True
                i += L
                break
            if not found:
                i += 1
        return hits

    def _needs(self, trig: Trigger, i: int, L: int) -> bool:
        back = 2 + self._adjectives_before(i)  # "Russia 's latest missile attack": the cue may stand before the adjectives
        if any(self.low[q] in self.relative for q in range(max(self.s0, i - 4), i)):
            back = 6  # 'Rudal yang ditembakkan Iran menghantam ...': the cue heads the relative clause before
        lo, hi = max(self.s0, i - back), min(self.s1, i + L + trig.window)
        negation = self.lex.cues.get("noun_negation", [])
        # 'menilai China bukan ancaman': a cue noun the text denies right before it does not count
        window = [self.low[q] for q in (*range(lo, i), *range(i + L, hi))
                  if not self._warned_against(q, i + L) and not (q > i + L and self.low[q - 1] in negation)]
        return any(n in window for n in trig.needs) or any(" ".join(self.low[i : i + L]).find(n) >= 0 for n in trig.needs)

    def _unless(self, trig: Trigger, i: int, L: int) -> bool:
        """Whether a word the entry lists under 'unless' stands right before or right after the form:
        'kejahatan perang' (a war crime), 'perang dagang' (a trade war) are no fighting."""
        return (i > self.s0 and self.low[i - 1] in trig.unless) or (i + L < self.s1 and self.low[i + L] in trig.unless)

    def _warned_against(self, q: int, j: int) -> bool:
        """'warned Beijing against any attack on Taiwan': an act after a dissuasion preposition (over
        determiners and adjectives) is what the warning is against, not the threatened response."""
        preps = self.lex.cues.get("dissuasion_preps", [])
        k = q - 1
        while k >= j and (self.low[k] in self.determiners or self.low[k] in self.quantifiers or self.low[k] in self.noun_adjectives):
            k -= 1
        return j <= k < q and self.low[k] in preps

    def _read(self, i: int, L: int, trig: Trigger, voice: str, hits) -> list[Candidate]:
        det = self._determiner_before(i) if voice in ("bare", "active", "participle") else -1
        if det >= 0:
            # "Putin 's visit to", "the attack on", "Putin 's first visit", "Russia 's latest missile attack":
            # after a possessive or a determiner, over up to two adjectives, the word is a noun
            self.trace.notes.append(f"'{self.words[i]}': a noun here (after '{self.words[det]}'), not a verb")
            voice = "nominal"
        if voice == "bare" and self.possessive and i > self.s0 and self.low[i - 1] in self.preps and self.low[i - 1] not in self.purpose_links and (
                self.low[i - 1] in self.lex.cues.get("undergoer_light_verbs", [])):
            # 'Kyiv came under attack from Russian drones': a bare form after a preposition is a noun
            self.trace.notes.append(f"'{self.words[i]}': a noun here (after '{self.words[i - 1]}'), not a verb")
            voice = "nominal"
        if voice == "bare" and self._bare_after_verb(i):
            # 'pledged continued support for Maduro', 'condemned the attack': a bare form right after a full
            # verb (over adjectives) is its object noun; 'to', modals and auxiliaries keep it a verb
            self.trace.notes.append(f"'{self.words[i]}': a noun here (after '{self.words[i - 1]}'), not a verb")
            voice = "nominal"
        if voice in ("bare", "active") and self._plural_noun(i):
            self.trace.notes.append(f"'{self.words[i]}': a noun here (after '{self.words[i - 1]}'), not a verb")
            voice = "nominal"
        if voice == "nominal" and trig.kind != "transfer" and L > 1 and self.low[i + L - 1] in self.preps and not any(
                v == "nominal" for _, v in self.lex.forms.get(tuple(self.low[i : i + L]), ())):
            # 'during a meeting with Shoigu': the verb's form took the preposition; the noun's entry reads it
            if any(v == "nominal" and t.relation == trig.relation for t, v in self.lex.forms.get(tuple(self.low[i : i + L - 1]), ())):
                L -= 1
        if voice == "nominal" and trig.kind != "transfer":
            # read the noun with its own entry ('strikes' of attack.noun: 'on' names the target)
            trig = next((t for t, v in self.lex.forms.get(tuple(self.low[i : i + L]), ()) if v == "nominal" and t.relation == trig.relation
                         and (not t.needs or self._needs(t, i, L) or (self.possessive and (
                             self._left_modifier(i) or (self._light_verb(i) or ("",))[0] == "agent" or self._blamed_for(i)
                             or self._participle_agent(i + L))))), trig)
        if voice == "participle":  # English 'supplied': passive after a form of 'be', else active
            by = i + L < self.s1 and self.low[i + L] in self.passive_agent
            # 'weapons supplied by Iran': a participle followed by the agent is passive without 'be'
            voice = "passive" if self.after_be(i) or by else "active"
        if trig.kind == "block":
            return self._block(i, L, trig, hits)
        if trig.kind == "transfer":
            return self._transfer(i, L, trig, voice)
        return self._relation(i, L, trig, voice)

    def _adjectives_before(self, i: int) -> int:
        """How many (up to two) of the adjectives that go before a noun (cue 'noun_adjectives': 'first',
        'latest', 'missile') stand right before the word at ``i``."""
        n = 0
        while n < 2 and i - n - 1 > self.s0 and self.low[i - n - 1] in self.noun_adjectives:
            n += 1
        return n

    def _determiner_before(self, i: int) -> int:
        """Where the possessive or determiner before the word at ``i`` stands, over its adjectives; -1 if none."""
        k = i - 1 - self._adjectives_before(i)
        if self.possessive and k > self.s0 and self.low[k] not in self.determiners and self.low[k] not in self.possessive and not any(
                v == "participle" for _, v in self.lex.forms.get((self.low[i],), ())):  # 'A Russian drone struck': a verb
            # 'an Iranian drone attack', 'a Russian missile strike': a state's adjective among the adjectives
            # after an indefinite article (cue 'indefinite_articles'), which no subject name takes
            m = self.mention_at(k)
            if m is not None and m.end == k + 1 and self.actor(m):
                q = m.start - 1
                n = 0
                while n < 2 and q > self.s0 and self.low[q] in self.noun_adjectives:
                    q, n = q - 1, n + 1
                if q >= self.s0 and self.low[q] in self.lex.cues.get("indefinite_articles", []):
                    k = q
        return k if k >= self.s0 and (self.low[k] in self.possessive or self.low[k] in self.determiners) else -1

    def _bare_after_verb(self, i: int) -> bool:
        """English: whether the bare form at ``i`` follows a past or -ing verb form of a trigger (over noun
        adjectives), which makes it that verb's object noun."""
        if not self.possessive or i <= self.s0:
            return False
        k = i - 1 - self._adjectives_before(i)
        if k < self.s0 or self.mention_at(k) is not None:
            return False
        w = self.low[k]
        if w in self.purpose_links or w in self.finite_verbs or not w.endswith(("ed", "ing")):
            return False
        return any(v in ("active", "participle") for _, v in self.lex.forms.get((w,), ()))

    def _plural_noun(self, i: int) -> bool:
        """'to deter attacks on Israel', 'condemned strikes on Gaza', 'amid attacks on': an English '-s' form
        right after a verb or a preposition is a plural noun, not a verb with its subject before it."""
        w = self.low[i]
        if not self.possessive or i <= self.s0 or not w.endswith("s") or w.endswith("ss"):
            return False
        prev = self.low[i - 1]
        if prev in self.preps and prev not in self.purpose_links:
            return True
        if prev.isalpha() and (prev,) in self.cue("clause_breaks"):
            return True  # 'after talks with the US collapsed': a verb right after 'after' would have no subject
        return prev in self.lex.cues.get("plural_noun_after", []) or (self._is_verb(prev) and not prev.endswith("s"))

    def _statement(self, c: Candidate) -> Statement:
        doc_text_start = self.sent.start_char
        return Statement(
            doc=self.meta.get("id", ""),
            subject=c.subject,
            predicate=c.relation,
            object=c.object,
            status=c.status,
            sentence=self.sent.text,
            start=doc_text_start,
            end=self.sent.end_char,
            sentence_index=self.index,
            attributed_to=tuple(a for a in c.attributed_to if a.key not in (c.subject.key,) or c.status != "asserted"),
            date=self.date,
            confidence=max(0.05, min(0.99, c.confidence)),
            trigger=c.trigger,
            rule=c.rule,
            items=c.items,
            item_texts=c.item_texts,
        )
