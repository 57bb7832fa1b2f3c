"""One check for "these two stores hold the same records", shared by the parallel-ingest tests."""

from __future__ import annotations

from pathlib import Path

from framing.store import TABLES, open_store


def assert_same_stores(a: Path, b: Path, *, except_articles: tuple[str, ...] = ("ingested_at",)) -> None:
    """Assert every table of ``TABLES`` holds the same rows in the stores at ``a`` and ``b``, in any
    order; ``except_articles`` are article columns that may differ (when, or from where, a row came)."""
    left, right = open_store(a, read_only=True), open_store(b, read_only=True)
    try:
        for table in TABLES:
            exclude = f"EXCLUDE ({', '.join(except_articles)})" if table == "articles" and except_articles else ""
            query = f"SELECT * {exclude} FROM {table} ORDER BY ALL"
            assert left.execute(query).fetchall() == right.execute(query).fetchall(), table
    finally:
        left.close()
        right.close()
