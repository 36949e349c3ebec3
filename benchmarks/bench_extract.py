"""Extraction speed: words per second of the whole kg pipeline against spaCy's blank tokenizer.

Run: python benchmarks/bench_extract.py [N_ARTICLES] [--lang id|en]

Indonesian (default) reads the real news in ../shared/data/news/detik-2025-1000.csv; English reads
the Wikinews articles of ../shared/eval/dev-en, repeated until N articles (neither is in the
repository). Each article goes through kg's pipeline (sentences, gazetteer, relations) and through
spacy.blank(lang) alone, in one process on one core; the script prints words/s and the ratio.
"""

from __future__ import annotations

import argparse
import csv
import itertools
import os
import time
from pathlib import Path

import spacy

from kg.model import Document
from kg.nlp.pipeline import extract_document, get_pipeline

SHARED = Path(os.environ.get("KG_SHARED", Path(__file__).resolve().parents[2] / "shared"))
NEWS = SHARED / "data" / "news" / "detik-2025-1000.csv"
ENGLISH = SHARED / "eval" / "dev-en"


def texts_of(lang: str, n: int) -> list[str]:
    """N real articles of the language."""
    if lang == "en":
        pool = [p.read_text(encoding="utf-8") for p in sorted(ENGLISH.glob("*.txt"))]
        return list(itertools.islice(itertools.cycle(pool), n))
    csv.field_size_limit(10**9)
    with NEWS.open(encoding="utf-8") as fh:
        return [r["judul"] + "\n" + r["isi_berita"] for _, r in zip(range(n), csv.DictReader(fh))]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", nargs="?", type=int, default=1000, help="articles (default 1000)")
    ap.add_argument("--lang", choices=["id", "en"], default="id")
    a = ap.parse_args()
    texts = texts_of(a.lang, a.n)
    words = sum(len(t.split()) for t in texts)
    blank = spacy.blank(a.lang)
    nlp = get_pipeline(a.lang)
    extract_document(Document(id="warm", text=texts[0], lang=a.lang), nlp)  # build caches before timing
    t0 = time.perf_counter()
    for t in texts:
        blank(t)
    t_blank = time.perf_counter() - t0
    t0 = time.perf_counter()
    statements = 0
    for i, t in enumerate(texts):
        statements += len(extract_document(Document(id=str(i), text=t, lang=a.lang), nlp))
    t_kg = time.perf_counter() - t0
    print(f"language {a.lang}  articles {len(texts)}  words {words}  statements {statements}")
    print(f"spacy.blank('{a.lang}') tokenising: {words / t_blank:,.0f} words/s ({t_blank:.1f} s)")
    print(f"kg extraction:               {words / t_kg:,.0f} words/s ({t_kg:.1f} s)")
    print(f"ratio (kg time / tokenising): {t_kg / t_blank:.1f}x")


if __name__ == "__main__":
    main()
