"""Extraction speed: words per second of the whole kg pipeline against spaCy's blank tokenizer.

Run: python benchmarks/bench_extract.py [N_ARTICLES]
Reads the real Indonesian news in ../shared/data/news/detik-2025-1000.csv (not in the repository),
runs each article through kg's pipeline (sentences, gazetteer, relations) and through
spacy.blank("id") alone, in one process on one core, and prints words/s and the ratio.
"""

from __future__ import annotations

import csv
import sys
import time
from pathlib import Path

import spacy

from kg.model import Document
from kg.nlp.pipeline import extract_document, get_pipeline

NEWS = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "news" / "detik-2025-1000.csv"


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    csv.field_size_limit(10**9)
    with NEWS.open(encoding="utf-8") as fh:
        texts = [r["judul"] + "\n" + r["isi_berita"] for _, r in zip(range(n), csv.DictReader(fh))]
    words = sum(len(t.split()) for t in texts)
    blank = spacy.blank("id")
    nlp = get_pipeline("id")
    extract_document(Document(id="warm", text=texts[0]), nlp)  # build caches before timing
    t0 = time.perf_counter()
    for t in texts:
        blank(t)
    t_blank = time.perf_counter() - t0
    t0 = time.perf_counter()
    statements = 0
    for i, t in enumerate(texts):
        statements += len(extract_document(Document(id=str(i), text=t), nlp))
    t_kg = time.perf_counter() - t0
    print(f"articles {len(texts)}  words {words}  statements {statements}")
    print(f"spacy.blank('id') tokenising: {words / t_blank:,.0f} words/s ({t_blank:.1f} s)")
    print(f"kg extraction:               {words / t_kg:,.0f} words/s ({t_kg:.1f} s)")
    print(f"ratio (kg time / tokenising): {t_kg / t_blank:.1f}x")


if __name__ == "__main__":
    main()
