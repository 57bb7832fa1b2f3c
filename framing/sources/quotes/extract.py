"""Quotes in news text: direct, partial, multi-paragraph, block, indirect and mixed.

Each quote comes with the reporting cue that introduces it and the *zone* of
text where its speaker is expected, so that attribution (``attribute.py``) only
has to decide who is named there. Direct and partial quotes come from
quotation marks (``direct.py``), indirect and mixed ones from cues framing a
clause (``frames.py``). Method: the cue–source–content model of attribution
relations (Pareti 2016, PARC 3.0), with surface rules in place of a parser, as
in the Gender Gap Tracker's regex patterns (Asr et al. 2021) and textacy's
``direct_quotations``.
"""

from __future__ import annotations

import re

from framing.sources.quotes.direct import direct, partial, sentence_like
from framing.sources.quotes.doc import Doc, Spans, direct_candidate
from framing.sources.quotes.indirect import frames
from framing.sources.quotes.model import Layout, QuoteCandidate, layout
from framing.sources.quotes.verbs import ReportingVerbs
from framing.sources.quotes.words import CUE_WORDS, word_pattern

__all__ = ["QuoteCandidate", "extract_quotes"]

# "is due to warn", "will also say", « doit annoncer »: planned or hypothetical speech, not a quote.
_PLANNED = re.compile(rf"(?<![\w'’])(?:{word_pattern(CUE_WORDS.planned_markers)})\s+(?:[\w-]+ly\s+|also\s+|aussi\s+|encore\s+)?$",
                      re.IGNORECASE)
# A quotation without a cue needs this many words (and to read as a sentence) to be a quote.
_UNFRAMED_WORDS = 8


def extract_quotes(
    text: str,
    *,
    language: str | None,
    verbs: ReportingVerbs | None = None,
    laid: Layout | None = None,
) -> list[QuoteCandidate]:
    """Return the quotes of ``text`` in order (no two overlapping), for English or French.

    ``laid`` is the text's ``layout`` when the caller has it already.
    Unsupported languages and empty texts give an empty list.
    """
    if language not in ("en", "fr") or not text.strip():
        return []
    doc = Doc.of(laid if laid is not None else layout(text, language=language, verbs=verbs))
    found: list[QuoteCandidate] = []
    taken = Spans()
    embedded = []
    for q in doc.top:
        if doc.in_caption(q.start):
            continue
        candidate = direct(doc, q)
        if candidate is None:
            embedded.append(q)
        else:
            found.append(candidate)
            taken.add(candidate.start, candidate.end)
    for frame in frames(doc):
        if not taken.overlaps(frame.start, frame.end):
            found.append(frame)
            taken.add(frame.start, frame.end)
    for q in embedded:
        if taken.contains(q.start, q.end):
            continue
        if (cued := partial(doc, q)) is not None:
            found.append(cued)
            taken.add(cued.start, cued.end)
        elif q.words >= _UNFRAMED_WORDS and sentence_like(text, q):
            # A long, sentence-like quotation without a cue is still a (speakerless) quote.
            found.append(direct_candidate(doc, q, "none", None, None, "unframed"))
            taken.add(q.start, q.end)
    return sorted((c for c in found if not _planned(text, c)), key=lambda c: c.start)


def _planned(text: str, candidate: QuoteCandidate) -> bool:
    """Return whether the quote's cue is planned or hypothetical speech ("Biden is due to warn …")."""
    cue = candidate.cue
    return cue is not None and _PLANNED.search(text, max(0, cue.start - 40), cue.start) is not None
