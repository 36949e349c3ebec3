"""Real domestic news (../shared/data/news): evidence integrity and no self-relations."""

from __future__ import annotations

import csv

import pytest

from kg.model import Document
from kg.nlp.pipeline import extract_document, get_pipeline


@pytest.mark.slow
def test_news_statements_point_at_their_words(shared_news):
    csv.field_size_limit(10**8)
    nlp = get_pipeline("id")
    n = 0
    with shared_news.open(encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            if i >= 300:
                break
            text = row["judul"] + "\n" + row["isi_berita"]
            for st in extract_document(Document(id=row["id"], text=text), nlp):
                n += 1
                assert text[st.start:st.end] == st.sentence
                assert st.subject.key != st.object.key
                assert st.subject.type not in ("Place", "Media") and st.object.type != "Media"
    assert n > 0
