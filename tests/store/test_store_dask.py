"""``--dask``: the same records as local scoring, through Parquet partitions, on a real LocalCluster."""

from __future__ import annotations

import pytest

from framing.store import ingest
from tests.conftest import DEMO_SIZE, REPO
from tests.store.stores import assert_same_stores

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def cluster():
    import distributed  # not skipped when missing: CI must run this test

    with distributed.LocalCluster(
        n_workers=2, processes=True, threads_per_worker=1, dashboard_address=None
    ) as local:
        yield local


def test_dask_ingest_stores_what_local_scoring_stores(cluster, tmp_path, demo_items, demo_manifest, demo_db):
    from framing.store.dask_ingest import ingest_dask

    db = tmp_path / "dask.duckdb"
    parts = tmp_path / "parts"
    files = []
    summary = ingest_dask(demo_items, address=cluster.scheduler_address, db=db, manifest=demo_manifest,
                          batch_size=10, parts_dir=parts, on_file=files.append)
    assert (summary.new, summary.skipped, summary.problems) == (DEMO_SIZE, 0, 0)
    assert sum(files) == DEMO_SIZE
    assert not parts.exists(), "Parquet partitions are deleted once stored"
    assert_same_stores(db, demo_db, except_articles=("ingested_at", "source"))

    again = ingest_dask(demo_items, address=cluster.scheduler_address, db=db, manifest=demo_manifest)
    assert (again.new, again.skipped) == (0, DEMO_SIZE)
    assert ingest(demo_items, db=db, manifest=demo_manifest).skipped == DEMO_SIZE


def test_partitions_keep_every_file_once():
    from framing.scoring.cluster import partitions

    files = [f"f{i}" for i in range(1000)]
    parts = partitions(files, workers=2)
    assert [f for part in parts for f in part] == files
    assert len(parts) == 8 and max(map(len, parts)) <= 256
    assert partitions([], workers=4) == [] and partitions(["a"], workers=4) == [["a"]]


def test_cli_dask_local_and_unreachable_scheduler(tmp_path):
    import subprocess
    import sys

    db = tmp_path / "cli.duckdb"
    demo = REPO / "data" / "demo"
    run = lambda *a: subprocess.run(  # noqa: E731
        [sys.executable, "-m", "framing", "ingest", *a], cwd=REPO, capture_output=True, text=True, timeout=600
    )
    done = run(str(demo / "articles"), "--outlet-map", str(demo / "manifest.csv"), "--db", str(db), "--dask", "local")
    assert done.returncode == 0, done.stderr
    assert f"framing: {DEMO_SIZE} new, 0 skipped (already stored), 0 problems" in done.stderr
    bad = run(str(demo / "articles"), "--db", str(tmp_path / "x.duckdb"), "--dask", "tcp://127.0.0.1:9")
    assert bad.returncode == 2 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in bad.stderr


def test_a_crashed_task_is_one_problem_naming_its_files():
    from framing.store.dask_ingest import _partition_result

    class Crashed:
        key = "score_partition-1"

        def result(self):
            raise RuntimeError("worker died")

    part = _partition_result(Crashed(), ["/c/a.txt", "/c/b.txt", "/c/c.txt"])
    (problem,) = part.problems
    assert problem.source == "/c/a.txt and 2 more files"
    assert problem.reason == "failed on the Dask cluster: RuntimeError: worker died"
    assert (part.path, part.files) == (None, 3)
