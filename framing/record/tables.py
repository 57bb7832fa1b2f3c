"""Records to table rows and back: the flattening between the record and the store.

Values are coerced to each column's kind, so a record field whose shape
changes (an actor's ``mentions`` as a count or as a list of spans) is stored
rather than rejected: a list becomes its length for a count column, and a
list or dict becomes JSON text for a text column.
"""

from __future__ import annotations

import calendar
import json
import math
from collections.abc import Iterable, Sequence
from datetime import date

import pyarrow as pa

from framing.record.columns import TABLES, Column, analysis_version
from framing.record.model import RECORD_FIELDS, quote_side, speaker_sides
from framing.terminology.index import weak_evidence
from framing.text.tokens import word_count

_ARROW_TYPES = {
    "str": pa.string(),
    "int": pa.int32(),
    "float": pa.float64(),
    "bool": pa.bool_(),
    "date": pa.date32(),
    "str[]": pa.list_(pa.string()),
}
# Record field → child table; each item of the list becomes one row.
_CHILD_FIELDS = {"sentences": "sentences", "terms": "terms", "quotes": "quotes", "actors": "actors"}
# Columns named differently from their record keys ("end" is an SQL keyword).
_COLUMN_KEYS = {"start_offset": "start", "end_offset": "end"}
_CHILD_KEYS = {"terms": {"term_language": "language"}}
# Columns the store adds to child rows (filters, order, the speaker's side), not in the record.
_SHARED = frozenset({"article_id", "position", "outlet", "language", "date_start", "date_end"})
_STORE_ONLY = {"*": _SHARED, "quotes": _SHARED | {"words"}}
# The store's quote sides that a record writes as null (no side known).
_NO_SIDE = frozenset({"unknown", "unattributed"})


def date_range(value: str | None) -> tuple[date | None, date | None]:
    """Return the first and last day covered by an ISO date of any precision (``2022-03``)."""
    if not value or not isinstance(value, str):
        return None, None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            last = calendar.monthrange(parts[0], parts[1])[1]
            return date(parts[0], parts[1], 1), date(parts[0], parts[1], last)
        day = date(parts[0], parts[1], parts[2])
        return day, day
    except (ValueError, IndexError):
        return None, None


def coerced(value: object, kind: str) -> object:
    """Return ``value`` as the column kind wants it, or None when it cannot be."""
    if kind == "str[]":
        if value is None:
            return []
        items = value if isinstance(value, (list, tuple, set, frozenset)) else [value]
        return [_text(item) for item in items]
    if value is None:
        return None
    if kind == "str":
        return _text(value)
    if kind == "bool":
        return bool(value)
    if kind == "int":
        if isinstance(value, (list, tuple, set, frozenset, dict)):
            return len(value)
        return _int32(value)
    if kind == "float":
        if isinstance(value, dict):
            value = value.get("compound")
        return float(value) if isinstance(value, (int, float)) else None
    return value  # "date": already a date from ``date_range``


def article_row(record: dict) -> dict[str, object]:
    """Return the ``articles`` row of a record (see ``schema.TABLES``)."""
    sentiment = record.get("sentiment") if isinstance(record.get("sentiment"), dict) else {}
    start, end = date_range(record.get("date"))
    values = {
        **record,
        "article_id": record.get("id"),
        "analysis_version": analysis_version(record.get("versions")),
        "sentiment_model": sentiment.get("model"),
        "sentiment_compound": sentiment.get("compound"),
        "positive_share": sentiment.get("positive_share"),
        "negative_share": sentiment.get("negative_share"),
        "sentence_count": record.get("sentences") or [],
        "term_count": record.get("terms") or [],
        "quote_count": record.get("quotes") or [],
        "actor_count": record.get("actors") or [],
        "author_poles": author_poles(record),
        "versions": json.dumps(record.get("versions") or {}, sort_keys=True, ensure_ascii=False),
        "date_start": start,
        "date_end": end,
    }
    return {c.name: coerced(values.get(c.name), c.kind) for c in TABLES["articles"]}


