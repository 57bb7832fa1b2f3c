"""What the dashboard asks a store: aggregations and pages computed in SQL.

Every function returns a small result (one row per outlet, per term variant,
or one page of rows), so the dashboard never loads a term or sentence table
into pandas. User values only ever travel as bound parameters (``?``); the
only names put into SQL text come from fixed whitelists.

Date filters select articles whose date overlaps the range: an article dated
``2022-03`` (a month) is in a range that touches March 2022. Undated
articles are left out when a date bound is set.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

import duckdb
import pandas as pd

from framing.reading.outlets import UNKNOWN_OUTLET
from framing.record.columns import CHILD_TABLES
from framing.record.model import Record
from framing.record.tables import record_from_rows

_OUTLET = f"coalesce(outlet, '{UNKNOWN_OUTLET}')"
# Group-by keys a caller may choose: names from this whitelist, never user text, reach the SQL.
GROUP_KEYS = {
    "outlet": _OUTLET,
    "language": "language",
    "year": "year(date_start)",
    "month": "strftime(date_start, '%Y-%m')",
}
QUANTILES = (0.1, 0.25, 0.5, 0.75, 0.9)
# Orders an article page may ask for (names, never SQL, come from callers).
ARTICLE_ORDERS = {
    "newest": "date_start DESC NULLS LAST, article_id",
    "index_high": "terminology_index DESC NULLS LAST, article_id",
    "index_low": "terminology_index ASC NULLS LAST, article_id",
    "most_negative": "sentiment_compound ASC NULLS LAST, article_id",
}


@dataclass(frozen=True, slots=True)
class Filters:
    """The dashboard's filters; empty tuples and None mean "all"."""

    date_from: date | str | None = None
    date_to: date | str | None = None
    languages: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Page:
    """One page of rows behind a selection, and how many rows the selection has in all."""

    rows: pd.DataFrame
    total: int
    limit: int
    offset: int


@dataclass(frozen=True, slots=True)
class _Where:
    sql: str
    params: list = field(default_factory=list)


def where(
    filters: Filters | None,
    *,
    alias: str = "",
    equals: Sequence[tuple[str, object]] = (),
    clauses: Sequence[tuple[str, list]] = (),
) -> _Where:
    """Return the WHERE clause and its parameters for ``filters`` on any store table.

    ``alias`` qualifies the filter columns; ``equals`` adds ``column = ?`` for
    each value that is not None; ``clauses`` adds raw conditions with their
    parameters. Column names come from this module, never from a caller's data.
    """
    f = filters or Filters()
    p = f"{alias}." if alias else ""
    conditions: list[str] = []
    params: list = []
    if f.date_from is not None:
        conditions.append(f"{p}date_end >= CAST(? AS DATE)")
        params.append(str(f.date_from))
    if f.date_to is not None:
        conditions.append(f"{p}date_start <= CAST(? AS DATE)")
        params.append(str(f.date_to))
    if f.languages:
        conditions.append(f"list_contains(CAST(? AS VARCHAR[]), {p}language)")
        params.append(list(f.languages))
    if f.outlets:
        conditions.append(f"list_contains(CAST(? AS VARCHAR[]), {outlet_sql(alias)})")
        params.append(list(f.outlets))
    for column, value in equals:
        if value is not None:
            conditions.append(f"{p}{column} = ?")
            params.append(value)
    for sql, values in clauses:
        conditions.append(sql)
        params.extend(values)
    return _Where(" AND ".join(conditions) or "TRUE", params)


def filter_options(con: duckdb.DuckDBPyConnection) -> dict[str, object]:
    """Return what the filter widgets offer: outlets, languages, first and last day, article count."""
    outlets = [r[0] for r in con.execute(f"SELECT DISTINCT {_OUTLET} FROM articles ORDER BY 1").fetchall()]
    languages = [
        r[0]
        for r in con.execute(
            "SELECT DISTINCT language FROM articles WHERE language IS NOT NULL ORDER BY 1"
        ).fetchall()
    ]
    first, last, n = con.execute("SELECT min(date_start), max(date_end), count(*) FROM articles").fetchone()
    return {"outlets": outlets, "languages": languages, "date_min": first, "date_max": last, "articles": n}


def stored_lexicons(con: duckdb.DuckDBPyConnection) -> pd.DataFrame:
    """Return the lexicon versions the store's articles were scored with: ``lexicon``
    (``pack@version+hash``), ``pack`` and ``articles``, most articles first."""
    sql = (
        "SELECT json_extract_string(versions, '$.lexicon') AS lexicon, count(*) AS articles "
        "FROM articles GROUP BY ALL ORDER BY articles DESC, lexicon"
    )
    frame = _df(con, sql, [])
    frame["pack"] = frame["lexicon"].str.split("@").str[0]
    return frame[["lexicon", "pack", "articles"]]


