"""The Method page's worked example: one article's terms and how its terminology index comes out.

The index follows ``framing.terminology.index``: Σ(sign × weight) ÷ (Σ weight + 1) over
the author-voice terms; this module lays the same sum out line by line, for a reader
to follow with a pencil.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

import pandas as pd

from framing.record import Record
from framing.terminology import TermHit

__all__ = ["WorkedExample", "example_article", "worked_example"]


@dataclass(frozen=True)
class WorkedExample:
    """``terms``: one row per term (as written, pole, voice, weight, sign, counts, contribution);
    ``pull``: Σ(sign × weight) of the counted terms; ``weight``: Σ weight; ``index``: pull ÷ (weight + 1)."""

    terms: pd.DataFrame
    pull: float
    weight: float
    index: float | None


def worked_example(record: Record, *, signs: Mapping[str, int], pole_labels: Mapping[str, str]) -> WorkedExample:
    """Return the terminology index of ``record`` computed step by step from its terms.

    Only author-voice terms count (``counts``); a quoted or distanced term is listed with
    the reason it does not. The index is None when no counted term has a weight.
    """
    rows = []
    for term in record.terms:
        voice = str(term.voice or "")
        weight = float(term.weight or 0.0)
        sign = int(signs.get(str(term.pole), 0))
        counts = voice == "author"
        rows.append({
            "as written": term.text or "",
            "pole": pole_labels.get(str(term.pole), str(term.pole)),
            "voice": voice,
            "weight": weight,
            "sign": sign,
            "counts": "yes" if counts else f"no ({voice}: not the outlet's own word)",
            "sign × weight": sign * weight if counts else 0.0,
        })
    terms = pd.DataFrame(rows, columns=["as written", "pole", "voice", "weight", "sign", "counts", "sign × weight"])
    counted = terms[terms["counts"] == "yes"]
    pull = float(counted["sign × weight"].sum()) if len(counted) else 0.0
    weight = float(counted["weight"].sum()) if len(counted) else 0.0
    return WorkedExample(terms, pull, weight, pull / (weight + 1.0) if weight > 0 else None)


def example_article(records: Iterable[Record], *, signs: Mapping[str, int], language: str = "en") -> Record | None:
    """Return a short article of ``language`` whose own words use both poles (fewest such terms
    first, then by id), or any article with a weighted author-voice term; None if there is none."""
    def own(record: Record) -> list[TermHit]:
        return [t for t in record.terms if t.voice == "author" and (t.weight or 0) > 0]

    records = list(records)
    candidates = [r for r in records if r.language == language and len(own(r)) >= 2]
    both = [r for r in candidates if {signs.get(str(t.pole), 0) for t in own(r)} >= {1, -1}]
    pool = both or candidates or [r for r in records if own(r)]
    return min(pool, key=lambda r: (len(own(r)), r.word_count or 0, str(r.id))) if pool else None
