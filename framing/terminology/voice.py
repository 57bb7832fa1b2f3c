"""Whose word is it: the author's, a quoted speaker's, or one the author keeps at a distance.

``voice`` of a term occurrence is:

* ``quoted`` inside a quotation that is not a scare quote: someone else's words;
* ``distanced`` inside a scare quote (``quotation.is_scare_quote``), or after a
  distancing marker in the same clause (EN *so-called*, *self-styled*, *what
  Moscow calls*; FR *soi-disant*, *dite*, *ce que Moscou appelle*, …) or
  before a trailing one (*as Moscow calls it*, *selon la terminologie du Kremlin*);
* ``author`` otherwise.

A quoted speaker's own scare quotes and markers stay ``quoted``: the words are
the speaker's either way. Markers are found once per text (one regex pass) and
looked up per hit with ``bisect``, so the cost stays linear in the text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from framing.quotation import Quotation, is_scare_quote, quotations

__all__ = ["AUTHOR", "DISTANCED", "QUOTED", "VOICES", "voices"]

AUTHOR, QUOTED, DISTANCED = "author", "quoted", "distanced"
VOICES = (AUTHOR, QUOTED, DISTANCED)

_Q = "\"'“”‘’«»‹›"
_AGENT = r"(?:[\w'’.-]+\s+){0,4}?"
_MARKERS_EN = (
    r"so[\s-]+called|self[\s-]+styled|self[\s-]+proclaimed|so[\s-]+termed|"
    r"(?:kremlin|moscow|russia)[\s-]+(?:described|termed|styled|dubbed)|"
    rf"what\s+{_AGENT}(?:calls?|called|terms?|termed|dubs|dubbed|labels?|labell?ed|"
    r"describes?\s+as|described\s+as|refers?\s+to\s+as|referred\s+to\s+as)"
)
_MARKERS_FR = (
    r"soi[\s-]+disante?s?|prétendue?s?|auto[\s-]*proclamée?s?|"
    rf"ce\s+qu(?:e\s+|['’]){_AGENT}(?:appellent|appelle|nomment|nomme|qualifient\s+d(?:e|['’])|"
    r"qualifie\s+d(?:e|['’])|désigne\s+comme)|"
    r"qualifiée?s?\s+(?:par\s+\S+\s+)?d(?:e\s|['’])|"
    r"selon\s+la\s+terminologie\s+(?:du|de\s+la|de)\s+\S+|"
    # "dit(e)" is a marker right before the term, but not "a dit", "dit que".
    r"(?<!\ba\s)(?<!\bont\s)(?<!\bavait\s)dite?s?(?=\s*[«“\"]?\s*(?!que\b|qu['’])\w)"
)
_MARKER = re.compile(rf"\b(?:{_MARKERS_EN}|{_MARKERS_FR})", re.IGNORECASE)
_TRAILING = re.compile(
    r"\b(?:as\s+(?:it\s+is\s+called\s+(?:by|in)|" + _AGENT + r"(?:calls?|called|terms?|termed)\s+it)|"
    r"comme\s+(?:l['’]appellent?|la\s+nomment?|la\s+qualifient?)|"
    r"selon\s+la\s+terminologie\s+(?:du|de\s+la|de))\b",
    re.IGNORECASE,
)
# Between a marker and the term: at most two words ("so-called humanitarian
# corridors", "what Moscow calls its operation") and quote marks, no clause break.
_GAP_BEFORE = re.compile(rf",?(?:[\s{_Q}]+[\w'’-]+){{0,2}}[\s{_Q}]*(?:[dl]['’])?")
_GAP_AFTER = re.compile(rf"[\s{_Q},]*")


def voices(text: str, spans: Sequence[tuple[int, int]], *, max_scare_words: int = 4) -> list[str]:
    """Return the voice of each ``(start, end)`` span of ``text`` (see module docstring).

    ``spans`` must be sorted by start and non-overlapping (as term matches are).
    """
    if not spans:
        return []
    quotes = quotations(text)
    enclosing = _enclosing_quotations(quotes, spans) if quotes else [[]] * len(spans)
    before_ends = [m.end() for m in _MARKER.finditer(text)]
    after_starts = [m.start() for m in _TRAILING.finditer(text)]
    scare: dict[int, bool] = {}
    result = []
    for (start, end), around in zip(spans, enclosing, strict=True):
        kinds = [scare.setdefault(q.start, is_scare_quote(text, q, max_words=max_scare_words))
                 for q in around]
        if not all(kinds):
            result.append(QUOTED)
        elif (kinds or (before_ends and _marked_before(text, start, before_ends))
              or (after_starts and _marked_after(text, end, after_starts))):
            result.append(DISTANCED)
        else:
            result.append(AUTHOR)
    return result


def _marked_before(text: str, start: int, marker_ends: list[int]) -> bool:
    """Return whether the last marker ending before ``start`` is close enough, in the same clause."""
    i = bisect.bisect_right(marker_ends, start) - 1
    return i >= 0 and _GAP_BEFORE.fullmatch(text, marker_ends[i], start) is not None


def _marked_after(text: str, end: int, marker_starts: list[int]) -> bool:
    """Return whether a trailing marker ("as Moscow calls it") follows ``end`` directly."""
    i = bisect.bisect_left(marker_starts, end)
    return i < len(marker_starts) and _GAP_AFTER.fullmatch(text, end, marker_starts[i]) is not None


def _enclosing_quotations(
    quotes: list[Quotation], spans: Sequence[tuple[int, int]]
) -> list[list[Quotation]]:
    """Return, per span, the quotations whose inner text covers it (a sweep: quotes nest)."""
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
