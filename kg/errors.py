"""Errors kg raises. Each names what went wrong and, for bad input, the file and line."""

from __future__ import annotations

__all__ = ["KGError", "InputError", "OntologyError", "StoreError", "ExtractionError", "QueryError"]


class KGError(Exception):
    """Base class of every error kg raises on purpose."""


class InputError(KGError):
    """A source document or data file cannot be read."""

    def __init__(self, message: str, path: str | None = None, line: int | None = None) -> None:
        where = ""
        if path is not None:
            where = f"{path}:{line}: " if line is not None else f"{path}: "
        super().__init__(where + message)
        self.path, self.line, self.reason = path, line, message


class OntologyError(KGError):
    """The ontology, gazetteer or lexicon is inconsistent."""


class StoreError(KGError):
    """The RDF store cannot be opened or written."""


class ExtractionError(KGError):
    """The NLP pipeline failed on a document."""


class QueryError(KGError):
    """A SPARQL query is malformed or unknown."""
