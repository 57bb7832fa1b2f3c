"""The count tables of ``framing.compare.cells``, computed in SQL over a store's summary cubes.

Each function returns the documented table named in its docstring, which the
statistics of ``framing.compare`` read, so a store of a million articles never
has to be loaded into pandas (``tests/compare/oracle.py`` counts the same tables
from records, as an independent check). The sums run over ``framing.store.cube`` tables,
filtered by the same ``Filters`` as every other query; means come from
``n``, ``s1`` and ``s2``. Where a statistic bootstraps small groups
(``max_bootstrap_n``, passed by ``framing.compare.comparison``), the raw values of
those groups only are read from the detail tables.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from framing.store.query import Filters, outlet_sql, where

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

_OUTLET = outlet_sql()
# The article measures: their cube suffix and article column.
MEASURES = {"terminology_index": ("index", "terminology_index"), "sentiment": ("sentiment", "sentiment_compound")}
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


def _moments(suffix: str, alias: str = "") -> str:
    """SQL for ``n``, ``mean`` and sample ``sd`` from summed ``n_``, ``s1_``, ``s2_`` columns."""
    n, s1, s2 = (f"sum(n_{suffix})", f"sum(s1_{suffix})", f"sum(s2_{suffix})")
    prefix = f"{alias}_" if alias else ""
    # max(…, 0): rounding can make the sum of squared deviations of equal values a hair below 0.
    return (f"{n} AS {prefix}n, {s1} / nullif({n}, 0) AS {prefix}mean, "
            f"CASE WHEN {n} > 1 THEN sqrt(greatest(({s2} - {s1} * {s1} / {n}) / ({n} - 1), 0)) END AS {prefix}sd")


def term_cells(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> pd.DataFrame:
    """Return ``framing.compare.cells.TERM_CELL_COLUMNS`` for the filtered articles."""
    w = where(filters)
    sql = (
        f"SELECT referent, term_language AS language, {_OUTLET} AS outlet, variant, any_value(term) AS term, "
        "any_value(pole) AS pole, voice, sum(count) AS count, sum(articles) AS articles "
        f"FROM term_cube WHERE {w.sql} GROUP BY referent, term_language, {_OUTLET}, variant, voice ORDER BY ALL"
    )
    return _df(con, sql, w.params)


def pole_article_counts(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> pd.DataFrame:
    """Return ``framing.compare.cells.POLE_ARTICLE_COLUMNS``: articles with an author-voice term
    of weight > 0, per outlet and pole."""
    w = where(filters)
    sql = f"SELECT {_OUTLET} AS outlet, pole, sum(articles) AS articles FROM pole_cube WHERE {w.sql} GROUP BY ALL ORDER BY ALL"
    return _df(con, sql, w.params)


def quote_cells(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> pd.DataFrame:
    """Return ``framing.compare.cells.QUOTE_CELL_COLUMNS`` (kind 'all' included)."""
    w = where(filters)
    sql = (
        f"SELECT {_OUTLET} AS outlet, kind, side, sum(quotes) AS quotes, sum(words) AS words, "
        f"sum(articles) AS articles FROM quote_cube WHERE {w.sql} GROUP BY ALL ORDER BY ALL"
    )
    return _df(con, sql, w.params)


def speaker_counts(con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *, top: int = 10) -> pd.DataFrame:
    """Return ``framing.compare.cells.SPEAKER_COLUMNS`` for each outlet's ``top`` speakers, ranked
    as ``framing.compare.top_quoted`` ranks them (so its cut is unchanged)."""
    w = where(filters)
    sql = f"""
        WITH s AS (SELECT {_OUTLET} AS outlet, speaker, side, sum(quotes) AS quotes, sum(direct) AS direct,
                          sum(indirect) AS indirect, sum(mixed) AS mixed, sum(words) AS words,
                          sum(articles) AS articles
                   FROM speaker_cube WHERE {w.sql} GROUP BY ALL),
        totals AS (SELECT {_OUTLET} AS outlet, sum(quotes) AS n FROM quote_cube
                   WHERE {w.sql} AND kind = 'all' GROUP BY ALL),
        counted AS (
            SELECT outlet, speaker, first(side ORDER BY quotes DESC, side) AS side, sum(quotes) AS quotes,
                   sum(direct) AS direct, sum(indirect) AS indirect, sum(mixed) AS mixed, sum(words) AS words,
                   sum(articles) AS articles, any_value(totals.n) AS n
            FROM s JOIN totals USING (outlet) GROUP BY outlet, speaker)
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
    max_bootstrap_n: int,
) -> Grouped:
    """Return ``framing.compare.cells.ACTOR_MOMENT_COLUMNS`` and the article-level
    rows of the small groups, for the ``top`` most mentioned actors of the filtered corpus."""
    w = where(filters)
    sql = (
        f"WITH g AS (SELECT {_OUTLET} AS outlet, name, side, {_moments('sentiment')}, sum(mentions) AS mentions "
        f"FROM actor_cube WHERE {w.sql} GROUP BY ALL), "
        "keep AS (SELECT name FROM g GROUP BY name ORDER BY sum(mentions) DESC, name LIMIT ?) "
        "SELECT * FROM g WHERE name IN (SELECT name FROM keep) ORDER BY outlet, name, side"
    )
    moments = _df(con, sql, [*w.params, int(top)])
    rows = (f"SELECT {_OUTLET} AS outlet, name, coalesce(side, 'unknown') AS side, sentiment FROM actors "
            f"WHERE {where(filters, clauses=[('name IS NOT NULL', [])]).sql}")
    values = _small_group_values(con, rows, where(filters).params, moments, ["outlet", "name", "side"],
                                 max_bootstrap_n=max_bootstrap_n)
    return Grouped(moments, values)


