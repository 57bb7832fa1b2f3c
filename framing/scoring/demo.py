"""Whole corpora: the bundled demo corpus, uploads, and scoring them with one pipeline."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable

from framing.reading import ReadProblem, read_bytes, read_paths
from framing.reading.outlets import load_manifest
from framing.record.model import Record
from framing.resources import DATA_DIR, DEMO_DIR, PACKAGE_DIR
from framing.scoring.pipeline import Pipeline, scored_or_problems

DEMO_ARTICLES = DEMO_DIR / "articles"
DEMO_MANIFEST = DEMO_DIR / "manifest.csv"


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


def demo_records(pipeline: Pipeline) -> tuple[list[Record], list[ReadProblem]]:
    """Return the records of the bundled demo corpus (fictional outlets) and any problems."""
    manifest = load_manifest(DEMO_MANIFEST)
    records: list[Record] = []
    problems: list[ReadProblem] = []
    for result in read_paths([DEMO_ARTICLES], manifest=manifest):
        problems += result.problems
        _split(scored_or_problems(result.articles, pipeline=pipeline), records, problems)
    return records, problems


def score_uploads(
    pipeline: Pipeline, files: Iterable[tuple[str, bytes]], *, outlet: str | None = None
) -> tuple[list[Record], list[ReadProblem]]:
    """Return records for uploaded (name, bytes) files; ``outlet`` fills a missing outlet."""
    records: list[Record] = []
    problems: list[ReadProblem] = []
    for name, data in files:
        result = read_bytes(data, name=name)
        problems += result.problems
        articles = [dataclasses.replace(a, outlet=outlet) if outlet and not a.outlet else a for a in result.articles]
        _split(scored_or_problems(articles, pipeline=pipeline), records, problems)
    return records, problems


def _split(results: list[Record | ReadProblem], records: list[Record], problems: list[ReadProblem]) -> None:
    """Append each result to ``records`` or ``problems``."""
    for result in results:
        (problems if isinstance(result, ReadProblem) else records).append(result)

