"""A lesson as a file: 2–4 articles, the activity, the questions and a frozen analysis.

The JSON form carries a ``format`` number; ``lesson_from_dict`` checks every
field it reads and raises ``LessonError`` naming the file and the field
(``articles[1].terms[0].start``) so a teacher can fix a hand-edited file. The
snapshot keeps what the reveal shows — lexicon pack, version and fingerprint,
analyser versions, each article's index, hits, terms and quotes — so a lesson
reopened a year later shows the same figures whatever the lexicon is then.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from framing.record.model import Quote
from framing.resources import DATA_DIR
from framing.terminology import TermHit

__all__ = [
    "ACTIVITIES",
    "FORMAT",
    "Lesson",
    "LessonArticle",
    "LessonError",
    "PoleInfo",
    "Snapshot",
    "bundled_lessons",
    "lesson_from_dict",
    "lesson_to_dict",
    "read_lesson",
]

FORMAT = 1
# Activity id → what the page calls it.
ACTIVITIES = {
    "guess": "Guess, then reveal",
    "zones": "Sort into zones",
    "same-story": "Same story, several outlets",
}
MIN_ARTICLES, MAX_ARTICLES = 2, 4
LESSONS_DIR = DATA_DIR / "lessons"


class LessonError(ValueError):
    """A lesson file that cannot be used; the message names the file and the wrong field."""


@dataclass(frozen=True, slots=True)
class PoleInfo:
    """A pole as the lesson's lexicon defined it: id, label and sign (for colours and words)."""

    id: str
    label: str
    sign: int


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What produced the frozen figures: lexicon pack, version, fingerprint, ``lexicon_version``
    string, the analysers' versions (``Pipeline.versions``) and the lexicon's poles."""

    pack: str
    lexicon_version: str
    pack_version: str
    fingerprint: str
    versions: dict[str, str | None] = field(default_factory=dict)
    poles: tuple[PoleInfo, ...] = ()


@dataclass(frozen=True, slots=True)
class LessonArticle:
    """One article of a lesson with its frozen figures; ``label`` is its mask ("Outlet A")."""

    label: str
    text: str
    outlet: str | None = None
    url: str | None = None
    date: str | None = None
    language: str | None = None
    title: str | None = None
    dateline: str | None = None
    terminology_index: float | None = None
    terminology_hits: float = 0.0
    terms: tuple[TermHit, ...] = ()
    quotes: tuple[Quote, ...] = ()


@dataclass(frozen=True, slots=True)
class Lesson:
    """A lesson: title, activity (a key of ``ACTIVITIES``), questions, teacher notes, articles."""

    title: str
    activity: str
    articles: tuple[LessonArticle, ...]
    snapshot: Snapshot
    questions: tuple[str, ...] = ()
    notes: str = ""
    format: int = FORMAT


def lesson_to_dict(lesson: Lesson) -> dict[str, Any]:
    """Return the lesson's JSON form (the file format ``lesson_from_dict`` reads back)."""
    snap = lesson.snapshot
    return {
        "format": lesson.format,
        "title": lesson.title,
        "activity": lesson.activity,
        "questions": list(lesson.questions),
        "notes": lesson.notes,
        "snapshot": {
            "pack": snap.pack, "lexicon_version": snap.lexicon_version, "pack_version": snap.pack_version,
            "fingerprint": snap.fingerprint, "versions": dict(snap.versions),
            "poles": [{"id": p.id, "label": p.label, "sign": p.sign} for p in snap.poles],
        },
        "articles": [_article_dict(a) for a in lesson.articles],
    }


def _article_dict(article: LessonArticle) -> dict[str, Any]:
    return {
        "label": article.label, "outlet": article.outlet, "url": article.url, "date": article.date,
        "language": article.language, "title": article.title, "dateline": article.dateline,
        "terminology_index": article.terminology_index, "terminology_hits": article.terminology_hits,
        "terms": [t.to_dict() for t in article.terms], "quotes": [q.to_dict() for q in article.quotes],
        "text": article.text,
    }


def bundled_lessons(directory: Path = LESSONS_DIR) -> dict[str, Path]:
    """Return lesson id (the file name without ``.json``) → path of each lesson file, sorted."""
    return {p.stem: p for p in sorted(Path(directory).glob("*.json"))}


def read_lesson(source: str | Path, *, data: bytes | str | None = None) -> Lesson:
    """Return the lesson in a JSON file (or in ``data``, named ``source`` in messages)."""
    name = str(source)
    try:
        raw = data if data is not None else Path(source).read_bytes()
    except OSError as exc:
        raise LessonError(f"{name}: cannot open: {exc.strerror or exc}") from None
    try:
        parsed = json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise LessonError(f"{name}: not a JSON lesson file: {exc}") from None
    return lesson_from_dict(parsed, name=name)


def lesson_from_dict(data: Any, *, name: str = "lesson") -> Lesson:
    """Return the lesson of a JSON-form dict; ``LessonError`` names ``name`` and the bad field."""
    check = _Checker(name)
    if not isinstance(data, dict):
        raise LessonError(f"{name}: a lesson file holds a JSON object, not {type(data).__name__}")
    if data.get("format") != FORMAT:
        check.fail("format", f"must be {FORMAT} (this version reads format {FORMAT}), got {data.get('format')!r}")
    activity = check.text(data, "activity")
    if activity not in ACTIVITIES:
        check.fail("activity", f"must be one of {', '.join(ACTIVITIES)}, got {activity!r}")
    articles = data.get("articles")
    if not isinstance(articles, list) or not MIN_ARTICLES <= len(articles) <= MAX_ARTICLES:
        check.fail("articles", f"must be a list of {MIN_ARTICLES} to {MAX_ARTICLES} articles")
    questions = data.get("questions", [])
    if not isinstance(questions, list) or not all(isinstance(q, str) for q in questions):
        check.fail("questions", "must be a list of texts")
    return Lesson(
        title=check.text(data, "title"),
        activity=activity,
        questions=tuple(questions),
        notes=check.text(data, "notes", optional=True) or "",
        snapshot=_snapshot(data.get("snapshot"), check),
        articles=tuple(_article(a, f"articles[{i}]", check) for i, a in enumerate(articles)),
    )


