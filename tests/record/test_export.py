from __future__ import annotations

import csv
import io
import json

import pytest

from framing.reading import Article
from framing.record import Record
from framing.record.export import (
    csv_columns,
    flat_row,
    safe_cell,
    write_csv,
    write_jsonl,
    write_parquet,
)


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")"),
        ("+1", "'+1"),
        ("-cmd", "'-cmd"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("plain", "plain"),
        ("", ""),
        (-0.5, -0.5),
        (None, None),
    ],
)
def test_safe_cell(value, expected):
    assert safe_cell(value) == expected


@pytest.fixture(scope="module")
def records(pipeline):
    articles = [
        Article(source="a.txt", text="=cmd|' /C calc'!A0\n\nThe war in Kyiv.", title="=cmd|' /C calc'!A0", outlet="@Outlet"),
        Article(source="b.txt", text="Une phrase en français. Une autre.", date="2022-03"),
    ]
    return [pipeline.score(a) for a in articles]


def test_csv_round_trip_is_neutralised(records):
    buffer = io.StringIO()
    assert write_csv(records, buffer) == 2
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue())))
    assert list(rows[0]) == csv_columns()
    assert rows[0]["title"].startswith("'=") and rows[0]["outlet"] == "'@Outlet"
    assert rows[1]["date"] == "2022-03"
    assert json.loads(rows[1]["sentences"])[0]["start"] == 0
    assert float(rows[1]["sentiment.compound"]) == pytest.approx(records[1].sentiment.compound)


def test_jsonl_round_trip(records):
    buffer = io.StringIO()
    write_jsonl(records, buffer)
    assert [json.loads(line) for line in buffer.getvalue().splitlines()] == [r.to_dict() for r in records]


def test_parquet_round_trip(records, tmp_path):
    import pyarrow.parquet as pq

    path = tmp_path / "r.parquet"
    assert write_parquet(records, str(path)) == 2
    table = pq.read_table(path).to_pylist()
    assert [r["id"] for r in table] == [r.id for r in records]
    assert table[1]["sentences"][0]["end"] == records[1].sentences[0].end
    assert [Record.from_dict(row) for row in table] == records


def test_flat_row_keeps_every_column(records):
    assert set(flat_row(records[0])) == set(csv_columns())
