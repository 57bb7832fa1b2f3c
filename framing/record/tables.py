"""The one flattener: records to Arrow tables (one per ``framing.record.columns`` table) and back.

The store writes these tables, and a pandas frame of them is
``table.to_pandas()``. Values are coerced to each column's kind, so a record
field whose shape changes (an actor's ``mentions`` as a count or as a list of
spans) is stored rather than rejected: a list becomes its length for a count
column, and a list or dict becomes JSON text for a text column.
"""

from __future__ import annotations

import calendar
import json
import math
from collections.abc import Iterable, Sequence
from datetime import date

import pyarrow as pa

from framing.record.columns import CHILD_TABLES, TABLES, Column, analysis_version
from framing.record.model import RECORD_FIELDS, Record, quote_side, speaker_sides
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


def article_row(record: Record) -> dict[str, object]:
    """Return the ``articles`` row of a record (see ``framing.record.columns.TABLES``)."""
    sentiment = record.sentiment
    start, end = date_range(record.date)
    values = {
        **{name: getattr(record, name) for name in RECORD_FIELDS},
        "article_id": record.id,
        "analysis_version": analysis_version(record.versions),
        "sentiment_model": sentiment.model if sentiment else None,
        "sentiment_compound": sentiment.compound if sentiment else None,
        "positive_share": sentiment.positive_share if sentiment else None,
        "negative_share": sentiment.negative_share if sentiment else None,
        "sentence_count": len(record.sentences),
        "term_count": len(record.terms),
        "quote_count": len(record.quotes),
        "actor_count": len(record.actors),
        "author_poles": author_poles(record),
        "versions": json.dumps(record.versions, sort_keys=True, ensure_ascii=False),
        "date_start": start,
        "date_end": end,
    }
    return {c.name: coerced(values.get(c.name), c.kind) for c in TABLES["articles"]}


def child_table(records: Sequence[Record], table: str) -> pa.Table:
    """Return the rows of one child table (``sentences``, ``terms``, ``quotes``, ``actors``)
    for a batch of records, built column by column.

    Each column is first handed to Arrow as it is (C speed, the usual case);
    a column Arrow refuses (an odd type somewhere) is coerced value by value.
    """
    columns: dict[str, list] = {c.name: [] for c in TABLES[table]}
    keys = {c.name: _CHILD_KEYS.get(table, {}).get(c.name) or _COLUMN_KEYS.get(c.name, c.name) for c in TABLES[table]}
    for record in records:
        items = getattr(record, table)
        if not items:
            continue
        start, end = date_range(record.date)
        shared = {"article_id": record.id, "outlet": record.outlet,
                  "language": record.language, "date_start": start, "date_end": end}
        sides = speaker_sides(record.actors) if table == "quotes" else {}
        for name, values in columns.items():
            if name in shared:
                values.extend([shared[name]] * len(items))
            elif name == "position":
                values.extend(range(len(items)))
            elif name == "side" and table == "quotes":
                values.extend(quote_side(item, sides) for item in items)
            elif name == "words" and table == "quotes":
                values.extend(word_count(item.text or "") for item in items)
            else:
                values.extend(getattr(item, keys[name]) for item in items)
    return pa.table([_array(columns[c.name], c) for c in TABLES[table]], schema=_schema(table))


def table_batches(records: Iterable[Record]) -> dict[str, pa.Table]:
    """Return one Arrow table per store table for a batch of records."""
    records = list(records)
    articles = pa.Table.from_pylist([article_row(r) for r in records], schema=_schema("articles"))
    return {"articles": articles, **{table: child_table(records, table) for table in CHILD_TABLES}}


def author_poles(record: Record) -> list[str]:
    """Return the poles of the record's author-voice terms of weight > 0, sorted."""
    return sorted({t.pole for t in record.terms if t.voice == "author" and t.weight and t.weight > 0})


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


def record_from_rows(article: dict, children: dict[str, list[dict]]) -> Record:
    """Return the ``Record`` of an ``articles`` row and its child rows."""
    record = {
        **{name: article.get(name) for name in RECORD_FIELDS},
        "id": article["article_id"],
        "sentiment": None
        if article["sentiment_model"] is None
        else {
            "model": article["sentiment_model"],
            "compound": article["sentiment_compound"],
            "positive_share": article["positive_share"],
            "negative_share": article["negative_share"],
        },
        "warnings": list(article["warnings"] or []),
        "versions": json.loads(article["versions"] or "{}"),
        # Not stored: it follows from terminology_hits.
        "terminology_weak": weak_evidence(article["terminology_hits"] or 0.0),
    }
    for table in CHILD_TABLES:
        record[table] = [_child_item(table, row) for row in children.get(table, [])]
    return Record.from_dict(record)


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
