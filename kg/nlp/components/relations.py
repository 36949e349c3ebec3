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

import re
from dataclasses import dataclass, field
from typing import Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span

from ...model import Entity, Statement
from ..dates import sentence_date
from ..gazetteer import load_gazetteer
from ..lexicon import Lexicon, Trigger, load_lexicon
from ..mentions import DocMentions, Mention, find_mentions
from ..quotes import find_quotes

__all__ = ["RelationExtractor", "Candidate"]

_NUMBER = re.compile(r"^\d[\d.,]*$")

SYMMETRIC = {"meetsWith", "cooperatesWith", "alliedWith", "relativeOf"}
FAMILY_RELATION = {"weapons": "suppliesWeaponsTo", "technology": "suppliesTechnologyTo", "aid": "providesAidTo"}
@dataclass
class Candidate:
    """A statement before it becomes a ``Statement``: kept for ``kg explain``."""

    subject: Entity
    relation: str
    object: Entity
    rule: str
    trigger: str
    trigger_start: int
    trigger_end: int
    confidence: float
    items: tuple[str, ...] = ()
    item_texts: tuple[str, ...] = ()
    status: str = "asserted"
    attributed_to: tuple[Entity, ...] = ()
    status_cue: str = ""
    dropped: str = ""


@dataclass
class SentenceTrace:
    """What the extractor saw in one sentence."""

    index: int
    text: str
    triggers: list[tuple[str, str, str]] = field(default_factory=list)  # (words, rule id, voice)
    candidates: list[Candidate] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


class RelationExtractor:
    """spaCy component: sets ``doc._.kg_statements`` (and ``doc._.kg_trace`` for explain)."""

    def __init__(self, nlp: Language, name: str = "kg_relations", lexicon_files: Iterable[str] = (), gazetteer_files: Iterable[str] = ()) -> None:
        self.name = name
        self.nlp = nlp
        tok = lambda s: [t.text for t in nlp.tokenizer(s)]  # noqa: E731
        self.lex: Lexicon = load_lexicon(nlp.lang, tok, lexicon_files)
        self.gaz = load_gazetteer(gazetteer_files)
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
        for si, sent in enumerate(doc.sents):
            reader = _SentenceReader(self, doc, sent, si, mentions, meta)
            statements.extend(reader.run())
            traces.append(reader.trace)
        doc._.kg_statements = _dedupe(statements)
        doc._.kg_trace = traces
        return doc

    def to_disk(self, path, exclude=()) -> None:  # pragma: no cover - data lives in ontology/
        return None

    def from_disk(self, path, exclude=()):  # pragma: no cover
        return self


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


