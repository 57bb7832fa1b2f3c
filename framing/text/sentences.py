"""A rule-based sentence splitter for English and French news text.

It follows the classic period-disambiguation rules (Grefenstette & Tapanainen
1994; Kiss & Strunk's Punkt uses the same cues): a full stop ends a sentence
unless it closes a known abbreviation, an initial or a dotted acronym, or is
followed by a lower-case word. Paragraph breaks always end a sentence. Closing
quotation marks stay with the sentence they close (``“No,” he said.`` is one
sentence), and a run-on ``word.Next`` from scraped pages is split.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Titles and abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    ["mr", "mrs", "ms", "dr", "prof", "st", "gen", "col", "lt", "sgt", "capt", "maj", "cmdr", "adm", "sen", "rep", "gov", "pres", "jr", "sr", "rev", "hon", "messrs", "mme", "mmes", "mlle", "mlles", "mm", "me", "pr", "dr", "vs", "etc", "al", "no", "nos", "vol", "fig", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "inc", "ltd", "corp", "co", "dept", "est", "ste", "av", "bd", "ibid", "cf", "env"]
)
_CLOSERS = "\"'”’»)]"
_OPENERS = "\"'“‘«([—–-"
_BOUNDARY = re.compile(
    r"""(?P<end>[.!?…]+|\.\.\.)(?P<close>[\"'”’»)\]\s\u00a0]*?[\"'”’»)\]]*)(?P<space>\s+)(?=\S)"""
    r"""|(?P<para>\n\s*\n)""",
    re.UNICODE,
)
# "Ukrainians".The / process again.On: scraped text with the space lost.
_RUN_ON = re.compile(r"[a-zà-ÿ]{2}[\"”’»]?(?P<dot>[.!?])[\"”’»]?(?=[A-ZÀ-Ý][a-zà-ÿ])")
_WORD_BEFORE = re.compile(r"([\w.'’-]+)$")


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence as offsets into the text it was split from."""

    start: int
    end: int


def split_sentences(text: str) -> list[Sentence]:
    """Return the sentences of ``text`` as offset spans, leading/trailing spaces trimmed.

    Every span satisfies ``0 <= start < end <= len(text)``; spans are ordered and
    do not overlap. Empty or whitespace-only text gives no sentences.
    """
    cuts = sorted({*_boundaries(text), *_run_on_boundaries(text)})
    spans: list[Sentence] = []
    start = 0
    for cut in [*cuts, len(text)]:
        span = _trimmed(text, start, cut)
        if span:
            spans.append(span)
        start = cut
    return spans


def _boundaries(text: str) -> list[int]:
    cuts = []
    for match in _BOUNDARY.finditer(text):
        if match["para"]:
            cuts.append(match.end())
            continue
        next_char = text[match.end()] if match.end() < len(text) else ""
        if not _opens_sentence(next_char):
            continue
        if match["end"] == "." and _is_abbreviation(text, match.start("end")):
            continue
        # Cut after the closing quotes, before the space, so quotes stay with their sentence.
        cuts.append(match.start("space"))
    return cuts


def _run_on_boundaries(text: str) -> list[int]:
    return [m.end() for m in _RUN_ON.finditer(text) if not _is_abbreviation(text, m.start("dot"))]


def _opens_sentence(char: str) -> bool:
    return bool(char) and (char.isupper() or char.isdigit() or char in _OPENERS)


def _is_abbreviation(text: str, dot: int) -> bool:
    """True when the full stop at ``dot`` closes an abbreviation, initial or acronym."""
    match = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    if not match:
        return False
    word = match.group(1).strip("'’-")
    if not word:
        return False
    bare = word.rstrip(".")
    if bare.casefold() in _ABBREVIATIONS:
        return True
    if len(bare) == 1 and bare.isalpha() and bare.isupper():
        return True  # an initial: "J. Smith", "M. Kuleba"
    # Dotted acronyms: U.S., U.N., a.m., J.-Y.
    return "." in bare and all(len(part) <= 2 for part in re.split(r"[.-]", bare) if part)


def _trimmed(text: str, start: int, end: int) -> Sentence | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Sentence(start, end) if start < end else None
