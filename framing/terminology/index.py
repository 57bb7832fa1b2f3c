"""The terminology index: which side's vocabulary an outlet uses in its own voice.

Method: a signed, weighted mean shrunk towards 0 by the amount of evidence.
Each author-voice hit contributes its pole's sign (+1, −1 or 0) times its
weight (0, 0.25, 0.5 or 1); the index is ``Σ(sign·weight) / (Σ(weight) + k)``
over author-voice hits with non-zero weight, with ``k = EVIDENCE_PRIOR`` = 1.
It lies in (−1, 1) and is ``None`` when there is no such hit.

Why the ``+ k``: without it one weak term ("Kiev" in an English article)
scores ±1 exactly like an article full of strong markers, so a low-evidence
article would look as aligned as a propaganda piece. Adding ``k`` is additive
smoothing (as in Laplace's rule of succession): it is as if every article also
contained one strong term's worth of neutral wording, so the index approaches
±1 only as consistent evidence accumulates (one strong marker: ±0.5; six:
±0.86). ``terminology_hits`` (Σ weight) is reported beside it.

Weak evidence: an index that rests on fewer than ``WEAK_EVIDENCE_BELOW`` = 2
weighted hits (Σ weight < 2: one strong marker, or a few weak ones) is
labelled "weak evidence" wherever it is shown; outlet means can be taken over
the other articles only (``framing.compare.evidence``). Two strong markers
are the least evidence that can show a consistent choice rather than one word.

Quoted, distanced and reported hits are left out on purpose. The index measures the
outlet's own word choice: a term inside a quotation is the speaker's choice,
not the outlet's, and a term in scare quotes or after "so-called" is explicitly
not adopted, and a label in reported speech ("Moscow said it had liberated
the town") is relayed, not chosen. Counting any of them would make an outlet
that reports (or mocks) the other side's vocabulary look like it shares it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Protocol

from framing.terminology.voice import AUTHOR

__all__ = ["EVIDENCE_PRIOR", "WEAK_EVIDENCE_BELOW", "TerminologyIndex", "terminology_index", "weak_evidence"]

# Pseudo-weight of neutral evidence added to the denominator (see module docstring).
EVIDENCE_PRIOR = 1.0
# An index resting on less weighted evidence than this is "weak evidence" (module docstring).
WEAK_EVIDENCE_BELOW = 2.0


class _Hit(Protocol):
    @property
    def pole(self) -> str: ...
    @property
    def weight(self) -> float: ...
    @property
    def voice(self) -> str: ...


@dataclass(frozen=True, slots=True)
class TerminologyIndex:
    """The index (``None`` without evidence), its weighted evidence and the weight per pole."""

    index: float | None
    weighted_hits: float
    author_hits: int
    by_pole: dict[str, float] = field(default_factory=dict)


def terminology_index(hits: Iterable[_Hit], *, signs: Mapping[str, int]) -> TerminologyIndex:
    """Return the terminology index of ``hits`` given each pole's sign (see module docstring).

    ``weighted_hits`` is Σ(weight) over author-voice hits, the index's
    denominator; ``author_hits`` counts them (zero weights included);
    ``by_pole`` sums their weights per pole.
    """
    own = [h for h in hits if h.voice == AUTHOR]
    by_pole: dict[str, float] = {}
    for hit in own:
        by_pole[hit.pole] = by_pole.get(hit.pole, 0.0) + hit.weight
    total = math.fsum(h.weight for h in own)
    if total <= 0:
        return TerminologyIndex(None, 0.0, len(own), by_pole)
    signed = math.fsum(signs[h.pole] * h.weight for h in own)
    index = max(-1.0, min(1.0, signed / (total + EVIDENCE_PRIOR)))
    return TerminologyIndex(index, total, len(own), by_pole)


def weak_evidence(weighted_hits: float) -> bool:
    """Return whether an index resting on ``weighted_hits`` (Σ weight) is weak evidence (< 2)."""
    return weighted_hits < WEAK_EVIDENCE_BELOW
