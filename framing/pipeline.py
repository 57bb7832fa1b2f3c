"""From an ``Article`` to its record: sentences, sentiment, terminology, quotes and actors."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import asdict

import framing
from framing.language import detected_language, is_supported
from framing.reading.dates import date_precision
from framing.reading.model import Article
from framing.record import article_id, word_count
from framing.sentences import split_sentences
from framing.sentiment import SentimentScorer, article_sentiment


class Pipeline:
    """Builds each analyser once and scores any number of articles with them.

    Analysers load lexicons and models, so a ``Pipeline`` is meant to be built
    once per process (the dashboard caches it with ``st.cache_resource``).
    """

    def __init__(self) -> None:
        self._scorers: dict[str, SentimentScorer] = {}

    def versions(self, language: str | None = None) -> dict[str, str | None]:
        """Return the versions that produced a record (for reproducibility and caching)."""
        return {
            "framing": framing.__version__,
            "sentiment": self._scorer(language).model if is_supported(language) else None,
            "lexicon": None,
        }

    def score(self, article: Article) -> dict:
        """Return the record of one article (see ``framing.record.RECORD_FIELDS``)."""
        language, warnings = _language(article)
        supported = is_supported(language)
        if not supported:
            warnings.append(
                f"language {language or 'unknown'!r} is not supported: "
                "sentiment, terminology and quotes are not analysed"
            )
        text = article.text
        spans = split_sentences(text)
        scorer = self._scorer(language) if supported else None
        compounds = [scorer.compound(text[s.start : s.end]) for s in spans] if scorer else []
        sentiment = article_sentiment(compounds, model=scorer.model) if scorer else None
        return {
            "id": article_id(article),
            "source": article.source,
            "outlet": article.outlet,
            "url": article.url,
            "date": article.date,
            "date_precision": date_precision(article.date),
            "language": language,
            "language_supported": supported,
            "title": article.title,
            "dateline": article.dateline,
            "text": text,
            "word_count": word_count(text),
            "sentiment": asdict(sentiment) if sentiment else None,
            "sentences": [
                {"start": s.start, "end": s.end, "compound": compounds[i] if compounds else None}
                for i, s in enumerate(spans)
            ],
            "terms": [],
            "terminology_index": None,
            "terminology_hits": 0.0,
            "quotes": [],
            "actors": [],
            "warnings": [*article.warnings, *warnings],
            "versions": self.versions(language if supported else None),
        }

    def score_many(self, articles: Iterable[Article]) -> Iterator[dict]:
        """Yield the record of each article, in order."""
        for article in articles:
            yield self.score(article)

    def _scorer(self, language: str | None) -> SentimentScorer:
        if language not in self._scorers:
            self._scorers[language] = SentimentScorer(language)
        return self._scorers[language]


def _language(article: Article) -> tuple[str | None, list[str]]:
    """Return the article's language (declared, else detected) and any warning about it."""
    guess = detected_language(article.text)
    declared = (article.language or "").split("-")[0].lower() or None
    if declared:
        warnings = []
        if guess and guess.code != declared and guess.probability > 0.8:
            warnings.append(f"declared language {declared!r} but the text looks like {guess.code!r}")
        return declared, warnings
    return (guess.code if guess else None), []
