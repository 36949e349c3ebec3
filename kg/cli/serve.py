"""``kg serve``: a read-only SPARQL 1.1 endpoint over the store."""

from __future__ import annotations

import click


@click.command("serve")
@click.option("--store", "store", default="output/store", show_default=True, type=click.Path(),
              help="The Oxigraph store written by `kg build`.")
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on. The default answers this machine only; 0.0.0.0 opens it to the network.")
@click.option("--port", default=7878, show_default=True, type=click.IntRange(0, 65535),
              help="TCP port (0 picks a free one).")
@click.option("--timeout", default=30.0, show_default=True, type=click.FloatRange(min=0.1),
              help="Seconds a query may run before it is stopped (the client gets 503).")
@click.option("--max-rows", default=10_000, show_default=True, type=click.IntRange(min=1),
              help="Most rows (or triples) one answer carries; longer answers are cut and say so "
                   "in the X-KG-Truncated header.")
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64),
              help="Queries evaluated at the same time, each in its own process.")
@click.option("--quiet", "-q", is_flag=True, help="Do not log each request.")
def command(store, host, port, timeout, max_rows, workers, quiet) -> None:
    """Serve the store as a SPARQL 1.1 Protocol endpoint at http://HOST:PORT/sparql.

    Queries arrive by GET (?query=...) or POST (a form with query=..., or an
    application/sparql-query body). Answers come in the format the client asks
    for with the Accept header or a format= parameter: SPARQL JSON (default),
    XML, CSV or TSV for SELECT and ASK; Turtle (default), N-Triples, RDF/XML or
    JSON-LD for CONSTRUCT and DESCRIBE. Queries see the union of all graphs,
    like `kg query`. A page at http://HOST:PORT/ lets you write queries, with
    the shipped ones as examples.

    Safe by default: it listens on 127.0.0.1 only, it is read-only (SPARQL
    Update gets 403), each query has a time limit and a row limit, and a
    malformed query gets 400 with the parser's message.

    \b
    Examples:
      kg serve --store output/store
      kg serve --port 8000 --timeout 10 --max-rows 1000
      curl -H 'Accept: text/csv' 'http://127.0.0.1:7878/sparql' \\
           --data-urlencode 'query=SELECT * WHERE { ?s ?p ?o } LIMIT 5'
    Stop it with Ctrl-C.
    """
    import signal
    from pathlib import Path

    from ..errors import StoreError
    from ..serve import QueryFailed, make_server

    if not Path(store).is_dir():
        raise StoreError(f"{store}: no store here; run `kg build` first")
    try:
        server = make_server(store, host=host, port=port, timeout=timeout, max_rows=max_rows,
                             workers=workers, quiet=quiet)
    except QueryFailed as exc:
        raise StoreError(str(exc)) from exc
    except OSError as exc:
        raise StoreError(f"cannot listen on {host}:{port} ({exc.strerror or exc})") from exc

    def _stop(signum, frame):
        raise KeyboardInterrupt

    signal.signal(signal.SIGTERM, _stop)
    click.echo(f"kg serve: SPARQL endpoint at {server.url} (query page at {server.url[:-len('sparql')]})", err=True)
    click.echo(f"kg serve: store {store}, read-only, timeout {timeout:g} s, max {max_rows} rows, "
               f"{workers} worker(s); Ctrl-C stops it", err=True)
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        click.echo("kg serve: stopped", err=True)
