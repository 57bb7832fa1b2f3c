"""Quotation spans in raw article text, and whether a short one is a scare quote.

Recognised marks: straight ``"…"``, curly ``“…”``, guillemets ``« … »`` and
``‹ … ›`` (with or without (non-breaking) spaces inside), and single quotes
``‘…’`` / ``'…'`` when they are used as quotation marks rather than apostrophes
(``don't``, ``l'Otan``, ``Kiev's``, ``Rus'`` and ``aujourd'hui`` are not quotes).

The scan is one left-to-right pass with a stack of open marks. Ambiguous
straight marks are resolved with CommonMark's "flanking" rules (an opener is
followed by a non-space, a closer preceded by one); straight and curly single
marks must also not sit inside a word. A quotation may run over several
paragraphs when each continued paragraph re-opens with the same mark (the
English convention; for guillemets ``«`` or ``»``), and curly or guillemet
quotes may cross a few hard line breaks. An opening mark still unclosed at a
paragraph end that does not continue it is abandoned, so one stray mark never
swallows the rest of a long text.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from framing.text.tokens import word_count

__all__ = ["Quotation", "containing", "is_scare_quote", "quotations"]

_QUOTE_CHARS = "\"'“”‘’«»‹›"
_BREAK_CHARS = "\n\r\u2028\u2029\x85"
_TOKEN = re.compile(rf"[{_QUOTE_CHARS}]|[{_BREAK_CHARS}](?:[^\S{_BREAK_CHARS}]*[{_BREAK_CHARS}])*")

# Internal kinds; ``guillemet1`` (‹ ›) is reported as ``guillemet``.
_OPENER = {"“": "curly", "«": "guillemet", "‹": "guillemet1", "‘": "single"}
_CLOSER = {"”": "curly", "»": "guillemet", "›": "guillemet1", "’": "single"}
_REOPEN = {
    "double": '"',
    "curly": "“",
    "guillemet": "«»",
    "guillemet1": "‹›",
    "single": "'‘",
}
_MARK = {"guillemet1": "guillemet"}
# Hard-wrapped lines a curly/guillemet quote may cross without re-opening marks.
_MAX_WRAPPED_LINES = 3
# Real prose never nests quotes this deep; the cap bounds work on hostile input.
_MAX_DEPTH = 16


@dataclass(frozen=True, slots=True)
class Quotation:
    """One quotation: ``text[start:end]`` includes both marks.

    ``inner_start``/``inner_end`` bound the quoted words, without the padding
    spaces French typography puts inside guillemets. ``depth`` is 0 for an
    outermost quotation; ``paragraphs`` counts the text lines it touches.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    mark: str
    depth: int
    paragraphs: int
    words: int

    def inner(self, text: str) -> str:
        """Return the quoted words (the text between the marks)."""
        return text[self.inner_start : self.inner_end]


@dataclass(slots=True)
class _Open:
    kind: str
    start: int
    lines: int = 1
    wrapped: int = 0


def quotations(text: str) -> list[Quotation]:
    """Return every quotation in ``text``, sorted by start (outer before inner).

    Method: one pass over quote marks and line breaks with a stack of open
    marks (see the module docstring). Quotations with nothing inside are dropped.
    """
    spans: list[tuple[int, int, str, int]] = []
    stack: list[_Open] = []
    counts: dict[str, int] = dict.fromkeys(_REOPEN, 0)
    skip: set[int] = set()
    for token in _TOKEN.finditer(text):
        pos, char = token.start(), token.group()
        if char[0] in _BREAK_CHARS:
            _cross_break(text, token, stack, counts, skip)
            continue
        if pos in skip:
            continue
        kind, action = _classify(text, pos, counts)
        if action == "close":
            _close(pos, kind, stack, counts, spans)
        elif action == "open" and len(stack) < _MAX_DEPTH:
            stack.append(_Open(kind, pos))
            counts[kind] += 1
    return _finished(text, spans)


