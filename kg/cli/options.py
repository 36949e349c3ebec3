"""Options shared by several commands."""

from __future__ import annotations

from pathlib import Path

import click

LANG = click.option("--lang", type=click.Choice(["auto", "id", "en"]), default="auto", show_default=True,
                    help="Language of the documents (selects the lexicon); auto detects it per document, "
                         "as kg build does, so a folder of Indonesian and English articles reads right.")
GAZETTEER = click.option("--gazetteer", "gazetteer", multiple=True, type=click.Path(exists=True, dir_okay=False),
                         help="Extra gazetteer file in the ontology/gazetteer/actors.tsv format (repeatable).")
LEXICON = click.option("--lexicon", "lexicon", multiple=True, type=click.Path(exists=True, dir_okay=False),
                       help="Extra trigger file in the ontology/lexicon/<lang>/triggers.jsonl format (repeatable).")


def common(f):
    return LANG(GAZETTEER(LEXICON(f)))

OPEN = click.option("--open", "open_page", is_flag=True,
                    help="Open graph.html in the default web browser when it is written.")


def show_page(path: str | Path, open_page: bool = False) -> str:
    """Print graph.html as a file:// URL a terminal lets one click, and open it when asked.

    The URL is absolute so it works from any folder; ``webbrowser`` picks the user's default browser
    and does nothing harmful where there is none (a server without a display).
    """
    url = Path(path).resolve().as_uri()
    click.echo(f"open {url}")
    if open_page:
        import webbrowser

        webbrowser.open(url)
    return url
