"""Shared fixtures: the seed articles (read from ../shared, never copied) and analysers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SEEDS_DIR = REPO.parent / "shared" / "corpus" / "seeds"
# Each demo file holds one article, so this is how many articles reading the demo must give.
DEMO_SIZE = len(list((REPO / "data" / "demo" / "articles").glob("*/*.txt")))


def seed_path(prefix: str) -> Path:
    """Return the seed file whose name starts with ``prefix`` (e.g. ``"001"``)."""
    if not SEEDS_DIR.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"seed corpus missing at {SEEDS_DIR}: CI must provide ../shared")
        pytest.skip("seed corpus ../shared/corpus/seeds not available on this machine")
    matches = sorted(SEEDS_DIR.glob(f"{prefix}_*.txt"))
    assert matches, f"no seed {prefix}_*.txt in {SEEDS_DIR}"
    return matches[0]


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    seed_path("000")
    return SEEDS_DIR


@pytest.fixture(scope="session")
def pipeline():
    """One pipeline for the whole session: building analysers is the expensive part."""
    from framing.scoring.pipeline import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def seed_records(pipeline) -> dict[str, dict]:
    """Records of the five seeds keyed by their number prefix ("000"…"004")."""
    from framing.reading import read_path

    records = {}
    for prefix in ("000", "001", "002", "003", "004"):
        result = read_path(seed_path(prefix))
        assert not result.problems, result.problems
        (article,) = result.articles
        records[prefix] = pipeline.score(article)
    return records
