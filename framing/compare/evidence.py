"""Outlet means of the terminology index with and without weak-evidence articles, side by side.

An article whose index rests on fewer than two weighted hits (Σ weight of its
author-voice terms, ``terminology_hits``) is "weak evidence"
(``framing.terminology.index.WEAK_EVIDENCE_BELOW``): one strong marker gives
±0.5 and can swing a small outlet's mean. This table shows, per outlet, the
mean over every article with an index and the mean over the articles with at
least ``min_hits`` weighted hits, each with its n, bootstrap interval and
small-sample flag (``framing.compare.intervals``), so a reader can switch
between them and see both.
"""

from __future__ import annotations

import pandas as pd

from framing.compare.intervals import N_BOOT, means_with_intervals
from framing.terminology.index import WEAK_EVIDENCE_BELOW

__all__ = ["EVIDENCE_MEAN_COLUMNS", "MIN_HITS", "index_means_by_evidence", "weak_evidence_mask"]

MIN_HITS = WEAK_EVIDENCE_BELOW

EVIDENCE_MEAN_COLUMNS = {
    "outlet": "outlet name",
    "all_n": "articles with a terminology index",
    "all_mean": "their mean index",
    "all_low": "lower bound of its bootstrap percentile interval",
    "all_high": "upper bound",
    "all_flag": "small-sample flag",
    "strong_n": "articles whose index rests on at least min_hits weighted hits",
    "strong_mean": "their mean index",
    "strong_low": "lower bound of its bootstrap percentile interval",
    "strong_high": "upper bound",
    "strong_flag": "small-sample flag",
    "weak_n": "articles with an index resting on fewer than min_hits weighted hits",
}


def weak_evidence_mask(articles: pd.DataFrame, *, min_hits: float = MIN_HITS) -> pd.Series:
    """Return, per article row, whether its index is weak evidence (``terminology_hits`` below
    ``min_hits``; true also without an index)."""
    hits = pd.to_numeric(articles.get("terminology_hits", pd.Series(0.0, index=articles.index)),
                         errors="coerce").fillna(0.0)
    return hits < min_hits


def index_means_by_evidence(
    articles: pd.DataFrame,
    *,
    min_hits: float = MIN_HITS,
    n_boot: int = N_BOOT,
    confidence: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """Return ``EVIDENCE_MEAN_COLUMNS`` per outlet of ``articles`` (one row per article:
    ``outlet``, ``terminology_index``, ``terminology_hits``, as the store's ``articles`` table
    has them), outlets sorted by name."""
    columns = list(EVIDENCE_MEAN_COLUMNS)
    if articles.empty:
        return pd.DataFrame(columns=columns)
    scored = articles[pd.to_numeric(articles["terminology_index"], errors="coerce").notna()]
    outlets = pd.DataFrame({"outlet": sorted(articles["outlet"].dropna().unique())})
    weak = weak_evidence_mask(scored, min_hits=min_hits)
    parts = {"all": scored, "strong": scored[~weak]}
    out = outlets
    for prefix, frame in parts.items():
        means = means_with_intervals(_moments(frame), frame, ["outlet"], "terminology_index", n_boot=n_boot,
                                     confidence=confidence, seed=seed)
        means = means[["outlet", "n", "mean", "low", "high", "flag"]]
        means.columns = ["outlet", *(f"{prefix}_{c}" for c in ("n", "mean", "low", "high", "flag"))]
        out = out.merge(means, on="outlet", how="left")
    for prefix in parts:
        out[f"{prefix}_n"] = out[f"{prefix}_n"].fillna(0).astype("int64")
    out["weak_n"] = out["all_n"] - out["strong_n"]
    return out[columns]


def _moments(frame: pd.DataFrame) -> pd.DataFrame:
    """Return ``n``, ``mean`` and sample ``sd`` of the index per outlet (``MOMENT_COLUMNS``)."""
    values = pd.to_numeric(frame["terminology_index"], errors="coerce")
    grouped = values.groupby(frame["outlet"])
    return pd.DataFrame({"n": grouped.count(), "mean": grouped.mean(), "sd": grouped.std(ddof=1)}).reset_index()
