from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from framing.compare.intervals import bootstrap_mean, means_with_intervals, wilson_interval
from tests.compare import oracle


@pytest.mark.parametrize("n", [30, 100, 1000])
def test_bootstrap_interval_covers_a_known_mean(n):
    values = np.random.default_rng(n).normal(0.3, 0.5, size=n)
    result = bootstrap_mean(values, n_boot=2000, seed=1)
    assert result.n == n
    assert result.low < 0.3 < result.high
    assert result.low < result.mean < result.high


def test_bootstrap_interval_narrows_with_n():
    rng = np.random.default_rng(7)
    widths = [bootstrap_mean(rng.normal(0.3, 0.5, size=n), seed=0) for n in (20, 200, 2000)]
    widths = [r.high - r.low for r in widths]
    assert widths[0] > widths[1] > widths[2]
    # The half-width shrinks like 1/√n: about 2 × 1.96 × 0.5 / √2000 ≈ 0.044 at n = 2000.
    assert widths[2] == pytest.approx(2 * 1.96 * 0.5 / np.sqrt(2000), rel=0.15)


def test_bootstrap_coverage_is_close_to_95_percent():
    # 200 independent samples of n = 40 from N(0.3, 0.5): about 95% of intervals cover 0.3.
    rng = np.random.default_rng(2024)
    covered = 0
    for i in range(200):
        r = bootstrap_mean(rng.normal(0.3, 0.5, size=40), n_boot=500, seed=i)
        covered += r.low <= 0.3 <= r.high
    assert 0.88 <= covered / 200 <= 0.99


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([], (0, None, None, None)),
        ([np.nan, np.nan], (0, None, None, None)),
        ([0.5], (1, 0.5, 0.5, 0.5)),
        ([np.nan, 0.2, 0.2], (2, 0.2, 0.2, 0.2)),
    ],
)
def test_bootstrap_edge_cases(values, expected):
    r = bootstrap_mean(values, seed=0)
    got = (r.n, *(None if np.isnan(v) else pytest.approx(v) for v in (r.mean, r.low, r.high)))
    assert got == expected


def test_bootstrap_is_reproducible_and_seeded():
    values = np.random.default_rng(0).normal(size=50)
    assert bootstrap_mean(values, seed=3) == bootstrap_mean(values, seed=3)
    assert bootstrap_mean(values, seed=3) != bootstrap_mean(values, seed=4)


def test_bootstrap_without_resamples_has_no_bounds():
    r = bootstrap_mean([1.0, 2.0, 3.0], n_boot=0)
    assert r.mean == 2.0 and np.isnan(r.low) and np.isnan(r.high)


def group_means(frame, by, value, **kwargs):
    """Means with intervals of the groups of ``frame``, every value passed for the bootstrap."""
    return means_with_intervals(oracle.group_moments(frame, by, value), frame, by, value, **kwargs)


def test_group_means_one_row_per_group_with_flags():
    frame = pd.DataFrame({"outlet": ["A"] * 25 + ["B", "C"],
                          "v": [0.1] * 25 + [0.4, np.nan]})
    out = group_means(frame, ["outlet"], "v", n_boot=200)
    assert list(out["outlet"]) == ["A", "B", "C"]
    assert list(out["n"]) == [25, 1, 0]
    assert list(out["flag"]) == ["ok", "too_few", "empty"]
    assert out["note"].iloc[1] == "Only 1 article — too few articles to compare"
    assert out["mean"].iloc[0] == pytest.approx(0.1)


def test_group_interval_does_not_depend_on_other_groups():
    a = pd.DataFrame({"outlet": ["A"] * 10, "v": np.linspace(-1, 1, 10)})
    b = pd.concat([a, pd.DataFrame({"outlet": ["B"] * 5, "v": [0.0] * 5})])
    alone = group_means(a, ["outlet"], "v", n_boot=300)
    together = group_means(b, ["outlet"], "v", n_boot=300)
    assert alone.iloc[0]["low"] == together.iloc[0]["low"]


def test_group_means_of_nothing():
    out = group_means(pd.DataFrame({"outlet": [], "v": []}), ["outlet"], "v")
    assert out.empty and "note" in out.columns


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [
        # Wilson (1927) with z = 1.959964: 5/10 → 0.5 ± 0.2634 (centre 0.5).
        (5, 10, 0.236593, 0.763407),
        (0, 10, 0.0, 0.277533),
        (10, 10, 0.722467, 1.0),
    ],
)
def test_wilson_interval(k, n, low, high):
    lo, hi = wilson_interval(np.array([k]), np.array([n]))
    assert (lo[0], hi[0]) == (pytest.approx(low, abs=1e-5), pytest.approx(high, abs=1e-5))


def test_wilson_interval_without_articles_is_nan():
    lo, hi = wilson_interval(np.array([0]), np.array([0]))
    assert np.isnan(lo[0]) and np.isnan(hi[0])
