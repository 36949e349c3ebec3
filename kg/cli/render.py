"""``kg render``: draw the interactive graph of a store."""

from __future__ import annotations

import click

from .options import OPEN, show_page


@click.command("render")
@click.option("--store", "store", default="output/store", show_default=True, type=click.Path(exists=True),
              help="The Oxigraph store written by kg build (OUT/store).")
@click.option("-o", "--out", "out", default="output/graph.html", show_default=True, type=click.Path(dir_okay=False),
              help="The HTML file to write.")
@click.option("--lang", type=click.Choice(["id", "en"]), default="id", show_default=True,
              help="Language of actor and relation labels (skos:prefLabel@id or @en).")
@click.option("--view", type=click.Choice(["entity", "actor"]), default="entity", show_default=True,
              help="entity: people and bodies as themselves; actor: rolled up along kg:actsFor to the state or "
                   "organisation they act for, dropping edges whose ends roll up to the same actor.")
@OPEN
def command(store, out, lang, view, open_page) -> None:
    """Write the interactive graph of STORE to OUT: one HTML file that opens offline in any browser.

    \b
    In the page:
      nodes     actors; the shape says the type (state, international organisation,
                person, company, group), the size how many statements involve them
      lines     relations, coloured by family, as wide as their number of statements;
                dashed when only claimed, dotted when only expected, marked with a bar
                and "denied" when a statement denies it; negated statements are not drawn
      hover     a line shows the relation in words, its status, who claims or denies it,
                the date and the evidence sentences with their documents
      click     a line keeps those details in the side panel; a node highlights its
                neighbourhood and lists its relations
      controls  filter by family and by status, find an actor, switch between the actor
                and the entity view and between Indonesian and English labels

    Graphs above 300 nodes are laid out in Python and drawn with physics off, so a
    3,000-node graph is usable in about a second.

    \b
    Examples:
      kg render --store output/store -o output/graph.html
      kg render --store output/store -o actors-en.html --lang en --view actor --open
    """
    from ..render import render_html

    path = render_html(store, out, lang=lang, view=view)
    click.echo(f"wrote {path}")
    show_page(path, open_page)
