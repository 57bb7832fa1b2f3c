"""Write article records as JSON Lines, CSV or Parquet."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from dataclasses import fields
from typing import IO

from framing.record.model import RECORD_FIELDS, VERSION_KEYS, Record
from framing.sentiment import ArticleSentiment

FORMATS = ("jsonl", "csv", "parquet")
# Cells a spreadsheet would run as a formula (OWASP "CSV injection").
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: object) -> object:
    """Return the value with a leading apostrophe when a spreadsheet would read it as a formula."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def flat_row(record: Record) -> dict[str, object]:
    """Return a record as one CSV row: dicts become ``key.sub`` columns, lists JSON text."""
    row: dict[str, object] = {}
    for key, value in record.to_dict().items():
        if key in ("sentiment", "versions"):
            for sub, sub_value in (value or {}).items():
                row[f"{key}.{sub}"] = sub_value
        elif isinstance(value, (list, dict)):
            row[key] = json.dumps(value, ensure_ascii=False)
        else:
            row[key] = value
    return {k: safe_cell(v) for k, v in row.items()}


def csv_columns() -> list[str]:
    """Return the CSV header matching ``flat_row``."""
    columns = []
    for key in RECORD_FIELDS:
        if key == "sentiment":
            columns += [f"sentiment.{f.name}" for f in fields(ArticleSentiment)]
        elif key == "versions":
            columns += [f"versions.{k}" for k in VERSION_KEYS]
        else:
            columns.append(key)
    return columns


def write_jsonl(records: Iterable[Record], handle: IO[str]) -> int:
    """Write one JSON object per line; return how many records were written."""
    count = 0
    for record in records:
        handle.write(json.dumps(record.to_dict(), ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(records: Iterable[Record], handle: IO[str]) -> int:
    """Write records as CSV (formulas neutralised); return how many were written."""
    writer = csv.DictWriter(handle, fieldnames=csv_columns(), extrasaction="ignore")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(flat_row(record))
        count += 1
    return count


def write_parquet(records: Iterable[Record], path: str) -> int:
    """Write records to a Parquet file (nested fields kept as structs and lists)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [record.to_dict() for record in records]
    pq.write_table(pa.Table.from_pylist(rows), path)
    return len(rows)
