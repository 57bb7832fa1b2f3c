from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from framing.compare.samples import FEW_N, FLAGS, MIN_N, flag_columns, sample_flags


@pytest.mark.parametrize(
    ("args", "kwargs", "flag", "note"),
    [
        ((0,), {}, "empty", "No articles — nothing to compare"),
        ((1,), {}, "too_few", "Only 1 article — too few articles to compare"),
        ((MIN_N - 1,), {}, "too_few", f"Only {MIN_N - 1} articles — too few articles to compare"),
        ((MIN_N,), {}, "few", f"{MIN_N} articles — few, read with care"),
        ((FEW_N,), {}, "ok", f"{FEW_N} articles"),
        ((50, 0.1, 0.2), {}, "ok", "50 articles"),
        ((50, 0.0, 0.8), {}, "wide", "50 articles; wide interval (±0.40)"),
        ((12, -0.5, 0.3), {}, "wide", "12 articles — few, read with care; wide interval (±0.40)"),
        ((3, -0.5, 0.5), {}, "too_few", "Only 3 articles — too few articles to compare; wide interval (±0.50)"),
        ((1,), {"unit": "quote"}, "too_few", "Only 1 quote — too few quotes to compare"),
        ((30, np.nan, np.nan), {}, "ok", "30 articles"),
        ((30, None, 0.9), {}, "ok", "30 articles"),
        ((0, -1.0, 1.0), {}, "empty", "No articles — nothing to compare"),
        ((8,), {"min_n": 10}, "too_few", "Only 8 articles — too few articles to compare"),
    ],
)
def test_sample_flags(args, kwargs, flag, note):
    result = sample_flags(*args, **kwargs)
    assert (result.flag, result.note) == (flag, note)
    assert result.too_few == (flag in ("empty", "too_few"))


def test_flag_columns_is_vectorised_and_keeps_the_index():
    n = pd.Series([0, 1, 25, 25], index=[10, 11, 12, 13])
    low = pd.Series([np.nan, 0.5, 0.0, 0.0], index=n.index)
    high = pd.Series([np.nan, 0.5, 0.1, 0.9], index=n.index)
    out = flag_columns(n, low, high, unit="term use")
    assert list(out.index) == [10, 11, 12, 13]
    assert list(out["flag"]) == ["empty", "too_few", "ok", "wide"]
    assert out["note"].iloc[1] == "Only 1 term use — too few term uses to compare"
    assert set(out["flag"]) <= set(FLAGS)


def test_flag_columns_on_nothing():
    out = flag_columns(pd.Series([], dtype="int64"))
    assert list(out.columns) == ["flag", "note"] and out.empty


def test_missing_n_counts_as_empty():
    assert list(flag_columns(pd.Series([np.nan, 2.0]))["flag"]) == ["empty", "too_few"]
