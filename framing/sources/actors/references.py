"""References back to a named actor: third-person pronouns and definite role nouns.

A pronoun ("she", « il ») goes to the nearest compatible person named before it
in its sentence; when it opens a sentence with no one named before it there,
to the first compatible person (the subject) of the nearest earlier sentence
that names one, at most three sentences back. Compatible means the same gender,
or an actor whose gender is unknown. A definite role noun ("the president", « la
ministre ») goes to the nearest person named within five sentences whose titles
or roles contain that noun, else to the one holder of that role on the article's
date when the caller knows one. With no antecedent, nothing is recorded: a
pronoun whose referent is not in the text is not an actor. Method: Hobbs (1978)
recency with Centering's subject preference (Grosz, Joshi & Weinstein 1995);
word lists in ``data/actors/references.yaml``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from framing.resources import ACTORS_DIR, read_yaml
from framing.sources.actors.wordlists import ROLE_NOUNS, role_noun
from framing.text.fold import fold

__all__ = ["Antecedent", "Reference", "ReferenceWords", "government_nouns", "load_reference_words", "references"]

REFERENCES_FILE = ACTORS_DIR / "references.yaml"
# How far back an antecedent may be, in sentences (pronouns; role nouns).
_PRONOUN_REACH = 3
_NOUN_REACH = 5
# ...and in characters, so that a text without sentence spans stays linear too.
_REACH_CHARS = 1500
# A hostile text of thousands of pronouns stays linear: past this many per article, no more are read.
_MAX_REFERENCES = 2000


class ReferenceWordsError(ValueError):
    """``references.yaml`` is malformed; the message names the file and the list."""


class Antecedent(NamedTuple):
    """A named mention that references may point back to: its span and its actor's identity."""

    start: int
    end: int
    actor: int
    person: bool
    gender: str | None
    titles: str  # the actor's folded titles and roles, for role-noun matching


class Reference(NamedTuple):
    """A pronoun or role noun ``text[start:end]`` that refers to actor ``actor`` (``kind``: pronoun | noun)."""

    start: int
    end: int
    actor: int
    kind: str


@dataclass(frozen=True, slots=True)
class ReferenceWords:
    """The compiled pronoun and role-noun patterns of one language."""

    pronouns: dict[str, str]
    pronoun_pattern: re.Pattern[str]
    noun_pattern: re.Pattern[str]
    government_nouns: frozenset[str]


@cache
def load_reference_words(language: str) -> ReferenceWords:
    """Return the reference words of ``language`` from ``references.yaml``."""
    data = read_yaml(REFERENCES_FILE, error=ReferenceWordsError)
    try:
        pronouns = {str(k).lower(): str(v) for k, v in data["pronouns"]["languages"][language].items()}
        definite = [str(w) for w in data["definite"]["languages"][language]]
        government = frozenset(str(w).lower() for w in data["government_nouns"]["languages"][language])
    except (KeyError, TypeError, AttributeError) as exc:
        raise ReferenceWordsError(f"{REFERENCES_FILE.name}: language {language!r} lacks list {exc}") from exc
    forms = "|".join(re.escape(p) for p in sorted(pronouns, key=len, reverse=True))
    determiners = "|".join(re.escape(d) for d in sorted(definite, key=len, reverse=True))
    pronoun_pattern = re.compile(rf"(?<![\w'’-])(?:{forms})(?![\w-])", re.IGNORECASE)
    # "the president", "the former foreign minister", « la ministre »: a determiner and up to three
    # lower-case words, among which the role noun is looked for.
    noun_pattern = re.compile(rf"(?<![\w-])(?i:{determiners})(?:\s+|(?<=['’]))((?:[a-zà-ÿ-]+\b\s*){{1,3}})")
    return ReferenceWords(pronouns, pronoun_pattern, noun_pattern, government)


@cache
def government_nouns() -> frozenset[str]:
    """Return the nouns of a leader's government in every language ("administration", « gouvernement »)."""
    return load_reference_words("en").government_nouns | load_reference_words("fr").government_nouns


