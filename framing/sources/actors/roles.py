"""Roles named by titles ("French Foreign Minister", "le chef de la diplomatie turque"),
their dated holders, and the side of an unlisted person guessed from an explicit title.

Role phrases and country words come from ``data/actors/roles.yaml``. A title is
matched against every role phrase through an index of phrases by first word,
built once per gazetteer, so a title costs a few dictionary look-ups rather than
one regex per phrase. Method: gazetteer-based role recognition with dated role
tenures, as in the role/time qualifiers of Wikidata (P39 "position held" with
start and end times).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from framing.sources.actors.gazetteer import Actor, Gazetteer, RolePhrase
from framing.sources.actors.wordlists import (
    CIVIL_SOCIETY_WORDS,
    OFFICIAL_WORDS,
    ROLE_NOUNS,
    role_noun,
)
from framing.text.fold import fold
from framing.text.tokens import WORD_RUN

__all__ = ["countries_in", "guess_side", "is_role_phrase", "role_holder", "roles_in"]

_WORD_START = re.compile(r"(?<![\w-])\w+")
_SPACES = re.compile(r"\s+")


@dataclass(frozen=True, slots=True)
class _PhraseIndex:
    """Folded role phrases by their first word, with their position in the gazetteer's list."""

    by_first: dict[str, tuple[tuple[int, str, RolePhrase], ...]]
    others: tuple[tuple[int, str, RolePhrase], ...]


@cache
def _phrase_index(gazetteer: Gazetteer) -> _PhraseIndex:
    by_first: dict[str, list[tuple[int, str, RolePhrase]]] = {}
    others = []
    for i, phrase in enumerate(gazetteer.role_phrases):
        folded = fold(phrase.phrase)
        first = re.match(r"\w+", folded)
        if first:
            by_first.setdefault(first.group(), []).append((i, folded, phrase))
        else:
            others.append((i, folded, phrase))
    return _PhraseIndex({k: tuple(v) for k, v in by_first.items()}, tuple(others))


def _phrases_in(folded: str, gazetteer: Gazetteer) -> list[RolePhrase]:
    """Return the role phrases occurring as whole words in ``folded``, in gazetteer order."""
    index = _phrase_index(gazetteer)
    hits: set[int] = set()
    for word in _WORD_START.finditer(folded):
        pos = word.start()
        for i, phrase, _ in index.by_first.get(word.group(), ()):
            end = pos + len(phrase)
            if i not in hits and folded.startswith(phrase, pos) and not _continues(folded, end):
                hits.add(i)
    for i, phrase, _ in index.others:
        if re.search(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", folded):
            hits.add(i)
    return [gazetteer.role_phrases[i] for i in sorted(hits)]


def _continues(text: str, end: int) -> bool:
    return end < len(text) and (text[end].isalnum() or text[end] in "_-")


@cache
def _country_pattern(gazetteer: Gazetteer) -> tuple[re.Pattern[str], dict[str, str]]:
    words = {w: c for mapping in gazetteer.country_words.values() for w, c in mapping.items()}
    words.update({"us": "usa", "u.s.": "usa"})
    alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w.])(?:{alternation})(?![\w])"), words


def countries_in(folded: str, gazetteer: Gazetteer) -> list[str]:
    """Return the country ids named in a folded text, in order of appearance."""
    pattern, words = _country_pattern(gazetteer)
    return list(dict.fromkeys(words[m.group()] for m in pattern.finditer(folded) if m.group() in words))


def roles_in(title: str, gazetteer: Gazetteer) -> list[tuple[str, str | None]]:
    """Return ``(role id, country)`` pairs named by a title ("French Foreign Minister" → foreign-minister, france).

    The three longest role phrases win; the country is the one named in the
    title when the phrase is valid for it (country-restricted phrases need one).
    """
    return list(_roles_in(title, gazetteer)) if title else []


@lru_cache(maxsize=1 << 14)
def _roles_in(title: str, gazetteer: Gazetteer) -> tuple[tuple[str, str | None], ...]:
    """Return ``roles_in`` as a tuple, memoised: the same titles recur across a corpus."""
    folded = fold(title)
    # Also read the title without its country words and "the": "head of the French diplomacy"
    # names the phrase "head of diplomacy" (in France).
    pattern, _ = _country_pattern(gazetteer)
    reduced = _SPACES.sub(" ", pattern.sub(" ", folded).replace(" the ", " "))
    phrases = list(dict.fromkeys([*_phrases_in(folded, gazetteer), *_phrases_in(reduced, gazetteer)]))
    if not phrases:
        return ()
    countries = countries_in(folded, gazetteer)
    found: list[tuple[int, str, str | None]] = []
    for phrase in phrases:
        options = [c for c in countries if not phrase.countries or c in phrase.countries]
        if phrase.countries and not options:
            continue
        found.append((len(phrase.phrase), phrase.role, options[0] if options else None))
    found.sort(key=lambda f: -f[0])
    return tuple(dict.fromkeys((role, country) for _, role, country in found[:3]))


def role_holder(phrase: str, date: str | None, gazetteer: Gazetteer) -> Actor | None:
    """Return the one actor who held the role named by ``phrase`` at ``date`` ("the French foreign minister")."""
    for role, country in roles_in(phrase, gazetteer):
        if country is None:
            continue
        holders = gazetteer.holders(role, country, date)
        if len(holders) == 1:
            return holders[0]
    return None


def _title_words(title: str) -> set[str]:
    """Return the folded words of a title, and the parts of its hyphenated words."""
    words = set()
    for token in WORD_RUN.findall(fold(title)):
        token = token.strip("'’-")
        words.add(token)
        words.update(token.split("-"))
    return words


def guess_side(title: str, gazetteer: Gazetteer, *, text: str = "", mentions=()) -> str:
    """Return a side guessed from an explicit title, else "unknown".

    Civil-society bodies ("president of the Ukrainian Association") give
    civil-society; expert nouns (analyst, professor, chercheuse) give expert; a
    country word next to an official word ("Ukraine's Defense Minister", "a
    spokesman for the Russian-installed administration") gives that country's
    side; an institution of the gazetteer named in the title gives its side;
    media nouns (correspondent, journaliste) give media.
    """
    if not title:
        return "unknown"
    words = _title_words(title)
    if words & CIVIL_SOCIETY_WORDS:
        return "civil-society"
    nouns = [found for w in WORD_RUN.findall(title) if (found := role_noun(w))]
    if any(cls == "expert" for cls, _ in nouns):
        return "expert"
    countries = countries_in(fold(title).replace("-", " "), gazetteer)
    if countries and (words & OFFICIAL_WORDS or roles_in(title, gazetteer)):
        return gazetteer.side_of_country(countries[0])
    for mention in mentions:
        if mention.kind != "person" and mention.keys and text[mention.start : mention.end] in title:
            actor = gazetteer.by_key(mention.keys[0])
            if actor and actor.side not in ("other", "unknown"):
                return actor.side
    if any(cls == "media" for cls, _ in nouns):
        return "media"
    return "unknown"


def is_role_phrase(words: list[str]) -> bool:
    """Return whether some word of ``words`` is a role noun ("the researcher", "le ministre")."""
    return any(fold(w) in ROLE_NOUNS for w in words)
