"""The store's comparison tables equal those of the test oracle's counts.

SQL does the counting in production (``framing.store.counts``); the oracle
(``tests.compare.oracle``) counts the same tables plainly in pandas from the
records. Both feed the same statistics of ``framing.compare``, so for the
same articles they must give the same numbers, filters included.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from framing.compare import (
    actor_sentiment,
    means_with_intervals,
    outlet_features,
    outlet_map,
    outlet_profile,
    term_pairs,
    timeline,
    top_quoted,
    voice_share,
)
from framing.compare.comparison import comparison
from framing.compare.poles import signed_poles
from framing.record import Record
from framing.store import Filters, memory_store
from framing.terminology import load_pack
from tests.compare import oracle
from tests.compare.builders import actor, quote, record, term

POLES = {"kremlin": 1, "ukraine": -1, "neutral": 0}


@pytest.fixture(scope="module")
def lexicon():
    return load_pack("russia-ukraine")


@pytest.fixture(scope="module")
def demo_records(pipeline):
    from framing.scoring.demo import demo_records

    records, problems = demo_records(pipeline)
    assert not problems
    return records


def _same(a: pd.DataFrame, b: pd.DataFrame, keys: list[str]) -> None:
    """Assert two tables are equal up to row order and dtypes (floats approximately)."""
    assert list(a.columns) == list(b.columns)
    assert len(a) == len(b)
    a = a.sort_values(keys, kind="stable").reset_index(drop=True)
    b = b.sort_values(keys, kind="stable").reset_index(drop=True)
    for column in a.columns:
        left, right = a[column], b[column]
        if pd.api.types.is_numeric_dtype(left) and pd.api.types.is_numeric_dtype(right):
            assert np.allclose(left.astype("float64"), right.astype("float64"), equal_nan=True, atol=1e-9), column
        else:
            assert [None if pd.isna(v) else v for v in left] == [None if pd.isna(v) else v for v in right], column


def _expected(records, lexicon):
    cells, quotes = oracle.term_cells(records), oracle.quote_cells(records)
    profile = outlet_profile(oracle.outlet_basics(records), *oracle.measure_moments(records),
                             oracle.pole_article_counts(records),
                             signs=signed_poles(lexicon, observed=oracle.poles_seen(records)))
    over_time = timeline(*oracle.timeline_moments(records))
    return {
        "outlets": (profile.outlets, ["outlet"]),
        "pole_shares": (profile.poles, ["outlet", "pole"]),
        "pairs": (term_pairs(cells, poles=lexicon, min_variants=1), ["referent", "language", "outlet", "variant", "voice"]),
        "voice_shares": (voice_share(quotes), ["outlet", "kind", "side"]),
        "top_quoted": (top_quoted(oracle.speaker_counts(records)), ["outlet", "rank"]),
        "actor_sentiment": (actor_sentiment(*oracle.actor_moments(records)), ["outlet", "name", "side"]),
        "timeline": (over_time.points, ["measure", "outlet", "period"]),
        "timeline_excluded": (over_time.excluded, ["outlet"]),
        "map_points": (outlet_map(outlet_features(cells, quotes)).points, ["outlet"]),
    }


@pytest.mark.parametrize("filters", [None, Filters(languages=("en",)), Filters(date_from="2022-06-01"),
                                     Filters(outlets=("Polar Star Wire", "Vostok Hebdo"))])
def test_demo_tables_match_the_record_based_ones(demo_records, lexicon, filters):
    con = memory_store(demo_records)
    got = comparison(con, filters, poles=lexicon, top_actors=10_000)
    kept = {row[0] for row in con.execute(
        "SELECT article_id FROM articles WHERE " + _where_sql(filters), _where_params(filters)).fetchall()}
    records = [r.to_dict() for r in demo_records if r.id in kept]
    assert records, "the filter keeps some articles"
    for name, (expected, keys) in _expected(records, lexicon).items():
        _same(getattr(got, name), expected, keys)


def test_hand_built_records_match_including_unknown_outlets_and_unattributed_quotes():
    records = [
        record("a", "Meridian", index=-0.5, compound=0.1, date="2022-03",
               terms=[term("Kyiv", pole="ukraine"), term("Kiev", pole="kremlin", voice="quoted")],
               quotes=[quote("we hold", speaker="Zelensky"), quote("orphan words here", speaker=None)],
               actors=[actor("Zelensky", "ukraine", sentiment=0.2)]),
        record("b", None, index=0.5, compound=-0.3, date=None, language="fr",
               terms=[term("Kiev", pole="neutral", weight=0.0, language="fr")],
               quotes=[quote("nous tenons", speaker="Kuleba", kind="indirect")],
               actors=[actor("Kuleba", None, sentiment=None)]),
        record("c", "Meridian", index=None, compound=None, date="2022",
               terms=[term("Kiev", pole="kremlin")]),
        # A period with a sentiment but no index: its one value must still be fetched.
        record("d", "Meridian", index=None, compound=0.4, date="2022-05-02"),
    ]
    got = comparison(memory_store([Record.from_dict(r) for r in records]), poles=POLES, top_actors=10_000)
    for name, (expected, keys) in _expected(records, POLES).items():
        _same(getattr(got, name), expected, keys)


def test_empty_store_gives_empty_tables():
    got = comparison(memory_store([]), poles=POLES)
    assert got.outlets.empty and got.pairs.empty and got.voice_shares.empty and got.timeline.empty


def test_large_groups_get_the_normal_interval_from_moments_alone():
    # 5,000 values: no raw values are needed, and the interval is the CLT one.
    rng = np.random.default_rng(3)
    x = rng.uniform(-1, 1, size=5000)
    moments = pd.DataFrame({"outlet": ["A"], "n": [x.size], "mean": [x.mean()], "sd": [x.std(ddof=1)]})
    out = means_with_intervals(moments, pd.DataFrame(columns=["outlet", "v"]), ["outlet"], "v")
    half = 1.959964 * x.std(ddof=1) / np.sqrt(x.size)
    assert (out.loc[0, "low"], out.loc[0, "high"]) == (pytest.approx(x.mean() - half),
                                                       pytest.approx(x.mean() + half))


def _where_sql(filters):
    from framing.store.query import where

    return where(filters).sql


def _where_params(filters):
    from framing.store.query import where

    return where(filters).params
