"""The endpoint pages every listing: ``limit=``/``offset=`` give consecutive pages of the shipped
queries' answers, and a page that is not the last says so."""

from __future__ import annotations

import json
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.graph.store import KGStore
from kg.query import bind_params, resolve_query

pytestmark = [pytest.mark.server, pytest.mark.slow]


def _get(base: str, **params) -> tuple[int, dict, bytes]:
    url = base + "/sparql?" + urllib.parse.urlencode(params)
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def _values(body: bytes) -> list[dict]:
    return [{k: v["value"] for k, v in b.items()} for b in json.loads(body)["results"]["bindings"]]


def test_pages_of_the_edges_listing_join_up_to_the_whole_answer(endpoint, seed_store: Path):
    text = bind_params(resolve_query("edges"), {})
    with KGStore(seed_store, read_only=True) as st:
        _names, rows = st.select(text)
    assert len(rows) > 7
    pages, offset, headers = [], 0, {}
    while True:
        status, headers, body = _get(endpoint, query=text, limit=3, offset=offset)
        assert status == 200
        page = _values(body)
        pages += page
        if "X-KG-Truncated" not in headers:
            break
        assert len(page) == 3 and headers["X-KG-Truncated"] == f"true; limit=3; next-offset={offset + 3}"
        offset += 3
    assert len(pages) == len(rows)
    assert [p["edge"] for p in pages] == [r["edge"] for r in rows]
    assert headers.get("X-KG-Offset") == str(offset)


def test_the_last_page_is_not_marked_and_bad_numbers_are_refused(endpoint):
    text = bind_params(resolve_query("edges"), {})
    status, headers, body = _get(endpoint, query=text, limit=10_000)
    assert status == 200 and "X-KG-Truncated" not in headers and _values(body)
    assert _get(endpoint, query=text, limit="ten")[0] == 400
    assert _get(endpoint, query=text, offset=-1)[0] == 400
    assert _get(endpoint, query=text + " LIMIT 5", limit=2)[0] == 400  # its own LIMIT: page it there
