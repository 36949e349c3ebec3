"""The query page of `kg serve`: YASGUI served offline from the package, the shipped queries as tabs,
a query run from the page showing its table (headless Debian Chromium through Playwright)."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from kg.graph.store import KGStore
from kg.query import list_queries

pytestmark = [pytest.mark.server, pytest.mark.slow]

def _get(url: str):
    try:
        with urllib.request.urlopen(url, timeout=30) as resp:
            return resp.status, dict(resp.headers), resp.read()
    except urllib.error.HTTPError as exc:
        return exc.code, dict(exc.headers), exc.read()


def test_page_assets_are_served_from_the_package(endpoint):
    status, headers, body = _get(endpoint + "/")
    page = body.decode()
    srcs = re.findall(r'<(?:script|link)\b[^>]*\b(?:src|href)="([^"]+)"', page)
    assert srcs and all(not s.startswith(("http:", "https:", "//")) for s in srcs), srcs
    for src in srcs:
        status, headers, body = _get(endpoint + "/" + src)
        assert status == 200, src
        assert headers["Content-Type"].startswith("text/css" if src.endswith(".css") else "text/javascript")
        assert len(body) > 1000
    status, _h, body = _get(endpoint + "/assets/yasgui/LICENSE")
    assert status == 200 and b"MIT" in body and b"@zazuko/yasgui" in body


@pytest.mark.parametrize("path", ["/assets/", "/assets/yasgui", "/assets/../page.py", "/assets/yasgui/../../http.py",
                                  "/assets/%2e%2e/page.py", "/assets/nothing.js"])
def test_page_assets_outside_the_folder_are_not_found(endpoint, path):
    status, _h, _b = _get(endpoint + path)
    assert status == 404


@pytest.fixture
def query_page(browser, endpoint):
    """(page, log): the endpoint's page in the session's Chromium; any request that leaves the
    endpoint is refused and logged."""
    ctx = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = ctx.new_page()
    log = {"requests": [], "refused": [], "errors": []}
    page.on("request", lambda r: log["requests"].append(r.url))
    page.on("console", lambda m: log["errors"].append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: log["errors"].append(str(e)))

    def _route(route):
        if route.request.url.startswith(endpoint + "/"):
            route.continue_()
        else:
            log["refused"].append(route.request.url)
            route.abort()

    page.route(re.compile(r".*"), _route)
    page.goto(endpoint + "/")
    page.wait_for_function("window.kgYasgui !== undefined", timeout=60_000)
    yield page, log
    ctx.close()


def test_page_opens_every_shipped_query_as_a_tab(query_page):
    page, log = query_page
    names = page.evaluate("Array.from(document.querySelectorAll('.yasgui .tabsList .tab a > span')).map(s => s.textContent)")
    assert names == [q.name for q in list_queries()]
    # the first tab holds the first shipped query's text in the editor
    first = list_queries()[0]
    assert page.evaluate("kgYasgui.getTab().getYasqe().getValue()").startswith(first.text.rstrip()[:200])
    assert log["refused"] == [] and log["errors"] == []


def test_page_runs_a_query_and_shows_its_table(query_page, seed_store: Path):
    page, log = query_page
    query = next(q for q in list_queries() if q.name == "relations-summary")
    with KGStore(seed_store, read_only=True) as st:
        names, rows = st.select(query.text)
    assert rows, "the seed has statements"
    page.select_option("#kg-examples", query.name)
    assert page.evaluate("kgYasgui.getTab().getName()") == query.name
    page.locator(".tabPanel.active .yasqe_queryButton").click()
    page.wait_for_selector(".tabPanel.active .yasr table.dataTable tbody tr", timeout=60_000)
    header = page.locator(".tabPanel.active .yasr table.dataTable thead th").all_inner_texts()
    for name in names:
        assert any(name in h for h in header), (name, header)
    cells = page.evaluate("""() => Array.from(document.querySelectorAll('.tabPanel.active .yasr table.dataTable tbody tr'))
        .map(tr => Array.from(tr.querySelectorAll('td')).map(td => td.textContent.trim()))""")
    # the table holds the store's answer, row for row (its first column numbers the rows;
    # counts are shown as typed literals, "5"^^<...#integer>)
    assert len(rows) <= 50, "one page of the table"
    shown = sorted((c[1], c[2], c[3].split('"')[1]) for c in cells)
    assert shown == sorted((r["relation"], r["status"], str(r["statements"])) for r in rows)
    sparql = [u for u in log["requests"] if u.endswith("/sparql")]
    assert sparql, "the query went to this endpoint"
    assert log["refused"] == [] and log["errors"] == []


def test_page_shows_the_endpoint_error_of_a_bad_query(query_page):
    page, log = query_page
    page.evaluate("kgYasgui.getTab().getYasqe().setValue('SELECT * WHERE { ?s ?p }')")
    page.locator(".tabPanel.active .yasqe_queryButton").click()
    page.wait_for_selector(".tabPanel.active .yasr .errorResult", timeout=60_000)
    assert "malformed query" in page.locator(".tabPanel.active .yasr .errorResult").inner_text()