def references(
    text: str,
    antecedents: Sequence[Antecedent],
    *,
    language: str,
    sentence_starts: Sequence[int],
    taken: Callable[[int, int], bool],
    holder: Callable[[str], int | None] | None = None,
) -> list[Reference]:
    """Return the pronouns and role nouns of ``text`` resolved to an actor, in text order.

    ``antecedents`` are the named mentions (sorted by start); ``sentence_starts`` the
    sorted starts of the sentences; ``taken(start, end)`` says whether a span is
    already a named mention; ``holder(noun_phrase)`` may name the one actor holding
    a role on the article's date.
    """
    if language not in ("en", "fr") or not text:
        return []
    words = load_reference_words(language)
    starts = [a.start for a in antecedents]
    found: list[Reference] = []
    for match in words.pronoun_pattern.finditer(text):
        if len(found) >= _MAX_REFERENCES:
            break
        gender = words.pronouns[match.group().lower()]
        actor = _pronoun_antecedent(match.start(), gender, antecedents, starts, sentence_starts)
        if actor is not None and not taken(match.start(), match.end()):
            found.append(Reference(match.start(), match.end(), actor, "pronoun"))
    for match in words.noun_pattern.finditer(text):
        if len(found) >= _MAX_REFERENCES:
            break
        head = _role_head(text, match)
        if head is None or taken(*head):
            continue
        actor = _noun_antecedent(match.start(), fold(text[head[0] : head[1]]), antecedents, starts, sentence_starts)
        if actor is None and holder is not None:
            actor = holder(text[match.start() : head[1]])
        if actor is not None:
            found.append(Reference(match.start(), head[1], actor, "noun"))
    return sorted(found)


_WORD = re.compile(r"[a-zà-ÿ-]+")


def _role_head(text: str, match: re.Match[str]) -> tuple[int, int] | None:
    """Return the span of the singular role noun among the words after a determiner, or None when
    there is none, it is plural ("the ministers"), or a capitalised name follows it (then it is a
    title in front of a name, not a reference back)."""
    for word in _WORD.finditer(text, match.start(1), match.end(1)):
        found = role_noun(word.group())
        if found is None:
            continue
        if word.group().endswith("s") and fold(word.group()) not in ROLE_NOUNS:
            return None
        rest = text[word.end() : word.end() + 3].lstrip()
        return None if rest[:1].isupper() else (word.start(), word.end())
    return None


def _sentence(position: int, sentence_starts: Sequence[int]) -> int:
    return bisect_right(sentence_starts, position) - 1


def _pronoun_antecedent(
    position: int, gender: str, antecedents: Sequence[Antecedent], starts: list[int], sentence_starts: Sequence[int]
) -> int | None:
    """Return the actor of the nearest compatible person before ``position`` (see the module doc)."""
    here = _sentence(position, sentence_starts)
    best_sentence, best = None, None
    for k in range(bisect_right(starts, position) - 1, -1, -1):
        a = antecedents[k]
        if position - a.end > _REACH_CHARS:
            break
        if a.end > position or not a.person or a.gender not in (None, gender):
            continue
        sentence = _sentence(a.start, sentence_starts)
        if here - sentence > _PRONOUN_REACH:
            break
        if sentence == here:
            return a.actor  # the nearest in the pronoun's own sentence
        if best_sentence is None or sentence == best_sentence:
            best_sentence, best = sentence, a.actor  # keeps going back: the first of that sentence wins
        else:
            break
    return best


def _noun_antecedent(
    position: int, head: str, antecedents: Sequence[Antecedent], starts: list[int], sentence_starts: Sequence[int]
) -> int | None:
    """Return the actor of the nearest person before ``position`` whose titles contain ``head``."""
    here = _sentence(position, sentence_starts)
    for k in range(bisect_right(starts, position) - 1, -1, -1):
        a = antecedents[k]
        if here - _sentence(a.start, sentence_starts) > _NOUN_REACH or position - a.end > _REACH_CHARS:
            break
        if a.end <= position and a.person and re.search(rf"\b{re.escape(head)}\b", a.titles):
            return a.actor
    return None
