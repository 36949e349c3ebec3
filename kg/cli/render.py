"""``kg render``: draw the interactive graph of a store."""

from __future__ import annotations

import click


@click.command("render")
@click.option("--store", "store", default="output/store", show_default=True, type=click.Path(exists=True))
@click.option("-o", "--out", "out", default="output/graph.html", show_default=True, type=click.Path(dir_okay=False))
@click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True, help="Language of labels.")
@click.option("--view", type=click.Choice(["entity", "actor"]), default="entity", show_default=True,
              help="actor: people rolled up to the state or organisation they act for.")
def command(store, out, lang, view) -> None:
    """Write the interactive HTML graph of STORE to OUT (opens offline in any browser)."""
    from ..render import render_html

    path = render_html(store, out, lang=lang, view=view)
    click.echo(f"wrote {path}")
