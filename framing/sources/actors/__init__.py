"""Cited actors: the gazetteer, mentions of people and institutions, and their resolution."""

from framing.sources.actors.gazetteer import (
    SIDES,
    Actor,
    Gazetteer,
    GazetteerError,
    Role,
    RolePhrase,
    build_gazetteer,
    load_gazetteer,
)
from framing.sources.actors.mentions import Mention, find_mentions
from framing.sources.actors.resolve import ResolvedActor, name_similarity, resolve
from framing.sources.actors.roles import role_holder

__all__ = [
    "SIDES",
    "Actor",
    "Gazetteer",
    "GazetteerError",
    "Mention",
    "ResolvedActor",
    "Role",
    "RolePhrase",
    "build_gazetteer",
    "find_mentions",
    "load_gazetteer",
    "name_similarity",
    "resolve",
    "role_holder",
]
