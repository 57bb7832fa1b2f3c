"""Layout and clause boundaries for quote extraction: paragraphs, caption lines,
sentence and clause starts, and where a reported clause begins and ends.

Functions take the text with the inside of quotations masked (see ``masked``)
so that punctuation inside a quotation never cuts the author's sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable

from framing.sources.quotes.verbs import Cue
from framing.sources.quotes.words import CUE_WORDS, word_pattern
from framing.text.marks import Quotation

__all__ = [
    "caption_lines",
    "clause_start",
    "content_end",
    "crosses_sentence",
    "indirect_content_start",
    "is_attribution_line",
    "last_sentence_start",
    "masked",
    "paragraphs",
    "tail_end",
]

_UPPER_WORD = r"[A-ZÀ-ÖØ-ÞĀ-ſА-Я][\w'’.-]*"
_PARTICLE = r"(?:de|du|des|da|dos|van|von|der|den|le|la|bin|ibn|ben|al|el)"
_NAME_HEAD = re.compile(rf"^{_UPPER_WORD}(?:\s+(?:{_PARTICLE}\s+)?{_UPPER_WORD}){{0,4}}$")
# A sentence ends at . ! ? … (not after Mr, Dr, M or an initial), before a space.
# The look-behinds follow the mark (and include it) so that ``re`` can skip to the marks.
_SENTENCE_END = re.compile(
    r"[.!?…](?<!\bMr.)(?<!\bMrs.)(?<!\bMs.)(?<!\bDr.)(?<!\bSt.)(?<!\bGen.)(?<!\bCol.)(?<!\bMme.)(?<!\b[A-Z].)"
    r"[\"”»’)]*(?=\s)|\n"
)
_BOUNDARY = re.compile(
    r";|\n\s*\n|,\s+(?:and|but|while|whereas|et|mais|tandis\s+qu['’e]|alors\s+qu['’e]|or)\s+|\b(?:while|whereas|tandis\s+que)\s+",
    re.IGNORECASE,
)
_CONTENT_STOP = re.compile(
    r";|,\s+(?:while|whereas|tandis\s+qu['’e]|alors\s+qu['’e]|according\s+to|selon|d['’]après)\s+", re.IGNORECASE
)
_TAIL_STOP = re.compile(_SENTENCE_END.pattern + r"|[“«\"]")
# The complementizer, not the relative pronoun ("ce que Moscou appelle" is no reported clause).
_THAT = {
    "en": re.compile(r"\bthat\b", re.IGNORECASE),
    "fr": re.compile(r"(?<!\bce )(?<!\bce  )\bqu(?:e\b|['’])", re.IGNORECASE),
}
_FR_INFINITIVE = re.compile(r"^\s+(?:(?:ne\s+pas|n['’]|pas|ne|y|en|se|s['’]|l['’]|le|la|les|lui)\s*)*(?:avoir|être|\w{2,}(?:er|ir|re))\b")
_EN_OBJECT = re.compile(
    rf"^\s+(?:(?:{word_pattern(CUE_WORDS.addressees)}|(?:the\s+)?(?:[A-Z][\w'’.-]*\s*){{1,4}})\s+)(?=\S)"
)
_AUX_FIRST = re.compile(
    r"\s*(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do|been)\b",
    re.IGNORECASE,
)
# A clause has a subject pronoun, an auxiliary or a past form early on.
_CLAUSE_HINT = re.compile(
    r"^\s*(?:(?:he|she|it|they|we|i|you)\b|(?:\S+\s+){1,8}?(?:is|are|was|were|had|has|have|would|will|could|"
    r"can|did|does|do|must|should|may|might|\w+ed)\b)",
    re.IGNORECASE,
)


_MASKABLE = re.compile(r"[^\n\r]")


def masked(text: str, quotes: list[Quotation]) -> str:
    """Return ``text`` with the words inside top-level quotations replaced by ``x`` (same length)."""
    pieces, pos = [], 0
    for q in quotes:
        if q.depth != 0:
            continue
        if q.inner_start < pos:  # not sorted and disjoint: mark character by character
            return _masked_chars(text, quotes)
        pieces += [text[pos : q.inner_start], _MASKABLE.sub("x", text[q.inner_start : q.inner_end])]
        pos = q.inner_end
    pieces.append(text[pos:])
    return "".join(pieces)


def _masked_chars(text: str, quotes: list[Quotation]) -> str:
    chars = list(text)
    for q in quotes:
        if q.depth == 0:
            for i in range(q.inner_start, q.inner_end):
                if chars[i] not in "\n\r":
                    chars[i] = "x"
    return "".join(chars)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Return the ``(start, end)`` of every non-empty line, stripped."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group()
        if line.strip():
            lead = len(line) - len(line.lstrip())
            spans.append((match.start() + lead, match.start() + len(line.rstrip())))
    return spans


def is_attribution_line(line: str) -> bool:
    """Return whether a paragraph is only a name, optionally with ", title" (a caption or byline).

    "Antony Blinken, US Secretary of State", "Clement Bon", "— Jean-Yves Le
    Drian, Minister of Foreign Affairs": at most 14 words, no quotation mark,
    no final full stop, and a head of one to five capitalised words.
    """
    line = line.strip().lstrip("—–-").strip()
    if not line or len(line.split()) > 14 or re.search(r"[\"“”«»]|[.!?…:;]$", line):
        return False
    head = line.split(",", 1)[0].strip()
    first = head.split()[0].casefold() if head else ""
    return bool(_NAME_HEAD.match(head)) and first not in CUE_WORDS.attribution_line_stops and not re.search(r"[|/]", line)


def caption_lines(text: str, paras: Iterable[tuple[int, int]] | None = None) -> list[tuple[int, int]]:
    """Return the spans of caption, attribution and credit lines ("to France Inter").

    ``paras`` are the text's ``paragraphs`` when already computed.
    """
    spans = []
    for start, end in paragraphs(text) if paras is None else paras:
        line = text[start:end]
        credit = len(line.split()) <= 6 and re.match(r"^(?:to|à|on|sur|via|with|avec)\s+[A-ZÀ-Þ]", line)
        if credit or is_attribution_line(line):
            spans.append((start, end))
    return spans


def last_sentence_start(text: str, lo: int, pos: int) -> int:
    """Return where the sentence containing ``pos`` starts (not before ``lo``), in masked text."""
    start = lo
    for match in _SENTENCE_END.finditer(text, lo, pos):
        start = match.end()
    while start < pos and text[start].isspace():
        start += 1
    return start


def sentence_marks(text: str) -> list[tuple[int, int]]:
    """Return the spans of every sentence-end mark of a (masked) text, for ``start_after_mark``."""
    return [m.span() for m in _SENTENCE_END.finditer(text)]


def start_after_mark(text: str, marks: list[tuple[int, int]], starts: list[int], lo: int, pos: int) -> int:
    """Return ``last_sentence_start(text, lo, pos)`` from the precomputed ``sentence_marks``.

    A mark counts when it lies in ``[lo, pos)`` and, unless it is a line
    break, the white space its look-ahead needs is before ``pos`` too.
    """
    start = lo
    i = bisect_right(starts, pos) - 1
    while i >= 0 and marks[i][0] >= lo:
        s, e = marks[i]
        if e < pos or (e == pos and text[s] == "\n"):
            start = e
            break
        i -= 1
    while start < pos and text[start].isspace():
        start += 1
    return start


def crosses_sentence(mtext: str, a: int, b: int) -> bool:
    """Return whether a sentence boundary lies between ``a`` and ``b`` (masked text)."""
    return _SENTENCE_END.search(mtext, a, b) is not None


def clause_start(text: str, lo: int, cue_start: int) -> int:
    """Return the start of the clause whose subject precedes the cue at ``cue_start``."""
    start = lo
    for match in _BOUNDARY.finditer(text, lo, cue_start):
        start = match.end()
    return start


def content_end(text: str, start: int, sentence_end: int) -> int:
    """Return where a reported clause starting at ``start`` ends: the sentence end or a contrast."""
    stop = _CONTENT_STOP.search(text, start, sentence_end)
    return stop.start() if stop else sentence_end


def tail_end(mtext: str, start: int, limit: int) -> int:
    """Return the end of the sentence that continues after a closing quote mark (or the next quote)."""
    nxt = _TAIL_STOP.search(mtext, start, limit)
    return nxt.end() if nxt else limit


_PRONOUN_FIRST = re.compile(r"\s+(?:he|she|they|it|we|i)\s", re.IGNORECASE)
_SUBJECT_WORD = re.compile(r"\b(?:[A-ZÀ-Þ]\w+|he|she|they|il|elle|ils|elles)\b")
_CLAUSE_PUNCT = re.compile(r"[.!?;:]")
_MARK_FIRST = re.compile(r"\s*[:“«\"]")
_NOT_CLAUSE_FIRST = re.compile(r"\s+(?:as|so|of|about|for|to|it|nothing|something|this|that)\b", re.IGNORECASE)


def indirect_content_start(
    text: str,
    cue: Cue,
    end: int,
    *,
    language: str,
    next_cue: int | None = None,
    bare: frozenset[str] = frozenset(),
    objects: frozenset[str] = frozenset(),
) -> int | None:
    """Return where the clause reported by ``cue`` starts, or None when no clause follows.

    English: after "that" within twelve words (past an addressee or adjuncts:
    "told reporters that", "said during his visit … that"), else right after
    the cue and its addressee ("said technical progress had been made", "told
    Polar Star she had voted"). French: after "que/qu'" within eight words, or
    at an infinitive ("a affirmé vouloir", "dit avoir tout perdu"). ``bare`` are
    the lemmas that report a clause without "that", ``objects`` those that take
    an addressee first (flags of ``data/reporting_verbs.yaml``).
    """
    window = text[cue.end : end]
    if language == "en" and _PRONOUN_FIRST.match(window) and cue.lemma != "tell":
        return cue.end  # "residents said they had little faith that …": the clause has begun
    that = _THAT[language].search(window)
    limit = 12 if language == "en" else 8
    # "The Kremlin said Putin told Macron that …": the clause starts after "said".
    nested = (
        next_cue is not None and that is not None and next_cue < cue.end + that.start()
        and _SUBJECT_WORD.search(text, cue.end, next_cue) is not None
    )
    if that and not nested and len(window[: that.start()].split()) <= limit and not _CLAUSE_PUNCT.search(window, 0, that.start()):
        return cue.end + that.end()
    if language == "fr":
        return cue.end if _FR_INFINITIVE.match(window) else None
    if cue.lemma not in bare or _MARK_FIRST.match(window):
        return None
    if _NOT_CLAUSE_FIRST.match(window):
        return None
    start = cue.end
    if cue.lemma in objects:
        obj = _EN_OBJECT.match(window)
        if not obj:
            return None
        start += obj.end()
    if _AUX_FIRST.match(text, start, end):
        return None  # "which officials say is shelled": the subject was relativised away
    return start if _CLAUSE_HINT.match(text[start:end]) else None
