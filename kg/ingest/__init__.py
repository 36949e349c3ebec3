"""Reading news into ``Document`` records."""

from .files import iter_documents, read_document

__all__ = ["iter_documents", "read_document"]
