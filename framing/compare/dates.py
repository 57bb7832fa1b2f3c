"""Dates at their own precision: a month-only date is the whole month, never its 1st.

``date_bounds`` turns ISO strings (``2022``, ``2022-03``, ``2022-03-07``) into
the first and last day they may mean; ``FREQUENCIES`` says which precisions
are fine enough for a year, month or day period (a store places dates in
periods in SQL, ``framing.store.counts``).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

__all__ = ["FREQUENCIES", "date_bounds", "days_apart", "precisions"]

# Granularity → (ISO string length of a label, precisions fine enough for it).
FREQUENCIES = {
    "year": (4, ("year", "month", "day")),
    "month": (7, ("month", "day")),
    "day": (10, ("day",)),
}
_PRECISION_BY_LENGTH = {4: "year", 7: "month", 10: "day"}
_PERIOD_CODE = {"year": "Y", "month": "M", "day": "D"}
_FORMAT = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d"}


def precisions(dates: pd.Series, given: pd.Series | None = None) -> pd.Series:
    """Return each date's precision: the given one when valid, else read from the string's length."""
    from_length = dates.astype("string").str.len().map(_PRECISION_BY_LENGTH)
    if given is None:
        return from_length.astype(object)
    given = given.where(given.isin(list(FREQUENCIES)))
    return given.fillna(from_length).astype(object)


def date_bounds(dates: pd.Series, given: pd.Series | None = None) -> pd.DataFrame:
    """Return columns ``first`` and ``last`` (Timestamps, NaT when undated or unreadable).

    ``2022-09`` spans 2022-09-01 … 2022-09-30; ``2022`` spans the year.
    """
    dates = dates.reset_index(drop=True)
    precision = precisions(dates, None if given is None else given.reset_index(drop=True))
    first = pd.Series(pd.NaT, index=dates.index, dtype="datetime64[ns]")
    last = first.copy()
    for name, (length, _) in FREQUENCIES.items():
        mask = (precision == name).to_numpy()
        if not mask.any():
            continue
        text = dates[mask].astype(str).str.slice(0, length)
        start = pd.to_datetime(text, format=_FORMAT[name], errors="coerce")
        first[mask] = start.to_numpy()
        last[mask] = start.dt.to_period(_PERIOD_CODE[name]).dt.end_time.dt.normalize().to_numpy()
    return pd.DataFrame({"first": first, "last": last})


def days_apart(a_first: pd.Series, a_last: pd.Series, b_first, b_last) -> np.ndarray:
    """Return the days between two date ranges (0 when they overlap, NaN when either is undated)."""
    gap = np.maximum(pd.to_datetime(b_first) - a_last, a_first - pd.to_datetime(b_last))
    days = pd.Series(gap).dt.days.to_numpy(dtype="float64", na_value=np.nan)
    return np.maximum(days, 0.0)

