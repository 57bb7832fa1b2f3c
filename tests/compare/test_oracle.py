"""The test oracle itself: its row tables and its counts, checked on records worked out by hand."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.compare.cells import QUOTE_CELL_COLUMNS, TERM_CELL_COLUMNS
from tests.compare.builders import actor, quote, record, term
from tests.compare.oracle import (
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    QUOTE_COLUMNS,
    TERM_COLUMNS,
    actors,
    articles,
    quote_cells,
    quotes,
    term_cells,
    terms,
)

RECORDS = [
    record("a", None, text="Kyiv said « non ».", compound=0.1,
           terms=[term("Kyiv", pole="ukraine"), term("Kiev", pole="kremlin", voice="quoted", start=5)],
           quotes=[quote("non", speaker="Zelensky"), quote("anon", speaker=None, kind="indirect")],
           actors=[actor("Zelensky", "ukraine", sentiment=0.2)]),
    record("b", "B", language="fr", date="2022-09"),
]


@pytest.mark.parametrize(
    ("build", "columns", "rows"),
    [
        (terms, TERM_COLUMNS, 2),
        (quotes, QUOTE_COLUMNS, 2),
        (actors, ACTOR_COLUMNS, 1),
    ],
)
def test_row_tables_have_their_columns(build, columns, rows):
    frame = build(RECORDS)
    assert list(frame.columns) == list(columns) and len(frame) == rows
    assert frame["outlet"].iloc[0] == "Unknown outlet"
    empty = build([])
    assert list(empty.columns) == list(columns) and empty.empty


def test_articles_keep_their_columns_and_can_add_text():
    assert list(articles(RECORDS).columns) == list(ARTICLE_COLUMNS)
    with_text = articles(RECORDS, with_text=True)
    assert list(with_text.columns) == [*ARTICLE_COLUMNS, "text"]
    assert with_text["text"].tolist() == ["Kyiv said « non ».", ""]


def test_quote_sides_come_from_the_actors():
    rows = quotes(RECORDS)
    assert rows["side"].tolist() == ["ukraine", "unattributed"]
    assert rows["words"].tolist() == [1, 1]


def test_actor_fields_of_any_shape():
    records = [record("x", "X", actors=[
        {"name": "A", "side": None, "roles": [{"role": "spokesperson"}], "mentions": [1, 2],
         "quotes": 2, "surface_forms": ("A", "Mr A"), "sentiment": {"compound": -0.5, "n": 2}},
        {"name": "B", "sentiment": "n/a"},
    ])]
    frame = actors(records)
    assert frame["side"].tolist() == ["unknown", "unknown"]
    assert frame["mentions"].tolist()[0] == 2 and frame["sentiment"].iloc[0] == -0.5
    assert frame["roles"].iloc[0] == "spokesperson" and frame["surface_forms"].iloc[0] == "A; Mr A"
    assert pd.isna(frame["sentiment"].iloc[1])


def test_missing_offsets_stay_missing():
    records = [record("x", "X", terms=[{"term": "Kyiv", "pole": "ukraine", "voice": "author"}])]
    frame = terms(records)
    assert pd.isna(frame["start"].iloc[0]) and str(frame["start"].dtype) == "Int64"
    assert frame["language"].iloc[0] == "en"  # the article's language when the term has none


def test_term_cells_count_occurrences_per_variant_and_voice():
    cells = term_cells(RECORDS)
    assert list(cells.columns) == list(TERM_CELL_COLUMNS)
    assert cells.values.tolist() == [
        ["kyiv", "en", "Unknown outlet", "kiev", "Kiev", "kremlin", "quoted", 1, 1],
        ["kyiv", "en", "Unknown outlet", "kyiv", "Kyiv", "ukraine", "author", 1, 1],
    ]


def test_quote_cells_count_every_kind_and_all_kinds_together():
    cells = quote_cells(RECORDS)
    assert list(cells.columns) == list(QUOTE_CELL_COLUMNS)
    assert cells.drop(columns="outlet").values.tolist() == [
        ["all", "ukraine", 1, 1, 1],
        ["all", "unattributed", 1, 1, 1],
        ["direct", "ukraine", 1, 1, 1],
        ["indirect", "unattributed", 1, 1, 1],
    ]


@pytest.mark.parametrize("build", [term_cells, quote_cells])
def test_no_records_no_cells(build):
    assert build([]).empty
