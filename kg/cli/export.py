"""``kg export``: the graph for Gephi, Cytoscape, spreadsheets and JSON-LD consumers."""

from __future__ import annotations

import click

_FORMATS = ["graphml", "gexf", "csv", "edges-csv", "jsonld"]


@click.command("export")
@click.option("--store", "store", default="output/store", show_default=True, type=click.Path(),
              help="The Oxigraph store written by `kg build` (or its output folder).")
@click.option("--format", "fmt", type=click.Choice(_FORMATS), default=None,
              help="Output format; by default guessed from OUT's suffix (.graphml, .gexf, .csv, .edges.csv, .jsonld).")
@click.option("-o", "--out", "out", required=True, type=click.Path(dir_okay=False), help="File to write.")
@click.option("--level", type=click.Choice(["actor", "entity"]), default="actor", show_default=True,
              help="actor: people, capitals and state bodies rolled up to the state or organisation they act for.")
@click.option("--family", "families", multiple=True, metavar="FAMILY",
              help="Keep only these relation families (cooperation, meetings, sanctions, transfers, conflict, "
                   "accusations, roles); repeatable.")
@click.option("--relation", "relations", multiple=True, metavar="RELATION",
              help="Keep only these relations (e.g. suppliesWeaponsTo); repeatable.")
@click.option("--status", "statuses", multiple=True,
              type=click.Choice(["asserted", "claimed", "expected", "denied", "negated", "all"]),
              help="Keep statements with these statuses; repeatable. Default: asserted, claimed, expected "
                   "(what the news reports as happening). 'all' keeps every status.")
@click.option("--since", metavar="DATE", help="Only statements dated on or after DATE (2024, 2024-06 or 2024-06-19).")
@click.option("--until", metavar="DATE", help="Only statements dated on or before DATE.")
@click.option("--lang", type=click.Choice(["en", "id"]), default="en", show_default=True, help="Language of node labels.")
@click.option("--include-ontology", is_flag=True, help="jsonld: also write the ontology's graph.")
def command(store, fmt, out, level, families, relations, statuses, since, until, lang, include_ontology) -> None:
    """Write the graph of STORE to OUT as GraphML, GEXF, CSV or JSON-LD.

    \b
    graphml    nodes and edges for Gephi, Cytoscape or yEd; one edge per
               (subject, relation, object) with its statement count (weight),
               statuses, first/last date and evidence (a JSON string)
    gexf       the same for Gephi's native format
    csv        one row per statement: subject, relation, object, status,
               date, document, sentence and offsets
    edges-csv  one row per edge of the graph
    jsonld     the RDF (entities and each document's named graph) as JSON-LD
               with kg's prefixes as @context; filters do not apply

    \b
    Examples:
      kg export --store output/store -o kg.graphml
      kg export --store output/store --family transfers --level actor -o arms.gexf
      kg export --store output/store --format csv --status all -o statements.csv
      kg export --store output/store --since 2024-06 -o june.edges.csv
      kg export --store output/store -o kg.jsonld
    """
    from ..analysis.graph import DEFAULT_STATUSES, KnowledgeGraph
    from ..export import format_for, write_edges_csv, write_gexf, write_graphml, write_jsonld, write_statements_csv

    fmt = fmt or format_for(out)
    if fmt is None:
        raise click.UsageError(f"cannot tell the format from {out!r}: give --format ({', '.join(_FORMATS)})")
    sts = None if "all" in statuses else (tuple(statuses) or DEFAULT_STATUSES)
    with KnowledgeGraph(store, lang=lang) as g:
        if fmt == "jsonld":
            path = write_jsonld(g.path, out, include_ontology=include_ontology)
            what = "named graphs of the store"
        elif fmt == "csv":
            df = g.select(families or None, relations or None, sts, since, until)
            path = write_statements_csv(df, out)
            what = f"{len(df)} statements"
        else:
            G = g.graph(level, families or None, relations or None, sts, since, until)
            writer = {"graphml": write_graphml, "gexf": write_gexf, "edges-csv": write_edges_csv}[fmt]
            path = writer(G, out)
            what = f"{G.number_of_nodes()} nodes, {G.number_of_edges()} edges"
    click.echo(f"wrote {path} ({fmt}, {what})")
