"""Who gets a voice: quotes and quoted words by actor side, top quoted actors, and how
each outlet portrays each actor (actor-targeted sentiment).

Shares are plain proportions of an outlet's quotes (or quoted words); actor
sentiment means carry bootstrap percentile intervals (Efron & Tibshirani
1993). Every row has n and a small-sample flag.
"""

from __future__ import annotations

import pandas as pd

from framing.compare.intervals import N_BOOT, group_moments, means_with_intervals
from framing.compare.samples import flag_columns

__all__ = [
    "ACTOR_SENTIMENT_COLUMNS",
    "KINDS",
    "QUOTE_CELL_COLUMNS",
    "SPEAKER_COLUMNS",
    "TOP_QUOTED_COLUMNS",
    "VOICE_SHARE_COLUMNS",
    "actor_moments",
    "actor_sentiment",
    "actor_sentiment_from_moments",
    "quote_cells",
    "speaker_counts",
    "top_quoted",
    "top_quoted_from_speakers",
    "voice_share",
    "voice_share_from_cells",
]

# Quote kinds of the quote extractor; "all" is every kind together.
KINDS = ("all", "direct", "indirect", "mixed")

# The counts behind voice shares (a store computes the same table in SQL).
QUOTE_CELL_COLUMNS = {
    "outlet": "outlet name",
    "kind": "'all' (every kind together), 'direct', 'indirect' or 'mixed'",
    "side": "side of the quoted actor ('unknown', 'unattributed' as in quotes_frame)",
    "quotes": "quotes",
    "words": "quoted words",
    "articles": "articles with such a quote",
}
# The counts behind the most-quoted table, one row per outlet × speaker.
SPEAKER_COLUMNS = {
    "outlet": "outlet name",
    "speaker": "resolved speaker name",
    "side": "the side most of the speaker's quotes carry (ties: alphabetical)",
    "quotes": "quotes of the speaker",
    "direct": "of which direct",
    "indirect": "of which indirect",
    "mixed": "of which mixed",
    "words": "quoted words",
    "articles": "articles quoting the speaker",
    "n": "the outlet's quotes (attributed or not)",
}

VOICE_SHARE_COLUMNS = {
    "outlet": "outlet name",
    "kind": "'all', 'direct', 'indirect' or 'mixed'",
    "side": "side of the quoted actor ('unknown' unresolved, 'unattributed' without speaker)",
    "quotes": "quotes of this kind from this side",
    "quote_share": "quotes / n",
    "words": "quoted words of this kind from this side",
    "word_share": "words / the outlet's quoted words of this kind",
    "articles": "articles with such a quote",
    "n": "the outlet's quotes of this kind",
    "flag": "small-sample flag on n",
    "note": "the flag in words",
}

TOP_QUOTED_COLUMNS = {
    "outlet": "outlet name",
    "rank": "1 for the most quoted speaker of the outlet",
    "speaker": "resolved speaker name",
    "side": "the speaker's side",
    "quotes": "quotes of the speaker",
    "direct": "of which direct",
    "indirect": "of which indirect",
    "mixed": "of which mixed",
    "words": "quoted words",
    "articles": "articles quoting the speaker",
    "share": "quotes / n",
    "n": "the outlet's quotes (attributed or not)",
    "flag": "small-sample flag on the speaker's quotes",
    "note": "the flag in words",
}

ACTOR_SENTIMENT_COLUMNS = {
    "outlet": "outlet name",
    "name": "actor name",
    "side": "actor side",
    "mentions": "mentions of the actor across the outlet's articles",
    "n": "articles with a sentiment score for the actor",
    "mean": "mean actor-targeted sentiment over those articles",
    "low": "lower bound of the bootstrap percentile interval",
    "high": "upper bound of the bootstrap percentile interval",
    "flag": "small-sample flag",
    "note": "the flag in words",
}


def voice_share(quotes: pd.DataFrame, *, kinds: tuple[str, ...] = KINDS) -> pd.DataFrame:
    """Return, per outlet, quote kind and actor side, the share of quotes and quoted words.

    ``quotes`` is ``framing.record.frames.quotes_frame``. Every side seen anywhere in
    the corpus gets a row for every outlet with quotes (zeros included), so
    outlets stack side by side. Columns: ``VOICE_SHARE_COLUMNS``.
    """
    return voice_share_from_cells(quote_cells(quotes), kinds=kinds)


