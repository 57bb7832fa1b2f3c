from __future__ import annotations

import pytest

from framing.reading import date_precision, iso_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2022-03-07", "2022-03-07"),
        ("2022-03", "2022-03"),
        ("2022", "2022"),
        ("2022-3-7", "2022-03-07"),
        ("2022-03-07T10:00:00+00:00", "2022-03-07"),
        ("2022/03/07", "2022-03-07"),
        ("07.03.2022", "2022-03-07"),
        ("7/3/2022", "2022-03-07"),
        ("2022-02-30", None),
        ("2022-13", None),
        ("yesterday", None),
        ("", None),
        (None, None),
        ("0001-01-01", None),
    ],
)
def test_iso_date(value, expected):
    assert iso_date(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2022", "year"), ("2022-03", "month"), ("2022-03-07", "day"), (None, None), ("", None)],
)
def test_date_precision(value, expected):
    assert date_precision(value) == expected
