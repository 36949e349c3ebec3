"""The query page served at ``/``: YASGUI, with the shipped queries open as tabs.

People who use SPARQL endpoints expect YASGUI (syntax highlighting, prefix autocompletion, tabs,
result tables with sorting and paging). Its built bundle (npm ``@zazuko/yasgui``, MIT, see
``assets/yasgui/LICENSE``) ships inside the package and is served from ``/assets/``, so the page
works offline like the HTML graph. The shipped queries are read from ``ontology/queries/*.rq`` each
time the server starts, so a new query file becomes a new tab without touching this module.
"""

from __future__ import annotations

import html
import json
from functools import lru_cache
from importlib import resources

__all__ = ["render_page", "shipped_queries", "asset"]

_TYPES = {".js": "text/javascript; charset=utf-8", ".css": "text/css; charset=utf-8",
          ".html": "text/html; charset=utf-8", "": "text/plain; charset=utf-8"}


def shipped_queries() -> list[dict]:
    """The shipped queries as the page and ``/queries.json`` list them."""
    from ..query import list_queries

    return [{"name": q.name, "title": q.title, "text": q.text, "params": list(q.params)} for q in list_queries()]


def _assets():
    return resources.files(__package__) / "assets"


@lru_cache(maxsize=16)
def asset(name: str) -> tuple[bytes, str] | None:
    """``(body, content type)`` of a file under ``assets/`` named by its relative path, or None.

    Only files that exist inside the folder are served: a path that climbs out or names a folder
    is not found.
    """
    parts = name.split("/")
    if not name or any(p in ("", ".", "..") or "\\" in p for p in parts):
        return None
    node = _assets()
    for part in parts:
        node = node / part
    if not node.is_file():
        return None
    suffix = "." + parts[-1].rsplit(".", 1)[1] if "." in parts[-1] else ""
    return node.read_bytes(), _TYPES.get(suffix, _TYPES[""])


def render_page(timeout: float = 30.0, max_rows: int = 10_000) -> bytes:
    """The page's HTML: limits of this server, the shipped queries as options and as data."""
    queries = shipped_queries()
    options = "".join(
        f'<option value="{html.escape(q["name"])}" title="{html.escape(q["title"])}">{html.escape(q["name"])}</option>'
        for q in queries
    )
    # "</" cannot end the script element early once escaped
    data = json.dumps(queries, ensure_ascii=False).replace("</", "<\\/")
    template = (_assets() / "page.html").read_text(encoding="utf-8")
    page = (template.replace("__OPTIONS__", options)
            .replace("__TIMEOUT__", f"{timeout:g} s")
            .replace("__MAXROWS__", f"{max_rows}")
            .replace("__QUERIES__", data))
    return page.encode("utf-8")
