"""The five real seed articles: metadata right, boilerplate gone (read from ../shared)."""

from __future__ import annotations

import pytest

from framing.reading import read_path
from tests.conftest import seed_path

BOILERPLATE = ("Connect with us", "Click to comment", "Leave a Reply", "Your email address will not be published")


@pytest.mark.parametrize(
    ("prefix", "expected"),
    [
        ("000", {"date": None, "outlet": None, "url": None, "dateline": None,
                 "title_start": "“There is little hope today,” Clément Bon notes"}),
        ("001", {"date": "2022-03-07", "outlet": "Sputnik", "dateline": None,
                 "title_start": "'We Are Not at War': French FM Says"}),
        ("002", {"date": None, "outlet": None, "dateline": None,
                 "title_start": "War in Ukraine | Peace talks stall"}),
        ("003", {"date": "2022-03", "outlet": None, "dateline": None,
                 "title_start": "Les pourparlers entre Kiev et Moscou"}),
        ("004", {"date": "2024-04-01", "outlet": None, "dateline": "Beijing (agencies)", "title_start": None}),
    ],
)
def test_seed_metadata(prefix, expected):
    result = read_path(seed_path(prefix))
    assert result.problems == []
    (article,) = result.articles
    assert article.date == expected["date"]
    assert article.outlet == expected["outlet"]
    assert article.dateline == expected["dateline"]
    if expected["title_start"] is None:
        assert article.title is None
    else:
        assert article.title.startswith(expected["title_start"])
        # kept once where the page repeated it; 003's headline is also a body sentence
        assert article.text.count(article.title) == (2 if prefix == "003" else 1)
    for line in BOILERPLATE:
        assert line not in article.text


def test_sputnik_url_and_repeated_title():
    (article,) = read_path(seed_path("001")).articles
    assert article.url.startswith("https://sputniknews.com/")
    assert article.text.count("'We Are Not at War'") == 1
