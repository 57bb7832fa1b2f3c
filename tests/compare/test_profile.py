from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from framing.compare.poles import signed_poles
from framing.compare.profile import POLE_SHARE_COLUMNS, outlet_profile
from tests.compare import oracle
from tests.compare.builders import POLES, record, term


def profile(records, *, poles=None, **kwargs):
    """The profile of ``records``, counted by the oracle; ``poles`` as ``comparison`` takes them."""
    kwargs.setdefault("n_boot", 300)
    signs = signed_poles(poles, observed=oracle.poles_seen(records))
    return outlet_profile(oracle.outlet_basics(records), *oracle.measure_moments(records),
                          oracle.pole_article_counts(records), signs=signs, **kwargs)


def test_one_article_outlet_is_flagged():
    records = [record(f"w{i}", "Wire", index=-0.5, compound=0.1) for i in range(25)]
    records.append(record("s0", "Solo Weekly", index=0.9, compound=-0.3))
    outlets = profile(records, poles=POLES).outlets.set_index("outlet")
    solo = outlets.loc["Solo Weekly"]
    assert (solo["articles"], solo["flag"]) == (1, "too_few")
    assert solo["note"] == "Only 1 article — too few articles to compare"
    assert solo["index_note"] == "Only 1 article — too few articles to compare"
    assert outlets.loc["Wire", "flag"] == "ok"


@pytest.mark.parametrize(("n", "bootstrapped"), [(24, True), (40, False)])
def test_means_intervals_and_n(n, bootstrapped):
    rng = np.random.default_rng(0)
    values = rng.normal(0.3, 0.2, size=n).clip(-1, 1)
    records = [record(f"a{i}", "A", index=float(v), compound=None if i % 2 else 0.2)
               for i, v in enumerate(values)]
    a = profile(records, poles=POLES).outlets.iloc[0]
    assert a["index_n"] == n and a["index_mean"] == pytest.approx(values.mean())
    assert a["index_low"] < 0.3 < a["index_high"]
    assert a["sentiment_n"] == n // 2 and a["sentiment_mean"] == pytest.approx(0.2)
    # Up to BOOTSTRAP_MAX_N values the interval is a seeded bootstrap; beyond, the normal one.
    reseeded = profile(records, poles=POLES, seed=1).outlets.iloc[0]["index_low"]
    assert bool(reseeded != a["index_low"]) is bootstrapped
    assert profile(records, poles=POLES).outlets.iloc[0]["index_low"] == a["index_low"]
    if not bootstrapped:
        half = 1.959964 * values.std(ddof=1) / np.sqrt(n)
        assert a["index_low"] == pytest.approx(values.mean() - half)


def test_languages_and_date_span_respect_precision():
    records = [
        record("a", "A", language="fr", date="2022-09-15"),
        record("b", "A", language="fr", date="2022-09"),  # the whole of September: ends after the 15th
        record("c", "A", language="en", date="2022-03-01"),
        record("d", "A", language="fr", date=None),
    ]
    a = profile(records).outlets.iloc[0]
    assert a["languages"] == "fr, en"
    assert (a["first_date"], a["last_date"], a["undated"]) == ("2022-03-01", "2022-09", 1)


def test_author_voice_shares_per_non_neutral_pole():
    records = [
        record("a1", "A", terms=[term("Kiev", pole="kremlin"), term("Kyiv", pole="ukraine")]),
        record("a2", "A", terms=[term("Kyiv", pole="ukraine"), term("Kyiv", pole="ukraine")]),
        record("a3", "A", terms=[term("Kiev", pole="kremlin", voice="quoted")]),
        record("a4", "A", terms=[term("Kiev", pole="kremlin", weight=0.0)]),
        # Only quoted and distanced terms: the outlet adopts neither side's vocabulary.
        record("b1", "B", terms=[term("Kiev", pole="kremlin", voice="quoted"),
                                 term("special military operation", pole="kremlin", voice="distanced")]),
    ]
    result = profile(records, poles=POLES)
    shares = result.poles.set_index(["outlet", "pole"])
    assert list(result.poles.columns) == list(POLE_SHARE_COLUMNS)
    assert set(result.poles["pole"]) == {"kremlin", "ukraine"}  # never the neutral pole
    assert shares.loc[("A", "kremlin"), "articles_with"] == 1  # quoted and weight-0 uses do not count
    assert shares.loc[("A", "ukraine"), "share"] == pytest.approx(2 / 4)
    assert shares.loc[("B", "kremlin"), "share"] == 0.0
    assert shares.loc[("B", "kremlin"), "low"] == 0.0 and shares.loc[("B", "kremlin"), "high"] > 0
    outlets = result.outlets.set_index("outlet")
    assert outlets.loc["A", "author_ukraine_share"] == pytest.approx(0.5)


def test_other_packs_and_lexicon_objects():
    records = [record("a", "A", terms=[term("x", pole="hawk"), term("y", pole="dove")])]
    by_mapping = profile(records, poles={"hawk": 1, "dove": -1, "plain": 0}).poles
    assert set(by_mapping["pole"]) == {"hawk", "dove"}
    unknown = profile(records).poles  # no lexicon: every observed pole, sign unknown
    assert set(unknown["pole"]) == {"hawk", "dove"} and unknown["sign"].isna().all()


def test_with_the_lexicon_object():
    from framing.terminology import load_pack

    records = [record("a", "A", terms=[term("Kiev", pole="kremlin")])]
    poles = profile(records, poles=load_pack("russia-ukraine")).poles
    assert set(poles["pole"]) == {"kremlin", "ukraine"}


@pytest.mark.parametrize(
    "records",
    [
        [],
        [record("a", None)],
        [record("a", "A", index=None, compound=None, date=None)],
        [record("a", "Zürich Zeitung — ünïcödé", index=float("nan"), language="de")],
    ],
)
def test_hostile_inputs(records):
    result = profile(records, poles=POLES)
    assert len(result.outlets) == len({r["outlet"] or "Unknown outlet" for r in records})
    if records:
        row = result.outlets.iloc[0]
        assert row["index_n"] == 0 and row["index_flag"] == "empty" and np.isnan(row["index_mean"])


def test_without_pole_counts():
    records = [record("a", "A", index=0.2)]
    result = outlet_profile(oracle.outlet_basics(records), *oracle.measure_moments(records),
                            signs=signed_poles(POLES), n_boot=100)
    assert (result.poles["articles_with"] == 0).all()
    assert isinstance(result.outlets, pd.DataFrame)


def test_demo_profile(demo):
    from framing.terminology import load_pack

    result = profile(demo, poles=load_pack("russia-ukraine"), n_boot=2000)
    outlets = result.outlets.set_index("outlet")
    assert len(outlets) == 6 and (outlets["articles"] == 8).all()
    assert (outlets["flag"] == "few").all()  # 8 articles each: say so
    for kremlin_side in ("Polar Star Wire", "Vostok Hebdo"):
        assert outlets.loc[kremlin_side, "index_low"] > 0
    for western in ("Meridian Press Agency", "Maple Valley Broadcasting", "Le Courrier de l'Estuaire"):
        assert outlets.loc[western, "index_high"] < 0
    assert outlets.loc["Vostok Hebdo", "last_date"] == "2024-02-20"
    assert outlets.loc["Polar Star Wire", "author_kremlin_share"] == 1.0
