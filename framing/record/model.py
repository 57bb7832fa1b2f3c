"""The article record: the project's public export format, as typed dataclasses.

A ``Record`` is what the pipeline returns for one article. Its JSON form
(``Record.to_dict``) is the documented export format (README, "The article
record"); ``Record.from_dict`` reads it back from JSON Lines, Parquet or a
store, tolerating a missing field (an older record) by its default. Field
lists everywhere else (CSV columns, the README example) are derived from
these classes, never written out again.
"""

from __future__ import annotations

import hashlib
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, TypeVar

from framing.reading.model import Article
from framing.sentiment import ArticleSentiment
from framing.terminology import TermHit

__all__ = [
    "RECORD_FIELDS",
    "VERSION_KEYS",
    "ActorMention",
    "CitedActor",
    "Quote",
    "Record",
    "ScoredSentence",
    "article_id",
    "quote_side",
    "speaker_sides",
]

# What ``versions`` names: the analysers and data whose change re-scores a stored article.
VERSION_KEYS = ("framing", "sentiment", "lexicon", "actors")

T = TypeVar("T")


class _Item:
    """What every nested item of the record can do: read itself from, and write itself to, its
    JSON form."""

    __slots__ = ()

    @classmethod
    def from_dict(cls: type[T], data: dict[str, Any]) -> T:
        """Return the item of a JSON-form dict (list fields become tuples; absent fields None)."""
        return _item(cls, data)

    def to_dict(self) -> dict[str, Any]:
        """Return the item's JSON form."""
        return _plain(self)


@dataclass(frozen=True, slots=True)
class ScoredSentence(_Item):
    """One sentence: its offsets in the text and its VADER compound (None when not scored)."""

    start: int
    end: int
    compound: float | None = None


@dataclass(frozen=True, slots=True)
class Quote(_Item):
    """One quotation: who said it (canonical ``speaker``, ``speaker_text`` as written), their
    ``side`` when the record knows it, the words, ``kind`` (direct, indirect, mixed) and offsets."""

    speaker: str | None = None
    speaker_text: str | None = None
    side: str | None = None
    text: str = ""
    kind: str = "direct"
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class ActorMention(_Item):
    """One mention of an actor: its offsets and words, and the sentiment toward the actor there
    (``polarity`` negative|neutral|positive, ``score`` in [-1, 1]), with the spans of the words
    that carried it (``cues``) and whether it lies inside the actor's own quote (not portrayal)."""

    start: int
    end: int
    text: str = ""
    polarity: str = "neutral"
    score: float = 0.0
    cues: tuple[tuple[int, int], ...] = ()
    own_quote: bool = False


@dataclass(frozen=True, slots=True)
class CitedActor(_Item):
    """One actor cited in the article: canonical name, side, roles at the article's date, its
    mentions (each with the sentiment toward it), attributed quotes, spellings found, the
    portrayal figures derived from the mentions, the tone of its own quoted words, gazetteer id."""

    name: str
    side: str | None = None
    roles: tuple[str, ...] = ()
    mentions: tuple[ActorMention, ...] = ()
    quotes: int = 0
    surface_forms: tuple[str, ...] = ()
    sentiment: float | None = None
    negative: int = 0
    positive: int = 0
    quote_tone: float | None = None
    gazetteer_id: str | None = None


@dataclass(frozen=True, slots=True)
class Record:
    """The scored article (README, "The article record", describes every field)."""

    id: str
    source: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: str | None = None
    date_precision: str | None = None
    language: str | None = None
    language_supported: bool = False
    title: str | None = None
    dateline: str | None = None
    text: str = ""
    word_count: int = 0
    sentiment: ArticleSentiment | None = None
    sentences: tuple[ScoredSentence, ...] = ()
    terms: tuple[TermHit, ...] = ()
    terminology_index: float | None = None
    terminology_hits: float = 0.0
    terminology_weak: bool = True
    quotes: tuple[Quote, ...] = ()
    actors: tuple[CitedActor, ...] = ()
    warnings: tuple[str, ...] = ()
    versions: dict[str, str | None] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """Return the record's JSON form: nested items as dicts, tuples as lists, fields in order."""
        return {name: _plain(getattr(self, name)) for name in RECORD_FIELDS}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        """Return the record of a JSON-form dict; a missing field takes its default."""
        return _item(cls, data)


