"""Incremental ingest: the check before scoring, duplicates, re-scoring, and counts."""

from __future__ import annotations

import shutil

import pytest

from framing.reading import ReadProblem, corpus_files
from framing.scoring.pipeline import Pipeline
from framing.scoring.pool import worker_pipeline
from framing.store import analysis_version, ingest, open_store, table_counts, version_keys
from tests.conftest import DEMO_SIZE
from tests.store.stores import assert_same_stores


def test_every_stored_version_is_one_the_pipeline_announces(demo_con):
    """The skip check relies on it: ``Pipeline.versions(language)`` must match the record's versions."""
    keys = version_keys(worker_pipeline())
    stored = {row[0] for row in demo_con.execute("SELECT DISTINCT analysis_version FROM articles").fetchall()}
    assert stored and stored <= keys


def test_demo_store_has_every_row(demo_con):
    counts = table_counts(demo_con)
    assert counts["articles"] == DEMO_SIZE
    assert counts["sentences"] == demo_con.execute("SELECT sum(sentence_count) FROM articles").fetchone()[0]
    assert counts["terms"] == demo_con.execute("SELECT sum(term_count) FROM articles").fetchone()[0]


def test_rerun_skips_before_scoring(tmp_path, demo_items, demo_manifest, monkeypatch):
    db = tmp_path / "s.duckdb"
    assert ingest(demo_items, db=db, manifest=demo_manifest).new == DEMO_SIZE

    def refuse(self, article):
        raise AssertionError(f"{article.source} was scored again")

    monkeypatch.setattr(Pipeline, "score", refuse)
    summary = ingest(demo_items, db=db, manifest=demo_manifest)
    assert (summary.new, summary.skipped, summary.problems) == (0, DEMO_SIZE, 0)
    assert summary.line() == f"0 new, {DEMO_SIZE} skipped (already stored), 0 problems"


def test_repeated_and_moved_files_are_stored_once(tmp_path, demo_items, demo_manifest):
    folder = tmp_path / "corpus"
    for sub in ("a", "b"):
        (folder / sub).mkdir(parents=True)
        for item in demo_items[:3]:
            shutil.copy(item, folder / sub / item.name)
    summary = ingest(list(corpus_files([folder])), db=tmp_path / "s.duckdb", batch_size=2)
    assert (summary.new, summary.skipped) == (3, 3)
    con = open_store(tmp_path / "s.duckdb", read_only=True)
    assert con.execute("SELECT count(*), count(DISTINCT article_id) FROM articles").fetchone() == (3, 3)
    con.close()


def test_older_analysis_versions_are_rescored_and_replaced(tmp_path, demo_items, demo_manifest):
    db = tmp_path / "s.duckdb"
    ingest(demo_items[:5], db=db, manifest=demo_manifest)
    con = open_store(db)
    before = table_counts(con)
    con.execute("UPDATE articles SET analysis_version = ?", [analysis_version({"framing": "0.0.1"})])
    con.close()
    summary = ingest(demo_items[:5], db=db, manifest=demo_manifest)
    assert (summary.new, summary.rescored, summary.skipped) == (0, 5, 0)
    assert "5 re-scored" in summary.line()
    con = open_store(db, read_only=True)
    assert table_counts(con) == before
    con.close()


def test_problems_are_reported_and_the_run_goes_on(tmp_path, demo_items):
    (tmp_path / "empty.txt").write_bytes(b"")
    items = [tmp_path / "empty.txt", ReadProblem("gone.txt", "no such file or folder"), demo_items[0]]
    seen, files = [], []
    summary = ingest(items, db=tmp_path / "s.duckdb", on_problem=seen.append, on_file=files.append)
    assert (summary.new, summary.problems) == (1, 2)
    assert [p.source for p in seen] == [str(tmp_path / "empty.txt"), "gone.txt"]
    assert sum(files) == 3


def test_an_article_the_analysers_fail_on_is_a_problem_not_a_crash(tmp_path, demo_items, monkeypatch):
    real = Pipeline.score

    def flaky(self, article):
        if "invasion" in article.source:
            raise ValueError("analyser bug")
        return real(self, article)

    monkeypatch.setattr(Pipeline, "score", flaky)
    seen = []
    summary = ingest(demo_items[:7], db=tmp_path / "s.duckdb", on_problem=seen.append)
    assert summary.problems == 1 and summary.new == 6
    assert "could not be analysed: ValueError: analyser bug" in seen[0].reason


@pytest.mark.slow
def test_two_workers_store_exactly_what_one_stores(tmp_path, demo_items, demo_manifest):
    one, two = tmp_path / "one.duckdb", tmp_path / "two.duckdb"
    ingest(demo_items, db=one, manifest=demo_manifest)
    summary = ingest(demo_items, db=two, manifest=demo_manifest, workers=2, batch_size=5)
    assert (summary.new, summary.problems) == (DEMO_SIZE, 0)
    assert_same_stores(one, two)
