"""Paging a query's answer: LIMIT and OFFSET written into the query, so the engine stops early.

A page asks for one row more than it shows: when that row comes, the answer was cut, and the
caller says so (``kg query`` on stderr, the endpoint in ``X-KG-Truncated``). A query that already
ends in LIMIT or OFFSET keeps them: it is run as written and the page is cut from its rows.

Examples
--------
>>> page_query("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s", 100, 200)
'SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s\\nLIMIT 101 OFFSET 200'
>>> page_query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 5", 100) is None
True
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["page_query", "cut_page"]

_TAIL = re.compile(r"\b(LIMIT|OFFSET)\s+\d+\s*(\b(LIMIT|OFFSET)\s+\d+\s*)?$", re.IGNORECASE)
_FORM = re.compile(r"\b(SELECT|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)


def _strip_comments(text: str) -> str:
    # a '#' outside an IRI or a string starts a comment; IRIs and strings in queries rarely hold one,
    # and a wrong guess only means the page is cut in Python instead of by the engine
    return "\n".join(re.sub(r"\s#[^<>\"']*$|^#.*$", "", line) for line in text.splitlines())


def page_query(text: str, limit: int | None, offset: int = 0) -> str | None:
    """``text`` asking for the rows ``offset`` to ``offset + limit`` and one more; None when the
    query has its own LIMIT or OFFSET (or is an ASK), so the page must be cut from its answer."""
    body = _strip_comments(text).rstrip()
    if not _FORM.search(body) or _TAIL.search(body):
        return None
    parts = []
    if limit is not None:
        parts.append(f"LIMIT {limit + 1}")
    if offset:
        parts.append(f"OFFSET {offset}")
    return text.rstrip() + ("\n" + " ".join(parts) if parts else "")


def cut_page(rows: list[Any], limit: int | None, offset: int = 0, rewritten: bool = True) -> tuple[list[Any], bool]:
    """The page of ``rows`` and whether the answer goes on past it. ``rewritten`` says the rows
    come from ``page_query``'s text (already offset, one extra row), else from the query as written."""
    if not rewritten:
        rows = rows[offset:]
    if limit is None:
        return rows, False
    return rows[:limit], len(rows) > limit
