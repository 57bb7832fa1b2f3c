"""Small-sample honesty: every figure carries its n and, when needed, a warning in words.

``flag_columns`` is the vectorised form used by every comparison function, so
each output row has ``n``, ``flag`` and ``note``; ``sample_flags`` is the same
rule for one figure. A flag is one of ``FLAGS`` (worst first); the note says
every problem that applies, e.g. "Only 1 article — too few articles to
compare" or "12 articles — few, read with care; wide interval (±0.40)".
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

__all__ = [
    "FEW_N",
    "FLAGS",
    "FLAG_COLUMNS",
    "MIN_N",
    "WIDE_HALF_WIDTH",
    "SampleFlags",
    "flag_columns",
    "sample_flags",
]

# Below 5 values a bootstrap has only a handful of distinct resamples and a
# percentile interval is close to meaningless (with n = 1 it has zero width,
# which looks certain), so we refuse to compare: "too few".
MIN_N = 5
# Percentile intervals under-cover for small samples (Efron & Tibshirani 1993,
# ch. 13); below ~20 values we still show the figure but say "read with care".
FEW_N = 20
# Indices and compounds live on [-1, 1]; an interval reaching ±0.2 around the
# mean spans a tenth of the whole scale, too wide to rank outlets by.
WIDE_HALF_WIDTH = 0.2

# Flag values, worst first. "wide" outranks "few": it measures the uncertainty itself.
FLAGS = ("empty", "too_few", "wide", "few", "ok")

FLAG_COLUMNS = {
    "n": "number of values behind the figure (articles, quotes, term uses …)",
    "flag": "worst applicable of " + ", ".join(FLAGS),
    "note": "the flag in words, with n, for the UI",
}


@dataclass(frozen=True, slots=True)
class SampleFlags:
    """The honesty verdict on one figure (see ``sample_flags``)."""

    n: int
    flag: str
    note: str
    half_width: float | None

    @property
    def too_few(self) -> bool:
        """True when the figure should not be compared at all (empty or too few)."""
        return self.flag in ("empty", "too_few")


def sample_flags(
    n: int,
    low: float | None = None,
    high: float | None = None,
    *,
    unit: str = "article",
    min_n: int = MIN_N,
    few_n: int = FEW_N,
    wide: float = WIDE_HALF_WIDTH,
) -> SampleFlags:
    """Return the flag and sentence for one figure with ``n`` values and interval ``[low, high]``.

    >>> sample_flags(1).note
    'Only 1 article — too few articles to compare'
    """
    frame = flag_columns(
        pd.Series([n]),
        pd.Series([low], dtype="float64"),
        pd.Series([high], dtype="float64"),
        unit=unit, min_n=min_n, few_n=few_n, wide=wide,
    )
    half = _half_width(low, high)
    return SampleFlags(int(n), str(frame["flag"].iloc[0]), str(frame["note"].iloc[0]), half)


def flag_columns(
    n: pd.Series | np.ndarray,
    low: pd.Series | np.ndarray | None = None,
    high: pd.Series | np.ndarray | None = None,
    *,
    unit: str = "article",
    min_n: int = MIN_N,
    few_n: int = FEW_N,
    wide: float = WIDE_HALF_WIDTH,
) -> pd.DataFrame:
    """Return columns ``flag`` and ``note`` (see ``FLAG_COLUMNS``) for arrays of n and bounds.

    ``unit`` is the singular noun counted by ``n`` ("article", "quote", "term use");
    its plural adds an "s". Missing bounds (NaN or ``None``) never make a row "wide".
    """
    index = n.index if isinstance(n, pd.Series) else None
    counts = np.nan_to_num(np.asarray(n, dtype="float64"), nan=0.0).astype("int64")
    half = _half_widths(low, high, len(counts))
    plural = unit + "s"
    empty = counts <= 0
    too_few = ~empty & (counts < min_n)
    few = ~empty & ~too_few & (counts < few_n)
    is_wide = ~empty & (np.nan_to_num(half, nan=0.0) >= wide)

    counted = np.char.add(np.char.add(counts.astype(str), " "), np.where(counts == 1, unit, plural))
    head = np.select(
        [empty, too_few, few],
        [np.full(len(counts), f"No {plural} — nothing to compare", dtype=object),
         np.char.add(np.char.add("Only ", counted), f" — too few {plural} to compare"),
         np.char.add(counted, " — few, read with care")],
        default=counted,
    ).astype(object)
    tail = np.array([f"; wide interval (±{h:.2f})" if w else "" for h, w in zip(half, is_wide, strict=True)],
                    dtype=object)
    flag = np.select([empty, too_few, is_wide, few], list(FLAGS[:4]), default="ok")
    return pd.DataFrame({"flag": flag.astype(object), "note": head + tail}, index=index)


def _half_widths(low, high, size: int) -> np.ndarray:
    if low is None or high is None:
        return np.full(size, np.nan)
    return (np.asarray(high, dtype="float64") - np.asarray(low, dtype="float64")) / 2.0


def _half_width(low: float | None, high: float | None) -> float | None:
    if low is None or high is None or np.isnan(low) or np.isnan(high):
        return None
    return (high - low) / 2.0
