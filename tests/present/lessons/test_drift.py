"""Frozen figures against today's analysis: a custom term makes a reopened lesson differ."""

from __future__ import annotations

import io

import pytest

from framing.present.lessons.drift import lesson_drift
from framing.present.lessons.model import Lesson, LessonArticle, PoleInfo, Snapshot
from framing.scoring.pipeline import lexicon_version
from framing.terminology import custom_terms_from_csv, load_pack, merge_lexicons


@pytest.fixture(scope="module")
def base():
    return load_pack("russia-ukraine")


def lesson_of(base, text: str) -> Lesson:
    snapshot = Snapshot(base.pack, lexicon_version(base), base.version, base.fingerprint, {}, (PoleInfo("kremlin", "K", 1),))
    articles = (LessonArticle("Outlet A", text, language="en"), LessonArticle("Outlet B", "Nothing.", language="en"))
    return Lesson("t", "guess", articles, snapshot)


def test_unchanged_lexicon_and_no_terms_do_not_differ(base):
    drift = lesson_drift(lesson_of(base, "The weather was mild."), lexicon=base)
    assert not drift.differs
    assert drift.frozen_lexicon == drift.today_lexicon == lexicon_version(base)


def test_a_frozen_lesson_with_no_hits_differs_when_today_finds_one(base):
    # Frozen with no terms (as if an older lexicon lacked "Kyiv"); today's pack finds it, own voice:
    # "Kyiv" is the Ukrainian pole (sign −1) at weight 0.25, so the index is −0.25 / (0.25 + 1) = −0.2.
    drift = lesson_drift(lesson_of(base, "Troops entered Kyiv."), lexicon=base)
    first = drift.articles[0]
    assert drift.differs and first.added == ("Kyiv (author)",) and first.removed == ()
    assert (first.frozen_index, first.today_index, first.index_change) == (None, -0.2, None)


def test_custom_term_changes_today_not_the_frozen_figures(base):
    extra = custom_terms_from_csv(io.StringIO(
        "referent,variant,language,form,pole,weight,category,explanation,source\n"
        "test-peace,peacekeepers,en,peacekeepers,kremlin,1,actor-labels,test term,https://example.org\n"), base=base)
    lexicon = merge_lexicons(base, extra)
    lesson = lesson_of(base, "The peacekeepers arrived.")
    drift = lesson_drift(lesson, lexicon=lexicon)
    assert drift.today_lexicon != drift.frozen_lexicon
    assert drift.articles[0].added == ("peacekeepers (author)",)
    # One own-voice hit, sign +1, weight 1: 1 / (1 + 1) = 0.5 (the index's evidence prior k = 1).
    assert drift.articles[0].today_index == 0.5
    assert lesson.articles[0].terminology_index is None  # the lesson itself is untouched
