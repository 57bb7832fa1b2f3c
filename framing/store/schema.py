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

import contextlib

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
    """Create the tables of a new store; raise ``StoreError`` for a file that is not one.

    The file is inspected before anything is written: a DuckDB file holding
    other tables (another application's database, or a store of another
    schema version) is refused and left exactly as it was.
    """
    found = store_check(con)
    if found == "framing":
        return
    con.execute("CREATE TABLE IF NOT EXISTS store_info (key VARCHAR PRIMARY KEY, value VARCHAR)")
    for name in TABLES:
        con.execute(table_ddl(name))
    con.execute("INSERT INTO store_info VALUES ('schema_version', ?)", [SCHEMA_VERSION])


def store_check(con: duckdb.DuckDBPyConnection) -> str:
    """Return ``"framing"`` for a store of this schema and ``"empty"`` for a database without
    tables; raise ``StoreError`` saying why for anything else (nothing is changed)."""
    tables = {r[0] for r in con.execute(
        "SELECT table_name FROM duckdb_tables() WHERE database_name = current_database() AND NOT temporary"
    ).fetchall()}
    if not tables:
        return "empty"
    if "store_info" not in tables:
        shown = ", ".join(sorted(tables)[:5]) + (", …" if len(tables) > 5 else "")
        raise StoreError(f"not a framing store (a DuckDB database with other tables: {shown}); it was left unchanged")
    try:
        found = con.execute("SELECT value FROM store_info WHERE key = 'schema_version'").fetchone()
    except duckdb.Error as exc:
        raise StoreError("not a framing store (its store_info table is not framing's); it was left unchanged") from exc
    if not found:
        raise StoreError("not a framing store (no schema version in store_info); it was left unchanged")
    if found[0] != SCHEMA_VERSION:
        raise StoreError(
            f"store schema version {found[0]} is not {SCHEMA_VERSION}; re-ingest into a new --db file"
        )
    for name in TABLES:
        if name not in tables:
            raise StoreError(f"not a complete framing store (table {name} is missing); it was left unchanged")
        columns = {r[0] for r in con.execute(
            "SELECT column_name FROM duckdb_columns() WHERE database_name = current_database() "
            "AND table_name = ? AND NOT internal", [name]).fetchall()}
        missing = [c.name for c in TABLES[name] if c.name not in columns]
        if missing:
            raise StoreError(
                f"not a framing store of this version (table {name} lacks {', '.join(missing[:3])}); "
                "it was left unchanged"
            )
    return "framing"


class StoreError(Exception):
    """A store that cannot be opened or written, with the reason in words."""


def failed_write(con: duckdb.DuckDBPyConnection, exc: BaseException) -> None:
    """Roll back the failed transaction; raise ``StoreError`` saying why for a DuckDB error.

    A rollback after a failed commit (a full disk) raises one of its own,
    which would hide the cause; the store keeps every batch committed before.
    """
    with contextlib.suppress(duckdb.Error):
        con.rollback()
    if isinstance(exc, duckdb.Error):
        text = str(exc)
        reason = "No space left on device" if "no space left" in text.lower() else first_line(exc)
        raise StoreError(f"cannot write to the store: {reason}; every batch written before is kept") from exc


def first_line(exc: BaseException) -> str:
    """Return the first line of an exception's message (DuckDB adds hints and SQL excerpts)."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]
