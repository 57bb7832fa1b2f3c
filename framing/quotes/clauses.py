"""Layout and clause boundaries for quote extraction: paragraphs, caption lines,
sentence and clause starts, and where a reported clause begins and ends.

Functions take the text with the inside of quotations masked (see ``masked``)
so that punctuation inside a quotation never cuts the author's sentence.
"""

from __future__ import annotations

import re

from framing.quotation import Quotation
from framing.quotes.verbs import Cue

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
_NOT_NAMES = frozenset(
    "the a an this that these those in on at for from with by as after before during while when but and or "
    "le la les un une des du de dans pour par sur avec selon depuis après avant pendant mais et ou ce cette ces "
    "click connect learn read watch source sources photo video share follow more related live breaking".split()
)
# A sentence ends at . ! ? … (not after Mr, Dr, M or an initial), before a space.
_SENTENCE_END = re.compile(
    r"(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bSt)(?<!\bGen)(?<!\bCol)(?<!\bMme)(?<!\b[A-Z])"
    r"[.!?…][\"”»’)]*(?=\s)|\n"
)
_BOUNDARY = re.compile(
    r";|,\s+(?:and|but|while|whereas|et|mais|tandis\s+qu['’e]|alors\s+qu['’e]|or)\s+|\b(?:while|whereas|tandis\s+que)\s+",
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
    r"^\s+(?:(?:him|her|them|us|me|reporters|journalists|the\s+press|parliament|lawmakers|"
    r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s*){1,4})\s+)(?=\S)"
)
_AUX_FIRST = re.compile(
    r"\s*(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do|been)\b",
    re.IGNORECASE,
)
_TELL = frozenset(["tell", "remind", "assure", "warn", "inform", "promise", "urge"])
# Cues that report a clause even without "that" ("said technical progress had been made").
_BARE_CLAUSE = frozenset(
    ["say", "tell", "add", "claim", "insist", "argue", "warn", "estimate", "write", "state", "assert",
     "suggest", "predict", "reply", "report", "acknowledge", "admit", "concede", "allege", "explain", "note"]
)
# A clause has a subject pronoun, an auxiliary or a past form early on.
_CLAUSE_HINT = re.compile(
    r"^\s*(?:(?:he|she|it|they|we|i|you)\b|(?:\S+\s+){1,8}?(?:is|are|was|were|had|has|have|would|will|could|"
    r"can|did|does|do|must|should|may|might|\w+ed)\b)",
    re.IGNORECASE,
)


def masked(text: str, quotes: list[Quotation]) -> str:
    """Return ``text`` with the words inside top-level quotations replaced by ``x`` (same length)."""
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
    return bool(_NAME_HEAD.match(head)) and first not in _NOT_NAMES and not re.search(r"[|/]", line)


def caption_lines(text: str) -> list[tuple[int, int]]:
    """Return the spans of caption, attribution and credit lines ("to France Inter")."""
    spans = []
    for start, end in paragraphs(text):
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


def indirect_content_start(text: str, cue: Cue, end: int, *, language: str, next_cue: int | None = None) -> int | None:
    """Return where the clause reported by ``cue`` starts, or None when no clause follows.

    English: after "that" within twelve words (past an addressee or adjuncts:
    "told reporters that", "said during his visit … that"), else right after
    the cue and its addressee ("said technical progress had been made", "told
    Polar Star she had voted"). French: after "que/qu'" within eight words, or
    at an infinitive ("a affirmé vouloir", "dit avoir tout perdu").
    """
    window = text[cue.end : end]
    if language == "en" and re.match(r"\s+(?:he|she|they|it|we|i)\s", window, re.IGNORECASE) and cue.lemma != "tell":
        return cue.end  # "residents said they had little faith that …": the clause has begun
    that = _THAT[language].search(window)
    limit = 12 if language == "en" else 8
    # "The Kremlin said Putin told Macron that …": the clause starts after "said".
    nested = (
        next_cue is not None and that is not None and next_cue < cue.end + that.start()
        and re.search(r"\b(?:[A-ZÀ-Þ]\w+|he|she|they|il|elle|ils|elles)\b", text[cue.end : next_cue]) is not None
    )
    if that and not nested and len(window[: that.start()].split()) <= limit and not re.search(r"[.!?;:]", window[: that.start()]):
        return cue.end + that.end()
    if language == "fr":
        return cue.end if _FR_INFINITIVE.match(window) else None
    if cue.lemma not in _BARE_CLAUSE or re.match(r"^\s*[:“«\"]", window):
        return None
    if re.match(r"^\s+(?:as|so|of|about|for|to|it|nothing|something|this|that)\b", window, re.IGNORECASE):
        return None
    start = cue.end
    if cue.lemma in _TELL:
        obj = _EN_OBJECT.match(window)
        if not obj:
            return None
        start += obj.end()
    if _AUX_FIRST.match(text, start, end):
        return None  # "which officials say is shelled": the subject was relativised away
    return start if _CLAUSE_HINT.match(text[start:end]) else None
