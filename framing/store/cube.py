"""Summary cubes: the store's counts pre-aggregated by outlet, language and date.

The dashboard filters by outlet, language and date range, and every count
it draws is a sum over articles. Grouping the per-article rows once by those
filter dimensions (``outlet``, ``language``, ``date_start``, ``date_end``) and
each table's own keys gives tables hundreds of times smaller than the term,
quote and actor tables of a large store, from which any filtered count is an
exact sum: an article belongs to exactly one dimension group, so even
"articles with …" (``count(DISTINCT article_id)`` per group) adds up.
Means are kept as ``n``, ``s1`` (sum) and ``s2`` (sum of squares), from which
a filtered mean and standard deviation follow exactly.

``refresh_cubes`` rebuilds them from the detail tables in one transaction
(the end of every ``ingest`` that changed something, and ``memory_store``);
``store_info`` records which articles they summarise (``cubes_current``), so
a store whose ingest was interrupted before the rebuild is noticed and
rebuilt when it is next opened for writing.
"""

from __future__ import annotations

import duckdb

from framing.store.schema import failed_write

__all__ = ["CUBES", "cubes_current", "ensure_cubes", "memory_cubes", "refresh_cubes", "summarised_state"]

_DIMS = "outlet, language, date_start, date_end"
_MOMENTS = "count({v}) AS n_{m}, sum({v}) AS s1_{m}, sum({v} * {v}) AS s2_{m}"

# Cube table → the SELECT that builds it from the detail tables.
CUBES: dict[str, str] = {
    "article_cube": (
        f"SELECT {_DIMS}, date, date_precision, count(*) AS articles, "
        + _MOMENTS.format(v="terminology_index", m="index") + ", "
        + _MOMENTS.format(v="sentiment_compound", m="sentiment")
        + f" FROM articles GROUP BY {_DIMS}, date, date_precision"
    ),
    "pole_cube": (
        f"SELECT {_DIMS}, pole, count(*) AS articles FROM "
        f"(SELECT {_DIMS}, unnest(author_poles) AS pole FROM articles) GROUP BY ALL"
    ),
    "term_cube": (
        f"SELECT {_DIMS}, referent, coalesce(term_language, language, 'unknown') AS term_language, variant, "
        "voice, any_value(term) AS term, any_value(pole) AS pole, count(*) AS count, "
        "count(DISTINCT article_id) AS articles FROM terms "
        "WHERE referent IS NOT NULL AND variant IS NOT NULL GROUP BY ALL"
    ),
    "quote_cube": (
        f"SELECT {_DIMS}, CASE WHEN grouping(kind) = 1 THEN 'all' ELSE kind END AS kind, "
        "coalesce(side, 'unknown') AS side, count(*) AS quotes, coalesce(sum(words), 0) AS words, "
        "count(DISTINCT article_id) AS articles FROM quotes "
        f"GROUP BY GROUPING SETS (({_DIMS}, kind, coalesce(side, 'unknown')), ({_DIMS}, coalesce(side, 'unknown')))"
    ),
    "speaker_cube": (
        f"SELECT {_DIMS}, speaker, coalesce(side, 'unknown') AS side, count(*) AS quotes, "
        "count(*) FILTER (WHERE kind = 'direct') AS direct, count(*) FILTER (WHERE kind = 'indirect') AS indirect, "
        "count(*) FILTER (WHERE kind = 'mixed') AS mixed, coalesce(sum(words), 0) AS words, "
        "count(DISTINCT article_id) AS articles FROM quotes WHERE speaker IS NOT NULL GROUP BY ALL"
    ),
    "actor_cube": (
        f"SELECT {_DIMS}, name, coalesce(side, 'unknown') AS side, "
        + _MOMENTS.format(v="sentiment", m="sentiment")
        + ", sum(coalesce(mentions, 0)) AS mentions FROM actors WHERE name IS NOT NULL GROUP BY ALL"
    ),
}


def summarised_state(con: duckdb.DuckDBPyConnection) -> str:
    """Return what the articles table holds now, as the cubes record it: ``count:latest ingest``."""
    n, latest = con.execute("SELECT count(*), max(ingested_at) FROM articles").fetchone()
    return f"{n}:{latest}"


def cubes_current(con: duckdb.DuckDBPyConnection) -> bool:
    """Return whether every cube exists and summarises the articles the store holds now."""
    found = con.execute("SELECT value FROM store_info WHERE key = 'cubes_of'").fetchone()
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    return found is not None and set(CUBES) <= tables and found[0] == summarised_state(con)


def refresh_cubes(con: duckdb.DuckDBPyConnection) -> None:
    """Rebuild every cube from the detail tables, in one transaction, and record the state."""
    con.begin()
    try:
        for table, select in CUBES.items():
            con.execute(f"CREATE OR REPLACE TABLE {table} AS {select}")
        con.execute("INSERT OR REPLACE INTO store_info VALUES ('cubes_of', ?)", [summarised_state(con)])
        con.commit()
    except BaseException as exc:
        failed_write(con, exc)
        raise


def memory_cubes(con: duckdb.DuckDBPyConnection) -> None:
    """Build every cube as a temporary table of this connection, which hides the stale one of
    the file: how a read-only connection shows a store whose last ingest stopped before its
    end, without writing to it (the next ``ingest`` rebuilds the file's cubes)."""
    for table, select in CUBES.items():
        con.execute(f"CREATE OR REPLACE TEMP TABLE {table} AS {select}")


def ensure_cubes(con: duckdb.DuckDBPyConnection) -> bool:
    """Rebuild the cubes unless they are current; return whether they were rebuilt."""
    if cubes_current(con):
        return False
    refresh_cubes(con)
    return True
