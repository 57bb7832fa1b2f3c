"""Whole corpora: the bundled demo corpus, uploads, and scoring them with one pipeline."""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from framing.reading import ReadProblem, read_bytes, read_paths
from framing.reading.outlets import load_manifest
from framing.record.model import Record
from framing.resources import DATA_DIR, DEMO_DIR, PACKAGE_DIR
from framing.scoring.pipeline import DEFAULT_PACK, Pipeline, scored_or_problems

DEMO_ARTICLES = DEMO_DIR / "articles"
DEMO_MANIFEST = DEMO_DIR / "manifest.csv"
# What the dashboard scores for one visitor's upload: a classroom corpus, scored in seconds
# and held in memory; a big corpus is what `python -m framing ingest` and a store are for.
MAX_UPLOAD_ARTICLES = 1000
MAX_UPLOAD_ARTICLE_CHARS = 100_000
UPLOAD_BATCH = 32
CLI_HINT = "score big corpora with `python -m framing ingest FILES --db STORE.duckdb` and open the store"


def demo_fingerprint() -> str:
    """Return a hash of everything the demo corpus's records depend on: its files, the reviewed
    data (lexicons, gazetteer, boilerplate, verbs) and the package's code — the key under which
    scored demo records may be reused, even across server restarts."""
    digest = hashlib.sha256()
    for path in sorted([*DATA_DIR.rglob("*"), *PACKAGE_DIR.rglob("*.py")]):
        if path.is_file() and path.suffix in {".txt", ".csv", ".yaml", ".tsv", ".py", ".md"}:
            digest.update(str(path.relative_to(PACKAGE_DIR.parent)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


# The scored demo corpus the set-up command builds (``make dashboard`` / ``make test``), so that
# a fresh server's first page needs no analysers; named by pack and fingerprint, never stale.
BUILT_DEMO_DIR = PACKAGE_DIR.parent / ".cache" / "demo"


def built_demo_path(pack: str, fingerprint: str) -> Path:
    """Return where the scored demo corpus for ``pack`` and ``fingerprint`` is kept."""
    return BUILT_DEMO_DIR / f"{pack}-{fingerprint}.json"


def build_demo(pack: str = DEFAULT_PACK) -> Path:
    """Score the demo corpus with ``pack`` and write it (records and problems) as JSON; return the file.

    Older builds are removed. Written to a temporary name first, so a reader
    never sees half a file.
    """
    path = built_demo_path(pack, demo_fingerprint())
    records, problems = demo_records(Pipeline(lexicon=pack))
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in path.parent.glob(f"{pack}-*.json"):
        old.unlink()
    partial = path.with_suffix(".partial")
    partial.write_text(json.dumps({"records": [r.to_dict() for r in records], "problems": [str(p) for p in problems]}, ensure_ascii=False),
                       encoding="utf-8")
    partial.replace(path)
    return path


def built_demo(pack: str, fingerprint: str) -> tuple[list[Record], list[str]] | None:
    """Return the records and problems ``build_demo`` wrote for this pack and fingerprint, or None."""
    try:
        data = json.loads(built_demo_path(pack, fingerprint).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return [Record.from_dict(r) for r in data["records"]], data["problems"]


def demo_records(pipeline: Pipeline) -> tuple[list[Record], list[ReadProblem]]:
    """Return the records of the bundled demo corpus (fictional outlets) and any problems."""
    manifest = load_manifest(DEMO_MANIFEST)
    records: list[Record] = []
    problems: list[ReadProblem] = []
    for result in read_paths([DEMO_ARTICLES], manifest=manifest):
        problems += result.problems
        _split(scored_or_problems(result.articles, pipeline=pipeline), records, problems)
    return records, problems


@dataclass(frozen=True, slots=True)
class UploadBatch:
    """Records scored for an upload so far: this batch's records and problems, and the progress."""

    records: list[Record]
    problems: list[ReadProblem]
    done: int
    total: int


def upload_batches(
    pipeline: Pipeline,
    files: Iterable[tuple[str, bytes]],
    *,
    outlet: str | None = None,
    max_articles: int = MAX_UPLOAD_ARTICLES,
    max_chars: int = MAX_UPLOAD_ARTICLE_CHARS,
    batch_size: int = UPLOAD_BATCH,
) -> Iterator[UploadBatch]:
    """Yield an upload's records ``batch_size`` articles at a time, within the dashboard's caps.

    An article longer than ``max_chars`` and every article past the first
    ``max_articles`` are not scored; each cap is one problem naming the file
    (or row) and pointing to the command line. Between batches the caller
    may stop (the dashboard shows progress there, where a new upload or a
    closed tab interrupts the run).
    """
    articles, problems = [], []
    for name, data in files:
        result = read_bytes(data, name=name)
        problems += result.problems
        for article in result.articles:
            if len(article.text) > max_chars:
                problems.append(ReadProblem(article.source, (
                    f"article too long for the dashboard ({len(article.text):,} characters; the limit is "
                    f"{max_chars:,}): {CLI_HINT}")))
            elif len(articles) >= max_articles:
                problems.append(ReadProblem(article.source, "over the dashboard's limit of "
                                            f"{max_articles:,} articles per upload: {CLI_HINT}"))
            else:
                articles.append(dataclasses.replace(article, outlet=outlet) if outlet and not article.outlet
                                else article)
    problems = _capped_problems(problems, max_articles)
    total = len(articles)
    if not articles:
        yield UploadBatch([], problems, 0, 0)
        return
    for start in range(0, total, batch_size):
        batch = articles[start : start + batch_size]
        records: list[Record] = []
        failed: list[ReadProblem] = list(problems) if start == 0 else []
        _split(scored_or_problems(batch, pipeline=pipeline), records, failed)
        yield UploadBatch(records, failed, start + len(batch), total)


def _capped_problems(problems: list[ReadProblem], max_articles: int) -> list[ReadProblem]:
    """Return the problems with the over-the-limit ones summed up in one line after the first."""
    over = [p for p in problems if "articles per upload" in p.reason]
    if len(over) <= 1:
        return problems
    kept = [p for p in problems if p not in over]
    first = over[0]
    return [*kept, ReadProblem(first.source, f"{first.reason} ({len(over):,} articles left out from here on)")]


def _split(results: list[Record | ReadProblem], records: list[Record], problems: list[ReadProblem]) -> None:
    """Append each result to ``records`` or ``problems``."""
    for result in results:
        (problems if isinstance(result, ReadProblem) else records).append(result)


if __name__ == "__main__":  # the set-up command: `python -m framing.scoring.demo`
    print(f"framing: scored demo corpus in {build_demo().relative_to(PACKAGE_DIR.parent)}")