def child_table(records: Sequence[dict], table: str) -> pa.Table:
    """Return the rows of one child table (``sentences``, ``terms``, ``quotes``, ``actors``)
    for a batch of records, built column by column.

    Each column is first handed to Arrow as it is (C speed, the usual case);
    a column Arrow refuses (an odd type somewhere) is coerced value by value.
    """
    columns: dict[str, list] = {c.name: [] for c in TABLES[table]}
    keys = {c.name: _CHILD_KEYS.get(table, {}).get(c.name) or _COLUMN_KEYS.get(c.name, c.name) for c in TABLES[table]}
    for record in records:
        numbered = _numbered_items(record, table)
        if not numbered:
            continue
        start, end = date_range(record.get("date"))
        shared = {"article_id": record.get("id"), "outlet": record.get("outlet"),
                  "language": record.get("language"), "date_start": start, "date_end": end}
        sides = speaker_sides(record.get("actors") or []) if table == "quotes" else {}
        for name, values in columns.items():
            if name in shared:
                values.extend([shared[name]] * len(numbered))
            elif name == "position":
                values.extend(i for i, _ in numbered)
            elif name == "side" and table == "quotes":
                values.extend(quote_side(item, sides) for _, item in numbered)
            elif name == "words" and table == "quotes":
                values.extend(word_count(item.get("text") or "") for _, item in numbered)
            else:
                values.extend(item.get(keys[name]) for _, item in numbered)
    return pa.table([_array(columns[c.name], c) for c in TABLES[table]], schema=_schema(table))


def table_batches(records: Iterable[dict]) -> dict[str, pa.Table]:
    """Return one Arrow table per store table for a batch of records."""
    records = list(records)
    articles = pa.Table.from_pylist([article_row(r) for r in records], schema=_schema("articles"))
    return {"articles": articles, **{table: child_table(records, table) for table in _CHILD_FIELDS.values()}}


def author_poles(record: dict) -> list[str]:
    """Return the poles of the record's author-voice terms of weight > 0, sorted."""
    return sorted({item["pole"] for item in record.get("terms") or []
                   if isinstance(item, dict) and item.get("voice") == "author" and isinstance(item.get("pole"), str)
                   and isinstance(item.get("weight"), (int, float)) and item["weight"] > 0})


def _numbered_items(record: dict, table: str) -> list[tuple[int, dict]]:
    """Return ``(position, item)`` of a record's rows of one child table."""
    # A malformed item (not a dict) is not evidence; the article row still counts it.
    return [(i, item) for i, item in enumerate(record.get(_CHILD_FIELDS[table]) or []) if isinstance(item, dict)]


def _array(values: list, column: Column) -> pa.Array:
    kind = column.kind
    if kind != "str[]":  # lists: None must become [], which Arrow would keep as null
        try:
            return pa.array(values, type=_ARROW_TYPES[kind])
        except (pa.ArrowInvalid, pa.ArrowTypeError, OverflowError, TypeError, ValueError):
            pass
    return pa.array([coerced(v, kind) for v in values], type=_ARROW_TYPES[kind])


def _schema(table: str) -> pa.Schema:
    return pa.schema([(c.name, _ARROW_TYPES[c.kind]) for c in TABLES[table]])


def record_from_rows(article: dict, children: dict[str, list[dict]]) -> dict:
    """Return a record (the public export shape) from an ``articles`` row and its child rows."""
    record = {
        "id": article["article_id"],
        "source": article["source"],
        "outlet": article["outlet"],
        "url": article["url"],
        "date": article["date"],
        "date_precision": article["date_precision"],
        "language": article["language"],
        "language_supported": article["language_supported"],
        "title": article["title"],
        "dateline": article["dateline"],
        "text": article["text"],
        "word_count": article["word_count"],
        "sentiment": None
        if article["sentiment_model"] is None
        else {
            "model": article["sentiment_model"],
            "compound": article["sentiment_compound"],
            "positive_share": article["positive_share"],
            "negative_share": article["negative_share"],
        },
        "terminology_index": article["terminology_index"],
        "terminology_hits": article["terminology_hits"],
        # Not stored: it follows from terminology_hits.
        "terminology_weak": weak_evidence(article["terminology_hits"] or 0.0),
        "warnings": list(article["warnings"] or []),
        "versions": json.loads(article["versions"] or "{}"),
    }
    for table, field in _CHILD_FIELDS.items():
        record[field] = [_child_item(table, row) for row in children.get(table, [])]
    return {key: record.get(key) for key in RECORD_FIELDS}


def _child_item(table: str, row: dict) -> dict:
    """Return a record item from a child row: the record's keys, without the store's own columns."""
    keys = _CHILD_KEYS.get(table, {})
    item = {}
    for column in TABLES[table]:
        if column.name in _STORE_ONLY.get(table, _STORE_ONLY["*"]):
            continue
        value = row[column.name]
        if table == "quotes" and column.name == "side" and value in _NO_SIDE:
            value = None
        item[keys.get(column.name) or _COLUMN_KEYS.get(column.name, column.name)] = value
    return item


def _int32(value: object) -> int | None:
    """Return a count or offset as an int that fits the INTEGER column, else None."""
    if not isinstance(value, (int, float)) or not math.isfinite(value):
        return None
    number = round(value)
    return number if -(2**31) <= number < 2**31 else None


def _text(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)
