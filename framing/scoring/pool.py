"""Reading and scoring on several cores: a process pool with one pipeline per worker.

Every path scores through ``framing.scoring.pipeline.scored_or_problems`` —
``score`` and the dashboard in process, the pool workers, the Dask tasks
(``framing.scoring.cluster``) — so every path produces the same records and
turns a failure while analysing one article into a ``ReadProblem`` naming it
instead of stopping the batch.

The pool keeps a bounded window of chunks in flight and yields results in
input order (``Executor.map`` would submit the whole input at once, which a
million articles cannot afford).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor
from itertools import islice
from pathlib import Path
from typing import Any, TypeVar

from framing.reading import Article, ReadProblem, ReadResult, read_item
from framing.reading.outlets import OutletManifest
from framing.record.model import Record
from framing.record.tables import table_batches
from framing.scoring.pipeline import Pipeline, scored_or_problems

T = TypeVar("T")
R = TypeVar("R")

# This process's pipeline and the options it was built with (one per worker).
_PIPELINE: tuple[dict, Pipeline] | None = None


def worker_pipeline(options: dict[str, Any] | None = None) -> Pipeline:
    """Return this process's pipeline, building it on first use (or when options change)."""
    global _PIPELINE
    options = options or {}
    if _PIPELINE is None or _PIPELINE[0] != options:
        _PIPELINE = (options, Pipeline(**options))
    return _PIPELINE[1]


def score_articles(
    articles: Iterable[Article], *, pipeline_options: dict[str, Any] | None = None
) -> list[Record | ReadProblem]:
    """Return ``scored_or_problems`` with this process's pipeline for ``pipeline_options``."""
    return scored_or_problems(articles, pipeline=worker_pipeline(pipeline_options))


def read_items(
    items: Iterable[Path | ReadProblem], *, manifest: OutletManifest | None = None
) -> list[ReadResult]:
    """Return the ``ReadResult`` of each item of ``framing.reading.corpus_files``.

    Readers report bad content as problems; anything else they raise (a bug)
    also becomes a problem naming the file, so the run goes on.
    """
    results = []
    for item in items:
        try:
            results.append(read_item(item, manifest=manifest))
        except Exception as exc:
            problem = ReadProblem(str(item), f"could not be read: {type(exc).__name__}: {exc}")
            results.append(ReadResult(problems=[problem]))
    return results


class ScoringPool:
    """A process pool whose workers each build one ``Pipeline`` (in their initializer).

    Use as a context manager; ``read`` and ``scored`` yield in input order.
    ``chunk_size`` items travel per task; ``window`` tasks (default 4 per
    worker) are in flight at once, which bounds memory on any input size.
    """

    def __init__(
        self,
        workers: int,
        *,
        pipeline_options: dict[str, Any] | None = None,
        chunk_size: int = 16,
        window: int | None = None,
    ) -> None:
        if workers < 1:
            raise ValueError("workers must be at least 1")
        self.workers = workers
        self.chunk_size = chunk_size
        self.window = window or 4 * workers
        self._options = pipeline_options or {}
        # "spawn": forking a process that holds a DuckDB connection and threads is unsafe.
        self._executor: Executor = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(self._options, os.getpid()),
        )

    def __enter__(self) -> ScoringPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the workers (pending tasks are cancelled)."""
        self._executor.shutdown(wait=True, cancel_futures=True)

    def read(
        self, items: Iterable[Path | ReadProblem], *, manifest: OutletManifest | None = None
    ) -> Iterator[ReadResult]:
        """Yield the ``ReadResult`` of each corpus item, read in the workers, in order.

        Reading runs ahead of scoring by one file chunk per worker only: a chunk
        can be a 10,000-row JSON Lines file, and eight of them waiting cost the
        reading process most of a gigabyte.
        """
        chunks = _file_chunks(items, max_files=max(1, self.chunk_size // 2))
        window = self.workers + 1
        for results in ordered_map(self._executor, _read_chunk, chunks, window=window, extra=(manifest,)):
            yield from results

    def scored(self, articles: Iterable[Article]) -> Iterator[Record | ReadProblem]:
        """Yield each article's record (or problem), scored in the workers, in order."""
        chunks = _chunks(articles, self.chunk_size)
        for results in ordered_map(self._executor, _score_chunk, chunks, window=self.window, extra=(self._options,)):
            yield from results

    def scored_tables(self, articles: Iterable[Article]) -> Iterator[tuple[dict | None, list[ReadProblem]]]:
        """Yield, per chunk of articles in order, the store rows of their records
        (``framing.record.tables.table_batches``, built in the worker; None when none could be
        scored) and the problems of those that could not be analysed.

        The process that writes the store then only inserts: building rows is
        a third of the writing work, and a record dict costs more to send back
        than its rows.
        """
        chunks = _chunks(articles, self.chunk_size)
        yield from ordered_map(self._executor, _score_chunk_tables, chunks, window=self.window,
                               extra=(self._options,))


