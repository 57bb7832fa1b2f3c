"""Schema, transactional batches, replacement and the record round trip."""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap

import pytest

from framing.record import Record
from framing.store import (
    StoreError,
    analysis_version,
    open_store,
    record_by_id,
    table_counts,
    write_records,
)
from framing.store import write as store_write
from tests.store.records import full_record, full_record_dict


@pytest.fixture
def con(tmp_path):
    con = open_store(tmp_path / "s.duckdb")
    yield con
    con.close()


def test_analysis_version_is_a_short_order_independent_hash():
    a = analysis_version({"framing": "0.1.0", "sentiment": "v", "lexicon": None})
    b = analysis_version({"lexicon": None, "sentiment": "v", "framing": "0.1.0"})
    assert a == b and len(a) == 12
    assert analysis_version({"framing": "0.2.0", "sentiment": "v", "lexicon": None}) != a


def test_full_record_round_trips_exactly(con):
    record = full_record()
    assert write_records(con, [record]).new == 1
    assert record_by_id(con, "a1") == record
    assert table_counts(con) == {"articles": 1, "sentences": 2, "terms": 2, "quotes": 2, "actors": 2}


def test_empty_lists_and_missing_sentiment_are_stored(con):
    record = full_record("a2", sentiment=None, terms=(), quotes=(), actors=(), sentences=(),
                         terminology_index=None, language="de", language_supported=False, date=None)
    write_records(con, [record])
    assert record_by_id(con, "a2") == record
    assert record_by_id(con, "missing") is None


def test_quotes_carry_their_speakers_side(con):
    write_records(con, [full_record()])
    rows = con.execute("SELECT speaker, side, words FROM quotes ORDER BY position").fetchall()
    # No speaker at all is "unattributed" (framing.record.model.quote_side).
    assert rows == [("Kyiv government", "ukraine", 3), (None, "unattributed", 1)]


def test_unexpected_shapes_are_coerced_not_rejected(con):
    # A record read back from JSON written elsewhere: odd shapes are coerced, a non-dict item dropped.
    data = full_record_dict("odd")
    data["actors"] = [
        {"name": "X", "side": "ukraine", "roles": "spokesperson", "mentions": [{"start": 0, "end": 1}, {"start": 5, "end": 6}, "not a mention"],
         "quotes": [{"start": 0}], "surface_forms": None, "sentiment": {"compound": 0.3}, "gazetteer_id": 7},
        "not a dict",
    ]
    data["terms"][0]["weight"] = float("nan")
    data["sentences"][0]["start"] = 2**40
    write_records(con, [Record.from_dict(data)])
    actor = con.execute("SELECT roles, mentions, quotes, surface_forms, sentiment, gazetteer_id FROM actors").fetchone()
    assert actor == (["spokesperson"], 2, 1, [], 0.3, "7")
    assert con.execute("SELECT actor_count FROM articles").fetchone() == (1,)
    assert con.execute("SELECT start_offset FROM sentences WHERE position = 0").fetchone() == (None,)


def test_same_version_is_left_alone_and_other_version_replaces_every_row(con):
    record = full_record()
    key = analysis_version(record.versions)
    write_records(con, [record], current_versions={key})
    again = write_records(con, [record, record], current_versions={key})
    assert (again.new, again.replaced, again.unchanged) == (0, 0, 1)
    newer = full_record(versions={**record.versions, "lexicon": "test@2"}, terms=[record.to_dict()["terms"][0]])
    result = write_records(con, [newer], current_versions={analysis_version(newer.versions)})
    assert (result.new, result.replaced) == (0, 1)
    assert table_counts(con) == {"articles": 1, "sentences": 2, "terms": 1, "quotes": 2, "actors": 2}
    assert record_by_id(con, "a1").versions["lexicon"] == "test@2"


def test_a_batch_that_fails_half_way_leaves_nothing(con, monkeypatch):
    write_records(con, [full_record("kept")])
    real_insert = store_write._insert

    def failing(con_, table, arrow):
        if table == "quotes":
            raise RuntimeError("disk full")
        real_insert(con_, table, arrow)

    monkeypatch.setattr(store_write, "_insert", failing)
    with pytest.raises(RuntimeError):
        write_records(con, [full_record("b1"), full_record("b2")])
    assert table_counts(con) == {"articles": 1, "sentences": 2, "terms": 2, "quotes": 2, "actors": 2}


def test_schema_is_created_once_and_a_foreign_schema_is_refused(tmp_path):
    path = tmp_path / "s.duckdb"
    open_store(path).close()
    con = open_store(path)
    con.execute("UPDATE store_info SET value = '0' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(StoreError, match="schema version 0"):
        open_store(path)


def test_missing_and_non_store_files_get_clear_errors(tmp_path):
    with pytest.raises(StoreError, match="no such store"):
        open_store(tmp_path / "absent.duckdb", read_only=True)
    junk = tmp_path / "junk.duckdb"
    junk.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match=re.escape("junk.duckdb")):
        open_store(junk)


def test_a_store_in_use_by_another_process_is_refused_clearly(tmp_path):
    path = tmp_path / "busy.duckdb"
    open_store(path).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(f"""
            import sys, time, duckdb
            con = duckdb.connect({str(path)!r})
            print("ready", flush=True)
            sys.stdin.read()
        """)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(StoreError, match="in use by another process"):
            open_store(path)
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
