"""Whole corpora: the bundled demo corpus, uploads, and scoring them with one pipeline."""

from __future__ import annotations

import dataclasses
import hashlib
from collections.abc import Iterable

from framing.reading import ReadProblem, read_bytes, read_paths
from framing.reading.outlets import load_manifest
from framing.resources import DATA_DIR, DEMO_DIR, PACKAGE_DIR
from framing.scoring.pipeline import Pipeline

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


def demo_records(pipeline: Pipeline) -> tuple[list[dict], list[ReadProblem]]:
    """Return the records of the bundled demo corpus (fictional outlets) and any problems."""
    manifest = load_manifest(DEMO_MANIFEST)
    records: list[dict] = []
    problems: list[ReadProblem] = []
    for result in read_paths([DEMO_ARTICLES], manifest=manifest):
        problems += result.problems
        records += [pipeline.score(a) for a in result.articles]
    return records, problems


def score_uploads(
    pipeline: Pipeline, files: Iterable[tuple[str, bytes]], *, outlet: str | None = None
) -> tuple[list[dict], list[ReadProblem]]:
    """Return records for uploaded (name, bytes) files; ``outlet`` fills a missing outlet."""
    records: list[dict] = []
    problems: list[ReadProblem] = []
    for name, data in files:
        result = read_bytes(data, name=name)
        problems += result.problems
        for article in result.articles:
            if outlet and not article.outlet:
                article = dataclasses.replace(article, outlet=outlet)
            records.append(pipeline.score(article))
    return records, problems

