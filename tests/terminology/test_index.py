from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing.terminology.analyse import TermHit
from framing.terminology.index import TerminologyIndex, terminology_index

SIGNS = {"kremlin": 1, "ukraine": -1, "neutral": 0}


def hit(pole: str, weight: float, voice: str = "author") -> TermHit:
    return TermHit(term="t", text="t", start=0, end=1, pole=pole, category="c", voice=voice,
                   weight=weight, referent="r", variant="v", language="en")


@pytest.mark.parametrize(
    ("hits", "expected"),
    [
        ([], TerminologyIndex(None, 0.0, 0, {})),
        ([hit("neutral", 0.0)], TerminologyIndex(None, 0.0, 1, {"neutral": 0.0})),
        # one strong term is shrunk by the neutral pseudo-weight k = 1: 1 / (1 + 1)
        ([hit("kremlin", 1.0)], TerminologyIndex(1.0 / 2.0, 1.0, 1, {"kremlin": 1.0})),
        ([hit("ukraine", 0.5)], TerminologyIndex(-0.5 / 1.5, 0.5, 1, {"ukraine": 0.5})),
        ([hit("kremlin", 1.0), hit("ukraine", 0.5)], TerminologyIndex(0.5 / 2.5, 1.5, 2, {"kremlin": 1.0, "ukraine": 0.5})),
        ([hit("kremlin", 0.5), hit("ukraine", 0.5)], TerminologyIndex(0.0, 1.0, 2, {"kremlin": 0.5, "ukraine": 0.5})),
        # a zero-weight hit neither moves the index nor adds evidence
        ([hit("kremlin", 1.0), hit("neutral", 0.0)], TerminologyIndex(1.0 / 2.0, 1.0, 2, {"kremlin": 1.0, "neutral": 0.0})),
        # a neutral pole with weight pulls towards 0
        ([hit("kremlin", 1.0), hit("neutral", 1.0)], TerminologyIndex(1.0 / 3.0, 2.0, 2, {"kremlin": 1.0, "neutral": 1.0})),
        # quoted and distanced hits are not the outlet's own words
        ([hit("kremlin", 1.0, "quoted"), hit("ukraine", 0.25)], TerminologyIndex(-0.25 / 1.25, 0.25, 1, {"ukraine": 0.25})),
        ([hit("kremlin", 1.0, "distanced")], TerminologyIndex(None, 0.0, 0, {})),
    ],
)
def test_terminology_index(hits: list[TermHit], expected: TerminologyIndex) -> None:
    assert terminology_index(hits, signs=SIGNS) == expected


def test_unknown_pole_is_an_error() -> None:
    with pytest.raises(KeyError):
        terminology_index([hit("west", 1.0)], signs=SIGNS)


_HITS = st.lists(st.builds(
    hit,
    st.sampled_from(sorted(SIGNS)),
    st.sampled_from([0.0, 0.25, 0.5, 1.0]),
    st.sampled_from(["author", "quoted", "distanced"]),
), max_size=40)


@given(_HITS)
def test_index_is_bounded_and_none_without_weighted_author_hits(hits: list[TermHit]) -> None:
    result = terminology_index(hits, signs=SIGNS)
    weighted = [h for h in hits if h.voice == "author" and h.weight > 0]
    assert (result.index is None) is (not weighted)
    assert result.index is None or -1.0 < result.index < 1.0
    assert result.author_hits == sum(h.voice == "author" for h in hits)
    assert result.weighted_hits == pytest.approx(sum(h.weight for h in weighted))


@pytest.mark.parametrize(("strong_terms", "expected"), [(1, 0.5), (3, 0.75), (9, 0.9)])
def test_index_approaches_one_only_as_evidence_accumulates(strong_terms: int, expected: float) -> None:
    result = terminology_index([hit("kremlin", 1.0)] * strong_terms, signs=SIGNS)
    assert result.index == pytest.approx(expected)
