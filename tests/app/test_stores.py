"""Stores in a hosted dashboard: only those the operator named, by name, read-only, never a path box."""

from __future__ import annotations

import shutil

import pytest
from streamlit.testing.v1 import AppTest

from framing.store import open_store, table_counts
from tests.conftest import DEMO_SIZE, REPO
from ui.stores import operator_stores, store_name

APP = str(REPO / "app.py")


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def page_text(at: AppTest) -> str:
    """Every string the page shows: markdown, captions, messages, labels, options."""
    parts = []
    for kind in ("markdown", "caption", "error", "warning", "info", "success"):
        parts += [str(e.value) for e in at.get(kind)]
    for widget in (*at.sidebar.radio, *at.sidebar.selectbox):
        parts += [widget.label, *map(str, widget.options)]
    return "\n".join(parts)


@pytest.fixture
def stores_dir(tmp_path, demo_db):
    folder = tmp_path / "stores"
    folder.mkdir()
    shutil.copy(demo_db, folder / "demo-store.duckdb")
    (folder / "damaged.duckdb").write_bytes(demo_db.read_bytes()[:5000])
    (folder / "notes.txt").write_text("not a store")
    return folder


def run_app(stores_dir=None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    if stores_dir is not None:
        at.secrets["stores_dir"] = str(stores_dir)
    return at.run()


def test_the_sidebar_has_no_path_box_and_no_store_without_an_operator():
    at = run_app()
    assert not at.exception
    assert len(at.sidebar.text_input) == 0
    assert at.sidebar.radio(key="corpus_source").options == ["Demo corpus (fictional outlets)", "My files"]


def test_stores_of_the_operator_folder_are_listed_by_name_and_open(stores_dir):
    at = run_app(stores_dir)
    assert len(at.sidebar.text_input) == 0
    at.sidebar.radio(key="corpus_source").set_value("A store").run()
    picker = at.sidebar.selectbox(key="store_name")
    assert picker.options == ["damaged", "demo-store"]
    picker.set_value("demo-store").run()
    assert not at.exception
    assert metric(at, "Articles") == str(DEMO_SIZE)
    assert str(stores_dir) not in page_text(at)


def test_a_damaged_store_says_so_without_a_path_or_a_traceback(stores_dir):
    at = run_app(stores_dir)
    at.sidebar.radio(key="corpus_source").set_value("A store").run()
    at.sidebar.selectbox(key="store_name").set_value("damaged").run()
    assert not at.exception
    [error] = at.sidebar.error
    assert error.value.startswith("Store 'damaged' cannot be opened")
    text = page_text(at)
    assert str(stores_dir) not in text and "/tmp" not in text and "IO Error" not in text


def test_a_store_is_closed_when_the_run_ends_so_ingest_can_write(stores_dir):
    at = run_app(stores_dir)
    at.sidebar.radio(key="corpus_source").set_value("A store").run()
    at.sidebar.selectbox(key="store_name").set_value("demo-store").run()
    assert metric(at, "Articles") == str(DEMO_SIZE)
    # What `ingest` does first: open the file for writing (refused while any reader holds it).
    con = open_store(stores_dir / "demo-store.duckdb")
    assert table_counts(con)["articles"] == DEMO_SIZE
    con.close()


def test_stale_cubes_are_summarised_in_memory_and_the_file_is_not_changed(stores_dir):
    path = stores_dir / "demo-store.duckdb"
    con = open_store(path)
    con.execute("UPDATE store_info SET value = 'stale' WHERE key = 'cubes_of'")
    con.execute("CHECKPOINT")
    con.close()
    before = path.read_bytes()
    at = run_app(stores_dir)
    at.sidebar.radio(key="corpus_source").set_value("A store").run()
    at.sidebar.selectbox(key="store_name").set_value("demo-store").run()
    assert not at.exception
    assert metric(at, "Articles") == str(DEMO_SIZE)
    assert any("summarised in memory" in c.value for c in at.sidebar.caption)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("argv", "secrets", "environ", "expected"),
    [
        ([], {}, {}, []),
        (["--db", "/srv/a.duckdb"], {}, {}, ["a"]),
        (["--db", "/srv/a.duckdb", "--db", "/srv/b.duckdb"], {}, {}, ["a", "b"]),
        (["--db", "/srv/a.duckdb", "--db", "/other/a.duckdb"], {}, {}, ["a"]),  # a name given twice: first kept
        (["--server.port", "8501"], {}, {}, []),
    ],
)
def test_operator_stores_from_the_command_line(argv, secrets, environ, expected):
    assert list(operator_stores(argv, secrets=secrets, environ=environ)) == expected


def test_operator_stores_from_a_folder_in_secrets_or_the_environment(tmp_path):
    (tmp_path / "one.duckdb").write_bytes(b"")
    (tmp_path / "two.duckdb").write_bytes(b"")
    (tmp_path / "readme.md").write_text("x")
    (tmp_path / "sub.duckdb").mkdir()
    assert list(operator_stores([], secrets={"stores_dir": str(tmp_path)}, environ={})) == ["one", "two"]
    assert list(operator_stores([], secrets={"framing": {"stores_dir": str(tmp_path)}}, environ={})) == ["one", "two"]
    assert list(operator_stores([], secrets={}, environ={"FRAMING_STORES_DIR": str(tmp_path)})) == ["one", "two"]
    assert list(operator_stores([], secrets={"stores_dir": str(tmp_path / "missing")}, environ={})) == []


@pytest.mark.parametrize(("file", "name"), [("a.duckdb", "a"), ("corpus.2024.duckdb", "corpus.2024"), ("x.db", "x.db")])
def test_store_name(file, name, tmp_path):
    assert store_name(tmp_path / file) == name