def quote_cells(quotes: pd.DataFrame) -> pd.DataFrame:
    """Return ``QUOTE_CELL_COLUMNS`` counts of ``quotes`` (``framing.record.frames.quotes_frame``)."""
    if quotes.empty:
        return pd.DataFrame(columns=list(QUOTE_CELL_COLUMNS))
    q = quotes.assign(side=quotes["side"].fillna("unknown"), words=quotes["words"].fillna(0))
    stacked = pd.concat([q.assign(kind="all"), q])
    counted = stacked.groupby(["outlet", "kind", "side"]).agg(
        quotes=("article_id", "size"), words=("words", "sum"), articles=("article_id", "nunique"))
    return counted.reset_index()[list(QUOTE_CELL_COLUMNS)]


def voice_share_from_cells(cells: pd.DataFrame, *, kinds: tuple[str, ...] = KINDS) -> pd.DataFrame:
    """Return ``VOICE_SHARE_COLUMNS`` from ``QUOTE_CELL_COLUMNS`` counts (see ``voice_share``)."""
    columns = list(VOICE_SHARE_COLUMNS)
    if cells.empty:
        return pd.DataFrame(columns=columns)
    present = set(cells.loc[cells["quotes"] > 0, "kind"])
    grid = pd.MultiIndex.from_product(
        [sorted(cells["outlet"].unique()), [k for k in kinds if k in present], sorted(cells["side"].unique())],
        names=["outlet", "kind", "side"])
    counted = cells.set_index(["outlet", "kind", "side"])[["quotes", "words", "articles"]]
    rows = counted.reindex(grid, fill_value=0).reset_index()
    rows[["quotes", "words", "articles"]] = rows[["quotes", "words", "articles"]].astype("int64")
    totals = rows.groupby(["outlet", "kind"])[["quotes", "words"]].transform("sum")
    rows["n"] = totals["quotes"].astype("int64")
    rows["quote_share"] = rows["quotes"] / rows["n"].where(rows["n"] > 0)
    rows["word_share"] = rows["words"] / totals["words"].where(totals["words"] > 0)
    rows = pd.concat([rows, flag_columns(rows["n"], unit="quote")], axis=1)
    order = {k: i for i, k in enumerate(kinds)}
    rows = rows.sort_values(["outlet", "kind", "side"], kind="stable",
                            key=lambda s: s.map(order) if s.name == "kind" else s)
    return rows[columns].reset_index(drop=True)


def top_quoted(quotes: pd.DataFrame, *, top: int | None = 10) -> pd.DataFrame:
    """Return each outlet's most quoted speakers (``TOP_QUOTED_COLUMNS``), most quotes first.

    Quotes without a speaker count in ``n`` but are never ranked. Ties keep
    the speaker with more quoted words first, then alphabetical order.
    """
    return top_quoted_from_speakers(speaker_counts(quotes), top=top)


def speaker_counts(quotes: pd.DataFrame) -> pd.DataFrame:
    """Return ``SPEAKER_COLUMNS`` counts of ``quotes`` (``framing.record.frames.quotes_frame``)."""
    columns = list(SPEAKER_COLUMNS)
    if quotes.empty:
        return pd.DataFrame(columns=columns)
    n = quotes.groupby("outlet").size().rename("n")
    named = quotes.dropna(subset=["speaker"])
    named = named.assign(side=named["side"].fillna("unknown"))
    if named.empty:
        return pd.DataFrame(columns=columns)
    kinds = pd.crosstab([named["outlet"], named["speaker"]], named["kind"]).reindex(
        columns=["direct", "indirect", "mixed"], fill_value=0)
    # A speaker's side is the one most of its quotes carry (ties: alphabetical).
    sides = (named.groupby(["outlet", "speaker", "side"]).size().rename("k").reset_index()
             .sort_values(["outlet", "speaker", "k", "side"], ascending=[True, True, False, True])
             .drop_duplicates(["outlet", "speaker"]).set_index(["outlet", "speaker"])["side"])
    rows = named.groupby(["outlet", "speaker"]).agg(
        quotes=("article_id", "size"), words=("words", "sum"), articles=("article_id", "nunique"))
    rows = rows.join(sides).join(kinds).reset_index().join(n, on="outlet")
    return rows[columns]


