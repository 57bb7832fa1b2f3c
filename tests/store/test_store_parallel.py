"""The process pool: the same records as in-process scoring, in order, bounded, complete."""

from __future__ import annotations

import pytest

from framing.reading import Article, ReadProblem, read_path
from framing.record import Record
from framing.scoring.pipeline import Pipeline
from framing.scoring.pool import ScoringPool, ordered_map, score_articles, scored_records
from tests.conftest import DEMO_SIZE


@pytest.fixture(scope="module")
def articles(demo_items, demo_manifest):
    return [a for item in demo_items for a in read_path(item, manifest=demo_manifest).articles]


@pytest.mark.slow
def test_two_workers_give_the_same_records_in_order(articles, demo_items, demo_manifest):
    serial = list(scored_records(articles))
    assert len(serial) == DEMO_SIZE
    with ScoringPool(2, chunk_size=3, window=2) as pool:
        assert list(pool.scored(articles)) == serial
        read = list(pool.read(demo_items, manifest=demo_manifest))
    assert [r.articles for r in read] == [[a] for a in articles]


def test_ordered_map_keeps_order_and_a_bounded_window():
    from concurrent.futures import ThreadPoolExecutor

    pulled = []

    def source():
        for i in range(50):
            pulled.append(i)
            yield i

    with ThreadPoolExecutor(2) as executor:
        out = []
        for result in ordered_map(executor, lambda x: x * x, source(), window=3):
            assert len(pulled) - len(out) <= 3
            out.append(result)
    assert out == [i * i for i in range(50)]


def test_a_failing_article_becomes_a_problem_naming_it(monkeypatch):
    real = Pipeline.score

    def flaky(self, article):
        if article.source == "bad.txt":
            raise KeyError("boom")
        return real(self, article)

    monkeypatch.setattr(Pipeline, "score", flaky)
    results = score_articles([Article("ok.txt", "Fine text."), Article("bad.txt", "Bad text."), Article("ok2.txt", "More.")])
    assert [type(r) for r in results] == [Record, ReadProblem, Record]
    assert results[1].source == "bad.txt" and "KeyError" in results[1].reason


def test_workers_must_be_positive():
    with pytest.raises(ValueError):
        ScoringPool(0)
