"""Text normalisation for term matching, with a map back to the original offsets.

Matching is case-, diacritic- and apostrophe-insensitive, so both the article
and the lexicon forms go through the same character map: Unicode case folding,
compatibility decomposition (NFKD) with combining marks dropped, every
apostrophe-like mark to ``'``, every hyphen-like mark to ``-``, every space to
`` `` and every line break to ``\\n``. Because one character may become
several (``ß`` → ``ss``, ``ﬁ`` → ``fi``) or none (a combining accent, a soft
hyphen), the normalised text carries, for each of its characters, the offset
of the original character it came from.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

__all__ = ["NormalizedText", "form_key", "normalized_char", "normalized_form", "normalized_text"]

_APOSTROPHES = frozenset("'’‘ʼʻ`´′‛＇")
_HYPHENS = frozenset("-‐‑‒−﹣－")
_LINE_BREAKS = frozenset("\n\u2028\u2029\x85\v\f")
# Invisible characters that may sit inside a word without splitting it.
_INVISIBLE = frozenset("\u00ad\u200c\u200d\u2060\ufeff")
_SEPARATORS = re.compile(r"[ \-]+")
# Characters that ``casefold`` leaves but matching must still map: all but plain
# printable ASCII and the newline.
_ODD = re.compile(r"[^\n -_a-~]")


class _CharMap(dict[int, str]):
    """A ``str.translate`` table (keyed by code point) that remembers each image it computes."""

    def __missing__(self, code: int) -> str:
        image = normalized_char(chr(code))
        if len(self) < 100_000:  # bounded: hostile text may use every code point
            self[code] = image
        return image


_CHAR_MAP = _CharMap()


def normalized_char(char: str) -> str:
    """Return the normalised image of one character (possibly empty or longer)."""
    special = _special(char)
    if special != char:
        return special
    if unicodedata.combining(char):
        return ""
    decomposed = unicodedata.normalize("NFKD", char.casefold())
    if decomposed == char:
        return char
    # Decomposition can produce marks handled specially (fullwidth hyphen, …).
    return "".join(_special(c) for c in decomposed if not unicodedata.combining(c))


def _special(char: str) -> str:
    """Return the image of apostrophes, hyphens, spaces and invisibles; else ``char``."""
    if char in _APOSTROPHES:
        return "'"
    if char in _HYPHENS:
        return "-"
    if char in _LINE_BREAKS:
        return "\n"
    if char in _INVISIBLE:
        return ""
    if char == "\u200b" or (char.isspace() and char != "\n"):
        return " "
    return char


@dataclass(frozen=True, slots=True)
class NormalizedText:
    """A normalised string and, per character, the original offset it came from.

    ``offsets`` is ``None`` when every character maps to exactly one character
    (the common case), meaning offsets are unchanged.
    """

    text: str
    offsets: tuple[int, ...] | None
    original: str

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Return the original ``(start, end)`` of the normalised span ``[start, end)``.

        The end is extended over combining marks that follow the last character,
        so an accent written as a separate code point stays with its letter.
        """
        if end <= start:
            raise ValueError(f"empty span {start}:{end}")
        if self.offsets is None:
            first, last = start, end - 1
        else:
            first, last = self.offsets[start], self.offsets[end - 1]
        stop = last + 1
        while stop < len(self.original) and unicodedata.combining(self.original[stop]):
            stop += 1
        return first, stop


def normalized_text(text: str) -> NormalizedText:
    """Return ``text`` normalised for matching, with its offset map (see module docstring)."""
    table = _CHAR_MAP
    # Fast path: case-fold the whole string in C, then replace each distinct
    # remaining odd character (accented, curly, exotic space) with ``str.replace``.
    # Exact when every character keeps its length; otherwise map char by char.
    folded = text.casefold()
    if len(folded) == len(text):
        images = {c: table[ord(c)] for c in set(_ODD.findall(folded))}
        if all(len(image) == 1 for image in images.values()):
            for char, image in images.items():
                if char != image:
                    folded = folded.replace(char, image)
            return NormalizedText(folded, None, text)
    images = [table[ord(c)] for c in text]
    if all(len(image) == 1 for image in images):
        return NormalizedText("".join(images), None, text)
    offsets = tuple(i for i, image in enumerate(images) for _ in image)
    return NormalizedText("".join(images), offsets, text)


def normalized_form(form: str) -> str:
    """Return a lexicon form normalised like article text, spaces collapsed and trimmed."""
    return " ".join(form.translate(_CHAR_MAP).split())


def form_key(form: str) -> str:
    """Return the identity of a form: normalised, with hyphens and spaces equivalent."""
    return _SEPARATORS.sub(" ", normalized_form(form)).strip()
