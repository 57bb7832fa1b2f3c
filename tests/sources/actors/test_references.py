"""Pronouns and role nouns that refer back to a named actor, and the record's mentions."""

from __future__ import annotations

import pytest

from framing.sources import analyse_sources
from framing.sources.actors.references import Antecedent, references
from framing.text.sentences import split_sentences


def analyse(text: str, gazetteer, *, language: str = "en", date: str | None = "2023-01-10"):
    spans = split_sentences(text)
    return analyse_sources(text, language=language, date=date, gazetteer=gazetteer,
                           sentences=[(s.start, s.end, 0.0) for s in spans])


def mentions_of(result) -> dict[str, list[str]]:
    return {a["name"]: [m["text"] for m in a["mentions"]] for a in result.actors}


# (language, text, actor, mention texts of that actor), by hand.
CASES = [
    # a pronoun in the next sentence goes to the compatible person named before it
    ("en", "Hannah Whitcombe, an analyst, arrived on Monday. She said the talks had failed.",
     "Hannah Whitcombe", ["Hannah Whitcombe", "She"]),
    ("en", "Hannah Whitcombe met John Smith. He said the talks had failed.", "John Smith", ["John Smith", "He"]),
    ("en", "Hannah Whitcombe met John Smith. He said the talks had failed.", "Hannah Whitcombe", ["Hannah Whitcombe"]),
    # within one sentence: the nearest compatible person before it
    ("en", "Hillary Clinton blamed the committee for her defeat.", "Hillary Clinton", ["Hillary Clinton", "her"]),
    ("fr", "Marie Dupont est arrivée lundi. Elle a affirmé que les pourparlers avaient échoué.",
     "Marie Dupont", ["Marie Dupont", "Elle"]),
    ("fr", "Marie Dupont a rencontré Jean Martin. Il a affirmé que rien n'avait changé.", "Jean Martin", ["Jean Martin", "Il"]),
    # a definite role noun goes to the person whose title holds it
    ("en", "Foreign Minister Dmytro Kuleba arrived in Antalya. The minister said the talks had failed.",
     "Dmytro Kuleba", ["Dmytro Kuleba", "The minister"]),
    ("fr", "La ministre Marie Dupont est arrivée lundi. La ministre a affirmé que rien n'avait changé.",
     "Marie Dupont", ["Marie Dupont", "La ministre"]),
    # "the Obama administration" is a mention of Obama's government; « le gouvernement Borne » too
    ("en", "The Obama administration imposed sanctions.", "Obama", ["Obama"]),
    ("fr", "Le gouvernement Borne a démissionné.", "Élisabeth Borne", ["Borne"]),
]


@pytest.mark.parametrize(("language", "text", "actor", "expected"), CASES)
def test_references_become_mentions_of_their_actor(gazetteer, language, text, actor, expected) -> None:
    assert mentions_of(analyse(text, gazetteer, language=language))[actor] == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "She said the talks had failed."),  # no antecedent in the text: no actor is made up
        ("en", "The minister said the talks had failed."),
        ("fr", "Elle a affirmé que les pourparlers avaient échoué."),
        ("en", "The ministers met on Monday."),
        ("en", ""),
    ],
)
def test_a_reference_without_antecedent_is_not_an_actor(gazetteer, language, text) -> None:
    assert analyse(text, gazetteer, language=language).actors == []


def test_gender_must_agree() -> None:
    text = "Marie met Paul. She left."
    antecedents = [Antecedent(0, 5, 0, True, "f", ""), Antecedent(10, 14, 1, True, "m", "")]
    found = references(text, antecedents, language="en", sentence_starts=[0, 16], taken=lambda s, e: False)
    assert [(text[r.start : r.end], r.actor) for r in found] == [("She", 0)]


def test_an_institution_is_not_a_pronouns_antecedent() -> None:
    text = "The ministry said no. He left."
    found = references(text, [Antecedent(4, 12, 0, False, None, "")], language="en", sentence_starts=[0, 22],
                       taken=lambda s, e: False)
    assert found == []


def test_a_pronoun_opening_a_sentence_prefers_the_previous_sentences_subject() -> None:
    text = "Paul met John. He left."
    antecedents = [Antecedent(0, 4, 0, True, "m", ""), Antecedent(9, 13, 1, True, "m", "")]
    found = references(text, antecedents, language="en", sentence_starts=[0, 15], taken=lambda s, e: False)
    assert [(r.start, r.actor) for r in found] == [(15, 0)]


def test_too_far_back_is_no_antecedent() -> None:
    text = "Paul left. A. B. C. D. He came."
    antecedents = [Antecedent(0, 4, 0, True, "m", "")]
    starts = [0, 11, 14, 17, 20, 23]
    assert references(text, antecedents, language="en", sentence_starts=starts, taken=lambda s, e: False) == []


def test_two_hundred_pronouns_stay_bounded(gazetteer) -> None:
    text = "John Smith arrived. " + "He said she was there. " * 200
    result = analyse(text, gazetteer)
    smith = next(a for a in result.actors if a["name"] == "John Smith")
    # Only the "He" of the next three sentences reach back to John Smith; no "she" has an antecedent.
    assert [m["text"] for m in smith["mentions"]] == ["John Smith", "He", "He", "He"]
    assert all(text[m["start"] : m["end"]] == m["text"] for m in smith["mentions"])
