"""kg's Indonesian tokenizer gives spaCy's tokens without spaCy's 15,600 special cases."""

from __future__ import annotations

import csv
import pickle

import pytest
import spacy

from kg.model import Document
from kg.nlp.pipeline import extract_document, make_pipeline


@pytest.fixture(scope="module")
def kg_id():
    return make_pipeline("id")


def words(nlp, text: str) -> list[str]:
    return [t.text for t in nlp.make_doc(text)]


@pytest.mark.parametrize("text, expected", [
    ("Anak-anak bermain", ["Anak-anak", "bermain"]),
    ("berkali-kali", ["berkali-kali"]),
    ("ANAK-anak", ["ANAK-anak"]),  # any casing of a listed word, not only the three spaCy lists
    ("poros Korea-Rusia", ["poros", "Korea", "-", "Rusia"]),  # names joined by a hyphen still split
    ("tahu.Mobil-mobil", ["tahu", ".", "Mobil-mobil"]),  # a listed word inside a longer chunk
    ("(anak-anak),", ["(", "anak-anak", ")", ","]),
    ("dr. Budi", ["dr.", "Budi"]),  # other special cases are kept as special cases
])
def test_hyphenated_words_and_special_cases(kg_id, text, expected):
    assert words(kg_id, text) == expected


def test_same_tokens_as_spacy_on_the_seed(kg_id, seed_dir):
    blank = spacy.blank("id")
    for path in sorted(seed_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert [(t.idx, t.text) for t in kg_id.make_doc(text)] == [(t.idx, t.text) for t in blank.make_doc(text)]


@pytest.mark.slow
def test_same_tokens_as_spacy_on_real_news(kg_id, shared_news):
    """Over 1,000 real articles, the only differences allowed are a listed word in a casing spaCy does
    not list, and a glued word split into pieces that spell it exactly."""
    csv.field_size_limit(10**8)
    blank = spacy.blank("id")
    whole = kg_id.tokenizer.infix_finditer.whole
    glue = kg_id.tokenizer.infix_finditer.glue
    docs = differing = glued = 0
    with shared_news.open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            text = row["judul"] + "\n" + row["isi_berita"]
            ours = {(t.idx, t.text) for t in kg_id.make_doc(text)}
            theirs = {(t.idx, t.text) for t in blank.make_doc(text)}
            docs += 1
            if ours == theirs:
                continue
            pieces = sorted(ours - theirs)
            for idx, word in sorted(theirs - ours):
                inside = "".join(w for i, w in pieces if idx <= i < idx + len(word))
                if inside == word and glue.points(word):
                    glued += 1
                    pieces = [(i, w) for i, w in pieces if not idx <= i < idx + len(word)]
            if pieces:
                differing += 1
                assert all(w.lower() in whole and w not in blank.tokenizer.rules for _, w in pieces), pieces
    assert docs == 1000 and differing <= 5
    assert glued > 0


@pytest.mark.parametrize("text, expected", [
    ("serangan keIran kemarin", ["serangan", "ke", "Iran", "kemarin"]),
    ("Rusiamenyerang Ukraina", ["Rusia", "menyerang", "Ukraina"]),
    ("MesirdanYordaniasepakat", ["Mesir", "dan", "Yordania", "sepakat"]),
    ("kapal patroliInggrisuntuk berlayar", ["kapal", "patroli", "Inggris", "untuk", "berlayar"]),
    ("Jepangakanmembeli rudal", ["Jepang", "akan", "membeli", "rudal"]),
    ("dilaporkanReutersdan media lain", ["dilaporkan", "Reuters", "dan", "media", "lain"]),
    ("kata PBBdalam laporannya", ["kata", "PBB", "dalam", "laporannya"]),
    # ordinary words and names stay whole
    ("Perumahan rakyat", ["Perumahan", "rakyat"]),
    ("Kementerian Luar Negeri", ["Kementerian", "Luar", "Negeri"]),
    ("Pemerintahan baru", ["Pemerintahan", "baru"]),
    ("iPhone terbaru", ["iPhone", "terbaru"]),
    ("warga Chinatown", ["warga", "Chinatown"]),
    ("Pangeran MbS tiba", ["Pangeran", "MbS", "tiba"]),
])
def test_glued_words_are_split(kg_id, text, expected):
    doc = kg_id.make_doc(text)
    assert [t.text for t in doc] == expected
    assert doc.text == text  # the text and its offsets are untouched


def test_glued_names_are_read_as_actors(kg_id):
    sts = [(s.subject.key, s.predicate, s.object.key)
           for s in extract_document(Document(id="t", text="Rusiamenyerang Ukraina pada Senin."), kg_id)]
    assert ("RUS", "attacks", "UKR") in sts


def test_hyphenated_words_are_not_special_cases(kg_id):
    """What makes the pipeline quick to build: a few hundred special cases instead of 15,963."""
    assert len(spacy.blank("id").tokenizer.rules) > 15_000
    assert len(kg_id.tokenizer.rules) < 500
    assert len(kg_id.tokenizer.infix_finditer.whole) > 3_000


def test_the_infix_finder_pickles(kg_id):
    finder = pickle.loads(pickle.dumps(kg_id.tokenizer.infix_finditer))
    assert [m.group(0) for m in finder("Korea-Rusia")] == ["-"]
    assert list(finder("anak-anak")) == []


def test_a_saved_pipeline_loads_with_the_same_tokenizer(kg_id, tmp_path):
    kg_id.to_disk(tmp_path / "kg-id")
    loaded = spacy.load(tmp_path / "kg-id")
    text = "Anak-anak di poros Korea-Rusia, dr. Budi berkali-kali."
    assert words(loaded, text) == words(kg_id, text)
    assert type(loaded.tokenizer).__name__ == "HyphenWordTokenizer"
