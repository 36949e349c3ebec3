"""The repository speaks of the project only: no work-process talk in any tracked text.

Docs, code, comments, tests and data are read by users who were never part of how the project was
made, so mentions of numbered work sessions, helpers, closing notes, issue numbers or the workplace's
own paths mean nothing to them. The test matches phrases, not bare words, so that ordinary code
words pass: an HTTP session, pytest's ``scope="session"``, ``render_helpers.py``, CSS colours.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
THIS = Path(__file__).resolve().relative_to(ROOT).as_posix()

#: phrases no tracked file may hold (regular expressions, matched case-insensitively)
PHRASES = {
    "a numbered session": r"\bsessions?\s+#?\d+\b",
    "a helper session": r"\bhelper\s+sessions?\b",
    "a helper's branch": r"\bhelper-[a-z]+\d*\b",
    "a subagent": r"\bsub-?agents?\b",
    "closing notes": r"\bclosing\s+notes?\b",
    "the workplace's paths": r"(?<![.\w])/work/(?:main|wt|shared|\.library)\b|\bworktrees?\b",
}
#: phrases prose may not hold; news text (articles, lexicons, gazetteer aliases) may, in their news sense
PROSE_PHRASES = {
    "a work session": r"\b(?:this|that|the same|previous|next|last|earlier|later|each|every|one)\s+session\b",
    "an issue number": r"\bissues?\s*(?:no\.?\s*)?#?\d+\b",
    "an issue reference": r"(?<![\w&#/])#\d{1,2}\b",
    "the CEO": r"(?-i:\bCEO\b)",
    "the brief": r"\bthe brief\b",
}


def _news_text(name: str) -> bool:
    """Articles, lexicons and gazetteer tables: their words are the news's own."""
    return name.startswith(("seeds/", "tests/data/", "ontology/lexicon/")) or (
        name.startswith("ontology/gazetteer/") and name.endswith(".tsv"))


def _vendored(name: str) -> bool:
    """Third-party bundles shipped as they were built: their text is not the project's."""
    return name.endswith((".min.js", ".min.css")) or "/assets/yasgui/" in name


def _tracked_text() -> list[tuple[str, str]]:
    try:
        names = subprocess.run(["git", "ls-files", "-z"], cwd=ROOT, capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    out = []
    for name in filter(None, names.decode("utf-8").split("\0")):
        path = ROOT / name
        if name == THIS or not path.is_file() or _vendored(name):
            continue
        data = path.read_bytes()
        if b"\0" in data[:8192]:
            continue  # images and other binary files
        out.append((name, data.decode("utf-8", errors="replace")))
    return out


def _hits(name: str, text: str) -> list[str]:
    checks = dict(PHRASES)
    if not _news_text(name):
        checks.update(PROSE_PHRASES)
    found = []
    for what, pattern in checks.items():
        for m in re.finditer(pattern, text, flags=re.IGNORECASE):
            line = text.count("\n", 0, m.start()) + 1
            found.append(f"{name}:{line}: {what}: {m.group(0)!r}")
    return found


def test_tracked_text_speaks_of_the_project_only():
    files = _tracked_text()
    assert any(name == "README.md" for name, _ in files)
    hits = [h for name, text in files for h in _hits(name, text)]
    assert not hits, "work-process talk in tracked files:\n" + "\n".join(hits)


@pytest.mark.parametrize("text", [
    "as measured in session 5", "see the closing notes", "fixed in issue 13", "(#13)", "a helper session found",
    "on the helper-id2 branch", "a subagent wrote", "the CEO asked", "read /work/shared/eval", "this session",
    "the id the brief asked for",
])
def test_work_process_phrases_are_caught(text):
    assert _hits("docs/x.md", text)


@pytest.mark.parametrize("text", [
    '@pytest.fixture(scope="session")', "from render_helpers import page_data", "color: #555;",
    "background: #212121;", "start_new_session=True", "requests.Session()", "../shared/eval/score.py",
    "small DOM helpers", "the scorer's session-free API", "&#13;",
])
def test_ordinary_code_words_pass(text):
    assert not _hits("kg/x.py", text)


def test_news_text_keeps_its_own_words():
    assert not _hits("ontology/lexicon/en/titles.json", '"CEO", "chief executive", "the same session"')
    assert _hits("ontology/lexicon/en/cues.json", '"_comment": "added in session 5"')
    assert _hits("ontology/gazetteer/README.md", "the CEO asked")  # prose beside the tables is prose
