"""The page in a real browser: Debian's headless Chromium driven by Playwright.

Skipped when /usr/bin/chromium or the playwright package is missing (see conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from render_helpers import EVIL_LABEL, EVIL_SENTENCE, page_data

pytestmark = [pytest.mark.browser, pytest.mark.slow]

TECH_SENTENCE = "Rusia membantu Korea Utara dengan teknologi"

def expected_counts(html: Path, view: str) -> tuple[int, int]:
    data = page_data(html)
    return len(data["views"][view]["nodes"]), len(data["views"][view]["edges"])


def test_browser_seed_page_loads_offline_without_errors(open_page, seed_html: Path):
    page, log = open_page(seed_html)
    assert log.failed == []
    assert log.errors == []
    assert all(u.startswith(("file:", "data:")) for u in log.requests), log.requests
    # the canvas is drawn: many pixels are neither white nor transparent
    inked = page.evaluate("""() => {
      const c = document.querySelector('#kg-network canvas');
      const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < px.length; i += 4) if (px[i+3] > 0 && (px[i] < 235 || px[i+1] < 235 || px[i+2] < 235)) n++;
      return n;
    }""")
    assert inked > 2000
    shot = page.locator("#kg-network").screenshot()
    assert len(shot) > 10_000, "a blank canvas compresses to almost nothing"


def test_browser_counts_match_the_store(open_page, seed_html: Path, seed_build: Path):
    from kg.render.data import build_view, load_graph

    page, _log = open_page(seed_html)
    g = load_graph(seed_build / "store")
    for view in ("entity", "actor"):
        if view == "actor":
            page.check("input[name=kg-view][value=actor]")
            page.wait_for_function("window.kgGraph.ready === true")
        v = build_view(g, view)
        counts = page.evaluate("kgGraph.counts()")
        assert (counts["nodes"], counts["edges"]) == (len(v.nodes), len(v.edges)), view
        assert counts["statements"] == sum(len(e.statements) for e in v.edges)
        shown = page.locator("#kg-counts")
        assert shown.get_attribute("data-nodes") == str(len(v.nodes))
        assert shown.get_attribute("data-edges") == str(len(v.edges))


def test_browser_family_and_status_filters_hide_what_they_should(open_page, seed_html: Path):
    page, _log = open_page(seed_html)
    data = page_data(seed_html)
    fam = {r: info["family"] for r, info in data["relations"].items()}
    edges = data["views"]["entity"]["edges"]
    before = page.evaluate("kgGraph.counts()")
    assert before["edges"] == len(edges)

    page.uncheck("input[data-family=transfers]")
    shown = page.evaluate("""() => kgGraph.network.body.data.edges.get({filter: x => !x.hidden}).map(x => x.id)""")
    rel_of = {f"e{k}": e[1] for k, e in enumerate(edges)}
    assert shown and all(fam[rel_of[i]] != "transfers" for i in shown)
    assert len(shown) == sum(1 for e in edges if fam[e[1]] != "transfers")
    page.check("input[data-family=transfers]")
    assert page.evaluate("kgGraph.counts()") == before

    # without "claimed", an edge whose statements are all claimed disappears; mixed edges stay
    statuses = [{data["statements"][i][3] for i in e[3]} for e in edges]
    page.uncheck("input[data-status=claimed]")
    shown = set(page.evaluate("""() => kgGraph.network.body.data.edges.get({filter: x => !x.hidden}).map(x => x.id)"""))
    assert shown == {f"e{k}" for k, s in enumerate(statuses) if s - {"claimed"}}
    assert len(shown) < len(edges)


def test_browser_tooltip_of_russia_to_north_korea_shows_the_evidence(open_page, seed_html: Path):
    page, _log = open_page(seed_html)
    edge = page.evaluate("kgGraph.findEdge('RUS', 'PRK', 'suppliesTechnologyTo')")
    assert edge
    pt = page.evaluate(f"kgGraph.edgePoint('{edge}')")
    page.mouse.move(pt["x"], pt["y"])  # straight there: a path across the graph would hover other edges on the way
    tip = page.locator("#kg-tip")
    tip.wait_for(state="visible", timeout=5000)
    text = tip.inner_text()
    assert "Rusia → Korea Utara" in text
    assert "memasok teknologi kepada" in text
    assert TECH_SENTENCE in text
    assert "tribunnews-2024-06-19-putin-kim" in text
    assert "barang: teknologi" in text  # what the transfer carries (kg:itemText)
    # a click keeps the details in the side panel
    page.mouse.click(pt["x"], pt["y"])
    panel = page.locator("#kg-panel").inner_text()
    assert TECH_SENTENCE in panel and "Rusia → Korea Utara" in panel


def test_browser_click_on_a_node_highlights_its_neighbourhood(open_page, seed_html: Path):
    page, _log = open_page(seed_html)
    pt = page.evaluate("kgGraph.nodePoint('RUS')")
    page.mouse.click(pt["x"], pt["y"])
    assert page.evaluate("kgGraph.state.focus") == "RUS"
    panel = page.locator("#kg-panel")
    assert panel.locator("h3").first.inner_text() == "Rusia"
    assert "memasok teknologi kepada Korea Utara" in panel.inner_text()
    colours = page.evaluate("""() => Object.fromEntries(kgGraph.network.body.data.nodes.get()
                                  .map(n => [n.id, n.color.background]))""")
    assert colours["PRK"] == colours["RUS"], "a neighbour keeps its colour"
    assert colours["NATO"] != colours["RUS"] and "rgba" in colours["NATO"], "the rest is dimmed"


def test_browser_search_and_language_switch(open_page, seed_html: Path):
    page, _log = open_page(seed_html)
    page.fill("#kg-search", "korea utara")
    page.click("#kg-search-form button")
    assert page.evaluate("kgGraph.state.focus") == "PRK"
    page.fill("#kg-search", "no such actor")
    page.click("#kg-search-form button")
    assert page.locator("#kg-search-msg").inner_text() == "tidak ditemukan"
    page.select_option("#kg-lang", "en")
    labels = page.evaluate("() => Object.fromEntries(kgGraph.network.body.data.nodes.get().map(n => [n.id, n.label]))")
    assert labels["PRK"] == "North Korea" and labels["RUS"] == "Russia"
    assert "supplies" in page.locator("#kg-families").inner_text() or "transfers" in page.locator("#kg-families").inner_text()


def test_browser_news_markup_renders_as_text(open_page, evil_store: Path, tmp_path: Path):
    from kg.render import render_html

    html = render_html(evil_store, tmp_path / "evil.html")
    page, log = open_page(html)
    edge = page.evaluate("kgGraph.findEdge('RUS', 'PRK', 'suppliesWeaponsTo')")
    page.evaluate(f"kgGraph.showEdge('{edge}')")
    pt = page.evaluate(f"kgGraph.edgePoint('{edge}')")
    page.mouse.move(pt["x"] - 20, pt["y"] - 20)
    page.mouse.move(pt["x"], pt["y"], steps=4)
    page.locator("#kg-tip").wait_for(state="visible", timeout=5000)
    page.evaluate("kgGraph.selectNode('PRK')")
    page.wait_for_timeout(200)
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert log.dialogs == []
    assert page.evaluate("document.querySelectorAll('img, b, iframe').length") == 0
    assert page.evaluate("document.scripts.length") == 3
    assert page.title().startswith("kg"), "the title is ours"
    # the words are there, as text
    page.evaluate(f"kgGraph.showEdge('{edge}')")
    panel = page.locator("#kg-panel").inner_text()
    assert EVIL_SENTENCE.replace("  ", " ") in panel
    assert EVIL_LABEL in panel
    assert "<script>window.pwned=4</script>KCNA" in panel, "attribution label as text"
    assert "dibantah" in panel, "the denial is shown"
    drawn = page.evaluate(f"kgGraph.network.body.data.edges.get('{edge}')")
    assert drawn["label"] == "✕ dibantah" and drawn["arrows"]["middle"]["enabled"] is True, "and marked on the line"
    assert drawn["dashes"], "claimed and denied, never asserted: dashed"
    links = page.evaluate("Array.from(document.querySelectorAll('a')).map(a => a.getAttribute('href'))")
    assert links == [], "a javascript: URL is not made a link"
    assert log.failed == [] and log.errors == []


@pytest.mark.parametrize("view", ["entity", "actor"])
def test_browser_large_graph_is_drawn_without_physics(open_page, tmp_path_factory, view):
    from kg.render import render_html
    from kg.render.sample import synthetic_store

    base = tmp_path_factory.mktemp(f"large-{view}")
    synthetic_store(base / "store", nodes=600, seed=3)
    html = render_html(base / "store", base / "graph.html", view=view)
    data = page_data(html)
    assert data["physics"] is False
    page, log = open_page(html)
    counts = page.evaluate("kgGraph.counts()")
    assert (counts["nodes"], counts["edges"]) == expected_counts(html, view)
    assert page.evaluate("kgGraph.network.physics.options.enabled") is False
    # a click on a node selects it with its neighbours (no restyling of thousands of items)
    ents = data["entities"]
    hub = max(data["views"][view]["nodes"], key=lambda n: n[1])[0]
    neighbours = {ents[e[2]]["key"] for e in data["views"][view]["edges"] if e[0] == hub} | \
                 {ents[e[0]]["key"] for e in data["views"][view]["edges"] if e[2] == hub}
    page.evaluate(f"kgGraph.network.focus('{ents[hub]['key']}', {{scale: 1.5, animation: false}})")
    pt = page.evaluate(f"kgGraph.nodePoint('{ents[hub]['key']}')")
    page.mouse.click(pt["x"], pt["y"])
    assert page.evaluate("kgGraph.state.focus") == ents[hub]["key"]
    assert set(page.evaluate("kgGraph.network.getSelectedNodes()")) == neighbours | {ents[hub]["key"]}
    assert log.failed == [] and log.errors == []
