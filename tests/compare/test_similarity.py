from __future__ import annotations

import numpy as np
import pytest

from framing.compare.similarity import (
    EVIDENCE_COLUMNS,
    outlet_distances,
    outlet_features,
    outlet_map,
)
from tests.compare import oracle
from tests.compare.builders import actor, quote, record, term


def kiev_kyiv(outlet, kiev, kyiv, **kwargs):
    terms = [term("Kiev", pole="kremlin")] * kiev + [term("Kyiv", pole="ukraine")] * kyiv
    return record(outlet.lower(), outlet, terms=terms, **kwargs)


RECORDS = [kiev_kyiv("Polar", 4, 0), kiev_kyiv("Vostok", 3, 1), kiev_kyiv("Meridian", 0, 4),
           kiev_kyiv("Maple", 1, 5)]


def test_features_are_shares():
    features = outlet_features(oracle.term_cells(RECORDS))
    raw = features.raw
    assert raw.loc["Polar", "pole:kremlin"] == 1.0 and raw.loc["Polar", "pole:ukraine"] == 0.0
    assert raw.loc["Vostok", "variant:en:kyiv:kiev"] == pytest.approx(0.75)
    assert list(features.evidence.columns) == list(EVIDENCE_COLUMNS)
    assert features.evidence.set_index("outlet").loc["Polar", "n"] == 4


def test_a_referent_never_named_is_a_gap_not_a_zero():
    records = [*RECORDS, record("b", "Bucha-only", terms=[term("Bucha", pole="neutral", referent="bucha")])]
    features = outlet_features(oracle.term_cells(records))
    assert np.isnan(features.raw.loc["Polar", "variant:en:bucha:bucha"])
    assert np.isnan(features.raw.loc["Bucha-only", "variant:en:kyiv:kiev"])
    assert not features.values.isna().any().any()


def test_distances_rank_like_outlets_together():
    d = outlet_distances(outlet_features(oracle.term_cells(RECORDS)))
    square = d.pivot(index="outlet_a", columns="outlet_b", values="distance")
    assert np.allclose(np.diag(square), 0.0) and np.allclose(square, square.T)
    assert square.loc["Polar", "Vostok"] < square.loc["Polar", "Meridian"]
    assert square.loc["Meridian", "Maple"] < square.loc["Meridian", "Vostok"]
    cosine = outlet_distances(outlet_features(oracle.term_cells(RECORDS)), metric="cosine")
    assert cosine["distance"].between(0, 2).all()
    with pytest.raises(ValueError):
        outlet_distances(outlet_features(oracle.term_cells(RECORDS)), metric="manhattan")


def test_map_separates_the_two_sides_on_the_first_axis():
    result = outlet_map(outlet_features(oracle.term_cells(RECORDS)))
    x = result.points.set_index("outlet")["x"]
    assert np.sign(x["Polar"]) == np.sign(x["Vostok"]) != np.sign(x["Meridian"]) == np.sign(x["Maple"])
    assert result.explained["ratio"].iloc[0] > 0.9
    assert result.explained["ratio"].sum() <= 1 + 1e-9
    # Deterministic orientation: the largest loading of each axis is positive.
    top = result.loadings.set_index("feature")["x"]
    assert top.abs().idxmax() == top.idxmax()


def test_voice_profile_from_quotes():
    records = [
        record("a", "A", quotes=[quote("x", speaker="P")] * 3, actors=[actor("P", "russia")]),
        record("b", "B", quotes=[quote("y", speaker="Z")] * 2, actors=[actor("Z", "ukraine")]),
    ]
    features = outlet_features(quotes=oracle.quote_cells(records), blocks=("side",))
    assert features.raw.loc["A", "side:russia"] == 1.0 and features.raw.loc["B", "side:russia"] == 0.0
    assert features.evidence.set_index("outlet").loc["A", "note"] == "Only 3 quotes — too few quotes to compare"


@pytest.mark.parametrize(
    "records",
    [[], [kiev_kyiv("Solo", 2, 1)], [kiev_kyiv("A", 1, 1), kiev_kyiv("B", 1, 1)]],
)
def test_degenerate_maps(records):
    features = outlet_features(oracle.term_cells(records))
    result = outlet_map(features)
    assert len(result.points) == len({r["outlet"] for r in records})
    assert (result.points[["x", "y"]].abs() < 1e-12).all().all()
    if len(records) < 2 or records[0]["terms"] == records[-1]["terms"]:
        assert result.explained["ratio"].isna().all()
    assert len(outlet_distances(features)) == len(records) ** 2


def test_unknown_block():
    with pytest.raises(ValueError, match="blocks"):
        outlet_features(oracle.term_cells(RECORDS), blocks=("tone",))


def test_demo_map_puts_state_aligned_outlets_together(demo):
    features = outlet_features(oracle.term_cells(demo), oracle.quote_cells(demo))
    x = outlet_map(features).points.set_index("outlet")["x"]
    kremlin = x[["Polar Star Wire", "Vostok Hebdo"]]
    western = x[["Meridian Press Agency", "Maple Valley Broadcasting", "Le Courrier de l'Estuaire"]]
    assert (np.sign(kremlin) == np.sign(kremlin.iloc[0])).all()
    assert (np.sign(western) == -np.sign(kremlin.iloc[0])).all()
