"""Article dates: from metadata (ISO, ``d/m/yyyy``, ``m/d/yyyy hh:mm``...) or the text's dateline."""

from __future__ import annotations

import json
import re
from datetime import datetime
from functools import lru_cache

from ..config import ontology_dir

__all__ = ["dateline", "date_from_name", "normalise_date"]

_DATELINE = re.compile(r"\((\d{1,2})/(\d{1,2})/(\d{4})\)")
_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ].*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T].*)?$")


_NAME_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)-(\d\d)-(\d\d)(?!\d)")
_HEAD_CHARS = 400  # a written date counts as the article's own only near the top (title, byline, dateline)


@lru_cache(maxsize=1)
def _written_date() -> re.Pattern[str]:
    """Dates written out in either language ("Friday, January 4, 2019", "Rabu, 25 Juni 2025", "4 Jan 2019").

    The month names come from the languages' ``dates.json`` lexicons, so a new language brings its own.
    """
    names: set[str] = set()
    for f in sorted((ontology_dir() / "lexicon").glob("*/dates.json")):
        names.update(k.rstrip(".") for k in json.loads(f.read_text(encoding="utf-8")).get("months", {}))
    alt = "|".join(sorted((re.escape(n) for n in names if len(n) >= 3), key=len, reverse=True))
    return re.compile(
        rf"(?<![\w/])(?:(?P<d1>\d{{1,2}})\s+(?P<m1>{alt})\.?\s+(?P<y1>(?:19|20)\d\d)"
        rf"|(?P<m2>{alt})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d\d))(?!\d)",
        re.IGNORECASE,
    )


@lru_cache(maxsize=1)
def _month_numbers() -> dict[str, int]:
    out: dict[str, int] = {}
    for f in sorted((ontology_dir() / "lexicon").glob("*/dates.json")):
        for k, v in json.loads(f.read_text(encoding="utf-8")).get("months", {}).items():
            out.setdefault(k.rstrip(".").lower(), int(v))
    return out


def dateline(text: str) -> str | None:
    """The article's date, as ISO ``yyyy-mm-dd``: the first ``(d/m/yyyy)`` dateline ("Rabu (19/6/2024)"),
    else a date written out near the top ("Friday, January 4, 2019", "Rabu, 25 Juni 2025").

    Written dates further down are dates of events, not of the article, so only the head is read for them.
    """
    for m in _DATELINE.finditer(text[:3000]):
        d, mo, y = (int(x) for x in m.groups())
        if _valid(y, mo, d):
            return f"{y:04d}-{mo:02d}-{d:02d}"
    for m in _written_date().finditer(text[:_HEAD_CHARS]):
        d, mon, y = (m.group("d1"), m.group("m1"), m.group("y1")) if m.group("d1") else (m.group("d2"), m.group("m2"), m.group("y2"))
        mo = _month_numbers().get(mon.lower())
        if mo and _valid(int(y), mo, int(d)):
            return f"{int(y):04d}-{mo:02d}-{int(d):02d}"
    return None


def date_from_name(name: str) -> str | None:
    """A ``yyyy-mm-dd`` date in a file name ("kompas-2025-06-25-..."), the way scrapers and archives name articles.

    Used only when the text itself gives no date: the name may be the day a page was saved.
    """
    for m in _NAME_DATE.finditer(name):
        y, mo, d = (int(x) for x in m.groups())
        if _valid(y, mo, d):
            return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def _valid(y: int, mo: int, d: int) -> bool:
    try:
        datetime(y, mo, d)
    except ValueError:
        return False
    return True


def normalise_date(value: str | None, text: str = "", fmt: str | None = None) -> str | None:
    """``value`` as ``yyyy-mm-dd`` (or ``yyyy-mm``), None when it is not a date.

    With ``fmt`` (strptime, e.g. ``%m/%d/%Y %H:%M``) a value in that format is read by it. Otherwise ISO dates are
    read as they are; ``a/b/yyyy`` is day-first unless that is impossible, and when both readings
    are possible the one the text's dateline agrees with wins.
    """
    if value is None:
        return None
    value = str(value).strip()
    if not value:
        return None
    if fmt:
        try:
            return datetime.strptime(value, fmt).date().isoformat()
        except ValueError:
            pass  # not in the given format: the general rules below may still read it
    m = _ISO.match(value)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), m.group(3)
        if d is None:
            return f"{y:04d}-{mo:02d}" if 1 <= mo <= 12 else None
        return f"{y:04d}-{mo:02d}-{int(d):02d}" if _valid(y, mo, int(d)) else None
    m = _NUMERIC.match(value)
    if m:
        a, b, y = (int(x) for x in m.groups())
        day_first = f"{y:04d}-{b:02d}-{a:02d}" if _valid(y, b, a) else None
        month_first = f"{y:04d}-{a:02d}-{b:02d}" if _valid(y, a, b) else None
        if day_first and month_first and day_first != month_first:
            line = dateline(text) if text else None
            if line == month_first:
                return month_first
        return day_first or month_first
    return None
