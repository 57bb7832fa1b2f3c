"""Timeline: terminology index and sentiment per outlet over time, respecting date precision.

An article is placed in a period only when its date is precise enough: a
month-only date (``2022-09``) counts at month and year granularity and is
left out — and counted as left out — at day granularity; it is never put on
the 1st. Each point is a mean with a bootstrap percentile interval (Efron &
Tibshirani 1993) and its n.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd

from framing.compare.cells import EXCLUDED_COUNT_COLUMNS
from framing.compare.dates import FREQUENCIES
from framing.compare.intervals import means_with_intervals

__all__ = ["EXCLUDED_COLUMNS", "MEASURES", "TIMELINE_COLUMNS", "Timeline", "timeline"]

MEASURES = ("terminology_index", "sentiment")
# Many small cells: 1,000 resamples keep the whole timeline fast and the bounds stable
# to about ±0.01 on the [-1, 1] scale.
TIMELINE_N_BOOT = 1000

TIMELINE_COLUMNS = {
    "outlet": "outlet name",
    "period": "period label: YYYY, YYYY-MM or YYYY-MM-DD",
    "period_start": "first day of the period (Timestamp, for a time axis)",
    "measure": "'terminology_index' or 'sentiment' (article measures of the store)",
    "n": "articles in the period with a value",
    "mean": "mean of the measure",
    "low": "lower bound of the bootstrap percentile interval",
    "high": "upper bound of the bootstrap percentile interval",
    "flag": "small-sample flag",
    "note": "the flag in words",
}

EXCLUDED_COLUMNS = {
    **EXCLUDED_COUNT_COLUMNS,
    "excluded": "undated + too_coarse",
    "note": "the exclusion in words, empty when nothing was left out",
}


@dataclass(frozen=True)
class Timeline:
    """``points``: ``TIMELINE_COLUMNS``; ``excluded``: ``EXCLUDED_COLUMNS``, one row per outlet."""

    points: pd.DataFrame
    excluded: pd.DataFrame


def timeline(
    moments: pd.DataFrame,
    values: pd.DataFrame,
    excluded: pd.DataFrame,
    *,
    freq: str = "month",
    measures: Sequence[str] = MEASURES,
    n_boot: int = TIMELINE_N_BOOT,
    confidence: float = 0.95,
    seed: int = 0,
) -> Timeline:
    """Return each outlet's mean ``measures`` per period of ``freq`` ('year', 'month' or 'day').

    ``moments`` has per ``measure`` × outlet × period the ``cells.MOMENT_COLUMNS``; ``values`` the
    placed article rows (``outlet``, ``period`` and one column per measure) of the periods small
    enough to bootstrap; ``excluded`` per outlet the ``cells.EXCLUDED_COUNT_COLUMNS``. Points are
    sorted by measure, outlet and period; an outlet × period with articles but no value for a
    measure keeps a row with n = 0.
    """
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {', '.join(FREQUENCIES)}, not {freq!r}")
    points = []
    for m in measures:
        rows = moments[moments["measure"] == m] if len(moments) else moments
        if len(rows):
            stats = means_with_intervals(rows[["outlet", "period", "n", "mean", "sd"]], values,
                                         ["outlet", "period"], m, n_boot=n_boot,
                                         confidence=confidence, seed=seed)
            points.append(stats.assign(measure=m))
    if points:
        out = pd.concat(points, ignore_index=True)
        out["period_start"] = pd.to_datetime(out["period"], format=_FORMATS[freq])
    else:
        out = pd.DataFrame(columns=list(TIMELINE_COLUMNS))
    order = {m: i for i, m in enumerate(measures)}
    out = out.sort_values(["measure", "outlet", "period"], kind="stable",
                          key=lambda s: s.map(order) if s.name == "measure" else s)
    return Timeline(out[list(TIMELINE_COLUMNS)].reset_index(drop=True), _excluded(excluded, freq=freq))


_FORMATS = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d"}


def _excluded(counts: pd.DataFrame, *, freq: str) -> pd.DataFrame:
    """Return ``EXCLUDED_COLUMNS`` from per-outlet ``undated`` and ``too_coarse`` counts."""
    if counts.empty:
        return pd.DataFrame(columns=list(EXCLUDED_COLUMNS))
    out = counts[["outlet", "undated", "too_coarse"]].copy()
    out[["undated", "too_coarse"]] = out[["undated", "too_coarse"]].astype("int64")
    out["excluded"] = out["undated"] + out["too_coarse"]
    out["note"] = [_note(u, c, freq) for u, c in zip(out["undated"], out["too_coarse"], strict=True)]
    return out[list(EXCLUDED_COLUMNS)].reset_index(drop=True)


def _note(undated: int, coarse: int, freq: str) -> str:
    parts = []
    if coarse:
        coarser = {"day": "the month or year", "month": "the year"}.get(freq, "")
        parts.append(f"{coarse} article{'s' if coarse != 1 else ''} dated only to {coarser} "
                     f"left out at {freq} granularity")
    if undated:
        parts.append(f"{undated} undated article{'s' if undated != 1 else ''} left out")
    return "; ".join(parts)
