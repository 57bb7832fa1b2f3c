"""``python -m framing ingest`` as a user runs it."""

from __future__ import annotations

import subprocess
import sys

import pytest

from framing.cli import COMMANDS
from framing.store import open_store
from tests.conftest import DEMO_SIZE, REPO

DEMO = REPO / "data" / "demo"


def ingest(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "framing", "ingest", *args], cwd=REPO, capture_output=True, text=True, timeout=600
    )


def test_ingest_is_a_documented_command():
    assert "ingest" in COMMANDS


def test_ingest_reports_each_problem_and_a_summary(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "good.txt").write_text("Title\n\nA body sentence about Kyiv.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "rows.jsonl").write_text('{"text": "One row."}\n{broken\n', encoding="utf-8")
    db = tmp_path / "s.duckdb"
    done = ingest(str(folder), str(tmp_path / "missing.txt"), "--db", str(db), "--quiet")
    assert done.returncode == 0, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("framing: error:")]
    assert len(errors) == 3
    assert any("empty.txt: empty file" in e for e in errors)
    assert any("rows.jsonl line 2: invalid JSON" in e for e in errors)
    assert any("missing.txt: no such file" in e for e in errors)
    assert done.stderr.rstrip().endswith("framing: 2 new, 0 skipped (already stored), 3 problems")
    again = ingest(str(folder), "--db", str(db), "--quiet")
    assert again.stderr.rstrip().endswith("framing: 0 new, 2 skipped (already stored), 2 problems")
    con = open_store(db, read_only=True)
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (2,)
    con.close()


@pytest.mark.slow
def test_ingest_demo_with_workers_and_outlet_map(tmp_path):
    db = tmp_path / "demo.duckdb"
    done = ingest(str(DEMO / "articles"), "--outlet-map", str(DEMO / "manifest.csv"), "--db", str(db),
                  "--workers", "2", "--batch-size", "5")
    assert done.returncode == 0, done.stderr
    assert f"framing: {DEMO_SIZE} new, 0 skipped (already stored), 0 problems" in done.stderr
    con = open_store(db, read_only=True)
    assert con.execute("SELECT count(DISTINCT outlet) FROM articles").fetchone() == (6,)
    con.close()


def test_nothing_readable_exits_one(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    done = ingest(str(tmp_path / "empty.txt"), "--db", str(tmp_path / "s.duckdb"))
    assert done.returncode == 1 and "0 new, 0 skipped (already stored), 1 problems" in done.stderr


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["x.txt", "--db", "s.duckdb", "--workers", "0"], "must be at least 1"),
        (["x.txt", "--db", "s.duckdb", "--workers", "2", "--dask", "local"], "not both"),
        (["x.txt", "--db", "s.duckdb", "--outlet-map", "/nonexistent.csv"], "cannot read outlet manifest"),
        (["x.txt"], "--db"),
    ],
)
def test_usage_errors(tmp_path, args, message):
    done = subprocess.run([sys.executable, "-m", "framing", "ingest", *args], cwd=tmp_path,
                          capture_output=True, text=True, timeout=120, env=_env())
    assert done.returncode == 2 and message in done.stderr


def test_a_store_that_is_not_a_store_is_a_usage_error(tmp_path):
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"not a database" * 200)
    (tmp_path / "a.txt").write_text("Title\n\nBody.", encoding="utf-8")
    done = ingest(str(tmp_path / "a.txt"), "--db", str(junk))
    assert done.returncode == 2 and "junk.duckdb" in done.stderr


def _env() -> dict:
    import os

    return {**os.environ, "PYTHONPATH": str(REPO)}
