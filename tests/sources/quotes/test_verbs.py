"""Reporting cues: the lexicon file, and where its forms occur in a text."""

from __future__ import annotations

import copy

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.sources.quotes import ReportingVerbsError
from framing.sources.quotes.verbs import VERBS_FILE, parse_verbs


def cues(text: str, verbs, language: str) -> list[tuple[str, str, str | None]]:
    return [(text[c.start : c.end], c.lemma, c.pronoun) for c in verbs.cues(text, language=language)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He said it was over.", [("said", "say", None)]),
        ("“Go,” she told reporters.", [("told", "tell", None)]),
        ("according to the mayor", [("according to", "according to", None)]),
        ("The plan is said to have failed.", []),  # hearsay, not attribution
        ("The United States Department", []),  # "States" capitalised inside a name
        ("They were told to leave.", []),
        ("Grossi pointed out that it was late.", [("pointed out", "point out", None)]),
    ],
)
def test_english_cues(verbs, text, expected) -> None:
    assert cues(text, verbs, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Kuleba a déclaré jeudi", [("a déclaré", "déclarer", None)]),
        ("« Non », a-t-il ajouté.", [("a-t-il ajouté", "ajouter", "il")]),
        ("« Non », estime-t-elle.", [("estime-t-elle", "estimer", "elle")]),
        ("ils ont également affirmé", [("ont également affirmé", "affirmer", None)]),
        ("« Pourquoi ? » s'interroge-t-elle", [("s'interroge-t-elle", "s'interroger", "elle")]),
        ("selon lui, d'après elle", [("selon", "selon", None), ("d'après", "d'après", None)]),
        ("le dit accord", []),
    ],
)
def test_french_cues(verbs, text, expected) -> None:
    assert cues(text, verbs, "fr") == expected


def test_flags_of_the_lexicon(verbs) -> None:
    assert "tell" in verbs.lemmas("object") and "say" in verbs.lemmas("bare")
    assert "according to" in verbs.lemmas("source") and "according to" not in verbs.lemmas("bare")


@pytest.fixture(scope="module")
def raw() -> dict:
    return yaml.safe_load(VERBS_FILE.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["verbs"][0].pop("lemma"), "entry 0: missing lemma"),
        (lambda d: d["verbs"][1].__setitem__("language", "de"), "entry 1 ('tell'): language"),
        (lambda d: d["verbs"][2].__setitem__("forms", []), "entry 2 ('add'): forms"),
        (lambda d: d.pop("verbs"), "expected a mapping with a 'verbs' list"),
    ],
)
def test_malformed_entries_are_named(raw, change, message) -> None:
    data = copy.deepcopy(raw)
    change(data)
    with pytest.raises(ReportingVerbsError) as error:
        parse_verbs(data, source="reporting_verbs.yaml")
    assert "reporting_verbs.yaml" in str(error.value) and message in str(error.value)


WORDS = st.lists(
    st.sampled_from(["said", "Said", "told", "to", "the", "is", "a-t-il", "ajouté", "a déclaré", "ont", "également",
                     "dit-il", "selon", "d’après", "according to", "States", " ", "\n", ".", "l'", "’s", "x"]),
    max_size=14,
).map(" ".join)


@settings(max_examples=300, deadline=None, database=None)
@given(text=WORDS, language=st.sampled_from(["en", "fr"]))
def test_cues_are_ordered_disjoint_and_inside_the_text(verbs, text, language) -> None:
    end = 0
    for cue in verbs.cues(text, language=language):
        assert end <= cue.start < cue.end <= len(text)
        end = cue.end
