"""The public entry point: the terms of a lexicon in one article, their voices and the index."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import Any

from framing.terminology.dates import article_day, weight_on
from framing.terminology.index import terminology_index, weak_evidence
from framing.terminology.matcher import compiled_matcher
from framing.terminology.model import Lexicon
from framing.terminology.voice import SPELLING_CATEGORIES, voices
from framing.text.marks import Quotation

__all__ = ["TermHit", "TerminologyResult", "analyse_terms", "article_language"]


@dataclass(frozen=True, slots=True)
class TermHit:
    """One occurrence of a lexicon variant: ``text`` is exactly ``article[start:end]``."""

    term: str
    text: str
    start: int
    end: int
    pole: str
    category: str
    voice: str
    weight: float
    referent: str
    variant: str
    language: str

    def to_dict(self) -> dict[str, Any]:
        """Return the hit as a plain dict (the stored record's shape), fields in order."""
        # Equal to dataclasses.asdict (every field is a scalar), without its deep copy.
        return {name: getattr(self, name) for name in _HIT_FIELDS}


_HIT_FIELDS = tuple(f.name for f in fields(TermHit))


@dataclass(frozen=True, slots=True)
class TerminologyResult:
    """All hits in text order, the index over author-voice hits and its weighted evidence.

    ``weak_evidence``: the index rests on fewer than ``WEAK_EVIDENCE_BELOW``
    weighted hits (``index.weak_evidence``; also true without an index).
    ``undated_variants``: labels of dated variants weighed at their current
    weight because the article has no date.
    """

    terms: list[TermHit] = field(default_factory=list)
    terminology_index: float | None = None
    terminology_hits: float = 0.0
    author_hits: int = 0
    by_pole: dict[str, float] = field(default_factory=dict)
    weak_evidence: bool = True
    undated_variants: tuple[str, ...] = ()


def article_language(language: str | None, lexicon: Lexicon) -> str | None:
    """Return the lexicon language for an article language tag (``fr-FR`` → ``fr``), or ``None``."""
    if not language:
        return None
    primary = language.strip().lower().replace("_", "-").split("-")[0]
    return primary if primary in lexicon.languages else None


def analyse_terms(
    text: str,
    *,
    language: str | None,
    lexicon: Lexicon,
    quotes: Sequence[Quotation] | None = None,
    date: str | None = None,
) -> TerminologyResult:
    """Return the lexicon's terms found in ``text`` with their voices, and the terminology index.

    Only the forms of the article's language are matched; an unknown or
    unsupported language yields no hits. ``quotes`` may pass the text's
    ``quotation.quotations`` when a caller already computed them, so one
    quotation scan serves quotes and terms. See ``matcher`` for the matching
    rules, ``voice`` for author/quoted/distanced/reported and ``index`` for the
    index. ``date`` (ISO, possibly partial) picks each dated variant's weight
    (``dates``); without one the current weight holds and ``undated_variants``
    names the dated variants so weighed.
    """
    lang = article_language(language, lexicon)
    if lang is None or not text:
        return TerminologyResult()
    matches = compiled_matcher(lexicon, lang).matches(text)
    spoken = voices(text, [(start, end) for start, end, _ in matches], quotes=quotes, language=lang,
                    spellings=[t.category in SPELLING_CATEGORIES for _, _, t in matches])
    day = article_day(date)
    hits = [
        TermHit(t.label, text[start:end], start, end, t.pole, t.category, voice,
                weight_on(t.weight, t.periods, day), t.referent, t.variant, lang)
        for (start, end, t), voice in zip(matches, spoken, strict=True)
    ]
    undated = tuple(dict.fromkeys(t.label for _, _, t in matches if t.periods)) if day is None else ()
    index = terminology_index(hits, signs=lexicon.signs())
    return TerminologyResult(hits, index.index, index.weighted_hits, index.author_hits, index.by_pole,
                             weak_evidence(index.weighted_hits), undated)