def _classify(text: str, pos: int, counts: dict[str, int]) -> tuple[str, str | None]:
    """Return ``(kind, 'open' | 'close' | None)`` for the quote mark at ``pos``."""
    char = text[pos]
    before = text[pos - 1] if pos else ""
    after = text[pos + 1] if pos + 1 < len(text) else ""
    left, right = _left_flanking(before, after), _right_flanking(before, after)
    if char == '"':
        # Squashed paragraphs ('…years."In response') still close an open mark.
        if counts["double"] and not _is_space(before):
            return "double", "close"
        return "double", "open" if left else None
    if char == "'" or char in "‘’":
        # Apostrophes sit inside words (don't, l'Otan) or after one (Rus', Russians').
        opens = left and not _is_wordlike(before) and char != "’"
        closes = right and not _is_wordlike(after) and char != "‘" and counts["single"] > 0
        if closes:
            return "single", "close"
        return "single", "open" if opens else None
    if char in _OPENER:
        kind = _OPENER[char]
        # A sloppy “ used as a closer: “foo“ bar.
        if kind == "curly" and counts["curly"] and right and not left:
            return kind, "close"
        return kind, "open"
    kind = _CLOSER[char]
    # A sloppy ” used as an opener: ”foo”.
    if kind == "curly" and not counts["curly"] and left and not right:
        return kind, "open"
    return kind, "close" if counts[kind] else None


def _is_space(char: str) -> bool:
    return not char or char.isspace()


def _is_punct(char: str) -> bool:
    return bool(char) and unicodedata.category(char)[0] in "PS"


def _is_wordlike(char: str) -> bool:
    return bool(char) and (char.isalnum() or unicodedata.category(char)[0] == "M")


def _left_flanking(before: str, after: str) -> bool:
    """Return whether a mark between ``before`` and ``after`` can open (CommonMark rule)."""
    if _is_space(after):
        return False
    return not _is_punct(after) or _is_space(before) or _is_punct(before)


def _right_flanking(before: str, after: str) -> bool:
    """Return whether a mark between ``before`` and ``after`` can close (CommonMark rule)."""
    if _is_space(before):
        return False
    return not _is_punct(before) or _is_space(after) or _is_punct(after)


def _close(
    pos: int,
    kind: str,
    stack: list[_Open],
    counts: dict[str, int],
    spans: list[tuple[int, int, str, int]],
) -> None:
    """Close the innermost open mark of ``kind``; marks opened inside it are abandoned."""
    while stack:
        item = stack.pop()
        counts[item.kind] -= 1
        if item.kind == kind:
            spans.append((item.start, pos + 1, item.kind, item.lines))
            return


def _cross_break(
    text: str,
    token: re.Match[str],
    stack: list[_Open],
    counts: dict[str, int],
    skip: set[int],
) -> None:
    """Carry open marks over a line break, or abandon them.

    A mark continues when the next paragraph re-opens with it (outermost first,
    as in “…¶“…¶“…”); curly and guillemet marks may also cross a few single
    (hard-wrap) line breaks. Everything else is abandoned here.
    """
    if not stack:
        return
    run = token.group()
    blank = run.count("\n") + run.count("\r") - run.count("\r\n") > 1 or "\u2029" in run
    pos = token.end()
    kept: list[_Open] = []
    reopening = True
    for item in stack:
        while pos < len(text) and text[pos] in " \t\u00a0\u202f":
            pos += 1
        if reopening and pos < len(text) and text[pos] in _REOPEN[item.kind]:
            skip.add(pos)
            pos += 1
            item.lines += 1
            kept.append(item)
            continue
        reopening = False
        wraps = item.kind in ("curly", "guillemet", "guillemet1")
        if wraps and not blank and item.wrapped < _MAX_WRAPPED_LINES:
            item.wrapped += 1
            item.lines += 1
            kept.append(item)
        else:
            counts[item.kind] -= 1
    stack[:] = kept


