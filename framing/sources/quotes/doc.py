"""The working state of quote extraction over one laid-out text.

``Doc`` wraps a ``Layout`` (see ``model.py``) with what extraction needs on top:
the cues outside quotations and the set of cues already used by a quote.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field

from framing.sources.quotes.clauses import sentence_marks, start_after_mark
from framing.sources.quotes.model import Layout, QuoteCandidate
from framing.sources.quotes.verbs import Cue, ReportingVerbs
from framing.text.marks import Quotation

__all__ = ["LEAD_PUNCT", "Doc", "Spans", "direct_candidate"]

LEAD_PUNCT = re.compile(r"^[\s,;:.!?…—–-]*")


@dataclass(slots=True)
class Doc:
    """One text prepared for extraction: quotations, masked text, cues and layout."""

    text: str
    mtext: str
    language: str
    top: tuple[Quotation, ...]
    cues: list[Cue]
    paras: tuple[tuple[int, int], ...]
    captions: tuple[tuple[int, int], ...]
    sentences: tuple[tuple[int, int], ...]
    verbs: ReportingVerbs
    used: set[int] = field(default_factory=set)
    _para_starts: list[int] = field(default_factory=list)
    _sentence_starts: list[int] = field(default_factory=list)
    _marks: list[tuple[int, int]] = field(default_factory=list)
    _mark_starts: list[int] = field(default_factory=list)
    _quote_starts: list[int] = field(default_factory=list)
    _caption_starts: list[int] = field(default_factory=list)
    _all_cues: tuple[Cue, ...] = ()
    _cue_starts: list[int] = field(default_factory=list)
    _all_cue_starts: list[int] = field(default_factory=list)

    @classmethod
    def of(cls, laid: Layout) -> Doc:
        """Return the extraction state of a laid-out text (cues inside quotations left out)."""
        spans = [(q.start, q.end) for q in laid.top]
        cues = [c for c in laid.cues if not _inside_any(spans, c.start)]
        marks = sentence_marks(laid.masked)
        return cls(
            laid.text, laid.masked, laid.language, laid.top, cues, laid.paragraphs, laid.captions,
            laid.sentences, laid.verbs, set(), [s for s, _ in laid.paragraphs], [s for s, _ in laid.sentences],
            marks, [s for s, _ in marks], [q.start for q in laid.top], [s for s, _ in laid.captions], laid.cues,
            [c.start for c in cues], [c.start for c in laid.cues],
        )

    def cues_in(self, lo: int, hi: int) -> list[Cue]:
        """Return the cues (outside quotations) starting in ``[lo, hi)``, in order."""
        return self.cues[bisect_left(self._cue_starts, lo) : bisect_left(self._cue_starts, hi)]

    def quote_index(self, q: Quotation) -> int:
        """Return the index of the top-level quotation ``q`` in ``top``."""
        return bisect_left(self._quote_starts, q.start)

    def sentence_start(self, lo: int, pos: int) -> int:
        """Return where the (masked-text) sentence containing ``pos`` starts, not before ``lo``."""
        return start_after_mark(self.mtext, self._marks, self._mark_starts, lo, pos)

    def paragraph(self, pos: int) -> int:
        """Return the index of the paragraph containing ``pos`` (the last one if none)."""
        i = bisect_right(self._para_starts, pos) - 1
        if i >= 0 and pos < self.paras[i][1]:
            return i
        return max(0, len(self.paras) - 1)

    def sentence(self, pos: int) -> tuple[int, int] | None:
        """Return the sentence span containing ``pos``, or None."""
        i = bisect_right(self._sentence_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i][1]:
            return self.sentences[i]
        return None

    def inner_cues(self, q: Quotation) -> list[Cue]:
        """Return the cues inside the quotation ``q`` (left out of ``cues``), in order."""
        lo, hi = bisect_right(self._all_cue_starts, q.inner_start), bisect_left(self._all_cue_starts, q.inner_end)
        return [c for c in self._all_cues[lo:hi] if c.end <= q.inner_end]

    def inside(self, pos: int) -> bool:
        """Return whether ``pos`` is strictly inside a top-level quotation (they are disjoint, in order)."""
        i = bisect_right(self._quote_starts, pos - 1) - 1
        return i >= 0 and pos < self.top[i].end - 1

    def in_caption(self, pos: int) -> bool:
        """Return whether ``pos`` is on a caption or attribution line."""
        i = bisect_right(self._caption_starts, pos) - 1
        return i >= 0 and pos < self.captions[i][1]


def _inside_any(spans: list[tuple[int, int]], pos: int) -> bool:
    """Return whether ``pos`` is strictly inside one of ``spans`` (sorted and disjoint)."""
    i = bisect_left(spans, (pos,)) - 1
    return i >= 0 and pos < spans[i][1]


class Spans:
    """A growing set of ``(start, end)`` spans, asked whether a span overlaps or contains another.

    Kept sorted by start; a look-up only visits the spans that start within
    the longest span's length before the end asked about, so checking every
    quote of a long text stays close to linear.
    """

    def __init__(self) -> None:
        self._spans: list[tuple[int, int]] = []
        self._longest = 0

    def add(self, start: int, end: int) -> None:
        insort(self._spans, (start, end))
        self._longest = max(self._longest, end - start)

    def _near(self, start: int, end: int):
        i = bisect_left(self._spans, (end,)) - 1
        while i >= 0 and self._spans[i][0] >= start - self._longest:
            yield self._spans[i]
            i -= 1

    def overlaps(self, start: int, end: int) -> bool:
        """Return whether a span shares a character with ``[start, end)``."""
        return any(s < end and start < e for s, e in self._near(start, end))

    def contains(self, start: int, end: int) -> bool:
        """Return whether a span covers ``[start, end)``."""
        return any(s <= start and end <= e for s, e in self._near(start, end + 1))


def direct_candidate(doc: Doc, q: Quotation, speaker_at: str, zone, cue: Cue | None, rule: str) -> QuoteCandidate:
    """Return ``q`` as a direct quote, marking its cue as used."""
    if cue:
        doc.used.add(cue.start)
    return QuoteCandidate(q.start, q.end, q.inner_start, q.inner_end, "direct", speaker_at, zone, cue, rule, doc.paragraph(q.end - 1))
