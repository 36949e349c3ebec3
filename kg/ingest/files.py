"""Read ``.txt`` and ``.md`` files (folders recursively) into documents.

A document's id is its file name without the extension, its date the first dateline the text
gives ("Rabu (19/6/2024)"), its title the first line when that line reads as a headline.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError
from ..model import Document

__all__ = ["iter_documents", "read_document", "SUFFIXES", "dateline"]

SUFFIXES = (".txt", ".md")
_DATELINE = re.compile(r"\((\d{1,2})/(\d{1,2})/(\d{4})\)")


def dateline(text: str) -> str | None:
    """The first ``(d/m/yyyy)`` date in the text, as ISO ``yyyy-mm-dd``."""
    m = _DATELINE.search(text[:3000])
    if not m:
        return None
    d, mo, y = (int(x) for x in m.groups())
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


def _files(paths: Iterable[str | Path]) -> Iterator[Path]:
    for p in paths:
        path = Path(p)
        if path.is_dir():
            for f in sorted(path.rglob("*")):
                if f.is_file() and f.suffix.lower() in SUFFIXES and not f.name.startswith("."):
                    yield f
        elif path.is_file():
            yield path
        else:
            raise InputError("no such file or folder", str(path))


def read_document(path: str | Path, lang: str = "id") -> Document:
    """One file as a document; raises InputError naming the file when it cannot be read as text."""
    path = Path(path)
    raw = path.read_bytes()
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise InputError("binary file, not text", str(path))
    try:
        if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            text = raw.decode("utf-16")
        else:
            text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"not valid UTF-8 (byte {exc.start})", str(path), line) from exc
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError("empty document", str(path))
    first = text.strip().split("\n", 1)[0].strip()
    title = first if len(first) < 200 and not first.endswith(".") else None
    return Document(id=path.stem, text=text, source=str(path), title=title, date=dateline(text), lang=lang)


def iter_documents(paths: Iterable[str | Path], errors: list[InputError] | None = None, lang: str = "id") -> Iterator[Document]:
    """Documents from files and folders; unreadable ones go to ``errors`` (or raise if it is None)."""
    for f in _files(paths):
        try:
            yield read_document(f, lang=lang)
        except InputError as exc:
            if errors is None:
                raise
            errors.append(exc)
