"""Sentence-level sentiment with VADER (English) and vaderSentiment-fr (French).

VADER (Hutto & Gilbert 2014, ICWSM) is a lexicon-and-rules model tuned on
social-media text. Its compound score saturates towards ±1 on long inputs
(cjhutto/vaderSentiment#151), so articles are never scored whole: each sentence
is scored, and the article gets the mean sentence compound plus the shares of
clearly positive and clearly negative sentences, using VADER's own ±0.05
thresholds.

VADER's rules look back over the whole sentence for every word (negation and
"but" checks lower-case the sentence's word list each time), so its time
grows with the square of a sentence's length. A sentence longer than
``MAX_SPAN_CHARS`` (text without punctuation, a table pasted as one line) is
scored as bounded spans cut at white space, and its compound is the mean of
theirs weighted by their word counts; every ordinary sentence is scored whole,
exactly as vaderSentiment scores it.
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
# About 150 words; news sentences are shorter (a 60-word sentence is about 400 characters).
MAX_SPAN_CHARS = 1000


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
        """Return VADER's compound score of one sentence, in [-1, 1] (a sentence longer than
        ``MAX_SPAN_CHARS``: the word-weighted mean of its spans' scores)."""
        if len(sentence) <= MAX_SPAN_CHARS:
            return float(self._analyzer.polarity_scores(sentence)["compound"])
        scored = [(float(self._analyzer.polarity_scores(span)["compound"]), len(span.split()))
                  for span in bounded_spans(sentence, MAX_SPAN_CHARS)]
        words = sum(n for _, n in scored)
        return round(sum(c * n for c, n in scored) / words, 4) if words else 0.0


def bounded_spans(text: str, limit: int) -> list[str]:
    """Return ``text`` cut into pieces of at most ``limit`` characters, each cut at the last
    white space before the limit (at the limit itself when a piece has none)."""
    spans = []
    start = 0
    while len(text) - start > limit:
        cut = text.rfind(" ", start + 1, start + limit + 1)
        cut = cut if cut > start else start + limit
        spans.append(text[start:cut])
        start = cut
    spans.append(text[start:])
    return [span for span in spans if span.strip()]


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
