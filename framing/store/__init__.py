"""The article store: a DuckDB database of records, filled incrementally and queried in SQL."""

from framing.record.columns import TABLES, analysis_version
from framing.store.ingest import DEFAULT_BATCH_SIZE, IngestSummary, ingest
from framing.store.query import (
    Filters,
    Page,
    article_counts,
    articles_page,
    filter_options,
    record_by_id,
    sentiment_summary,
    stored_lexicons,
)
from framing.store.schema import SCHEMA_VERSION, StoreError
from framing.store.write import (
    WriteResult,
    memory_store,
    open_store,
    stored_versions,
    table_counts,
    version_keys,
    write_records,
)

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "SCHEMA_VERSION",
    "TABLES",
    "Filters",
    "IngestSummary",
    "Page",
    "StoreError",
    "WriteResult",
    "analysis_version",
    "article_counts",
    "articles_page",
    "filter_options",
    "ingest",
    "memory_store",
    "open_store",
    "record_by_id",
    "sentiment_summary",
    "stored_lexicons",
    "stored_versions",
    "table_counts",
    "version_keys",
    "write_records",
]
