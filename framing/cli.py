"""Command line: ``python -m framing score|ingest|lesson PATH...`` (see ``COMMANDS``)."""

from __future__ import annotations

import argparse
import contextlib
import sys
from collections.abc import Iterator, Sequence

from framing.reading import corpus_files
from framing.reading.model import shown_name
from framing.reading.outlets import ManifestError, load_manifest
from framing.record.export import FORMATS, write_csv, write_jsonl, write_parquet
from framing.record.model import Record

COMMANDS = {
    "score": "Read articles (files or folders) and print one scored record per article.",
    "ingest": "Score articles into a DuckDB store, skipping those already stored.",
    "lesson": "Build a classroom lesson file (2-4 articles, analysis frozen) from articles.",
}


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser of the ``framing`` command."""
    parser = argparse.ArgumentParser(
        prog="python -m framing",
        description="Score news articles for terminology, sentiment and cited actors.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    score = sub.add_parser("score", help=COMMANDS["score"], description=COMMANDS["score"])
    score.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.txt .html .csv .jsonl)")
    score.add_argument("--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    score.add_argument("--out", metavar="FILE", help="write here instead of standard output")
    score.add_argument("--outlet-map", metavar="CSV", help="CSV mapping file names or URLs to outlets")
    score.add_argument("--workers", type=int, default=1, metavar="N", help="scoring processes (default: 1)")
    score.add_argument("--quiet", action="store_true", help="no progress bar")
    _add_ingest(sub)
    _add_lesson(sub)
    return parser


def _add_ingest(sub) -> None:
    ingest = sub.add_parser("ingest", help=COMMANDS["ingest"], description=COMMANDS["ingest"])
    ingest.add_argument("paths", nargs="+", metavar="PATH", help="files or folders (.txt .html .csv .jsonl)")
    ingest.add_argument("--db", required=True, metavar="FILE", help="DuckDB store (created when missing)")
    ingest.add_argument("--workers", type=int, default=1, metavar="N", help="scoring processes (default: 1)")
    ingest.add_argument(
        "--dask", metavar="ADDRESS", help="score on a Dask cluster (scheduler address, or 'local')"
    )
    ingest.add_argument("--outlet-map", metavar="CSV", help="CSV mapping file names or URLs to outlets")
    ingest.add_argument(
        "--batch-size", type=int, default=256, metavar="N", help="records per transaction (default: 256)"
    )
    ingest.add_argument("--quiet", action="store_true", help="no progress bar")


def _add_lesson(sub) -> None:
    from framing.present.lessons import ACTIVITIES

    lesson = sub.add_parser("lesson", help=COMMANDS["lesson"], description=COMMANDS["lesson"])
    lesson.add_argument("paths", nargs="+", metavar="PATH", help="2 to 4 article files (.txt .html .csv .jsonl)")
    lesson.add_argument("--out", required=True, metavar="FILE", help="lesson file to write (JSON)")
    lesson.add_argument("--activity", choices=ACTIVITIES, default="guess", help="activity (default: guess)")
    lesson.add_argument("--title", help="lesson title (default: the number of articles and their dates)")
    lesson.add_argument("--outlet-map", metavar="CSV", help="CSV mapping file names or URLs to outlets")


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the process exit status."""
    _utf8_streams()
    args = build_parser().parse_args(argv)
    if args.command == "lesson":
        from framing.present.lessons.cli import run_lesson

        return run_lesson(args)
    return _ingest(args) if args.command == "ingest" else _score(args)


