"""The count tables of ``framing.compare``, computed in SQL over a store.

Each function returns the same documented table as its pandas counterpart
(named in its docstring), so the statistics on top (``*_from_cells``,
``*_from_moments``) are shared and a store of a million articles never has
to be loaded into pandas. Where a statistic bootstraps small groups
(``framing.compare.intervals.BOOTSTRAP_MAX_N``), the raw values of those
groups only are fetched, with a window count, in the same query.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from framing.compare.intervals import BOOTSTRAP_MAX_N
from framing.outlets import UNKNOWN_OUTLET
from framing.store.query import Filters, where

__all__ = [
    "Grouped",
    "actor_moments",
    "measure_moments",
    "outlet_basics",
    "pole_article_counts",
    "quote_cells",
    "speaker_counts",
    "term_cells",
    "timeline_moments",
]

_OUTLET = f"coalesce(outlet, '{UNKNOWN_OUTLET}')"
# The article measures of ``framing.frames.articles_frame`` and their store columns.
MEASURE_COLUMNS = {"terminology_index": "terminology_index", "sentiment": "sentiment_compound"}
# Granularity → (strftime format, precisions fine enough), as ``framing.compare.dates.FREQUENCIES``.
_PERIODS = {
    "year": ("%Y", ("year", "month", "day")),
    "month": ("%Y-%m", ("month", "day")),
    "day": ("%Y-%m-%d", ("day",)),
}


@dataclass(frozen=True)
class Grouped:
    """Per-group ``moments`` (keys, ``n``, ``mean``, ``sd``) and the raw ``values`` of the groups
    small enough to bootstrap (keys and the value columns)."""

    moments: pd.DataFrame
    values: pd.DataFrame


def term_cells(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> pd.DataFrame:
    """Return ``framing.compare.pairs.TERM_CELL_COLUMNS`` for the filtered articles."""
    w = where(filters)
    sql = (
        f"SELECT referent, coalesce(term_language, 'unknown') AS language, {_OUTLET} AS outlet, variant, "
        "voice, any_value(term) AS term, any_value(pole) AS pole, sum(count) AS count, count(*) AS articles "
        f"FROM term_cells WHERE {w.sql} GROUP BY ALL ORDER BY ALL"
    )
    frame = _df(con, sql, w.params)
    return frame[["referent", "language", "outlet", "variant", "term", "pole", "voice", "count", "articles"]]


def pole_article_counts(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> pd.DataFrame:
    """Return ``framing.compare.profile.pole_article_counts``: articles with an author-voice term
    of weight > 0, per outlet and pole."""
    w = where(filters)
    sql = (
        f"SELECT outlet, pole, count(*) AS articles FROM (SELECT {_OUTLET} AS outlet, "
        f"unnest(author_poles) AS pole FROM articles WHERE {w.sql}) GROUP BY ALL ORDER BY ALL"
    )
    return _df(con, sql, w.params)


def quote_cells(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> pd.DataFrame:
    """Return ``framing.compare.voices.QUOTE_CELL_COLUMNS`` (kind 'all' included)."""
    w = where(filters)
    sql = (
        f"SELECT {_OUTLET} AS outlet, kind, side, sum(quotes) AS quotes, sum(words) AS words, "
        f"count(*) AS articles FROM quote_cells WHERE {w.sql} GROUP BY ALL ORDER BY ALL"
    )
    return _df(con, sql, w.params)


def speaker_counts(con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *, top: int = 10) -> pd.DataFrame:
    """Return ``framing.compare.voices.SPEAKER_COLUMNS`` for each outlet's ``top`` speakers, ranked
    as ``top_quoted_from_speakers`` ranks them (so its cut is unchanged)."""
    w = where(filters)
    sql = f"""
        WITH s AS (SELECT {_OUTLET} AS outlet, * EXCLUDE (outlet) FROM speaker_cells WHERE {w.sql}),
        totals AS (SELECT {_OUTLET} AS outlet, sum(quotes) AS n FROM quote_cells
                   WHERE {w.sql} AND kind = 'all' GROUP BY ALL),
        sides AS (SELECT outlet, speaker, side, sum(quotes) AS k FROM s GROUP BY ALL),
        best AS (SELECT outlet, speaker, first(side ORDER BY k DESC, side) AS side FROM sides GROUP BY ALL),
        counted AS (
            SELECT outlet, speaker, best.side, sum(quotes) AS quotes, sum(direct) AS direct,
                   sum(indirect) AS indirect, sum(mixed) AS mixed, sum(words) AS words,
                   count(*) AS articles, any_value(totals.n) AS n
            FROM s JOIN best USING (outlet, speaker) JOIN totals USING (outlet)
            GROUP BY outlet, speaker, best.side)
        SELECT * FROM counted
        QUALIFY row_number() OVER (PARTITION BY outlet ORDER BY quotes DESC, words DESC, speaker) <= ?
        ORDER BY outlet, quotes DESC, words DESC, speaker
    """
    return _df(con, sql, [*w.params, *w.params, int(top)])


def actor_moments(
    con: duckdb.DuckDBPyConnection,
    filters: Filters | None = None,
    *,
    top: int = 30,
    max_bootstrap_n: int = BOOTSTRAP_MAX_N,
) -> Grouped:
    """Return ``framing.compare.voices.actor_moments`` (with ``mentions``) and the article-level
    rows of the small groups, for the ``top`` most mentioned actors of the filtered corpus."""
    w = where(filters, clauses=[("name IS NOT NULL", [])])
    base = (
        f"WITH a AS (SELECT {_OUTLET} AS outlet, name, coalesce(side, 'unknown') AS side, sentiment, "
        f"coalesce(mentions, 0) AS mentions FROM actors WHERE {w.sql}) "
    )
    moments = _df(con, base + (
        "SELECT outlet, name, side, count(sentiment) AS n, avg(sentiment) AS mean, "
        "stddev_samp(sentiment) AS sd, sum(mentions) AS mentions FROM a GROUP BY ALL ORDER BY ALL"
    ), w.params)
    if len(moments):
        totals = moments.groupby("name")["mentions"].sum().reset_index()
        kept = totals.sort_values(["mentions", "name"], ascending=[False, True]).head(top)["name"]
        moments = moments[moments["name"].isin(kept)].reset_index(drop=True)
    values = _small_group_values(con, base + "SELECT outlet, name, side, sentiment FROM a", w.params, moments,
                                 ["outlet", "name", "side"], max_bootstrap_n=max_bootstrap_n)
    return Grouped(moments, values)


def outlet_basics(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> pd.DataFrame:
    """Return ``framing.compare.profile.BASIC_COLUMNS``: counts, languages (most frequent first)
    and first/last date at their own precision ("2022-09" ends after "2022-09-15")."""
    w = where(filters)
    sql = f"""
        WITH a AS (SELECT {_OUTLET} AS outlet, coalesce(language, 'unknown') AS language, date, date_end
                   FROM articles WHERE {w.sql}),
        langs AS (SELECT outlet, language, count(*) AS k FROM a GROUP BY ALL),
        l AS (SELECT outlet, string_agg(language, ', ' ORDER BY k DESC, language) AS languages
              FROM langs GROUP BY outlet)
        SELECT outlet, count(*) AS articles, any_value(l.languages) AS languages, min(date) AS first_date,
               first(date ORDER BY date_end DESC NULLS LAST, date DESC) FILTER (WHERE date IS NOT NULL)
                   AS last_date,
               count(*) - count(date) AS undated
        FROM a JOIN l USING (outlet) GROUP BY outlet ORDER BY outlet
    """
    return _df(con, sql, w.params)


def measure_moments(
    con: duckdb.DuckDBPyConnection,
    filters: Filters | None = None,
    *,
    max_bootstrap_n: int = BOOTSTRAP_MAX_N,
) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """Return per measure of ``MEASURE_COLUMNS`` the per-outlet moments, and the article rows
    (``outlet`` and the measure columns, NaN for a measure whose group is large) of the outlets
    small enough to bootstrap — the inputs of ``framing.compare.profile.outlet_profile_from``."""
    w = where(filters)
    moments, values = {}, []
    for measure, column in MEASURE_COLUMNS.items():
        moments[measure] = _df(con, (
            f"SELECT {_OUTLET} AS outlet, count({column}) AS n, avg({column}) AS mean, "
            f"stddev_samp({column}) AS sd FROM articles WHERE {w.sql} GROUP BY ALL ORDER BY ALL"
        ), w.params)
        rows = f"SELECT {_OUTLET} AS outlet, {column} AS {measure} FROM articles WHERE {w.sql}"
        values.append(_small_group_values(con, rows, w.params, moments[measure], ["outlet"],
                                          max_bootstrap_n=max_bootstrap_n))
    return moments, pd.concat(values, ignore_index=True)


def timeline_moments(
    con: duckdb.DuckDBPyConnection,
    filters: Filters | None = None,
    *,
    freq: str = "month",
    max_bootstrap_n: int = BOOTSTRAP_MAX_N,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Return the inputs of ``framing.compare.timeline.timeline_from_moments``: per measure ×
    outlet × period moments, the rows of the small periods, and per outlet the counts of
    ``undated`` and ``too_coarse`` articles (a date is placed only at a granularity its precision
    allows: a month-only date is never put on the 1st)."""
    if freq not in _PERIODS:
        raise ValueError(f"freq must be one of {', '.join(_PERIODS)}, not {freq!r}")
    fmt, fine = _PERIODS[freq]
    w = where(filters)
    # The stored precision when valid, else read from the date string's length, as dates.precisions.
    precision = ("coalesce(CASE WHEN date_precision IN ('year', 'month', 'day') THEN date_precision END, "
                 "CASE length(date) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END)")
    fine_sql = ", ".join(f"'{p}'" for p in fine)
    base = (
        f"WITH a AS (SELECT {_OUTLET} AS outlet, {precision} AS precision, date_start, "
        "terminology_index, sentiment_compound AS sentiment FROM articles "
        f"WHERE {w.sql}), "
        f"p AS (SELECT *, CASE WHEN date_start IS NOT NULL AND precision IN ({fine_sql}) "
        f"THEN strftime(date_start, '{fmt}') END AS period FROM a) "
    )
    parts = [
        f"SELECT '{m}' AS measure, outlet, period, count({m}) AS n, avg({m}) AS mean, stddev_samp({m}) AS sd "
        "FROM p WHERE period IS NOT NULL GROUP BY ALL"
        for m in MEASURE_COLUMNS
    ]
    moments = _df(con, base + " UNION ALL ".join(parts) + " ORDER BY ALL", w.params)
    # A period is small when either measure is: fetch its rows once, with both measures.
    small = moments[(moments["n"] > 0) & (moments["n"] <= max_bootstrap_n)] if len(moments) else moments
    smallest = small.drop_duplicates(["outlet", "period"])
    values = _small_group_values(
        con, base + "SELECT outlet, period, terminology_index, sentiment FROM p WHERE period IS NOT NULL",
        w.params, smallest, ["outlet", "period"], max_bootstrap_n=max_bootstrap_n)
    coarse = f"period IS NULL AND precision IS NOT NULL AND precision NOT IN ({fine_sql})"
    excluded = _df(con, base + (
        f"SELECT outlet, count(*) FILTER (WHERE period IS NULL AND NOT ({coarse})) AS undated, "
        f"count(*) FILTER (WHERE {coarse}) AS too_coarse FROM p GROUP BY outlet ORDER BY outlet"
    ), w.params)
    return moments, values, excluded


def _small_group_values(
    con: duckdb.DuckDBPyConnection,
    rows_sql: str,
    params: list,
    moments: pd.DataFrame,
    keys: list[str],
    *,
    max_bootstrap_n: int,
) -> pd.DataFrame:
    """Return the rows of ``rows_sql`` (which selects ``keys`` and values) that belong to the
    groups of ``moments`` with 0 < n <= ``max_bootstrap_n``; no query when there are none.

    The groups travel as one list parameter of joined keys, never as SQL text.
    """
    small = moments[(moments["n"] > 0) & (moments["n"] <= max_bootstrap_n)] if len(moments) else moments
    if small.empty:
        return con.execute(f"SELECT * FROM ({rows_sql}) LIMIT 0", params).df()
    wanted = ["\x1f".join(map(str, key)) for key in small[keys].itertuples(index=False)]
    joined = " || chr(31) || ".join(f"CAST({k} AS VARCHAR)" for k in keys)
    return _df(con, f"SELECT * FROM ({rows_sql}) WHERE list_contains(CAST(? AS VARCHAR[]), {joined})",
               [*params, wanted])


def _df(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> pd.DataFrame:
    return con.execute(sql, params).df()
