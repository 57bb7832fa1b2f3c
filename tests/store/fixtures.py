"""The demo corpus as fixtures, shared by the store and robustness suites (imported by their conftests)."""

from __future__ import annotations

import pytest

from framing.reading import corpus_files
from framing.reading.outlets import load_manifest
from framing.scoring.demo import DEMO_ARTICLES, DEMO_MANIFEST
from tests.conftest import DEMO_SIZE


@pytest.fixture(scope="session")
def demo_items() -> list:
    """The demo corpus files, as ``corpus_files`` lists them."""
    return list(corpus_files([DEMO_ARTICLES]))


@pytest.fixture(scope="session")
def demo_manifest():
    return load_manifest(DEMO_MANIFEST)


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory, demo_items, demo_manifest):
    """A store holding the demo articles (read it, never write to it)."""
    from framing.store import ingest

    path = tmp_path_factory.mktemp("store") / "demo.duckdb"
    summary = ingest(demo_items, db=path, manifest=demo_manifest)
    assert (summary.new, summary.problems) == (DEMO_SIZE, 0)
    return path


@pytest.fixture
def demo_con(demo_db):
    from framing.store import open_store

    con = open_store(demo_db, read_only=True)
    yield con
    con.close()
