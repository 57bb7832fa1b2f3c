"""Building a lesson: score 2–4 articles once and freeze what the reveal will show."""

from __future__ import annotations

from collections.abc import Sequence

from framing.present.lessons.mask import outlet_labels
from framing.present.lessons.model import (
    ACTIVITIES,
    MAX_ARTICLES,
    MIN_ARTICLES,
    Lesson,
    LessonArticle,
    LessonError,
    PoleInfo,
    Snapshot,
)
from framing.reading.model import Article
from framing.record.model import Record
from framing.scoring.pipeline import Pipeline, lexicon_version
from framing.terminology import Lexicon

__all__ = ["DEFAULT_NOTES", "DEFAULT_QUESTIONS", "build_lesson", "lesson_from_records"]

DEFAULT_QUESTIONS = {
    "guess": (
        "Which side's vocabulary does each article use: Kremlin, Ukrainian/Western, or neither?",
        "Which words told you? Write down two or three for each article.",
        "Where does the article put words in quotation marks, and whose words are they?",
    ),
    "zones": (
        "For each use of a contested term: is it the outlet's own words, a quotation, or kept at a distance?",
        "Which clue decided it: quotation marks, a phrase like “so-called”, or nothing at all?",
    ),
    "same-story": (
        "What happened? List the facts every article agrees on.",
        "What does each article call the places, the people and the event?",
        "Who is quoted in each article, and from which side?",
        "If you read only one of these articles, what would you believe about the event?",
    ),
}
DEFAULT_NOTES = {
    "guess": (
        "Students read the articles without knowing who published them. They decide which side's words "
        "each article uses and note the words that told them. Then you press Reveal: the page shows the "
        "outlets, the tool's score for each article (from −1, Ukrainian/Western wording, to +1, Kremlin "
        "wording) and every word that counted. Discuss where the class and the tool agree, and why a word "
        "inside a quotation does not count as the outlet's own."
    ),
    "zones": (
        "Each card shows one contested word in its sentence. Students decide whether the outlet uses the "
        "word itself, quotes someone who used it, or keeps it at a distance (scare quotes, “so-called”). "
        "The feedback explains the rule with the sentence. Good for practising careful reading of quotation marks."
    ),
    "same-story": (
        "The same event told by several outlets, in English and French. Read them side by side and work "
        "through the questions. The point is not to find the “true” article but to see how names, quotes and "
        "emphasis change the picture a reader gets."
    ),
}


def build_lesson(
    articles: Sequence[Article], *, pipeline: Pipeline, activity: str = "guess", title: str | None = None,
    questions: Sequence[str] | None = None, notes: str | None = None,
) -> Lesson:
    """Return a lesson of ``articles`` scored with ``pipeline`` (see ``lesson_from_records``)."""
    records = [pipeline.score(a) for a in articles]
    return lesson_from_records(records, lexicon=pipeline.lexicon, activity=activity, title=title,
                               questions=questions, notes=notes)


def lesson_from_records(
    records: Sequence[Record], *, lexicon: Lexicon, activity: str = "guess", title: str | None = None,
    questions: Sequence[str] | None = None, notes: str | None = None,
) -> Lesson:
    """Return a lesson whose snapshot freezes each record's index, hits, terms and quotes and the
    lexicon (pack, version, fingerprint) and analyser versions that produced them.

    Raises ``LessonError`` for fewer than 2 or more than 4 articles or an unknown activity."""
    if activity not in ACTIVITIES:
        raise LessonError(f"activity: must be one of {', '.join(ACTIVITIES)}, got {activity!r}")
    if not MIN_ARTICLES <= len(records) <= MAX_ARTICLES:
        raise LessonError(f"articles: a lesson has {MIN_ARTICLES} to {MAX_ARTICLES} articles, got {len(records)}")
    labels = outlet_labels([r.outlet for r in records])
    unknown = iter(f"Outlet {chr(ord('A') + len(labels) + i)}" for i in range(MAX_ARTICLES))
    articles = tuple(
        LessonArticle(
            label=labels.get(r.outlet or "") or next(unknown), text=r.text, outlet=r.outlet, url=r.url,
            date=r.date, language=r.language, title=r.title, dateline=r.dateline,
            terminology_index=r.terminology_index, terminology_hits=r.terminology_hits,
            terms=r.terms, quotes=tuple(q for q in r.quotes if q.start is not None),
        )
        for r in records
    )
    snapshot = Snapshot(
        pack=lexicon.pack, lexicon_version=lexicon_version(lexicon), pack_version=lexicon.version,
        fingerprint=lexicon.fingerprint, versions=_versions(records),
        poles=tuple(PoleInfo(p.id, p.label, p.sign) for p in lexicon.poles),
    )
    return Lesson(
        title=title or _title(records), activity=activity, articles=articles, snapshot=snapshot,
        questions=tuple(questions) if questions else DEFAULT_QUESTIONS[activity],
        notes=notes or DEFAULT_NOTES[activity],
    )


def _versions(records: Sequence[Record]) -> dict[str, str | None]:
    """Return each version key's value; keys that differ by language list every value, sorted."""
    keys = dict.fromkeys(k for r in records for k in r.versions)
    merged: dict[str, str | None] = {}
    for key in keys:
        values = sorted({v for r in records if (v := r.versions.get(key))})
        merged[key] = "; ".join(values) if values else None
    return merged


def _title(records: Sequence[Record]) -> str:
    """A title that names no outlet: the dates the articles cover."""
    dates = sorted(r.date for r in records if r.date)
    span = f"{dates[0]} to {dates[-1]}" if dates and dates[0] != dates[-1] else (dates[0] if dates else "")
    return f"{len(records)} articles{', ' + span if span else ''}"
