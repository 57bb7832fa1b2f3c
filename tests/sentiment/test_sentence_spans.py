"""Overlong sentences are scored as bounded spans (issue 16, item 2); ordinary ones exactly as VADER does."""

from __future__ import annotations

import pytest
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

from framing.sentiment.sentence import MAX_SPAN_CHARS, SentimentScorer, bounded_spans


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("", 10, []),
        ("short", 10, ["short"]),
        ("aaaa bbbb cccc", 10, ["aaaa bbbb", " cccc"]),
        ("aaaa bbbb cccc dddd", 9, ["aaaa bbbb", " cccc", " dddd"]),
        ("x" * 25, 10, ["x" * 10, "x" * 10, "x" * 5]),  # no white space: cut at the limit
        ("ab " * 4, 6, ["ab ab", " ab ab"]),  # the white space left at the end is no span
    ],
)
def test_bounded_spans(text, limit, expected):
    assert bounded_spans(text, limit) == expected


@pytest.fixture(scope="module")
def scorer():
    return SentimentScorer("en")


@pytest.mark.parametrize("sentence", [
    "The talks were a great success, officials said.",
    "Shelling killed three civilians overnight.",
    "x" * MAX_SPAN_CHARS,
    ("word " * (MAX_SPAN_CHARS // 5))[:MAX_SPAN_CHARS],
])
def test_a_sentence_up_to_the_limit_is_scored_whole_by_vader(scorer, sentence):
    assert scorer.compound(sentence) == SentimentIntensityAnalyzer().polarity_scores(sentence)["compound"]


def test_an_overlong_sentence_is_the_word_weighted_mean_of_its_spans(scorer):
    good, neutral = "good " * 200, "table " * 100  # the first span: the 200 "good" (999 characters)
    sentence = (good + neutral).strip()
    vader = SentimentIntensityAnalyzer()
    g = vader.polarity_scores(good.strip())["compound"]
    # The neutral span: 100 words scoring 0; the good one: 200 words scoring g.
    assert vader.polarity_scores(neutral.strip())["compound"] == 0.0
    assert scorer.compound(sentence) == round(g * 200 / 300, 4)


def test_a_sentence_of_neutral_words_far_over_the_limit_scores_zero(scorer):
    assert scorer.compound("table " * 5000) == 0.0
