"""The article record: the project's public export format (documented in the README)."""

from __future__ import annotations

import hashlib

from framing.reading.model import Article

# Field order of every exported record; CSV columns follow it.
RECORD_FIELDS = (
    "id",
    "source",
    "outlet",
    "url",
    "date",
    "date_precision",
    "language",
    "language_supported",
    "title",
    "dateline",
    "text",
    "word_count",
    "sentiment",
    "sentences",
    "terms",
    "terminology_index",
    "terminology_hits",
    "terminology_weak",
    "quotes",
    "actors",
    "warnings",
    "versions",
)
# What ``versions`` names: the analysers and data whose change re-scores a stored article.
VERSION_KEYS = ("framing", "sentiment", "lexicon", "actors")


def article_id(article: Article) -> str:
    """Return a stable content hash: the first 16 hex digits of SHA-256 over outlet and text.

    The outlet is part of the content so that one wire story reprinted by two
    outlets stays two articles; the file's path is not, so moving a corpus
    keeps its ids.
    """
    payload = f"{article.outlet or ''}\x1f{article.text}".encode()
    return hashlib.sha256(payload).hexdigest()[:16]


def speaker_sides(actors: list[dict]) -> dict[str, str]:
    """Return actor name or surface form → the actor's side ('unknown' when it has none)."""
    sides: dict[str, str] = {}
    for actor in actors:
        if not isinstance(actor, dict):
            continue
        side = actor.get("side") or "unknown"
        for form in (*(actor.get("surface_forms") or ()), actor.get("name")):
            if isinstance(form, str) and form:
                sides.setdefault(form, side)
    return sides


def quote_side(quote: dict, sides: dict[str, str]) -> str:
    """Return the side of a quote's source: the record's own ``side`` of the quote when it has
    one, else its speaker's actor's side; 'unknown' when neither says, 'unattributed' when the
    quote has no source at all."""
    speaker, shown = quote.get("speaker"), quote.get("speaker_text")
    if not (speaker or shown):
        return "unattributed"
    return quote.get("side") or sides.get(speaker) or sides.get(shown) or "unknown"
