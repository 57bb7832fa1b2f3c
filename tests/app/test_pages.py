"""Each page driven headless (AppTest): what it shows, what changes it, and a store file as corpus."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import DEMO_SIZE, REPO

APP = str(REPO / "app.py")
HOSTILE = (
    "Hostile test article\n\n"
    "Officials in Kyiv said the <script>window.__xss = 1</script> shelling continued. "
    '<img src=x onerror="window.__xss = 2"> The so-called referendum was condemned.'
)


@pytest.fixture
def app() -> AppTest:
    return AppTest.from_file(APP, default_timeout=180).run()


def metric(at: AppTest, label: str) -> str:
    return next(m.value for m in at.metric if m.label == label)


def html_blocks(at: AppTest) -> list[str]:
    return [h.proto.body for h in at.get("html")]


def test_side_by_side_suggests_the_same_story_and_shows_three_articles(app):
    app.switch_page("views/side_by_side.py").run()
    assert not app.exception
    first = app.selectbox(key="sbs_first")
    # The Kakhovka dam story of one outlet: other outlets' coverage of it is suggested.
    dam = next(i for i, o in enumerate(first.options) if "Kakhovka" in o and o.startswith("Meridian"))
    first.select_index(dam).run()
    assert not app.exception
    suggestions = app.dataframe[0].value  # the suggestions table comes first
    assert len(suggestions) >= 2 and not suggestions["outlet"].str.startswith("Meridian").any()
    assert {"en", "fr"} <= set(suggestions["language"])
    # The first and the two best suggestions, each with its highlighted text.
    assert sum("<mark" in body for body in html_blocks(app)) >= 3
    assert sum(m.label == "Index" for m in app.metric) == 3  # short labels in three columns


def test_analyse_scores_pasted_text_and_shows_hostile_markup_as_text(app):
    app.switch_page("views/analyse.py").run()
    app.text_area(key="own_text").set_value(HOSTILE).run()
    assert not app.exception
    assert metric(app, "Terminology index").startswith("-")  # Kyiv, "so-called" referendum: Ukrainian side
    bodies = "".join(html_blocks(app))
    assert "&lt;script&gt;window.__xss = 1&lt;/script&gt;" in bodies
    assert "<script>" not in bodies and "<img" not in bodies


def test_a_custom_term_changes_the_score(app):
    app.switch_page("views/analyse.py").run()
    text = "Wire report\n\nThe glorious liberation brigades entered the town on Monday."
    app.text_area(key="own_text").set_value(text).run()
    assert metric(app, "Terminology index") == "—"
    app.switch_page("views/glossary.py").run()
    app.text_input(key="ct_referent").set_value("liberation-brigades")
    app.text_input(key="ct_variant").set_value("liberation-brigades")
    app.text_input(key="ct_form").set_value("liberation brigades")
    app.selectbox(key="ct_language").set_value("en")
    app.selectbox(key="ct_pole").set_value("kremlin")
    app.selectbox(key="ct_weight").set_value("1")
    app.selectbox(key="ct_category").set_value("actor-labels")
    app.button[0].click().run()  # the form's submit button
    assert not app.exception
    assert any("Added" in s.value for s in app.success)
    app.switch_page("views/analyse.py").run()
    # Streamlit forgets a widget's value on pages not drawn: paste the same text again.
    app.text_area(key="own_text").set_value(text).run()
    assert metric(app, "Terminology index") == "+0.50"  # one strong Kremlin-pole term: 1 / (1 + 1)


def test_a_custom_term_rescores_the_corpus_on_the_home_page(app):
    before = app.dataframe(key="table_articles").value
    app.switch_page("views/glossary.py").run()
    app.file_uploader(key="ct_upload").set_value([(
        "terms.csv",
        b"referent,variant,language,form,pole,weight,category,explanation,source\n"
        b"dam,dam,en,dam,kremlin,1,events,test term,test\n", "text/csv")]).run()
    assert not app.exception and any("Loaded custom terms" in s.value for s in app.success)
    app.switch_page("views/compare.py").run()
    after = app.dataframe(key="table_articles").value
    changed = (before.set_index("title")["terminology_index"] != after.set_index("title")["terminology_index"])
    assert changed.any()


def test_method_page_lists_versions(app):
    app.switch_page("views/method.py").run()
    assert not app.exception
    components = app.table[0].value["component"].tolist()
    assert {"framing", "topic pack", "vaderSentiment", "vadersentiment-fr"} <= set(components)


def test_a_store_file_is_a_corpus(tmp_path, demo_db):
    at = AppTest.from_file(APP, default_timeout=180).run()
    at.sidebar.radio(key="corpus_source").set_value("A store file").run()
    at.sidebar.text_input(key="store_path").set_value(str(demo_db)).run()
    assert not at.exception
    assert metric(at, "Articles") == str(DEMO_SIZE) and metric(at, "Outlets") == "6"
    at.sidebar.multiselect(key="outlets").set_value(["Meridian Press Agency"]).run()
    assert metric(at, "Articles") == "8"
    at.switch_page("views/side_by_side.py").run()
    assert not at.exception


def test_a_missing_store_file_says_so(tmp_path):
    at = AppTest.from_file(APP, default_timeout=180).run()
    at.sidebar.radio(key="corpus_source").set_value("A store file").run()
    at.sidebar.text_input(key="store_path").set_value(str(tmp_path / "nope.duckdb")).run()
    assert not at.exception
    assert any("no such store" in e.value for e in at.sidebar.error)
