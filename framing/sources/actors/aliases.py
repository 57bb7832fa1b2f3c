"""Where the gazetteer's aliases occur in a text (folded for case, diacritics and apostrophes).

An alias matches as whole words, also right after an elided article
("l'Agence internationale de l'énergie atomique"); at one position the
longest alias wins, and matches do not overlap (leftmost first). All folded
aliases are compiled, once per gazetteer, into one regular expression factored
as a prefix trie (``framing.sources.quotes.patterns.trie``), matched in one pass over
the folded text. Method: dictionary-based entity spotting (as in DBpedia
Spotlight's lexicon lookup, Mendes et al. 2011).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from framing.sources.actors.gazetteer import Gazetteer
from framing.sources.quotes.patterns import trie
from framing.text.fold import fold

__all__ = ["AliasIndex", "alias_index", "alias_spans"]

_SPACES = re.compile(r"\s+")
# An alias starts a word (no letter, digit, apostrophe or hyphen before it), or follows "l'"/"d'".
_START = r"(?:(?<![\w'-])|(?<=\b[ld]'))"


@dataclass(frozen=True, eq=False)
class AliasIndex:
    """Folded aliases, the actor keys each names, and their compiled pattern."""

    keys: dict[str, tuple[str, ...]]
    lower: frozenset[str]
    pattern: re.Pattern[str]


@cache
def alias_index(gazetteer: Gazetteer) -> AliasIndex:
    """Return the alias index of ``gazetteer`` (built once per gazetteer).

    ``lower`` are the aliases written in lower case in the gazetteer ("la
    diplomatie russe"): only they may match uncapitalised text.
    """
    keys: dict[str, list[str]] = {}
    lower: set[str] = set()
    for actor in gazetteer.actors:
        for alias in {actor.name, *actor.aliases}:
            folded = _SPACES.sub(" ", fold(alias).strip())
            if len(folded) < 2:
                continue
            if actor.key not in keys.setdefault(folded, []):
                keys[folded].append(actor.key)
            if alias[:1].islower():
                lower.add(folded)
    pattern = re.compile(_START + "(?:" + trie(sorted(keys)) + r")(?![\w-])") if keys else re.compile(r"(?!)")
    return AliasIndex({k: tuple(v) for k, v in keys.items()}, frozenset(lower), pattern)


def alias_spans(folded: str, index: AliasIndex) -> list[tuple[int, int, str]]:
    """Return ``(start, end, alias)`` of every alias occurrence in the folded text, in order."""
    return [(m.start(), m.end(), _SPACES.sub(" ", m.group())) for m in index.pattern.finditer(folded)]
