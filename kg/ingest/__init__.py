"""Reading news into ``Document`` records: files, HTML pages and JSONL/CSV exports."""

from .files import Columns, ReadOptions, count_records, iter_documents, iter_records, read_document

__all__ = ["iter_documents", "iter_records", "read_document", "count_records", "Columns", "ReadOptions"]
