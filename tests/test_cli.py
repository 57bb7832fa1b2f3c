"""The command line end to end, in a subprocess as a user runs it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import REPO, seed_path


def run(*args: str, cwd=None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "framing", *args], capture_output=True, text=True, cwd=cwd or REPO, timeout=300
    )


def test_score_seeds_jsonl(seeds_dir):
    done = run("score", str(seeds_dir), "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    assert len(records) == 5
    by_file = {r["source"].rsplit("/", 1)[-1][:3]: r for r in records}
    assert by_file["001"]["outlet"] == "Sputnik"
    assert by_file["003"]["language"] == "fr" and by_file["003"]["date"] == "2022-03"
    assert "5 articles scored, 0 problems" in done.stderr


def test_bad_files_get_one_line_each_and_the_run_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text("Title\n\nA body sentence.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "bin.txt").write_bytes(b"\x00\xff" * 50)
    done = run("score", str(tmp_path), str(tmp_path / "missing.txt"), "--quiet")
    assert done.returncode == 0
    assert len(done.stdout.splitlines()) == 1
    errors = [line for line in done.stderr.splitlines() if line.startswith("framing: error:")]
    assert len(errors) == 3
    assert any("empty.txt: empty file" in line for line in errors)
    assert any("missing.txt: no such file" in line for line in errors)


def test_nothing_readable_exits_non_zero(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    done = run("score", str(tmp_path / "empty.txt"))
    assert done.returncode == 1 and done.stdout == ""


@pytest.mark.parametrize("fmt", ["csv", "parquet", "jsonl"])
def test_formats_to_file_with_outlet_map(tmp_path, fmt):
    manifest = tmp_path / "outlets.csv"
    manifest.write_text(f"file,outlet\n{seed_path('000').name},France Inter\n", encoding="utf-8")
    out = tmp_path / f"out.{fmt}"
    done = run("score", str(seed_path("000")), "--format", fmt, "--out", str(out), "--outlet-map", str(manifest))
    assert done.returncode == 0, done.stderr
    if fmt == "parquet":
        import pyarrow.parquet as pq

        assert pq.read_table(out).to_pylist()[0]["outlet"] == "France Inter"
    elif fmt == "csv":
        assert "France Inter" in out.read_text(encoding="utf-8")
    else:
        assert json.loads(out.read_text(encoding="utf-8"))["outlet"] == "France Inter"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["score", "x.txt", "--format", "parquet"], "--format parquet needs --out"),
        (["score", "x.txt", "--outlet-map", "/nonexistent.csv"], "cannot read outlet manifest"),
    ],
)
def test_usage_errors(args, message):
    done = run(*args)
    assert done.returncode == 2 and message in done.stderr
