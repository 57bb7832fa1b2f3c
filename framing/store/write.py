"""Opening a store and writing records to it, one transaction per batch.

DuckDB commits a transaction to its write-ahead log before ``COMMIT``
returns, and discards an unfinished one when the file is next opened. So a
process killed at any moment leaves every earlier batch stored and none of
the batch it was writing; the next run sees exactly which articles are
missing (``stored_versions``) and writes only those.
"""

from __future__ import annotations

import time
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pyarrow as pa

from framing.record.columns import TABLES, analysis_version
from framing.record.model import Record
from framing.record.tables import table_batches
from framing.store.cube import refresh_cubes
from framing.store.schema import StoreError, create_schema, failed_write, first_line, store_check
from framing.text.language import SUPPORTED_LANGUAGES

# DuckDB's default cache is 80% of RAM; a store needs far less, and the
# ingest memory target (2 GB at a million articles) counts it.
DEFAULT_MEMORY_LIMIT = "1GB"
# A store needs no file or network access from SQL, and no extension: with them on, a query
# could read any file the server can, and opening a SQLite file makes DuckDB fetch one.
SAFE_CONFIG: dict[str, object] = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
}


@dataclass(frozen=True, slots=True)
class WriteResult:
    """What one batch did: articles added, re-scored ones replaced, current ones left alone."""

    new: int = 0
    replaced: int = 0
    unchanged: int = 0


def open_store(
    path: str | Path,
    *,
    read_only: bool = False,
    memory_limit: str = DEFAULT_MEMORY_LIMIT,
    threads: int | None = None,
    wait_seconds: float = 0.0,
) -> duckdb.DuckDBPyConnection:
    """Return a connection to the framing store at ``path``, creating its tables when writable.

    Every connection has DuckDB's file and network access from SQL and its
    extension auto-install and auto-load turned off (``SAFE_CONFIG``). A
    file that is not a framing store (another application's database, a
    truncated file, not DuckDB at all) is refused and never altered; so is
    an empty database opened read-only. A store locked by another process is
    retried for ``wait_seconds``. Raises ``StoreError`` with the reason in words.
    """
    path = Path(path)
    if read_only and not path.is_file():
        raise StoreError(f"{path}: no such store (create it with `python -m framing ingest`)")
    if path.is_dir():
        raise StoreError(f"{path}: is a folder, not a store file")
    config: dict[str, object] = {**SAFE_CONFIG, "memory_limit": memory_limit}
    if threads:
        config["threads"] = threads
    deadline = time.monotonic() + wait_seconds
    while True:
        try:
            con = duckdb.connect(str(path), read_only=read_only, config=config)
            break
        except duckdb.Error as exc:
            reason = open_failure(exc)
            if reason == LOCKED and time.monotonic() < deadline:
                time.sleep(0.25)
                continue
            raise StoreError(f"{path}: {reason}") from exc
    try:
        if read_only:
            if store_check(con) == "empty":
                raise StoreError("an empty DuckDB database, not a framing store")
        else:
            create_schema(con)
    except StoreError as exc:
        con.close()
        raise StoreError(f"{path}: {exc}") from exc
    except duckdb.Error as exc:
        con.close()
        raise StoreError(f"{path}: not a readable framing store ({first_line(exc)}); it was left unchanged") from exc
    return con


LOCKED = "the store is in use by another process (one writer at a time, and no reader while it writes)"


def open_failure(exc: duckdb.Error) -> str:
    """Return why DuckDB could not open a file, in words (``LOCKED`` for a lock held elsewhere)."""
    text = str(exc)
    lower = text.lower()
    if "lock" in lower:
        return LOCKED
    if "not a valid duckdb database" in lower:
        return "not a DuckDB store (the file is not a DuckDB database)"
    if "extension" in lower:
        return "not a DuckDB store (reading it would need a DuckDB extension, and extensions are off)"
    if "no space left" in lower:
        return "No space left on device"
    if "permission denied" in lower:
        return "cannot open the store: permission denied"
    if "read enough bytes" in lower or "corrupt" in lower or "checksum" in lower or "serializ" in lower:
        return f"the store file is damaged or truncated ({first_line(exc)})"
    if "version" in lower:
        return f"written by another DuckDB version ({first_line(exc)})"
    return f"cannot open the store: {first_line(exc)}"


