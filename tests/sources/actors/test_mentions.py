"""Mentions of people and institutions, in English (no statistical model) and French."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.sources.actors import find_mentions


def people(text: str, gazetteer, language: str = "en") -> list[str]:
    return [text[m.start : m.end] for m in find_mentions(text, language=language, gazetteer=gazetteer) if m.kind == "person"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # honorifics, titles, appositions, verbs, sources, given names
        ("Mr. Okafor disagreed with the plan.", ["Okafor"]),
        ("Ukraine's Defense Minister Oleksii Reznikov spoke first.", ["Oleksii Reznikov"]),
        ("Tom Baker, a union official, walked out.", ["Tom Baker"]),
        ("The plan failed, said Harriet Okonkwo on Monday.", ["Harriet Okonkwo"]),
        ("According to Samuel Okafor the peak has passed.", ["Samuel Okafor"]),
        ("Priya Nair warned of inflation.", ["Priya Nair"]),
        ("His rival, Amara Nwosu, struck a different tone.", ["Amara Nwosu"]),
        # repeats and machine-translation spellings of a surname already met
        ("Minister Stephane Ségournet arrived. Sigourney said it went well.", ["Stephane Ségournet", "Sigourney"]),
        # not people
        ("Critics said the figures did not add up.", []),
        ("In Ottawa, the council met.", []),
        ("The Université Laval study was published.", []),
        ("Monday Morning Briefing", []),
    ],
)
def test_english_people(gazetteer, text, expected) -> None:
    assert people(text, gazetteer) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("M. Kuleba a indiqué qu'il partirait.", ["Kuleba"]),
        ("La climatologue Inès Barreau alerte sur les canicules.", ["Inès Barreau"]),
        ("Le maire de Saint-Lô, Jacques Dupont, est visé.", ["Jacques Dupont"]),
        ("Dans la ville de Kharkiv, les sirènes ont retenti.", []),
    ],
)
def test_french_people(gazetteer, text, expected) -> None:
    assert people(text, gazetteer, "fr") == expected


def test_gazetteer_aliases_and_institutions(gazetteer) -> None:
    text = "The Kremlin and NATO disagreed, l’Otan aussi, and Sergueï Lavrov left."
    found = [(text[m.start : m.end], m.kind, m.keys) for m in find_mentions(text, language="en", gazetteer=gazetteer)]
    assert ("The Kremlin", "institution", ("Kremlin",)) in found
    assert ("Sergueï Lavrov", "person", ("Sergei Lavrov",)) in found
    assert any(surface == "l’Otan" for surface, _, _ in found)


def test_titles_genders_and_captions(gazetteer) -> None:
    text = "Photo\n\nMaria Zakharova, Russian Foreign Ministry spokeswoman\n\nMme Dufresne a parlé."
    mentions = find_mentions(text, language="fr", gazetteer=gazetteer)
    zakharova = next(m for m in mentions if text[m.start : m.end] == "Maria Zakharova")
    assert zakharova.caption and "spokeswoman" in zakharova.title
    dufresne = next(m for m in mentions if text[m.start : m.end] == "Dufresne")
    assert dufresne.gender == "f" and dufresne.evidence == "honorific"


def test_unsupported_language_and_empty_text(gazetteer) -> None:
    assert find_mentions("Herr Müller sagte es.", language="de", gazetteer=gazetteer) == []
    assert find_mentions("   ", language="en", gazetteer=gazetteer) == []


PIECES = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from([*list("\"'“”‘’«»\n.,;:—-"), "Mr. ", "M. ", " said ", " a déclaré ", "Jean ", "Le ", "Putin", "l'", " of "]),
)
TEXT = st.lists(PIECES, max_size=120).map("".join)


@settings(max_examples=200, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TEXT, language=st.sampled_from(["en", "fr"]))
def test_mentions_never_raise_and_offsets_are_valid(gazetteer, text, language) -> None:
    mentions = find_mentions(text, language=language, gazetteer=gazetteer)
    previous_end = 0
    for m in mentions:
        assert 0 <= previous_end <= m.start < m.end <= len(text)  # ordered, not overlapping
        assert text[m.start : m.end].strip()
        assert m.outer_start <= m.start
        previous_end = m.end
