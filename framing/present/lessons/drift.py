"""Frozen figures against today's: what a reopened lesson would show if re-analysed now."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from framing.present.lessons.model import Lesson, LessonArticle
from framing.scoring.pipeline import lexicon_version
from framing.terminology import Lexicon, TermHit, analyse_terms

__all__ = ["ArticleDrift", "LessonDrift", "lesson_drift"]


@dataclass(frozen=True, slots=True)
class ArticleDrift:
    """One article: frozen and today's index and weighted hits, and the term uses gained or lost
    (each as ``text (voice)``)."""

    label: str
    frozen_index: float | None
    today_index: float | None
    frozen_hits: float
    today_hits: float
    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()

    @property
    def index_change(self) -> float | None:
        """Return today's index minus the frozen one (None when either is None)."""
        if self.frozen_index is None or self.today_index is None:
            return None
        return self.today_index - self.frozen_index

    @property
    def differs(self) -> bool:
        """Return whether today's analysis of this article differs from the frozen one."""
        return bool(self.added or self.removed) or self.frozen_index != self.today_index


@dataclass(frozen=True, slots=True)
class LessonDrift:
    """The lesson's lexicon version then and now, and each article's drift."""

    frozen_lexicon: str
    today_lexicon: str
    articles: tuple[ArticleDrift, ...]

    @property
    def differs(self) -> bool:
        """Return whether any article's figures would differ today."""
        return any(a.differs for a in self.articles)


def lesson_drift(lesson: Lesson, *, lexicon: Lexicon) -> LessonDrift:
    """Return how today's terminology analysis with ``lexicon`` differs from the lesson's frozen one.

    Terms depend only on the text, its language and the lexicon (``framing.scoring.pipeline.
    with_terms``), so re-running ``analyse_terms`` is today's analysis of the reveal's figures."""
    return LessonDrift(
        frozen_lexicon=lesson.snapshot.lexicon_version,
        today_lexicon=lexicon_version(lexicon),
        articles=tuple(_article_drift(a, lexicon) for a in lesson.articles),
    )


def _article_drift(article: LessonArticle, lexicon: Lexicon) -> ArticleDrift:
    today = analyse_terms(article.text, language=article.language, lexicon=lexicon)
    frozen_uses, today_uses = Counter(map(_use, article.terms)), Counter(map(_use, today.terms))
    return ArticleDrift(
        label=article.label,
        frozen_index=article.terminology_index, today_index=today.terminology_index,
        frozen_hits=article.terminology_hits, today_hits=today.terminology_hits,
        added=_described(today_uses - frozen_uses), removed=_described(frozen_uses - today_uses),
    )


def _use(hit: TermHit) -> tuple[int, int, str, str, str]:
    return hit.start, hit.end, hit.text, hit.voice, hit.pole


def _described(uses: Counter) -> tuple[str, ...]:
    return tuple(f"{text} ({voice})" for _, _, text, voice, _ in sorted(uses.elements()))