def top_quoted_from_speakers(speakers: pd.DataFrame, *, top: int | None = 10) -> pd.DataFrame:
    """Return ``TOP_QUOTED_COLUMNS`` from ``SPEAKER_COLUMNS`` counts (see ``top_quoted``)."""
    columns = list(TOP_QUOTED_COLUMNS)
    if speakers.empty:
        return pd.DataFrame(columns=columns)
    rows = speakers.assign(share=speakers["quotes"] / speakers["n"])
    rows = rows.sort_values(["outlet", "quotes", "words", "speaker"],
                            ascending=[True, False, False, True], kind="stable")
    rows["rank"] = rows.groupby("outlet").cumcount() + 1
    if top is not None:
        rows = rows[rows["rank"] <= top]
    rows = rows.reset_index(drop=True)
    rows = pd.concat([rows, flag_columns(rows["quotes"], unit="quote")], axis=1)
    for column in ("quotes", "direct", "indirect", "mixed", "words", "articles", "n", "rank"):
        rows[column] = rows[column].astype("int64")
    return rows[columns]


def actor_sentiment(
    actors: pd.DataFrame,
    *,
    n_boot: int = N_BOOT,
    confidence: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """Return the mean actor-targeted sentiment per outlet × actor with an interval and n.

    ``actors`` is ``framing.record.frames.actors_frame``; each article counts once
    per actor (its sentiment around that actor's mentions). Actors mentioned
    without a sentiment keep a row with n = 0. Columns:
    ``ACTOR_SENTIMENT_COLUMNS``, sorted by outlet, then n (descending), name.
    """
    a = _named_actors(actors)
    return actor_sentiment_from_moments(actor_moments(a), a, n_boot=n_boot, confidence=confidence, seed=seed)


_ACTOR_KEYS = ["outlet", "name", "side"]


def actor_moments(actors: pd.DataFrame) -> pd.DataFrame:
    """Return per outlet × actor name × side the ``n``, ``mean`` and ``sd`` of article-level
    actor sentiment and the summed ``mentions``."""
    a = _named_actors(actors)
    if a.empty:
        return pd.DataFrame(columns=[*_ACTOR_KEYS, "n", "mean", "sd", "mentions"])
    moments = group_moments(a, _ACTOR_KEYS, "sentiment")
    mentions = a.groupby(_ACTOR_KEYS)["mentions"].sum().astype("int64")
    return moments.join(mentions, on=_ACTOR_KEYS)


def actor_sentiment_from_moments(
    moments: pd.DataFrame,
    values: pd.DataFrame,
    *,
    n_boot: int = N_BOOT,
    confidence: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """Return ``ACTOR_SENTIMENT_COLUMNS`` from ``actor_moments`` and the article-level rows
    (``outlet``, ``name``, ``side``, ``sentiment``) of the groups small enough to bootstrap."""
    columns = list(ACTOR_SENTIMENT_COLUMNS)
    if moments.empty:
        return pd.DataFrame(columns=columns)
    stats = means_with_intervals(moments[[*_ACTOR_KEYS, "n", "mean", "sd"]], values, _ACTOR_KEYS,
                                 "sentiment", n_boot=n_boot, confidence=confidence, seed=seed)
    stats = stats.join(moments.set_index(_ACTOR_KEYS)["mentions"].astype("int64"), on=_ACTOR_KEYS)
    stats = stats.sort_values(["outlet", "n", "name"], ascending=[True, False, True], kind="stable")
    return stats[columns].reset_index(drop=True)


def _named_actors(actors: pd.DataFrame) -> pd.DataFrame:
    if actors.empty:
        return actors
    a = actors.dropna(subset=["name"])
    return a.assign(side=a["side"].fillna("unknown"), mentions=a["mentions"].fillna(0))
