"""Sentiment toward a target with the saved coefficients, in English and French."""

from __future__ import annotations

import math

import pytest

from framing.sentiment.scope import FEATURES
from framing.sentiment.sentence import SentimentScorer
from framing.sentiment.toward import CLASSES, MODEL_FILE, TowardModel, TowardScorer, load_model


@pytest.fixture(scope="module")
def scorers():
    return {lang: (TowardScorer(lang), SentimentScorer(lang)) for lang in ("en", "fr")}


def tone(scorers, language: str, sentence: str, target: str):
    toward, vader = scorers[language]
    start = sentence.index(target)
    return toward.tone(sentence, (0, len(sentence)), (start, start + len(target)), vader.compound(sentence))


# (language, sentence, target, polarity): the sentiment *toward the target*, by hand.
CASES = [
    # the sentence: three actors, three different portrayals in one sentence
    ("en", "Senator John Smith praised President Joe Biden for his courage, but Vladimir Putin was condemned by everyone.",
     "Joe Biden", "positive"),
    ("en", "Senator John Smith praised President Joe Biden for his courage, but Vladimir Putin was condemned by everyone.",
     "Vladimir Putin", "negative"),
    # praise and criticism, both ways
    ("en", "Jones praised Smith.", "Smith", "positive"),
    ("en", "Jones attacked Smith.", "Smith", "negative"),
    ("en", "Critics condemned Smith.", "Smith", "negative"),
    ("fr", "Martin a salué Dupont.", "Dupont", "positive"),
    ("fr", "Martin a attaqué Dupont.", "Dupont", "negative"),
    # passive voice
    ("en", "Smith was praised by the committee.", "Smith", "positive"),
    ("en", "Smith was condemned by the committee.", "Smith", "negative"),
    ("fr", "Dupont a été honoré par le comité.", "Dupont", "positive"),
    ("fr", "Dupont a été humilié par le comité.", "Dupont", "negative"),
    # a noun of criticism governing the target
    ("en", "The criticism of Smith grew.", "Smith", "negative"),
    ("fr", "La critique de Dupont a été violente.", "Dupont", "negative"),
    # negation: no one praising is not praise
    ("en", "Nobody praised Smith.", "Smith", "negative"),
    ("fr", "Personne n'a salué Dupont.", "Dupont", "negative"),
    # no sentiment words
    ("en", "Smith arrived on Thursday.", "Smith", "neutral"),
    ("fr", "Dupont est arrivé jeudi.", "Dupont", "neutral"),
]


@pytest.mark.parametrize(("language", "sentence", "target", "polarity"), CASES)
def test_polarity_toward_the_target(scorers, language, sentence, target, polarity) -> None:
    found = tone(scorers, language, sentence, target)
    assert found.polarity == polarity, found
    assert -1.0 <= found.score <= 1.0


@pytest.mark.parametrize(
    ("language", "sentence", "better", "worse"),
    [
        ("en", "Jones was praised, but Smith was condemned.", "Jones", "Smith"),
        ("fr", "Martin a salué Dupont, mais Poutine a été humilié par tous.", "Dupont", "Poutine"),
    ],
)
def test_clause_scope_separates_two_targets_of_one_sentence(scorers, language, sentence, better, worse) -> None:
    assert tone(scorers, language, sentence, better).score > tone(scorers, language, sentence, worse).score


def test_the_model_file_names_the_features_of_the_code() -> None:
    text = MODEL_FILE.read_text(encoding="utf-8")
    for name in FEATURES:
        assert f"\n  {name}: " in text
    assert "train fold" in text and "MIT" in text and "scripts/train_toward.py" in text
    model = load_model()
    assert len(model.weights) == len(CLASSES) and all(len(w) == len(FEATURES) for w in model.weights)


def test_probabilities_are_a_softmax() -> None:
    # Two features, hand weights: logits (0, 1, 2) for x = (1, 0) -> softmax by hand.
    model = TowardModel((0.0, 0.0, 0.0), ((0.0, 5.0), (1.0, 5.0), (2.0, 5.0)))
    p = model.probabilities((1.0, 0.0))
    z = 1 + math.e + math.e**2
    assert p == pytest.approx((1 / z, math.e / z, math.e**2 / z))


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="de"):
        TowardScorer("de")


def test_the_scoring_path_does_not_import_scikit_learn() -> None:
    import subprocess
    import sys

    code = ("import sys; from framing.sentiment.toward import TowardScorer; "
            "t = TowardScorer('en'); t.tone('Jones praised Smith.', (0, 20), (14, 19), 0.5); "
            "print('sklearn' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"
