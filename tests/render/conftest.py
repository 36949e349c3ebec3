"""Fixtures for the HTML graph: a page in the session's headless Chromium (skipped without chromium/playwright),
a store whose news text tries to inject markup, and a reader for the page's embedded JSON."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from render_helpers import EVIL_LABEL, EVIL_SENTENCE  # noqa: E402


@pytest.fixture(scope="session")
def evil_store(tmp_path_factory) -> Path:
    """A store built with kg's own mapping whose sentence, title and label carry markup and script."""
    from kg.graph.mapping import document_graph, entity_graph
    from kg.graph.namespaces import ENTITY_GRAPH
    from kg.graph.store import ONTOLOGY_GRAPH, KGStore
    from kg.model import Document, Entity, Statement
    from kg.ontology import ontology_graph

    rus = Entity("RUS", "Country", "Rusia", labels=(("en", "Russia"), ("id", "Rusia")))
    prk = Entity("PRK", "Country", EVIL_LABEL, labels=(("en", EVIL_LABEL), ("id", EVIL_LABEL)))
    kcna = Entity("KCNA", "Organization", "<script>window.pwned=4</script>KCNA")
    doc = Document(id="evil-1", text=EVIL_SENTENCE, title="</title><script>window.pwned=5</script>",
                   url="javascript:window.pwned=6", date="2024-06-19")
    sts = [
        Statement(doc="evil-1", subject=rus, predicate="suppliesWeaponsTo", object=prk, status="claimed",
                  sentence=EVIL_SENTENCE, start=0, end=len(EVIL_SENTENCE), attributed_to=(kcna,), date="2024-06-19"),
        Statement(doc="evil-1", subject=rus, predicate="suppliesWeaponsTo", object=prk, status="denied",
                  sentence=EVIL_SENTENCE, start=0, end=len(EVIL_SENTENCE), attributed_to=(rus,), date="2024-06-19"),
    ]
    path = tmp_path_factory.mktemp("evil") / "store"
    with KGStore(path) as store:
        store.replace_graph(str(ONTOLOGY_GRAPH), ontology_graph())
        store.replace_graph(str(ENTITY_GRAPH), entity_graph([rus, prk, kcna]))
        g = document_graph(doc, sts, content_hash="0" * 64)
        store.replace_graph(str(g.identifier), g)
    return path


class PageLog:
    """What a page did: requests, failed requests, console errors, page errors, dialogs."""

    def __init__(self, page):
        self.requests, self.failed, self.errors, self.dialogs = [], [], [], []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("requestfailed", lambda r: self.failed.append(r.url))
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))


@pytest.fixture
def open_page(browser):
    """open_page(path) -> (page, log): the file loaded from disk, with every http(s) request refused."""
    contexts = []

    def _open(path: Path, width: int = 1500, height: int = 900):
        ctx = browser.new_context(viewport={"width": width, "height": height})
        contexts.append(ctx)
        page = ctx.new_page()
        log = PageLog(page)
        page.route(re.compile(r"^https?://"), lambda route: route.abort())
        page.goto(Path(path).resolve().as_uri())
        page.wait_for_function("window.kgGraph && window.kgGraph.ready === true", timeout=60_000)
        return page, log

    yield _open
    for ctx in contexts:
        ctx.close()


@pytest.fixture(scope="session")
def seed_html(seed_build, tmp_path_factory) -> Path:
    """graph.html of the seed, rendered from the seed store (entity view, Indonesian labels)."""
    from kg.render import render_html

    out = tmp_path_factory.mktemp("seed-html") / "graph.html"
    return render_html(seed_build / "store", out, lang="id", view="entity")

