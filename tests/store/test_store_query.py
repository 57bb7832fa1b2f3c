"""SQL-side aggregations and pages: right numbers, filters as parameters, evidence text."""

from __future__ import annotations

from dataclasses import replace

import pytest

from framing.store import (
    Filters,
    article_counts,
    articles_page,
    counts,
    filter_options,
    open_store,
    record_by_id,
    sentiment_summary,
    write_records,
)
from framing.store.cube import ensure_cubes
from tests.compare import oracle
from tests.conftest import DEMO_SIZE
from tests.store.records import full_record

COURRIER = "Le Courrier de l'Estuaire"


@pytest.fixture(scope="module")
def demo_frame(demo_db):
    con = open_store(demo_db, read_only=True)
    ids = [r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()]
    records = [record_by_id(con, i) for i in ids]
    con.close()
    return oracle.articles(records)


def test_filter_options(demo_con):
    options = filter_options(demo_con)
    assert len(options["outlets"]) == 6 and COURRIER in options["outlets"]
    assert options["languages"] == ["en", "fr"]
    assert str(options["date_min"]) == "2022-02-24" and options["articles"] == DEMO_SIZE


def test_article_counts_match_pandas(demo_con, demo_frame):
    counts = article_counts(demo_con, by=("outlet",))
    expected = demo_frame.groupby("outlet").size()
    assert dict(zip(counts.outlet, counts.articles, strict=True)) == expected.to_dict()
    assert article_counts(demo_con, Filters(languages=("fr",)))["articles"].sum() == 16


def test_filters_are_parameters_not_sql(demo_con):
    assert article_counts(demo_con, Filters(outlets=(COURRIER,)))["articles"].tolist() == [8]
    hostile = "x') OR TRUE; DROP TABLE articles; --"
    assert article_counts(demo_con, Filters(outlets=(hostile,), languages=(hostile,))).empty
    assert demo_con.execute("SELECT count(*) FROM articles").fetchone() == (DEMO_SIZE,)
    with pytest.raises(ValueError, match="cannot group by"):
        article_counts(demo_con, by=("outlet; DROP TABLE articles",))


def test_sentiment_summary_matches_pandas(demo_con, demo_frame):
    summary = sentiment_summary(demo_con).set_index("outlet")
    grouped = demo_frame.groupby("outlet")["sentiment"]
    for outlet, values in grouped:
        row = summary.loc[outlet]
        assert row.n == values.count()
        assert row["mean"] == pytest.approx(values.mean())
        assert row.q50 == pytest.approx(values.median())
        assert row.q10 <= row.q25 <= row.q50 <= row.q75 <= row.q90
    sentences = sentiment_summary(demo_con, level="sentence", by=("outlet", "language"))
    assert sentences.n.sum() == demo_con.execute("SELECT count(compound) FROM sentences").fetchone()[0]


def test_cube_term_counts_add_up_to_the_term_table(demo_con):
    cells = counts.term_cells(demo_con)
    assert cells["count"].sum() == demo_con.execute("SELECT count(*) FROM terms").fetchone()[0]
    english = counts.term_cells(demo_con, Filters(languages=("en",)))
    assert (english["articles"] <= english["count"]).all()
    assert english["count"].sum() == demo_con.execute(
        "SELECT count(*) FROM terms WHERE language = 'en'").fetchone()[0]


def test_cube_measures_match_pandas(demo_con, demo_frame):
    moments, _ = counts.measure_moments(demo_con, max_bootstrap_n=30)
    index = moments["terminology_index"].set_index("outlet")
    for outlet, values in demo_frame.groupby("outlet")["terminology_index"]:
        assert index.loc[outlet, "n"] == values.count()
        assert index.loc[outlet, "mean"] == pytest.approx(values.mean())
        assert index.loc[outlet, "sd"] == pytest.approx(values.std(ddof=1))


def test_date_filter_selects_by_overlap_at_each_precision(tmp_path):
    con = open_store(tmp_path / "d.duckdb")
    write_records(con, [full_record("month", date="2022-03"), full_record("day", date="2022-04-02"),
                        full_record("year", date="2021"), full_record("none", date=None)])
    ids = lambda f: set(articles_page(con, f).rows.article_id)  # noqa: E731
    assert ids(Filters(date_from="2022-03-31", date_to="2022-04-01")) == {"month"}
    assert ids(Filters(date_from="2021-12-31")) == {"month", "day", "year"}
    assert ids(Filters()) == {"month", "day", "year", "none"}
    con.close()


def test_quote_counts_by_side(tmp_path):
    con = open_store(tmp_path / "q.duckdb")
    write_records(con, [full_record("q1"), full_record("q2", outlet=None)])
    ensure_cubes(con)
    cells = counts.quote_cells(con)
    rows = {(r.outlet, r.side): r.quotes for r in cells[cells["kind"] == "all"].itertuples()}
    assert rows == {("Test Outlet", "ukraine"): 1, ("Test Outlet", "unattributed"): 1,
                    ("Unknown outlet", "ukraine"): 1, ("Unknown outlet", "unattributed"): 1}
    assert articles_page(con, Filters(outlets=("Unknown outlet",)), side="ukraine").rows.article_id.tolist() == ["q2"]
    con.close()


def test_pages_have_totals_and_stable_order(demo_con):
    first = articles_page(demo_con, limit=10)
    second = articles_page(demo_con, limit=10, offset=10)
    assert first.total == second.total == DEMO_SIZE
    assert len(first.rows) == len(second.rows) == 10
    assert not set(first.rows.article_id) & set(second.rows.article_id)
    kyiv = articles_page(demo_con, referent="kyiv", voice="author")
    assert 0 < kyiv.total < DEMO_SIZE


def test_record_by_id_is_the_scored_record(demo_con, pipeline, demo_items, demo_manifest):
    from framing.reading import read_path

    (article,) = read_path(demo_items[0], manifest=demo_manifest).articles
    record = pipeline.score(article)
    # The store keeps an actor's number of mentions, not the mentions (the schema is unchanged),
    # and not the portrayal figures derived from them: those travel in the record export.
    kept = tuple(replace(a, mentions=(), negative=0, positive=0, quote_tone=None) for a in record.actors)
    assert record_by_id(demo_con, record.id) == replace(record, actors=kept)


@pytest.mark.parametrize(("order", "column", "descending"), [
    ("index_high", "terminology_index", True), ("index_low", "terminology_index", False),
    ("most_negative", "sentiment_compound", False)])
def test_article_pages_in_other_orders(demo_con, order, column, descending):
    values = articles_page(demo_con, order=order, limit=DEMO_SIZE).rows[column].dropna().tolist()
    assert values == sorted(values, reverse=descending) and len(values) > 10


def test_unknown_article_order_is_refused(demo_con):
    with pytest.raises(ValueError, match="order must be one of"):
        articles_page(demo_con, order="title; DROP TABLE articles")
