"""``ingest --dask``: score partitions on a Dask cluster, then store their Parquet files.

The client broadcasts the ids already stored with a current analysis version
(so tasks skip them), maps ``framing.scoring.cluster.score_partition`` over
partitions of the files, and loads each Parquet file into the store in
transactional batches as it arrives (``as_completed``), deleting it once
stored.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from framing.reading import ReadProblem
from framing.reading.outlets import OutletManifest
from framing.scoring.cluster import PartitionResult, cluster_client, partitions, score_partition
from framing.scoring.pool import worker_pipeline
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
        # Holding the store's lock, no other run can be writing parts for it.
        remove_stale_parts(out_dir)
        keys = version_keys(worker_pipeline(pipeline_options))
        current = frozenset(
            row[0]
            for row in con.execute(
                "SELECT article_id FROM articles WHERE list_contains(CAST(? AS VARCHAR[]), analysis_version)",
                [sorted(keys)],
            ).fetchall()
        )
        with cluster_client(address) as client:
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


_PART = re.compile(r"part-[0-9a-f]{32}\.parquet")


def remove_stale_parts(folder: Path) -> int:
    """Delete the Parquet parts a killed run left in ``folder``; return how many.

    A part is deleted once its records are stored, so one still there was
    never loaded (or only partly, in batches a re-run skips): its articles are
    scored again by this run. Only files named as ``score_partition`` names them go.
    """
    removed = 0
    for path in folder.glob("part-*.parquet"):
        if _PART.fullmatch(path.name):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
                removed += 1
    return removed


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not empty (a run was interrupted) or already gone
        folder.rmdir()
