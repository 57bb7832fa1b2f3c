"""Closed word lists for person detection and reference resolution in English and French.

The lists live in the reviewed data file ``data/actors/names.yaml`` (honorifics,
title words, role nouns with their class and gender, pronouns, non-name words,
organisation words, given names…, each with what it is for and where it comes
from). This module reads and validates that file once, at import, and exposes
the lists as folded frozensets and mappings. Method: the rule-based name finders
of the MUC tradition (Mikheev, Moens & Grover 1999) and the Gender Gap Tracker's
honorific rules (Asr et al. 2021), written for news about governments and wars.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

from framing.resources import ACTORS_DIR, read_yaml
from framing.text.fold import fold

__all__ = [
    "APPOSITION_WORDS",
    "CIVIL_SOCIETY_WORDS",
    "DOTTED_ABBREVIATIONS",
    "FUNCTION_WORDS",
    "HONORIFICS",
    "HONORIFIC_FORMS",
    "HONORIFIC_TOKENS",
    "NAMES_FILE",
    "NAME_PARTICLES",
    "NON_NAME_WORDS",
    "OFFICIAL_WORDS",
    "ORG_WORDS",
    "PLACE_PREPOSITIONS",
    "PRONOUNS",
    "ROLE_NOUNS",
    "TITLE_ABBREVIATIONS",
    "TITLE_GLUE",
    "TITLE_WORDS",
    "PersonWords",
    "PersonWordsError",
    "first_name_gender",
    "is_given_name",
    "load_person_words",
    "parse_person_words",
    "role_noun",
]

NAMES_FILE = ACTORS_DIR / "names.yaml"
_GENDERS = ("m", "f")
_CLASSES = ("official", "expert", "civilian", "media")
# List name -> shape of its body (see the header of data/actors/names.yaml).
_SHAPES = {
    "function_words": "words", "honorifics": "genders", "name_particles": "words", "title_words": "words",
    "role_nouns": "classes", "pronouns": "languages", "non_name_words": "words", "org_words": "words",
    "given_names": "given", "title_glue": "words", "dotted_abbreviations": "words",
    "apposition_words": "words", "title_abbreviations": "words", "place_prepositions": "words",
    "civil_society_words": "words", "official_words": "words", "place_nouns": "words",
}


class PersonWordsError(ValueError):
    """``names.yaml`` is malformed; the message names the file and the list."""


@dataclass(frozen=True, slots=True)
class PersonWords:
    """The folded word lists of ``names.yaml`` (see each list's ``about`` there)."""

    function_words: frozenset[str]
    honorifics: dict[str, str | None]
    honorific_forms: tuple[str, ...]
    name_particles: frozenset[str]
    title_words: frozenset[str]
    role_nouns: dict[str, tuple[str, str | None]]
    pronouns: dict[str, dict[str, str]]
    non_name_words: frozenset[str]
    org_words: frozenset[str]
    female_names: frozenset[str]
    male_names: frozenset[str]
    male_a_names: frozenset[str]
    title_glue: frozenset[str]
    dotted_abbreviations: frozenset[str]
    apposition_words: frozenset[str]
    title_abbreviations: frozenset[str]
    place_prepositions: frozenset[str]
    civil_society_words: frozenset[str]
    official_words: frozenset[str]
    place_nouns: frozenset[str]


def _strings(value: object, where: str) -> list[str]:
    if not isinstance(value, list) or not value or not all(isinstance(w, str) and w.strip() for w in value):
        raise PersonWordsError(f"{where}: expected a non-empty list of words")
    return [w.strip() for w in value]


def _gender_map(value: object, where: str, allowed: tuple[str | None, ...]) -> dict[str, str | None]:
    if not isinstance(value, dict) or not value:
        raise PersonWordsError(f"{where}: expected a mapping word -> gender")
    for word, gender in value.items():
        if not isinstance(word, str) or gender not in allowed:
            raise PersonWordsError(f"{where}: {word!r}: gender {gender!r} is not one of {allowed}")
    return {str(w): g for w, g in value.items()}


def _folded(words: list[str]) -> frozenset[str]:
    return frozenset(fold(w) for w in words)


def _role_nouns(value: object, where: str) -> dict[str, tuple[str, str | None]]:
    if not isinstance(value, dict) or set(value) - set(_CLASSES):
        raise PersonWordsError(f"{where}: expected classes among {_CLASSES}")
    nouns: dict[str, tuple[str, str | None]] = {}
    for cls, items in value.items():
        for item in _strings(items, f"{where}.{cls}"):
            word, _, gender = item.partition(":")
            if gender and gender not in _GENDERS:
                raise PersonWordsError(f"{where}.{cls}: {item!r}: gender must be m or f")
            # Hyphens join multi-word nouns in the file: "political-scientist".
            key = fold(word.replace("political-scientist", "political scientist"))
            if key in nouns and nouns[key][0] != cls:
                raise PersonWordsError(f"{where}.{cls}: {item!r} is also listed as {nouns[key][0]}")
            if key in nouns and nouns[key][1] != (gender or None):
                # English "president" and French "président:m" fold alike: the word marks no gender.
                gender = ""
            nouns[key] = (cls, gender or None)
    return nouns


def _body(name: str, spec: object, where: str) -> dict:
    if not isinstance(spec, dict):
        raise PersonWordsError(f"{where}: expected a mapping with about, source and the words")
    for field in ("about", "source"):
        if not isinstance(spec.get(field), str) or not spec[field].strip():
            raise PersonWordsError(f"{where}: missing {field!r} (every list says what it is and where it comes from)")
    return spec


def parse_person_words(data: object, *, source: str = "names.yaml") -> PersonWords:
    """Return the word lists of already-parsed ``names.yaml`` data.

    Raises ``PersonWordsError`` naming ``source`` and the offending list.
    """
    if not isinstance(data, dict) or not isinstance(data.get("lists"), dict):
        raise PersonWordsError(f"{source}: expected a mapping with a 'lists' mapping")
    lists = data["lists"]
    missing = sorted(set(_SHAPES) - set(lists))
    unknown = sorted(set(lists) - set(_SHAPES))
    if missing or unknown:
        raise PersonWordsError(f"{source}: lists missing {missing or 'none'}, unknown {unknown or 'none'}")
    spec = {name: _body(name, lists[name], f"{source}: lists.{name}") for name in _SHAPES}

    def words(name: str) -> frozenset[str]:
        return _folded(_strings(spec[name].get("words"), f"{source}: lists.{name}.words"))

    honorific = _gender_map(spec["honorifics"].get("genders"), f"{source}: lists.honorifics.genders", (None, *_GENDERS))
    pronouns_raw = spec["pronouns"].get("languages")
    if not isinstance(pronouns_raw, dict) or set(pronouns_raw) != {"en", "fr"}:
        raise PersonWordsError(f"{source}: lists.pronouns.languages: expected en and fr")
    pronouns = {
        lang: _gender_map(m, f"{source}: lists.pronouns.languages.{lang}", ("m", "f", "pl"))
        for lang, m in pronouns_raw.items()
    }
    given = spec["given_names"]
    names = {k: _folded(_strings(given.get(k), f"{source}: lists.given_names.{k}")) for k in ("female", "male", "male_a")}
    return PersonWords(
        function_words=words("function_words"),
        honorifics={fold(w).rstrip("."): g for w, g in honorific.items()},
        honorific_forms=tuple(honorific),
        name_particles=words("name_particles"),
        title_words=words("title_words"),
        role_nouns=_role_nouns(spec["role_nouns"].get("classes"), f"{source}: lists.role_nouns.classes"),
        pronouns={lang: {w.casefold(): g for w, g in m.items() if g} for lang, m in pronouns.items()},
        non_name_words=words("non_name_words"),
        org_words=words("org_words"),
        female_names=names["female"],
        male_names=names["male"],
        male_a_names=names["male_a"],
        title_glue=words("title_glue"),
        dotted_abbreviations=words("dotted_abbreviations"),
        apposition_words=words("apposition_words"),
        title_abbreviations=words("title_abbreviations"),
        place_prepositions=words("place_prepositions"),
        civil_society_words=words("civil_society_words"),
        official_words=words("official_words"),
        place_nouns=words("place_nouns"),
    )


@cache
def load_person_words(path: Path = NAMES_FILE) -> PersonWords:
    """Return the word lists read from ``path`` (cached per path)."""
    path = Path(path)
    return parse_person_words(read_yaml(path, error=PersonWordsError), source=path.name)


_WORDS = load_person_words()
FUNCTION_WORDS = _WORDS.function_words
HONORIFICS = _WORDS.honorifics
HONORIFIC_FORMS = _WORDS.honorific_forms
NAME_PARTICLES = _WORDS.name_particles
TITLE_WORDS = _WORDS.title_words
ROLE_NOUNS = _WORDS.role_nouns
PRONOUNS = _WORDS.pronouns
NON_NAME_WORDS = _WORDS.non_name_words
ORG_WORDS = _WORDS.org_words
TITLE_GLUE = _WORDS.title_glue
DOTTED_ABBREVIATIONS = _WORDS.dotted_abbreviations
APPOSITION_WORDS = _WORDS.apposition_words
TITLE_ABBREVIATIONS = _WORDS.title_abbreviations
PLACE_PREPOSITIONS = _WORDS.place_prepositions
CIVIL_SOCIETY_WORDS = _WORDS.civil_society_words
OFFICIAL_WORDS = _WORDS.official_words
PLACE_NOUNS = _WORDS.place_nouns


# Honorifics as written before a name, with and without their optional dot ("Mr", "Mr.", "M.").
HONORIFIC_TOKENS = frozenset(
    token for form in HONORIFIC_FORMS for token in ((form,) if form.endswith(".") else (form, form + "."))
)


@lru_cache(maxsize=1 << 14)
def role_noun(word: str) -> tuple[str, str | None] | None:
    """Return ``(class, gender)`` of a role noun (singular or plural), or None."""
    key = fold(word)
    return ROLE_NOUNS.get(key) or (ROLE_NOUNS.get(key[:-1]) if key.endswith("s") else None)


@lru_cache(maxsize=1 << 14)
def is_given_name(word: str) -> bool:
    """Return whether ``word`` is a listed given name."""
    key = fold(word).split("-")[0]
    return key in _WORDS.male_names or key in _WORDS.female_names


@lru_cache(maxsize=1 << 14)
def first_name_gender(name: str) -> str | None:
    """Return "f" or "m" for a given name when it is conventionally marked, else None.

    Rule: a listed female name, else a final -a (Slavic, Romance and Arabic
    convention) unless the name is a listed male -a name. Only used when no
    honorific, pronoun or gazetteer entry tells the gender.
    """
    key = fold(name).split("-")[0]
    if key in _WORDS.female_names:
        return "f"
    if key in _WORDS.male_a_names or key in _WORDS.male_names:
        return "m"
    if len(key) > 2 and key.endswith("a"):
        return "f"
    return None
