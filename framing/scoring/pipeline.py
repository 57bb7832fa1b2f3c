"""From an ``Article`` to its record: sentences, sentiment, terminology, quotes and actors."""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import replace

from framing.reading.dates import date_precision
from framing.reading.model import Article, ReadProblem
from framing.record.model import CitedActor, Quote, Record, ScoredSentence, article_id
from framing.resources import ACTORS_DIR, DATA_DIR, VERSION
from framing.sentiment.sentence import SentimentScorer, article_sentiment, model_name
from framing.sentiment.toward import TowardScorer
from framing.sources import analyse_sources
from framing.sources.actors import load_gazetteer
from framing.terminology import Lexicon, analyse_terms, load_pack
from framing.text.language import (
    CHECK_SAMPLE_CHARS,
    DETECT_SAMPLE_CHARS,
    detected_language,
    is_supported,
)
from framing.text.marks import Quotation, quotations
from framing.text.sentences import split_sentences
from framing.text.tokens import word_count

DEFAULT_PACK = "russia-ukraine"
# Start of the warning that an undated article's dated variants got their current weight.
UNDATED_WEIGHTS = "undated article: current weight used for dated variants"


class Pipeline:
    """Builds each analyser once and scores any number of articles with them.

    Analysers load lexicons and models, so a ``Pipeline`` is meant to be built
    once per process (the dashboard caches it with ``st.cache_resource``).
    ``lexicon`` is a topic pack name or a ``Lexicon`` (e.g. a pack merged with
    a user's custom terms).
    """

    def __init__(self, *, lexicon: Lexicon | str = DEFAULT_PACK, actors: bool = True) -> None:
        self.lexicon = load_pack(lexicon) if isinstance(lexicon, str) else lexicon
        self.gazetteer = load_gazetteer() if actors else None
        self._scorers: dict[str, SentimentScorer] = {}
        self._towards: dict[str, TowardScorer] = {}

    def versions(self, language: str | None = None) -> dict[str, str | None]:
        """Return the versions that produced a record (for reproducibility and caching)."""
        return {
            "framing": VERSION,
            # The model's name, not a scorer: loading VADER's lexicons only to name them cost
            # the ingesting process 90 MB.
            "sentiment": model_name(language) if is_supported(language) else None,
            "lexicon": lexicon_version(self.lexicon),
            "actors": actors_version() if self.gazetteer is not None else None,
        }

    def score(self, article: Article) -> Record:
        """Return the record of one article."""
        language, warnings = _language(article)
        supported = is_supported(language)
        if not supported:
            warnings.append(
                f"language {language or 'unknown'!r} is not supported: "
                "sentiment, terminology and quotes are not analysed"
            )
        text = article.text
        spans = split_sentences(text)
        # One quotation scan serves the quotes and the voices of terms.
        quotes = quotations(text) if supported else []
        scorer = self._scorer(language) if supported else None
        compounds = [scorer.compound(text[s.start : s.end]) for s in spans] if scorer else []
        sentiment = article_sentiment(compounds, model=scorer.model) if scorer else None
        cited = (
            analyse_sources(
                text, language=language, date=article.date, gazetteer=self.gazetteer,
                sentences=[(s.start, s.end, compounds[i]) for i, s in enumerate(spans)], quotes=quotes,
                mention_tone=functools.partial(self._toward(language).tone, text), quote_tone=scorer.compound,
            )
            if supported and self.gazetteer is not None
            else None
        )
        record = Record(
            id=article_id(article),
            source=article.source,
            outlet=article.outlet,
            url=article.url,
            date=article.date,
            date_precision=date_precision(article.date),
            language=language,
            language_supported=supported,
            title=article.title,
            dateline=article.dateline,
            text=text,
            word_count=word_count(text),
            sentiment=sentiment,
            sentences=tuple(
                ScoredSentence(s.start, s.end, compounds[i] if compounds else None) for i, s in enumerate(spans)
            ),
            quotes=tuple(Quote.from_dict(q) for q in cited.quotes) if cited else (),
            actors=tuple(CitedActor.from_dict(a) for a in cited.actors) if cited else (),
            warnings=(*article.warnings, *warnings),
            versions=self.versions(language if supported else None),
        )
        return with_terms(record, self.lexicon, quotes=quotes) if supported else record

    def _toward(self, language: str) -> TowardScorer:
        if language not in self._towards:
            self._towards[language] = TowardScorer(language)
        return self._towards[language]

    def _scorer(self, language: str | None) -> SentimentScorer:
        if language not in self._scorers:
            self._scorers[language] = SentimentScorer(language)
        return self._scorers[language]


def scored_or_problems(articles: Iterable[Article], *, pipeline: Pipeline) -> list[Record | ReadProblem]:
    """Return each article's record, in order, or a ``ReadProblem`` naming an article whose
    analysis failed: the one scoring function every path calls."""
    results: list[Record | ReadProblem] = []
    for article in articles:
        try:
            results.append(pipeline.score(article))
        except Exception as exc:  # one bad article must not stop a million-article run
            results.append(ReadProblem(article.source, f"could not be analysed: {type(exc).__name__}: {exc}"))
    return results


@functools.cache
def actors_version() -> str:
    """Return a short hash of the gazetteer and reporting-verb files: stored quotes and actors
    are recomputed when either changes."""
    digest = hashlib.sha256()
    for path in sorted([*ACTORS_DIR.glob("*.yaml"), DATA_DIR / "reporting_verbs.yaml"]):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return f"gazetteer+{digest.hexdigest()[:8]}"


def lexicon_version(lexicon: Lexicon) -> str:
    """Return ``pack@version+hash``: a custom term changes the hash, so stored results can tell."""
    return f"{lexicon.pack}@{lexicon.version}+{lexicon.fingerprint[:8]}"


def with_terms(record: Record, lexicon: Lexicon, *, quotes: Sequence[Quotation] | None = None) -> Record:
    """Return a copy of the record with its terminology fields computed with ``lexicon``.

    Terms depend only on the text, its language and the lexicon, so switching
    topic pack or adding a custom term re-scores them without re-running
    sentiment or quote extraction. ``quotes`` may pass the text's quotations.
    """
    result = analyse_terms(record.text, language=record.language, lexicon=lexicon, quotes=quotes, date=record.date)
    # Re-scoring replaces the previous lexicon's warning about undated weights.
    warnings = [w for w in record.warnings if not w.startswith(UNDATED_WEIGHTS)]
    if result.undated_variants:
        warnings.append(f"{UNDATED_WEIGHTS}: {', '.join(result.undated_variants)}")
    return replace(
        record,
        terms=tuple(result.terms),
        terminology_index=result.terminology_index,
        terminology_hits=result.terminology_hits,
        terminology_weak=result.weak_evidence,
        warnings=tuple(warnings),
        versions={**record.versions, "lexicon": lexicon_version(lexicon)},
    )


def _language(article: Article) -> tuple[str | None, list[str]]:
    """Return the article's language (declared, else detected) and any warning about it."""
    declared = (article.language or "").split("-")[0].lower() or None
    guess = detected_language(article.text, sample_chars=CHECK_SAMPLE_CHARS if declared else DETECT_SAMPLE_CHARS)
    if declared:
        warnings = []
        if guess and guess.code != declared and guess.probability > 0.8:
            warnings.append(f"declared language {declared!r} but the text looks like {guess.code!r}")
        return declared, warnings
    return (guess.code if guess else None), []