def memory_store(records: Iterable[Record], *, batch_size: int = 10_000) -> duckdb.DuckDBPyConnection:
    """Return an in-memory store holding ``records``: how the dashboard queries a demo corpus or
    uploaded files with the same SQL as a store file."""
    con = duckdb.connect(":memory:", config={**SAFE_CONFIG, "memory_limit": DEFAULT_MEMORY_LIMIT})
    create_schema(con)
    batch: list[Record] = []
    for record in records:
        batch.append(record)
        if len(batch) >= batch_size:
            write_records(con, batch)
            batch = []
    write_records(con, batch)
    refresh_cubes(con)
    return con


def version_keys(pipeline) -> frozenset[str]:
    """Return the ``analysis_version`` of every record ``pipeline`` can produce.

    A record's versions depend on its language (the sentiment model), which is
    only known after scoring; an article is current when its stored version is
    any of these, so the check needs no scoring.
    """
    return frozenset(analysis_version(pipeline.versions(lang)) for lang in (*SUPPORTED_LANGUAGES, None))


def stored_versions(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> dict[str, str]:
    """Return ``article_id → analysis_version`` for the ids already in the store."""
    if not ids:
        return {}
    rows = con.execute(
        "SELECT article_id, analysis_version FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
        [list(ids)],
    ).fetchall()
    return dict(rows)


def write_records(
    con: duckdb.DuckDBPyConnection,
    records: Iterable[Record],
    *,
    current_versions: Collection[str] = (),
) -> WriteResult:
    """Store a batch of records in ONE transaction; return what it added and replaced.

    An article already stored with a version in ``current_versions`` is left
    as it is; one stored with another version is replaced (all its rows);
    a record repeated in the batch is written once.
    """
    batch: dict[str, Record] = {}
    for record in records:
        batch.setdefault(record.id, record)
    if not batch:
        return WriteResult()
    return write_tables(con, table_batches(batch.values()), current_versions=current_versions)


def write_tables(
    con: duckdb.DuckDBPyConnection,
    tables: dict[str, pa.Table],
    *,
    current_versions: Collection[str] = (),
) -> WriteResult:
    """Store the rows of ``rows.table_batches`` (one row per article id) in ONE transaction.

    The same rules as ``write_records``; workers build these tables so that the
    writing process only inserts them.
    """
    ids = tables["articles"].column("article_id").to_pylist()
    if not ids:
        return WriteResult()
    con.begin()
    try:
        stored = stored_versions(con, ids)
        unchanged = [i for i, v in stored.items() if v in current_versions]
        replaced = [i for i in stored if i not in unchanged]
        if replaced:
            for table in TABLES:
                con.execute(
                    f"DELETE FROM {table} WHERE article_id IN (SELECT unnest(?::VARCHAR[]))", [replaced]
                )
        if unchanged:
            tables = without_articles(tables, unchanged)
        for table, arrow in tables.items():
            if arrow.num_rows:
                _insert(con, table, arrow)
        con.commit()
    except BaseException as exc:
        failed_write(con, exc)
        raise
    return WriteResult(new=len(ids) - len(stored), replaced=len(replaced), unchanged=len(unchanged))


def without_articles(tables: dict[str, pa.Table], ids: Collection[str]) -> dict[str, pa.Table]:
    """Return ``tables`` without the rows of the articles ``ids`` (in every table)."""
    import pyarrow.compute as pc

    drop = pa.array(list(ids), type=pa.string())
    return {name: t.filter(pc.invert(pc.is_in(t.column("article_id"), value_set=drop))) for name, t in tables.items()}


def table_counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Return the number of rows of each table (for summaries and tests)."""
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _insert(con: duckdb.DuckDBPyConnection, table: str, arrow) -> None:
    columns = ", ".join(c.name for c in TABLES[table])
    view = f"_framing_batch_{table}"
    con.register(view, arrow)
    try:
        con.execute(f"INSERT INTO {table} ({columns}) SELECT {columns} FROM {view}")
    finally:
        con.unregister(view)
