"""Dates a sentence gives, resolved against the article's date when the year or day is missing."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

__all__ = ["sentence_date"]

_SLASH = re.compile(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b")


def _parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def sentence_date(words: list[str], doc_date: str | None, data: dict[str, Any]) -> str | None:
    """The first date expression among ``words`` (tokens of one sentence), as ISO text.

    Full dates give ``yyyy-mm-dd``, a month gives ``yyyy-mm``, a year ``yyyy``. A month without a
    year takes the article's year, or the year before when that month is still to come.
    """
    anchor = _parse_iso(doc_date)
    text = " ".join(words)
    m = _SLASH.search(text.replace(" / ", "/"))
    if m:
        d, mo, y = (int(x) for x in m.groups())
        if 1 <= mo <= 12 and 1 <= d <= 31:
            return f"{y:04d}-{mo:02d}-{d:02d}"
    low = [w.lower() for w in words]
    months: dict[str, int] = data.get("months", {})
    for i, w in enumerate(low):
        if w in months and (w not in ("mar", "jan", "jun", "jul", "des", "sep", "apr") or words[i][:1].isupper()):
            if not words[i][:1].isupper():
                continue
            mo = months[w]
            day = int(low[i - 1]) if i > 0 and low[i - 1].isdigit() and 1 <= int(low[i - 1]) <= 31 else None
            nxt = i + 1
            if day is None and nxt < len(low) and low[nxt].isdigit() and 1 <= int(low[nxt]) <= 31 and len(low[nxt]) <= 2:
                day = int(low[nxt])  # 'March 4, 2024'
                nxt += 2 if nxt + 1 < len(low) and low[nxt + 1] == "," else 1
            year = int(low[nxt]) if nxt < len(low) and low[nxt].isdigit() and len(low[nxt]) == 4 else None
            if year is None and anchor is not None:
                year = anchor.year if mo <= anchor.month else anchor.year - 1
            if year is None:
                continue
            return f"{year:04d}-{mo:02d}-{day:02d}" if day else f"{year:04d}-{mo:02d}"
    for i, w in enumerate(low):
        if w.isdigit() and len(w) == 4 and 1900 <= int(w) <= 2100 and i > 0 and low[i - 1] in ("tahun", "pada", "sejak", "in", "year"):
            return w
    if anchor is not None:
        joined = " " + " ".join(low) + " "
        for key, delta in (("today", 0), ("yesterday", -1), ("tomorrow", 1)):
            for phrase in data.get(key, []):
                if f" {phrase} " in joined:
                    return (anchor + timedelta(days=delta)).isoformat()
        for key, delta in (("last_year", -1), ("this_year", 0), ("next_year", 1)):
            for phrase in data.get(key, []):
                if f" {phrase} " in joined:
                    return str(anchor.year + delta)
    return None
