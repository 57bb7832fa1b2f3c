"""Records to pandas DataFrames with documented columns, for statistics and charts."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from numbers import Real

import pandas as pd

from framing.reading.outlets import UNKNOWN_OUTLET
from framing.record.model import CitedActor, Quote, Record, quote_side, speaker_sides
from framing.text.tokens import word_count

# One row per article.
ARTICLE_COLUMNS = {
    "id": "stable content hash of the article",
    "outlet": "outlet name, 'Unknown outlet' when none could be found",
    "date": "ISO date string at its own precision (YYYY, YYYY-MM or YYYY-MM-DD)",
    "date_precision": "'year', 'month', 'day' or None",
    "language": "ISO 639-1 code",
    "title": "title, or the first sentence when the article has none",
    "word_count": "number of words",
    "sentiment": "mean sentence compound (VADER), None for unsupported languages",
    "positive_share": "share of sentences with compound >= 0.05",
    "negative_share": "share of sentences with compound <= -0.05",
    "terminology_index": "author-voice word-choice index in [-1, 1], None without evidence",
    "terminology_hits": "weighted number of author-voice terms behind the index",
    "quotes": "number of quotations",
    "source": "file path, row or URL the article was read from",
    "url": "article URL when known",
}


# Added by ``articles_frame(records, with_text=True)`` (distinctive words, same story, context).
TEXT_COLUMN = {"text": "cleaned article text; every offset in the record points into it"}


def articles_frame(records: Iterable[dict], *, with_text: bool = False) -> pd.DataFrame:
    """Return one row per record with the columns of ``ARTICLE_COLUMNS``, in that order.

    ``with_text=True`` appends the ``text`` column (``TEXT_COLUMN``), needed by
    ``framing.compare`` functions that read words.
    """
    rows = []
    texts = []
    for r in _dicts(records):
        sentiment = r.get("sentiment") or {}
        rows.append(
            {
                "id": r["id"],
                "outlet": r.get("outlet") or UNKNOWN_OUTLET,
                "date": r.get("date"),
                "date_precision": r.get("date_precision"),
                "language": r.get("language"),
                "title": r.get("title") or _first_sentence(r),
                "word_count": r.get("word_count", 0),
                "sentiment": sentiment.get("compound"),
                "positive_share": sentiment.get("positive_share"),
                "negative_share": sentiment.get("negative_share"),
                "terminology_index": r.get("terminology_index"),
                "terminology_hits": r.get("terminology_hits") or 0.0,
                "quotes": len(r.get("quotes") or []),
                "source": r.get("source"),
                "url": r.get("url"),
            }
        )
        if with_text:
            texts.append(r.get("text") or "")
    frame = pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))
    for column in ("sentiment", "positive_share", "negative_share", "terminology_index", "terminology_hits"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    frame["word_count"] = frame["word_count"].astype("int64")
    frame["quotes"] = frame["quotes"].astype("int64")
    if with_text:
        frame["text"] = pd.Series(texts, dtype=object)
    return frame


def _first_sentence(record: dict) -> str:
    sentences = record.get("sentences") or []
    text = record.get("text") or ""
    if sentences:
        first = sentences[0]
        text = text[first["start"] : first["end"]]
    return text[:120] + ("…" if len(text) > 120 else "")


# Article columns repeated on every row of the frames below, so each can be
# grouped by outlet, language or date without a join.
_CONTEXT_COLUMNS = {
    "article_id": "id of the article",
    "outlet": "outlet name, 'Unknown outlet' when none could be found",
    "article_language": "ISO 639-1 code of the article",
    "date": "ISO date string at its own precision (YYYY, YYYY-MM or YYYY-MM-DD)",
    "date_precision": "'year', 'month', 'day' or None",
}

# One row per contested-term occurrence (``record["terms"]``).
TERM_COLUMNS = {
    **_CONTEXT_COLUMNS,
    "language": "language of the lexicon entry that matched (the article's when absent)",
    "referent": "lexicon referent id: the thing named (e.g. the capital of Ukraine)",
    "variant": "lexicon variant id: the name chosen for it",
    "term": "label of the variant",
    "text": "the words as written in the article",
    "start": "offset of the match in the article text",
    "end": "end offset of the match in the article text",
    "pole": "pole id of the variant in the active lexicon pack",
    "category": "lexicon category id",
    "voice": "'author', 'quoted' or 'distanced'",
    "weight": "weight of the variant (0, 0.25, 0.5 or 1)",
}

# One row per quotation (``record["quotes"]``).
QUOTE_COLUMNS = {
    **_CONTEXT_COLUMNS,
    "quote_index": "position of the quote in the article (0-based)",
    "speaker": "resolved speaker name, None when no speaker was found",
    "speaker_text": "speaker as written in the article",
    "side": "side of the speaker's actor ('unknown' when not resolved, 'unattributed' without speaker)",
    "kind": "'direct', 'indirect' or 'mixed'",
    "text": "the quoted words",
    "words": "number of quoted words",
    "start": "offset of the quote in the article text",
    "end": "end offset of the quote in the article text",
}

# One row per actor cited in an article (``record["actors"]``).
ACTOR_COLUMNS = {
    **_CONTEXT_COLUMNS,
    "name": "canonical actor name",
    "side": "actor side (russia, ukraine, usa, eu, expert, …; 'unknown' when absent)",
    "roles": "roles joined by '; '",
    "mentions": "number of mentions in the article",
    "quotes": "number of quotes attributed to the actor in the article",
    "sentiment": "actor-targeted sentiment (mean compound around its mentions), NaN when none",
    "surface_forms": "spellings found in the article, joined by '; '",
    "gazetteer_id": "id in the reviewed actor gazetteer, None when unresolved",
}

# One row per sentence (``record["sentences"]``).
SENTENCE_COLUMNS = {
    **_CONTEXT_COLUMNS,
    "sentence_index": "position of the sentence in the article (0-based)",
    "start": "offset of the sentence in the article text",
    "end": "end offset of the sentence in the article text",
    "compound": "VADER compound of the sentence, NaN when not scored",
}


def terms_frame(records: Iterable[dict]) -> pd.DataFrame:
    """Return one row per contested-term occurrence with the columns of ``TERM_COLUMNS``."""
    rows = []
    for r in _dicts(records):
        context = _context(r)
        for t in r.get("terms") or []:
            rows.append((*context, t.get("language") or context[2], t.get("referent"),
                         t.get("variant"), t.get("term"), t.get("text"), t.get("start"), t.get("end"),
                         t.get("pole"), t.get("category"), t.get("voice"), t.get("weight")))
    frame = pd.DataFrame(rows, columns=list(TERM_COLUMNS))
    frame["weight"] = pd.to_numeric(frame["weight"], errors="coerce").astype("float64")
    return _int_columns(frame, ("start", "end"))


def quotes_frame(records: Iterable[dict]) -> pd.DataFrame:
    """Return one row per quotation with the columns of ``QUOTE_COLUMNS``.

    ``side`` comes from the article's actor whose name or surface form is the
    quote's speaker; the record's quotes carry names, the actors carry sides.
    """
    rows = []
    for r in _dicts(records):
        context = _context(r)
        sides = speaker_sides(tuple(CitedActor.from_dict(a) for a in r.get("actors") or [] if isinstance(a, dict)))
        for i, q in enumerate(r.get("quotes") or []):
            text = q.get("text") or ""
            rows.append((*context, i, q.get("speaker"), q.get("speaker_text"), quote_side(Quote.from_dict(q), sides),
                         q.get("kind"), text, word_count(text),
                         q.get("start"), q.get("end")))
    frame = pd.DataFrame(rows, columns=list(QUOTE_COLUMNS))
    return _int_columns(frame, ("quote_index", "words", "start", "end"))


def actors_frame(records: Iterable[dict]) -> pd.DataFrame:
    """Return one row per actor of each article with the columns of ``ACTOR_COLUMNS``.

    Counts given as lists are counted; a sentiment given as a mapping uses its
    ``compound`` (or ``mean``) entry.
    """
    rows = []
    for r in _dicts(records):
        context = _context(r)
        for a in r.get("actors") or []:
            rows.append((*context, a.get("name"), a.get("side") or "unknown",
                         _joined(a.get("roles")), _count(a.get("mentions")), _count(a.get("quotes")),
                         _score(a.get("sentiment")), _joined(a.get("surface_forms")),
                         a.get("gazetteer_id")))
    frame = pd.DataFrame(rows, columns=list(ACTOR_COLUMNS))
    frame["sentiment"] = pd.to_numeric(frame["sentiment"], errors="coerce").astype("float64")
    return _int_columns(frame, ("mentions", "quotes"))


def sentences_frame(records: Iterable[dict]) -> pd.DataFrame:
    """Return one row per sentence with the columns of ``SENTENCE_COLUMNS``."""
    rows = []
    for r in _dicts(records):
        context = _context(r)
        for i, s in enumerate(r.get("sentences") or []):
            rows.append((*context, i, s.get("start"), s.get("end"), s.get("compound")))
    frame = pd.DataFrame(rows, columns=list(SENTENCE_COLUMNS))
    frame["compound"] = pd.to_numeric(frame["compound"], errors="coerce").astype("float64")
    return _int_columns(frame, ("sentence_index", "start", "end"))


def _context(record: dict) -> tuple:
    return (record["id"], record.get("outlet") or UNKNOWN_OUTLET, record.get("language"),
            record.get("date"), record.get("date_precision"))


def _int_columns(frame: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    # Nullable integers: a missing offset stays missing instead of turning the column to float.
    for column in columns:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
    return frame


def _joined(value: object) -> str | None:
    """Strings joined by '; '; a mapping item gives its ``role``, ``title`` or ``name``."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        value = value.values()
    return "; ".join(_label(v) for v in value)  # type: ignore[union-attr]


def _label(item: object) -> str:
    if isinstance(item, Mapping):
        return str(item.get("role") or item.get("title") or item.get("name") or "")
    return str(item)


def _count(value: object) -> int | None:
    if value is None or isinstance(value, Real):
        return value
    return len(value)  # type: ignore[arg-type]


def _score(value: object) -> float | None:
    if isinstance(value, Mapping):
        value = value.get("compound", value.get("mean"))
    return value if isinstance(value, Real) else None


def _dicts(records: Iterable[Record | dict]) -> Iterable[dict]:
    """Return the records in their JSON form (builders in tests write dicts directly)."""
    return (r.to_dict() if isinstance(r, Record) else r for r in records)
