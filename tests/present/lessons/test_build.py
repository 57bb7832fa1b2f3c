"""Building lessons from articles (and with the ``lesson`` command): what is frozen."""

from __future__ import annotations

import json

import pytest

from framing.cli import main
from framing.present.lessons.build import DEFAULT_QUESTIONS, build_lesson
from framing.present.lessons.model import LessonError, lesson_from_dict, read_lesson
from framing.reading.model import Article
from framing.scoring.pipeline import Pipeline, lexicon_version
from tests.conftest import REPO

DEMO = REPO / "data" / "demo"


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(actors=False)


def article(text: str, outlet: str | None, language: str = "en") -> Article:
    return Article(source=f"{outlet}.txt", text=text, outlet=outlet, language=language, date="2022-03-01")


def test_build_freezes_lexicon_terms_and_labels(pipeline):
    lesson = build_lesson([article("Troops entered Kyiv.", "X Wire"), article("The Kiev regime fell.", "Y Daily")],
                          pipeline=pipeline, activity="zones")
    snap = lesson.snapshot
    assert (snap.pack, snap.pack_version, snap.fingerprint) == (
        pipeline.lexicon.pack, pipeline.lexicon.version, pipeline.lexicon.fingerprint)
    assert snap.lexicon_version == lexicon_version(pipeline.lexicon)
    assert snap.versions["lexicon"] == lexicon_version(pipeline.lexicon)
    assert [a.label for a in lesson.articles] == ["Outlet A", "Outlet B"]
    assert [(t.text, t.voice) for t in lesson.articles[0].terms] == [("Kyiv", "author")]
    # "Kyiv": sign −1, weight 0.25 → −0.25 / 1.25.
    assert lesson.articles[0].terminology_index == pytest.approx(-0.2)
    assert lesson.questions == DEFAULT_QUESTIONS["zones"]
    assert lesson.title == "2 articles, 2022-03-01"
    assert {p.id for p in snap.poles} == {"kremlin", "ukraine", "neutral"}


@pytest.mark.parametrize(
    ("count", "activity", "message"),
    [
        (1, "guess", "articles: a lesson has 2 to 4 articles, got 1"),
        (5, "guess", "articles: a lesson has 2 to 4 articles, got 5"),
        (2, "essay", "activity: must be one of guess, zones, same-story, got 'essay'"),
    ],
)
def test_build_refuses_wrong_sizes_and_activities(pipeline, count, activity, message):
    articles = [article(f"Text {i}.", f"O{i}") for i in range(count)]
    with pytest.raises(LessonError, match=message):
        build_lesson(articles, pipeline=pipeline, activity=activity)


def test_articles_without_outlet_still_get_distinct_labels(pipeline):
    lesson = build_lesson([article("One.", None), article("Two.", "X"), article("Three.", None)], pipeline=pipeline)
    assert [a.label for a in lesson.articles] == ["Outlet B", "Outlet A", "Outlet C"]


def test_cli_builds_a_lesson_that_reads_back(tmp_path, capsys):
    out = tmp_path / "lesson.json"
    status = main(["lesson", str(DEMO / "articles/meridian-press/2022-02-24-invasion.txt"),
                   str(DEMO / "articles/courrier-estuaire/2022-02-24-invasion.txt"),
                   "--outlet-map", str(DEMO / "manifest.csv"), "--activity", "zones", "--title", "T", "--out", str(out)])
    assert status == 0
    lesson = read_lesson(out)
    assert lesson.title == "T" and lesson.activity == "zones"
    assert [a.outlet for a in lesson.articles] == ["Meridian Press Agency", "Le Courrier de l'Estuaire"]
    assert [a.language for a in lesson.articles] == ["en", "fr"]
    assert json.loads(out.read_text(encoding="utf-8"))["format"] == 1
    assert "lesson of 2 articles written" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("extra", "status", "message"),
    [
        ([], 1, "articles: a lesson has 2 to 4 articles, got 1"),
        (["missing.txt"], 1, "missing.txt"),
    ],
)
def test_cli_reports_too_few_articles(tmp_path, capsys, extra, status, message):
    one = str(DEMO / "articles/meridian-press/2022-02-24-invasion.txt")
    assert main(["lesson", one, *extra, "--out", str(tmp_path / "l.json")]) == status
    assert message in capsys.readouterr().err
    assert not (tmp_path / "l.json").exists()


def test_bundled_lessons_are_what_the_cli_builds_today():
    """The bundled files are CLI output: re-reading one gives the same dict it was written from."""
    path = REPO / "data" / "lessons" / "annexation-blind.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert lesson_from_dict(data, name=str(path)).articles[0].outlet == "Polar Star Wire"
