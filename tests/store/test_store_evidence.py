"""Evidence rows cut from a store by the stored offsets: the same text the records point at."""

from __future__ import annotations

import pytest

from framing.record import Record
from framing.store import memory_store
from framing.store.evidence import quote_rows, term_contexts

TEXT = "Title\n\nThe Kiev regime said.   “We fight,” said Ivan. Kyiv replied."
RECORDS = [
    {
        "id": "a", "outlet": "Wire", "date": "2022-03", "text": TEXT,
        "terms": [
            {"term": "Kiev regime", "referent": "kyiv-government", "voice": "author", "start": 11, "end": 22},
            {"term": "Kyiv", "referent": "kyiv", "voice": "author", "start": TEXT.index("Kyiv"), "end": TEXT.index("Kyiv") + 4},
        ],
        "quotes": [{"speaker": "Ivan", "kind": "direct", "text": "We fight,", "start": 31, "end": 42},
                   {"speaker": None, "kind": "indirect", "text": "x", "start": 0, "end": 1}],
        "actors": [{"name": "Ivan", "side": "russia"}],
        "sentences": [{"start": 0, "end": 5, "compound": 0.0}, {"start": 7, "end": 29, "compound": -0.4}],
    },
    {"id": "b", "outlet": None, "date": None, "text": "Kyiv", "terms": [
        {"term": "Kyiv", "referent": "kyiv", "voice": "quoted", "start": 0, "end": 4}], "quotes": [], "actors": []},
]




@pytest.fixture(scope="module")
def con():
    return memory_store([Record.from_dict(r) for r in RECORDS])


@pytest.mark.parametrize(
    ("filters", "matches"),
    [
        ({}, ["Kiev regime", "Kyiv", "Kyiv"]),
        ({"outlet": "Wire"}, ["Kiev regime", "Kyiv"]),
        ({"outlet": "Unknown outlet"}, ["Kyiv"]),
        ({"referent": "kyiv", "voice": "quoted"}, ["Kyiv"]),
        ({"term": "Kiev regime"}, ["Kiev regime"]),
        ({"outlet": "Nobody"}, []),
    ],
)
def test_term_contexts_filters_and_matches_are_exact(con, filters, matches):
    rows = term_contexts(con, **filters)
    assert rows["match"].tolist() == matches


def test_context_is_flattened_and_bounded(con):
    row = term_contexts(con, term="Kiev regime", window=11).iloc[0]
    assert row["left"] == "Title The" and row["right"] == "said. “W"


@pytest.mark.parametrize(
    ("filters", "speakers"),
    [({}, ["Ivan", None]), ({"side": "russia"}, ["Ivan"]), ({"side": "unattributed"}, [None]), ({"outlet": "x"}, [])],
)
def test_quote_rows(con, filters, speakers):
    got = quote_rows(con, **filters)["speaker"].tolist()
    assert [s if isinstance(s, str) else None for s in got] == speakers


def test_limit(con):
    assert len(term_contexts(con, limit=1)) == 1