def _snapshot(data: Any, check: _Checker) -> Snapshot:
    if not isinstance(data, dict):
        check.fail("snapshot", "is missing (the frozen analysis: lexicon and analyser versions)")
    poles = data.get("poles")
    if not isinstance(poles, list) or not poles:
        check.fail("snapshot.poles", "must list the lexicon's poles")
    pole_items = []
    for i, pole in enumerate(poles):
        where = f"snapshot.poles[{i}]"
        sign = pole.get("sign") if isinstance(pole, dict) else None
        if sign not in (-1, 0, 1):
            check.fail(f"{where}.sign", f"must be -1, 0 or 1, got {sign!r}")
        pole_items.append(PoleInfo(check.text(pole, "id", where=where), check.text(pole, "label", where=where), sign))
    versions = data.get("versions")
    if not isinstance(versions, dict):
        check.fail("snapshot.versions", "must map analyser names to versions")
    return Snapshot(
        pack=check.text(data, "pack", where="snapshot"),
        lexicon_version=check.text(data, "lexicon_version", where="snapshot"),
        pack_version=check.text(data, "pack_version", where="snapshot"),
        fingerprint=check.text(data, "fingerprint", where="snapshot"),
        versions={str(k): (None if v is None else str(v)) for k, v in versions.items()},
        poles=tuple(pole_items),
    )


def _article(data: Any, where: str, check: _Checker) -> LessonArticle:
    if not isinstance(data, dict):
        check.fail(where, "must be an object")
    text = check.text(data, "text", where=where)
    index = data.get("terminology_index")
    if index is not None and (not isinstance(index, int | float) or not -1 <= index <= 1):
        check.fail(f"{where}.terminology_index", f"must be a number from -1 to 1 or null, got {index!r}")
    hits = data.get("terminology_hits", 0.0)
    if not isinstance(hits, int | float) or hits < 0:
        check.fail(f"{where}.terminology_hits", f"must be a number ≥ 0, got {hits!r}")
    terms = [_term(t, f"{where}.terms[{i}]", text, check) for i, t in enumerate(_list(data, "terms", where, check))]
    quotes = [_quote(q, f"{where}.quotes[{i}]", text, check) for i, q in enumerate(_list(data, "quotes", where, check))]
    optional = {k: check.text(data, k, where=where, optional=True)
                for k in ("outlet", "url", "date", "language", "title", "dateline")}
    return LessonArticle(label=check.text(data, "label", where=where), text=text,
                         terminology_index=index, terminology_hits=float(hits),
                         terms=tuple(terms), quotes=tuple(quotes), **optional)


def _list(data: dict, key: str, where: str, check: _Checker) -> list:
    value = data.get(key, [])
    if not isinstance(value, list):
        check.fail(f"{where}.{key}", "must be a list")
    return value


def _term(data: Any, where: str, text: str, check: _Checker) -> TermHit:
    if not isinstance(data, dict):
        check.fail(where, "must be an object")
    start, end = _offsets(data, where, text, check, required=True)
    word = check.text(data, "text", where=where)
    if text[start:end] != word:
        check.fail(f"{where}.text", f"is {word!r} but the article has {text[start:end]!r} at {start}–{end}")
    weight = data.get("weight")
    if not isinstance(weight, int | float):
        check.fail(f"{where}.weight", f"must be a number, got {weight!r}")
    values = {k: check.text(data, k, where=where)
              for k in ("term", "pole", "category", "voice", "referent", "variant", "language")}
    return TermHit(text=word, start=start, end=end, weight=float(weight), **values)


def _quote(data: Any, where: str, text: str, check: _Checker) -> Quote:
    if not isinstance(data, dict):
        check.fail(where, "must be an object")
    start, end = _offsets(data, where, text, check, required=False)
    values = {k: check.text(data, k, where=where, optional=True) for k in ("speaker", "speaker_text", "side")}
    return Quote(text=check.text(data, "text", where=where), kind=check.text(data, "kind", where=where),
                 start=start, end=end, **values)


def _offsets(data: dict, where: str, text: str, check: _Checker, *, required: bool) -> tuple:
    start, end = data.get("start"), data.get("end")
    if not required and start is None and end is None:
        return None, None
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
        check.fail(f"{where}.start", f"offsets {start!r}–{end!r} are not inside the article's {len(text)} characters")
    return start, end


class _Checker:
    """Reads typed fields and raises ``LessonError`` with the file name and the field's path."""

    def __init__(self, name: str) -> None:
        self.name = name

    def fail(self, where: str, problem: str):
        raise LessonError(f"{self.name}: {where}: {problem}")

    def text(self, data: dict, key: str, *, where: str = "", optional: bool = False) -> str | None:
        value = data.get(key)
        path = f"{where}.{key}" if where else key
        if value is None and optional:
            return None
        if not isinstance(value, str) or (not optional and not value.strip()):
            self.fail(path, f"must be a text, got {value!r}")
        return value
