from __future__ import annotations

import numpy as np
import pytest

from framing.compare.voices import (
    ACTOR_SENTIMENT_COLUMNS,
    TOP_QUOTED_COLUMNS,
    VOICE_SHARE_COLUMNS,
    actor_sentiment,
    top_quoted,
    voice_share,
)
from tests.compare import oracle
from tests.compare.builders import actor, quote, record

RECORDS = [
    record("a1", "A",
           quotes=[quote("one two three four", speaker="Peskov"),
                   quote("five six", speaker="Peskov", kind="indirect"),
                   quote("seven", speaker="Olena Kovalenko"),
                   quote("eight nine", speaker=None, kind="indirect")],
           actors=[actor("Peskov", "russia", sentiment=-0.4, mentions=3),
                   actor("Olena Kovalenko", "ukraine", sentiment=0.2)]),
    record("a2", "A", quotes=[quote("ten", speaker="Peskov")],
           actors=[actor("Peskov", "russia", sentiment=-0.2)]),
    record("b1", "B", language="fr", quotes=[quote("« Nous résistons »", speaker="Zelensky", kind="mixed")],
           actors=[actor("Zelensky", "ukraine", sentiment=None)]),
]


def shares():
    return voice_share(oracle.quote_cells(RECORDS)).set_index(["outlet", "kind", "side"])


def test_quote_and_word_shares_by_side():
    table = shares()
    assert list(voice_share(oracle.quote_cells(RECORDS)).columns) == list(VOICE_SHARE_COLUMNS)
    russia = table.loc[("A", "all", "russia")]
    assert (russia["quotes"], russia["n"], russia["words"]) == (3, 5, 7)
    assert russia["quote_share"] == pytest.approx(3 / 5)
    assert russia["word_share"] == pytest.approx(7 / 10)  # 4 + 2 + 1 of 10 quoted words
    assert table.loc[("A", "all", "unattributed"), "quotes"] == 1


def test_direct_and_indirect_are_separate():
    table = shares()
    assert table.loc[("A", "direct", "russia"), "quote_share"] == pytest.approx(2 / 3)
    assert table.loc[("A", "indirect", "russia"), "quote_share"] == pytest.approx(1 / 2)
    assert table.loc[("B", "mixed", "ukraine"), "quotes"] == 1
    # B has no direct quote: the row is there with n = 0 and no share.
    empty = table.loc[("B", "direct", "ukraine")]
    assert empty["n"] == 0 and np.isnan(empty["quote_share"]) and empty["flag"] == "empty"


def test_sides_sum_to_one_per_outlet_and_kind():
    table = voice_share(oracle.quote_cells(RECORDS))
    sums = table[table["n"] > 0].groupby(["outlet", "kind"])["quote_share"].sum()
    assert sums.to_numpy() == pytest.approx(1.0)


def test_top_quoted():
    top = top_quoted(oracle.speaker_counts(RECORDS))
    assert list(top.columns) == list(TOP_QUOTED_COLUMNS)
    first = top[top["outlet"] == "A"].iloc[0]
    assert (first["speaker"], first["side"], first["quotes"], first["direct"], first["indirect"]) == (
        "Peskov", "russia", 3, 2, 1)
    assert (first["articles"], first["n"]) == (2, 5)
    assert first["share"] == pytest.approx(3 / 5)
    assert None not in set(top["speaker"])
    assert len(top_quoted(oracle.speaker_counts(RECORDS), top=1)) == 2


def test_actor_sentiment_with_n():
    table = actor_sentiment(*oracle.actor_moments(RECORDS), n_boot=200).set_index(["outlet", "name"])
    assert list(actor_sentiment(*oracle.actor_moments(RECORDS)).columns) == list(ACTOR_SENTIMENT_COLUMNS)
    peskov = table.loc[("A", "Peskov")]
    assert (peskov["n"], peskov["mentions"]) == (2, 4)
    assert peskov["mean"] == pytest.approx(-0.3)
    assert peskov["note"] == "Only 2 articles — too few articles to compare"
    assert table.loc[("B", "Zelensky"), "flag"] == "empty"


def test_unresolved_speaker_side():
    records = [record("x", "X", quotes=[quote("hi", speaker="Somebody")], actors=[])]
    table = voice_share(oracle.quote_cells(records))
    # Only kinds present in the corpus get rows: "all" and "direct".
    assert table[["kind", "side"]].values.tolist() == [["all", "unknown"], ["direct", "unknown"]]


@pytest.mark.parametrize("records", [[], [record("a", "A")]])
def test_no_quotes_no_actors(records):
    assert voice_share(oracle.quote_cells(records)).empty
    assert top_quoted(oracle.speaker_counts(records)).empty
    assert actor_sentiment(*oracle.actor_moments(records)).empty


def test_demo_voices(demo):
    cells = oracle.quote_cells(demo)
    if cells.empty:
        pytest.skip("quotes are not in the demo records yet")
    table = voice_share(cells)
    assert set(table["outlet"]) <= {r["outlet"] for r in demo}
    everything = table[table["kind"] == "all"]
    assert everything.groupby("outlet")["quotes"].sum().gt(0).all()
    top = top_quoted(oracle.speaker_counts(demo))
    assert (top["rank"] >= 1).all()
