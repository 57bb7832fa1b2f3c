from __future__ import annotations

import pytest

from framing.compare.pairs import TERM_PAIR_COLUMNS, term_pairs
from tests.compare import oracle
from tests.compare.builders import POLES, record, term


def pairs(records, **kwargs):
    return term_pairs(oracle.term_cells(records), poles=POLES, **kwargs)


RECORDS = [
    record("m1", "Meridian", terms=[term("Kyiv", pole="ukraine"), term("Kyiv", pole="ukraine"),
                                    term("Kiev", pole="kremlin", voice="quoted")]),
    record("p1", "Polar", terms=[term("Kiev", pole="kremlin"), term("Kiev", pole="kremlin")]),
    record("c1", "Courrier", language="fr",
           terms=[term("Kiev", pole="neutral", weight=0.0, language="fr"),
                  term("Kyiv", pole="ukraine", language="fr")]),
    # A referent named with one variant only is not a pair.
    record("m2", "Meridian", terms=[term("Bucha", pole="neutral", referent="bucha")]),
]


def cell(table, outlet, variant, voice, language="en"):
    rows = table[(table["outlet"] == outlet) & (table["variant"] == variant) & (table["voice"] == voice)
                 & (table["language"] == language)]
    assert len(rows) == 1
    return rows.iloc[0]


def test_counts_and_shares_per_variant_and_voice():
    table = pairs(RECORDS)
    assert list(table.columns) == list(TERM_PAIR_COLUMNS)
    assert set(table["referent"]) == {"kyiv"}
    own = cell(table, "Meridian", "kyiv", "author")
    assert (own["count"], own["n"], own["variant_count"]) == (2, 3, 2)
    assert own["share"] == pytest.approx(2 / 3) and own["voice_share"] == 1.0
    quoted = cell(table, "Meridian", "kiev", "quoted")
    assert (quoted["count"], quoted["share"], quoted["voice_share"]) == (1, pytest.approx(1 / 3), 1.0)
    # Zero cells are listed, so the table shows what an outlet never writes.
    assert cell(table, "Polar", "kyiv", "author")["count"] == 0
    assert cell(table, "Polar", "kiev", "author")["sign"] == 1


def test_shares_of_a_cell_sum_to_one():
    table = pairs(RECORDS)
    sums = table.groupby(["referent", "language", "outlet"])["share"].sum()
    assert sums.to_numpy() == pytest.approx(1.0)


def test_languages_are_separate_and_keep_their_own_pole():
    table = pairs(RECORDS)
    fr = cell(table, "Courrier", "kiev", "author", language="fr")
    assert fr["pole"] == "neutral" and fr["sign"] == 0
    assert set(table[table["language"] == "fr"]["outlet"]) == {"Courrier"}


def test_outlet_with_only_quoted_terms():
    records = [record("b", "B", terms=[term("Kiev", pole="kremlin", voice="quoted"),
                                       term("Kyiv", pole="ukraine", voice="distanced")])]
    table = pairs(records)
    author = table[table["voice"] == "author"]
    assert (author["count"] == 0).all() and author["voice_share"].isna().all()
    assert cell(table, "B", "kiev", "quoted")["voice_share"] == 1.0


def test_small_n_is_flagged():
    row = cell(pairs(RECORDS), "Polar", "kiev", "author")
    assert (row["n"], row["flag"]) == (2, "too_few")
    assert row["note"] == "Only 2 uses — too few uses to compare"


@pytest.mark.parametrize(
    "records",
    [[], [record("a", "A")], [record("a", "A", terms=[term("Kyiv", pole="ukraine")])]],
)
def test_nothing_to_pair(records):
    table = pairs(records)
    assert table.empty and list(table.columns) == list(TERM_PAIR_COLUMNS)


def test_min_variants_and_voices():
    assert set(pairs(RECORDS, min_variants=1)["referent"]) == {"kyiv", "bucha"}
    assert set(pairs(RECORDS, voices=("author",))["voice"]) == {"author"}


def test_demo_kyiv_pair(demo):
    from framing.terminology import load_pack

    table = term_pairs(oracle.term_cells(demo), poles=load_pack("russia-ukraine"))
    own = table[(table["referent"] == "kyiv") & (table["voice"] == "author") & (table["language"] == "en")]
    by = own.set_index(["outlet", "variant"])["count"]
    assert by[("Polar Star Wire", "kiev")] > 0 and by[("Polar Star Wire", "kyiv")] == 0
    assert by[("Meridian Press Agency", "kyiv")] > 0 and by[("Meridian Press Agency", "kiev")] == 0
