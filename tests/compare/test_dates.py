from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from framing.compare.dates import date_bounds, days_apart
from tests.compare.oracle import period_labels

DATES = pd.Series(["2022", "2022-09", "2022-09-30", None, "2023-02-30", "soon", "2024-02"])
PRECISIONS = pd.Series(["year", "month", "day", None, "day", None, None])


def test_bounds_cover_what_the_date_may_mean():
    b = date_bounds(DATES, PRECISIONS)
    as_text = [None if pd.isna(x) else x.strftime("%Y-%m-%d") for x in b["first"]]
    assert as_text == ["2022-01-01", "2022-09-01", "2022-09-30", None, None, None, "2024-02-01"]
    assert b["last"].iloc[1] == pd.Timestamp("2022-09-30")  # a month-only date is the whole month
    assert b["last"].iloc[6] == pd.Timestamp("2024-02-29")
    assert b["last"].iloc[0] == pd.Timestamp("2022-12-31")


@pytest.mark.parametrize(
    ("freq", "expected"),
    [
        ("year", ["2022", "2022", "2022", None, None, None, "2024"]),
        ("month", [None, "2022-09", "2022-09", None, None, None, "2024-02"]),
        ("day", [None, None, "2022-09-30", None, None, None, None]),
    ],
)
def test_period_labels_never_invent_a_day(freq, expected):
    assert period_labels(DATES, PRECISIONS, freq=freq).tolist() == expected


def test_period_labels_reject_unknown_granularity():
    with pytest.raises(ValueError, match="freq"):
        period_labels(DATES, freq="week")


def test_days_apart_respects_precision():
    b = date_bounds(pd.Series(["2022-09", "2022-09-15", "2022-10-03", None]))
    gaps = days_apart(b["first"], b["last"], b["first"].iloc[1], b["last"].iloc[1])
    assert gaps[:3].tolist() == [0.0, 0.0, 18.0] and np.isnan(gaps[3])