def _finished(text: str, spans: list[tuple[int, int, str, int]]) -> list[Quotation]:
    """Return the spans as ``Quotation`` records with inner bounds and depths."""
    result: list[Quotation] = []
    ends: list[int] = []
    for start, end, kind, lines in sorted(spans, key=lambda s: (s[0], -s[1])):
        inner_start, inner_end = start + 1, end - 1
        while inner_start < inner_end and text[inner_start].isspace():
            inner_start += 1
        while inner_end > inner_start and text[inner_end - 1].isspace():
            inner_end -= 1
        if inner_start == inner_end:
            continue
        while ends and ends[-1] <= start:
            ends.pop()
        inner = text[inner_start:inner_end]
        mark = _MARK.get(kind, kind)
        result.append(
            Quotation(start, end, inner_start, inner_end, mark, len(ends), lines, word_count(inner))
        )
        ends.append(end)
    return result


def containing(quotes: Iterable[Quotation], start: int, end: int) -> list[Quotation]:
    """Return the quotations whose inner span covers ``[start, end)``, outermost first."""
    return [q for q in quotes if q.inner_start <= start and end <= q.inner_end]


# --- scare quotes ---------------------------------------------------------

_FINAL = re.compile(r"[!?…]|(?<!\b\w)\.(?=\s|$)")
_REPORTING_EN = (
    r"says?|said|saying|told|tells?|add(?:s|ed)|stat(?:es|ed)|warn(?:s|ed)|call(?:s|ed)|"
    r"describ(?:es|ed)|according\s+to|claim(?:s|ed)|insist(?:s|ed)|not(?:es|ed)|wrote|writes|"
    r"explain(?:s|ed)|declar(?:es|ed)|assert(?:s|ed)|argu(?:es|ed)|accus(?:es|ed)|"
    r"condemn(?:s|ed)|denounc(?:es|ed)|urg(?:es|ed)|announc(?:es|ed)|stress(?:es|ed)|"
    r"emphasi[sz](?:es|ed)|recall(?:s|ed)|repli(?:es|ed)|respond(?:s|ed)|tweet(?:s|ed)|"
    r"reiterat(?:es|ed)|acknowledg(?:es|ed)|admit(?:s|ted)|suggest(?:s|ed)|pointed\s+out|"
    r"conclud(?:es|ed)|affirm(?:s|ed)|quot(?:es|ed|ing)|in\s+the\s+words\s+of|termed|dubbed"
)
_REPORTING_FR = (
    r"(?:a|ont|avait|avaient|aurait)(?:-t-(?:il|elle|ils|elles|on))?\s+(?:\w+\s+)?dit|"
    r"dit-(?:il|elle|ils|elles|on)|selon|d['’]après|"
    r"(?:déclar|affirm|ajout|estim|soulign|indiqu|précis|expliqu|assur|martel|dénonc|"
    r"déplor|insist|annonc|confi|rappel|accus|qualifi|répét)(?:é|ée|és|ées|e|ent)|"
    r"averti|prévenu|reconnu|écrit|poursuivi|répondu|conclu|fait\s+(?:savoir|valoir)"
)
_REPORTING = re.compile(rf"\b(?:{_REPORTING_EN}|{_REPORTING_FR})\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\b[A-Z])[.!?…](?=\s)|\n")
# A sentence never needs more context than this to find its verb.
_WINDOW = 400


def is_scare_quote(text: str, q: Quotation, *, max_words: int = 4) -> bool:
    """Return whether ``q`` is a scare quote rather than a partial quotation.

    True when the quoted words are at most ``max_words``, contain no
    sentence-final punctuation, and the sentence around them has no reporting
    verb (said, told, according to, a déclaré, selon, …) and no colon before
    the quote that would attribute the words to a speaker. Method: the
    distinction drawn in journalism style guides (e.g. AP, "quotation marks")
    between partial quotes, which are attributed, and scare quotes, which are not.
    """
    if not 0 < q.words <= max_words:
        return False
    if _FINAL.search(q.inner(text)):
        return False
    before, after = _sentence_around(text, q)
    if ":" in before:
        return False
    return not (_REPORTING.search(before) or _REPORTING.search(after))


def _sentence_around(text: str, q: Quotation) -> tuple[str, str]:
    """Return the parts of ``q``'s sentence before and after the quotation."""
    lo = max(0, q.start - _WINDOW)
    before = text[lo : q.start]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    after = text[q.end : q.end + _WINDOW]
    if end := _SENTENCE_END.search(after):
        after = after[: end.start() + 1]
    return before, after
