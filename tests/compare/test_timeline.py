from __future__ import annotations

import pytest

from framing.compare.timeline import EXCLUDED_COLUMNS, TIMELINE_COLUMNS, timeline
from tests.compare import oracle
from tests.compare.builders import record

RECORDS = [
    record("d1", "A", date="2022-09-03", index=0.2, compound=0.1),
    record("d2", "A", date="2022-09-20", index=0.4, compound=None),
    record("m1", "A", date="2022-09", index=0.9, compound=0.3),  # month only: never the 1st
    record("y1", "A", date="2022", index=-0.5),
    record("u1", "A", date=None, index=0.0),
    record("b1", "B", date="2022-10-01", index=-0.2, compound=-0.1),
]


def over_time(records, *, freq="month", **kwargs):
    """The timeline of ``records``, counted by the oracle at ``freq``."""
    return timeline(*oracle.timeline_moments(records, freq=freq), freq=freq, **kwargs)


def points(freq, **kwargs):
    result = over_time(RECORDS, freq=freq, n_boot=200, **kwargs)
    return result, result.points.set_index(["measure", "outlet", "period"])


def test_month_granularity_counts_month_only_dates():
    result, table = points("month")
    sept = table.loc[("terminology_index", "A", "2022-09")]
    assert sept["n"] == 3 and sept["mean"] == pytest.approx((0.2 + 0.4 + 0.9) / 3)
    assert table.loc[("sentiment", "A", "2022-09"), "n"] == 2
    assert list(result.points.columns) == list(TIMELINE_COLUMNS)
    excluded = result.excluded.set_index("outlet")
    assert (excluded.loc["A", "too_coarse"], excluded.loc["A", "undated"]) == (1, 1)  # the year-only date


def test_day_granularity_leaves_month_only_dates_out_and_says_so():
    result, table = points("day")
    assert ("terminology_index", "A", "2022-09-01") not in table.index
    assert table.loc[("terminology_index", "A", "2022-09-03"), "mean"] == pytest.approx(0.2)
    excluded = result.excluded.set_index("outlet")
    assert list(result.excluded.columns) == list(EXCLUDED_COLUMNS)
    assert (excluded.loc["A", "too_coarse"], excluded.loc["A", "excluded"]) == (2, 3)
    assert excluded.loc["A", "note"] == (
        "2 articles dated only to the month or year left out at day granularity; "
        "1 undated article left out")
    assert excluded.loc["B", "note"] == ""


def test_year_granularity_uses_every_dated_article():
    result, table = points("year")
    assert table.loc[("terminology_index", "A", "2022"), "n"] == 4
    assert result.excluded.set_index("outlet").loc["A", "excluded"] == 1


def test_points_carry_n_and_flags():
    _, table = points("month")
    b = table.loc[("terminology_index", "B", "2022-10")]
    assert b["note"] == "Only 1 article — too few articles to compare"
    assert table.loc[("sentiment", "A", "2022-09"), "period_start"].strftime("%Y-%m-%d") == "2022-09-01"


def test_one_measure_and_bad_granularity():
    result = over_time(RECORDS, measures=("sentiment",), n_boot=50)
    assert set(result.points["measure"]) == {"sentiment"}
    with pytest.raises(ValueError, match="freq"):
        timeline(*oracle.timeline_moments(RECORDS), freq="week")


@pytest.mark.parametrize(
    "records",
    [[], [record("u", "U", date=None)], [record("x", "X", date="2022-03", index=None, compound=None)]],
)
def test_empty_and_undated(records):
    result = over_time(records, freq="month", n_boot=50)
    assert list(result.points.columns) == list(TIMELINE_COLUMNS)
    if records and records[0]["date"]:
        assert (result.points["n"] == 0).all() and (result.points["flag"] == "empty").all()
    else:
        assert result.points.empty


def test_demo_timeline_month_only_dates(demo):
    by_day = over_time(demo, freq="day", n_boot=100).excluded.set_index("outlet")
    assert by_day.loc["Vostok Hebdo", "too_coarse"] == 2  # two 2022-09 articles
    assert by_day.loc["Gulf Horizon Daily", "too_coarse"] == 3  # 2022-08, 2023-06, 2024-02
    by_month = over_time(demo, freq="month", n_boot=100)
    assert by_month.excluded["excluded"].sum() == 0
    vostok = by_month.points.set_index(["measure", "outlet", "period"]).loc[
        ("terminology_index", "Vostok Hebdo", "2022-09")]
    assert vostok["n"] == 2
