"""Paging a query's answer: LIMIT and OFFSET written into the query, so the engine stops early.

A page asks for one row more than it shows: when that row comes, the answer was cut, and the
caller says so (``kg query`` on stderr, the endpoint in ``X-KG-Truncated``). A query that already
ends in LIMIT or OFFSET keeps them: it is run as written and the page is cut from its rows.

Sort first, join later. A query whose inner sub-select orders the rows by a cheap key and whose
outer part only adds columns to each of those rows (one row out for one row in) can say so by
ending that sub-select's ORDER BY line with the comment ``# kg:page``. The page's LIMIT and
OFFSET then go there, inside: the engine sorts the keys, keeps the page, and joins the display
columns for the page's rows alone, instead of joining them for every row and sorting the whole
answer. The query must repeat the order in its outer ORDER BY (SPARQL does not keep a
sub-select's order through a join). Without paging the comment is only a comment, so the file
runs as it is on any SPARQL 1.1 engine.

Examples
--------
>>> page_query("SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s", 100, 200)
'SELECT ?s WHERE { ?s ?p ?o } ORDER BY ?s\\nLIMIT 101 OFFSET 200'
>>> page_query("SELECT ?s WHERE { ?s ?p ?o } LIMIT 5", 100) is None
True
>>> print(page_query("SELECT ?s {\\n { SELECT ?s ?k WHERE { ?s <p> ?k }\\n   ORDER BY ?k  # kg:page\\n }\\n} ORDER BY ?k", 10))
SELECT ?s {
 { SELECT ?s ?k WHERE { ?s <p> ?k }
   ORDER BY ?k LIMIT 11  # kg:page
 }
} ORDER BY ?k
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["page_query", "cut_page", "PAGE_MARK"]

_TAIL = re.compile(r"\b(LIMIT|OFFSET)\s+\d+\s*(\b(LIMIT|OFFSET)\s+\d+\s*)?$", re.IGNORECASE)
_FORM = re.compile(r"\b(SELECT|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
#: the comment that ends the ORDER BY line of the sub-select a page is taken from
PAGE_MARK = "# kg:page"
_MARKED = re.compile(r"^(?P<order>[^#\n]*\bORDER\s+BY\b[^#\n]*?)(?P<gap>\s*)" + re.escape(PAGE_MARK) + r"\b",
                     re.IGNORECASE | re.MULTILINE)


def _strip_comments(text: str) -> str:
    # a '#' outside an IRI or a string starts a comment; IRIs and strings in queries rarely hold one,
    # and a wrong guess only means the page is cut in Python instead of by the engine
    return "\n".join(re.sub(r"\s#[^<>\"']*$|^#.*$", "", line) for line in text.splitlines())


def _clause(limit: int | None, offset: int) -> str:
    parts = []
    if limit is not None:
        parts.append(f"LIMIT {limit + 1}")
    if offset:
        parts.append(f"OFFSET {offset}")
    return " ".join(parts)


def page_query(text: str, limit: int | None, offset: int = 0) -> str | None:
    """``text`` asking for the rows ``offset`` to ``offset + limit`` and one more; None when the
    query has its own LIMIT or OFFSET (or is an ASK), so the page must be cut from its answer.
    A query with one ``# kg:page`` mark gets the page inside the marked sub-select."""
    body = _strip_comments(text).rstrip()
    if not _FORM.search(body) or _TAIL.search(body):
        return None
    clause = _clause(limit, offset)
    marks = list(_MARKED.finditer(text))
    if len(marks) == 1:
        m = marks[0]
        if not clause:
            return text
        return text[: m.end("order")] + " " + clause + text[m.end("order"):]
    return text.rstrip() + ("\n" + clause if clause else "")


def cut_page(rows: list[Any], limit: int | None, offset: int = 0, rewritten: bool = True) -> tuple[list[Any], bool]:
    """The page of ``rows`` and whether the answer goes on past it. ``rewritten`` says the rows
    come from ``page_query``'s text (already offset, one extra row), else from the query as written."""
    if not rewritten:
        rows = rows[offset:]
    if limit is None:
        return rows, False
    return rows[:limit], len(rows) > limit