class _SentenceReader:
    """Reads one sentence; holds the token views and mention lookups the rules share."""

    def __init__(self, ext: RelationExtractor, doc: Doc, sent: Span, index: int, mentions: DocMentions, meta: dict) -> None:
        self.ext, self.lex, self.doc, self.sent, self.index = ext, ext.lex, doc, sent, index
        self.m = mentions
        self.meta = meta
        self.s0, self.s1 = sent.start, sent.end
        self.low = [t.lower_ for t in doc]
        self.words = [t.text for t in doc]
        self.trace = SentenceTrace(index, sent.text)
        self.cue = self.lex.cue
        self.blocked: set[int] = set()
        self.date = sentence_date([t.text for t in sent], meta.get("date"), self.lex.dates)
        cues = self.lex.cues
        self.preps = set(cues.get("prepositions", []))
        self.skip = set(cues.get("skip_words", []))
        self.joiners = set(cues.get("group_joiners", []))
        self.fillers = set(cues.get("group_fillers", []))
        self.agent_nouns = set(cues.get("agent_nouns", []))
        self.passthrough = set(cues.get("pass_through_nouns", []))
        self.complementizers = set(cues.get("complementizers", []))
        self.relative = set(cues.get("relative_marker", []))
        self.passive_agent = tuple(cues.get("passive_agent", []))
        self.verb_prefixes = tuple(cues.get("verb_prefixes", []))
        self.verb_min = int(cues.get("verb_min_length", 5))
        self.suffixes = tuple(cues.get("possessive_suffixes", []))
        self.quantifiers = set(cues.get("quantifiers", []))
        self.between = set(cues.get("between_markers", []))
        self.title_words = {w for role, ps in self.lex.titles.items() if role != "relativeOf" for p in ps for w in p}
        self.title_words |= set(cues.get("counterpart_words", []))
        self.possessive = set(cues.get("possessive_markers", []))
        self.not_verbs = set(cues.get("not_verbs", []))
        ends = [t.text for t in sent if not t.is_space]
        self.headline = bool(ends) and ends[-1] not in (".", "!", "?", "”", '"', "…", "'")

    # ------------------------------------------------------------------ helpers
    def phrase_at(self, i: int, name: str) -> tuple[str, ...] | None:
        if i < 0 or i >= len(self.low):
            return None
        for p in self.lex.cue_index(name).get(self.low[i], ()):
            if len(p) == 1 or tuple(self.low[i : i + len(p)]) == p:
                return p
        return None

    def other_predicate(self, k: int) -> bool:
        """Whether token ``k`` is a verb of another relation ('Trump Puji Prabowo ... Kirim'): its own clause."""
        for trig, voice in self.lex.forms.get((self.low[k],), ()):
            if voice in ("active", "middle", "passive", "participle", "bare") and trig.kind != "block":
                return True
        return False

    def mention_at(self, i: int) -> Mention | None:
        return self.m.by_token.get(i)

    def clause(self, i: int) -> tuple[int, int]:
        """Bounds of the clause around token ``i``: sentence edges, ';', ':' and clause conjunctions."""
        start, end = self.s0, self.s1
        for k in range(i - 1, self.s0 - 1, -1):
            if self.low[k] in (";", ":") or (self.phrase_at(k, "clause_breaks") and k > self.s0 and self.low[k] not in (",",)):
                start = k + 1
                break
        for k in range(i + 1, self.s1):
            if self.low[k] in (";", ":") or (self.phrase_at(k, "clause_breaks") and self.low[k] not in (",",)):
                end = k
                break
        return start, end

    def head_ok(self, m: Mention) -> bool:
        """Whether a mention can be a clause argument rather than a modifier of a noun before it."""
        k = m.start - 1
        for r in self.m.roles:  # 'Presiden Rusia Vladimir Putin': look before the title
            if r.end == m.end and r.start < m.start:
                k = r.start - 1
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
        if w in self.agent_nouns or w in self.skip or w in self.joiners or w in self.complementizers or w in self.passthrough:
            return True
        if self.phrase_at(k, "pair_openers") or self.phrase_at(k, "coordinators") or self.phrase_at(k, "clause_breaks"):
            return True
        if self.phrase_at(k, "fronting_words"):
            return True
        if self._is_verb(w) or self.phrase_at(k, "after_quote_verbs") or self.phrase_at(k, "source_markers"):
            return True
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
        if any(e.type == "Country" for e in m.entities):
            # 'North Korean leader Kim Jong Un', 'his Chinese counterpart Xi Jinping': the person
            k = m.end
            while k < min(m.end + 3, self.s1) and self.low[k] in self.title_words:
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
        role_end = {r.end: r for r in self.m.roles}
        # rightwards
        k = m.end
        while k < self.s1:
            j = k
            while j < self.s1 and (self.low[j] in self.joiners or self.low[j] in self.fillers):
                j += 1
            if j == k:
                break
            if j in role_start and self.mention_at(role_start[j].end - 1) is not None:
                j = self.mention_at(role_start[j].end - 1).start
            nxt = self.mention_at(j)
            if nxt is None or nxt.start != j or not self.actor(nxt, places):
                break
            nxt = self.titled(nxt)
            members.append(nxt)
            k = nxt.end
        # leftwards
        k = role_end[m.end].start if m.end in role_end and role_end[m.end].start < m.start else m.start
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
            k = role_end[prev.end].start if prev.end in role_end and role_end[prev.end].start < prev.start else prev.start
        if len(members) > 1:
            between = {w for a, b in zip(members, members[1:]) for w in self.low[a.end : b.start]}
            if not (between & (self.joiners - {","})):
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
            if m is not None and self.actor(m) and m.entities[0].type != "Media" and self.head_ok(m):
                ents, start, _ = self.group(m)
                first = self.mention_at(start)
                if ents and (first is None or self.head_ok(first)):
                    return ents + self._co_subjects(c0, start), start
            if m is not None:
                k = m.start - 1
                continue
            if self.low[k] in self.complementizers:
                break
            if self.phrase_at(k, "reporting_verbs") and any(self.low[q] in self.agent_nouns for q in range(k + 1, i)):
                break  # '... menyebut beberapa negara telah menawarkan': the reported clause has its own subject
            if self.headline and k < i - 1 and self.other_predicate(k):
                break  # headlines chain bare verbs: Trump Puji Prabowo soal RI Mau Kirim Pasukan
            if self.low[k] in self.relative:
                # 'negara yang mendukung ...': the subject is what stands right before 'yang'
                q = k - 1
                while q >= c0 and self.low[q] in (",", ")", "("):
                    q -= 1
                mm = self.mention_at(q)
                if mm is not None and self.actor(mm) and self.head_ok(mm):
                    ents, start, _ = self.group(mm)
                    return ents, start
                return [], -1
            k -= 1
        # fronted clause: "Selain mengirimkan ... ke Rusia, Korea Utara juga ..." / "Bantu ICC, Spanyol ..."
        fronted = c0 == self.s0 and (i == c0 or self.phrase_at(c0, "fronting_words")) and not any(
            self.actor(self.mention_at(q)) for q in range(c0, i))
        if fronted:
            for j in range(i, min(self.s1, i + 14)):
                if self.low[j] == ",":
                    for q in range(j + 1, min(j + 6, self.s1)):
                        mm = self.mention_at(q)
                        if mm is not None and self.actor(mm) and mm.entities[0].type != "Media":
                            ents, start, _ = self.group(mm)
                            return ents, start
                    break
        return [], -1

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
            m = self.mention_at(k)
            if m is not None:
                if direct and self.actor(m, places) and m.entities[0].type != "Media":
                    ents, _, end = self.group(m, places)
                    return ents, end
                k = m.end
                steps += 1
                continue
            if direct and not (w in self.skip or w in agent_nouns or w in passthrough or w in self.fillers or w in preps):
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
                while q < c1 and (self.low[q] in agent_nouns or self.low[q] in passthrough or self.low[q] in self.fillers
                                  or _NUMBER.match(self.low[q]) or self.low[q] in self.quantifiers):
                    q += 1
                mm = self.mention_at(q)
                if mm is not None and self.actor(mm, places) and mm.entities[0].type != "Media":
                    ents, _, end = self.group(mm, places)
                    return ents, end
                if w in self.preps:
                    return self._nya_target(k + 1, c1), -1
            if w in self.complementizers or (w in self.relative and stop_at_verbs) or (stop_at_verbs and self._is_verb(w) and w not in agent_nouns):
                break
            if w in self.preps and w not in preps:
                # another prepositional phrase ('dari Korea Utara ke Rusia'): step over it when reading nouns
                nxt = self.mention_at(k + 1)
                if not stop_at_verbs and nxt is not None and nxt.start == k + 1:
                    k = nxt.end
                    steps += 1
                    continue
                break
            k += 1
            steps += 1
        return [], -1

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
        k = j
        for _ in range(limit):
            if k >= self.s1:
                break
            m = self.mention_at(k)
            if m is not None:
                if self.actor(m) and m.entities[0].type != "Media":
                    ents, _, end = self.group(m)
                    return ents, end
                break
            w = self.low[k]
            if w in self.preps or not w.isalpha() or self._is_verb(w) or w in self.relative or w in self.joiners or w in self.complementizers:
                if w != "-":
                    break
            k += 1
        return [], -1

    # ------------------------------------------------------------------ main loop
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
        return out

    def _triggers(self) -> list[tuple[int, int, Trigger, str]]:
        hits = []
        taken: set[int] = set()
        i = self.s0
        while i < self.s1:
            found = False
            for L in range(min(self.lex.max_len, self.s1 - i), 0, -1):
                key = tuple(self.low[i : i + L])
                entries = self.lex.forms.get(key)
                if not entries:
                    continue
                for trig, voice in entries:
                    if trig.needs and not self._needs(trig, i, L):
                        continue
                    hits.append((i, L, trig, voice))
                found = True
                i += L
                break
            if not found:
                i += 1
        return hits

    def _needs(self, trig: Trigger, i: int, L: int) -> bool:
        lo, hi = max(self.s0, i - 2), min(self.s1, i + L + trig.window)
        window = self.low[lo:i] + self.low[i + L : hi]
        return any(n in window for n in trig.needs) or any(" ".join(self.low[i : i + L]).find(n) >= 0 for n in trig.needs)

    def _read(self, i: int, L: int, trig: Trigger, voice: str, hits) -> list[Candidate]:
        if voice == "participle":  # English 'supplied': passive after a form of 'be', else active
            k = i - 1
            while k >= self.s0 and self.low[k] in self.skip:
                k -= 1
            aux = set(self.lex.cues.get("passive_auxiliaries", []))
            voice = "passive" if k >= self.s0 and self.low[k] in aux else "active"
        if trig.kind == "block":
            return self._block(i, L, trig, hits)
        if trig.kind == "transfer":
            return self._transfer(i, L, trig, voice)
        return self._relation(i, L, trig, voice)

    def _cand(self, s: Entity, rel: str, o: Entity, trig: Trigger, i: int, L: int, conf: float, rule: str, **kw) -> Candidate:
        return Candidate(s, rel, o, f"{trig.id}:{rule}", " ".join(self.words[i : i + L]), i, i + L, conf, **kw)

    def _pairs(self, subs, objs, rel, trig, i, L, conf, rule, **kw) -> list[Candidate]:
        out = []
        for s in subs:
            for o in objs:
                if s.key != o.key:
                    out.append(self._cand(s, rel, o, trig, i, L, conf, rule, **kw))
        return out

    # ------------------------------------------------------------------ plain relations
    def _relation(self, i: int, L: int, trig: Trigger, voice: str) -> list[Candidate]:
        rel = trig.relation or ""
        j = i + L
        conf = trig.confidence
        places = trig.places
        if voice == "nominal":
            return self._nominal(i, L, trig, rel, conf)
        if voice == "passive":
            patient, _ = self.left_subject(i)
            agent, _ = self.right_actor(j, (*self.passive_agent, ""), limit=3)
            if trig.object_types:
                patient = [e for e in patient if e.type in trig.object_types]
            if patient and agent:
                return self._pairs(agent, patient, rel, trig, i, L, conf, "passive")
            return []
        subj, sstart = self.left_subject(i)
        if not subj:
            self.trace.notes.append(f"'{self.words[i]}': no subject found")
            return []
        if rel == "visits" and sstart > self.s0 and self.low[sstart - 1] in self.lex.cues.get("not_visitors", []):
            self.trace.notes.append(f"'{self.words[i]}': troops or ships arriving are not a visit")
            return []
        obj, _ = self.right_actor(j, trig.object, places=places, limit=8)
        if trig.object_types:
            obj = [e for e in obj if e.type in trig.object_types]
            if not obj:
                return []
        if obj:
            return self._pairs(subj, obj, rel, trig, i, L, conf, voice)
        if rel in SYMMETRIC and len(subj) >= 2:
            out = []
            for a in range(len(subj)):
                for b in range(a + 1, len(subj)):
                    out.append(self._cand(subj[a], rel, subj[b], trig, i, L, conf, "coordinated-subject"))
            return out
        self.trace.notes.append(f"'{self.words[i]}': no object found")
        return []

    def _light_verb(self, i: int) -> tuple[str, int] | None:
        """A verb like 'menjatuhkan' (agentive) or 'dijatuhi' (undergoer) shortly before a noun."""
        for k in range(i - 1, max(self.s0, i - 4) - 1, -1):
            w = self.low[k]
            if w in self.lex.cues.get("agentive_light_verbs", []):
                return "agent", k
            if w in self.lex.cues.get("undergoer_light_verbs", []):
                return "undergoer", k
            if w in self.lex.cues.get("lift_verbs", []):
                return "lift", k
            if self.mention_at(k) is not None or w == "," or w in self.complementizers:
                break
        return None

    def _nominal(self, i: int, L: int, trig: Trigger, rel: str, conf: float) -> list[Candidate]:
        j = i + L
        if trig.appositive:
            # 'China, sekutu utama Korea Utara, ...': the actor before the comma and the possessor
            k = i - 1
            if k > self.s0 and self.low[k] == ",":
                head = self.mention_at(k - 1)
                other, _ = self.possessor(j)
                if head is not None and self.actor(head) and other:
                    return self._pairs(self.group(head)[0], other, rel, trig, i, L, conf, "appositive")
            return []
        agent, aend = self.possessor(j)
        rule = "nominal-possessor"
        if not agent and self.possessive:
            agent = self.left_possessor(i)
            rule = "nominal-left-possessor"
        target: list[Entity] = []
        lv = self._light_verb(i)
        if lv and lv[0] == "lift":
            self.trace.notes.append(f"'{self.words[i]}': lifted, not imposed")
            return []
        if not agent and trig.agent_preps:
            agent, _ = self.right_actor(j, trig.agent_preps, limit=8, stop_at_verbs=False)
            rule = "nominal-agent-prep"
        if lv and lv[0] == "undergoer":
            target, _ = self.left_subject(lv[1])
            rule += "+undergoer"
        elif lv and lv[0] == "agent" and not agent:
            agent, _ = self.left_subject(lv[1])
            rule = "nominal-light-verb"
        # "antara X dan Y" for symmetric nouns
        if rel in SYMMETRIC and not target:
            grp, _ = self.right_actor(aend if aend > 0 else j, tuple(self.between), limit=6, stop_at_verbs=False)
            if len(grp) >= 2 and not agent:
                out = []
                for a in range(len(grp)):
                    for b in range(a + 1, len(grp)):
                        out.append(self._cand(grp[a], rel, grp[b], trig, i, L, conf, "nominal-between"))
                return out
            if grp:
                self.trace.notes.append(f"'{self.words[i]}': 'between' with only one actor")
                return []
        if not target and trig.target_preps:
            target, _ = self.right_actor(aend if aend > 0 else j, trig.target_preps, limit=8, places=trig.places, stop_at_verbs=False)
        if not agent:
            agent, _ = self.left_subject(i)
            rule = "nominal-clause-subject"
            conf -= 0.1
        if not agent and target:
            agent = self.nearest_left(i)
            rule = "nominal-sentence-actor"
            conf -= 0.15
        if rel == "visits":  # one visits a place or a state; a host person stands for their state
            target = [self.ext.gaz.get(e.acts_for) or e if e.type == "Person" and e.acts_for else e for e in target]
        if agent and target:
            return self._pairs(agent, target, rel, trig, i, L, conf, rule)
        if rel in SYMMETRIC and len(agent) >= 2 and not target:
            out = []
            for a in range(len(agent)):
                for b in range(a + 1, len(agent)):
                    out.append(self._cand(agent[a], rel, agent[b], trig, i, L, conf, rule + "+coordinated"))
            return out
        self.trace.notes.append(f"'{self.words[i]}': nominal without both parties")
        return []

    # ------------------------------------------------------------------ blocks
    def _block(self, i: int, L: int, trig: Trigger, hits) -> list[Candidate]:
        _, c1 = self.clause(i)
        sanction = next(
            ((k, LL, t) for k, LL, t, v in hits if t.relation == "imposesSanctionsOn" and i < k <= min(c1, i + 14)), None
        )
        if sanction is None:
            return []
        k, LL, st = sanction
        self.blocked.add(k)
        subj, _ = self.left_subject(i)
        if not subj and L >= 1:
            subj, _ = self.possessor(i + L)
        target, _ = self.right_actor(k + LL, st.target_preps, limit=8, stop_at_verbs=False)
        if subj and target:
            return self._pairs(subj, target, "blocksSanctionsOn", trig, i, L, trig.confidence, "block+sanction")
        return []

    # ------------------------------------------------------------------ transfers
    def _items(self, j: int, c1: int, trig: Trigger) -> tuple[list[tuple[str, str, str]], int, list[Entity]]:
        """Items named right after a transfer verb, with a double object ('memberi Rusia artileri')."""
        found: list[tuple[str, str, str]] = []
        quant = set(self.lex.cues.get("quantifiers", []))
        joiners = set(self.lex.cues.get("item_joiners", []))
        recipient: list[Entity] = []
        k = j
        if trig.item_prep:
            # 'membantu Korea Utara dengan teknologi': the recipient first, items after the preposition
            m = self.mention_at(k)
            if m is not None and self.actor(m):
                recipient, _, k = self.group(m)
            if k < c1 and self.low[k] in trig.item_prep:
                k += 1
            else:
                return [], k, recipient
        else:
            m = self.mention_at(k)
            if m is not None and self.actor(m):
                recipient, _, k = self.group(m)
        steps = 0
        while k < c1 and steps < 14:
            hit = None
            for L in range(4, 0, -1):
                key = tuple(self.low[k : k + L])
                if key in self.lex.items:
                    hit = (L, self.lex.items[key])
                    break
                for suf in self.suffixes:
                    if key and key[-1].endswith(suf):
                        key2 = key[:-1] + (key[-1][: -len(suf)],)
                        if key2 in self.lex.items:
                            hit = (L, self.lex.items[key2])
                            break
                if hit:
                    break
            if hit:
                L, (concept, family) = hit
                found.append((concept, family, " ".join(self.words[k : k + L])))
                k += L
                steps += 1
                continue
            w = self.low[k]
            qp = self.phrase_at(k, "quantifier_phrases")
            if qp:
                k += len(qp)
                steps += 1
                continue
            if w in quant or _NUMBER.match(w) or w in joiners and found:
                k += 1
                steps += 1
                continue
            if w in quant or _NUMBER.match(w):
                k += 1
                steps += 1
                continue
            break
        return found, k, recipient

    def _items_left(self, i: int) -> list[tuple[str, str, str]]:
        """Items named just before a passive transfer verb, as its subject."""
        c0, _ = self.clause(i)
        found = []
        k = max(c0, i - 7)
        while k < i:
            hit = None
            for L in range(min(4, i - k), 0, -1):
                key = tuple(self.low[k : k + L])
                if key in self.lex.items:
                    hit = (L, self.lex.items[key])
                    break
            if hit:
                L, (concept, family) = hit
                found.append((concept, family, " ".join(self.words[k : k + L])))
                k += L
            else:
                k += 1
        return found

    def _transfer(self, i: int, L: int, trig: Trigger, voice: str) -> list[Candidate]:
        j = i + L
        _, c1 = self.clause(i)
        items, after, double = self._items(i if trig.self_item else j, c1, trig)
        if trig.self_item:
            double = []
        if not items and voice in ("passive", "participle") and trig.direction == "give":
            items = self._items_left(i)  # 'Drone Shahed dipasok Iran ke Rusia': the items are the subject
            after = j
        if not items and trig.default_item:
            items = [(trig.default_item, "weapons", "")]
        if not items:
            self.trace.notes.append(f"'{self.words[i]}': no transferred item named right after it, so no transfer")
            return []
        c0, _ = self.clause(i)
        if any(self.phrase_at(k, "exchange_markers") for k in range(c0, i)):
            self.trace.notes.append(f"'{self.words[i]}': in exchange for -- giver unnamed")
            return []
        giver: list[Entity] = []
        recipient: list[Entity] = []
        conf = trig.confidence
        if trig.direction == "give":
            if voice == "passive":
                giver, _ = self.right_actor(j, (*self.passive_agent, ""), limit=3)
                recipient, _ = self.right_actor(after, trig.target_preps, limit=6, stop_at_verbs=False)
                if not recipient:
                    recipient, _ = self.left_subject(i)
            elif voice == "nominal":
                giver, pend = self.possessor(after)
                if not giver:
                    giver, _ = self.right_actor(after, trig.agent_preps, limit=6, stop_at_verbs=False)
                recipient, _ = self.right_actor(after, trig.target_preps, limit=8, stop_at_verbs=False)
                if not giver:
                    lv = self._light_verb(i)
                    if lv and lv[0] == "agent":
                        giver, _ = self.left_subject(lv[1])
            else:
                giver, _ = self.left_subject(i)
                recipient = double or self.right_actor(after, trig.target_preps, limit=6)[0]
        else:  # receive: the subject gets the items from 'dari X'
            if voice == "passive":
                return []
            recipient, _ = self.left_subject(i)
            giver, _ = self.right_actor(after, trig.object, limit=6, stop_at_verbs=False)
        if not giver or not recipient:
            self.trace.notes.append(f"'{self.words[i]}': transfer without giver or recipient")
            return []
        out = []
        families: dict[str, list[tuple[str, str, str]]] = {}
        for it in items:
            families.setdefault(it[1], []).append(it)
        for family, its in families.items():
            rel = FAMILY_RELATION[family]
            out += self._pairs(
                giver, recipient, rel, trig, i, L, conf, f"{trig.direction}-{voice}",
                items=tuple(dict.fromkeys(c for c, _, _ in its)), item_texts=tuple(dict.fromkeys(t for _, _, t in its if t)),
            )
        return out

    # ------------------------------------------------------------------ roles
    def _roles(self) -> list[Candidate]:
        out = []
        for r in self.m.roles:
            if self.s0 <= r.start < self.s1:
                trig = Trigger(id="role.title", relation=r.relation)
                out.append(Candidate(r.person, r.relation, r.of, "role.title", r.title, r.start, r.end, 0.9))
        return out

    # ------------------------------------------------------------------ status and attribution
    def _status(self, c: Candidate) -> None:
        """Status by priority (negated, denied, expected, claimed, asserted); the speaker whatever it is."""
        if c.rule.startswith("role."):
            return
        i = c.trigger_start
        c0, _ = self.clause(i)
        denier, deny_cue = self._denial(i)
        attributed, cue = self._attribution(c)
        if denier is not None:
            attributed = denier
        if i in self.blocked:
            c.status, c.status_cue, c.attributed_to = "negated", "blocked", tuple(attributed)
            return
        for k in self._window(max(c0, i - 4), i):
            p = self.phrase_at(k, "negation")
            if p:
                c.status, c.status_cue, c.attributed_to = "negated", " ".join(p), tuple(attributed)
                return
        if denier is not None:
            c.status, c.status_cue, c.attributed_to = "denied", deny_cue, tuple(denier)
            return
        hedge = ""
        if not cue:
            for k in self._window(self.s0, i):
                if self.phrase_at(k, "hedges"):
                    hedge = self.words[k]
                    break
        # expected: future and modal words between the subject and the trigger
        lv = self._light_verb(i)
        reach = (i - lv[1]) + 6 if lv else 6  # 'is expected to adopt a new package of sanctions'
        for k in self._window(max(c0, i - reach), i):
            p = self.phrase_at(k, "future")
            if p:
                c.status, c.status_cue, c.attributed_to = "expected", " ".join(p), tuple(attributed)
                return
        if cue or hedge:
            c.status, c.status_cue, c.attributed_to = "claimed", cue or hedge, tuple(attributed)
            return
        c.status = "asserted"

    def _window(self, a: int, b: int) -> range:
        return range(max(a, self.s0), min(b, self.s1))

    def _denial(self, i: int) -> tuple[list[Entity] | None, str]:
        """'Baik Pyongyang maupun Moskow membantah klaim bahwa ...': who denies what follows."""
        for k in self._window(self.s0, i):
            if self.phrase_at(k, "denial_verbs"):
                who, _ = self.left_subject(k)
                return who, self.words[k]
        return None, ""

    def _attribution(self, c: Candidate) -> tuple[list[Entity], str]:
        """Who says it: an accuser, a reporting verb's subject, the speaker after a quote, a source."""
        i = c.trigger_start
        for q in self.meta.get("quotes", ()):
            if q.start <= i < q.end:  # inside a direct quote: the speaker's claim
                return list(q.speaker), q.cue or "quote"
        for k in self._window(self.s0, i):
            if self.phrase_at(k, "accusation_content") and k != i:
                who, _ = self.left_subject(k)
                if not who:
                    who, _ = self.possessor(k + 1)
                return who, self.words[k]
        for k in self._window(self.s0, i):
            p = self.phrase_at(k, "reporting_verbs")
            if p and i - k <= 4 and not any(self.low[q] in self.complementizers or self.actor(self.mention_at(q)) for q in range(k, i)):
                continue  # 'mengumumkan paket bantuan': the announcement is the act itself
            if p:
                who, _ = self.left_subject(k)
                return who, " ".join(p)
        for k in self._window(c.trigger_end, self.s1):
            p = self.phrase_at(k, "after_quote_verbs")
            if p and k > 0 and (self.low[k - 1] in (",", "”", '"', "’", "'") or "”" in self.low[max(0, k - 2) : k]):
                who, _ = self.right_actor(k + len(p), ("",), limit=9)  # 'kata juru bicara Departemen Luar Negeri AS ...'
                return who, " ".join(p)
        for k in self._window(c.trigger_end, self.s1):
            p = self.phrase_at(k, "after_quote_verbs")
            if not p:
                continue
            # English names the speaker before the verb: '..., Blinken said', '...," officials say'
            q = k - 1
            while q > c.trigger_end and self.low[q] not in (",", "”", '"', "’", "'"):
                q -= 1
            if q > c.trigger_end and k - q <= 6:
                mm = self.mention_at(k - 1)
                who = [e for e in mm.entities if e.is_actor] if mm is not None and self.actor(mm) else []
                return who, " ".join(p)
        for k in self._window(self.s0, self.s1):
            p = self.phrase_at(k, "source_markers")
            if p:
                who, _ = self.right_actor(k + len(p), ("",), limit=6, stop_at_verbs=False)
                if not who:
                    mm = self.mention_at(k + len(p))
                    who = list(mm.entities) if mm else []
                return who, " ".join(p)
        return [], ""

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
