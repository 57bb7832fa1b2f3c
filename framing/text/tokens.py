"""Words: the one word pattern, word counts, and text put on one line."""

from __future__ import annotations

import re

# A decimal number ("1.5-hour") or a word with inner apostrophes/hyphens ("l'Otan", "well-known").
WORD = re.compile(r"\d+(?:[.,]\d+)*(?:['’-]\w+)*|\w+(?:['’-]\w+)*")


def word_count(text: str) -> int:
    """Return the number of words (``WORD``: letters/digits, with inner apostrophes and hyphens;
    "1.5" is one word)."""
    return len(WORD.findall(text))


def one_line(text: str) -> str:
    """Return ``text`` on one line: every run of white space becomes one space."""
    return " ".join(text.split())
