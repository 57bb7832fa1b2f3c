from __future__ import annotations

import pandas as pd
import pytest

from framing.record.frames import (
    ACTOR_COLUMNS,
    ARTICLE_COLUMNS,
    QUOTE_COLUMNS,
    SENTENCE_COLUMNS,
    TERM_COLUMNS,
    actors_frame,
    articles_frame,
    quotes_frame,
    sentences_frame,
    terms_frame,
)
from tests.compare.builders import actor, quote, record, term

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
        (terms_frame, TERM_COLUMNS, 2),
        (quotes_frame, QUOTE_COLUMNS, 2),
        (actors_frame, ACTOR_COLUMNS, 1),
        (sentences_frame, SENTENCE_COLUMNS, 1),
    ],
)
def test_frames_have_their_documented_columns(build, columns, rows):
    frame = build(RECORDS)
    assert list(frame.columns) == list(columns) and len(frame) == rows
    assert frame["outlet"].iloc[0] == "Unknown outlet"
    empty = build([])
    assert list(empty.columns) == list(columns) and empty.empty


def test_articles_frame_keeps_its_columns_and_can_add_text():
    assert list(articles_frame(RECORDS).columns) == list(ARTICLE_COLUMNS)
    with_text = articles_frame(RECORDS, with_text=True)
    assert list(with_text.columns) == [*ARTICLE_COLUMNS, "text"]
    assert with_text["text"].tolist() == ["Kyiv said « non ».", ""]


def test_quote_sides_come_from_the_actors():
    quotes = quotes_frame(RECORDS)
    assert quotes["side"].tolist() == ["ukraine", "unattributed"]
    assert quotes["words"].tolist() == [1, 1]


def test_actor_fields_of_any_shape():
    records = [record("x", "X", actors=[
        {"name": "A", "side": None, "roles": [{"role": "spokesperson"}], "mentions": [1, 2],
         "quotes": 2, "surface_forms": ("A", "Mr A"), "sentiment": {"compound": -0.5, "n": 2}},
        {"name": "B", "sentiment": "n/a"},
    ])]
    frame = actors_frame(records)
    assert frame["side"].tolist() == ["unknown", "unknown"]
    assert frame["mentions"].tolist()[0] == 2 and frame["sentiment"].iloc[0] == -0.5
    assert frame["roles"].iloc[0] == "spokesperson" and frame["surface_forms"].iloc[0] == "A; Mr A"
    assert pd.isna(frame["sentiment"].iloc[1])


def test_missing_offsets_stay_missing():
    records = [record("x", "X", terms=[{"term": "Kyiv", "pole": "ukraine", "voice": "author"}])]
    frame = terms_frame(records)
    assert pd.isna(frame["start"].iloc[0]) and str(frame["start"].dtype) == "Int64"
    assert frame["language"].iloc[0] == "en"  # the article's language when the term has none