def outlet_basics(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> pd.DataFrame:
    """Return ``framing.compare.cells.BASIC_COLUMNS``: counts, languages (most frequent first)
    and first/last date at their own precision ("2022-09" ends after "2022-09-15")."""
    w = where(filters)
    sql = f"""
        WITH a AS (SELECT {_OUTLET} AS outlet, coalesce(language, 'unknown') AS language, date, date_end, articles
                   FROM article_cube WHERE {w.sql}),
        langs AS (SELECT outlet, language, sum(articles) AS k FROM a GROUP BY ALL),
        l AS (SELECT outlet, string_agg(language, ', ' ORDER BY k DESC, language) AS languages
              FROM langs GROUP BY outlet)
        SELECT outlet, sum(articles) AS articles, any_value(l.languages) AS languages, min(date) AS first_date,
               first(date ORDER BY date_end DESC NULLS LAST, date DESC) FILTER (WHERE date IS NOT NULL)
                   AS last_date,
               coalesce(sum(articles) FILTER (WHERE date IS NULL), 0) AS undated
        FROM a JOIN l USING (outlet) GROUP BY outlet ORDER BY outlet
    """
    return _df(con, sql, w.params)


def measure_moments(
    con: duckdb.DuckDBPyConnection,
    filters: Filters | None = None,
    *,
    max_bootstrap_n: int,
) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """Return per measure of ``MEASURES`` the per-outlet moments, and the article rows (``outlet``
    and the measure columns, NaN for a measure whose group is large) of the outlets small enough
    to bootstrap — the inputs of ``framing.compare.outlet_profile``."""
    w = where(filters)
    both = ", ".join(_moments(suffix, measure) for measure, (suffix, _) in MEASURES.items())
    wide = _df(con, f"SELECT {_OUTLET} AS outlet, {both} FROM article_cube WHERE {w.sql} GROUP BY ALL ORDER BY ALL",
               w.params)
    moments, values = {}, []
    for measure, (_, column) in MEASURES.items():
        moments[measure] = wide[["outlet", f"{measure}_n", f"{measure}_mean", f"{measure}_sd"]].set_axis(
            ["outlet", "n", "mean", "sd"], axis=1)
        rows = f"SELECT {_OUTLET} AS outlet, {column} AS {measure} FROM articles WHERE {w.sql} AND {column} IS NOT NULL"
        values.append(_small_group_values(con, rows, w.params, moments[measure], ["outlet"],
                                          max_bootstrap_n=max_bootstrap_n))
    return moments, pd.concat(values, ignore_index=True)


def timeline_moments(
    con: duckdb.DuckDBPyConnection,
    filters: Filters | None = None,
    *,
    freq: str = "month",
    max_bootstrap_n: int,
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Return the inputs of ``framing.compare.timeline``: per measure ×
    outlet × period moments, the rows of the small periods, and per outlet the counts of
    ``undated`` and ``too_coarse`` articles (a date is placed only at a granularity its precision
    allows: a month-only date is never put on the 1st)."""
    if freq not in _PERIODS:
        raise ValueError(f"freq must be one of {', '.join(_PERIODS)}, not {freq!r}")
    w = where(filters)
    period, precision, fine = _period_sql(freq)
    both = ", ".join(_moments(suffix, measure) for measure, (suffix, _) in MEASURES.items())
    wide = _df(con, (
        f"SELECT * FROM (SELECT {_OUTLET} AS outlet, {period} AS period, {both} FROM article_cube "
        f"WHERE {w.sql} GROUP BY ALL) WHERE period IS NOT NULL ORDER BY ALL"
    ), w.params)
    moments = pd.concat([
        wide[["outlet", "period", f"{m}_n", f"{m}_mean", f"{m}_sd"]]
        .set_axis(["outlet", "period", "n", "mean", "sd"], axis=1).assign(measure=m)
        for m in MEASURES
    ], ignore_index=True)
    # A period is small when either measure is: fetch its rows once, with both measures.
    small = moments[(moments["n"] > 0) & (moments["n"] <= max_bootstrap_n)]
    rows = (f"SELECT * FROM (SELECT {_OUTLET} AS outlet, {period} AS period, terminology_index, "
            f"sentiment_compound AS sentiment FROM articles WHERE {w.sql}) WHERE period IS NOT NULL")
    values = _small_group_values(con, rows, w.params, small.drop_duplicates(["outlet", "period"]),
                                 ["outlet", "period"], max_bootstrap_n=max_bootstrap_n)
    fine_sql = ", ".join(f"'{p}'" for p in fine)
    coarse = f"{period} IS NULL AND {precision} IS NOT NULL AND {precision} NOT IN ({fine_sql})"
    excluded = _df(con, (
        f"SELECT {_OUTLET} AS outlet, coalesce(sum(articles) FILTER (WHERE {period} IS NULL AND NOT ({coarse})), 0) "
        f"AS undated, coalesce(sum(articles) FILTER (WHERE {coarse}), 0) AS too_coarse "
        f"FROM article_cube WHERE {w.sql} GROUP BY ALL ORDER BY ALL"
    ), w.params)
    return moments, values, excluded


def _period_sql(freq: str) -> tuple[str, str, tuple[str, ...]]:
    """Return SQL for a row's period label and precision at ``freq``, and the fine-enough precisions."""
    fmt, fine = _PERIODS[freq]
    # The stored precision when valid, else read from the date string's length, as dates.precisions.
    precision = ("coalesce(CASE WHEN date_precision IN ('year', 'month', 'day') THEN date_precision END, "
                 "CASE length(date) WHEN 4 THEN 'year' WHEN 7 THEN 'month' WHEN 10 THEN 'day' END)")
    fine_sql = ", ".join(f"'{p}'" for p in fine)
    period = (f"CASE WHEN date_start IS NOT NULL AND {precision} IN ({fine_sql}) "
              f"THEN strftime(date_start, '{fmt}') END")
    return period, precision, fine


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
