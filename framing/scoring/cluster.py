"""Scoring on a Dask cluster: partitions of files in, Parquet files of records out.

Dask schedules (``client.map`` over partitions of file paths); this module
only decides what a task does. Each task reads its files, skips the articles
whose ids it is given, scores the rest with ``framing.scoring.pool.score_articles``
— the same function as ``--workers`` and the in-process path — and writes a
Parquet file of records (the ``score --format parquet`` export).
``framing.store.dask_ingest`` loads those files into a store.

File paths and the Parquet folder must be visible to every worker under the
same names (a shared file system); ``"local"`` runs a ``LocalCluster``.
"""

from __future__ import annotations

import math
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from framing.reading import ReadProblem
from framing.reading.outlets import OutletManifest
from framing.record.export import write_parquet
from framing.record.model import article_id
from framing.scoring.pool import read_items, score_articles

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


class cluster_client:
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


