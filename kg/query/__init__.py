"""Shipped SPARQL queries and running them."""

from .named import NamedQuery, list_queries, resolve_query, bind_params
from .results import format_rows

__all__ = ["NamedQuery", "list_queries", "resolve_query", "bind_params", "format_rows"]
