from __future__ import annotations

import pytest

from framing.evidence import quote_rows, sentence_rows, term_contexts

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
def test_term_contexts_filters_and_matches_are_exact(filters, matches):
    rows = term_contexts(RECORDS, **filters)
    assert rows["match"].tolist() == matches


def test_context_is_flattened_and_bounded():
    row = term_contexts(RECORDS, term="Kiev regime", window=11).iloc[0]
    assert row["left"] == "Title The" and row["right"] == "said. “W"


@pytest.mark.parametrize(
    ("filters", "speakers"),
    [({}, ["Ivan", None]), ({"side": "russia"}, ["Ivan"]), ({"side": "unattributed"}, [None]), ({"outlet": "x"}, [])],
)
def test_quote_rows(filters, speakers):
    got = quote_rows(RECORDS, **filters)["speaker"].tolist()
    assert [s if isinstance(s, str) else None for s in got] == speakers


def test_sentence_rows_most_negative_first():
    rows = sentence_rows(RECORDS[0])
    assert rows["sentence"].tolist() == ["The Kiev regime said.", "Title"]


def test_limit():
    assert len(term_contexts(RECORDS, limit=1)) == 1
