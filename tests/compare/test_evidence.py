"""Outlet means of the index over all articles and over those resting on at least two weighted hits."""

from __future__ import annotations

import pandas as pd
import pytest

from framing.compare import EVIDENCE_MEAN_COLUMNS, index_means_by_evidence, weak_evidence_mask


def frame(rows: list[tuple[str, float | None, float]]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["outlet", "terminology_index", "terminology_hits"])


@pytest.mark.parametrize(
    ("hits", "weak"),
    [(0.0, True), (1.0, True), (1.75, True), (2.0, False), (6.5, False), (None, True)],
)
def test_weak_evidence_mask(hits: float | None, weak: bool) -> None:
    assert weak_evidence_mask(frame([("A", 0.1, hits)])).tolist() == [weak]


def test_means_with_and_without_weak_articles() -> None:
    articles = frame([
        ("A", 0.5, 1.0),  # weak: one strong marker
        ("A", -0.6, 3.0),
        ("A", -0.2, 2.0),
        ("B", 0.5, 1.0),  # weak only
        ("B", None, 0.0),  # no index at all
        ("C", None, 0.0),
    ])
    out = index_means_by_evidence(articles, n_boot=0).set_index("outlet")
    assert list(out.reset_index().columns) == list(EVIDENCE_MEAN_COLUMNS)
    # A: all three (0.5 − 0.6 − 0.2) / 3 = −0.1; the two strong ones (−0.6 − 0.2) / 2 = −0.4.
    assert (out.loc["A", "all_n"], out.loc["A", "strong_n"], out.loc["A", "weak_n"]) == (3, 2, 1)
    assert out.loc["A", "all_mean"] == pytest.approx(-0.1)
    assert out.loc["A", "strong_mean"] == pytest.approx(-0.4)
    # B: one weak article; no strong one, so no strong mean.
    assert (out.loc["B", "all_n"], out.loc["B", "strong_n"], out.loc["B", "weak_n"]) == (1, 0, 1)
    assert out.loc["B", "all_mean"] == pytest.approx(0.5) and pd.isna(out.loc["B", "strong_mean"])
    # C: nothing to average.
    assert (out.loc["C", "all_n"], out.loc["C", "strong_n"]) == (0, 0)


def test_min_hits_is_a_switch() -> None:
    articles = frame([("A", 0.5, 1.0), ("A", -0.5, 3.0)])
    out = index_means_by_evidence(articles, min_hits=1.0, n_boot=0)
    assert (out.loc[0, "strong_n"], out.loc[0, "strong_mean"]) == (2, pytest.approx(0.0))


def test_empty() -> None:
    assert list(index_means_by_evidence(frame([])).columns) == list(EVIDENCE_MEAN_COLUMNS)
