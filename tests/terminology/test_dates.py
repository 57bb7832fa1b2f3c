"""Dated weights: the article's date picks a variant's weight; undated articles keep the current one."""

from __future__ import annotations

import pytest

from framing.terminology import analyse_terms, load_pack
from framing.terminology.dates import article_day, weight_on
from framing.terminology.model import Period


@pytest.mark.parametrize(
    ("date", "day"),
    [
        ("2019-08-14", "2019-08-14"),
        ("2019-08", "2019-08-01"),
        ("2019", "2019-01-01"),
        ("2019-08-14T10:00:00+02:00", "2019-08-14"),
        (" 2022-02-01 ", "2022-02-01"),
        ("", None),
        (None, None),
        ("unknown", None),
        ("14/08/2019", None),
    ],
)
def test_article_day(date: str | None, day: str | None) -> None:
    assert article_day(date) == day


KIEV_PERIODS = (Period(0.0, until="2019-08-14"), Period(0.25, since="2019-08-14", until="2022-02-01"))


@pytest.mark.parametrize(
    ("day", "weight"),
    [
        ("2014-03-01", 0.0),
        ("2019-08-13", 0.0),  # the day before AP's switch
        ("2019-08-14", 0.25),  # since is inclusive
        ("2022-01-31", 0.25),
        ("2022-02-01", 0.5),  # until is exclusive: the current weight again
        ("2024-04-01", 0.5),
        (None, 0.5),  # undated: the current weight
    ],
)
def test_weight_on_both_sides_of_each_date(day: str | None, weight: float) -> None:
    assert weight_on(0.5, KIEV_PERIODS, day) == weight


def test_weight_on_without_periods_is_the_weight() -> None:
    assert weight_on(1.0, (), "2014-01-01") == 1.0


@pytest.fixture(scope="module")
def packs():
    return {"russia-ukraine": load_pack("russia-ukraine"), "migration": load_pack("migration")}


# (pack, language, text, term, date, expected weight): the shipped dates, one row per side.
SHIPPED = [
    ("russia-ukraine", "en", "Protests in Kiev continued.", "Kiev", "2014-02-20", 0.0),
    ("russia-ukraine", "en", "Protests in Kiev continued.", "Kiev", "2019-08-13", 0.0),
    ("russia-ukraine", "en", "Protests in Kiev continued.", "Kiev", "2019-08-14", 0.25),
    ("russia-ukraine", "en", "Protests in Kiev continued.", "Kiev", "2022-01-31", 0.25),
    ("russia-ukraine", "en", "Protests in Kiev continued.", "Kiev", "2022-02-01", 0.5),
    ("russia-ukraine", "en", "Protests in Kiev continued.", "Kiev", "2023-06", 0.5),
    ("russia-ukraine", "en", "Shelling hit Kharkov overnight.", "Kharkov", "2022-03-31", 0.25),
    ("russia-ukraine", "en", "Shelling hit Kharkov overnight.", "Kharkov", "2022-04-01", 0.5),
    ("russia-ukraine", "en", "Ships left Odessa at dawn.", "Odessa", "2022-03-31", 0.0),
    ("russia-ukraine", "en", "Ships left Odessa at dawn.", "Odessa", "2022-04-01", 0.25),
    ("russia-ukraine", "fr", "Des manifestations à Kiev.", "Kiev", "2023-06-01", 0.0),  # French: neutral always
    ("migration", "en", "An illegal immigrant was detained.", "illegal immigrant", "2013-04-01", 0.25),
    ("migration", "en", "An illegal immigrant was detained.", "illegal immigrant", "2013-04-02", 0.5),
]


@pytest.mark.parametrize(("pack", "language", "text", "term", "date", "weight"), SHIPPED)
def test_shipped_dated_weights(packs, pack: str, language: str, text: str, term: str, date: str,
                               weight: float) -> None:
    result = analyse_terms(text, language=language, lexicon=packs[pack], date=date)
    assert [(h.text, h.weight) for h in result.terms if h.text == term] == [(term, weight)]
    assert result.undated_variants == ()


@pytest.mark.parametrize(
    ("text", "weight", "undated"),
    [
        ("Protests in Kiev continued.", 0.5, ("Kiev",)),
        ("Protests in Kyiv continued.", 0.25, ()),  # Kyiv carries no dates
    ],
)
def test_undated_article_uses_current_weight_and_says_so(packs, text: str, weight: float,
                                                          undated: tuple[str, ...]) -> None:
    result = analyse_terms(text, language="en", lexicon=packs["russia-ukraine"], date=None)
    assert [h.weight for h in result.terms] == [weight]
    assert result.undated_variants == undated


def test_date_changes_the_index(packs) -> None:
    text = "Kiev said on Monday that talks would resume."
    old = analyse_terms(text, language="en", lexicon=packs["russia-ukraine"], date="2014-05-01")
    new = analyse_terms(text, language="en", lexicon=packs["russia-ukraine"], date="2023-05-01")
    # 2014: weight 0, no evidence; 2023: one moderate Kremlin-side spelling, 0.5 / (0.5 + 1).
    assert (old.terminology_index, new.terminology_index) == (None, pytest.approx(1 / 3))
