"""The store's tables: one row per article, sentence, term, quotation and cited actor.

Every table is keyed by ``article_id`` (the record's ``id``, a content hash).
``articles.analysis_version`` is a short hash of the record's ``versions``
dict, so an article scored by another framing, sentiment model or lexicon
version can be told apart and re-scored (see ``framing.store.write``).

The tables' columns are the flattened record's (``framing.record.columns``);
they repeat the article's filter columns so that filters on tens of millions
of term and sentence rows need no join. The dashboard's counts come from
summary cubes built from these tables (``framing.store.cube``).
"""

from __future__ import annotations

import duckdb

from framing.record.columns import TABLES

# Bumped when a table changes; ``create_schema`` refuses a store of another version.
SCHEMA_VERSION = "2"




def table_ddl(name: str) -> str:
    """Return the ``CREATE TABLE IF NOT EXISTS`` statement of one table."""
    columns = [f"{c.name} {c.sql_type}" for c in TABLES[name]]
    if name == "articles":
        # The key that makes a re-run unable to duplicate an article.
        columns[0] += " PRIMARY KEY"
        columns.append("ingested_at TIMESTAMP DEFAULT current_timestamp")
    return f"CREATE TABLE IF NOT EXISTS {name} ({', '.join(columns)})"


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the tables when missing; raise ``StoreError`` for a store of another schema."""
    con.execute("CREATE TABLE IF NOT EXISTS store_info (key VARCHAR PRIMARY KEY, value VARCHAR)")
    found = con.execute("SELECT value FROM store_info WHERE key = 'schema_version'").fetchone()
    if found and found[0] != SCHEMA_VERSION:
        raise StoreError(
            f"store schema version {found[0]} is not {SCHEMA_VERSION}; re-ingest into a new --db file"
        )
    for name in TABLES:
        con.execute(table_ddl(name))
    if not found:
        con.execute("INSERT INTO store_info VALUES ('schema_version', ?)", [SCHEMA_VERSION])


class StoreError(Exception):
    """A store that cannot be opened or written, with the reason in words."""
