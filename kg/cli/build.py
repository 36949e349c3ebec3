"""``kg build``: news files in, kg.ttl, statements.trig, store/ and graph.html out."""

from __future__ import annotations

import sys

import click

from .options import common


@click.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--out", "outdir", default="output", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write kg.ttl, statements.trig, store/ and graph.html into.")
@click.option("--no-html", is_flag=True, help="Do not render graph.html.")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@common
def command(paths, outdir, no_html, quiet, lang, gazetteer, lexicon) -> None:
    """Build the knowledge graph of PATHS (.txt/.md files; folders are read recursively).

    \b
    Writes into OUTDIR:
      kg.ttl            the whole graph in Turtle
      statements.trig   every statement with its provenance, one named graph per document
      store/            an embedded Oxigraph store for `kg query` and `kg serve`
      graph.html        the interactive graph; open it in a browser

    Exit status: 0 when every document was built, 2 when some were skipped
    (listed in the summary), 1 when nothing usable was found.
    """
    from ..api import build

    bar = None
    if not quiet and sys.stderr.isatty():
        from tqdm import tqdm

        bar = tqdm(unit="doc", desc="extracting", file=sys.stderr)
    report = build(
        paths, outdir, lang=lang, gazetteer_files=gazetteer, lexicon_files=lexicon, render=not no_html,
        progress=(lambda d, s: bar.update(1)) if bar else None,
    )
    if bar:
        bar.close()
    click.echo(f"documents   {report.documents}")
    click.echo(f"sentences   {report.sentences}")
    click.echo(f"entities    {report.entities}")
    click.echo(f"statements  {report.statements}  ({', '.join(f'{k} {v}' for k, v in sorted(report.by_status.items()))})")
    for rel, n in sorted(report.by_relation.items(), key=lambda kv: (-kv[1], kv[0])):
        click.echo(f"  {rel:22s} {n}")
    click.echo(f"triples     {report.triples}")
    for name, path in report.outputs.items():
        click.echo(f"wrote {path}")
    for s in report.skipped:
        click.echo(f"skipped: {s}", err=True)
    if report.skipped:
        sys.exit(2)
