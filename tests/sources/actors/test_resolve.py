"""Resolution: exact aliases, clustering within an article, fuzzy matching with context."""

from __future__ import annotations

import pytest

from framing.sources.actors import find_mentions, name_similarity, resolve, role_holder
from framing.sources.actors.candidates import name_words


def actors(text: str, gazetteer, *, date: str | None = None, language: str = "en"):
    mentions = find_mentions(text, language=language, gazetteer=gazetteer)
    found, _ = resolve(text, mentions, date=date, gazetteer=gazetteer)
    return found


def by_name(found) -> dict:
    return {a.name: a for a in found}


@pytest.mark.parametrize(
    ("text", "date", "name", "forms"),
    [
        # machine translation spells one minister three ways: one actor
        (
            "French Foreign Minister Stephane Ségournet visited Beijing. Sigourney said the talks went well. "
            "Sigournet's visit is the second this year.",
            "2024-04-01", "Stéphane Séjourné", {"Stephane Ségournet", "Sigourney", "Sigournet"},
        ),
        # a fair name plus a dated role in its apposition
        ("Clément Bon, secretary of state for European affairs, told Inter it was grave.", "2022-03-10", "Clément Beaune", {"Clément Bon"}),
        # a garbled transliteration with a dated role and the title's country
        ("The Russian Foreign Minister Sergey Lavrof said Moscow would not bend.", "2022-05-18", "Sergei Lavrov", {"Sergey Lavrof"}),
    ],
)
def test_variants_resolve_to_one_listed_actor(gazetteer, text, date, name, forms) -> None:
    found = by_name(actors(text, gazetteer, date=date))
    assert name in found and set(found[name].surface_forms) == forms
    assert sum(1 for a in found.values() if a.kind == "person") == 1


def test_people_not_listed_keep_their_name_and_a_side_from_their_title(gazetteer) -> None:
    text = "Ukraine's Defense Minister Taras Hnatiuk said the line held. Hannah Whitcombe, an analyst at the institute, agreed."
    found = by_name(actors(text, gazetteer, date="2024-02-17"))
    assert found["Taras Hnatiuk"].key is None and found["Taras Hnatiuk"].side == "ukraine"
    assert found["Hannah Whitcombe"].side == "expert"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Li Qiang met Li Keqiang's widow.", {"Li Qiang", "Li Keqiang"}),
        ("Charles Michel spoke before Michel Barnier.", {"Charles Michel", "Michel Barnier"}),
        ("Olena Kovalenko and Olga Kovalenko, sisters, said they would stay.", {"Olena Kovalenko", "Olga Kovalenko"}),
    ],
)
def test_different_people_are_never_merged(gazetteer, text, names) -> None:
    found = [a for a in actors(text, gazetteer, date="2023-05-01") if a.kind == "person"]
    assert {a.name for a in found} == names and len(found) == len(names)


def test_role_holder_depends_on_the_date(gazetteer) -> None:
    assert role_holder("the French foreign minister", "2022-03-10", gazetteer).name == "Jean-Yves Le Drian"
    assert role_holder("the French foreign minister", "2024-04-01", gazetteer).name == "Stéphane Séjourné"
    assert role_holder("the minister", "2024-04-01", gazetteer) is None


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [("jean-yves le drian", "le drian", 1.0), ("olena kovalenko", "olga kovalenko", 0.0), ("x", "", 0.0)],
)
def test_name_similarity(a, b, expected) -> None:
    assert name_similarity(name_words(a), name_words(b)) == pytest.approx(expected)
