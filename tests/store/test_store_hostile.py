"""Files that are not framing stores: refused with one clear reason, never altered (issue 16, items 1 and 6)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time

import duckdb
import pytest

from framing.cli import main
from framing.store import StoreError, open_store, table_counts
from framing.store.schema import failed_write
from framing.store.write import LOCKED


def text_file(path):
    path.write_text("root:x:0:0:root:/root:/bin/bash\n")


def sqlite_file(path):
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE articles (x)")
    con.commit()
    con.close()


def foreign_duckdb(path):
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE articles (id INTEGER, body VARCHAR)")
    con.execute("INSERT INTO articles VALUES (1, 'theirs')")
    con.close()


def foreign_store_info(path):
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE store_info (k INTEGER)")
    con.close()


def other_schema(path):
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE store_info (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO store_info VALUES ('schema_version', '1')")
    con.close()


def incomplete_store(path):
    open_store(path).close()
    con = duckdb.connect(str(path))
    con.execute("DROP TABLE quotes")
    con.close()


def truncated_store(path):
    open_store(path).close()
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def empty_duckdb(path):
    duckdb.connect(str(path)).close()


# (name, how the file is made, modes it is refused in, the reason expected in the message)
REFUSED = [
    ("a text file", text_file, (True, False), "not a DuckDB store (the file is not a DuckDB database)"),
    ("a SQLite file (no extension is fetched)", sqlite_file, (True, False), "reading it would need a DuckDB extension"),
    ("another application's DuckDB file", foreign_duckdb, (True, False), "not a framing store (a DuckDB database with other tables: articles)"),
    ("a foreign store_info table", foreign_store_info, (True, False), "its store_info table is not framing's"),
    ("a store of another schema", other_schema, (True, False), "store schema version 1 is not"),
    ("a store missing a table", incomplete_store, (True, False), "table quotes is missing"),
    ("a truncated store", truncated_store, (True, False), "damaged or truncated"),
    ("an empty DuckDB database, read-only", empty_duckdb, (True,), "an empty DuckDB database, not a framing store"),
]


@pytest.mark.parametrize(("name", "make", "modes", "reason"), REFUSED, ids=[r[0] for r in REFUSED])
def test_a_file_that_is_not_a_store_is_refused_and_left_unchanged(tmp_path, name, make, modes, reason):
    path = tmp_path / "x.duckdb"
    make(path)
    before = path.read_bytes()
    for read_only in modes:
        with pytest.raises(StoreError) as caught:
            open_store(path, read_only=read_only)
        assert reason in str(caught.value)
        assert str(caught.value).startswith(f"{path}: ")
        assert "\n" not in str(caught.value)
        assert path.read_bytes() == before, f"{name} was changed (read_only={read_only})"


def test_an_empty_duckdb_database_becomes_a_store_when_opened_for_writing(tmp_path):
    path = tmp_path / "new.duckdb"
    empty_duckdb(path)
    con = open_store(path)
    assert table_counts(con)["articles"] == 0
    con.close()
    open_store(path, read_only=True).close()


def test_a_folder_is_not_a_store(tmp_path):
    with pytest.raises(StoreError, match="is a folder, not a store file"):
        open_store(tmp_path)


def test_sql_cannot_reach_files_or_load_extensions(tmp_path):
    con = open_store(tmp_path / "s.duckdb")
    secret = tmp_path / "secret.csv"
    secret.write_text("a\n1\n")
    with pytest.raises(duckdb.PermissionException):
        con.execute(f"SELECT * FROM read_csv('{secret}')")
    with pytest.raises(duckdb.Error):
        con.execute("INSTALL sqlite")
    con.close()


def test_a_store_written_by_another_process_says_it_is_in_use(tmp_path):
    path = tmp_path / "busy.duckdb"
    open_store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", f"import duckdb, time; c = duckdb.connect({str(path)!r}); print('ok', flush=True); time.sleep(30)"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ok"
        started = time.monotonic()
        with pytest.raises(StoreError) as caught:
            open_store(path, read_only=True, wait_seconds=0.5)
        assert LOCKED in str(caught.value)
        assert time.monotonic() - started >= 0.5
    finally:
        holder.kill()
        holder.wait()
    open_store(path, read_only=True, wait_seconds=5).close()


class FullDisk:
    """A connection whose commit fails as DuckDB's does on a full disk, and whose rollback then fails too."""

    def rollback(self):
        raise duckdb.TransactionException("TransactionContext Error: cannot rollback - no transaction is active")


def test_a_full_disk_is_named_not_the_failed_rollback():
    cause = duckdb.IOException('IO Error: Could not write file "s.duckdb.wal": No space left on device')
    with pytest.raises(StoreError) as caught:
        failed_write(FullDisk(), cause)
    assert str(caught.value) == "cannot write to the store: No space left on device; every batch written before is kept"


@pytest.mark.parametrize(("name", "make", "reason"), [
    ("foreign DuckDB file", foreign_duckdb, "not a framing store"),
    ("truncated store", truncated_store, "damaged or truncated"),
    ("text file", text_file, "not a DuckDB store"),
])
def test_ingest_into_a_file_that_is_not_a_store_is_one_line_and_changes_nothing(tmp_path, capsys, name, make, reason):
    article = tmp_path / "a.txt"
    article.write_text("Title\n\nOfficials in Kyiv said the talks would resume on Monday.")
    db = tmp_path / "x.duckdb"
    make(db)
    before = db.read_bytes()
    assert main(["ingest", str(article), "--db", str(db), "--quiet"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("framing: error: ") and reason in err[0]
    assert db.read_bytes() == before


def test_parts_left_by_a_killed_dask_run_are_removed_and_nothing_else(tmp_path):
    from framing.store.dask_ingest import remove_stale_parts

    stale = [tmp_path / f"part-{c * 32}.parquet" for c in "ab"]
    kept = [tmp_path / "part-notours.parquet", tmp_path / "notes.txt", tmp_path / f"part-{'c' * 32}.parquet.keep"]
    for path in (*stale, *kept):
        path.write_bytes(b"x")
    assert remove_stale_parts(tmp_path) == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in kept)
    assert remove_stale_parts(tmp_path) == 0
