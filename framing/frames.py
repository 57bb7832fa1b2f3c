"""Records to pandas DataFrames with documented columns, for statistics and charts."""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from framing.outlets import UNKNOWN_OUTLET

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


def articles_frame(records: Iterable[dict]) -> pd.DataFrame:
    """Return one row per record with the columns of ``ARTICLE_COLUMNS``, in that order."""
    rows = []
    for r in records:
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
    frame = pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))
    for column in ("sentiment", "positive_share", "negative_share", "terminology_index", "terminology_hits"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    frame["word_count"] = frame["word_count"].astype("int64")
    frame["quotes"] = frame["quotes"].astype("int64")
    return frame


def _first_sentence(record: dict) -> str:
    sentences = record.get("sentences") or []
    text = record.get("text") or ""
    if sentences:
        first = sentences[0]
        text = text[first["start"] : first["end"]]
    return text[:120] + ("…" if len(text) > 120 else "")
