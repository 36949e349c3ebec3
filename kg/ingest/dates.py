"""Article dates: from metadata (ISO, ``d/m/yyyy``, ``m/d/yyyy hh:mm``...) or the text's dateline."""

from __future__ import annotations

import re
from datetime import datetime

__all__ = ["dateline", "normalise_date"]

_DATELINE = re.compile(r"\((\d{1,2})/(\d{1,2})/(\d{4})\)")
_ISO = re.compile(r"^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ].*)?$")
_NUMERIC = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T].*)?$")


def dateline(text: str) -> str | None:
    """The first ``(d/m/yyyy)`` date in the text, as ISO ``yyyy-mm-dd`` ("Rabu (19/6/2024)")."""
    for m in _DATELINE.finditer(text[:3000]):
        d, mo, y = (int(x) for x in m.groups())
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
