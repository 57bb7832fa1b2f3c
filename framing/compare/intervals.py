"""Uncertainty for means and shares: bootstrap percentile and Wilson intervals, per group.

The bootstrap is the percentile interval of Efron & Tibshirani (1993, ch. 13):
resample the values with replacement ``n_boot`` times and take the
``(1 - confidence) / 2`` and ``(1 + confidence) / 2`` quantiles of the
resampled means. Each group draws from its own generator seeded by
``(seed, crc32(group key))``, so a group's interval does not change when
another outlet is added to or removed from the corpus.

Groups of more than ``BOOTSTRAP_MAX_N`` values get the normal interval
``mean ± z·sd/√n`` instead. The percentile bootstrap earns its cost on small
samples, where it assumes no normality; by 30 values the sampling
distribution of a mean of values bounded in [-1, 1] is close to normal
(central limit theorem) and the two intervals agree to within the
bootstrap's own Monte Carlo error. The normal interval needs only ``n``,
``mean`` and ``sd``, which a store computes in SQL, so a million articles —
or a hundred outlet × month cells of a few hundred each — need no resampling
and no values loaded (``means_with_intervals`` takes the moments plus the raw
values of the small groups only).
"""

from __future__ import annotations

import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from statistics import NormalDist

import numpy as np
import pandas as pd

from framing.compare.samples import flag_columns

__all__ = [
    "BOOTSTRAP_MAX_N",
    "INTERVAL_COLUMNS",
    "N_BOOT",
    "Interval",
    "bootstrap_mean",
    "means_with_intervals",
    "normal_interval",
    "wilson_interval",
]

# 2,000 resamples put the Monte Carlo error of a 95% percentile bound well
# below the bound's own sampling error (Efron & Tibshirani 1993, §19.3).
N_BOOT = 2000
# Cap on resampled values held in memory at once (≈ 64 MB of int64 indices).
_CHUNK_VALUES = 8_000_000
# Largest group that is bootstrapped; larger groups get the normal interval (module docstring).
BOOTSTRAP_MAX_N = 30

INTERVAL_COLUMNS = {
    "n": "number of non-missing values in the group",
    "mean": "mean of the values",
    "low": "lower bound of the bootstrap percentile interval (NaN when n = 0)",
    "high": "upper bound of the bootstrap percentile interval (NaN when n = 0)",
    "flag": "small-sample flag (framing.compare.samples.FLAGS)",
    "note": "the flag in words, with n",
}


@dataclass(frozen=True, slots=True)
class Interval:
    """A mean with its bootstrap percentile interval and sample size."""

    n: int
    mean: float
    low: float
    high: float


def bootstrap_mean(
    values: Sequence[float] | np.ndarray | pd.Series,
    *,
    n_boot: int = N_BOOT,
    confidence: float = 0.95,
    seed: int | Sequence[int] = 0,
) -> Interval:
    """Return the mean of ``values`` (NaNs dropped) with a bootstrap percentile interval.

    Efron & Tibshirani 1993, ch. 13. With ``n_boot=0`` the bounds are NaN;
    with one value both bounds equal it (and ``samples.sample_flags`` says
    it is too few to compare).
    """
    x = np.asarray(values, dtype="float64")
    x = x[~np.isnan(x)]
    if x.size == 0:
        return Interval(0, np.nan, np.nan, np.nan)
    mean = float(x.mean())
    if n_boot <= 0:
        return Interval(int(x.size), mean, np.nan, np.nan)
    if x.min() == x.max():  # one value, or all equal: every resample has the same mean
        return Interval(int(x.size), mean, mean, mean)
    rng = np.random.default_rng(seed)
    means = _resampled_means(x, n_boot, rng)
    tail = (1.0 - confidence) / 2.0
    low, high = np.quantile(means, [tail, 1.0 - tail])
    return Interval(int(x.size), mean, float(low), float(high))


