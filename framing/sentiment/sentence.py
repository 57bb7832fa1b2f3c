"""Sentence-level sentiment with VADER (English) and vaderSentiment-fr (French).

VADER (Hutto & Gilbert 2014, ICWSM) is a lexicon-and-rules model tuned on
social-media text. Its compound score saturates towards ±1 on long inputs
(cjhutto/vaderSentiment#151), so articles are never scored whole: each sentence
is scored, and the article gets the mean sentence compound plus the shares of
clearly positive and clearly negative sentences, using VADER's own ±0.05
thresholds.
"""

from __future__ import annotations

import importlib.metadata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from framing.text.language import SUPPORTED_LANGUAGES

# Hutto & Gilbert's recommended cut-offs for "positive" and "negative".
POSITIVE_THRESHOLD = 0.05
NEGATIVE_THRESHOLD = -0.05


@dataclass(frozen=True, slots=True)
class ArticleSentiment:
    """Mean sentence compound and the shares of clearly positive/negative sentences."""

    model: str
    compound: float
    positive_share: float
    negative_share: float


class SentimentScorer:
    """Scores sentences in one language; build once (loading the lexicon takes time) and reuse."""

    def __init__(self, language: str) -> None:
        if language not in SUPPORTED_LANGUAGES:
            raise ValueError(f"no sentiment model for language {language!r}")
        self.language = language
        self.model = model_name(language)
        if language == "fr":
            from vaderSentiment_fr.vaderSentiment import SentimentIntensityAnalyzer
        else:
            from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
        self._analyzer = SentimentIntensityAnalyzer()

    def compound(self, sentence: str) -> float:
        """Return VADER's compound score of one sentence, in [-1, 1]."""
        return float(self._analyzer.polarity_scores(sentence)["compound"])


@cache
def model_name(language: str) -> str:
    """Return the name and version of the sentiment model used for ``language``."""
    package = "vadersentiment-fr" if language == "fr" else "vaderSentiment"
    return f"{package} {importlib.metadata.version(package)}"


def article_sentiment(compounds: Sequence[float], *, model: str) -> ArticleSentiment | None:
    """Return the article score for its sentence compounds, or None without sentences."""
    if not compounds:
        return None
    n = len(compounds)
    return ArticleSentiment(
        model=model,
        compound=round(sum(compounds) / n, 4),
        positive_share=round(sum(c >= POSITIVE_THRESHOLD for c in compounds) / n, 4),
        negative_share=round(sum(c <= NEGATIVE_THRESHOLD for c in compounds) / n, 4),
    )
