"""Reported speech: the parts of a text that report what a source said, without quotation marks.

"Moscow said it had liberated the town", "according to the ministry, the Kiev
regime …", « selon Dmitri Peskov, la dénazification se poursuit », « … , a-t-il
déclaré »: the label is the source's claim relayed by the outlet, not the
outlet's own word choice. Each reporting cue (``framing.text.reporting``)
outside a quotation marks a span of its sentence as reported content:

* a source preposition ("according to X", « selon X », « d'après X »): the
  whole sentence but the source itself (from the cue to the next comma);
* a French inversion (« …, a-t-il déclaré », « dit-elle »): the sentence before it;
* a speech verb after a comma and a short speaker ("…, Moscow said on
  Thursday", « …, a indiqué le ministère »): the sentence before the comma;
  when the verb is an incise ("The regime, Zakharova said, is …") the rest
  of the sentence too;
* any other speech verb ("X said (that) …", "X claimed that …", « X a affirmé
  que … »): the rest of the sentence after it. The speaker before the verb
  stays the author's wording ("the Kremlin-installed governor said …").

English noun homographs of cues ("state media", "reports of") count only
before *that* / *que*. Method: the content span of Pareti's (2016, PARC 3.0)
cue–source–content attribution model, bounded by the sentence.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from framing.text.marks import Quotation
from framing.text.reporting import ReportingCue, reporting_cues
from framing.text.sentences import split_sentences
from framing.text.tokens import WORD_RUN

__all__ = ["ReportedSpans", "reported_spans"]

_THAT = re.compile(r"^\s*(?:,\s*)?(?:\w+ly\s+)?(?:that|que|qu['’])\b", re.IGNORECASE)
_THAT_ANYWHERE = re.compile(r"\b(?:that|que|qu['’])", re.IGNORECASE)
# Cue forms that are more often nouns or adjectives ("state media", "reports of", "the claims").
_HOMOGRAPHS = frozenset(
    "state states report reports note notes charge charges estimate estimates promise promises "
    "claim claims post posts comment comments reply replies warning maintain remind "
    "annonce juge avance rappel".split())
# A speaker between a comma and a trailing cue, and what may follow it, in words.
_MAX_SPEAKER_WORDS = 6
_MAX_TAIL_WORDS = 9


class ReportedSpans:
    """Merged ``(start, end)`` spans of reported content, looked up with ``bisect``."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(s for s in spans if s[0] < s[1]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self.starts = [s for s, _ in merged]
        self.ends = [e for _, e in merged]

    def covers(self, start: int, end: int) -> bool:
        """Return whether ``[start, end)`` lies inside one reported span."""
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and end <= self.ends[i]

    def __len__(self) -> int:
        return len(self.starts)


def reported_spans(text: str, *, language: str | None, quotes: Sequence[Quotation] = ()) -> ReportedSpans:
    """Return the reported-content spans of ``text`` (see module docstring); cues inside a
    quotation are the quoted speaker's and mark nothing."""
    cues = [c for c in reporting_cues(text, language=language or "") if not _inside(c, quotes)]
    if not cues:
        return ReportedSpans([])
    sentences = split_sentences(text)
    starts = [s.start for s in sentences]
    spans: list[tuple[int, int]] = []
    for cue in cues:
        i = bisect.bisect_right(starts, cue.start) - 1
        if i < 0 or cue.start >= sentences[i].end:
            continue
        spans += _cue_spans(text, cue, sentences[i].start, sentences[i].end)
    return ReportedSpans(spans)


def _inside(cue: ReportingCue, quotes: Sequence[Quotation]) -> bool:
    return any(q.inner_start <= cue.start and cue.end <= q.inner_end for q in quotes)


def _cue_spans(text: str, cue: ReportingCue, lo: int, hi: int) -> list[tuple[int, int]]:
    """Return the reported spans one cue marks in its sentence ``text[lo:hi]``."""
    before, after = text[lo:cue.start], text[cue.end:hi]
    word = text[cue.start:cue.end].lower()
    if word in _HOMOGRAPHS and not _THAT.match(after):
        return []
    if cue.source:
        comma = after.find(",")
        return [(lo, cue.start), (cue.end + comma, hi)] if comma >= 0 else [(lo, cue.start)]
    if cue.inverted:
        return [(lo, cue.start)]
    comma = _speaker_comma(before)
    if comma is None:
        return [(cue.end, hi)]
    spans = [(lo, lo + comma)]
    tail = after.lstrip()
    incise = tail.startswith(",")
    short = len(WORD_RUN.findall(after)) <= _MAX_TAIL_WORDS and not _THAT_ANYWHERE.search(after)
    if incise or not short:
        spans.append((cue.end, hi))
    return spans


def _speaker_comma(before: str) -> int | None:
    """Return the offset of the comma that a short speaker and the cue follow, or ``None``."""
    comma = max(before.rfind(","), before.rfind("—"), before.rfind("–"))
    if comma < 0 or not before[:comma].strip():
        return None
    speaker = before[comma + 1:]
    return comma if len(WORD_RUN.findall(speaker)) <= _MAX_SPEAKER_WORDS else None