def means_with_intervals(
    moments: pd.DataFrame,
    values: pd.DataFrame,
    by: Sequence[str],
    value: str,
    *,
    n_boot: int = N_BOOT,
    confidence: float = 0.95,
    seed: int = 0,
    unit: str = "article",
    max_bootstrap_n: int = BOOTSTRAP_MAX_N,
) -> pd.DataFrame:
    """Return ``INTERVAL_COLUMNS`` rows for the groups of ``moments``
    (``framing.compare.cells.MOMENT_COLUMNS`` per group of ``by``), in sorted group order.

    A group of at most ``max_bootstrap_n`` values is bootstrapped from its rows
    of ``values`` (which must hold them, in column ``value``; larger groups'
    rows may be absent); a larger group gets ``normal_interval``.
    """
    by = list(by)
    columns = [*by, *INTERVAL_COLUMNS]
    if moments.empty:
        return pd.DataFrame(columns=columns)
    raw = pd.to_numeric(values[value], errors="coerce").to_numpy(dtype="float64", na_value=np.nan) \
        if len(values) else np.array([], dtype="float64")
    # Positions per group, without building a sub-frame per group (many outlet × actor groups).
    groups = values.groupby(by, sort=False, dropna=False).indices if len(values) else {}
    rows = []
    for row in sorted(moments.itertuples(index=False), key=lambda r: _sort_key(tuple(r[: len(by)]))):
        parts = tuple(row[: len(by)])
        n, mean, sd = int(row[len(by)]), float(row[len(by) + 1]), row[len(by) + 2]
        key = parts if len(by) > 1 else parts[0]
        if 0 < n <= max_bootstrap_n:
            # Sorted: the interval must not depend on the order rows arrive in (SQL has none).
            interval = bootstrap_mean(np.sort(raw[groups.get(key, [])]), n_boot=n_boot,
                                      confidence=confidence, seed=_group_seed(seed, parts))
        elif n > max_bootstrap_n:
            low, high = normal_interval(n, mean, float(sd) if pd.notna(sd) else 0.0, confidence=confidence)
            interval = Interval(n, mean, low, high)
        else:
            interval = Interval(0, np.nan, np.nan, np.nan)
        rows.append((*parts, interval.n, interval.mean, interval.low, interval.high))
    out = pd.DataFrame(rows, columns=[*by, "n", "mean", "low", "high"])
    out["n"] = out["n"].astype("int64")
    out = pd.concat([out, flag_columns(out["n"], out["low"], out["high"], unit=unit)], axis=1)
    return out[columns]


def normal_interval(n: int, mean: float, sd: float, *, confidence: float = 0.95) -> tuple[float, float]:
    """Return the normal (central limit) interval ``mean ± z·sd/√n`` of a mean."""
    if n <= 0:
        return np.nan, np.nan
    z = NormalDist().inv_cdf((1.0 + confidence) / 2.0)
    half = z * sd / np.sqrt(n)
    return mean - half, mean + half


def wilson_interval(
    successes: np.ndarray | pd.Series,
    n: np.ndarray | pd.Series,
    *,
    confidence: float = 0.95,
) -> tuple[np.ndarray, np.ndarray]:
    """Return the Wilson (1927) score interval ``(low, high)`` of proportions ``successes / n``.

    Unlike the normal approximation it stays inside [0, 1] and is not
    degenerate at 0 or n successes. NaN where ``n`` is 0.
    """
    k = np.asarray(successes, dtype="float64")
    m = np.asarray(n, dtype="float64")
    z = NormalDist().inv_cdf((1.0 + confidence) / 2.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = k / m
        denominator = 1.0 + z**2 / m
        centre = (p + z**2 / (2 * m)) / denominator
        margin = z * np.sqrt(p * (1 - p) / m + z**2 / (4 * m**2)) / denominator
    low = np.where(m > 0, np.clip(centre - margin, 0.0, 1.0), np.nan)
    high = np.where(m > 0, np.clip(centre + margin, 0.0, 1.0), np.nan)
    return low, high


def _resampled_means(x: np.ndarray, n_boot: int, rng: np.random.Generator) -> np.ndarray:
    """Return ``n_boot`` means of resamples of ``x``, drawn in chunks to bound memory."""
    n = x.size
    per_chunk = max(1, _CHUNK_VALUES // n)
    means = np.empty(n_boot)
    for start in range(0, n_boot, per_chunk):
        stop = min(n_boot, start + per_chunk)
        idx = rng.integers(0, n, size=(stop - start, n))
        means[start:stop] = x[idx].mean(axis=1)
    return means


def _sort_key(key) -> tuple:
    """Sort group keys with missing parts (NaN, None) last, whatever their types."""
    parts = key if isinstance(key, tuple) else (key,)
    return tuple((pd.isna(p), str(p)) for p in parts)


def _group_seed(seed: int, key: tuple) -> list[int]:
    """A seed for one group that depends only on ``seed`` and the group's key."""
    return [int(seed), zlib.crc32(repr(tuple(str(k) for k in key)).encode("utf-8"))]
