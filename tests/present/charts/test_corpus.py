"""The placement chart: outlets' means from a profile, one article from the store's article row."""

from __future__ import annotations

import math

import pandas as pd
import pytest

from framing.present.charts.corpus import placement
from framing.record import Record
from framing.record.tables import table_batches
from tests.compare.builders import record

OUTLETS = pd.DataFrame({"outlet": ["A", "B"], "index_mean": [0.5, None], "sentiment_mean": [0.1, -0.2],
                        "articles": [3, 20]})


@pytest.mark.parametrize(
    ("index", "compound", "expected"),
    [(0.4, -0.3, (0.4, -0.3)), (None, 0.2, (0.0, 0.2)), (-1.0, None, (-1.0, None))],
)
def test_the_article_star_sits_at_its_index_and_sentiment(index, compound, expected):
    own = table_batches([Record.from_dict(record("x", "X", index=index, compound=compound))])["articles"]
    star = placement(OUTLETS, own.to_pandas()).data[1]
    x, y = float(star.x[0]), star.y[0]
    assert x == expected[0]
    assert (y is None or math.isnan(y)) if expected[1] is None else y == pytest.approx(expected[1])


def test_outlets_without_an_index_sit_at_zero_hollow():
    own = table_batches([Record.from_dict(record("x", "X", index=0.1, compound=0.0))])["articles"].to_pandas()
    outlets = placement(OUTLETS, own).data[0]
    assert list(outlets.x) == [0.5, 0.0] and list(outlets.marker.symbol) == ["circle", "circle-open"]
