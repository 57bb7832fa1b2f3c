"""Peak memory of streaming N synthetic articles into a store with ``python -m framing ingest``.

Generates the corpus (JSON Lines shards of 10,000 articles, ``bench/synth.py``)
unless ``--corpus`` names one, runs ``ingest`` in a subprocess, and samples
the resident memory (RSS) of the ingest process and all its children twice a
second (psutil, installed with dask's ``distributed``). Also reports the
kernel's exact peak RSS of the largest single process (``getrusage``).
Prints progress lines and a final JSON line. Target: peak ≤ 2 GB at 1M.

Usage::

    .venv/bin/python bench/memory.py N [--corpus DIR] [--db FILE] [--workers 1] [--keep]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from bench.synth import synthetic_articles, write_jsonl  # noqa: E402

GB = 1024**3


def tree_rss(process: psutil.Process) -> int:
    """Return the summed RSS of a process and its descendants, in bytes."""
    total = 0
    for proc in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.NoSuchProcess):  # a worker that just exited
            total += proc.memory_info().rss
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("n", type=int, help="articles to generate (ignored with --corpus)")
    parser.add_argument("--corpus", type=Path, help="an existing corpus folder")
    parser.add_argument("--db", type=Path, help="store to fill (default: a temporary file)")
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--batch-size", type=int, default=256)
    parser.add_argument("--keep", action="store_true", help="keep the generated corpus and store")
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="framing-memory-"))
    corpus = args.corpus or work / "corpus"
    db = args.db or work / "store.duckdb"
    if not args.corpus:
        start = time.perf_counter()
        write_jsonl(synthetic_articles(args.n), corpus, shard_size=10_000)
        print(f"memory: generated {args.n} articles in {time.perf_counter() - start:.0f} s", file=sys.stderr)
    command = [sys.executable, "-m", "framing", "ingest", str(corpus), "--db", str(db), "--quiet",
               "--workers", str(args.workers), "--batch-size", str(args.batch_size)]
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=REPO, stderr=subprocess.PIPE, text=True)
    watched = psutil.Process(child.pid)
    peak, samples, last_report = 0, [], start
    while child.poll() is None:
        rss = tree_rss(watched)
        peak = max(peak, rss)
        samples.append(rss)
        if time.perf_counter() - last_report > 60:
            last_report = time.perf_counter()
            print(f"memory: {last_report - start:.0f} s, RSS now {rss / GB:.2f} GB, peak {peak / GB:.2f} GB",
                  file=sys.stderr, flush=True)
        time.sleep(0.5)
    stderr = child.stderr.read()
    elapsed = time.perf_counter() - start
    largest = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024  # Linux reports KiB
    result = {
        "articles": args.n, "workers": args.workers, "seconds": round(elapsed, 1),
        "articles_per_s": round(args.n / elapsed, 1), "peak_tree_rss_gb": round(peak / GB, 3),
        "peak_single_process_rss_gb": round(largest / GB, 3),
        "store_gb": round(db.stat().st_size / GB, 3) if db.exists() else None,
        "summary": stderr.strip().splitlines()[-1] if stderr.strip() else None, "exit": child.returncode,
    }
    print(f"memory: {json.dumps(result)}", file=sys.stderr)
    print(json.dumps(result))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0 if child.returncode == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
