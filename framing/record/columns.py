"""The flat tables of the record: one row per article, sentence, term, quotation and actor.

These column lists are the single definition of the flattened record: the
Arrow tables of ``framing.record.tables``, the store's DuckDB tables
(``framing.store.schema``) and the pandas frames all follow them.

The child tables repeat the article's ``outlet``, ``language`` and date range,
so filters and aggregations read one table with no join.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass


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


def analysis_version(versions: dict | None) -> str:
    """Return the short hash (12 hex digits of SHA-256) of a record's ``versions`` dict.

    Keys are sorted so the hash does not depend on dict order.
    """
    canonical = json.dumps(versions or {}, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:12]
