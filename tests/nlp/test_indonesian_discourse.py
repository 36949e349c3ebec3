"""Indonesian discourse: what spans sentences, who says what, and asides of domestic news.

Sentences written for these tests. Each case names the phenomenon it checks and asserts the
statement (with its status) the extractor gives, or that a wrong reading is absent.
"""

from __future__ import annotations

from kg.model import Document
from kg.nlp.pipeline import extract_document, get_pipeline

ROLES = ("leaderOf", "officialOf", "relativeOf", "memberOf")


def triples(text: str, date: str | None = "2025-10-20") -> set[tuple[str, str, str, str]]:
    doc = Document(id="t", text=text, date=date, lang="id")
    return {(s.subject.key, s.predicate, s.object.key, s.status) for s in extract_document(doc, get_pipeline("id"))
            if s.predicate not in ROLES}


def test_body_after_preposition_is_no_subject_of_coordinated_verb():
    # 'kepada Pemerintah Malaysia' is the object of the first verb; the unnamed 'Kami' thanks Prabowo
    got = triples("Kami juga mengucapkan selamat kepada Pemerintah Malaysia atas terbentuknya kabinet baru, "
                  "serta menyampaikan terima kasih kepada Presiden Prabowo atas undangannya.")
    assert not any(s == "MYS" for s, *_ in got)


def test_body_as_subject_still_reads():
    assert ("MYS", "opposes", "SGP", "asserted") in triples("Pemerintah Malaysia mengecam Singapura.")


def test_clause_opening_preposition_keeps_its_subject():
    # 'sejak' opens a clause here: the government after it is that clause's subject
    assert ("RUS", "attacks", "UKR", "asserted") in triples("Sejak pemerintah Rusia menginvasi Ukraina, harga gandum naik.")
