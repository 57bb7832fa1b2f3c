"""The actor gazetteer: size, validation, dated roles, and its word-list neighbour."""

from __future__ import annotations

import re

import pytest

from framing.resources import ACTORS_DIR
from framing.sources.actors import GazetteerError, build_gazetteer
from framing.sources.actors.gazetteer import NOT_SIDE_FILES


def test_the_gazetteer_holds_its_actors(gazetteer) -> None:
    assert len(gazetteer.actors) >= 400
    assert "names.yaml" in NOT_SIDE_FILES and (ACTORS_DIR / "names.yaml").is_file()
    assert {a.file for a in gazetteer.actors}.isdisjoint(NOT_SIDE_FILES)


def test_wikidata_ids_are_well_formed_or_absent(gazetteer) -> None:
    for actor in gazetteer.actors:
        assert actor.wikidata is None or re.fullmatch(r"Q[1-9]\d*", actor.wikidata), actor.name


def test_every_actor_has_a_source_and_a_side(gazetteer) -> None:
    for actor in gazetteer.actors:
        assert actor.side and actor.kind in ("person", "institution", "media"), actor.name


@pytest.mark.parametrize(
    ("role", "country", "date", "expected"),
    [
        ("foreign-minister", "france", "2022-03-10", "Jean-Yves Le Drian"),
        ("foreign-minister", "france", "2024-04-01", "Stéphane Séjourné"),
        ("foreign-minister", "france", "2025-02", "Jean-Noël Barrot"),
        ("foreign-minister", "russia", "2023", "Sergei Lavrov"),
        ("foreign-minister", "ukraine", "2024-03-05", "Dmytro Kuleba"),
    ],
)
def test_role_holders_by_date(gazetteer, role, country, date, expected) -> None:
    assert [a.name for a in gazetteer.holders(role, country, date)] == [expected]


def test_holders_need_a_date(gazetteer) -> None:
    assert gazetteer.holders("foreign-minister", "france", None) == ()


def test_aliases_are_folded(gazetteer) -> None:
    assert [a.name for a in gazetteer.named("sergueï lavrov")] == ["Sergei Lavrov"]
    assert gazetteer.by_key("Q7747").name == "Vladimir Putin"


@pytest.mark.parametrize(
    ("actors", "message"),
    [
        ([{"name": "A B", "roles": [{"role": "foreign-minister", "start": "March 2022"}]}], "is not YYYY[-MM[-DD]]"),
        ([{"name": "A B", "roles": [{"role": "wizard"}]}], "unknown role 'wizard'"),
        ([{"name": "A B", "kind": "robot"}], "kind 'robot'"),
        ([{"name": "A B", "wikidata": "Q1"}, {"name": "C D", "wikidata": "Q1"}], "key 'Q1' also used"),
        ([{"aliases": ["x"]}], "has no name"),
    ],
)
def test_invalid_entries_name_file_and_actor(actors, message) -> None:
    roles = {"roles": {"foreign-minister": {"en": ["foreign minister"]}}, "countries": {}}
    with pytest.raises(GazetteerError) as error:
        build_gazetteer({"test.yaml": {"side": "france", "actors": actors}}, roles)
    assert "test.yaml" in str(error.value) and message in str(error.value)
