"""The home page driven headless with Streamlit's AppTest."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import REPO

APP = str(REPO / "app.py")


@pytest.fixture
def app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=180).run()


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def test_opens_on_the_demo_corpus_without_exception(app):
    assert not app.exception
    assert int(metric(app, "Articles")) >= 28
    assert int(metric(app, "Outlets")) >= 4
    assert "en" in metric(app, "Languages") and "fr" in metric(app, "Languages")
    assert any("fictional" in i.value for i in app.info)
    assert len(app.get("plotly_chart")) == 2
    assert app.dataframe[0].value.shape[0] == int(metric(app, "Articles"))


def test_upload_is_scored_and_bad_file_reported(app):
    app.sidebar.radio(key="corpus_source").set_value("My files").run()
    assert not app.exception
    uploader = app.sidebar.get("file_uploader")[0]
    uploader.set_value(
        [
            ("mine.txt", b" date 2023-06-06 https://sputniknews.com/x\n\nDam destroyed\n\nThe dam was destroyed and villages flooded.", "text/plain"),
            ("broken.csv", b"title,body\nA,B\n", "text/csv"),
        ]
    ).run()
    assert not app.exception
    assert metric(app, "Articles") == "1"
    table = app.dataframe[0].value
    assert table["outlet"].tolist() == ["Sputnik"]
    assert table["date"].tolist() == ["2023-06-06"]
    assert any("broken.csv" in w.value and "no 'text' column" in w.value for w in app.warning)
