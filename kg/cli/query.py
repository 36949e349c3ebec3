"""``kg query``: run SPARQL (text, a .rq file or a shipped query) on the store."""

from __future__ import annotations

import click


def _entity_iri(value: str) -> str:
    from ..graph.mapping import entity_iri
    from ..nlp.gazetteer import load_gazetteer
    from ..errors import QueryError

    if value.startswith(("http://", "https://")):
        return value
    gaz = load_gazetteer()
    if value in gaz.entities:
        return str(entity_iri(value))
    low = value.lower()
    for key, ent in gaz.entities.items():
        if ent.wikidata == value or low in {a.lower() for a in gaz.aliases.get(key, ())} or ent.label.lower() == low:
            return str(entity_iri(key))
    raise QueryError(f"unknown entity {value!r}: give a key (RUS), a name (Rusia) or a Wikidata id (Q159)")


@click.command("query")
@click.argument("query", required=False)
@click.option("--store", "store", default="output/store", show_default=True, type=click.Path(),
              help="The Oxigraph store written by `kg build`.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="Bind a query parameter to an entity, e.g. --param a=RUS --param b='Korea Utara'.")
@click.option("--endpoint", metavar="URL", default=None,
              help="Query this SPARQL 1.1 endpoint (e.g. one `kg push` loaded, or `kg serve`) instead of --store.")
@click.option("--user", envvar="KG_ENDPOINT_USER", default=None, help="User name for --endpoint (or $KG_ENDPOINT_USER).")
@click.option("--password", envvar="KG_ENDPOINT_PASSWORD", default=None,
              help="Password for --endpoint (or $KG_ENDPOINT_PASSWORD).")
@click.option("--auth", type=click.Choice(["digest", "basic"]), default="digest", show_default=True,
              help="HTTP authentication scheme used with --user.")
@click.option("--list", "list_", is_flag=True, help="List the shipped queries.")
@click.option("--full", is_flag=True, help="Do not shorten long cells in the table.")
@click.option("--limit", type=click.IntRange(min=0), default=None, metavar="N",
              help="Show at most N rows; a cut answer says so on stderr, with the --offset of the next page.")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True, metavar="K",
              help="Skip the first K rows (with --limit: page through a long answer).")
def command(query, store, fmt, params, endpoint, user, password, auth, list_, full, limit, offset) -> None:
    """Run QUERY on the store: SPARQL text, a .rq file, or a shipped query's name.

    With --endpoint URL the query runs on that SPARQL server instead, with the
    same shipped queries and the same output formats.

    \b
    Examples:
      kg query --list
      kg query sanctions --store output/store
      kg query evidence --param a=RUS --param b=PRK --format csv
      kg query edges --param rel=suppliesWeaponsTo --limit 20
      kg query partners --param actor=RUS --limit 20 --offset 20
      kg query 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }'
      kg query technology-transfers --endpoint http://localhost:8890/sparql
    """
    from ..graph.store import KGStore
    from ..query import bind_params, format_rows, list_queries, resolve_query
    from ..query.paging import cut_page, page_query

    if list_:
        for q in list_queries():
            click.echo(f"{q.name:22s} {q.title}")
        return
    if not query:
        raise click.UsageError("give a QUERY or --list")
    q = resolve_query(query)
    values = {}
    for p in params:
        name, _, value = p.partition("=")
        name, value = name.strip(), value.strip()
        values[name] = _entity_iri(value) if q.spec(name).kind == "entity" else value
    text = bind_params(q, values)
    paged = page_query(text, limit, offset) if (limit is not None or offset) else text
    if endpoint:
        from ..remote import Endpoint

        names, rows = Endpoint(endpoint, user=user, password=password, auth=auth).select(paged or text)
    else:
        with KGStore(store, read_only=True) as st:
            names, rows = st.select(paged or text)
    rows, more = cut_page(rows, limit, offset, rewritten=paged is not None)
    click.echo(format_rows(names, rows, fmt, None if full else 80))
    if more:
        click.echo(f"kg: the answer goes on: rows {offset + 1}-{offset + len(rows)} shown; "
                   f"the next page is --offset {offset + len(rows)}", err=True)
