"""``kg build``: news files in, kg.ttl, statements.trig, store/ and graph.html out."""

from __future__ import annotations

import sys

import click

from .options import GAZETTEER, LEXICON, OPEN, show_page


@click.command("build")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--out", "outdir", default="output", show_default=True, type=click.Path(file_okay=False),
              help="Folder to write kg.ttl, statements.trig, store/ and graph.html into.")
@click.option("--lang", type=click.Choice(["auto", "id", "en"]), default="auto", show_default=True,
              help="Language of the documents; auto detects it per document (a language column wins).")
@click.option("--workers", "-j", type=click.IntRange(1, 256), default=1, show_default=True,
              help="Extract in N processes on this machine.")
@click.option("--dask", "dask_address", metavar="ADDRESS",
              help="Extract on an existing Dask distributed cluster (e.g. tcp://10.0.0.5:8786).")
@click.option("--prune", is_flag=True, help="Drop documents that are no longer in PATHS from OUTDIR.")
@click.option("--strict", is_flag=True, help="Stop at the first bad document and write nothing.")
@click.option("--text-column", default="text", show_default=True, help="CSV column / JSON key holding the article text.")
@click.option("--id-column", default="id", show_default=True, help="... the document id (default: FILE-LINE).")
@click.option("--title-column", default="title", show_default=True, help="... the title.")
@click.option("--url-column", default="url", show_default=True, help="... the URL.")
@click.option("--date-column", default="date", show_default=True, help="... the publication date.")
@click.option("--language-column", default="language", show_default=True, help="... the language code (id, en).")
@click.option("--date-format", metavar="STRPTIME", help="Format of the date column, e.g. '%m/%d/%Y %H:%M'.")
@click.option("--max-chars", type=click.IntRange(1), default=1_000_000, show_default=True,
              help="Longer documents are reported and skipped.")
@click.option("--batch-size", type=click.IntRange(1), default=1000, show_default=True,
              help="Documents per store commit (larger batches: fewer store compactions, more memory, more redone after a kill).")
@click.option("--view", type=click.Choice(["entity", "actor"]), default="entity", show_default=True,
              help="graph.html view: actor rolls people up to the state they act for (see kg render).")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
              help="Keep only statements whose confidence (the measured precision of the rule that made them, "
                   "see docs/extraction.md) is at least this; 0.9 keeps the rules that were right 9 times in 10.")
@click.option("--no-html", is_flag=True, help="Do not render graph.html.")
@OPEN
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@GAZETTEER
@LEXICON
def command(paths, outdir, lang, workers, dask_address, prune, strict, text_column, id_column, title_column, url_column,
            date_column, language_column, date_format, max_chars, batch_size, view, min_confidence, no_html, open_page,
            quiet,
            gazetteer, lexicon) -> None:
    """Build the knowledge graph of PATHS, or bring OUTDIR up to date with them.

    PATHS are files or folders (read recursively) of .txt, .md and .html articles
    (the main text of a page is extracted with trafilatura) and .jsonl / .csv
    exports, one article per line or row. Each document keeps its id, title,
    url, date, language, source file and line in the graph. Documents in a
    language kg has no lexicon for, and bad input (binary, undecodable, empty,
    malformed rows), are listed at the end and skipped.

    \b
    Writes into OUTDIR:
      kg.ttl            the whole graph in Turtle
      statements.trig   every statement with its provenance, one named graph per document
      store/            an embedded Oxigraph store for `kg query` and `kg serve`
      graph.html        the interactive graph; open it in a browser (--open does)

    Building again into the same OUTDIR is incremental: a document whose text
    and metadata have not changed is not extracted again, a changed one
    replaces its own statements, and --prune drops the ones no longer given.
    The outputs are the same bytes as a clean build's.

    \b
    Examples:
      kg build seeds/ -o output/
      kg build archive/ -o output/ --workers 2 --prune
      kg build detik.csv -o out/ --text-column isi_berita --title-column judul \\
               --url-column tautan --date-column tanggal --date-format '%m/%d/%Y %H:%M'
      kg build archive/ -o out/ --dask tcp://scheduler:8786

    Exit status: 0 when every document was built, 2 when some were skipped
    (listed in the summary), 1 when nothing usable was found.
    """
    from ..api import build
    from ..ingest import Columns, ReadOptions, count_records

    opts = ReadOptions(
        lang=lang,
        columns=Columns(text=text_column, id=id_column, title=title_column, url=url_column, date=date_column,
                        language=language_column),
        date_format=date_format,
        max_chars=max_chars,
    )
    bar = None
    if not quiet:
        from tqdm import tqdm

        bar = tqdm(total=count_records(paths), unit="doc", desc="building", file=sys.stderr, dynamic_ncols=True,
                   mininterval=0.2 if sys.stderr.isatty() else 5.0)
        statements = 0

        def progress(docs: int, sts: int) -> None:
            nonlocal statements
            statements += sts
            bar.update(docs)
            if sts:
                bar.set_postfix(statements=statements, refresh=False)
    try:
        report = build(
            paths, outdir, gazetteer_files=gazetteer, lexicon_files=lexicon, render=not no_html,
            progress=progress if bar else None, workers=workers, dask=dask_address, prune=prune, strict=strict,
            read_options=opts, batch_size=batch_size, render_options=_render_options(lang, view),
            min_confidence=min_confidence,
        )
    finally:
        if bar:
            bar.close()
    click.echo(f"documents   {report.documents}  (extracted {report.extracted}, unchanged {report.unchanged}, "
               f"removed {report.removed})")
    click.echo(f"sentences   {report.sentences}")
    click.echo(f"entities    {report.entities}")
    click.echo(f"statements  {report.statements}  ({', '.join(f'{k} {v}' for k, v in sorted(report.by_status.items()))})")
    for rel, n in sorted(report.by_relation.items(), key=lambda kv: (-kv[1], kv[0])):
        click.echo(f"  {rel:22s} {n}")
    click.echo(f"triples     {report.triples}")
    for name, path in report.outputs.items():
        click.echo(f"{'wrote' if report.rewritten else 'up to date'} {path}")
    if "graph.html" in report.outputs:
        show_page(report.outputs["graph.html"], open_page)
    for s in report.skipped:
        click.echo(f"skipped: {s}", err=True)
    if report.skipped:
        click.echo(f"{len(report.skipped)} input(s) skipped", err=True)
        sys.exit(2)


def _render_options(lang: str, view: str) -> dict | None:
    """graph.html labels follow --lang (Indonesian for auto); None when neither option was given."""
    ctx = click.get_current_context()
    given = any(ctx.get_parameter_source(p) is not click.core.ParameterSource.DEFAULT for p in ("lang", "view"))
    return {"lang": lang if lang in ("id", "en") else "id", "view": view} if given else None
