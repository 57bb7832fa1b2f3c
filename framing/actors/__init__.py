"""Cited actors: the gazetteer, mentions of people and institutions, their resolution, and the
article-level analysis that joins them with quotes and speakers."""

from framing.actors.analyse import ActorAnalysis, analyse_actors
from framing.actors.gazetteer import (
    SIDES,
    Actor,
    Gazetteer,
    GazetteerError,
    Role,
    RolePhrase,
    build_gazetteer,
    load_gazetteer,
)
from framing.actors.mentions import Mention, find_mentions
from framing.actors.resolve import ResolvedActor, name_similarity, resolve
from framing.actors.roles import role_holder

__all__ = [
    "SIDES",
    "Actor",
    "ActorAnalysis",
    "Gazetteer",
    "GazetteerError",
    "Mention",
    "ResolvedActor",
    "Role",
    "RolePhrase",
    "analyse_actors",
    "build_gazetteer",
    "find_mentions",
    "load_gazetteer",
    "name_similarity",
    "resolve",
    "role_holder",
]
