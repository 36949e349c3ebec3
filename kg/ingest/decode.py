"""Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, and Latin-1/Windows-1252 files.

Rules, in order:

* a UTF-8 or UTF-16 byte-order mark decides the encoding;
* NUL bytes without a UTF-16 BOM mean a binary file (reported, never guessed);
* valid UTF-8 is UTF-8;
* a file with no valid multi-byte UTF-8 sequence at all that decodes as Windows-1252 (a superset
  of the printable Latin-1) is read as such: that is what old newsroom exports are;
* anything else is reported as invalid UTF-8, with the line of the first bad byte.
"""

from __future__ import annotations

import re

from ..errors import InputError

__all__ = ["decode_bytes", "normalise_text"]

_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
# C0 controls other than tab, newline, carriage return and form feed are never in news text
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")


def decode_bytes(raw: bytes, path: str) -> str:
    """The text of ``raw`` read from ``path``; InputError with file, line and reason when it is not text."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return _strict(raw[3:], "utf-8", path)
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(raw, "utf-16", path)
    if b"\x00" in raw:
        line = raw[: raw.index(b"\x00")].count(b"\n") + 1
        raise InputError("binary file, not text (NUL byte)", path, line)
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        if not _UTF8_MULTIBYTE.search(raw):
            try:
                text = raw.decode("cp1252")
            except UnicodeDecodeError:
                text = None
            if text is not None and not _CONTROL.search(text):
                return text
        line = raw[: exc.start].count(b"\n") + 1
        raise InputError(f"not valid UTF-8 (byte {exc.start}: {raw[exc.start:exc.start + 1]!r})", path, line) from exc


def _strict(raw: bytes, encoding: str, path: str) -> str:
    try:
        return raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"not valid {encoding.upper()} (byte {exc.start})", path) from exc


def normalise_text(text: str) -> str:
    """Newlines as ``\\n``, a stray BOM dropped; every other character kept so offsets stay true."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    # a lone surrogate (JSON "\ud800") cannot be written as UTF-8: one replacement character each
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text
