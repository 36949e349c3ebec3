"""``kg push``: copy the graph and its statements to any SPARQL 1.1 server."""

from __future__ import annotations

import click


@click.command("push")
@click.option("--endpoint", required=True, metavar="URL",
              help="The server's SPARQL endpoint; SPARQL Update requests are POSTed here.")
@click.option("--store", "store", default="output/store", show_default=True, type=click.Path(),
              help="The Oxigraph store written by `kg build`.")
@click.option("--graph", "graph", metavar="IRI", default=None,
              help="Put every triple into this one named graph (default: each graph of the store as itself).")
@click.option("--gsp", "gsp_url", metavar="URL", default=None,
              help="Send the triples with the Graph Store Protocol to this URL instead of SPARQL Update.")
@click.option("--batch-size", default=5000, show_default=True, type=click.IntRange(min=1),
              help="Triples per request.")
@click.option("--append", is_flag=True, help="Add to the target graphs instead of replacing them.")
@click.option("--user", envvar="KG_ENDPOINT_USER", default=None, help="User name (or $KG_ENDPOINT_USER).")
@click.option("--password", envvar="KG_ENDPOINT_PASSWORD", default=None,
              help="Password (or $KG_ENDPOINT_PASSWORD, which keeps it out of the process list).")
@click.option("--auth", type=click.Choice(["digest", "basic"]), default="digest", show_default=True,
              help="HTTP authentication scheme used with --user.")
def command(endpoint, store, graph, gsp_url, batch_size, append, user, password, auth) -> None:
    """Load the store (entities, ontology and every document's statements) into a SPARQL server.

    Each named graph of the store becomes the graph of the same IRI on the
    server (or all go into --graph IRI), sent in batches of --batch-size
    triples, by SPARQL Update (DROP SILENT GRAPH, then INSERT DATA) or, with
    --gsp URL, by the Graph Store Protocol (PUT, then POST). The target graphs
    are replaced, so pushing twice is the same as pushing once (--append adds
    instead). Afterwards `kg query --endpoint URL` runs the shipped queries there.

    \b
    Examples:
      # Virtuoso: authenticated SPARQL Update (digest auth)
      kg push --endpoint http://localhost:8890/sparql-auth --user dba --password dba
      # Virtuoso: Graph Store Protocol
      kg push --endpoint http://localhost:8890/sparql \\
              --gsp http://localhost:8890/sparql-graph-crud-auth --user dba --password dba
      # Fuseki, everything into one graph
      kg push --endpoint http://localhost:3030/kg/update --graph https://example.org/kg
    """
    from pathlib import Path

    from ..errors import StoreError
    from ..remote import Endpoint, push

    if not Path(store).is_dir():
        raise StoreError(f"{store}: no store here; run `kg build` first")
    ep = Endpoint(endpoint, user=user, password=password, auth=auth, gsp_url=gsp_url)
    report = push(store, ep, graph=graph, batch_size=batch_size, method="gsp" if gsp_url else "update",
                  replace=not append)
    for name, n in report.graphs.items():
        click.echo(f"{n:8d}  {name}")
    click.echo(f"pushed {report.triples} triples into {len(report.graphs)} graph(s) "
               f"in {report.requests} request(s) to {gsp_url or endpoint}")
