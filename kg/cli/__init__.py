"""The ``kg`` command line: build, extract, query, render, explain (and more as they land).

Each command parses its options, calls one library function and prints the result; errors kg
raises on purpose (``KGError``) become a one-line message and a non-zero exit.
"""

from __future__ import annotations

import sys

import click

from .. import __version__
from ..errors import KGError

__all__ = ["main", "cli"]

EPILOG = """\b
Quick start:
  kg build seeds/ -o output/          build the graph of the seed article
  kg query --list                      the shipped SPARQL queries
  kg query technology-transfers --store output/store
  kg extract seeds/ --format table     statements with evidence, for people
  kg explain "Rusia memasok rudal ke Iran."   why a sentence gives what it gives
"""


class _Group(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except KGError as exc:
            click.echo(f"kg: error: {exc}", err=True)
            sys.exit(1)


@click.group(cls=_Group, epilog=EPILOG, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kg")
def cli() -> None:
    """kg turns news about international relations into a knowledge graph.

    It reads Indonesian (and English) articles, extracts who did what to whom
    (alliances, meetings, sanctions, weapons and technology transfers, attacks,
    accusations) with the evidence sentence, status and attribution of each
    statement, stores them as RDF in an embedded Oxigraph store, answers SPARQL
    and draws an interactive graph.
    """


def _register() -> None:
    """Every module of this package that defines ``command`` is a subcommand."""
    import importlib
    import pkgutil

    for info in sorted(pkgutil.iter_modules(__path__), key=lambda i: i.name):
        if info.name.startswith("_") or info.name == "options":
            continue
        mod = importlib.import_module(f"{__name__}.{info.name}")
        if hasattr(mod, "command"):
            cli.add_command(mod.command)


def main() -> None:
    _register()
    cli(prog_name="kg")
