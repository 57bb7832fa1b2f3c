from __future__ import annotations

import pytest

from framing.sentiment.sentence import SentimentScorer, article_sentiment


@pytest.fixture(scope="module")
def scorers():
    return {"en": SentimentScorer("en"), "fr": SentimentScorer("fr")}


@pytest.mark.parametrize(
    ("language", "sentence", "sign"),
    [
        ("en", "The talks were a great success and everyone was happy.", 1),
        ("en", "The shelling killed children and destroyed the hospital, a horrible tragedy.", -1),
        ("en", "The meeting is on Thursday.", 0),
        ("fr", "C'est une belle victoire, nous sommes très heureux.", 1),
        ("fr", "Les bombardements ont tué des enfants, une tragédie horrible.", -1),
        ("fr", "La réunion a lieu jeudi.", 0),
    ],
)
def test_sentence_polarity(scorers, language, sentence, sign):
    compound = scorers[language].compound(sentence)
    if sign == 0:
        assert abs(compound) < 0.05
    else:
        assert compound * sign > 0.3


def test_unsupported_language_is_refused():
    with pytest.raises(ValueError, match="'ar'"):
        SentimentScorer("ar")


@pytest.mark.parametrize(
    ("compounds", "expected"),
    [
        ([], None),
        ([0.5, -0.5, 0.0, 0.04], (0.01, 0.25, 0.25)),
        ([0.9, 0.8], (0.85, 1.0, 0.0)),
        ([-0.05, 0.05], (0.0, 0.5, 0.5)),  # VADER's thresholds are inclusive
    ],
)
def test_article_sentiment(compounds, expected):
    result = article_sentiment(compounds, model="m")
    if expected is None:
        assert result is None
    else:
        assert (result.compound, result.positive_share, result.negative_share) == pytest.approx(expected)


def test_long_text_is_not_saturated_by_sentence_averaging(scorers):
    # VADER on a whole long text saturates towards ±1 (vaderSentiment#151); averaging sentences does not.
    sentences = ["The city was shelled and people died."] * 3 + ["Aid arrived and people were grateful."] * 3
    whole = scorers["en"].compound(" ".join(sentences))
    mean = article_sentiment([scorers["en"].compound(s) for s in sentences], model="m").compound
    assert abs(mean) < abs(whole) or abs(whole) < 0.5
