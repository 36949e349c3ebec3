"""Options shared by several commands."""

from __future__ import annotations

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
