"""Words: the one word pattern, word counts, and text put on one line."""

from __future__ import annotations

import re

# A decimal number ("1.5-hour") or a word with inner apostrophes/hyphens ("l'Otan", "well-known").
WORD = re.compile(r"\d+(?:[.,]\d+)*(?:['’-]\w+)*|\w+(?:['’-]\w+)*")
# A run of word characters, apostrophes and hyphens, as names and titles are scanned word by word
# ("O'Brien", "Jean-Yves", "l'Otan", a trailing "s'"): looser than ``WORD``, never empty.
WORD_RUN = re.compile(r"[\w'’-]+")


def word_count(text: str) -> int:
    """Return the number of words (``WORD``: letters/digits, with inner apostrophes and hyphens;
    "1.5" is one word)."""
    return len(WORD.findall(text))


def one_line(text: str) -> str:
    """Return ``text`` on one line: every run of white space becomes one space."""
    return " ".join(text.split())
