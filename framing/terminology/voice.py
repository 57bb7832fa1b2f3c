"""Whose word is it: the author's, a quoted speaker's, or one the author keeps at a distance.

``voice`` of a term occurrence is:

* ``quoted`` inside a quotation that is not a scare quote: someone else's words;
* ``distanced`` inside a scare quote (``quotation.is_scare_quote``), or right
  after a leading distancing marker (EN *so-called*, *what Moscow calls*,
  *which Russia describes as*, *dubbed by Moscow*; FR *soi-disant*, *dite*,
  *ce que Moscou appelle*, *que le Kremlin qualifie de* …) or right before a
  trailing one (*as Moscow calls it*, *the Kremlin's term for*, *selon la
  terminologie du Kremlin*); see ``markers`` for the list and the gap rules.
  A short quotation introduced or followed by such a marker ("what Moscow
  calls its “special military operation”") is distanced too: the marker, not
  a speaker, is what the quote marks serve;
* ``reported`` inside indirect or mixed speech attributed to a source, named or
  not ("Moscow said it had liberated the town", "according to the ministry",
  "X claimed that", « selon X », « X a affirmé que », « …, a-t-il déclaré »;
  see ``reported``): the outlet relays the label, it does not adopt it. A
  *spelling* (a place name) stays ``author`` there: the reporter chose how to
  write "Kyiv" even in someone else's claim; only quotation marks make it
  the speaker's;
* ``author`` otherwise.

A quoted speaker's own scare quotes and markers stay ``quoted``: the words are
the speaker's either way. Quotations and markers are found once per text and
looked up per hit with ``bisect``, so the cost stays linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from framing.terminology.markers import Markers, gap_allows, markers_in, trailing_marker_at
from framing.terminology.reported import reported_spans
from framing.text.marks import Quotation, is_scare_quote, quotations

__all__ = ["AUTHOR", "DISTANCED", "QUOTED", "REPORTED", "SPELLING_CATEGORIES", "VOICES", "voices"]

AUTHOR, QUOTED, DISTANCED, REPORTED = "author", "quoted", "distanced", "reported"
VOICES = (AUTHOR, QUOTED, DISTANCED, REPORTED)
# Lexicon categories whose variants are spellings: the writer's choice even in reported speech.
SPELLING_CATEGORIES = frozenset({"place-names"})

_Q = "\"'“”‘’«»‹›"
# Between a term and a trailing marker: spaces, quote marks, commas, dashes, brackets.
_GAP_AFTER = re.compile(rf"[\s{_Q},()\[\]—–-]*")
# A quotation this short next to a marker is the marker's, not a speaker's.
_MAX_MARKED_QUOTE_WORDS = 6
# A leading marker further back than this many markers, or characters, never governs a term.
_LOOKBACK = 3
_MAX_GAP = 160


def voices(
    text: str,
    spans: Sequence[tuple[int, int]],
    *,
    quotes: Sequence[Quotation] | None = None,
    max_scare_words: int = 4,
    language: str | None = None,
    spellings: Sequence[bool] | None = None,
) -> list[str]:
    """Return the voice of each ``(start, end)`` span of ``text`` (see module docstring).

    ``spans`` must be sorted by start and non-overlapping (as term matches are).
    ``quotes`` may pass ``quotation.quotations(text)`` when the caller already has it.
    Reported speech is found for ``language`` (``en``/``fr``; none without it);
    ``spellings`` marks the spans that stay ``author`` in reported speech.
    """
    if not spans:
        return []
    if quotes is None:
        quotes = quotations(text)
    reported = reported_spans(text, language=language, quotes=quotes)
    spelling = list(spellings) if spellings is not None else [False] * len(spans)
    enclosing = _enclosing_quotations(quotes, spans) if quotes else [[]] * len(spans)
    markers = markers_in(text)
    scare: dict[int, bool] = {}
    result = []
    for (start, end), around, is_spelling in zip(spans, enclosing, spelling, strict=True):
        before = _marker_before(text, start, markers)
        after = _marker_after(text, end, markers)
        spoken = [q for q in around
                  if not scare.setdefault(q.start, is_scare_quote(text, q, max_words=max_scare_words))]
        if spoken:
            outer = spoken[0]
            marked = outer.words <= _MAX_MARKED_QUOTE_WORDS and (
                (before is not None and before <= outer.start)
                or (after is not None and after >= outer.end))
            result.append(DISTANCED if marked else QUOTED)
        elif around or before is not None or after is not None:
            result.append(DISTANCED)
        elif not is_spelling and reported.covers(start, end):
            result.append(REPORTED)
        else:
            result.append(AUTHOR)
    return result


def _marker_before(text: str, start: int, markers: Markers) -> int | None:
    """Return the end of a leading marker that governs a term at ``start``, or ``None``."""
    ends = markers.leading_ends
    i = bisect.bisect_right(ends, start) - 1
    for j in range(i, max(-1, i - _LOOKBACK), -1):
        if start - ends[j] > _MAX_GAP:
            break
        if gap_allows(markers.leading_rules[j], text[ends[j] : start]):
            return ends[j]
    return None


def _marker_after(text: str, end: int, markers: Markers) -> int | None:
    """Return the start of a trailing marker ("as Moscow calls it") right after ``end``, or ``None``."""
    gap = _GAP_AFTER.match(text, end)
    pos = gap.end() if gap else end
    return pos if pos > end and trailing_marker_at(markers, pos) else None


def _enclosing_quotations(
    quotes: Sequence[Quotation], spans: Sequence[tuple[int, int]]
) -> list[list[Quotation]]:
    """Return, per span, the quotations whose inner text covers it, outermost first (a sweep)."""
    result: list[list[Quotation]] = []
    stack: list[Quotation] = []
    i = 0
    for start, end in spans:
        while i < len(quotes) and quotes[i].inner_start <= start:
            while stack and stack[-1].inner_end <= quotes[i].inner_start:
                stack.pop()
            stack.append(quotes[i])
            i += 1
        while stack and stack[-1].inner_end <= start:
            stack.pop()
        result.append([q for q in stack if q.inner_start <= start and end <= q.inner_end])
    return result
