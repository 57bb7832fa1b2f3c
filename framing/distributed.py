"""Scoring on a Dask cluster: partitions of files in, Parquet files of records out, then the store.

Dask schedules (``client.map`` over partitions of file paths, results taken
``as_completed``); this module only decides what a task does. Each task
reads its files, skips the articles already stored (their ids are broadcast
to the workers once), scores the rest with ``framing.parallel.score_articles``
— the same function as ``--workers`` and the in-process path — and writes a
Parquet file of records (the ``score --format parquet`` export). The client
loads each file into the store in transactional batches as it arrives and
deletes it once stored.

File paths and the Parquet folder must be visible to every worker under the
same names (a shared file system); ``--dask local`` runs a ``LocalCluster``.
"""

from __future__ import annotations

import contextlib
import math
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from framing.export import write_parquet
from framing.outlets import OutletManifest
from framing.parallel import read_items, score_articles, worker_pipeline
from framing.reading import ReadProblem
from framing.record import article_id
from framing.store.cube import ensure_cubes
from framing.store.ingest import (
    DEFAULT_BATCH_SIZE,
    IngestSummary,
    ProblemHandler,
    Progress,
    only_records,
    report_problem,
    store_batches,
)
from framing.store.write import open_store, version_keys

# Files per task: enough to amortise scheduling, few enough to spread the work.
MAX_FILES_PER_PARTITION = 256


class ClusterError(Exception):
    """A Dask cluster that cannot be started or reached, with the reason in words."""


@dataclass(slots=True)
class PartitionResult:
    """What one task did: its Parquet file (None when it scored nothing), counts and problems."""

    path: str | None
    files: int
    skipped: int = 0
    problems: list[ReadProblem] = field(default_factory=list)


def score_partition(
    files: Sequence[str],
    *,
    out_dir: str,
    skip: frozenset[str],
    manifest: OutletManifest | None = None,
    pipeline_options: dict[str, Any] | None = None,
) -> PartitionResult:
    """Read and score one partition of files; return its Parquet file of new records.

    Articles whose id is in ``skip`` (stored with a current analysis version)
    and repeats within the partition are counted, not scored.
    """
    result = PartitionResult(path=None, files=len(files))
    articles, seen = [], set()
    for read in read_items([Path(f) for f in files], manifest=manifest):
        result.problems += read.problems
        for article in read.articles:
            key = article_id(article)
            if key in skip or key in seen:
                result.skipped += 1
            else:
                seen.add(key)
                articles.append(article)
    records = []
    for scored in score_articles(articles, pipeline_options=pipeline_options):
        if isinstance(scored, ReadProblem):
            result.problems.append(scored)
        else:
            records.append(scored)
    if records:
        path = Path(out_dir) / f"part-{uuid.uuid4().hex}.parquet"
        write_parquet(records, str(path))
        result.path = str(path)
    return result


def partitions(files: Sequence[str], *, workers: int) -> list[list[str]]:
    """Return the files split into about four partitions per worker (at most 256 files each)."""
    if not files:
        return []
    size = min(MAX_FILES_PER_PARTITION, max(1, math.ceil(len(files) / (4 * max(1, workers)))))
    return [list(files[i : i + size]) for i in range(0, len(files), size)]


def ingest_dask(
    items: Sequence[Path | ReadProblem],
    *,
    address: str,
    db: str | Path,
    manifest: OutletManifest | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    pipeline_options: dict[str, Any] | None = None,
    on_problem: ProblemHandler | None = None,
    on_file: Progress | None = None,
    parts_dir: str | Path | None = None,
) -> IngestSummary:
    """Store the records of ``items`` scored on the Dask cluster at ``address`` (or ``"local"``).

    Same counts and guarantees as ``framing.store.ingest``: a batch is one
    transaction and a re-run skips what is stored. Raises ``ClusterError``
    when the cluster cannot be reached.
    """
    from distributed import as_completed

    summary = IngestSummary()
    files = []
    for item in items:
        if isinstance(item, ReadProblem):
            report_problem(item, summary, on_problem)
        else:
            files.append(str(Path(item).resolve()))
    out_dir = Path(parts_dir or f"{db}.parts").resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    con = open_store(db)
    try:
        keys = version_keys(worker_pipeline(pipeline_options))
        current = frozenset(
            row[0]
            for row in con.execute(
                "SELECT article_id FROM articles WHERE list_contains(CAST(? AS VARCHAR[]), analysis_version)",
                [sorted(keys)],
            ).fetchall()
        )
        with _client(address) as client:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            # In a list: scatter would otherwise send each id of the set as its own piece of data.
            [skip] = client.scatter([current], broadcast=True, hash=False)
            parts = partitions(files, workers=workers)
            futures = client.map(
                score_partition, parts, out_dir=str(out_dir), skip=skip,
                manifest=manifest, pipeline_options=pipeline_options, pure=False,
            )
            files_of = dict(zip((f.key for f in futures), parts, strict=True))
            for future in as_completed(futures):
                part = _partition_result(future, files_of[future.key])
                _load(part, con=con, keys=keys, summary=summary, batch_size=batch_size, on_problem=on_problem)
                if on_file:
                    on_file(part.files)
                future.release()
        ensure_cubes(con)
    finally:
        con.close()
    _remove_if_empty(out_dir)
    return summary


def _partition_result(future, files: list[str]) -> PartitionResult:
    """Return a task's result; a task that crashed becomes one problem naming its files
    (none of them is stored, so the next run scores them again)."""
    try:
        return future.result()
    except Exception as exc:
        where = files[0] if len(files) == 1 else f"{files[0]} and {len(files) - 1} more files"
        problem = ReadProblem(where, f"failed on the Dask cluster: {type(exc).__name__}: {exc}")
        return PartitionResult(path=None, files=len(files), problems=[problem])


def _load(part: PartitionResult, *, con, keys, summary: IngestSummary, batch_size: int, on_problem) -> None:
    """Store one partition's records in batches, then delete its Parquet file."""
    import pyarrow.parquet as pq

    summary.skipped += part.skipped
    for problem in part.problems:
        report_problem(problem, summary, on_problem)
    if part.path is None:
        return
    parquet = pq.ParquetFile(part.path)
    for batch in parquet.iter_batches(batch_size=batch_size):
        records = only_records(batch.to_pylist(), summary=summary, on_problem=on_problem)
        store_batches(records, con=con, keys=keys, pending=set(), summary=summary, batch_size=batch_size)
    parquet.close()
    os.remove(part.path)


class _client:
    """A ``distributed.Client`` to ``address``, or to a new ``LocalCluster`` for ``"local"``."""

    def __init__(self, address: str) -> None:
        self.address = address
        self.cluster = None
        self.client = None

    def __enter__(self):
        from distributed import Client, LocalCluster

        try:
            if self.address == "local":
                # One thread per worker process: the analysers are pure Python (the GIL).
                self.cluster = LocalCluster(
                    n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True, dashboard_address=None
                )
                self.client = Client(self.cluster)
            else:
                self.client = Client(self.address, timeout="10s")
        except (OSError, TimeoutError, ValueError) as exc:
            self.__exit__()
            raise ClusterError(f"cannot reach the Dask scheduler at {self.address}: {exc}") from exc
        return self.client

    def __exit__(self, *exc_info: object) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not empty (a run was interrupted) or already gone
        folder.rmdir()
