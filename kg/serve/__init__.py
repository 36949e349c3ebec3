"""``kg serve``: the store as a read-only SPARQL 1.1 Protocol endpoint.

Queries run on Oxigraph (``Store.query`` with the default graph as the union of all graphs) in
worker processes with a time limit; answers are written by pyoxigraph's serialisers in the format
the client negotiates. See :func:`make_server`.
"""

from .engine import EngineBusy, QueryEngine, QueryFailed, QueryTimeout
from .execute import Answer, execute, negotiate
from .http import SPARQLServer, make_server

__all__ = ["make_server", "SPARQLServer", "QueryEngine", "QueryTimeout", "QueryFailed", "EngineBusy",
           "Answer", "execute", "negotiate"]
