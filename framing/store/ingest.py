"""Ingest a corpus into a store: read, skip what is stored, score the rest, write in batches.

The check runs BEFORE scoring: an article's id is a hash of its outlet and
text (``framing.record.model.article_id``), and ``version_keys`` lists every
analysis version the pipeline can produce, so a stored article with the
same id and one of those versions is skipped without being analysed. An
unchanged corpus is therefore only read and hashed on a re-run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import nullcontext
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import Any

import duckdb

from framing.reading import Article, ReadProblem, ReadResult
from framing.reading.outlets import OutletManifest
from framing.record.model import Record, article_id
from framing.scoring.pool import ScoringPool, read_items, scored_records, worker_pipeline
from framing.store.cube import ensure_cubes
from framing.store.write import (
    open_store,
    stored_versions,
    version_keys,
    write_records,
    write_tables,
)

DEFAULT_BATCH_SIZE = 256
# DuckDB's buffer while ingesting: batches are small, and the memory target (2 GB for a
# million articles, workers included) counts it; the final cube rebuild spills to disk.
INGEST_MEMORY_LIMIT = "512MB"
# The dashboard opens a store for one page run at a time (``ui.stores``): ingest waits that long.
LOCK_WAIT_SECONDS = 15.0

ProblemHandler = Callable[[ReadProblem], None]
Progress = Callable[[int], None]


@dataclass(slots=True)
class IngestSummary:
    """Counts of one ingest run: articles written, re-scored, skipped, and problems."""

    new: int = 0
    rescored: int = 0
    skipped: int = 0
    problems: int = 0

    @property
    def articles(self) -> int:
        """Articles read (written, re-scored or skipped)."""
        return self.new + self.rescored + self.skipped

    def line(self) -> str:
        """Return the one-line summary the command line prints."""
        rescored = f", {self.rescored} re-scored (older analysis)" if self.rescored else ""
        return f"{self.new} new{rescored}, {self.skipped} skipped (already stored), {self.problems} problems"

    def add(self, other: IngestSummary) -> None:
        self.new += other.new
        self.rescored += other.rescored
        self.skipped += other.skipped
        self.problems += other.problems


def ingest(
    items: Sequence[Path | ReadProblem],
    *,
    db: str | Path,
    workers: int = 1,
    manifest: OutletManifest | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    pipeline_options: dict[str, Any] | None = None,
    on_problem: ProblemHandler | None = None,
    on_file: Progress | None = None,
) -> IngestSummary:
    """Store the records of every article in ``items`` (from ``corpus_files``); return the counts.

    ``workers`` > 1 reads and scores in a ``ScoringPool``. Each batch of
    ``batch_size`` records is one transaction. ``on_problem`` receives each
    unreadable file, row or article; ``on_file(1)`` is called per file read.
    """
    summary = IngestSummary()
    # With workers on every core, DuckDB's own threads would only compete with them.
    con = open_store(db, threads=1 if workers > 1 else None, memory_limit=INGEST_MEMORY_LIMIT,
                     wait_seconds=LOCK_WAIT_SECONDS)
    try:
        keys = version_keys(worker_pipeline(pipeline_options))
        pool = ScoringPool(workers, pipeline_options=pipeline_options) if workers > 1 else None
        with pool or nullcontext():
            results = pool.read(items, manifest=manifest) if pool else _read_serially(items, manifest)
            articles = read_articles(results, summary=summary, on_problem=on_problem, on_file=on_file)
            pending: set[str] = set()
            fresh = unstored_articles(
                articles, con=con, keys=keys, pending=pending, summary=summary, group=batch_size
            )
            if pool:
                store_table_batches(pool.scored_tables(fresh), con=con, keys=keys, pending=pending,
                                    summary=summary, batch_size=batch_size, on_problem=on_problem)
            else:
                scored = scored_records(fresh, pipeline_options=pipeline_options)
                records = only_records(scored, summary=summary, on_problem=on_problem)
                store_batches(records, con=con, keys=keys, pending=pending, summary=summary, batch_size=batch_size)
        # Once, at the end: the dashboard's counts (and a run interrupted before this point
        # leaves them stale, which the next run or opening the store notices).
        ensure_cubes(con)
    finally:
        con.close()
    return summary


def read_articles(
    results: Iterable[ReadResult],
    *,
    summary: IngestSummary,
    on_problem: ProblemHandler | None,
    on_file: Progress | None,
) -> Iterator[Article]:
    """Yield the articles of each read result, reporting its problems as they come."""
    for result in results:
        for problem in result.problems:
            report_problem(problem, summary, on_problem)
        yield from result.articles
        if on_file:
            on_file(1)


def unstored_articles(
    articles: Iterable[Article],
    *,
    con: duckdb.DuckDBPyConnection,
    keys: frozenset[str],
    pending: set[str],
    summary: IngestSummary,
    group: int,
) -> Iterator[Article]:
    """Yield the articles not yet stored with a current analysis version, checked group by group.

    ``pending`` holds the ids already on their way to the store in this run,
    so an article repeated in the corpus is scored once.
    """
    iterator = iter(articles)
    while chunk := list(islice(iterator, group)):
        ids = [article_id(a) for a in chunk]
        stored = stored_versions(con, ids)
        for article, key in zip(chunk, ids, strict=True):
            if key in pending or stored.get(key) in keys:
                summary.skipped += 1
                continue
            pending.add(key)
            yield article


def only_records(
    results: Iterable[Record | dict | ReadProblem], *, summary: IngestSummary, on_problem: ProblemHandler | None
) -> Iterator[Record]:
    """Yield the records, reporting each article that could not be analysed; a record in its
    JSON form (read back from a Parquet part file) becomes a ``Record``."""
    for result in results:
        if isinstance(result, ReadProblem):
            report_problem(result, summary, on_problem)
        else:
            yield Record.from_dict(result) if isinstance(result, dict) else result


def store_batches(
    records: Iterable[Record],
    *,
    con: duckdb.DuckDBPyConnection,
    keys: frozenset[str],
    pending: set[str],
    summary: IngestSummary,
    batch_size: int,
) -> None:
    """Write records ``batch_size`` at a time, each batch one transaction, counting them."""
    iterator = iter(records)
    while batch := list(islice(iterator, batch_size)):
        result = write_records(con, batch, current_versions=keys)
        summary.new += result.new
        summary.rescored += result.replaced
        summary.skipped += result.unchanged
        pending.difference_update(record.id for record in batch)


def store_table_batches(
    parts: Iterable[tuple[dict | None, list[ReadProblem]]],
    *,
    con: duckdb.DuckDBPyConnection,
    keys: frozenset[str],
    pending: set[str],
    summary: IngestSummary,
    batch_size: int,
    on_problem: ProblemHandler | None,
) -> None:
    """Write the rows that workers built (``ScoringPool.scored_tables``), about ``batch_size``
    articles per transaction, counting them and reporting each article that failed."""
    waiting: list[dict] = []
    articles = 0
    for tables, problems in parts:
        for problem in problems:
            report_problem(problem, summary, on_problem)
        if tables is not None:
            waiting.append(tables)
            articles += tables["articles"].num_rows
        if articles >= batch_size:
            _write_waiting(waiting, con=con, keys=keys, pending=pending, summary=summary)
            waiting, articles = [], 0
    _write_waiting(waiting, con=con, keys=keys, pending=pending, summary=summary)


def _write_waiting(waiting: list[dict], *, con, keys, pending: set[str], summary: IngestSummary) -> None:
    if not waiting:
        return
    import pyarrow as pa

    tables = {name: pa.concat_tables([w[name] for w in waiting]) for name in waiting[0]}
    result = write_tables(con, tables, current_versions=keys)
    summary.new += result.new
    summary.rescored += result.replaced
    summary.skipped += result.unchanged
    pending.difference_update(tables["articles"].column("article_id").to_pylist())


def _read_serially(items: Iterable[Path | ReadProblem], manifest: OutletManifest | None) -> Iterator[ReadResult]:
    for item in items:
        yield from read_items([item], manifest=manifest)


def report_problem(problem: ReadProblem, summary: IngestSummary, on_problem: ProblemHandler | None) -> None:
    """Count a problem and hand it to ``on_problem``."""
    summary.problems += 1
    if on_problem:
        on_problem(problem)
