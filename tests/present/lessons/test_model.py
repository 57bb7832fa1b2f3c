"""Lesson files: round trip, and a clear error naming the file and the field for each fault."""

from __future__ import annotations

import copy
import json

import pytest

from framing.present.lessons.model import (
    LessonError,
    bundled_lessons,
    lesson_from_dict,
    lesson_to_dict,
    read_lesson,
)

TEXT = "The Kiev regime fell."


def lesson_dict() -> dict:
    """A small valid lesson written by hand: "Kiev regime" is text[4:15]."""
    article = {"label": "Outlet A", "outlet": "X Wire", "url": None, "date": "2022-01-01", "language": "en",
               "title": None, "dateline": None, "terminology_index": 1.0, "terminology_hits": 1.0,
               "terms": [{"term": "Kiev regime", "text": "Kiev regime", "start": 4, "end": 15, "pole": "kremlin",
                          "category": "actors", "voice": "author", "weight": 1.0, "referent": "kyiv-gov",
                          "variant": "kiev-regime", "language": "en"}],
               "quotes": [], "text": TEXT}
    second = {**copy.deepcopy(article), "label": "Outlet B", "outlet": "Y Daily"}
    return {"format": 1, "title": "Test", "activity": "guess", "questions": ["Why?"], "notes": "n",
            "snapshot": {"pack": "p", "lexicon_version": "p@1+abc", "pack_version": "1", "fingerprint": "abc",
                         "versions": {"framing": "0.1.0"},
                         "poles": [{"id": "kremlin", "label": "Kremlin", "sign": 1}]},
            "articles": [article, second]}


def test_round_trip():
    lesson = lesson_from_dict(lesson_dict())
    assert lesson_to_dict(lesson) == lesson_dict()
    assert lesson.articles[0].terms[0].text == "Kiev regime"


def _set(data: dict, path: str, value) -> dict:
    target = data
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[int(key)] if key.isdigit() else target[key]
    last = keys[-1]
    if value is KeyError:
        del target[last]
    else:
        target[int(last) if last.isdigit() else last] = value
    return data


@pytest.mark.parametrize(
    ("path", "value", "message"),
    [
        ("format", 2, "lesson.json: format: must be 1"),
        ("format", KeyError, "lesson.json: format: must be 1"),
        ("activity", "quiz", "lesson.json: activity: must be one of guess, zones, same-story, got 'quiz'"),
        ("title", "", "lesson.json: title: must be a text"),
        ("articles", [], "lesson.json: articles: must be a list of 2 to 4 articles"),
        ("questions", "Why?", "lesson.json: questions: must be a list of texts"),
        ("snapshot", KeyError, "lesson.json: snapshot: is missing"),
        ("snapshot.poles.0.sign", 5, "lesson.json: snapshot.poles[0].sign: must be -1, 0 or 1, got 5"),
        ("snapshot.versions", [], "lesson.json: snapshot.versions: must map"),
        ("articles.1.terminology_index", 3, "lesson.json: articles[1].terminology_index: must be a number from -1"),
        ("articles.0.terminology_hits", -1, "lesson.json: articles[0].terminology_hits: must be a number ≥ 0"),
        ("articles.0.terms.0.end", 99, "lesson.json: articles[0].terms[0].start: offsets 4–99 are not inside"),
        ("articles.0.terms.0.text", "Kyiv", "lesson.json: articles[0].terms[0].text: is 'Kyiv' but the article"),
        ("articles.1.terms.0.voice", None, "lesson.json: articles[1].terms[0].voice: must be a text, got None"),
        ("articles.0.text", 7, "lesson.json: articles[0].text: must be a text, got 7"),
        ("articles.0.terms", {}, "lesson.json: articles[0].terms: must be a list"),
    ],
)
def test_malformed_lessons_name_the_field(path, value, message):
    with pytest.raises(LessonError) as error:
        lesson_from_dict(_set(lesson_dict(), path, value), name="lesson.json")
    assert str(error.value).startswith(message)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "bad.json: not a JSON lesson file"),
        (b"\xff\xfe", "bad.json: not a JSON lesson file"),
        (b"[1, 2]", "bad.json: a lesson file holds a JSON object, not list"),
        (b'{"format": 1', "bad.json: not a JSON lesson file"),
    ],
)
def test_unreadable_files(content, message):
    with pytest.raises(LessonError) as error:
        read_lesson("bad.json", data=content)
    assert str(error.value).startswith(message)


def test_missing_file_is_named(tmp_path):
    with pytest.raises(LessonError, match=r"nope\.json: cannot open"):
        read_lesson(tmp_path / "nope.json")


def test_bundled_lessons_all_open_and_mix_languages():
    lessons = {key: read_lesson(path) for key, path in bundled_lessons().items()}
    assert len(lessons) >= 2
    languages = [{a.language for a in lesson.articles} for lesson in lessons.values()]
    assert {"en"} in languages and {"en", "fr"} in languages


def test_lesson_files_are_json_with_format(tmp_path):
    path = tmp_path / "l.json"
    path.write_text(json.dumps(lesson_dict()), encoding="utf-8")
    assert read_lesson(path).format == 1
