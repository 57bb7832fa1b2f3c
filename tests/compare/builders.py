"""Hand-built records for the comparison tests: only the fields ``framing.compare`` reads."""

from __future__ import annotations

import re

POLES = {"kremlin": 1, "ukraine": -1, "neutral": 0}


def term(text: str, *, pole: str, voice: str = "author", weight: float = 1.0,
         referent: str = "kyiv", variant: str | None = None, language: str = "en", start: int = 0) -> dict:
    """One ``record["terms"]`` entry."""
    return {"term": text, "text": text, "start": start, "end": start + len(text), "pole": pole,
            "category": "place-names", "voice": voice, "weight": weight, "referent": referent,
            "variant": variant or text.lower(), "language": language}


def quote(text: str, *, speaker: str | None, kind: str = "direct") -> dict:
    """One ``record["quotes"]`` entry."""
    return {"speaker": speaker, "speaker_text": speaker, "text": text, "kind": kind, "start": 0,
            "end": len(text)}


def actor(name: str, side: str | None, *, sentiment: float | None = None, mentions: int = 1) -> dict:
    """One ``record["actors"]`` entry with ``mentions`` mentions (the record's list of spans)."""
    spans = [{"start": 0, "end": len(name), "text": name, "polarity": "neutral", "score": 0.0}] * mentions
    return {"name": name, "side": side, "roles": [], "mentions": spans, "quotes": 0,
            "surface_forms": [name], "sentiment": sentiment, "gazetteer_id": None}


def record(article_id: str, outlet: str | None, *, text: str = "", language: str = "en",
           date: str | None = "2022-03-07", index: float | None = None,
           compound: float | None = None, terms=(), quotes=(), actors=(), title: str = "") -> dict:
    """A record with only the fields the comparison functions read."""
    precision = {4: "year", 7: "month", 10: "day"}.get(len(date or ""))
    return {
        "id": article_id, "source": f"{article_id}.txt", "outlet": outlet, "url": None, "date": date,
        "date_precision": precision, "language": language, "title": title or text[:40],
        "text": text, "word_count": len(text.split()),
        "sentiment": None if compound is None else {"model": "test", "compound": compound,
                                                     "positive_share": 0.0, "negative_share": 0.0},
        "sentences": [{"start": 0, "end": len(text), "compound": compound}] if text else [],
        "terms": list(terms), "terminology_index": index, "terminology_hits": float(len(terms)),
        "quotes": list(quotes), "actors": list(actors),
    }


def event(record: dict) -> str:
    """The demo event of a record, from its file name (``2022-09-30-referendums-annexation.txt``)."""
    name = record["source"].replace("\\", "/").rsplit("/", 1)[-1]
    return re.sub(r"^\d{4}-\d{2}(?:-\d{2})?-", "", name.removesuffix(".txt"))
