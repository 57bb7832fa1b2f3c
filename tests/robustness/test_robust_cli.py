"""The command line on hostile names and files (issue 16, items 4–6, 10): one line per problem,
the batch goes on, stdout is UTF-8, and the store's counts account for every article."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from framing.cli import main
from framing.store import open_store, table_counts
from tests.conftest import REPO

GOOD = "Title\n\nOfficials in Kyiv said the talks on grain exports would resume on Monday."
NESTED = "[" * 1500 + "]" * 1500


@pytest.fixture
def hostile(tmp_path):
    """A folder: two good files (one named with Latin-1 bytes), a deeply nested JSON line,
    a header-only CSV and a CSV with two text columns."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD)
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as f:
        f.write(GOOD.replace("Monday", "Tuesday").encode())
    (folder / "deep.jsonl").write_text(NESTED + "\n" + json.dumps({"text": GOOD.replace("Monday", "Friday")}) + "\n")
    (folder / "header.csv").write_text("text,outlet\n")
    (folder / "dup.csv").write_text("text,text\na,b\n")
    return folder


EXPECTED_PROBLEMS = [
    "deep.jsonl line 1: invalid JSON (nested too deeply to read); skipped",
    "dup.csv: CSV has two 'text' columns (columns 1 and 2); rename or remove one",
    "header.csv: CSV has a header but no data rows",
]


def problem_lines(err: str) -> list[str]:
    return sorted(line.split("/in/", 1)[1] for line in err.splitlines() if line.startswith("framing: error: "))


def test_ingest_reads_every_good_file_and_names_each_bad_one(hostile, tmp_path, capsys):
    db = tmp_path / "s.duckdb"
    assert main(["ingest", str(hostile), "--db", str(db), "--quiet"]) == 0
    err = capsys.readouterr().err
    assert problem_lines(err) == EXPECTED_PROBLEMS
    assert err.strip().splitlines()[-1] == "framing: 3 new, 0 skipped (already stored), 3 problems"
    con = open_store(db, read_only=True)
    assert table_counts(con)["articles"] == 3
    sources = sorted(r[0].rsplit("/", 1)[1] for r in con.execute("SELECT source FROM articles").fetchall())
    con.close()
    assert sources == ["caf\\xe9.txt", "deep.jsonl line 2", "good.txt"]
    # A re-run goes past the same files and stores nothing twice.
    assert main(["ingest", str(hostile), "--db", str(db), "--quiet"]) == 0
    assert capsys.readouterr().err.strip().splitlines()[-1] == "framing: 0 new, 3 skipped (already stored), 3 problems"
    con = open_store(db, read_only=True)
    assert table_counts(con)["articles"] == 3
    con.close()


def test_score_goes_on_after_bad_files_and_writes_to_a_name_that_is_not_utf8(hostile, tmp_path, capsys):
    out = os.path.join(os.fsencode(tmp_path), b"out-\xff.jsonl")
    assert main(["score", str(hostile), "--out", os.fsdecode(out), "--quiet"]) == 0
    assert problem_lines(capsys.readouterr().err) == EXPECTED_PROBLEMS
    with open(out, "rb") as f:
        records = [json.loads(line) for line in f.read().decode("utf-8").splitlines()]
    assert sorted(r["source"].rsplit("/", 1)[1] for r in records) == ["caf\\xe9.txt", "deep.jsonl line 2", "good.txt"]


def test_score_stdout_is_utf8_under_a_c_locale(hostile):
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONUTF8": "0"}
    env.pop("PYTHONIOENCODING", None)
    done = subprocess.run([sys.executable, "-m", "framing", "score", str(hostile), "--quiet"],
                          cwd=REPO, env=env, capture_output=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    lines = done.stdout.decode("utf-8").splitlines()  # raises on invalid UTF-8
    assert len(lines) == 3
    assert len(done.stderr.decode("utf-8").splitlines()) == 3


def test_score_with_workers_gives_the_records_of_one_worker_in_order(hostile, tmp_path, capsys):
    one, two = tmp_path / "one.jsonl", tmp_path / "two.jsonl"
    assert main(["score", str(hostile), "--out", str(one), "--quiet"]) == 0
    assert main(["score", str(hostile), "--out", str(two), "--quiet", "--workers", "2"]) == 0
    first = [json.loads(line) for line in one.read_text().splitlines()]
    second = [json.loads(line) for line in two.read_text().splitlines()]
    assert [r["id"] for r in first] == [r["id"] for r in second] and len(first) == 3
    assert [r["sentiment"] for r in first] == [r["sentiment"] for r in second]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["score", "{good}", "--workers", "0"], "framing: error: --workers must be at least 1"),
        (["score", "{good}", "--out", "{tmp}/missing/out.jsonl"], "framing: error: {tmp}/missing/out.jsonl: cannot write: "
         "No such file or directory"),
        (["score", "{tmp}/in/header.csv"], "framing: error: {tmp}/in/header.csv: CSV has a header but no data rows"),
    ],
)
def test_command_line_messages(hostile, tmp_path, capsys, args, message):
    fill = {"good": str(hostile / "good.txt"), "tmp": str(tmp_path)}
    status = main([a.format(**fill) for a in args] + ["--quiet"])
    assert status in (1, 2)
    assert message.format(**fill) in capsys.readouterr().err.splitlines()
