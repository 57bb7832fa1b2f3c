"""Kill ``ingest`` with SIGKILL at any moment, run it again: nothing lost, nothing duplicated."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from framing.reading import read_path
from framing.store import open_store, table_counts
from tests.conftest import REPO

# Enough that three kills (at most 0.4 s after a commit) stop a run before its end.
ARTICLES = 1200


@pytest.fixture(scope="module")
def corpus(tmp_path_factory, demo_items):
    """``ARTICLES`` distinct seed-format articles made from the demo texts (one file each)."""
    folder = tmp_path_factory.mktemp("kill-corpus")
    texts = [read_path(item).articles[0].text for item in demo_items]
    for n in range(ARTICLES):
        body = texts[n % len(texts)]
        (folder / f"{n:04d}.txt").write_text(f"{body}\n\nCorrection {n}: an earlier version misdated this.", encoding="utf-8")
    return folder


def start_ingest(corpus, db, *extra: str) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-m", "framing", "ingest", str(corpus), "--db", str(db), "--batch-size", "8", "--quiet", *extra],
        cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def wal_state(db) -> tuple[int, int] | None:
    wal = db.with_name(db.name + ".wal")
    try:
        stat = wal.stat()
    except FileNotFoundError:
        return None
    return stat.st_size, stat.st_mtime_ns


def kill_after_a_commit(corpus, db, *extra: str, delay: float) -> None:
    """Start ingest; SIGKILL it (and its workers) ``delay`` s after it next commits a batch.

    A commit shows as the write-ahead log changing to a non-empty file (the
    store exists beforehand, so creating the tables does not count).
    """
    before = wal_state(db)
    proc = start_ingest(corpus, db, *extra)
    deadline = time.monotonic() + 120
    while proc.poll() is None:
        state = wal_state(db)
        if state and state[0] > 0 and state != before:
            break
        assert time.monotonic() < deadline, "ingest never committed a batch"
        time.sleep(0.01)
    time.sleep(delay)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.communicate(timeout=60)


def assert_consistent(db, *, articles: int) -> None:
    con = open_store(db, read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT article_id) FROM articles").fetchone() == (articles, articles)
    counts = table_counts(con)
    sums = con.execute("SELECT sum(sentence_count), sum(term_count), sum(quote_count), sum(actor_count) FROM articles").fetchone()
    assert (counts["sentences"], counts["terms"], counts["quotes"], counts["actors"]) == tuple(s or 0 for s in sums)
    for table in ("sentences", "terms", "quotes", "actors"):
        duplicates = con.execute(f"SELECT count(*) FROM (SELECT article_id, position FROM {table} GROUP BY ALL HAVING count(*) > 1)").fetchone()
        assert duplicates == (0,), table
        orphans = con.execute(f"SELECT count(*) FROM {table} WHERE article_id NOT IN (SELECT article_id FROM articles)").fetchone()
        assert orphans == (0,), table
    con.close()


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["1", "2"])
def test_killed_runs_resume_without_loss_or_duplicates(corpus, tmp_path, workers):
    db = tmp_path / "kill.duckdb"
    open_store(db).close()
    for delay in (0.0, 0.15, 0.4):
        kill_after_a_commit(corpus, db, "--workers", workers, delay=delay)
    done = start_ingest(corpus, db, "--workers", workers)
    _, err = done.communicate(timeout=600)
    assert done.returncode == 0, err
    new, skipped = map(int, re.search(r"(\d+) new, (\d+) skipped", err).groups())
    assert new + skipped == ARTICLES and skipped > 0 and new > 0, err
    assert_consistent(db, articles=ARTICLES)
    again = start_ingest(corpus, db)
    _, err = again.communicate(timeout=600)
    assert f"0 new, {ARTICLES} skipped (already stored), 0 problems" in err


@pytest.mark.slow
def test_kill_inside_a_transaction_keeps_earlier_batches_only(tmp_path):
    db = tmp_path / "tx.duckdb"
    script = textwrap.dedent(f"""
        import sys, time
        from framing.store import open_store, write_records
        from framing.store import write as store_write
        from tests.store.records import full_record

        con = open_store({str(db)!r})
        write_records(con, [full_record("first")])
        real = store_write._insert
        def slow(con_, table, arrow):
            real(con_, table, arrow)
            if table == "terms":
                print("inside", flush=True)
                time.sleep(60)
        store_write._insert = slow
        write_records(con, [full_record("second"), full_record("third")])
    """)
    proc = subprocess.Popen([sys.executable, "-c", script], cwd=REPO, stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "inside"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    con = open_store(db, read_only=True)
    assert [r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()] == ["first"]
    assert table_counts(con) == {"articles": 1, "sentences": 2, "terms": 2, "quotes": 2, "actors": 2}
    con.close()


@pytest.mark.slow
def test_workers_exit_when_ingest_is_killed(corpus, tmp_path):
    import psutil

    db = tmp_path / "orphans.duckdb"
    proc = start_ingest(corpus, db, "--workers", "2")
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + 60
    while len(parent.children(recursive=True)) < 2:
        assert time.monotonic() < deadline, "no workers started"
        time.sleep(0.05)
    workers = [c for c in parent.children(recursive=True) if "spawn_main" in " ".join(c.cmdline())]
    os.kill(proc.pid, signal.SIGKILL)  # the parent only, as `kill -9 PID` does
    proc.communicate(timeout=60)
    _, alive = psutil.wait_procs(workers, timeout=15)
    for worker in alive:
        worker.kill()
    assert not alive, "workers kept running after ingest was killed"
