"""Sentiment toward one target (a mention of an actor) in its sentence, English and French.

A multinomial logistic model over the clause-and-role features of ``scope.py``,
trained by ``scripts/train_toward.py`` on the train fold of NewsMTSC (Hamborg &
Donnay 2021, EACL: news sentences labelled with the sentiment toward one named
target). Only its saved coefficients (``data/sentiment/toward.yaml``) are read
here: no learning library is imported to score. French uses the same
coefficients with vaderSentiment-fr's lexicon and French cue words: every
feature is a sum of lexicon valences on VADER's shared −4…4 scale (the French
lexicon is VADER's, translated) in a scope defined the same way in both
languages, so a weight means the same thing in both (no French training data
exists here; the transfer is measured by the French tests only).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache

from framing.resources import DATA_DIR, read_yaml
from framing.sentiment.scope import (
    FEATURES,
    Lexicon,
    SentenceTokens,
    cue_lists,
    sentence_tokens,
    target_features,
)

__all__ = ["CLASSES", "MODEL_FILE", "Tone", "TowardModel", "TowardModelError", "TowardScorer", "load_model"]

MODEL_FILE = DATA_DIR / "sentiment" / "toward.yaml"
CLASSES = ("negative", "neutral", "positive")


class TowardModelError(ValueError):
    """``data/sentiment/toward.yaml`` is malformed; the message names the file and the field."""


@dataclass(frozen=True, slots=True)
class Tone:
    """The sentiment toward a target: ``polarity`` (the likeliest class), ``score`` = P(positive) −
    P(negative) in [−1, 1], and the spans of the sentiment words in the target's clause."""

    polarity: str
    score: float
    cues: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class TowardModel:
    """The coefficients: per class, an intercept and one weight per feature of ``FEATURES``."""

    intercepts: tuple[float, ...]
    weights: tuple[tuple[float, ...], ...]

    def probabilities(self, values: tuple[float, ...]) -> tuple[float, ...]:
        """Return the softmax probability of each class of ``CLASSES``."""
        present = [(j, x) for j, x in enumerate(values) if x]  # most features are zero for a mention
        logits = [b + sum(ws[j] * x for j, x in present) for b, ws in zip(self.intercepts, self.weights, strict=True)]
        top = max(logits)
        exps = [math.exp(z - top) for z in logits]
        total = sum(exps)
        return tuple(e / total for e in exps)


@cache
def load_model() -> TowardModel:
    """Return the saved coefficients; a file whose features differ from ``FEATURES`` is refused."""
    data = read_yaml(MODEL_FILE, error=TowardModelError)
    try:
        if tuple(data["classes"]) != CLASSES:
            raise TowardModelError(f"{MODEL_FILE.name}: classes must be {list(CLASSES)}")
        weights = data["weights"]
        if tuple(weights) != FEATURES:
            raise TowardModelError(f"{MODEL_FILE.name}: features {list(weights)} differ from the code's {list(FEATURES)}")
        return TowardModel(
            tuple(float(data["intercepts"][c]) for c in CLASSES),
            tuple(tuple(float(weights[f][c]) for f in FEATURES) for c in CLASSES),
        )
    except (KeyError, TypeError) as exc:
        raise TowardModelError(f"{MODEL_FILE.name}: missing or malformed field {exc}") from exc


@cache
def _lexicon(language: str) -> Lexicon:
    """Return the VADER (``en``) or vaderSentiment-fr (``fr``) lexicon with the language's cues."""
    if language == "fr":
        from vaderSentiment_fr import vaderSentiment as vader
    elif language == "en":
        from vaderSentiment import vaderSentiment as vader
    else:
        raise ValueError(f"no toward-target sentiment for language {language!r}")
    analyzer = vader.SentimentIntensityAnalyzer()
    valences = {w.lower(): float(v) for w, v in analyzer.lexicon.items() if w[:1].isalpha()}
    return Lexicon(language, valences, cue_lists(language, negate=tuple(vader.NEGATE)))


class TowardScorer:
    """Scores the sentiment toward targets in one language; build once and reuse."""

    def __init__(self, language: str) -> None:
        self.lexicon = _lexicon(language)
        self.model = load_model()
        # The tokens of the sentences of the text last scored: its mentions share sentences.
        self._text: str | None = None
        self._sentences: dict[tuple[int, int], SentenceTokens] = {}

    def tone(self, text: str, sentence: tuple[int, int], target: tuple[int, int], compound: float) -> Tone:
        """Return the sentiment toward ``text[target[0]:target[1]]`` within ``text[sentence[0]:sentence[1]]``.

        ``compound`` is VADER's score of that sentence. Cue spans are offsets into ``text``.
        """
        s, e = sentence
        if text is not self._text:
            self._text, self._sentences = text, {}
        tokenised = self._sentences.get(sentence)
        if tokenised is None:
            tokenised = self._sentences[sentence] = sentence_tokens(text[s:e], lexicon=self.lexicon)
        found = target_features(text[s:e], target[0] - s, target[1] - s, lexicon=self.lexicon, compound=compound,
                                offset=s, tokenised=tokenised)
        p = self.model.probabilities(found.values)
        best = max(range(len(CLASSES)), key=p.__getitem__)
        return Tone(CLASSES[best], round(p[2] - p[0], 4), found.cues)
