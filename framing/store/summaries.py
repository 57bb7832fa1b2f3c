"""Per-article summary rows: one article's counts per term cell, quote cell and speaker.

They are the pandas count tables of ``framing.compare`` (``term_cells``,
``quote_cells``, ``speaker_counts``) restricted to one article, so summing
them over any set of articles in SQL gives those tables exactly, and an
"articles with …" count is the number of summary rows.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from framing.record import quote_side, speaker_sides, word_count

__all__ = ["SUMMARY_FIELDS", "author_poles", "quote_cell_rows", "speaker_rows", "term_cell_rows"]

QUOTE_KINDS = ("direct", "indirect", "mixed")


def term_cell_rows(record: dict) -> list[dict]:
    """Return one row per (referent, language, variant, voice) of the article's terms with its
    ``count`` and the variant's ``term`` label, ``pole`` and ``weight``."""
    cells: dict[tuple, dict] = {}
    for item in _items(record, "terms"):
        if item.get("referent") is None or item.get("variant") is None:
            continue
        language = item.get("language") or record.get("language") or "unknown"
        key = (item["referent"], language, item["variant"], item.get("voice"))
        cell = cells.setdefault(key, {"referent": key[0], "term_language": language, "variant": key[2],
                                      "voice": key[3], "term": item.get("term"), "pole": item.get("pole"),
                                      "weight": item.get("weight"), "count": 0})
        cell["count"] += 1
    return list(cells.values())


def quote_cell_rows(record: dict) -> list[dict]:
    """Return one row per (kind, side) of the article's quotes, and per side with kind 'all'."""
    sides = speaker_sides(_items(record, "actors"))
    cells: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for item in _items(record, "quotes"):
        side = quote_side(item, sides)
        words = word_count(item.get("text") or "")
        for kind in ("all", item.get("kind")):
            cells[(kind, side)][0] += 1
            cells[(kind, side)][1] += words
    return [{"kind": kind, "side": side, "quotes": q, "words": w} for (kind, side), (q, w) in cells.items()]


def speaker_rows(record: dict) -> list[dict]:
    """Return one row per resolved speaker of the article: side, quotes by kind, quoted words."""
    sides = speaker_sides(_items(record, "actors"))
    rows: dict[str, dict] = {}
    kinds: dict[str, Counter] = defaultdict(Counter)
    for item in _items(record, "quotes"):
        speaker = item.get("speaker")
        if not isinstance(speaker, str) or not speaker:
            continue
        row = rows.setdefault(speaker, {"speaker": speaker, "side": quote_side(item, sides), "quotes": 0,
                                        "words": 0})
        row["quotes"] += 1
        row["words"] += word_count(item.get("text") or "")
        kinds[speaker][item.get("kind")] += 1
    for speaker, row in rows.items():
        row.update({kind: kinds[speaker][kind] for kind in QUOTE_KINDS})
    return list(rows.values())


def author_poles(record: dict) -> list[str]:
    """Return the poles of the article's author-voice terms of weight > 0, sorted."""
    return sorted({item["pole"] for item in _items(record, "terms")
                   if item.get("voice") == "author" and isinstance(item.get("pole"), str)
                   and isinstance(item.get("weight"), (int, float)) and item["weight"] > 0})


# Summary table → the function that gives one record's rows.
SUMMARY_FIELDS = {"term_cells": term_cell_rows, "quote_cells": quote_cell_rows, "speaker_cells": speaker_rows}


def _items(record: dict, field: str) -> list[dict]:
    return [item for item in record.get(field) or [] if isinstance(item, dict)]
