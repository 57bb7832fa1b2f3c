"""Worksheet and answer key: masked, numbered, escaped; the key shows outlets and evidence."""

from __future__ import annotations

import pytest

from framing.present.lessons.model import Lesson, LessonArticle, PoleInfo, Snapshot
from framing.present.lessons.worksheet import (
    answer_key_html,
    numbered_lines,
    worksheet_html,
    zone_card_html,
)
from framing.present.lessons.zones import ZoneItem
from framing.terminology import TermHit

HOSTILE_OUTLET = '<img src=x onerror="alert(1)">'
TEXT = f"Title\n\nMOSCOW (XW) - {HOSTILE_OUTLET} says <script>alert(2)</script> the Kiev regime fell."


def lesson() -> Lesson:
    start = TEXT.index("Kiev regime")
    term = TermHit("Kiev regime", "Kiev regime", start, start + 11, "kremlin", "c", "author", 1.0, "r", "v", "en")
    snapshot = Snapshot("p", "p@1+abc", "1", "abcdef", {"framing": "0.1.0"}, (PoleInfo("kremlin", "Kremlin", 1),))
    articles = (LessonArticle("Outlet A", TEXT, outlet=HOSTILE_OUTLET, url="https://xw.example/a", terms=(term,),
                              terminology_index=0.5, terminology_hits=1.0, date="2022-01-02", language="en"),
                LessonArticle("Outlet B", "Plain.", outlet="Y & Z"))
    return Lesson("Lesson <1>", "guess", articles, snapshot, questions=("Whose <words>?",))


@pytest.mark.parametrize(
    ("text", "width", "expected"),
    [
        ("", 80, []),
        ("  \n\n ", 80, []),
        ("one two", 80, [("one two", True)]),
        ("aaa bbb ccc", 7, [("aaa bbb", True), ("ccc", False)]),
        ("p1\n\np2", 80, [("p1", True), ("p2", True)]),
        ("p1\n\n\n\np2 x", 3, [("p1", True), ("p2", True), ("x", False)]),
        ("a\nb", 80, [("a b", True)]),
    ],
)
def test_numbered_lines(text, width, expected):
    assert numbered_lines(text, width=width) == expected


def test_worksheet_is_masked_numbered_escaped_and_has_questions():
    page = worksheet_html(lesson())
    assert "<img" not in page and "<script>alert" not in page
    assert HOSTILE_OUTLET not in page and "xw.example" not in page and "MOSCOW" not in page
    assert "Outlet A" in page and "[dateline hidden]" in page
    assert '<ol class="fr-lines">' in page and '<li class="fr-para">Title</li>' in page
    assert "Whose &lt;words&gt;?" in page and "Lesson &lt;1&gt;" in page
    assert "@media print" in page and "break-after: page" in page


def test_answer_key_shows_outlets_figures_and_evidence_escaped():
    page = answer_key_html(lesson())
    assert "<img" not in page and "<script>alert" not in page
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in page and "Y &amp; Z" in page
    assert "<td>+0.50</td><td>1</td>" in page
    assert "Outlets and figures" in page and "p@1+abc" in page
    assert '<mark class="fr-term fr-voice-author"' in page


def test_zone_card_escapes_and_marks_the_term():
    card = zone_card_html(ZoneItem("Outlet A", "a <b> Kiev c", 6, 10, "Kiev", "author"))
    assert '<p>a &lt;b&gt; <mark class="fr-card-term">Kiev</mark> c</p>' in card
