"""Cited actors of one article: who is quoted, who is talked about, and how.

``analyse_sources`` runs the whole chain — mentions (``mentions.py``), resolution
to actors (``resolve.py``), pronouns and role nouns referring back to them
(``references.py``), quotes (``framing.sources.quotes.extract``) and speakers
(``framing.sources.quotes.attribute``) — and returns the record's ``quotes`` and
``actors`` fields. Each actor lists its mentions with the sentiment toward it
there (``portrayal.py``; the scorer is passed in as ``mention_tone``), following
the target-dependent reading of news sentiment (Hamborg & Donnay 2021).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from framing.sources.actors.gazetteer import Gazetteer, load_gazetteer
from framing.sources.actors.mentions import Mention, find_mentions
from framing.sources.actors.references import Antecedent, Reference, references
from framing.sources.actors.resolve import ResolvedActor
from framing.sources.actors.resolve import resolve as resolve_actors
from framing.sources.actors.roles import countries_in, roles_in
from framing.sources.actors.wordlists import ROLE_NOUNS, role_noun
from framing.sources.portrayal import MentionTone, portrayal
from framing.sources.quotes.attribute import RoleNoun, SpeakerMention, attribute
from framing.sources.quotes.extract import extract_quotes
from framing.sources.quotes.model import layout
from framing.text.fold import fold
from framing.text.marks import Quotation
from framing.text.tokens import WORD_RUN

__all__ = ["SourceAnalysis", "analyse_sources"]

SUPPORTED = ("en", "fr")
# Role ids whose bare noun ("the minister", "le président") says nothing specific.
_GENERIC_ROLES = frozenset(["minister", "head-of-state", "adviser", "military-commander", "ambassador", "special-envoy"])


_ELISION = re.compile(r"^[ld]'")
_DETERMINERS = frozenset(["the", "this", "that", "le", "la", "les", "l", "ce", "cet", "cette", "son", "sa", "ses", "its", "his", "her", "their"])


@dataclass(frozen=True, slots=True)
class SourceAnalysis:
    """The record fields ``quotes`` and ``actors`` of one article."""

    quotes: list[dict]
    actors: list[dict]


def analyse_sources(
    text: str,
    *,
    language: str | None,
    date: str | None,
    sentences: list[tuple[int, int, float | None]],
    gazetteer: Gazetteer | None = None,
    quotes: Sequence[Quotation] | None = None,
    mention_tone: MentionTone | None = None,
    quote_tone: Callable[[str], float] | None = None,
) -> SourceAnalysis:
    """Return the quotes (with speakers) and the actors of ``text``.

    ``sentences`` are the record's ``(start, end, compound)`` triples. Unsupported
    languages and empty texts give empty lists. The gazetteer defaults to the
    project's (loaded once). ``quotes`` may pass the text's ``quotation.quotations``
    when the caller has them. ``mention_tone`` scores the sentiment toward each
    mention (else its sentence's compound is used); ``quote_tone`` scores an actor's
    own quoted words (else ``quote_tone`` is null).
    """
    if language not in SUPPORTED or not text or not text.strip():
        return SourceAnalysis([], [])
    gazetteer = gazetteer or load_gazetteer()
    # Quotations, cues, paragraphs and sentences are computed once and shared.
    laid = layout(text, language=language, sentences=[(s, e) for s, e, _ in sentences], quotes=quotes)
    mentions = find_mentions(text, language=language, gazetteer=gazetteer, cues=laid.cues)
    actors, owner = resolve_actors(text, mentions, date=date, gazetteer=gazetteer)
    quoted = [(q.inner_start, q.inner_end) for q in laid.top]
    referents = _referents(text, mentions, owner, actors, quoted)
    holders: dict[str, int] = {}

    def role(np: str) -> RoleNoun | None:
        return _role_noun(np, date=date, gazetteer=gazetteer, actors=actors, holders=holders)

    refs = _references(text, mentions, owner, actors, language=language, sentences=sentences, role=role)
    candidates = extract_quotes(text, language=language, laid=laid)
    speakers = attribute(text, candidates, referents, role=role, laid=laid)
    quotes = [
        {
            "speaker": actors[a.speaker].name if a.speaker is not None else None,
            "speaker_text": a.text,
            "side": _quote_side(a.speaker, a.text, actors, gazetteer),
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
    # Each actor's own quotes: their mentions are not portrayal; the words of its direct quotes
    # (its own words, not the outlet's paraphrase) give its quote tone.
    own: list[list[tuple[int, int]]] = [[] for _ in actors]
    worded: list[list[tuple[int, int]]] = [[] for _ in actors]
    for c, a in zip(candidates, speakers, strict=True):
        if a.speaker is not None:
            own[a.speaker].append((c.content_start, c.content_end))
            if c.kind == "direct":
                worded[a.speaker].append((c.content_start, c.content_end))
    spans = _spans(actors, mentions, refs)
    ordered = sorted(sentences)
    records = [
        _record(actor, counts[i], text, spans[i], portrayal(
            text, spans[i], sentences=ordered, own_quotes=own[i], quoted_words=worded[i],
            mention_tone=mention_tone, quote_tone=quote_tone))
        for i, actor in enumerate(actors)
        if spans[i] or counts[i]
    ]
    return SourceAnalysis(quotes, records)


def _quote_side(speaker: int | None, shown: str | None, actors: list[ResolvedActor], gazetteer: Gazetteer) -> str | None:
    """Return the side of a quote's source: its speaker's, or — for an unnamed source such as
    "Ukrainian officials", "Moscow" or « les autorités installées par Moscou » — the side of the
    countries its description names when they all share one side; None when nothing says.

    The speaker stays null for such a source (no one is named), but whose voice it is matters
    to the voice share by side, and the description states it.
    """
    if speaker is not None:
        side = actors[speaker].side
        return side if side and side != "unknown" else None
    if not shown:
        return None
    sides = {gazetteer.side_of_country(c) for c in countries_in(fold(shown), gazetteer)}
    return sides.pop() if len(sides) == 1 and "other" not in sides else None


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Return whether ``[start, end)`` lies inside one of ``spans`` (sorted and disjoint)."""
    i = bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and end <= spans[i][1]


def _referents(text, mentions: list[Mention], owner, actors: list[ResolvedActor], quoted) -> list[SpeakerMention]:
    refs = []
    described: dict[int, tuple[str, frozenset[str], frozenset[str]]] = {}  # per actor: titles, classes, roles
    for mention, index in zip(mentions, owner, strict=True):
        if index is None:
            continue
        actor = actors[index]
        if index not in described:
            described[index] = (" ; ".join(fold(t) for t in actor.titles), _classes(actor), frozenset(actor.role_ids))
        titles, classes, roles = described[index]
        refs.append(
            SpeakerMention(
                mention.start, mention.end, index, mention.outer_start, actor.kind == "person", actor.gender,
                mention.caption, _inside(quoted, mention.start, mention.end), classes, titles, roles,
            )
        )
    return refs


def _classes(actor: ResolvedActor) -> frozenset[str]:
    """Return the role classes (official, expert, civilian, media) of an actor's titles."""
    found = {c for t in actor.titles for w in WORD_RUN.findall(t) if (c := (role_noun(w) or (None,))[0])}
    if actor.role_ids:
        found.add("official")
    return frozenset(found)


def _role_noun(np: str, *, date, gazetteer: Gazetteer, actors: list[ResolvedActor], holders: dict[str, int]) -> RoleNoun | None:
    """Describe a role noun phrase; name its holder when the gazetteer has exactly one at ``date``."""
    words = [_ELISION.sub("", fold(w)) for w in WORD_RUN.findall(np)]
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
    bare = len([w for w in words if w not in _DETERMINERS]) <= 1
    return RoleNoun(head or "", cls, gender, holder, specific, bare)


def _actor_index(actor, actors: list[ResolvedActor], holders: dict[str, int]) -> int:
    """Return the index of a gazetteer actor in ``actors``, adding it (without mentions) if absent."""
    for i, known in enumerate(actors):
        if known.key == actor.key:
            return i
    if actor.key not in holders:
        actors.append(ResolvedActor(actor.name, actor.key, actor.kind, actor.side, actor.gender, (), (), ()))
        holders[actor.key] = len(actors) - 1
    return holders[actor.key]


def _spans(actors: list[ResolvedActor], mentions: list[Mention], refs: list[Reference]) -> list[list[tuple[int, int]]]:
    """Return, per actor, the sorted spans of its named mentions and of the references to it."""
    spans: list[list[tuple[int, int]]] = [[(mentions[j].start, mentions[j].end) for j in a.mentions] for a in actors]
    for r in refs:
        spans[r.actor].append((r.start, r.end))
    return [sorted(s) for s in spans]


def _references(text, mentions: list[Mention], owner, actors: list[ResolvedActor], *, language: str, sentences,
                role: Callable[[str], RoleNoun | None]) -> list[Reference]:
    """Return the pronouns and role nouns of ``text`` that refer back to one of ``actors``."""
    antecedents = []
    for mention, index in zip(mentions, owner, strict=True):
        if index is None:
            continue
        actor = actors[index]
        titles = " ; ".join(fold(t) for t in (*actor.titles, *actor.roles))
        antecedents.append(Antecedent(mention.start, mention.end, index, actor.kind == "person", actor.gender, titles))
    named = sorted((m.start, m.end) for m in mentions)

    def taken(start: int, end: int) -> bool:
        k = bisect_right(named, (start, float("inf"))) - 1
        return k >= 0 and named[k][1] > start

    def holder(np: str) -> int | None:
        found = role(np)
        return found.holder if found is not None else None

    return references(text, antecedents, language=language, sentence_starts=sorted(s for s, _, _ in sentences),
                      taken=taken, holder=holder)


def _record(actor: ResolvedActor, quote_count: int, text: str, spans: list[tuple[int, int]], portrayed) -> dict:
    return {
        "name": actor.name,
        "side": actor.side,
        "roles": list(actor.roles),
        "mentions": portrayed.mentions,
        "quotes": quote_count,
        "surface_forms": sorted({text[s:e] for s, e in spans}),
        "sentiment": portrayed.sentiment,
        "negative": portrayed.negative,
        "positive": portrayed.positive,
        "quote_tone": portrayed.quote_tone,
        "gazetteer_id": actor.key,
    }
