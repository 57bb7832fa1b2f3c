"""The dashboard driven headless with Streamlit's AppTest: every page, filters, uploads."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import DEMO_SIZE, REPO

APP = str(REPO / "app.py")


@pytest.fixture
def app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=180).run()


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def test_opens_on_the_demo_corpus_without_exception(app):
    assert not app.exception
    assert int(metric(app, "Articles")) == DEMO_SIZE == 48
    assert int(metric(app, "Outlets")) == 6
    assert metric(app, "Languages") == "en, fr"
    assert any("fictional" in c.value for c in app.caption)
    assert len(app.get("plotly_chart")) >= 2


def test_outlet_filter_changes_what_is_shown(app):
    outlets = app.sidebar.multiselect(key="outlets")
    outlets.set_value(["Polar Star Wire", "Vostok Hebdo"]).run()
    assert not app.exception
    assert metric(app, "Outlets") == "2" and metric(app, "Articles") == "16"
    app.sidebar.multiselect(key="languages").set_value(["fr"]).run()
    assert metric(app, "Articles") == "8" and metric(app, "Languages") == "fr"


def test_upload_is_scored_and_bad_file_reported(app):
    app.sidebar.radio(key="corpus_source").set_value("My files").run()
    assert not app.exception
    app.sidebar.get("file_uploader")[0].set_value(
        [
            ("mine.txt", b" date 2023-06-06 https://sputniknews.com/x\n\nDam destroyed\n\n"
             b"The Kiev regime destroyed the dam, villages flooded.", "text/plain"),
            ("broken.csv", b"title,body\nA,B\n", "text/csv"),
        ]
    ).run()
    assert not app.exception
    assert metric(app, "Articles") == "1" and metric(app, "Outlets") == "1"
    assert any("broken.csv" in w.value and "no 'text' column" in w.value for w in app.warning)


@pytest.mark.parametrize(("page", "title"), [
    ("views/side_by_side.py", "Side by side"),
    ("views/analyse.py", "Analyse your own article"),
    ("views/glossary.py", "Glossary & lexicons"),
    ("views/method.py", "Method"),
    ("views/classroom.py", "Classroom"),
])
def test_every_page_opens_on_its_own_title(app, page, title):
    app.switch_page(page).run()
    assert not app.exception, [e.value for e in app.exception]
    assert [t.value for t in app.title] == [title]
