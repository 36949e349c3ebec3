"""``kg extract``: statements as JSON lines (the evaluation format) or a table."""

from __future__ import annotations

import json

import click

from .options import common


@click.command("extract")
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="table", show_default=True,
              help="jsonl: one JSON object per statement (../shared/eval/GUIDE.md); table: for people.")
@click.option("--min-confidence", type=click.FloatRange(0.0, 1.0), default=0.0, show_default=True,
              help="Print only statements whose confidence (the measured precision of their rule) is at least this.")
@common
def command(paths, fmt, min_confidence, lang, gazetteer, lexicon) -> None:
    """Print the statements extracted from PATHS, each with its evidence and status.

    Each statement's confidence is the share of its rule's statements that were right on
    hand-annotated news (docs/extraction.md has the table); --min-confidence cuts below it.
    """
    from ..api import extract_documents
    from ..graph.mapping import entity_iri
    from ..ingest import iter_documents

    errors: list = []
    iri = lambda e: str(entity_iri(e.key))  # noqa: E731
    for doc, sts in extract_documents(iter_documents(paths, errors, lang=lang), gazetteer, lexicon):
        for st in sts:
            if st.confidence < min_confidence:
                continue
            if fmt == "jsonl":
                click.echo(json.dumps(st.to_json(iri, doc.lang), ensure_ascii=False))
            else:
                who = ", ".join(a.label_in(doc.lang) for a in st.attributed_to)
                click.echo(f"{doc.id}  [{st.sentence_index}] {st.subject.label_in(doc.lang)} --{st.predicate}--> {st.object.label_in(doc.lang)}"
                           f"  ({st.status}{'; by ' + who if who else ''}{'; ' + st.date if st.date else ''})")
                click.echo(f"    “{st.sentence.strip()[:200]}”")
    for e in errors:
        click.echo(f"skipped: {e}", err=True)
