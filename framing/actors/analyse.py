"""Cited actors of one article: who is quoted, who is talked about, and how.

``analyse_actors`` runs the whole chain — mentions (``mentions.py``), resolution
to actors (``resolve.py``), quotes (``framing.quotes.extract``) and speakers
(``framing.quotes.attribute``) — and returns the record's ``quotes`` and
``actors`` fields. An actor's sentiment is the mean compound score of the
author-voice sentences that mention it (mentions inside a quotation are the
quoted person's words, not the outlet's), following the target-dependent
reading of news sentiment (Hamborg & Donnay 2021) at sentence granularity.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from statistics import fmean

from framing.actors.folding import fold
from framing.actors.gazetteer import Gazetteer, load_gazetteer
from framing.actors.lexicon import ROLE_NOUNS, role_noun
from framing.actors.mentions import Mention, find_mentions
from framing.actors.resolve import ResolvedActor, roles_in
from framing.actors.resolve import resolve as resolve_actors
from framing.quotation import quotations
from framing.quotes.attribute import Referent, RoleNoun, attribute
from framing.quotes.extract import extract_quotes

__all__ = ["ActorAnalysis", "analyse_actors"]

SUPPORTED = ("en", "fr")
# Role ids whose bare noun ("the minister", "le président") says nothing specific.
_GENERIC_ROLES = frozenset(["minister", "head-of-state", "adviser", "military-commander", "ambassador", "special-envoy"])


@dataclass(frozen=True, slots=True)
class ActorAnalysis:
    """The record fields ``quotes`` and ``actors`` of one article."""

    quotes: list[dict]
    actors: list[dict]


def analyse_actors(
    text: str,
    *,
    language: str | None,
    date: str | None,
    sentences: list[tuple[int, int, float | None]],
    gazetteer: Gazetteer | None = None,
) -> ActorAnalysis:
    """Return the quotes (with speakers) and the actors of ``text``.

    ``sentences`` are the record's ``(start, end, compound)`` triples, used for
    each actor's author-voice sentiment. Unsupported languages and empty texts
    give empty lists. The gazetteer defaults to the project's (loaded once).
    """
    if language not in SUPPORTED or not text or not text.strip():
        return ActorAnalysis([], [])
    gazetteer = gazetteer or load_gazetteer()
    mentions = find_mentions(text, language=language, gazetteer=gazetteer)
    actors, owner = resolve_actors(text, mentions, date=date, gazetteer=gazetteer)
    quoted = [(q.inner_start, q.inner_end) for q in quotations(text) if q.depth == 0]
    referents = _referents(text, mentions, owner, actors, quoted)
    holders: dict[str, int] = {}

    def role(np: str) -> RoleNoun | None:
        return _role_noun(np, date=date, gazetteer=gazetteer, actors=actors, holders=holders)

    candidates = extract_quotes(text, language=language)
    speakers = attribute(text, candidates, referents, role=role)
    quotes = [
        {
            "speaker": actors[a.speaker].name if a.speaker is not None else None,
            "speaker_text": a.text,
            "text": c.content(text),
            "kind": c.kind,
            "start": c.start,
            "end": c.end,
        }
        for c, a in zip(candidates, speakers, strict=True)
    ]
    counts = [0] * len(actors)
    for a in speakers:
        if a.speaker is not None:
            counts[a.speaker] += 1
    records = [
        _record(actor, i, counts[i], text, mentions, owner, quoted, sentences)
        for i, actor in enumerate(actors)
        if actor.mentions or counts[i]
    ]
    return ActorAnalysis(quotes, records)


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _referents(text, mentions: list[Mention], owner, actors: list[ResolvedActor], quoted) -> list[Referent]:
    refs = []
    for mention, index in zip(mentions, owner, strict=True):
        if index is None:
            continue
        actor = actors[index]
        titles = " ; ".join(fold(t) for t in actor.titles)
        refs.append(
            Referent(
                mention.start, mention.end, index, mention.outer_start, actor.kind == "person", actor.gender,
                mention.caption, _inside(quoted, mention.start, mention.end), _classes(actor), titles,
                frozenset(actor.role_ids),
            )
        )
    return refs


def _classes(actor: ResolvedActor) -> frozenset[str]:
    """Return the role classes (official, expert, civilian, media) of an actor's titles."""
    found = {c for t in actor.titles for w in re.findall(r"[\w'’-]+", t) if (c := (role_noun(w) or (None,))[0])}
    if actor.role_ids:
        found.add("official")
    return frozenset(found)


def _role_noun(np: str, *, date, gazetteer: Gazetteer, actors: list[ResolvedActor], holders: dict[str, int]) -> RoleNoun | None:
    """Describe a role noun phrase; name its holder when the gazetteer has exactly one at ``date``."""
    words = [re.sub(r"^[ld]'", "", fold(w)) for w in re.findall(r"[\w'’-]+", np)]
    head = next((w for w in reversed(words) if w in ROLE_NOUNS or w.removesuffix("s") in ROLE_NOUNS), None)
    roles = roles_in(np, gazetteer)
    if head is None and not roles:
        return None
    cls, gender = role_noun(head) if head else ("official", None)
    holder = None
    for role_id, country in roles:
        found = gazetteer.holders(role_id, country, date) if country else ()
        if len(found) == 1:
            holder = _actor_index(found[0], actors, holders)
            break
    specific = frozenset(r for r, country in roles if country or r not in _GENERIC_ROLES)
    return RoleNoun(head or "", cls, gender, holder, specific)


def _actor_index(actor, actors: list[ResolvedActor], holders: dict[str, int]) -> int:
    """Return the index of a gazetteer actor in ``actors``, adding it (without mentions) if absent."""
    for i, known in enumerate(actors):
        if known.key == actor.key:
            return i
    if actor.key not in holders:
        actors.append(ResolvedActor(actor.name, actor.key, actor.kind, actor.side, actor.gender, (), (), ()))
        holders[actor.key] = len(actors) - 1
    return holders[actor.key]


def _record(actor: ResolvedActor, index, quote_count, text, mentions, owner, quoted, sentences) -> dict:
    spans = [(m.start, m.end) for m, o in zip(mentions, owner, strict=True) if o == index]
    voiced = [(s, e) for s, e in spans if not _inside(quoted, s, e)]
    scores = [c for s, e, c in sentences if c is not None and any(s <= a and b <= e for a, b in voiced)]
    return {
        "name": actor.name,
        "side": actor.side,
        "roles": list(actor.roles),
        "mentions": len(spans),
        "quotes": quote_count,
        "surface_forms": sorted({text[s:e] for s, e in spans}),
        "sentiment": fmean(scores) if scores else None,
        "gazetteer_id": actor.key,
    }