# Field order of every exported record; CSV columns follow it.
RECORD_FIELDS = tuple(f.name for f in fields(Record))
# The nested items of each kind, by field: a list of dicts becomes a tuple of items (anything else
# in the list is dropped), a single dict one item. An actor's ``mentions`` given as a number (a
# store keeps only the count) reads as no mention list: the list travels in the record export.
_LISTS: dict[type, dict[str, type]] = {
    Record: {"sentences": ScoredSentence, "terms": TermHit, "quotes": Quote, "actors": CitedActor},
    CitedActor: {"mentions": ActorMention},
}
_SINGLE: dict[type, dict[str, type]] = {Record: {"sentiment": ArticleSentiment}}
# Fields that are tuples of plain values: one value alone becomes a one-tuple.
_TUPLE_FIELDS = {"roles", "surface_forms", "warnings"}


def _known(kind: type[T], data: dict[str, Any]) -> dict[str, Any]:
    """Return the entries of ``data`` that are fields of the dataclass ``kind``."""
    return {f.name: data[f.name] for f in fields(kind) if f.name in data}


def _item(kind: type[T], data: dict[str, Any] | None) -> T | None:
    """Return one item of ``kind`` from its JSON-form dict (None stays None): nested items as
    declared in ``_LISTS``/``_SINGLE``, list fields as tuples, absent required fields None."""
    if data is None:
        return None
    values = _known(kind, data)
    for name in _TUPLE_FIELDS & values.keys():
        value = values[name]
        values[name] = tuple(value) if isinstance(value, list | tuple) else ((value,) if value else ())
    for name, item in _LISTS.get(kind, {}).items():
        if name in values:
            given = values[name]
            values[name] = tuple(_item(item, v) for v in given if isinstance(v, dict)) \
                if isinstance(given, list | tuple) else ()
    for name, item in _SINGLE.get(kind, {}).items():
        if name in values:
            values[name] = _item(item, values[name]) if isinstance(values[name], dict) else None
    if "cues" in values:  # (start, end) pairs
        values["cues"] = tuple(tuple(c) for c in values["cues"] or () if isinstance(c, list | tuple))
    if "versions" in values:
        values["versions"] = dict(values["versions"] or {})
    missing = [f.name for f in fields(kind) if f.name not in values and _required(f)]
    for name in missing:  # an older or partial item: absent scalars are unknown, not an error
        values[name] = None
    return kind(**values)


def _required(f: Any) -> bool:
    return f.default is MISSING and f.default_factory is MISSING


def _plain(value: Any) -> Any:
    """Return a value of the record as JSON-ready data (dataclasses → dicts, tuples → lists)."""
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


def article_id(article: Article) -> str:
    """Return a stable content hash: the first 16 hex digits of SHA-256 over outlet and text.

    The outlet is part of the content so that one wire story reprinted by two
    outlets stays two articles; the file's path is not, so moving a corpus
    keeps its ids.
    """
    payload = f"{article.outlet or ''}\x1f{article.text}".encode()
    return hashlib.sha256(payload).hexdigest()[:16]


def speaker_sides(actors: tuple[CitedActor, ...]) -> dict[str, str]:
    """Return actor name or surface form → the actor's side ('unknown' when it has none)."""
    sides: dict[str, str] = {}
    for actor in actors:
        side = actor.side or "unknown"
        for form in (*actor.surface_forms, actor.name):
            if isinstance(form, str) and form:
                sides.setdefault(form, side)
    return sides


def quote_side(quote: Quote, sides: dict[str, str]) -> str:
    """Return the side of a quote's source: the record's own ``side`` of the quote when it has
    one, else its speaker's actor's side; 'unknown' when neither says, 'unattributed' when the
    quote has no source at all."""
    if not (quote.speaker or quote.speaker_text):
        return "unattributed"
    return quote.side or sides.get(quote.speaker or "") or sides.get(quote.speaker_text or "") or "unknown"
