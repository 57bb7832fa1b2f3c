"""The store's tables: one row per article, sentence, term, quotation and cited actor.

Every table is keyed by ``article_id`` (the record's ``id``, a content hash).
``articles.analysis_version`` is a short hash of the record's ``versions``
dict, so an article scored by another framing, sentiment model or lexicon
version can be told apart and re-scored (see ``framing.store.write``).

The child tables repeat the article's ``outlet``, ``language`` and date range:
the dashboard's filters and aggregations then read one table with no join,
which keeps them fast on tens of millions of term and sentence rows. The
dashboard's counts come from summary cubes built from these tables
(``framing.store.cube``).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass

import duckdb

# Bumped when a table changes; ``create_schema`` refuses a store of another version.
SCHEMA_VERSION = "2"


@dataclass(frozen=True, slots=True)
class Column:
    """A column: its name, DuckDB type and the record value kind it is coerced from."""

    name: str
    sql_type: str
    kind: str  # "str", "int", "float", "bool", "date", "str[]"


def _columns(spec: str) -> tuple[Column, ...]:
    """Return columns from ``"name TYPE kind"`` lines (compact and easy to review)."""
    rows = (line.split() for line in spec.strip().splitlines() if line.strip())
    return tuple(Column(name, sql_type, kind) for name, sql_type, kind in rows)


# Filter columns every table carries (see the module docstring for why).
_FILTER_COLUMNS = """
outlet VARCHAR str
language VARCHAR str
date_start DATE date
date_end DATE date
"""

TABLES: dict[str, tuple[Column, ...]] = {
    "articles": _columns(
        """
        article_id VARCHAR str
        analysis_version VARCHAR str
        source VARCHAR str
        url VARCHAR str
        date VARCHAR str
        date_precision VARCHAR str
        language_supported BOOLEAN bool
        title VARCHAR str
        dateline VARCHAR str
        text VARCHAR str
        word_count INTEGER int
        sentiment_model VARCHAR str
        sentiment_compound DOUBLE float
        positive_share DOUBLE float
        negative_share DOUBLE float
        terminology_index DOUBLE float
        terminology_hits DOUBLE float
        sentence_count INTEGER int
        term_count INTEGER int
        quote_count INTEGER int
        actor_count INTEGER int
        author_poles VARCHAR[] str[]
        warnings VARCHAR[] str[]
        versions VARCHAR str
        """
        + _FILTER_COLUMNS
    ),
    "sentences": _columns(
        """
        article_id VARCHAR str
        position INTEGER int
        start_offset INTEGER int
        end_offset INTEGER int
        compound DOUBLE float
        """
        + _FILTER_COLUMNS
    ),
    "terms": _columns(
        """
        article_id VARCHAR str
        position INTEGER int
        term VARCHAR str
        text VARCHAR str
        start_offset INTEGER int
        end_offset INTEGER int
        pole VARCHAR str
        category VARCHAR str
        voice VARCHAR str
        weight DOUBLE float
        referent VARCHAR str
        variant VARCHAR str
        term_language VARCHAR str
        """
        + _FILTER_COLUMNS
    ),
    "quotes": _columns(
        """
        article_id VARCHAR str
        position INTEGER int
        speaker VARCHAR str
        speaker_text VARCHAR str
        side VARCHAR str
        text VARCHAR str
        words INTEGER int
        kind VARCHAR str
        start_offset INTEGER int
        end_offset INTEGER int
        """
        + _FILTER_COLUMNS
    ),
    "actors": _columns(
        """
        article_id VARCHAR str
        position INTEGER int
        name VARCHAR str
        side VARCHAR str
        roles VARCHAR[] str[]
        mentions INTEGER int
        quotes INTEGER int
        surface_forms VARCHAR[] str[]
        sentiment DOUBLE float
        gazetteer_id VARCHAR str
        """
        + _FILTER_COLUMNS
    ),
}

CHILD_TABLES = ("sentences", "terms", "quotes", "actors")


def table_ddl(name: str) -> str:
    """Return the ``CREATE TABLE IF NOT EXISTS`` statement of one table."""
    columns = [f"{c.name} {c.sql_type}" for c in TABLES[name]]
    if name == "articles":
        # The key that makes a re-run unable to duplicate an article.
        columns[0] += " PRIMARY KEY"
        columns.append("ingested_at TIMESTAMP DEFAULT current_timestamp")
    return f"CREATE TABLE IF NOT EXISTS {name} ({', '.join(columns)})"


def create_schema(con: duckdb.DuckDBPyConnection) -> None:
    """Create the tables when missing; raise ``StoreError`` for a store of another schema."""
    con.execute("CREATE TABLE IF NOT EXISTS store_info (key VARCHAR PRIMARY KEY, value VARCHAR)")
    found = con.execute("SELECT value FROM store_info WHERE key = 'schema_version'").fetchone()
    if found and found[0] != SCHEMA_VERSION:
        raise StoreError(
            f"store schema version {found[0]} is not {SCHEMA_VERSION}; re-ingest into a new --db file"
        )
    for name in TABLES:
        con.execute(table_ddl(name))
    if not found:
        con.execute("INSERT INTO store_info VALUES ('schema_version', ?)", [SCHEMA_VERSION])


def analysis_version(versions: dict | None) -> str:
    """Return the short hash (12 hex digits of SHA-256) of a record's ``versions`` dict.

    Keys are sorted so the hash does not depend on dict order.
    """
    canonical = json.dumps(versions or {}, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:12]


class StoreError(Exception):
    """A store that cannot be opened or written, with the reason in words."""
