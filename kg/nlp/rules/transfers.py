"""Transfers: who gives what to whom, read from the items named around a give or receive verb.

The relation follows what is transferred (weapons, technology, aid); give verbs send from the
subject, receive verbs ("membeli ... dari", "menerima ... dari") bring to it.
"""

from __future__ import annotations


from ...model import Entity
from ..lexicon import Trigger
from .base import FAMILY_RELATION, NUMBER, Candidate
from .origins import Origins
from .slots import ArgumentSlots

__all__ = ["Transfers"]


class _NoPrep:
    """A stand-in trigger for reading a plain list of items: no preposition before them."""

    item_prep: tuple[str, ...] = ()


_NO_PREP = _NoPrep()


class Transfers(ArgumentSlots, Origins):
    """Transfers: who gives what to whom, read from the items named around a give or receive verb."""

    def _items(self, j: int, c1: int, trig: Trigger) -> tuple[list[tuple[str, str, str]], int, list[Entity]]:
        """Items named right after a transfer verb, with a double object ('memberi Rusia artileri')."""
        found: list[tuple[str, str, str]] = []
        quant = set(self.lex.cues.get("quantifiers", []))
        joiners = set(self.lex.cues.get("item_joiners", []))
        recipient: list[Entity] = []
        self.item_owner: list[Entity] = []
        k = self._past_determiners(j, c1)
        if trig.item_prep:
            # 'membantu Korea Utara dengan teknologi': the recipient first, items after the preposition
            m = self.mention_at(k)
            if m is not None and self.actor(m):
                recipient, _, k = self.group(m)
                while self.possessive and k < c1 and self.low[k] in self.agent_nouns and self.low[k] not in self.determiners:
                    k += 1  # 'provided the Philippine military with patrol boats': the state's forces get them
            if k < c1 and self.low[k] in trig.item_prep:
                k += 1
            else:
                return [], k, recipient
        else:
            m = self.mention_at(k)
            if m is not None and self.actor(m):
                recipient, _, k = self.group(m)
        steps = 0
        last_end = -1
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
            if hit and self._peacekeepers(k, L):
                # 'mengirim pasukan perdamaian ke Gaza', 'sent peacekeeping troops to Lebanon': a mission
                # under a mandate, not troops given to the state they go to
                self.trace.notes.append(f"'{' '.join(self.words[k:k + L])}': peacekeepers, not a transfer")
                if found and last_end == k and found[-1][:2] == ("aid", "aid"):
                    found.pop()  # 'mengirim bantuan pasukan perdamaian': the help is the peacekeepers
                self._note_peacekeeper_senders()
                break
            if hit:
                L, (concept, family) = hit
                shared = self._shared_head(k, L)
                if shared:
                    concept, family = shared  # 'missile and satellite technology': missile technology
                found.append((concept, family, " ".join(self.words[k : k + L])))
                k += L
                last_end = k
                steps += 1
                continue
            w = self.low[k]
            spec = self.phrase_at(k, "item_specifiers") if found else None
            if spec:
                k += len(spec)  # 'bantuan kemanusiaan berupa makanan dan obat-obatan': what the items consist of
                steps += 1
                continue
            qp = self.phrase_at(k, "quantifier_phrases")
            if qp:
                k += len(qp)
                steps += 1
                continue
            owner = self.mention_at(k)
            made = owner is not None and owner.start == k and not found and self.phrase_at(owner.end, "origin_compounds")
            if made and self._item_at(owner.end + len(made)):
                k = owner.end + len(made)  # 'Turkish-made drones': where they are made (read by item_origin)
                steps += 1
                continue
            if self.possessive and owner is not None and owner.start == k and self.actor(owner) and not found and self._item_at(owner.end):
                self.item_owner = self.group(owner)[0]  # 'the deployment of North Korean troops': whose the items are
                k = owner.end
                steps += 1
                continue
            adj = self._plain_modifiers_then_item(k)
            if adj:
                k += adj  # '650 lightweight multirole missiles': modifiers the lexicon does not list
                steps += 1
                continue
            if w in quant or NUMBER.match(w) or w in joiners and found or self._model_name(k):
                k += 1
                steps += 1
                continue
            if w in quant or NUMBER.match(w):
                k += 1
                steps += 1
                continue
            break
        if found and self._maker_head(k, c1):
            # 'acquired Austrian mortar and shell manufacturer Hirtenberger': the items name what a firm
            # makes; what changes hands is the firm
            self.trace.notes.append("the items name what a firm makes: the firm changes hands, not the items")
            return [], k, recipient
        return found, k, recipient

    def _note_peacekeeper_senders(self) -> None:
        """Remember the states this sentence names with peacekeepers: a bare 'Kirim Pasukan ke Gaza'
        elsewhere in the document (a headline) is the same mission (``kg.nlp.missions``)."""
        senders = self.meta.setdefault("peacekeeper_senders", set())
        for q in range(self.s0, self.s1):
            m = self.mention_at(q)
            if m is not None and m.start == q and self.actor(m):
                senders.update(e.acts_for or e.key for e in m.entities if e.is_actor)

    def _maker_head(self, k: int, c1: int) -> bool:
        """A firm noun (cue 'firm_head_nouns') heads the phrase the items start, within a few plain words:
        'mortar and shell manufacturer', 'drone maker'."""
        heads = self.lex.cues.get("firm_head_nouns", [])
        for q in range(k, min(c1, k + 4)):
            if self.low[q] in heads:
                return True
            if not self.low[q].isalpha() or self.low[q] in self.preps or self.mention_at(q) is not None:
                return False
        return False

    def _peacekeepers(self, k: int, L: int) -> bool:
        """Whether the item at ``k:k+L`` is modified as peacekeeping (cue 'peacekeeping_modifiers'), right
        after it ('pasukan perdamaian') or right before it ('peacekeeping troops')."""
        if k + L < self.s1 and self.phrase_at(k + L, "peacekeeping_modifiers"):
            return True
        return any(self.phrase_at(q, "peacekeeping_modifiers") and q + len(self.phrase_at(q, "peacekeeping_modifiers")) == k
                   for q in range(max(self.s0, k - 2), k))

    def _plain_modifiers_then_item(self, k: int) -> int:
        """English: how many words before an item word modify it ('lightweight multirole missiles',
        'close-range ballistic missiles'): up to four, plain words the lexicon does not list, hyphens and
        amounts; 0 when none or when they could be anything else (a name, a verb, a preposition, a clause word)."""
        if not self.possessive:
            return 0
        q = k
        while q < min(self.s1, k + 4):
            if q > k and any(tuple(self.low[q : q + L]) in self.lex.items for L in (1, 2, 3)):
                return q - k
            w = self.low[q]
            if w == "-" or w in self.lex.cues.get("quantifiers", []):
                q += 1
                continue
            if (not w.isalpha() or self.mention_at(q) is not None or w in self.preps or w in self.joiners or w in self.skip
                    or w in self.complementizers or w in self.relative or self._is_verb(w) or w in self.determiners
                    or w in self.lex.cues.get("item_joiners", [])):
                return 0
            q += 1
        return 0

    def _shared_head(self, k: int, L: int) -> tuple[str, str] | None:
        """'missile and satellite technology': an item word coordinated with an item whose head noun it
        shares; the concept of the word with that head ('missile technology'), if the lexicon has it."""
        j = k + L
        if j + 1 >= self.s1 or self.low[j] not in self.lex.cues.get("item_joiners", []) or self.low[j] == ",":
            return None
        for L2 in (4, 3, 2):
            nxt = tuple(self.low[j + 1 : j + 1 + L2])
            if len(nxt) == L2 and nxt in self.lex.items:
                joined = tuple(self.low[k : k + L]) + nxt[-1:]
                got = self.lex.items.get(joined)
                return got if got and got != self.lex.items[tuple(self.low[k : k + L])] else None
        return None

    def _past_determiners(self, j: int, c1: int) -> int:
        """'supplied the Houthis with drones', 'arming the Houthis': the recipient after an article."""
        k = j
        while k < c1 and self.low[k] in self.determiners and self.mention_at(k) is None:
            k += 1
        m = self.mention_at(k)
        return k if k > j and m is not None and m.start == k and self.actor(m) else j

    def _item_at(self, k: int) -> bool:
        """Whether an item word begins at ``k``, over amounts and modifiers ('North Korean combat troops')."""
        for q in range(k, min(k + 3, self.s1)):
            if any(tuple(self.low[q : q + L]) in self.lex.items for L in (1, 2, 3)) or self.system_at(q):
                return True
            if self.low[q] not in self.lex.cues.get("quantifiers", []):
                return False
        return False

    def _model_name(self, k: int) -> bool:
        """'Fath-360 missiles', 'F-15 fighter jets', 'Shahed-type drones': a designation of letters and
        digits, or a capitalised word that is no name of an actor, right before an item word."""
        w = self.low[k]
        if self.mention_at(k) is not None or not w[:1].isalnum():
            return False
        designation = any(c.isdigit() for c in w) and any(c.isalpha() for c in w)
        if not designation and not (self.possessive and self.words[k][:1].isupper()):
            return False
        return any(tuple(self.low[k + 1 : k + 1 + L]) in self.lex.items for L in (1, 2, 3))

    def _item_start(self, item: tuple[str, str, str], i: int) -> int:
        """Where the words of an item found left of ``i`` begin (the nearest occurrence)."""
        words = tuple(item[2].lower().split())
        for k in range(i - len(words), self.s0 - 1, -1):
            if tuple(self.low[k : k + len(words)]) == words:
                return k
        return -1

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

    def _items_owner(self, i: int) -> list[Entity]:
        """'Ribuan tentara Korea Utara dikirim ...', 'Drone Iran dipasok ...': the actor right after an
        item named before a passive transfer verb owns the items. Only right after the item: 'jet buatan
        Amerika' (made in America) names a maker, not the sender."""
        c0, _ = self.clause(i)
        for k in range(max(c0, i - 8), i):
            for L in range(min(4, i - k), 0, -1):
                if tuple(self.low[k : k + L]) in self.lex.items:
                    if self.possessive:
                        # English names the owner first: 'North Korean troops had been deployed to Russia'
                        q = k - 1
                        while q >= c0 and self.mention_at(q) is None and (self.low[q] in self.quantifiers or NUMBER.match(self.low[q])):
                            q -= 1
                        m = self.mention_at(q) if q >= c0 else None
                        if m is not None and m.end == q + 1 and self.actor(m) and m.entities[0].type != "Media" and (
                                m.start - 1 < self.s0 or self.low[m.start - 1] not in self.possessive):
                            return self.group(m)[0]
                        break
                    m = self.mention_at(k + L)
                    if m is not None and m.start == k + L and m.end <= i and self.actor(m) and m.entities[0].type != "Media":
                        return self.group(m)[0]
                    break
        return []

    def _helped(self, after: int, c1: int) -> list[Entity]:
        """'mengirim ribuan tentara untuk membantu Rusia', 'sent troops to help Russia': with no
        recipient named by a preposition, the one the purpose clause helps (cue 'beneficiary_verbs') gets the items."""
        for q in range(after, min(c1, after + 8)):
            w = self.low[q]
            if w in self.purpose_links:
                p = self.phrase_at(q + 1, "beneficiary_verbs")
                if p:
                    return self.right_actor(q + 1 + len(p), ("",), limit=3)[0]
            if self.mention_at(q) is None and (w in self.relative or w in self.complementizers or (
                    self._is_verb(w) and w not in self.agent_nouns)):
                break
        return []

    def _listed_items(self, after: int, c1: int) -> list[tuple[str, str, str]]:
        """Items listed after a transfer by a cue of listing ('including', 'such as': cue 'item_lists')."""
        saved = self.item_owner
        try:
            for k in range(after, min(c1, after + 8)):
                p = self.phrase_at(k, "item_lists")
                if p:
                    found, _, _ = self._items(k + len(p), c1, _NO_PREP)
                    return found
            return []
        finally:
            self.item_owner = saved

    def _fronted_adjunct(self, k: int, i: int) -> bool:
        """'In return for the weapons, Russia is providing North Korea with technology': a phrase at ``k``
        closed by a comma before the subject of the verb at ``i`` is an adjunct; the clause names its giver."""
        commas = [q for q in range(k, i) if self.low[q] == ","]
        return bool(commas) and any(self.actor(self.mention_at(q)) for q in range(commas[-1] + 1, i))

    def _distributed_in(self, i: int, after: int, c1: int) -> list[Entity]:
        """Where aid is handed out stands for whom it goes to: 'membagikan bantuan di Gaza' gives it to
        the people of Gaza. Only after a verb of handing out (cue 'distribution_verbs': 'menyalurkan',
        'mendistribusikan'), at the trigger or up to four words before the noun; a gift 'di' a place
        ('memberikan senjata di perbatasan') says where, not to whom."""
        verbs = set(self.lex.cues.get("distribution_verbs", []))
        if not verbs or not (self.low[i] in verbs or any(self.low[k] in verbs for k in range(max(self.s0, i - 4), i))):
            return []
        place, _ = self.right_actor(after, tuple(self.locatives), limit=6, places=True, stop_at_verbs=False)
        return [self.ext.gaz.get(e.acts_for) or e if e.acts_for and e.type != "Country" else e for e in place]

    def _transfer(self, i: int, L: int, trig: Trigger, voice: str) -> list[Candidate]:
        j = i + L
        _, c1 = self.clause(i)
        items, after, double = self._items(i if trig.self_item else j, c1, trig)
        if trig.self_item:
            double = []
        if not items and voice == "passive" and trig.item_prep:
            # 'Ukraina dibantu oleh AS dengan sistem pertahanan udara': the items after the agent
            _, aend = self.right_actor(j, (*self.passive_agent, ""), limit=3)
            if aend > 0:
                items, after, _ = self._items(aend, c1, trig)
        if not items and voice in ("passive", "participle") and trig.direction == "give":
            items = self._items_left(i)  # 'Drone Shahed dipasok Iran ke Rusia': the items are the subject
            after = j
        if not items and voice == "nominal" and self.possessive:
            # 'suspended arms exports to Israel': English names the items before the noun
            items = [it for it in self._items_left(i) if i - 2 <= self._item_start(it, i)]
            after = j
        if not items and self.possessive and voice in ("active", "participle", "bare"):
            # 'the missiles that North Korea sent to Russia': the items head a relative clause before the subject
            _, sstart = self.left_subject(i)
            r = sstart - 1
            while r > self.s0 and self.low[r] in self.determiners:
                r -= 1  # 'the weapons that the US sent'
            e = r - 1 if r - 1 >= self.s0 and self.low[r - 1] != "," else r - 2  # 'The drones, which Iran supplied'
            if e >= self.s0 and self.low[r] in self.relative and self._item_ends_at(e):
                items = [it for it in self._items_left(e + 1) if self._item_start(it, e + 1) >= e - 4]
                after = j
        if not items and trig.default_item:
            items = [(trig.default_item, "weapons", "")]
        if trig.family:
            # 'membantu Pakistan mengembangkan rudal balistik': helping to build the items passes the know-how
            items = [(c if f == trig.family else trig.family, trig.family, t) for c, f, t in items]
        if not items:
            self.trace.notes.append(f"'{self.words[i]}': no transferred item named right after it, so no transfer")
            return []
        c0, _ = self.clause(i)
        if any(self.phrase_at(k, "exchange_markers") and not self._fronted_adjunct(k, i) for k in range(c0, i)) and not (
                voice == "passive" and self.right_actor(j, (*self.passive_agent, ""), limit=3)[0]):
            # 'sebagai imbalan atas amunisi yang dikirim Pyongyang ke Moskow': a passive names its giver
            self.trace.notes.append(f"'{self.words[i]}': in exchange for -- giver unnamed")
            return []
        giver: list[Entity] = []
        recipient: list[Entity] = []
        conf = trig.confidence
        if trig.direction == "give":
            if voice == "passive":
                giver, _ = self.right_actor(j, (*self.passive_agent, ""), limit=3)
                if not giver:
                    # 'was supplied with drones by Iran', 'were supplied to Russia by Iran': the agent after the rest
                    giver, _ = self.right_actor(after if after > j else j, self.passive_agent, limit=10, stop_at_verbs=False)
                owned = not giver and self._items_owner(i)
                if owned:
                    # 'tentara Korea Utara dikirim ke Rusia': no agent named, the troops' own state sends them
                    giver = owned
                elif not giver:
                    giver = self.item_origin_before(i)  # '48 Kaan akan dikirim ke Indonesia': the systems' state
                recipient, _ = self.right_actor(after, trig.target_preps, limit=6, stop_at_verbs=False)
                if not recipient and owned:
                    recipient = self._helped(after, c1)  # '... dikirim untuk membantu Rusia'
                elif not recipient:
                    recipient, _ = self.left_subject(i)
            elif voice == "nominal":
                giver, pend = self.possessor(after)
                if not giver and self.possessive:
                    giver = self.left_possessor(i)  # "Iran 's delivery of drones"
                if not giver:
                    giver = self.item_owner  # 'the deployment of North Korean troops to Russia'
                if not giver and self.possessive:
                    giver = self._blamed_for(i)  # 'criticised Warsaw over deliveries of shells to Kyiv': Warsaw delivers
                if not giver:
                    giver, _ = self.right_actor(after, trig.agent_preps, limit=6, stop_at_verbs=False)
                recipient, _ = self.right_actor(after, trig.target_preps, limit=8, stop_at_verbs=False)
                if not recipient:
                    recipient = self._helped(after, c1)  # 'pengiriman pasukan Korea Utara untuk membantu Rusia'
                lv = self._light_verb(i)
                if not giver and lv and lv[0] == "agent":
                    giver, _ = self.left_subject(lv[1])
                if not recipient and giver and lv and lv[0] == "undergoer":
                    recipient, _ = self.left_subject(lv[1])  # 'Rusia mendapat pasokan drone dari Iran': the one who gets it
            else:
                giver, _ = self.left_subject(i)
                recipient = double or self.right_actor(after, trig.target_preps, limit=9)[0]  # over a model name: "drone Anka dan kapal perang kelas Istif kepada"
                if not recipient:
                    recipient = self._helped(after, c1)
        else:  # receive: the subject gets the items from 'dari X'
            if voice == "passive":
                return []
            recipient, _ = self.left_subject(i)
            if not recipient and voice == "nominal":
                recipient, _ = self.right_actor(after, self.passive_agent, limit=6, stop_at_verbs=False)  # 'pembelian 42 Rafale oleh Indonesia'
            giver, _ = self.right_actor(after, trig.object, limit=6, stop_at_verbs=False)
            if not giver and self.possessive:
                # 'denied receiving Iranian missiles': no double object after a receive verb; the name before
                # the items is their owner, who sent them
                giver = self.item_owner or double
            if not giver and any(f == "weapons" for _, f, _ in items):
                giver = self.item_origin(j, after, c1)  # 'membeli 12 Gripen', 'membeli jet tempur Rafale buatan Prancis'
        rule_end = ""
        if giver and not recipient and trig.direction == "give":
            recipient = self._distributed_in(i, after, c1)  # 'menyalurkan bantuan kemanusiaan di Jalur Gaza'
        if not giver and recipient and voice not in ("passive", "nominal") and trig.direction == "give" and self.opens_sentence(i):
            giver = self.carried_subject(exclude=recipient)  # '... Juga mengirim rudal ke Kyiv': the last sentence's giver
            rule_end, conf = "+carried-subject", conf - 0.2
        elif giver and not recipient and voice not in ("passive", "nominal") and trig.direction == "give":
            recipient = [e for f, r in FAMILY_RELATION.items() if any(it[1] == f for it in items) for e in self.headline_other(giver, r)][:1]  # 'akan mengirim ratusan drone' under 'AS Kirim Drone ke Taiwan'
            rule_end, conf = "+headline-recipient", conf - 0.2
        if not giver or not recipient:
            self.trace.notes.append(f"'{self.words[i]}': transfer without giver or recipient")
            return []
        listed = self._listed_items(after, c1)
        if listed and all(f == "aid" and c in self.lex.cues.get("generic_aid_concepts", []) for c, f, _ in items):
            # 'a military aid package for Ukraine, including air defence interceptors and artillery ammunition':
            # what the package holds names the transfer
            items = listed
        out = []
        families: dict[str, list[tuple[str, str, str]]] = {}
        for it in items:
            families.setdefault(it[1], []).append(it)
        for family, its in families.items():
            rel = FAMILY_RELATION[family]
            out += self._pairs(
                giver, recipient, rel, trig, i, L, conf, f"{trig.direction}-{voice}{rule_end}",
                items=tuple(dict.fromkeys(c for c, _, _ in its)), item_texts=tuple(dict.fromkeys(t for _, _, t in its if t)),
            )
        return out
