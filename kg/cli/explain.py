"""``kg explain``: show how the extractor reads a sentence."""

from __future__ import annotations

from pathlib import Path

import click

from .options import LANG


@click.command("explain")
@click.argument("text")
@click.option("--sentence", "-n", type=int, default=None, help="With a FILE as TEXT: explain only sentence N (0-based).")
@LANG
def command(text, sentence, lang) -> None:
    """Explain the statements found in TEXT (a sentence, or a file).

    Shows the tokens, the entities with their canonical ids, each trigger with
    the rule that fired, the arguments and status of every candidate, and why a
    candidate was dropped.
    """
    from ..errors import KGError
    from ..ingest import read_document
    from ..ingest.files import settle_language
    from ..model import Document
    from ..nlp.pipeline import parse

    if Path(text).is_file():
        document = read_document(text, lang=lang)
    else:
        settled = settle_language(Document(id="explain", text=text, source="TEXT", lang=lang))
        if isinstance(settled, KGError):
            raise click.UsageError(f"{settled.reason}; give --lang id or --lang en")
        document = settled
    doc = parse(document)
    mentions = doc._.kg_mentions
    for trace in doc._.kg_trace:
        if sentence is not None and trace.index != sentence:
            continue
        sent = list(doc.sents)[trace.index]
        click.echo(f"sentence {trace.index}: {trace.text.strip()}")
        click.echo("  tokens:   " + " ".join(t.text for t in sent if not t.is_space))
        for m in mentions.mentions:
            if sent.start <= m.start < sent.end:
                ents = ", ".join(f"{e.key}{' (' + e.wikidata + ')' if e.wikidata else ''}" for e in m.entities)
                click.echo(f"  entity:   {doc[m.start:m.end].text!r} -> {ents}  [{m.kind}]")
        for words, rule, voice in trace.triggers:
            click.echo(f"  trigger:  {words!r} rule={rule} voice={voice}")
        for c in trace.candidates:
            mark = "DROPPED: " + c.dropped if c.dropped else "kept"
            who = ", ".join(a.key for a in c.attributed_to)
            click.echo(f"  {c.subject.key} --{c.relation}--> {c.object.key}  status={c.status}"
                       f"{' cue=' + repr(c.status_cue) if c.status_cue else ''}{' by=' + who if who else ''}"
                       f" rule={c.rule} trigger={c.trigger!r}{' items=' + ','.join(c.items) if c.items else ''}  [{mark}]")
        for note in trace.notes:
            click.echo(f"  note:     {note}")
        click.echo("")