def scored_records(
    articles: Iterable[Article],
    *,
    workers: int = 1,
    pipeline_options: dict[str, Any] | None = None,
    chunk_size: int = 16,
) -> Iterator[Record | ReadProblem]:
    """Yield every article's record (or problem) in order, in-process for one worker."""
    if workers == 1:
        for chunk in _chunks(articles, chunk_size):
            yield from score_articles(chunk, pipeline_options=pipeline_options)
        return
    with ScoringPool(workers, pipeline_options=pipeline_options, chunk_size=chunk_size) as pool:
        yield from pool.scored(articles)


def ordered_map(
    executor: Executor,
    fn: Callable[..., R],
    items: Iterable[T],
    *,
    window: int,
    extra: tuple = (),
) -> Iterator[R]:
    """Yield ``fn(item, *extra)`` for each item in order, with at most ``window`` tasks in flight."""
    in_flight: deque = deque()
    for item in items:
        in_flight.append(executor.submit(fn, item, *extra))
        if len(in_flight) >= window:
            yield in_flight.popleft().result()
    while in_flight:
        yield in_flight.popleft().result()


def _chunks(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while chunk := list(islice(iterator, size)):
        yield chunk


def _file_chunks(
    items: Iterable[Path | ReadProblem], *, max_files: int, max_bytes: int = 4 * 1024 * 1024
) -> Iterator[list[Path | ReadProblem]]:
    """Yield groups of up to ``max_files`` files and about ``max_bytes``: a big JSONL or CSV
    file travels alone, so one worker never reads a whole corpus while the others wait."""
    chunk: list[Path | ReadProblem] = []
    size = 0
    for item in items:
        with contextlib.suppress(OSError):  # read_item reports it
            size += item.stat().st_size if isinstance(item, Path) else 0
        chunk.append(item)
        if len(chunk) >= max_files or size >= max_bytes:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def _start_worker(options: dict[str, Any], parent: int) -> None:
    """Build the worker's pipeline, and make the worker exit when the process that started it
    dies: a ``kill -9`` of ``ingest`` must not leave workers scoring a queue nobody reads."""
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()
    worker_pipeline(options)


def _score_chunk(articles: list[Article], options: dict[str, Any]) -> list[Record | ReadProblem]:
    return score_articles(articles, pipeline_options=options)


def _score_chunk_tables(articles: list[Article], options: dict[str, Any]) -> tuple[dict | None, list[ReadProblem]]:
    results = score_articles(articles, pipeline_options=options)
    records = [r for r in results if isinstance(r, Record)]
    return (table_batches(records) if records else None), [r for r in results if isinstance(r, ReadProblem)]


def _read_chunk(items: list[Path | ReadProblem], manifest: OutletManifest | None) -> list[ReadResult]:
    return read_items(items, manifest=manifest)
