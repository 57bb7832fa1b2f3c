"""Text folding for name matching: case, diacritics, apostrophes and dashes.

``fold`` maps every character to exactly one character, so a folded text keeps
the offsets of the original and a match in the folded text is a match in the
original at the same place ("Sergueï" → "sergue i"-free "serguei", "Kyiv’s" →
"kyiv's"). ``name_key`` is the comparison key of a whole name.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["fold", "name_key", "phonetic_key"]

_PUNCT = {
    "’": "'", "‘": "'", "ʼ": "'", "`": "'", "´": "'", "ʻ": "'", "′": "'",
    "‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "―": "-",
    "\u00a0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " ",
}


class _FoldTable(dict):
    """A lazily filled ``str.translate`` table mapping each code point to one character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char in _PUNCT:
            value = _PUNCT[char]
        else:
            stripped = "".join(c for c in unicodedata.normalize("NFKD", char) if not unicodedata.combining(c))
            lowered = (stripped or char).casefold()
            # Keep one character per character so offsets survive ("ß" → "s", "ﬁ" → "f").
            value = lowered[0] if lowered else char
        self[code] = value
        return value


_TABLE = _FoldTable()
_SPACES = re.compile(r"\s+")


# ASCII letters fold by ``str.lower``; everything else (and the backtick) goes through the table.
_SPECIAL = re.compile(r"[^\x00-\x5f\x61-\x7f]")


def fold(text: str) -> str:
    """Return ``text`` case-folded without diacritics, one output character per input character."""
    if len(text) <= 48:
        return _fold_short(text)
    lower = text.lower()
    if len(lower) != len(text):  # "İ" lower-cases to two characters: fold character by character
        return text.translate(_TABLE)
    # Speed: news text is mostly ASCII, which ``str.lower`` folds in C; the rest is looked up.
    return _SPECIAL.sub(_fold_match, lower) if not lower.isascii() or "`" in lower else lower


def _fold_match(match: re.Match[str]) -> str:
    return _TABLE[ord(match.group())]


@lru_cache(maxsize=1 << 16)
def _fold_short(text: str) -> str:
    """Return ``fold`` of a short string (names and words recur: memoised)."""
    return text.translate(_TABLE)


def name_key(text: str) -> str:
    """Return the comparison key of a name: folded, spaces collapsed, dots and edges stripped."""
    return _SPACES.sub(" ", fold(text).replace(".", " ")).strip(" ,;:'-")


# Spelling rules that make English/French transliterations and machine-translation
# variants of one name collide ("Beaune"/"Bon", "Séjourné"/"Ségournet"/"Sigourney").
_PHONETIC = (
    (r"eaux?|aux?|au|eau", "o"),
    (r"ou|oo|u", "u"),
    (r"ph", "f"),
    (r"ck|q|c(?=[aou])|k", "k"),
    (r"c(?=[eiy])", "s"),
    (r"g(?=[eiy])|dj|j|zh|dzh|ge", "j"),
    (r"kh|ch|sh|sch", "x"),
    (r"ts|tz|tc", "z"),
    (r"w|v", "v"),
    (r"y|ie|ii|ei|ey|ai|ay|e", "i"),
    (r"h", ""),
    (r"(.)\1+", r"\1"),
    (r"(?<=.)[tdsx]$", ""),
    (r"(?<=.{3})[aeiou]$", ""),
)
_PHONETIC_RULES = [(re.compile(p), r) for p, r in _PHONETIC]


def phonetic_key(word: str) -> str:
    """Return a rough sound key of one name word, tuned for EN/FR transliterations.

    Method: a hand-written Soundex-like rewrite (cf. the French "Phonex" and
    Metaphone families): vowel groups and soft consonants merged, silent final
    consonants and vowels dropped. Used only together with edit distance.
    """
    key = re.sub(r"[^a-z]", "", fold(word))
    for pattern, replacement in _PHONETIC_RULES:
        key = pattern.sub(replacement, key)
    return key
