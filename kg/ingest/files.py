"""Read news into documents: ``.txt``, ``.md``, ``.html`` files and ``.jsonl`` / ``.csv`` exports.

Folders are read recursively, in sorted order. A text file's id is its file name without the
extension, its date the first dateline the text gives ("Rabu (19/6/2024)", or a date written out
near the top: "Friday, January 4, 2019") or else a ``yyyy-mm-dd`` in the file name, its title the first
line when that line reads as a headline. HTML goes through trafilatura, which keeps the article
and drops menus, scripts and footers, and gives the title, date and URL it finds. A row of a
JSONL or CSV export is one document; which columns hold the text, id, title, url, date and
language is configurable (``Columns``).

Nothing here raises on bad input except when asked to (``errors=None``): each bad file or row
becomes an ``InputError`` naming the file, the line and the reason, and reading goes on.
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

from ..errors import InputError
from ..graph.mapping import graph_name
from ..model import Document
from .dates import date_from_name, dateline, normalise_date
from .decode import decode_bytes, normalise_text

__all__ = [
    "iter_documents",
    "read_document",
    "iter_records",
    "count_records",
    "settle_language",
    "Columns",
    "ReadOptions",
    "FileRecord",
    "SUFFIXES",
    "dateline",
]

TEXT_SUFFIXES = (".txt", ".md")
HTML_SUFFIXES = (".html", ".htm")
TABLE_SUFFIXES = (".jsonl", ".ndjson", ".csv")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + TABLE_SUFFIXES
MAX_CHARS = 1_000_000  # spaCy's own limit per text


@dataclass(frozen=True)
class Columns:
    """Names of the columns (CSV) or keys (JSONL) that hold each field of a document."""

    text: str = "text"
    id: str = "id"
    title: str = "title"
    url: str = "url"
    date: str = "date"
    language: str = "language"


@dataclass(frozen=True)
class ReadOptions:
    """How to read inputs: language (``auto`` detects it per document), columns, date format, size limit."""

    lang: str = "auto"
    columns: Columns = field(default_factory=Columns)
    date_format: str | None = None
    max_chars: int = MAX_CHARS
    langs: tuple[str, ...] = ("id", "en")


def _walk(folder: str) -> Iterator[str]:
    """Files under ``folder`` in the order of their path parts (what sorting ``Path.parts`` gives), hidden
    files and folders left out. ``os.scandir`` rather than ``Path.rglob``: a 10,000-file folder is
    listed in a fifth of the time, which the build process would otherwise spend while its workers wait."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        raise InputError(f"cannot list the folder ({exc.strerror or exc})", folder) from None
    for e in entries:
        if e.name.startswith("."):
            continue
        if e.is_dir(follow_symlinks=False):
            yield from _walk(e.path)
        elif e.is_file() and os.path.splitext(e.name)[1].lower() in SUFFIXES:
            yield e.path


def _files(paths: Iterable[str | Path]) -> Iterator[Path]:
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from map(Path, _walk(str(path)))
        elif path.is_file():
            yield path
        else:
            raise InputError("no such file or folder", str(path))


def _title_of(text: str) -> str | None:
    first = text.strip().split("\n", 1)[0].strip()
    return first if first and len(first) < 200 and not first.endswith(".") else None


def _text_document(path: Path, raw: bytes) -> Document | InputError:
    try:
        text = normalise_text(decode_bytes(raw, str(path)))
    except InputError as exc:
        return exc
    if not text.strip():
        return InputError("empty document", str(path))
    return Document(id=path.stem, text=text, source=str(path), title=_title_of(text),
        date=dateline(text) or date_from_name(path.stem), lang="auto",
    )


def _html_document(path: Path, raw_bytes: bytes) -> Document | InputError:
    import trafilatura

    try:
        raw = decode_bytes(raw_bytes, str(path))
    except InputError as exc:
        return exc
    if not raw.strip():
        return InputError("empty document", str(path))
    try:
        res = trafilatura.bare_extraction(raw, with_metadata=True, include_comments=False, include_tables=False)
    except Exception as exc:  # noqa: BLE001 - trafilatura raises assorted lxml errors on broken markup
        return InputError(f"HTML cannot be parsed ({exc.__class__.__name__}: {exc})", str(path))
    text = normalise_text(res.text or "") if res is not None else ""
    if not text.strip():
        return InputError("no article text in the HTML", str(path))
    return Document(
        id=path.stem, text=text, source=str(path), title=(res.title or _title_of(text)),
        url=res.url or None, date=normalise_date(res.date, text) or dateline(text) or date_from_name(path.stem),
        lang="auto",
    )


