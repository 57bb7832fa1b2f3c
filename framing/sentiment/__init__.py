"""Sentiment: each sentence scored with VADER (English) or vaderSentiment-fr (French)."""

from framing.sentiment.sentence import (
    NEGATIVE_THRESHOLD,
    POSITIVE_THRESHOLD,
    ArticleSentiment,
    SentimentScorer,
    article_sentiment,
    model_name,
)

__all__ = [
    "NEGATIVE_THRESHOLD",
    "POSITIVE_THRESHOLD",
    "ArticleSentiment",
    "SentimentScorer",
    "article_sentiment",
    "model_name",
]
