from __future__ import annotations

import pytest

from framing.reading import ReadError, article_from_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # header with date, URL and no headline: next line is the title
        (
            " date 2022-03-07 https://example.org/a\n\nA title\n\nBody one.\n\nBody two.",
            {"date": "2022-03-07", "url": "https://example.org/a", "title": "A title", "dateline": None},
        ),
        # month-only date keeps its precision; headline in the header is the title
        (
            " date 2022-03 Un titre dans l'en-tête\n\nLe corps commence ici.\n\nSuite.",
            {"date": "2022-03", "url": None, "title": "Un titre dans l'en-tête"},
        ),
        # a dateline where the headline would be: no title, dateline kept
        (
            " date 2024-04-01 Beijing (agencies)\n\nA long first paragraph of body text.\n\nMore.",
            {"date": "2024-04-01", "title": None, "dateline": "Beijing (agencies)"},
        ),
        # no header: first short paragraph is the title
        ("Short headline\n\nBody paragraph.", {"date": None, "title": "Short headline"}),
        # a single paragraph is body, not a title
        ("Only one paragraph here.", {"title": None}),
        # impossible header date is dropped with a warning
        (" date 2022-02-30 https://x.org\n\nT\n\nB", {"date": None, "title": "T"}),
    ],
)
def test_header_title_and_date(raw, expected):
    article = article_from_text(raw, source="t.txt")
    for key, value in expected.items():
        assert getattr(article, key) == value, key


def test_duplicated_title_is_kept_once():
    raw = " date 2022-03-07 https://x.org/a\n\nSame Title\n\nSame  title\n\nBody text."
    article = article_from_text(raw, source="t.txt")
    assert article.text == "Same Title\n\nBody text."


def test_text_starts_with_title_and_paragraphs_are_blank_line_separated():
    article = article_from_text("Title\n\n\n\nPara  one.\nPara two.", source="t.txt")
    assert article.text == "Title\n\nPara one.\n\nPara two."


@pytest.mark.parametrize(
    "line",
    ["Connect with us", "Click to comment", "Leave a Reply",
     "Your email address will not be published. Required fields are marked *",
     ">> LIVE. Our coverage of the summit, hour by hour", "EN DIRECT | Le sommet minute par minute",
     "► Watch the press conference"],
)
def test_boilerplate_lines_are_dropped(line):
    article = article_from_text(f"{line}\n\nTitle\n\nBody.\n\n{line}", source="t.txt")
    assert line not in article.text
    assert article.title == "Title"


@pytest.mark.parametrize(
    "line",
    ["» Nous ne céderons pas », a-t-il répété.", "Live music returned to the city on Friday.",
     "Directly after the vote, the minister resigned."],
)
def test_sentences_that_look_like_chrome_are_kept(line):
    article = article_from_text(f"Title\n\n{line}\n\nBody.", source="t.txt")
    assert line in article.text


def test_header_date_warning_is_recorded():
    article = article_from_text(" date 2022-13-01\n\nT\n\nB", source="t.txt")
    assert article.date is None
    assert any("2022-13-01" in w for w in article.warnings)


@pytest.mark.parametrize("raw", ["", "   \n\n  ", " date 2022-03-07 https://x.org", "Connect with us\nLeave a Reply"])
def test_nothing_left_is_an_error(raw):
    with pytest.raises(ReadError):
        article_from_text(raw, source="t.txt")
