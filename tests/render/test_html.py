"""The page as a file: one self-contained HTML document, the news kept out of its markup."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.render import render_html
from kg.render.html import script_json

from render_helpers import EVIL_LABEL, EVIL_SENTENCE, page_data


def test_html_is_one_file_that_fetches_nothing(seed_html: Path):
    text = seed_html.read_text(encoding="utf-8")
    assert not list(seed_html.parent.glob("lib")), "no side folder of assets"
    # no element loads anything: no src=, no <link>, no @import, no url(http...)
    assert not re.search(r"<(script|img|iframe|link|audio|video|source|embed|object)\b[^>]*\s(src|href)\s*=", text, re.I)
    assert "@import" not in text
    assert not re.search(r"url\(\s*['\"]?https?:", text, re.I)
    assert text.count("<h1") == 1, "one heading"
    # the Content-Security-Policy forbids any network access anyway
    assert "default-src 'none'" in text and "connect-src 'none'" in text


def test_html_scripts_are_only_the_three_of_the_template(seed_html: Path):
    text = seed_html.read_text(encoding="utf-8")
    # a script element can only end at "</script": exactly the template's data, vis-network and page script
    assert len(re.findall(r"</script", text, re.I)) == 3


def test_html_data_matches_the_chosen_options(seed_build: Path, tmp_path: Path):
    out = render_html(seed_build / "store", tmp_path / "g.html", lang="en", view="actor")
    data = page_data(out)
    assert data["lang"] == "en" and data["view"] == "actor"
    labels = {e["key"]: e["en"] for e in data["entities"]}
    assert labels["RUS"] == "Russia" and labels["PRK"] == "North Korea"
    assert data["physics"] is True, "a small graph gets a short physics run"
    fams = [f["code"] for f in data["families"]]
    assert {"cooperation", "sanctions", "transfers", "conflict", "accusations"} <= set(fams)
    assert all(re.fullmatch(r"#[0-9a-f]{6}", f["color"]) for f in data["families"])


def test_html_refuses_unknown_choices(seed_build: Path, tmp_path: Path):
    with pytest.raises(ValueError):
        render_html(seed_build / "store", tmp_path / "g.html", lang="fr")
    with pytest.raises(ValueError):
        render_html(seed_build / "store", tmp_path / "g.html", view="people")
    assert not (tmp_path / "g.html").exists()


def test_script_json_escapes_markup_characters():
    text = script_json({"s": "</script><img src=x onerror=alert(1)> & \u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text
    import json

    assert json.loads(text)["s"] == "</script><img src=x onerror=alert(1)> & \u2028"


def test_html_news_text_never_becomes_markup(evil_store: Path, tmp_path: Path):
    out = render_html(evil_store, tmp_path / "evil.html")
    text = out.read_text(encoding="utf-8")
    assert "window.pwned" in text, "the text is in the page ..."
    for needle in ("<img src=x", "<img src=y", "</script><script>window.pwned", "<b>tebal", "</title><script>"):
        assert needle not in text, f"... but never as markup: {needle}"
    assert len(re.findall(r"</script", text, re.I)) == 3
    data = page_data(out)
    assert EVIL_SENTENCE in data["sentences"], "the sentence survives intact as data"
    assert EVIL_LABEL in {e["id"] for e in data["entities"]}


def test_cli_render_writes_the_page_with_options(seed_build: Path, tmp_path: Path):
    from kg.cli.render import command

    out = tmp_path / "sub" / "page.html"
    result = CliRunner().invoke(command, ["--store", str(seed_build / "store"), "-o", str(out),
                                          "--lang", "en", "--view", "actor"])
    assert result.exit_code == 0, result.output
    assert str(out) in result.output
    data = page_data(out)
    assert (data["lang"], data["view"]) == ("en", "actor")


def test_cli_render_rejects_a_bad_view(seed_build: Path, tmp_path: Path):
    from kg.cli.render import command

    result = CliRunner().invoke(command, ["--store", str(seed_build / "store"), "-o", str(tmp_path / "x.html"),
                                          "--view", "nations"])
    assert result.exit_code != 0
    assert not (tmp_path / "x.html").exists()


@pytest.mark.slow
def test_cli_build_passes_lang_and_view_to_the_page(seed_dir: Path, tmp_path: Path):
    from kg.cli.build import command

    out = tmp_path / "out"
    result = CliRunner().invoke(command, [str(seed_dir), "-o", str(out), "-q", "--lang", "id", "--view", "actor"])
    assert result.exit_code == 0, result.output
    assert (page_data(out / "graph.html")["lang"], page_data(out / "graph.html")["view"]) == ("id", "actor")
    # building again with another view draws the page again even though no document changed
    result = CliRunner().invoke(command, [str(seed_dir), "-o", str(out), "-q", "--view", "entity"])
    assert result.exit_code == 0, result.output
    assert page_data(out / "graph.html")["view"] == "entity"


def test_html_of_an_empty_store(tmp_path: Path):
    from kg.graph.store import ONTOLOGY_GRAPH, KGStore
    from kg.ontology import ontology_graph

    with KGStore(tmp_path / "store") as store:
        store.replace_graph(str(ONTOLOGY_GRAPH), ontology_graph())
    data = page_data(render_html(tmp_path / "store", tmp_path / "empty.html"))
    assert data["statements"] == [] and data["views"]["entity"] == {"nodes": [], "edges": []}
