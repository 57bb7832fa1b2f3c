"""Each page driven headless (AppTest): what it shows, what changes it, and a store file as corpus."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import REPO

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


def test_side_by_side_suggests_the_same_story_and_shows_three_articles(app, pipeline):
    from framing.scoring.demo import demo_records

    app.switch_page("views/side_by_side.py").run()
    assert not app.exception
    first = app.selectbox(key="sbs_first")
    # The Kakhovka dam story of one outlet: other outlets' coverage of it is suggested.
    assert any("Kakhovka" in o and o.startswith("Meridian") for o in first.options)  # labels in words
    records, _ = demo_records(pipeline)
    dam = next(r.id for r in records if "kakhovka" in r.source and r.outlet == "Meridian Press Agency")
    first.set_value(dam).run()  # the widget holds the id; the label is only shown
    assert not app.exception
    suggestions = app.dataframe[0].value  # the suggestions table comes first
    assert len(suggestions) >= 4 and not suggestions["outlet"].str.startswith("Meridian").any()
    assert suggestions["similarity"].between(0, 1).all()
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


@pytest.mark.parametrize(("fields", "expected"), [
    ({}, "fill in the referent id, variant id, form"),
    ({"ct_referent": "kyiv", "ct_variant": "kiev"}, "fill in the form"),
    ({"ct_referent": "brand-new", "ct_variant": "x", "ct_form": "glorious brigades"}, "category is required"),
])
def test_the_custom_term_form_says_what_is_missing_without_naming_a_file(app, fields, expected):
    app.switch_page("views/glossary.py").run()
    for key, value in fields.items():
        app.text_input(key=key).set_value(value)
    app.button[0].click().run()  # the form's submit button
    assert not app.exception
    errors = [e.value for e in app.error]
    assert any(expected in e for e in errors), errors
    assert not any("custom.csv" in e or "row " in e for e in errors), errors
