"""The person word lists of data/actors/names.yaml: loading, validation, look-ups."""

from __future__ import annotations

import copy

import pytest
import yaml

from framing.sources.actors.wordlists import (
    HONORIFICS,
    NAMES_FILE,
    ROLE_NOUNS,
    PersonWordsError,
    first_name_gender,
    is_given_name,
    parse_person_words,
    role_noun,
)


@pytest.fixture(scope="module")
def raw() -> dict:
    return yaml.safe_load(NAMES_FILE.read_text(encoding="utf-8"))


def test_every_list_says_what_it_is_and_where_it_comes_from(raw) -> None:
    for name, spec in raw["lists"].items():
        assert spec["about"].strip() and spec["source"].strip(), name


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("spokeswoman", ("official", "f")),
        ("Chercheuse", ("expert", "f")),
        ("historians", ("expert", None)),
        ("president", ("official", None)),  # English "president" and French "président:m" fold alike
        ("présidente", ("official", "f")),
        ("commuter", ("civilian", None)),
        ("correspondante", ("media", "f")),
        ("table", None),
    ],
)
def test_role_noun(word, expected) -> None:
    assert role_noun(word) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Marie", "f"), ("Olena", "f"), ("Nikita", "m"), ("Dmytro", "m"), ("Natalia", "f"), ("Xu", None), ("Jean-Pierre", "m")],
)
def test_first_name_gender(name, expected) -> None:
    assert first_name_gender(name) == expected


@pytest.mark.parametrize(("word", "expected"), [("Léa", True), ("Volodymyr", True), ("Ministry", False), ("Georgia", False)])
def test_is_given_name(word, expected) -> None:
    assert is_given_name(word) is expected


def test_honorifics_with_and_without_dots() -> None:
    assert HONORIFICS["mme"] == "f" and HONORIFICS["m"] == "m" and HONORIFICS["dr"] is None
    assert "spokesman" in ROLE_NOUNS


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["lists"].pop("org_words"), "missing ['org_words']"),
        (lambda d: d["lists"]["title_words"].pop("source"), "lists.title_words: missing 'source'"),
        (lambda d: d["lists"]["org_words"].__setitem__("words", "ministry"), "lists.org_words.words"),
        (lambda d: d["lists"]["honorifics"]["genders"].__setitem__("Mx", "x"), "lists.honorifics.genders: 'Mx'"),
        (lambda d: d["lists"]["role_nouns"]["classes"]["media"].append("editor:x"), "'editor:x': gender must be m or f"),
        (lambda d: d["lists"]["role_nouns"]["classes"]["media"].append("historian"), "'historian' is also listed as expert"),
        (lambda d: d["lists"].__setitem__("extra", {}), "unknown ['extra']"),
    ],
)
def test_malformed_lists_are_refused_naming_file_and_list(raw, change, message) -> None:
    data = copy.deepcopy(raw)
    change(data)
    with pytest.raises(PersonWordsError) as error:
        parse_person_words(data, source="names.yaml")
    assert "names.yaml" in str(error.value) and message in str(error.value)


def test_the_shipped_file_parses(raw) -> None:
    words = parse_person_words(raw)
    assert len(words.role_nouns) > 300 and len(words.male_names) > 300 and len(words.female_names) > 200