def article_counts(
    con: duckdb.DuckDBPyConnection,
    filters: Filters | None = None,
    *,
    by: Sequence[str] = ("outlet", "language"),
) -> pd.DataFrame:
    """Return ``articles`` and ``words`` per group of ``by`` (keys of ``GROUP_KEYS``)."""
    w = where(filters)
    sql = (
        f"SELECT {_group_keys(by)}, count(*) AS articles, sum(word_count) AS words "
        f"FROM articles WHERE {w.sql} GROUP BY ALL ORDER BY ALL"
    )
    return _df(con, sql, w.params)


def sentiment_summary(
    con: duckdb.DuckDBPyConnection,
    filters: Filters | None = None,
    *,
    by: Sequence[str] = ("outlet",),
    level: str = "article",
) -> pd.DataFrame:
    """Return per group ``n``, ``mean`` and the quantiles ``q10`` … ``q90`` of compounds.

    ``level="article"`` summarises each article's mean sentence compound, plus
    the mean positive and negative shares; ``level="sentence"`` summarises
    every sentence's compound (Hutto & Gilbert's VADER, see README Method).
    """
    table, value = _LEVELS[level]
    quantiles = ", ".join(f"quantile_cont({value}, {q}) AS q{round(q * 100):02d}" for q in QUANTILES)
    shares = ", avg(positive_share) AS positive_share, avg(negative_share) AS negative_share"
    w = where(filters, clauses=[(f"{value} IS NOT NULL", [])])
    sql = (
        f"SELECT {_group_keys(by)}, count(*) AS n, avg({value}) AS mean, {quantiles}"
        f"{shares if level == 'article' else ''} FROM {table} WHERE {w.sql} GROUP BY ALL ORDER BY ALL"
    )
    return _df(con, sql, w.params)


def articles_page(
    con: duckdb.DuckDBPyConnection,
    filters: Filters | None = None,
    *,
    referent: str | None = None,
    variant: str | None = None,
    voice: str | None = None,
    side: str | None = None,
    order: str = "newest",
    limit: int = 50,
    offset: int = 0,
) -> Page:
    """Return a page of articles behind the filters and an optional selection, in ``order``
    (a key of ``ARTICLE_ORDERS``: newest first by default).

    ``referent``/``variant``/``voice`` keep articles with such a term;
    ``side`` keeps articles quoting a speaker of that side.
    """
    if order not in ARTICLE_ORDERS:
        raise ValueError(f"order must be one of {', '.join(ARTICLE_ORDERS)}, not {order!r}")
    clauses = []
    term = where(None, equals=[("referent", referent), ("variant", variant), ("voice", voice)])
    if term.params:
        clauses.append((f"article_id IN (SELECT article_id FROM terms WHERE {term.sql})", term.params))
    if side is not None:
        clauses.append(("article_id IN (SELECT article_id FROM quotes WHERE coalesce(side, 'unknown') = ?)", [side]))
    w = where(filters, clauses=clauses)
    sql = (
        f"SELECT article_id, {_OUTLET} AS outlet, date, language, coalesce(title, left(text, 120)) AS title, url, word_count, "
        f"sentiment_compound, terminology_index, term_count, quote_count FROM articles WHERE {w.sql}"
    )
    return _page(con, sql, w.params, order=ARTICLE_ORDERS[order], limit=limit, offset=offset)


def record_by_id(con: duckdb.DuckDBPyConnection, article_id: str) -> Record | None:
    """Return the stored record of one article with its sentences, terms, quotes and actors, or None."""
    article = _dicts(con, "SELECT * FROM articles WHERE article_id = ?", [article_id])
    if not article:
        return None
    children = {
        table: _dicts(con, f"SELECT * FROM {table} WHERE article_id = ? ORDER BY position", [article_id])
        for table in CHILD_TABLES
    }
    return record_from_rows(article[0], children)


_LEVELS = {"article": ("articles", "sentiment_compound"), "sentence": ("sentences", "compound")}


def _page(con, sql: str, params: list, *, order: str, limit: int, offset: int) -> Page:
    limit, offset = max(0, int(limit)), max(0, int(offset))
    total = con.execute(f"SELECT count(*) FROM ({sql})", params).fetchone()[0]
    rows = _df(con, f"{sql} ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset])
    return Page(rows=rows, total=total, limit=limit, offset=offset)


def _group_keys(by: Sequence[str]) -> str:
    unknown = [key for key in by if key not in GROUP_KEYS]
    if unknown or not by:
        raise ValueError(f"cannot group by {unknown or 'nothing'}; choose from {sorted(GROUP_KEYS)}")
    return ", ".join(f"{GROUP_KEYS[key]} AS {key}" for key in by)


def outlet_sql(alias: str = "") -> str:
    """Return the SQL expression of a row's outlet name, "Unknown outlet" when it has none."""
    return f"coalesce({alias + '.' if alias else ''}outlet, '{UNKNOWN_OUTLET}')"


def _dicts(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> list[dict]:
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def _df(con: duckdb.DuckDBPyConnection, sql: str, params: list) -> pd.DataFrame:
    return con.execute(sql, params).df()
