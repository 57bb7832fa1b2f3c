"""The Classroom page headless (AppTest): a lesson by link, blind until Reveal, zones, bad files."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from framing.present.lessons import bundled_lessons, read_lesson
from framing.reading import read_path
from framing.reading.outlets import load_manifest
from framing.record.model import article_id
from tests.conftest import REPO

APP = str(REPO / "app.py")


def page(lesson_id: str | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=180)
    if lesson_id:
        at.query_params["lesson"] = lesson_id
    at.run()
    at.switch_page("views/classroom.py").run()
    assert not at.exception
    return at


def shown(at: AppTest) -> str:
    parts = [m.value for m in at.markdown] + [h.proto.body for h in at.get("html")]
    parts += [str(x.value) for x in at.metric] + [w.value for w in at.warning] + [c.value for c in at.caption]
    return "\n".join(parts)


@pytest.mark.parametrize("lesson_id", sorted(bundled_lessons()))
def test_link_opens_the_lesson_blind_then_reveal_names_the_outlets(lesson_id):
    lesson = read_lesson(bundled_lessons()[lesson_id])
    at = page(lesson_id)
    assert at.selectbox(key="lesson_pick").value == lesson_id
    if lesson.activity == "zones":
        at.radio(key=f"{lesson_id}-activity").set_value("guess").run()
    before = shown(at)
    assert [a.outlet for a in lesson.articles if a.outlet in before] == []
    at.button(key=f"{lesson_id}-reveal").click().run()
    after = shown(at)
    assert [a.outlet for a in lesson.articles if a.outlet not in after] == []
    assert [m.value for m in at.metric] == [f"{a.terminology_index:+.2f}" for a in lesson.articles]


def test_class_answers_are_compared_with_the_tool():
    at = page("annexation-blind")
    at.radio(key="annexation-blind-side-Outlet A").set_value("Kremlin wording")
    at.text_input(key="annexation-blind-words-Outlet A").input("Donbass, weather")
    at.button(key="annexation-blind-reveal").click().run()
    text = shown(at)
    # Outlet A (Polar Star Wire) has index +0.85, above the 0.2 line: the tool also says Kremlin wording.
    assert "Class answer “Kremlin wording” matches the tool's “Kremlin wording”." in text
    assert "Picked words the tool also counted: Donbass; other picks: weather." in text


def test_an_unknown_lesson_id_is_named_and_the_page_still_works():
    at = page("annexation-blind")
    assert not at.error
    at.query_params["lesson"] = "no-such-lesson"
    at.run()
    assert any("no bundled lesson called “no-such-lesson”" in e.value for e in at.error)


def test_the_builder_makes_a_lesson_of_picked_demo_articles():
    at = page("annexation-blind")
    at.toggle(key="build_open").set_value(True).run()
    pick = at.multiselect(key="build_pick")
    assert len(pick.options) >= 40
    demo = REPO / "data" / "demo"
    manifest = load_manifest(demo / "manifest.csv")
    ids = [article_id(read_path(demo / "articles" / f, manifest=manifest).articles[0])
           for f in ("meridian-press/2022-02-24-invasion.txt", "vostok-hebdo/2022-02-26-invasion.txt")]
    pick.set_value(ids).run()
    assert not at.exception
    assert any(b.label == "Download this lesson (JSON)" for b in at.get("download_button"))