def _file_document(path: Path, raw: bytes) -> Document | InputError:
    """A text or HTML file's bytes as a document (HTML through trafilatura)."""
    return (_html_document if path.suffix.lower() in HTML_SUFFIXES else _text_document)(path, raw)


@dataclass(frozen=True)
class FileRecord:
    """A text or HTML file as read from disk, not yet decoded: what a build sends to its workers.

    Decoding, normalising, finding the dateline and title, and above all trafilatura's HTML
    parsing then run in the worker processes, in parallel, instead of in the one process that
    feeds them all (on 10,000 text files that was 0.9 CPU-s there; on HTML archives trafilatura
    would cap the whole build at what one core parses). ``read`` gives what ``iter_records``
    would have given: the document, or the InputError that stands for it.
    """

    id: str
    source: str
    raw: bytes
    lang: str = "auto"
    max_chars: int = MAX_CHARS
    line: int | None = None

    def read(self) -> Document | InputError:
        doc = _file_document(Path(self.source), self.raw)
        if isinstance(doc, InputError):
            return doc
        return _finish(doc, ReadOptions(lang=self.lang, max_chars=self.max_chars), detect=False)


def _record(rec: dict, path: Path, line: int, cols: Columns, opts: ReadOptions, stem: str) -> Document | InputError:
    if cols.text not in rec:
        return InputError(f"no {cols.text!r} field (columns: {', '.join(map(str, rec))}; see --text-column)", str(path), line)
    text = rec.get(cols.text)
    if not isinstance(text, str):
        return InputError(f"field {cols.text!r} is not text", str(path), line)
    text = normalise_text(text)
    if not text.strip():
        return InputError("empty document", str(path), line)

    def get(name: str) -> str | None:
        v = rec.get(name)
        if v is None or isinstance(v, (dict, list)):
            return None
        v = normalise_text(str(v)).strip()
        return v or None

    doc_id = get(cols.id) or f"{stem}-{line}"
    date = normalise_date(get(cols.date), text, opts.date_format) or dateline(text)
    lang = (get(cols.language) or "").lower()[:2] or None
    return Document(
        id=doc_id, text=text, source=str(path), line=line, title=get(cols.title), url=get(cols.url), date=date,
        lang=lang or "auto",
    )


def _jsonl_file(path: Path, opts: ReadOptions) -> Iterator[Document | InputError]:
    with open(path, "rb") as fh:
        for i, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                line = decode_bytes(raw, str(path))
            except InputError as exc:
                yield InputError(str(exc).split(": ", 1)[-1], str(path), i)
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                yield InputError(f"malformed JSON ({exc.msg} at column {exc.colno})", str(path), i)
                continue
            if not isinstance(rec, dict):
                yield InputError("a JSON line must be an object", str(path), i)
                continue
            yield _record(rec, path, i, opts.columns, opts, path.stem)


def _csv_file(path: Path, opts: ReadOptions) -> Iterator[Document | InputError]:
    try:
        text = decode_bytes(path.read_bytes(), str(path))
    except InputError as exc:
        yield exc
        return
    csv.field_size_limit(1 << 30)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        yield InputError("empty CSV file", str(path))
        return
    except csv.Error as exc:
        yield InputError(f"malformed CSV header ({exc})", str(path), 1)
        return
    header = [h.strip().lstrip("\ufeff") for h in header]
    if opts.columns.text not in header:
        yield InputError(f"no {opts.columns.text!r} column (columns: {', '.join(header)}; see --text-column)", str(path), 1)
        return
    start = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as exc:
            yield InputError(f"malformed CSV row ({exc})", str(path), start)
            start = reader.line_num + 1
            continue
        line, start = start, reader.line_num + 1
        if not row or all(not c.strip() for c in row):
            continue
        if len(row) != len(header):
            yield InputError(f"malformed CSV row: {len(row)} fields, the header has {len(header)}", str(path), line)
            continue
        yield _record(dict(zip(header, row)), path, line, opts.columns, opts, path.stem)


def _read_path(path: Path, opts: ReadOptions) -> Iterator[Document | InputError]:
    suffix = path.suffix.lower()
    try:
        if suffix in (".jsonl", ".ndjson"):
            yield from _jsonl_file(path, opts)
        elif suffix == ".csv":
            yield from _csv_file(path, opts)
        else:
            yield _file_document(path, path.read_bytes())
    except OSError as exc:
        yield InputError(f"cannot read ({exc.strerror or exc})", str(path))


