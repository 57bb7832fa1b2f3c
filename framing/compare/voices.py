"""Who gets a voice: quotes and quoted words by actor side, top quoted actors, and how
each outlet portrays each actor (actor-targeted sentiment).

Shares are plain proportions of an outlet's quotes (or quoted words); actor
sentiment means carry bootstrap percentile intervals (Efron & Tibshirani
1993). Every row has n and a small-sample flag.
"""

from __future__ import annotations

import pandas as pd

from framing.compare.cells import ACTOR_MOMENT_COLUMNS, QUOTE_CELL_COLUMNS, SPEAKER_COLUMNS
from framing.compare.intervals import N_BOOT, means_with_intervals
from framing.compare.samples import flag_columns

__all__ = [
    "ACTOR_SENTIMENT_COLUMNS",
    "KINDS",
    "TOP_QUOTED_COLUMNS",
    "VOICE_SHARE_COLUMNS",
    "actor_sentiment",
    "top_quoted",
    "voice_share",
]

# Quote kinds of the quote extractor; "all" is every kind together.
KINDS = ("all", "direct", "indirect", "mixed")
_QUOTES, _SPEAKERS, _ACTORS = QUOTE_CELL_COLUMNS, SPEAKER_COLUMNS, ACTOR_MOMENT_COLUMNS

VOICE_SHARE_COLUMNS = {
    **{k: _QUOTES[k] for k in ("outlet", "kind", "side")},
    "quotes": "quotes of this kind from this side",
    "quote_share": "quotes / n",
    "words": "quoted words of this kind from this side",
    "word_share": "words / the outlet's quoted words of this kind",
    "articles": _QUOTES["articles"],
    "n": "the outlet's quotes of this kind",
    "flag": "small-sample flag on n",
    "note": "the flag in words",
}

TOP_QUOTED_COLUMNS = {
    "outlet": _SPEAKERS["outlet"],
    "rank": "1 for the most quoted speaker of the outlet",
    **{k: _SPEAKERS[k] for k in ("speaker", "side", "quotes", "direct", "indirect", "mixed", "words",
                                 "articles")},
    "share": "quotes / n",
    "n": _SPEAKERS["n"],
    "flag": "small-sample flag on the speaker's quotes",
    "note": "the flag in words",
}

ACTOR_SENTIMENT_COLUMNS = {
    **{k: _ACTORS[k] for k in ("outlet", "name", "side", "mentions")},
    "n": "articles with a sentiment score for the actor",
    "mean": "mean actor-targeted sentiment over those articles",
    "low": "lower bound of the bootstrap percentile interval",
    "high": "upper bound of the bootstrap percentile interval",
    "flag": "small-sample flag",
    "note": "the flag in words",
}


def voice_share(cells: pd.DataFrame, *, kinds: tuple[str, ...] = KINDS) -> pd.DataFrame:
    """Return, per outlet, quote kind and actor side, the share of quotes and quoted words.

    ``cells`` is ``framing.compare.cells.QUOTE_CELL_COLUMNS``. Every side seen anywhere in
    the corpus gets a row for every outlet with quotes (zeros included), so
    outlets stack side by side. Columns: ``VOICE_SHARE_COLUMNS``.
    """
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


def top_quoted(speakers: pd.DataFrame, *, top: int | None = 10) -> pd.DataFrame:
    """Return each outlet's most quoted speakers (``TOP_QUOTED_COLUMNS``), most quotes first,
    from ``framing.compare.cells.SPEAKER_COLUMNS``.

    Quotes without a speaker count in ``n`` but are never ranked. Ties keep
    the speaker with more quoted words first, then alphabetical order.
    """
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


_ACTOR_KEYS = ["outlet", "name", "side"]


def actor_sentiment(
    moments: pd.DataFrame,
    values: pd.DataFrame,
    *,
    n_boot: int = N_BOOT,
    confidence: float = 0.95,
    seed: int = 0,
) -> pd.DataFrame:
    """Return the mean actor-targeted sentiment per outlet × actor with an interval and n.

    ``moments`` is ``framing.compare.cells.ACTOR_MOMENT_COLUMNS`` (each article counts once per
    actor: its sentiment around that actor's mentions); ``values`` holds the article-level rows
    (``outlet``, ``name``, ``side``, ``sentiment``) of the groups small enough to bootstrap.
    Actors mentioned without a sentiment keep a row with n = 0. Columns:
    ``ACTOR_SENTIMENT_COLUMNS``, sorted by outlet, then n (descending), name.
    """
    columns = list(ACTOR_SENTIMENT_COLUMNS)
    if moments.empty:
        return pd.DataFrame(columns=columns)
    stats = means_with_intervals(moments[[*_ACTOR_KEYS, "n", "mean", "sd"]], values, _ACTOR_KEYS,
                                 "sentiment", n_boot=n_boot, confidence=confidence, seed=seed)
    stats = stats.join(moments.set_index(_ACTOR_KEYS)["mentions"].astype("int64"), on=_ACTOR_KEYS)
    stats = stats.sort_values(["outlet", "n", "name"], ascending=[True, False, True], kind="stable")
    return stats[columns].reset_index(drop=True)
