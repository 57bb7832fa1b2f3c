"""References to speakers: the mentions attribution sees, pronouns and definite role nouns
resolved to the most recent compatible actor, and quotes that continue the previous one.

A pronoun ("he warns", "a-t-elle ajouté") or a definite role noun ("the
researcher", "le ministre", "la porte-parole") goes to the most recent salient
person — a speaker, or the subject of a sentence — compatible in gender and
role, within a few paragraphs: a salience ordering in the spirit of Centering
Theory (Grosz, Joshi & Weinstein 1995) and the speaker rules of Pareti (2016)
and Newell et al. (2018). A role noun naming one office held by one person on
the article's date names that person. When nothing fits, no one is named.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from framing.sources.quotes.model import QuoteCandidate
from framing.sources.quotes.words import CUE_WORDS, word_pattern

__all__ = [
    "Attribution",
    "RoleNoun",
    "SpeakerMention",
    "State",
    "antecedent",
    "continuation",
    "noun_phrase",
    "opens_paragraph",
    "pronoun",
]

# Events further back than this many paragraphs are not antecedents.
_LOOKBACK_PARAGRAPHS = 3
# Nor are events further back than this many salient mentions: a text without paragraph
# breaks would otherwise be searched from its start for every pronoun (quadratic time).
_LOOKBACK_EVENTS = 200
_PRONOUNS = {"he": "m", "she": "f", "they": "pl", "il": "m", "elle": "f", "ils": "pl", "elles": "pl", "on": "pl",
             "him": "m", "her": "f", "them": "pl", "lui": "m", "eux": "pl"}
_DEFINITE = re.compile(
    r"^\W*(?:the|this|le|la|l['’]|les|ce|cet|cette|its|his|her|their|son|sa|ses|leur)\b\s*", re.IGNORECASE
)


class SpeakerMention(NamedTuple):
    """A mention of an actor, as attribution sees it.

    ``outer_start`` includes a title in front of the name; ``classes`` are the
    role classes (official, expert, civilian, media) of the actor's titles;
    ``titles`` is the actor's folded title text, for role-noun matching.
    """

    start: int
    end: int
    actor: int
    outer_start: int = -1
    person: bool = True
    gender: str | None = None
    caption: bool = False
    quoted: bool = False
    classes: frozenset[str] = frozenset()
    titles: str = ""
    roles: frozenset[str] = frozenset()

    @property
    def left(self) -> int:
        return self.outer_start if 0 <= self.outer_start < self.start else self.start


class RoleNoun(NamedTuple):
    """What a definite role noun phrase says about its referent.

    ``roles`` are the specific role ids it names ("the head of European
    diplomacy"); an antecedent must then hold one of them. ``holder`` is the
    one actor known to hold the role on the article's date, if any.
    """

    head: str
    cls: str | None
    gender: str | None
    holder: int | None = None
    roles: frozenset[str] = frozenset()
    bare: bool = True  # the phrase is a determiner and its noun ("the researcher"), nothing more


class Attribution(NamedTuple):
    """The speaker of one quote: an actor index and the words naming it, or None."""

    speaker: int | None
    text: str | None


@dataclass(slots=True)
class State:
    """What attribution knows of one text while it goes through the quotes.

    Lists are kept sorted by position and searched by bisection, so that a
    long text costs time in proportion to its length.
    """

    text: str
    mtext: str
    referents: list[SpeakerMention]  # mentions that may speak, by start
    role: Callable[[str], RoleNoun | None]
    paras: list[tuple[int, int]]
    events: list[tuple[int, int]] = field(default_factory=list)  # (position, actor) of salient mentions, sorted
    genders: dict[int, str | None] = field(default_factory=dict)
    persons: set[int] = field(default_factory=set)
    starts: list[int] = field(default_factory=list)  # paragraph starts
    quoted: list[SpeakerMention] = field(default_factory=list)  # mentions inside quotation marks, by start
    cues: list = field(default_factory=list)  # every reporting cue of the text, by start
    ref_starts: list[int] = field(default_factory=list)
    quoted_starts: list[int] = field(default_factory=list)
    cue_starts: list[int] = field(default_factory=list)
    by_actor: dict[int, list[SpeakerMention]] = field(default_factory=dict)
    actor_titles: dict[int, tuple[str, set[str]]] = field(default_factory=dict)

    def paragraph(self, pos: int) -> int:
        """Return the index of the paragraph containing ``pos`` (ends inclusive), else their count."""
        i = bisect_right(self.starts, pos) - 1
        if i >= 0 and pos <= self.paras[i][1]:
            return i
        return len(self.paras)

    def index(self) -> None:
        """Build the position lists and the mentions by actor (after the lists are set)."""
        self.ref_starts = [r.start for r in self.referents]
        self.quoted_starts = [r.start for r in self.quoted]
        self.cue_starts = [c.start for c in self.cues]
        for ref in self.referents:
            self.by_actor.setdefault(ref.actor, []).append(ref)
        self.events.sort()

    def refs_from(self, pos: int, *, quoted: bool = False) -> tuple[list[SpeakerMention], int]:
        """Return the (quoted or speakable) mentions and the index of the first starting at or after ``pos``."""
        refs, starts = (self.quoted, self.quoted_starts) if quoted else (self.referents, self.ref_starts)
        return refs, bisect_left(starts, pos)

    def refs_in(self, lo: int, hi: int) -> list[SpeakerMention]:
        """Return the speakable mentions starting in ``[lo, hi)``."""
        return self.referents[bisect_left(self.ref_starts, lo) : bisect_left(self.ref_starts, hi)]

    def cues_in(self, lo: int, hi: int) -> list:
        """Return the cues starting in ``[lo, hi)``."""
        return self.cues[bisect_left(self.cue_starts, lo) : bisect_left(self.cue_starts, hi)]

    def add_event(self, pos: int, actor: int) -> None:
        """Record that ``actor`` was salient (spoke) at ``pos``."""
        insort(self.events, (pos, actor))

    def events_before(self, pos: int):
        """Yield the salient ``(position, actor)`` pairs before ``pos``, latest first, at most
        ``_LOOKBACK_EVENTS`` of them."""
        last = bisect_left(self.events, (pos,)) - 1
        for i in range(last, max(last - _LOOKBACK_EVENTS, -1), -1):
            yield self.events[i]


_INSTITUTION = re.compile(
    rf"^\W*(?:the|le|la|l['’])\s*({word_pattern(CUE_WORDS.institution_heads)})\b", re.IGNORECASE
)


def _institution(state: State, head: str, pos: int) -> int | None:
    """Return the most recent institution whose name contains ``head`` ("le ministère" → the ministry)."""
    key = head.casefold().replace("è", "e").replace("é", "e")[:6]
    persons = state.persons
    floor = state.paragraph(pos) - 1
    latest = None  # the most recent salient institution in this paragraph or the one before
    for event_pos, actor in state.events_before(pos):
        if actor in persons:
            continue
        refs = state.by_actor.get(actor, ())
        names = [state.text[r.start : r.end].casefold().replace("è", "e").replace("é", "e") for r in refs]
        if any(key in name for name in names):
            return actor
        if latest is None and state.paragraph(event_pos) >= floor:
            latest = actor
    # "L'organisation a annoncé …" after "Médecins sans frontières a dénoncé …".
    return latest if key in _GENERIC_BODIES else None


# Heads that name a body of any kind, so they may stand for the latest one whatever its name.
# Companies are left out: they are seldom listed, and "the company" after a listed body is
# most often another actor.
_GENERIC_BODIES = frozenset(["organi", "ong", "ngo", "associ"])


def noun_phrase(state: State, np: str, pos: int) -> Attribution:
    """Return the speaker named by a common noun phrase: a definite role noun, else no one."""
    np = np.strip(" \"“”«»'")
    if not np or len(np.split()) > 12:
        return Attribution(None, None)
    if (institution := _INSTITUTION.match(np)) and len(np.split()) <= 3:
        return Attribution(_institution(state, institution.group(1), pos), np)
    if _DEFINITE.match(np) or re.match(r"^[A-Z]", np):
        info = state.role(np)
        if info is not None:
            if info.holder is not None:
                return Attribution(info.holder, np)
            if _DEFINITE.match(np) and (actor := antecedent(state, pos, info.gender, info)) is not None:
                return Attribution(actor, np)
    return Attribution(None, np)


def pronoun(state: State, word: str, pos: int) -> Attribution:
    gender = _PRONOUNS.get(word.casefold())
    if gender == "pl":
        return Attribution(None, word)
    actor = antecedent(state, pos, gender, None)
    if actor is not None and state.genders.get(actor) is None:
        state.genders[actor] = gender  # "she explained" tells the speaker's gender
    return Attribution(actor, word)


def antecedent(state: State, pos: int, gender: str | None, role: RoleNoun | None) -> int | None:
    """Return the most recent salient person compatible with ``gender`` and ``role`` before ``pos``."""
    floor = state.paragraph(pos) - _LOOKBACK_PARAGRAPHS
    fallback = None
    for event_pos, actor in state.events_before(pos):
        if state.paragraph(event_pos) < floor:
            break
        if actor not in state.persons:
            continue
        known = state.genders.get(actor)
        if gender and known and known != gender:
            continue
        if role is None:
            return actor
        refs = state.by_actor.get(actor, [])
        if role.roles:  # a specific role: only its holders qualify
            if any(role.roles & r.roles for r in refs):
                return actor
            continue
        titles, classes = _titles_and_classes(state, actor)
        if role.head and re.search(rf"\b{re.escape(role.head)}", titles):
            return actor
        # Only a bare role noun may fall back on class ("the researcher"); "le ministre des
        # Transports" names an office the antecedent's titles must show.
        if fallback is None and role.bare and (not classes or role.cls in classes or role.cls is None):
            fallback = actor
    if fallback is None and role is None:
        return _only_person(state, pos, gender, floor)
    return fallback


def _titles_and_classes(state: State, actor: int) -> tuple[str, set[str]]:
    """Return an actor's joined title text and role classes, computed once per actor (its
    mentions are fixed once attribution starts; joining them per pronoun was quadratic)."""
    found = state.actor_titles.get(actor)
    if found is None:
        refs = state.by_actor.get(actor, [])
        found = state.actor_titles[actor] = (" ".join(r.titles for r in refs), set().union(*(r.classes for r in refs)))
    return found


def _only_person(state: State, pos: int, gender: str | None, floor: int) -> int | None:
    """Return the one person mentioned in the last paragraphs before ``pos`` that ``gender`` fits, or None.

    A fallback for pronouns when no sentence subject or speaker fits: "Inès
    Barreau alerte sur les canicules. Selon elle, …". Only a gendered pronoun
    and a person of that known gender qualify, and no institution may be named
    after the person ("il"/"elle" also stand for things and bodies); with two
    candidates the reference is ambiguous and no one is named.
    """
    if gender not in ("m", "f"):
        return None
    found = set()
    lo = state.paras[floor][0] if 0 <= floor < len(state.paras) else 0
    for ref in state.refs_in(lo, pos):
        if ref.caption or state.paragraph(ref.start) < floor:
            continue
        if not ref.person:
            found.clear()  # "… La Commission … Elle a ajouté": the body may be meant
            found.add(-1)
            continue
        if state.genders.get(ref.actor) == gender:
            found.discard(-1)
            found.add(ref.actor)
    return found.pop() if len(found) == 1 and -1 not in found else None


def continuation(
    state: State, quote: QuoteCandidate, prev: QuoteCandidate | None, prev_attr: Attribution | None
) -> Attribution:
    """Return the speaker of the previous quote when this unattributed one continues it.

    The previous quote must be direct and end in the same paragraph, or in the
    paragraph just before one this quote opens, with nobody else named between.
    """
    if prev is None or prev_attr is None:
        return Attribution(None, None)
    if prev_attr.speaker is None or prev.kind != "direct":
        return Attribution(None, None)
    prev_para, this_para = state.paragraph(prev.end - 1), state.paragraph(quote.start)
    if not (this_para == prev_para or (this_para == prev_para + 1 and _opens_paragraph(state, quote))):
        return Attribution(None, None)
    between = [r for r in state.refs_in(prev.end, quote.start) if not r.caption and r.person]
    if any(r.actor != prev_attr.speaker for r in between):
        return Attribution(None, None)
    return Attribution(prev_attr.speaker, prev_attr.text)


def opens_paragraph(state: State, pos: int, blank: re.Pattern[str] | None = None) -> bool:
    """Return whether only white space (or what ``blank`` does not match) precedes ``pos`` in its paragraph."""
    p = state.paragraph(pos)
    return p < len(state.paras) and (blank or _NON_SPACE).search(state.text, state.paras[p][0], pos) is None


_NON_SPACE = re.compile(r"\S")


def _opens_paragraph(state: State, quote: QuoteCandidate) -> bool:
    return opens_paragraph(state, quote.start)
