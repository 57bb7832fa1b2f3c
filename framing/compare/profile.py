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

from framing.compare.dates import date_bounds
from framing.compare.intervals import N_BOOT, group_moments, means_with_intervals, wilson_interval
from framing.compare.poles import Poles, signed_poles
from framing.compare.samples import flag_columns

__all__ = [
    "BASIC_COLUMNS",
    "OUTLET_COLUMNS",
    "POLE_SHARE_COLUMNS",
    "OutletProfile",
    "outlet_basics",
    "outlet_profile",
    "outlet_profile_from",
    "pole_article_counts",
]

# Per outlet: the counts and dates of OUTLET_COLUMNS that need no statistics (a store: SQL).
BASIC_COLUMNS = {
    "outlet": "outlet name",
    "articles": "number of articles",
    "languages": "languages, most frequent first, ', '-joined",
    "first_date": "earliest date, at its own precision",
    "last_date": "latest date, at its own precision",
    "undated": "articles without a date",
}
MEASURES = {"terminology_index": "index", "sentiment": "sentiment"}

OUTLET_COLUMNS = {
    "outlet": "outlet name",
    "articles": "number of articles (n of the outlet)",
    "languages": "languages of its articles, most frequent first, ', '-joined",
    "first_date": "earliest date, at its own precision",
    "last_date": "latest date, at its own precision",
    "undated": "articles without a date",
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
    "articles_with": "articles with at least one author-voice term of the pole (weight > 0)",
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
    articles: pd.DataFrame,
    terms: pd.DataFrame | None = None,
    *,
    poles: Poles | None = None,
    n_boot: int = N_BOOT,
    confidence: float = 0.95,
    seed: int = 0,
) -> OutletProfile:
    """Return the profile of every outlet in ``articles`` (``framing.record.frames.articles_frame``).

    ``terms`` (``framing.record.frames.terms_frame``) gives the author-voice shares of
    each non-neutral pole of ``poles`` (a ``{pole: sign}`` mapping or the
    ``Lexicon``; without it every observed pole is listed). Shares count all
    of an outlet's articles, including any in a language the lexicon does
    not cover. Intervals are reproducible for a given ``seed``.
    """
    if articles.empty:
        return outlet_profile_from(pd.DataFrame(columns=list(BASIC_COLUMNS)), {}, articles)
    moments = {m: group_moments(articles, ["outlet"], m) for m in MEASURES}
    signs = signed_poles(poles, terms)
    return outlet_profile_from(outlet_basics(articles), moments, articles,
                               pole_article_counts(articles, terms), signs=signs, n_boot=n_boot,
                               confidence=confidence, seed=seed)


def outlet_basics(articles: pd.DataFrame) -> pd.DataFrame:
    """Return ``BASIC_COLUMNS`` of ``articles`` (``framing.record.frames.articles_frame``)."""
    return _basics(articles).reset_index()[list(BASIC_COLUMNS)]


def pole_article_counts(articles: pd.DataFrame, terms: pd.DataFrame | None) -> pd.DataFrame:
    """Return ``outlet``, ``pole``, ``articles``: articles with at least one author-voice term
    of weight > 0 of the pole."""
    if terms is None or terms.empty:
        return pd.DataFrame(columns=["outlet", "pole", "articles"])
    own = terms[(terms["voice"] == "author") & (terms["weight"].fillna(0) > 0)
                & terms["article_id"].isin(articles["id"])]
    used = own[["outlet", "pole", "article_id"]].drop_duplicates()
    return used.groupby(["outlet", "pole"]).size().rename("articles").reset_index()


def outlet_profile_from(
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
    """Return the ``OutletProfile`` from ``BASIC_COLUMNS``, per-outlet moments of each of
    ``MEASURES`` (``n``, ``mean``, ``sd``), the article rows (``outlet`` and the measure columns)
    of the outlets small enough to bootstrap, and ``pole_article_counts`` for the non-neutral
    poles ``signs``."""
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


def _basics(articles: pd.DataFrame) -> pd.DataFrame:
    grouped = articles.groupby("outlet", sort=True)
    languages = (articles.assign(language=articles["language"].fillna("unknown"))
                 .groupby(["outlet", "language"]).size().reset_index(name="k")
                 .sort_values(["outlet", "k", "language"], ascending=[True, False, True])
                 .groupby("outlet")["language"].agg(", ".join))
    dated = articles.dropna(subset=["date"])
    out = pd.DataFrame({"articles": grouped.size().astype("int64"), "languages": languages})
    out["first_date"] = dated.groupby("outlet")["date"].min()
    out["last_date"] = _latest(dated)
    out["undated"] = (out["articles"] - dated.groupby("outlet").size()).fillna(out["articles"])
    out["undated"] = out["undated"].astype("int64")
    out.index.name = "outlet"
    return out


def _latest(dated: pd.DataFrame) -> pd.Series:
    # "2022-09" ends after "2022-09-15": compare the last day each date may mean.
    last = date_bounds(dated["date"], dated.get("date_precision"))["last"].to_numpy()
    frame = dated[["outlet", "date"]].reset_index(drop=True).assign(last=last)
    frame = frame.sort_values(["outlet", "last", "date"], na_position="first", kind="stable")
    return frame.groupby("outlet")["date"].last()


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
