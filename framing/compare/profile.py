"""Outlet profile: size, languages, dates, mean terminology index and sentiment with intervals,
and how many articles adopt each side's vocabulary in their own voice.

Means carry bootstrap 95% percentile intervals (Efron & Tibshirani 1993,
ch. 13; ``framing.compare.intervals``), shares carry Wilson (1927) score
intervals; every figure carries its n and a small-sample flag
(``framing.compare.samples``).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from framing.compare.cells import BASIC_COLUMNS, POLE_ARTICLE_COLUMNS
from framing.compare.intervals import N_BOOT, means_with_intervals, wilson_interval
from framing.compare.samples import flag_columns

__all__ = ["MEASURES", "OUTLET_COLUMNS", "POLE_SHARE_COLUMNS", "OutletProfile", "outlet_profile"]

# The article measures of a profile and the prefix of their columns.
MEASURES = {"terminology_index": "index", "sentiment": "sentiment"}

OUTLET_COLUMNS = {
    **BASIC_COLUMNS,
    "articles": "number of articles (n of the outlet)",
    "index_n": "articles with a terminology index",
    "index_mean": "mean terminology index of those articles",
    "index_low": "lower bound of its bootstrap percentile interval",
    "index_high": "upper bound of its bootstrap percentile interval",
    "index_flag": "small-sample flag of the index",
    "index_note": "the flag in words",
    "sentiment_n": "articles with a sentiment score",
    "sentiment_mean": "mean article sentiment (mean sentence compound, VADER)",
    "sentiment_low": "lower bound of its bootstrap percentile interval",
    "sentiment_high": "upper bound of its bootstrap percentile interval",
    "sentiment_flag": "small-sample flag of the sentiment",
    "sentiment_note": "the flag in words",
    "author_<pole>_share": "one column per non-neutral pole: share of articles with an author-voice term of it",
    "flag": "small-sample flag on the number of articles",
    "note": "the flag in words (e.g. 'Only 1 article — too few articles to compare')",
}

POLE_SHARE_COLUMNS = {
    "outlet": "outlet name",
    "pole": "pole id of the active lexicon pack",
    "sign": "the pole's sign (None when no lexicon was given)",
    "articles_with": POLE_ARTICLE_COLUMNS["articles"],
    "n": "articles of the outlet",
    "share": "articles_with / n",
    "low": "lower bound of the Wilson 95% interval",
    "high": "upper bound of the Wilson 95% interval",
    "flag": "small-sample flag",
    "note": "the flag in words",
}


@dataclass(frozen=True)
class OutletProfile:
    """``outlets``: one row per outlet (``OUTLET_COLUMNS``); ``poles``: one row per outlet and
    non-neutral pole (``POLE_SHARE_COLUMNS``)."""

    outlets: pd.DataFrame
    poles: pd.DataFrame


def outlet_profile(
    basics: pd.DataFrame,
    moments: dict[str, pd.DataFrame],
    values: pd.DataFrame,
    pole_articles: pd.DataFrame | None = None,
    *,
    signs: dict[str, int | None] | None = None,
    n_boot: int = N_BOOT,
    confidence: float = 0.95,
    seed: int = 0,
) -> OutletProfile:
    """Return the profile of every outlet of ``basics`` (``framing.compare.cells.BASIC_COLUMNS``).

    ``moments`` maps each of ``MEASURES`` to its per-outlet ``cells.MOMENT_COLUMNS``; ``values``
    holds the article rows (``outlet`` and the measure columns) of the outlets small enough to
    bootstrap; ``pole_articles`` (``cells.POLE_ARTICLE_COLUMNS``) gives the author-voice share of
    each pole of ``signs`` (the non-neutral poles, ``poles.signed_poles``). Shares count all of an
    outlet's articles, including any in a language the lexicon does not cover. Intervals are
    reproducible for a given ``seed``.
    """
    if basics.empty:
        return OutletProfile(pd.DataFrame(columns=[c for c in OUTLET_COLUMNS if "<" not in c]),
                             pd.DataFrame(columns=list(POLE_SHARE_COLUMNS)))
    base = basics.set_index("outlet")
    base["articles"] = base["articles"].astype("int64")
    base["undated"] = base["undated"].astype("int64")
    for measure, prefix in MEASURES.items():
        stats = means_with_intervals(moments[measure], values, ["outlet"], measure, n_boot=n_boot,
                                     confidence=confidence, seed=seed).set_index("outlet")
        stats.columns = [f"{prefix}_{c}" for c in stats.columns]
        base = base.join(stats)
    pole_rows = _pole_shares(pole_articles, signs or {}, base["articles"], confidence)
    for pole, rows in pole_rows.groupby("pole", sort=False):
        base[f"author_{pole}_share"] = rows.set_index("outlet")["share"]
    base = pd.concat([base, flag_columns(base["articles"])], axis=1)
    return OutletProfile(base.reset_index(), pole_rows)


def _pole_shares(pole_articles: pd.DataFrame | None, signs: dict[str, int | None],
                 sizes: pd.Series, confidence: float) -> pd.DataFrame:
    if not signs:
        return pd.DataFrame(columns=list(POLE_SHARE_COLUMNS))
    counts = (pole_articles.set_index(["outlet", "pole"])["articles"]
              if pole_articles is not None and len(pole_articles) else pd.Series(dtype="int64"))
    grid = pd.MultiIndex.from_product([sizes.index, list(signs)], names=["outlet", "pole"])
    rows = pd.DataFrame(index=grid).reset_index()
    rows["sign"] = rows["pole"].map(signs).astype(object)
    rows["articles_with"] = counts.reindex(grid, fill_value=0).to_numpy().astype("int64")
    rows["n"] = rows["outlet"].map(sizes).astype("int64")
    rows["share"] = np.where(rows["n"] > 0, rows["articles_with"] / rows["n"].clip(lower=1), np.nan)
    rows["low"], rows["high"] = wilson_interval(rows["articles_with"], rows["n"], confidence=confidence)
    rows = pd.concat([rows, flag_columns(rows["n"], rows["low"], rows["high"])], axis=1)
    return rows[list(POLE_SHARE_COLUMNS)]
