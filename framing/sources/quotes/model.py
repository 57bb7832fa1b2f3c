"""What quote extraction and attribution share: a text laid out once, and the quote record.

``layout`` computes, once per text, everything the quote and mention analysers
read: quotation spans (``framing.text.marks.quotations``), the text with the
inside of quotations masked, the reporting cues, paragraphs, caption lines and
sentences. Passing it around instead of recomputing it in each analyser keeps
the analysis of an article well under a millisecond.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from framing.sources.quotes.clauses import caption_lines, masked, paragraphs
from framing.sources.quotes.verbs import Cue, ReportingVerbs, load_verbs
from framing.text.marks import Quotation, quotations
from framing.text.sentences import split_sentences

__all__ = ["Layout", "QuoteCandidate", "layout"]


class QuoteCandidate(NamedTuple):
    """A quote and where to look for its speaker.

    ``start``/``end`` bound the quote (with its marks for direct quotes, the
    reported clause otherwise); ``content_start``/``content_end`` bound its text.
    ``zone`` is the speaker's expected span and ``speaker_at`` how to read it:
    "after" (inverted: speaker after the cue), "before" (subject before the
    cue), "line" (an attribution line after a block quote), "sentence" (the
    main clause's subject, for gerunds and colons), or "none" (a floating quote).
    """

    start: int
    end: int
    content_start: int
    content_end: int
    kind: str
    speaker_at: str
    zone: tuple[int, int] | None
    cue: Cue | None
    rule: str
    paragraph: int

    def content(self, text: str) -> str:
        """Return the quoted text."""
        return text[self.content_start : self.content_end]


@dataclass(frozen=True, slots=True)
class Layout:
    """One text prepared for quote extraction, attribution and mention finding.

    ``top`` are the outermost quotations; ``masked`` is the text with their
    inside replaced by ``x``; ``cues`` are all reporting cues (also those
    inside quotations); spans are ``(start, end)`` offsets into ``text``.
    """

    text: str
    language: str
    quotations: tuple[Quotation, ...]
    top: tuple[Quotation, ...]
    masked: str
    cues: tuple[Cue, ...]
    paragraphs: tuple[tuple[int, int], ...]
    captions: tuple[tuple[int, int], ...]
    sentences: tuple[tuple[int, int], ...]
    verbs: ReportingVerbs
    _starts: tuple[int, ...] = field(default=(), repr=False)

    def paragraph_at(self, pos: int) -> int | None:
        """Return the index of the paragraph containing ``pos`` (ends inclusive), or None."""
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos <= self.paragraphs[i][1]:
            return i
        return None


def layout(
    text: str,
    *,
    language: str,
    verbs: ReportingVerbs | None = None,
    sentences: list[tuple[int, int]] | None = None,
    quotes: Sequence[Quotation] | None = None,
) -> Layout:
    """Return the layout of ``text``; ``sentences`` (the record's spans) and ``quotes`` (its
    ``quotation.quotations``) spare a second split and a second quotation scan."""
    verbs = verbs or load_verbs()
    found = tuple(quotes) if quotes is not None else tuple(quotations(text))
    top = tuple(q for q in found if q.depth == 0)
    paras = tuple(paragraphs(text))
    spans = tuple(sentences) if sentences else tuple((s.start, s.end) for s in split_sentences(text))
    return Layout(
        text, language, found, top, masked(text, list(top)), tuple(verbs.cues(text, language=language)),
        paras, tuple(caption_lines(text, paras)), spans, verbs, tuple(s for s, _ in paras),
    )
