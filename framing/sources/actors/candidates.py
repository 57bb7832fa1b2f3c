"""Candidate gazetteer actors for a name that is not an exact alias, found by blocking.

Comparing every unlisted name with every gazetteer alias costs milliseconds per
article. The index is built once per gazetteer: every alias of a person is
split into folded words, with the sound key (``phonetic_key``) of each word
precomputed. A query collects the aliases whose surname is close in spelling or
in sound (``rapidfuzz.process.extract`` over the distinct surnames, in C), plus
the holders of the roles its context names — the only actors that a weaker name
match may resolve to. Method: blocking for record linkage (Christen 2012, *Data
Matching*, ch. 4), with edit distance and a sound key as the blocking keys.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from rapidfuzz.distance import Levenshtein

from framing.sources.actors.gazetteer import Actor, Gazetteer
from framing.sources.actors.wordlists import NAME_PARTICLES
from framing.text.fold import name_key, phonetic_key

__all__ = ["Alias", "NameIndex", "name_index", "name_words", "sound", "word_similarity"]

# Word similarity below which a surname can only match together with a role held.
NAME_ONLY_SURNAME = 0.86


class Alias(NamedTuple):
    """One multi-purpose alias of a gazetteer person: its folded words and their sound keys."""

    actor: Actor
    words: tuple[str, ...]
    sounds: tuple[str, ...]


def name_words(key: str) -> tuple[str, ...]:
    """Return the words of a folded name, a particle joined to the word after it.

    "jean-yves le drian" → ("jean-yves", "le drian"), "ursula von der leyen"
    → ("ursula", "von der leyen"): the surname is one word, so "Le Drian"
    alone is that surname rather than a given name "Le".
    """
    words: list[str] = []
    pending: list[str] = []
    for word in key.split():
        if word in NAME_PARTICLES:
            pending.append(word)
            continue
        words.append(" ".join([*pending, word]))
        pending = []
    return (*words, *pending)


@lru_cache(maxsize=65536)
def sound(word: str) -> str:
    """Return the (memoised) sound key of one folded name word."""
    return phonetic_key(word)


def word_similarity(a: str, b: str, sa: str | None = None, sb: str | None = None) -> float:
    """Return the similarity of two folded name words: edit distance or sound key, whichever is higher."""
    if a == b:
        return 1.0
    spelled = Levenshtein.normalized_similarity(a, b)
    sa = sound(a) if sa is None else sa
    sb = sound(b) if sb is None else sb
    heard = Levenshtein.normalized_similarity(sa, sb) if sa and sb and min(len(sa), len(sb)) >= 3 else 0.0
    return max(spelled, heard)


@dataclass(frozen=True, eq=False)
class NameIndex:
    """The person aliases of a gazetteer, blocked by surname spelling and sound."""

    aliases: tuple[Alias, ...]
    surnames: tuple[str, ...]
    surname_sounds: tuple[str, ...]
    by_surname: dict[str, tuple[int, ...]]
    by_sound: dict[str, tuple[int, ...]]
    by_actor: dict[str, tuple[int, ...]]
    lengths: dict[int, dict[int, tuple[str, ...]]]
    deletions: dict[int, dict[str, tuple[str, ...]]]

    def near(self, surname: str) -> list[Alias]:
        """Return the aliases whose surname is within ``NAME_ONLY_SURNAME`` of ``surname``.

        "Within" is in spelling or in sound, as ``word_similarity`` measures it,
        so every alias that a name-only match could accept is returned. Words
        of up to 12 letters can only be that close at edit distance 0 or 1, so
        their candidates come from a one-deletion index (the SymSpell scheme,
        Garbe 2012); longer words are compared with every word of a compatible
        length.
        """
        found: set[int] = set()
        for kind, index, key in ((0, self.by_surname, surname), (1, self.by_sound, sound(surname))):
            if kind == 1 and len(key) < 3:
                continue
            if len(key) <= _DELETION_MAX:
                near = {w for v in _deletions(key) for w in self.deletions[kind].get(v, ())}
            else:
                near = set(_near_length(self.lengths[kind], len(key)))
            for word in near:
                if Levenshtein.normalized_similarity(key, word) >= NAME_ONLY_SURNAME - 1e-9:
                    found.update(index[word])
        return [self.aliases[i] for i in sorted(found)]

    def of(self, actor: Actor) -> list[Alias]:
        """Return the aliases of one actor."""
        return [self.aliases[i] for i in self.by_actor.get(actor.key, ())]


def _near_length(buckets: dict[int, tuple[str, ...]], length: int) -> list[str]:
    """Return the words (by length) whose length could reach the name-only similarity with one of ``length``."""
    slack = int(length * (1 - NAME_ONLY_SURNAME) / NAME_ONLY_SURNAME) + 1
    return [w for n in range(max(1, length - slack), length + slack + 1) for w in buckets.get(n, ())]


# Up to this length, a normalised similarity of 0.86 allows one edit at most (12 / 0.86 < 14.3).
_DELETION_MAX = 12


def _deletions(word: str) -> set[str]:
    """Return ``word`` and every string made by deleting one of its characters."""
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def _deletion_index(words) -> dict[str, tuple[str, ...]]:
    """Return one-deletion variant -> the words having it (two words within one edit share one)."""
    index: dict[str, set[str]] = {}
    for word in words:
        for variant in _deletions(word):
            index.setdefault(variant, set()).add(word)
    return {k: tuple(sorted(v)) for k, v in index.items()}


def _by_length(words: tuple[str, ...]) -> dict[int, tuple[str, ...]]:
    buckets: dict[int, list[str]] = {}
    for word in words:
        buckets.setdefault(len(word), []).append(word)
    return {n: tuple(ws) for n, ws in buckets.items()}


@cache
def name_index(gazetteer: Gazetteer) -> NameIndex:
    """Return the blocking index of ``gazetteer``'s persons (built once per gazetteer)."""
    aliases: list[Alias] = []
    for actor in gazetteer.actors:
        if actor.kind != "person":
            continue
        for alias in dict.fromkeys((actor.name, *actor.aliases)):
            words = name_words(name_key(alias))
            if words:
                aliases.append(Alias(actor, words, tuple(sound(w) for w in words)))
    by_surname: dict[str, list[int]] = {}
    by_sound: dict[str, list[int]] = {}
    by_actor: dict[str, list[int]] = {}
    for i, alias in enumerate(aliases):
        by_surname.setdefault(alias.words[-1], []).append(i)
        if len(alias.sounds[-1]) >= 3:
            by_sound.setdefault(alias.sounds[-1], []).append(i)
        by_actor.setdefault(alias.actor.key, []).append(i)
    return NameIndex(
        tuple(aliases), tuple(by_surname), tuple(by_sound),
        {k: tuple(v) for k, v in by_surname.items()}, {k: tuple(v) for k, v in by_sound.items()},
        {k: tuple(v) for k, v in by_actor.items()},
        {0: _by_length(tuple(by_surname)), 1: _by_length(tuple(by_sound))},
        {0: _deletion_index(by_surname), 1: _deletion_index(by_sound)},
    )