def _utf8_streams() -> None:
    """Write UTF-8 to stdout and stderr whatever the locale, escaping what cannot be encoded:
    under a C locale Python would write names' undecodable bytes back as invalid UTF-8."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            # A stream that cannot change (already written in another encoding) is left as it is.
            with contextlib.suppress(ValueError, OSError):
                reconfigure(encoding="utf-8", errors="backslashreplace")


def _score(args: argparse.Namespace) -> int:
    if args.workers < 1:
        return _fail("--workers must be at least 1")
    if args.format == "parquet" and not args.out:
        return _fail("--format parquet needs --out FILE (Parquet is not written to a terminal)")
    try:
        manifest = load_manifest(args.outlet_map) if args.outlet_map else None
    except ManifestError as exc:
        return _fail(str(exc))
    stats = {"articles": 0, "problems": 0}
    records = _records(args.paths, manifest=manifest, stats=stats, quiet=args.quiet, workers=args.workers)
    try:
        if args.format == "parquet":
            write_parquet(records, args.out)
        else:
            write = write_csv if args.format == "csv" else write_jsonl
            if args.out:
                with open(args.out, "w", encoding="utf-8", newline="") as handle:
                    write(records, handle)
            else:
                write(records, sys.stdout)
    except OSError as exc:
        where = shown_name(args.out) if args.out else "standard output"
        return _fail(f"{where}: cannot write: {exc.strerror or exc}")
    if not args.quiet:
        print(f"framing: {stats['articles']} articles scored, {stats['problems']} problems", file=sys.stderr)
    return 0 if stats["articles"] else 1


def _records(paths, *, manifest, stats: dict[str, int], quiet: bool, workers: int = 1) -> Iterator[Record]:
    """Yield records file by file, reporting each unreadable file, row or article on stderr.

    ``workers`` > 1 scores in the same process pool as ``ingest`` (``framing.scoring.pool``).
    """
    from tqdm import tqdm

    from framing.scoring.pool import read_items, scored_records

    files = list(corpus_files(paths))

    def articles():
        # tqdm hides itself when stderr is not a terminal (disable=None).
        for item in tqdm(files, desc="scoring", unit="file", disable=True if quiet else None, file=sys.stderr):
            for result in read_items([item], manifest=manifest):
                for problem in result.problems:
                    report(problem)
                yield from result.articles

    def report(problem) -> None:
        stats["problems"] += 1
        print(f"framing: error: {problem}", file=sys.stderr)

    for scored in scored_records(articles(), workers=workers):
        if isinstance(scored, Record):
            stats["articles"] += 1
            yield scored
        else:
            report(scored)


def _ingest(args: argparse.Namespace) -> int:
    """Run ``ingest``: one stderr line per problem, a summary line, exit 1 if nothing was read."""
    from tqdm import tqdm

    from framing.store import StoreError, ingest

    if args.workers < 1 or args.batch_size < 1:
        return _fail("--workers and --batch-size must be at least 1")
    if args.dask and args.workers > 1:
        return _fail("use either --workers (this machine) or --dask (a cluster), not both")
    try:
        manifest = load_manifest(args.outlet_map) if args.outlet_map else None
    except ManifestError as exc:
        return _fail(str(exc))
    items = list(corpus_files(args.paths))
    bar = tqdm(total=len(items), desc="ingesting", unit="file", disable=True if args.quiet else None, file=sys.stderr)

    def report(problem) -> None:
        bar.write(f"framing: error: {problem}", file=sys.stderr)

    options = {"db": args.db, "manifest": manifest, "batch_size": args.batch_size,
               "on_problem": report, "on_file": bar.update}
    try:
        if args.dask:
            from framing.scoring.cluster import ClusterError
            from framing.store.dask_ingest import ingest_dask

            try:
                summary = ingest_dask(items, address=args.dask, **options)
            except ClusterError as exc:
                return _fail(str(exc))
        else:
            summary = ingest(items, workers=args.workers, **options)
    except StoreError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        bar.close()
        print("framing: interrupted; finished batches are stored, run the same command to go on", file=sys.stderr)
        return 130
    bar.close()
    print(f"framing: {summary.line()}", file=sys.stderr)
    return 0 if summary.articles else 1


def _fail(message: str) -> int:
    print(f"framing: error: {message}", file=sys.stderr)
    return 2
