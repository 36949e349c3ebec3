"""Mentions of actors in a document: gazetteer names, titled people, surnames and coreference.

A mention covers tokens ``start:end`` and stands for one or more entities ("kedua pemimpin" stands
for the two leaders last named). Titles ("Presiden Rusia Vladimir Putin", "Menteri Luar Negeri
Cho Seong-hui") also give role statements and find people missing from the gazetteer.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Iterable

from spacy.tokens import Doc

from ..model import Entity
from .dated import at_date, title_holder
from .firms import find_firm_groups
from .gazetteer import Gazetteer
from .lexicon import Lexicon
from .members import member_mentions

__all__ = ["Mention", "Role", "find_mentions"]

_NAME = re.compile(r"^[A-Z][\w'’\-]*$")


@dataclass
class Mention:
    start: int
    end: int
    entities: tuple[Entity, ...]
    kind: str = "name"  # name | title | holder (a title without a name, read as its holder) | surname | coref
    text: str = ""

    @property
    def is_actor(self) -> bool:
        return any(e.is_actor for e in self.entities)

    @property
    def is_place(self) -> bool:
        return all(e.type == "Place" for e in self.entities)


@dataclass
class Role:
    person: Entity
    relation: str
    of: Entity
    start: int
    end: int
    title: str


@dataclass
class DocMentions:
    mentions: list[Mention] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    by_token: dict[int, Mention] = field(default_factory=dict)
    new_entities: dict[str, Entity] = field(default_factory=dict)

    def index(self) -> None:
        self.mentions.sort(key=lambda m: (m.start, -m.end))
        kept: list[Mention] = []
        last_end = -1
        for m in self.mentions:
            if m.start >= last_end:
                kept.append(m)
                last_end = m.end
        self.mentions = kept
        self.by_token = {}
        for m in kept:
            for i in range(m.start, m.end):
                self.by_token[i] = m


def _compass_of_a_place(doc: Doc, m: Mention, lex: Lexicon) -> bool:
    """'Kecamatan Ilir Barat II', 'Padang Barat': a compass word that names an actor ('Barat', the
    West; cue 'compass_names') is part of a place name when it follows a capitalised word inside the
    sentence, as regional names put it; 'negara-negara Barat', 'AS dan Barat' keep the West."""
    if m.end - m.start != 1 or doc[m.start].lower_ not in lex.cues.get("compass_names", []):
        return False
    prev = doc[m.start - 1] if m.start > 0 else None
    if prev is None or doc[m.start].is_sent_start or prev.is_sent_start or not prev.is_alpha or not prev.text[:1].isupper():
        return False
    # a headline capitalises every word: 'Rusia Kecam Sanksi Barat'; a trigger or item word is no place name
    return (prev.lower_,) not in lex.forms and (prev.lower_,) not in lex.items


def _slug(words: Iterable[str]) -> str:
    return "_".join(re.sub(r"[^a-z0-9]+", "", w.lower()) for w in words if re.sub(r"[^a-z0-9]+", "", w.lower()))


def find_mentions(doc: Doc, gaz: Gazetteer, lex: Lexicon) -> DocMentions:
    """All actor mentions of ``doc`` in order, with roles from titles and coreference resolved."""
    out = DocMentions()
    low = [t.lower_ for t in doc]
    words = [t.text for t in doc]
    date = _doc_date(doc)
    for ent in doc.ents:
        entity = gaz.entities.get(ent.kb_id_)
        if entity is not None:
            entity = at_date(entity, gaz, date)
            out.mentions.append(Mention(ent.start, ent.end, (entity,), "name", ent.text))
    for s in doc.sents:  # 'SEOUL, KOMPAS.com - ...': the dateline city is not an actor of the story
        toks = [t for t in s if not t.is_space][:8]
        dash = next((t.i for t in toks if t.text in ("-", "–", "—")), None)
        if dash is not None and toks and toks[0].text.isupper() and len(toks[0].text) > 2 and any(t.text in (",", "(") for t in toks if t.i < dash):
            # 'SEOUL, KOMPAS.com -', 'BEIRUT (AP) —'
            out.mentions = [m for m in out.mentions if not (s.start <= m.start < dash)]
    out.mentions = [m for m in out.mentions if not _compass_of_a_place(doc, m, lex)]
    ent_at = {e.start: e for e in doc.ents}
    ent_cover = {i: e for e in doc.ents for i in range(e.start, e.end)}
    _titles(doc, words, low, gaz, lex, out, ent_at, ent_cover)
    _companies(doc, words, gaz, lex, out, ent_cover)
    find_firm_groups(words, low, lex, out.mentions, lambda a, b, e, t: Mention(a, b, (e,), "firms", t), out.new_entities)
    out.index()
    _surnames(doc, words, out, gaz, lex)
    out.index()
    out.mentions.extend(member_mentions(doc, low, out.mentions, gaz, lex, (doc._.kg_meta or {}).get("date") if doc.has_extension("kg_meta") else None))
    out.index()
    _coref(doc, low, lex, out)
    out.index()
    return out


def _doc_date(doc: Doc) -> str | None:
    meta = doc._.kg_meta if Doc.has_extension("kg_meta") else None
    return (meta or {}).get("date")


def _titles(doc, words, low, gaz, lex, out, ent_at, ent_cover) -> None:
    """TITLE [of ACTOR] [(ABBR)] NAME -> role statement; unknown NAMEs become new people."""
    all_titles = sorted(((p, role) for role, ps in lex.titles.items() if role != "honorifics" for p in ps), key=lambda x: -len(x[0]))
    title_index: dict[str, list] = {}  # first word -> titles, longest first: one lookup per token
    for p, role in all_titles:
        title_index.setdefault(p[0], []).append((p, role))
    particles = set(lex.cues.get("name_particles", []))
    headline = set()
    for s in doc.sents:
        alpha = [t for t in s if t.is_alpha]
        ends = [t.text for t in s if not t.is_space]
        unfinished = not ends or ends[-1] not in (".", "!", "?", "”", '"', "…")
        if unfinished and alpha and sum(1 for t in alpha if t.text[:1].isupper()) / len(alpha) > 0.6:
            headline.update(range(s.start, s.end))  # Title Case headline: capitals say nothing
    n = len(doc)
    date = _doc_date(doc)
    i = 0
    while i < n:
        if i in ent_cover and ent_cover[i].label_ == "Person":
            i += 1
            continue
        hit = None
        for p, role in title_index.get(low[i], ()):
            if tuple(low[i : i + len(p)]) == p:
                hit = (p, role)
                break
        if not hit:
            i += 1
            continue
        p, role = hit
        j = i + len(p)
        of: Entity | None = None
        before = ent_cover.get(i - 1)  # English names the state first: 'Venezuelan President Nicolas Maduro'
        if before is not None and before.end == i and before.label_ == "Country":
            of = gaz.entities.get(before.kb_id_)
        # "Menteri Luar Negeri AS", "Sekretaris Jenderal NATO", "Presiden Amerika Serikat (AS)"
        portfolio = set(lex.cues.get("agent_nouns", []))
        jj = j
        while jj < n and jj - j < 3 and low[jj] in portfolio and jj not in ent_at:
            jj += 1  # 'Wakil Menteri Luar Negeri Korea Utara': portfolio words before the state
        after_first = lex.cues.get("title_state_after", False)
        qualified = p
        if jj < n and jj in ent_at and ent_at[jj].label_ != "Person" and (of is None or (after_first and ent_at[jj].label_ == "Country")):
            # where the language names the state after the title, a state there is its state even after another
            # name ('... Ancaman Iran Presiden Amerika Serikat Donald Trump': the headline's 'Iran' is not his);
            # English 'US Ambassador to Germany' keeps the state before
            qualified = tuple(low[i:jj])  # 'pemimpin militer Iran': the post is the title with its portfolio words
            j = jj
            e = gaz.entities.get(ent_at[j].kb_id_)
            if e is not None and e.is_actor:
                of = e
                j = ent_at[j].end
                if j + 2 < n and words[j] == "(" and words[j + 2] == ")":
                    j += 3
        person: Entity | None = None
        end = j
        if j < n and j in ent_at and ent_at[j].label_ == "Person":
            person = gaz.entities.get(ent_at[j].kb_id_)
            person = at_date(person, gaz, date) if person is not None else None
            end = ent_at[j].end
        elif role != "relativeOf" and of is not None and i not in headline:
            k = j
            while k < n and k - j < 5 and k not in ent_cover and (_NAME.match(words[k]) or (low[k] in particles and k > j)):
                k += 1
                if k < n and words[k] == "-" and k + 1 < n and words[k + 1][:1].isalpha():
                    k += 2
            while k > j and low[k - 1] in particles:
                k -= 1
            if k - j >= 2:
                name = " ".join(words[j:k]).replace(" - ", "-")
                key = "person:" + _slug(words[j:k])
                person = out.new_entities.get(key) or Entity(
                    key=key, type="Person", label=name, acts_for=of.key if of and of.type == "Country" else (of.key if of else None)
                )
                out.new_entities[key] = person
                out.mentions.append(Mention(j, k, (person,), "title", name))
                end = k
        if person is None and of is not None and role in ("leaderOf", "officialOf"):
            # 'Presiden Prancis', 'the French president' with no name: who held the post on the article's date
            person = title_holder(gaz, of.key, qualified, date, doc.lang_)
            if person is not None:
                start = before.start if before is not None and of.key == before.kb_id_ else i
                out.mentions.append(Mention(start, j, (person,), "holder", " ".join(words[start:j])))
        if person is not None:
            target = of
            if target is None and person.acts_for:
                target = gaz.entities.get(person.acts_for)
            if target is not None and role in ("leaderOf", "officialOf"):
                rel = role
                if role == "leaderOf" and target.type == "Country" and low[i] in lex.cues.get("head_of_body_titles", []):
                    rel = "officialOf"
                out.roles.append(Role(person, rel, target, i, end, " ".join(words[i : i + len(p)])))
            i = end
        else:
            i = j if j > i else i + 1


def _companies(doc, words, gaz, lex, out: DocMentions, ent_cover) -> None:
    """'PT Len Industri', 'Hanwha Aerospace', 'Rheinmetall AG': companies missing from the gazetteer.

    A country named right before the name ('perusahaan Korea Selatan Hanwha Aerospace') is the
    state the company is rolled up to.
    """
    prefixes = set(lex.cues.get("company_prefixes", []))
    suffixes = set(lex.cues.get("company_suffixes", []))
    n = len(words)
    taken = set(ent_cover) | {i for m in out.mentions for i in range(m.start, m.end)}

    def add(start: int, end: int) -> None:
        name = " ".join(words[start:end])
        country = None
        prev = ent_cover.get(start - 1)
        if prev is not None:
            e = gaz.entities.get(prev.kb_id_)
            country = e.key if e is not None and e.type == "Country" else None
        if country is None:  # 'PT ...' is the Indonesian legal form: an Indonesian company
            country = lex.cues.get("company_prefix_states", {}).get(words[start])
        key = "company:" + _slug(words[start:end])
        ent = out.new_entities.get(key) or Entity(key=key, type="Company", label=name, acts_for=country)
        out.new_entities[key] = ent
        out.mentions.append(Mention(start, end, (ent,), "company", name))
        taken.update(range(start, end))

    i = 0
    while i < n:
        if i in taken:
            i += 1
            continue
        if words[i] in prefixes:
            k = i + 1
            while k < n and k - i <= 4 and _NAME.match(words[k]) and k not in taken:
                k += 1
            if k - i >= 2:
                add(i, k)
                i = k
                continue
        if words[i] in suffixes and i > 0:
            k = i
            while k - 1 >= 0 and i - k < 3 and _NAME.match(words[k - 1]) and (k - 1) not in taken:
                k -= 1
            if k < i:
                add(k, i + 1)
        i += 1


def _surnames(doc, words, out: DocMentions, gaz: Gazetteer, lex: Lexicon) -> None:
    """After "Vladimir Putin" or "Cho Seong-hui", a later "Putin" or "Cho" means the same person; so does an
    earlier one ('Yoon Kecam Korut' over a story that names Yoon Suk Yeol). A one-word name the gazetteer
    derives for a known person ('Yoon', 'Kishida': ``Gazetteer.surnames``) stands for them even when the
    full name never appears, unless the text writes the word next to another name ('Lee Hsien Loong')."""
    known: dict[str, list[tuple[int, Entity]]] = {}
    covered = set(out.by_token)
    for m in sorted(out.mentions, key=lambda m: m.start):
        for e in m.entities:
            # a title naming its holder ('Presiden Korea Selatan') gives no name: 'Presiden' is no surname
            if e.type == "Person" and m.end - m.start >= 2 and m.kind != "holder":
                parts = [w for w in words[m.start : m.end] if w != "-"]
                for w in (parts[0], parts[-1]):
                    if len(w) > 2 and w[:1].isupper() and all(x[1].key != e.key for x in known.get(w, [])):
                        known.setdefault(w, []).append((m.start, e))
    if gaz.surnames:
        titles = {w for ps in lex.titles.values() for p in ps for w in p} | set(lex.cues.get("agent_nouns", []))
        # 'on Tuesday Mitsotakis met', 'in January Kishida said': a weekday or a month is no part of a name
        titles |= set((lex.dates or {}).get("weekdays", [])) | set((lex.dates or {}).get("months", {}))
        starts = {s.start for s in doc.sents}

        def other_name(k: int) -> bool:  # a capitalised word of a name that is not a title ('Lee Hsien Loong')
            if k < 0 or k >= len(words) or k in covered or k in starts or not words[k][:1].isupper() or not words[k].replace("-", "").isalpha():
                return False
            low = words[k].lower()
            return low not in titles and (low,) not in lex.forms and (low,) not in lex.items
        derived = {w for w in gaz.surnames if w not in known}
        foreign = {words[i] for i in range(len(words)) if words[i] in derived and (other_name(i - 1) or other_name(i + 1))}
        for w in derived - foreign:
            e = gaz.get(gaz.surnames[w])
            if e is not None and (w.lower(),) not in lex.forms and (w.lower(),) not in lex.items:
                known[w] = [(len(words), e)]
    for i, w in enumerate(words):
        if i in covered or w not in known:
            continue
        cands = known[w]
        before = [e for at, e in cands if at < i]
        e = before[-1] if before else cands[0][1]
        out.mentions.append(Mention(i, i + 1, (e,), "surname", w))


def _one_of_these(doc, low, lex: Lexicon, out: DocMentions) -> None:
    """'The US was allied with Kurdish groups. One of these groups, the SDF, ...': a sentence that opens by
    naming one of a set described just before (cue 'one_of_these', then a noun of 'armed_group_nouns'
    and the name in apposition) tells who the description stands for: the last bare use of that noun
    in the sentence before becomes a mention of the name. Nothing when the noun is not there."""
    openers = [tuple(p.split()) for p in lex.cues.get("one_of_these", [])]
    nouns = set(lex.cues.get("armed_group_nouns", []))
    if not openers or not nouns:
        return
    by_start = {m.start: m for m in out.mentions}
    covered = {t for m in out.mentions for t in range(m.start, m.end)}
    dets = set(lex.cues.get("determiners", []))
    sents = list(doc.sents)
    for prev, s in zip(sents, sents[1:]):
        p = next((p for p in openers if tuple(low[s.start : s.start + len(p)]) == p), None)
        if p is None:
            continue
        n = s.start + len(p)
        if n + 1 >= s.end or low[n] not in nouns or low[n + 1] != ",":
            continue
        q = n + 2
        while q < s.end and low[q] in dets:
            q += 1
        m = by_start.get(q)
        if m is None or not m.is_actor or m.kind != "name":
            continue
        at = next((k for k in range(prev.end - 1, prev.start - 1, -1) if low[k] == low[n] and k not in covered), None)
        if at is None:
            continue
        b = at
        mods = set(lex.cues.get("group_modifiers", []))
        while b - 1 > prev.start and b - 1 not in covered and at - b < 2 and doc[b - 1].text.isalpha() and (
                doc[b - 1].text[:1].isupper() or low[b - 1] in mods):
            b -= 1  # the description's adjectives: 'Kurdish groups', 'rebel groups'
        out.mentions.append(Mention(b, at + 1, m.entities, "coref", " ".join(doc[b : at + 1].text.split())))


def _coref(doc, low, lex: Lexicon, out: DocMentions) -> None:
    """Resolve "kedua pemimpin", "kedua negara", "negara tetangganya", "dia", "mereka" ... in order."""
    groups = {k[len("coref."):]: sorted(v, key=len, reverse=True) for k, v in lex.phrases.items() if k.startswith("coref.")}
    fixed = {tuple(k.split()): v for k, v in lex.cues.get("coref", {}).get("fixed", {}).items()}
    coref_index: dict[str, list] = {}  # first word -> (group, phrase), longest phrase first
    for name, phrases in groups.items():
        for p in phrases:
            if p:
                coref_index.setdefault(p[0], []).append((name, p))
    for lst in coref_index.values():
        lst.sort(key=lambda np: -len(np[1]))
    _one_of_these(doc, low, lex, out)
    by_start = {m.start: m for m in out.mentions}
    by_end = {m.end: m for m in out.mentions}  # where each mention ends: the reporter before 'said it'
    names_in_title_case = bool(lex.cues.get("possessive_markers"))  # English; Indonesian headlines capitalise every word
    triples: list[tuple[int, tuple[Entity, ...]]] = []  # (end, states) of 'X, Y, dan Z' lists of three states
    ordered = sorted(out.mentions, key=lambda m: m.start)
    for a in range(len(ordered) - 2):
        run = ordered[a : a + 3]
        joins = all(set(low[x.end : y.start]) <= {",", "dan", "serta", "and"} and y.start > x.end for x, y in zip(run, run[1:]))
        ents = tuple(m.entities[0] for m in run)
        if joins and all(e.type == "Country" for e in ents) and len({e.key for e in ents}) == 3:
            triples.append((run[-1].end, ents))
    history: list[tuple[int, Entity, int]] = []  # (token, entity, sentence start)
    sent_start = {}
    for s in doc.sents:
        for t in range(s.start, s.end):
            sent_start[t] = s.start
    unnamed = [] if names_in_title_case else _unknown_name_subjects(doc, by_start)
    new: list[Mention] = []
    i = 0
    n = len(doc)
    while i < n:
        m = by_start.get(i)
        if m is not None:
            for e in m.entities:
                if e.is_actor:
                    history.append((i, e, sent_start.get(i, 0)))
            i = m.end
            continue
        hit = None
        for fx, keys in fixed.items():
            if tuple(low[i : i + len(fx)]) == fx:
                ents = []
                for k in keys:
                    e = next((e for _, e, _ in reversed(history) if e.key == k), None)
                    if e is not None:
                        ents.append(e)
                hit = (len(fx), tuple(ents)) if len(ents) == len(keys) else None
                break
        if hit is None:
            hit = _speaker_pronoun(low, i, lex, by_end, sent_start.get(i, 0))
        if hit is None and names_in_title_case and _capitalised_mid_sentence(doc, low, i, sent_start.get(i, 0)):
            i += 1  # 'Vice Premier He Lifeng': a capitalised pronoun after a word is part of a name
            continue
        if hit is None:
            for name, p in coref_index.get(low[i], ()):
                if tuple(low[i : i + len(p)]) != p:
                    continue
                if name == "triple_states":
                    ents = next((g for end, g in reversed(triples) if end <= i), ())
                else:
                    ents = _resolve(name, history, i, sent_start.get(i, 0), head=p[-1])
                if ents and name == "last_person" and _person_since(history, ents[0], unnamed, i):
                    ents = ()  # 'Reza Pahlavi secara terbuka mendukung ... Ia memuji ...': 'ia' is the name the gazetteer lacks
                if ents:
                    hit = (len(p), ents)
                break
        if hit:
            length, ents = hit
            mm = Mention(i, i + length, ents, "coref", " ".join(doc[i : i + length].text.split()))
            new.append(mm)
            by_end[mm.end] = mm
            for e in ents:
                history.append((i, e, sent_start.get(i, 0)))
            i += length
            continue
        i += 1
    out.mentions.extend(new)


def _unknown_name_subjects(doc, by_start: dict) -> list[int]:
    """Indonesian: where a body sentence opens with a name the gazetteer does not know ('Reza Pahlavi
    secara terbuka mendukung ...'): two or more capitalised words, none of them a known mention, then a
    lower-case word. The sentence's subject is a person or body the text introduces, so a later 'ia'
    or 'dia' may be them, not the last person the gazetteer knows. The first sentence (the headline,
    every word capitalised) is left out."""
    out = []
    for n, s in enumerate(doc.sents):
        if n == 0:
            continue
        k = s.start
        while k < s.end and doc[k].text[:1].isupper() and doc[k].text.isalpha() and k not in by_start:
            k += 1
        if k - s.start >= 2 and k < s.end and doc[k].text[:1].islower():
            out.append(s.start)
    return out


def _person_since(history, person: Entity, unnamed: list[int], i: int) -> bool:
    """Whether a sentence opened with an unknown name after ``person`` was last mentioned, before ``i``."""
    last = max((t for t, e, _ in history if e.key == person.key), default=-1)
    return any(last < u < i for u in unnamed)


def _capitalised_mid_sentence(doc, low: list[str], i: int, sent_start: int) -> bool:
    """'Chinese Vice Premier He Lifeng': a capitalised word inside a sentence, right after another word
    and followed by a capitalised one, is a name even when it spells a pronoun."""
    if i <= sent_start or i + 1 >= len(doc) or not low[i - 1].isalpha():
        return False
    if not (doc[i].text[:1].isupper() and doc[i + 1].text[:1].isupper() and doc[i].text != "I"):
        return False
    words = [t.text for t in doc[i].sent if t.text.isalpha()]
    return sum(w[:1].isupper() for w in words) * 2 < len(words)  # not a title-case headline ('Putin Says He Will Visit')


def _speaker_pronoun(low: list[str], i: int, lex: Lexicon, by_end: dict, sent_start: int) -> tuple[int, tuple[Entity, ...]] | None:
    """'The Treasury said it had sanctioned ...', 'Japan said that it would ...': a pronoun (cue
    'speaker_pronouns_after_report') right after a reporting verb, or after its 'that', is the
    reporter named just before the verb, not the last state of the text."""
    if low[i] not in lex.cues.get("speaker_pronouns_after_report", []):
        return None
    reporting = {w for w in lex.cues.get("reporting_verbs", []) if " " not in w}
    k = i - 1
    if k > sent_start and low[k] in lex.cues.get("complementizers", []):
        k -= 1
    if k <= sent_start or low[k] not in reporting:
        return None
    skip = set(lex.cues.get("skip_words", [])) | set(lex.cues.get("agent_nouns", []))
    v = k
    while v not in by_end and v - 1 > sent_start and low[v - 1] in skip and v > k - 4:
        v -= 1  # 'The U.S. Treasury Department also said it': over the body's noun and adverbs
    m = by_end.get(v)
    if m is None and v - 1 > sent_start and low[v - 1] in lex.cues.get("group_joiners", []):
        # 'Japan condemned the move and said it would ...': the subject that opens the sentence
        q = sent_start
        while q < v and low[q] in lex.cues.get("determiners", []):
            q += 1
        m = next((mm for mm in by_end.values() if mm.start == q), None)
    if m is None or m.start < sent_start:
        return None
    ents = tuple(e for e in m.entities if e.is_actor)
    return (1, ents) if ents else None


def _resolve(name: str, history, i: int, sent_start: int, head: str = "") -> tuple[Entity, ...]:
    def recent(pred, k: int, exclude=()) -> list[Entity]:
        seen: list[Entity] = []
        for _, e, _ in reversed(history):
            if pred(e) and e.key not in exclude and all(s.key != e.key for s in seen):
                seen.append(e)
                if len(seen) == k:
                    break
        return seen

    def leaders(k: int) -> tuple[Entity, ...]:
        # the k people the text speaks of most, the more recent first among equals ('Putin hosted Xi ...
        # Kishida visited Kyiv ... the leaders agreed'); when this sentence names fewer people than the
        # phrase counts, they are not among them ('Trump menuduh ketiga pemimpin itu': the others)
        here = {e.key for _, e, s in history if s == sent_start and e.type == "Person"}
        skip = here if 0 < len(here) < k else set()
        counts = Counter(e.key for _, e, _ in history if e.type == "Person" and e.key not in skip)
        ents = {e.key: e for _, e, _ in history}
        last = {e.key: t for t, e, _ in history}
        top = sorted(counts, key=lambda key: (-counts[key], -last[key]))[:k]
        return tuple(ents[key] for key in top) if len(top) == k else ()

    if name == "pair_leaders":
        return leaders(2)
    if name == "pair_any":  # 'keduanya': the two people, or the two states, named last
        last = next((e for _, e, _ in reversed(history) if e.is_actor), None)
        if last is None:
            return ()
        if last.type == "Person":
            return leaders(2)
        got = recent(lambda e: e.type == last.type, 2)
        if len(got) != 2:
            return ()
        where = {e.key: s for _, e, s in history}  # the sentence each was last named in
        # 'Kedua warga negara China itu ... Keduanya menghadapi dakwaan': two states named apart are no pair
        return tuple(got) if where[got[0].key] == where[got[1].key] else ()
    if name == "triple_leaders":  # 'ketiga pemimpin', 'the three leaders'
        return leaders(3)
    if name == "pair_states":
        counts = Counter(e.key for _, e, _ in history if e.type == "Country")
        ents = {e.key: e for _, e, _ in history}
        last = {e.key: t for t, e, _ in history}
        top = sorted(counts, key=lambda k: (-counts[k], -last[k]))[:2]
        return tuple(ents[k] for k in top) if len(top) == 2 else ()
    if name == "pair_orgs":
        got = recent(lambda e: e.type in ("InternationalOrganization", "Organization"), 2)
        return tuple(got) if len(got) == 2 else ()
    if name == "pair_intl_orgs":
        got = recent(lambda e: e.type == "InternationalOrganization", 2)
        return tuple(got) if len(got) == 2 else ()
    if name == "last_intl_org":
        return tuple(recent(lambda e: e.type == "InternationalOrganization", 1))
    if name == "last_state":
        return tuple(recent(lambda e: e.type == "Country", 1))
    if name == "neighbour_state":
        here = {e.key for t, e, s in history if s == sent_start}
        return tuple(recent(lambda e: e.type == "Country", 1, exclude=here))
    if name == "last_person":
        return tuple(recent(lambda e: e.type == "Person", 1))
    if name == "last_named_head":
        # 'the US-led coalition ... The coalition came to Iraq': a definite noun repeats the head word of
        # a body or group named before; with none so named, it stays unresolved
        def ends_in_head(e: Entity) -> bool:
            return any(n.lower().split()[-1:] == [head] for n in (e.label, *(lab for _, lab in e.labels), *e.aliases) if n)
        return tuple(recent(lambda e: e.type in ("InternationalOrganization", "Organization", "Group") and ends_in_head(e), 1))
    if name == "last_org":  # 'the group', 'kelompok itu': an armed group too
        return tuple(recent(lambda e: e.type in ("InternationalOrganization", "Organization", "Group") and e.key != "WEST", 1))
    return ()