def _finish(doc: Document, opts: ReadOptions, detect: bool = True) -> Document | InputError:
    """Size limit and language: the last checks before a document is worth extracting.

    With ``detect=False`` a document whose language is not given keeps ``lang="auto"`` and is
    checked later by ``settle_language`` (the build does that in its workers).
    """
    where = (doc.source or doc.id, doc.line)
    if len(doc.text) > opts.max_chars:
        return InputError(f"document too long: {len(doc.text):,} characters (the limit is {opts.max_chars:,}; see --max-chars)", *where)
    lang = doc.lang if doc.lang not in ("auto", "") else opts.lang
    if lang == "auto" and not detect:
        return replace(doc, lang="auto") if doc.lang != "auto" else doc
    return settle_language(replace(doc, lang=lang) if lang != doc.lang else doc, opts.langs)


def settle_language(doc: Document, langs: tuple[str, ...] = ("id", "en")) -> Document | InputError:
    """The document with its language detected when it is ``auto``, or the InputError when kg cannot read it."""
    where = (doc.source or doc.id, doc.line)
    lang = doc.lang
    if lang == "auto":
        from .language import detect_language

        lang = detect_language(doc.text, langs)
        if lang is None:
            return InputError("no language can be detected (no words)", *where)
    if lang not in langs:
        return InputError(f"language {lang!r}: kg has no lexicon for it (it reads {', '.join(langs)})", *where)
    return replace(doc, lang=lang) if lang != doc.lang else doc


def iter_records(
    paths: Iterable[str | Path], opts: ReadOptions | None = None, detect: bool = True, defer: bool = False
) -> Iterator[Document | FileRecord | InputError]:
    """Every document under ``paths`` in a stable order, or the InputError that stands for it.

    ``detect=False`` leaves language detection to ``settle_language`` (see ``_finish``).
    ``defer=True`` yields text and HTML files as ``FileRecord`` (bytes, read later by ``FileRecord.read``).
    """
    opts = opts or ReadOptions()
    seen: dict[str, str] = {}
    for f in _files(paths):
        if defer and f.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES:
            try:
                items: Iterable = (FileRecord(f.stem, str(f), f.read_bytes(), opts.lang, opts.max_chars),)
            except OSError as exc:
                items = (InputError(f"cannot read ({exc.strerror or exc})", str(f)),)
        else:
            items = (_finish(i, opts, detect) if isinstance(i, Document) else i for i in _read_path(f, opts))
        for item in items:
            if not isinstance(item, InputError):
                where = f"{item.source}:{item.line}" if item.line else item.source
                key = graph_name(item.id)  # ids that differ only in characters an IRI cannot hold collide
                if key in seen:
                    item = InputError(f"duplicate document id {item.id!r} (same graph as {seen[key]})", item.source, item.line)
                else:
                    seen[key] = where
            yield item


def count_records(paths: Iterable[str | Path]) -> int:
    """About how many documents ``paths`` hold (files, JSON lines, CSV lines): for a progress bar."""
    n = 0
    for f in _files(paths):
        suffix = f.suffix.lower()
        if suffix in (".jsonl", ".ndjson"):
            with open(f, "rb") as fh:
                n += sum(1 for line in fh if line.strip())
        elif suffix == ".csv":
            try:
                csv.field_size_limit(1 << 30)
                with open(f, encoding="utf-8", errors="replace", newline="") as fh:
                    n += max(0, sum(1 for _ in csv.reader(fh)) - 1)
            except csv.Error:
                n += 1
        else:
            n += 1
    return n


def read_document(path: str | Path, lang: str = "id") -> Document:
    """One text or HTML file as a document; raises InputError naming the file when it cannot be read."""
    opts = ReadOptions(lang=lang)
    for item in _read_path(Path(path), opts):
        if isinstance(item, InputError):
            raise item
        item = _finish(item, opts)
        if isinstance(item, InputError):
            raise item
        return item
    raise InputError("no document in the file", str(path))


def iter_documents(
    paths: Iterable[str | Path], errors: list[InputError] | None = None, lang: str = "id", opts: ReadOptions | None = None
) -> Iterator[Document]:
    """Documents from files and folders; unreadable ones go to ``errors`` (or raise if it is None)."""
    opts = opts or ReadOptions(lang=lang)
    for item in iter_records(paths, opts):
        if isinstance(item, InputError):
            if errors is None:
                raise item
            errors.append(item)
        else:
            yield item
