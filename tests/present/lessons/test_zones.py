"""Sort into zones: the cards drawn from a lesson, the zones offered, and the score."""

from __future__ import annotations

import pytest

from framing.present.lessons.mask import lesson_masker
from framing.present.lessons.model import Lesson, LessonArticle, PoleInfo, Snapshot
from framing.present.lessons.zones import ZoneItem, zone_items, zone_score, zones
from framing.terminology import TermHit
from framing.terminology import voice as voice_module

TEXT = 'KYIV, May 1 (XW) – Kyiv is calm. He said "the Kiev regime lies". The so-called referendum ended.'


def hit(word: str, voice: str, *, nth: int = 0) -> TermHit:
    start = -1
    for _ in range(nth + 1):
        start = TEXT.index(word, start + 1)
    return TermHit(term=word, text=word, start=start, end=start + len(word), pole="p", category="c",
                   voice=voice, weight=1.0, referent="r", variant="v", language="en")


def lesson(terms: tuple[TermHit, ...]) -> Lesson:
    snapshot = Snapshot("p", "p@1+a", "1", "a", {}, (PoleInfo("p", "P", 1),))
    articles = (LessonArticle("Outlet A", TEXT, outlet="X Wire", terms=terms),
                LessonArticle("Outlet B", "Nothing here.", outlet="Y"))
    return Lesson("t", "zones", articles, snapshot)


def test_cards_are_masked_sentences_with_the_term_marked():
    terms = (hit("KYIV", "author"), hit("Kyiv", "author"), hit("Kiev regime", "quoted"),
             hit("referendum", "distanced"))
    cards = zone_items(lesson(terms), mask=lesson_masker(lesson(terms)))
    # The dateline's "KYIV" is masked, so it gives no card; each other use gives one, in text order.
    assert cards == (
        ZoneItem("Outlet A", "[dateline hidden] – Kyiv is calm.", 20, 24, "Kyiv", "author"),
        ZoneItem("Outlet A", 'He said "the Kiev regime lies".', 13, 24, "Kiev regime", "quoted"),
        ZoneItem("Outlet A", "The so-called referendum ended.", 14, 24, "referendum", "distanced"),
    )


@pytest.mark.parametrize(
    ("per_article", "expected_terms"),
    [
        (0, ()),
        # Zone by zone in turn: one author, one quoted, then shown in text order.
        (2, ("Kyiv", "Kiev regime")),
        (3, ("Kyiv", "Kiev regime", "referendum")),
    ],
)
def test_cards_take_each_zone_in_turn(per_article, expected_terms):
    terms = (hit("Kyiv", "author"), hit("Kiev regime", "quoted"), hit("referendum", "distanced"))
    cards = zone_items(lesson(terms), mask=lesson_masker(lesson(terms)), per_article=per_article)
    assert tuple(c.term for c in cards) == expected_terms


def test_repeated_uses_in_one_zone_give_one_card():
    terms = (hit("Kyiv", "author"), hit("Kiev", "quoted"))
    cards = zone_items(lesson(terms), mask=lesson_masker(lesson(terms)))
    assert [(c.term, c.zone) for c in cards] == [("Kyiv", "author"), ("Kiev", "quoted")]


ITEMS = (ZoneItem("Outlet A", "s1", 0, 1, "Kyiv", "author"), ZoneItem("Outlet A", "s2", 0, 1, "Kiev", "quoted"),
         ZoneItem("Outlet A", "s3", 0, 1, "sham", "distanced"))


@pytest.mark.parametrize(
    ("answers", "answered", "right", "first_line"),
    [
        ((), 0, 0, None),
        ((None, None, None), 0, 0, None),
        (("author",), 1, 1, "Right. “Kyiv” is the outlet's own words. No quotation marks"),
        (("quoted",), 1, 0, "Not quite: you chose quoted (someone else's words). “Kyiv” is the outlet's own words."),
        (("author", "author", "distanced"), 3, 2, "Right."),
        ((None, "quoted", "author"), 2, 1, "Right. “Kiev” is quoted (someone else's words). It is inside a quotation"),
    ],
)
def test_zone_score(answers, answered, right, first_line):
    score = zone_score(ITEMS, answers)
    assert (score.answered, score.right) == (answered, right)
    assert len(score.feedback) == answered
    if first_line:
        assert score.feedback[0].startswith(first_line)


@pytest.mark.parametrize(("reported", "expected"), [
    (None, ("author", "quoted", "distanced")),
    ("reported", ("author", "quoted", "distanced", "reported")),
])
def test_reported_zone_only_when_the_voice_module_has_it(monkeypatch, reported, expected):
    if reported is None:
        monkeypatch.delattr(voice_module, "REPORTED", raising=False)
    else:
        monkeypatch.setattr(voice_module, "REPORTED", reported, raising=False)
    assert zones() == expected
