"""Roles named by titles, and the side of an unlisted person."""

from __future__ import annotations

import pytest

from framing.sources.actors.roles import guess_side, roles_in


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("French Foreign Minister", ("foreign-minister", "france")),
        ("le ministre des Affaires étrangères russe", ("foreign-minister", "russia")),
        ("Ukraine's Defense Minister", ("defence-minister", "ukraine")),
    ],
)
def test_roles_in(gazetteer, title, expected) -> None:
    assert expected in roles_in(title, gazetteer)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Ukraine's Defense Minister", "ukraine"),
        ("a spokesman for the Russian-installed administration", "russia"),
        ("an analyst at the Baltic Policy Institute", "expert"),
        ("président de l'association Solidarité Donbass", "civil-society"),
        ("a correspondent", "media"),
        ("a retired teacher", "unknown"),
        ("", "unknown"),
    ],
)
def test_guess_side(gazetteer, title, expected) -> None:
    assert guess_side(title, gazetteer) == expected
