"""Speaker attribution: who said each quote found by ``extract_quotes``.

The speaker is read from the quote's zone: a named mention there ("said Iryna
Savchuk", "M. Kuleba a indiqué"), a pronoun ("he added", "a-t-elle ajouté"), or
a definite role noun ("the researcher", "le ministre", "la porte-parole").
Pronouns and role nouns go to the most recent compatible actor (gender, role)
that was a speaker or a sentence subject — a salience ordering in the spirit of
Centering Theory (Grosz, Joshi & Weinstein 1995) and the quote-speaker rules of
Pareti (2016) and Newell et al. (2018). Unattributed quotes continue the speaker
of the quote just before them (same or previous paragraph, nobody else named in
between); a block quote takes the name on the attribution line after it.
Caption lines are never speakers of the next quote. When nothing fits, the
speaker is None: a wrong name is worse than none.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from framing.quotation import quotations
from framing.quotes.clauses import crosses_sentence, masked, paragraphs
from framing.quotes.extract import QuoteCandidate

__all__ = ["Attribution", "Referent", "RoleNoun", "attribute"]

# Events further back than this many paragraphs are not antecedents.
_LOOKBACK_PARAGRAPHS = 3
_PRONOUNS = {"he": "m", "she": "f", "they": "pl", "il": "m", "elle": "f", "ils": "pl", "elles": "pl", "on": "pl",
             "him": "m", "her": "f", "them": "pl", "lui": "m", "eux": "pl"}
_PRONOUN = re.compile(r"^\W*(he|she|they|il|elle|ils|elles)\b", re.IGNORECASE)
# After "according to" / "selon" the pronoun is an object form: "according to her", "selon lui".
_SOURCE_PRONOUN = re.compile(r"^\W*(him|her|them|he|she|they|lui|elle|eux|elles)\W*$", re.IGNORECASE)
_DEFINITE = re.compile(
    r"^\W*(?:the|this|le|la|l['’]|les|ce|cet|cette|its|his|her|their|son|sa|ses|leur)\b\s*", re.IGNORECASE
)
_INTRO = re.compile(
    r"^\s*(?:[A-ZÀ-Þ][A-ZÀ-Þ/ '’.-]+(?:,[^()\n]{1,40})?\s*\([^)\n]{1,30}\)\s*[-–—]\s*)?"  # a dateline
    r"(?:(?:in|on|at|during|after|before|from|since|meanwhile|however|earlier|later|also|speaking|"
    r"reached|asked|interviewed|on\s+the\s+other\s+hand|this\s+came|dans|lors|pendant|après|avant|depuis|en|"
    r"au|à|aux|côté|venu|venue|arrivé|arrivée|interrogé|interrogée|joint|jointe|le\s+même\s+jour|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|hier|yesterday|today|aujourd['’]hui|puis|then|lors|par\s+ailleurs|ainsi|"
    r"de\s+son\s+côté)\b[^,]{0,90},\s*)*",
    re.IGNORECASE,
)
_REVERSE_APPOSITION = re.compile(
    r"(?:the|a|an|its|his|her|their|le|la|l['’]|un|une|son|sa|leur)\s[^,.;:]{1,80},\s*", re.IGNORECASE
)
# "deuxième ville du pays, située à …, Bohdan Lyssenko": descriptions before the subject.
_COMMA_CHAIN = re.compile(r"(?:[^,.;:!?«»“”\"]{1,90},\s*){1,3}")
_TOPIC = re.compile(
    r"^\s*(?:for|pour|according\s+to|selon|d['’]après|to)\s+(?:the\s+|le\s+|la\s+|l['’])?", re.IGNORECASE
)
_GAP_WORDS = frozenset(
    """also has have had later then further again repeatedly notably previously himself herself itself
    for his her its their part turn on in a an the statement interview monday tuesday wednesday thursday friday
    saturday sunday yesterday today night morning evening afterwards earlier avait ont a lui elle eux
    également aussi pour sa part de son côté toutefois alors ensuite enfin hier jeudi lundi mardi mercredi
    vendredi samedi dimanche soir matin""".split()
)


@dataclass(frozen=True, slots=True)
class Referent:
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


@dataclass(frozen=True, slots=True)
class RoleNoun:
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


@dataclass(frozen=True, slots=True)
class Attribution:
    """The speaker of one quote: an actor index and the words naming it, or None."""

    speaker: int | None
    text: str | None


@dataclass(slots=True)
class _State:
    text: str
    mtext: str
    referents: list[Referent]
    role: Callable[[str], RoleNoun | None]
    paras: list[tuple[int, int]]
    events: list[tuple[int, int]] = field(default_factory=list)  # (position, actor) of salient mentions
    genders: dict[int, str | None] = field(default_factory=dict)
    persons: set[int] = field(default_factory=set)

    def paragraph(self, pos: int) -> int:
        return next((i for i, (s, e) in enumerate(self.paras) if s <= pos <= e), len(self.paras))


def attribute(
    text: str,
    quotes: list[QuoteCandidate],
    referents: list[Referent],
    *,
    role: Callable[[str], RoleNoun | None] = lambda np: None,
) -> list[Attribution]:
    """Return the speaker of each quote (same order as ``quotes``).

    ``referents`` are the actor mentions of the text; ``role`` describes a
    definite noun phrase ("the French foreign minister") and may name the one
    actor who held that role on the article's date.
    """
    refs = sorted(referents, key=lambda r: r.start)
    # A mention inside another one's title ("Chinese Foreign Ministry spokesman Zhao Lijian") is not a subject.
    speakable = [r for r in refs if not r.quoted and not any(o.left <= r.start and r.end <= o.start for o in refs)]
    state = _State(text, masked(text, quotations(text)), speakable, role, paragraphs(text))
    state.genders = {r.actor: r.gender for r in refs}
    state.persons = {r.actor for r in refs if r.person}
    state.events = [(r.start, r.actor) for r in refs if not (r.caption or r.quoted) and _is_subject(text, r)]
    results: list[Attribution] = []
    for i, quote in enumerate(quotes):
        found = _speaker(state, quote, quotes[:i], results)
        if found.speaker is not None:
            state.events.append((quote.cue.start if quote.cue else quote.start, found.speaker))
        results.append(found)
    return results


def _is_subject(text: str, ref: Referent) -> bool:
    """Return whether a mention opens its sentence (after an introductory phrase or "For X,")."""
    line_start = text.rfind("\n", 0, ref.left) + 1
    stops = [m.end() for m in re.finditer(r"[.!?…][\"”»’]?\s+", text[line_start : ref.left])]
    prefix = text[line_start + (stops[-1] if stops else 0) : ref.left]
    prefix = _INTRO.sub("", prefix)
    if not prefix.strip(" «“\"") or _TOPIC.fullmatch(prefix) or re.fullmatch(r"\s*(?:the|le|la|l['’])\s*", prefix, re.I):
        return True
    if _COMMA_CHAIN.fullmatch(prefix):
        return True
    if re.fullmatch(r"[^,.;:]{1,60},\s*", prefix) and len(prefix.split()) <= 8:
        return True  # "Minutes before the first explosions, President …"
    # "a resident of Bucha, Mykola Tkachenko, …": a description in front of the name.
    return bool(re.fullmatch(r"\s*(?:the|a|an|its|his|her|le|la|l['’]|un|une|son|sa)\s[^,.;:]{1,60},\s*", prefix, re.IGNORECASE))


def _speaker(state: _State, quote: QuoteCandidate, before: list[QuoteCandidate], done: list[Attribution]) -> Attribution:
    if quote.side == "none" or quote.zone is None:
        return _continuation(state, quote, before, done)
    start, end = quote.zone
    if quote.side == "sentence":
        same = [a for q, a in zip(before, done, strict=True)
                if a.speaker is not None and not crosses_sentence(state.mtext, q.start, quote.start)]
        if same:
            return same[-1]
        return _subject(state, start, end, pos=start, main=True)
    if quote.side == "line":
        ref = next((r for r in state.referents if start <= r.start < end), None)
        return Attribution(ref.actor, state.text[ref.start : ref.end]) if ref else Attribution(None, state.text[start:end].strip() or None)
    if quote.side == "after":
        return _after(state, start, end)
    return _subject(state, start, end, pos=end)


def _after(state: _State, start: int, end: int) -> Attribution:
    """Return the speaker named after an inverted cue ("said X", "estime la chercheuse", "a-t-il dit")."""
    text = state.text
    zone = text[start:end]
    pronoun = _PRONOUN.match(zone) or _SOURCE_PRONOUN.match(zone)
    if pronoun or (pronoun := re.search(r"-(?:t-)?(il|elle|ils|elles|on)\b", zone, re.IGNORECASE)):
        return _pronoun(state, pronoun.group(1), start)
    for ref in state.referents:
        if start <= ref.left < end and _gap_after(text[start : ref.left]):
            return Attribution(ref.actor, text[ref.start : ref.end])
        if ref.left >= end:
            break
    np = re.split(r"[,;:.!?()]", zone.strip(), maxsplit=1)[0].strip()
    return _noun_phrase(state, np, start)


def _gap_after(gap: str) -> bool:
    """Return whether the words between an inverted cue and a name leave the name as subject."""
    g = gap.strip()
    if not g:
        return True
    if g.endswith(",") and len(g.split()) <= 8:  # "said its spokeswoman, Iryna Savchuk"
        return True
    return len(g.split()) <= 3 and not re.search(r"\b(?:for|of|to|with|from|by|de|du|des|à|au|pour|avec|par)$", g, re.IGNORECASE)


def _subject(state: _State, start: int, end: int, *, pos: int, main: bool = False) -> Attribution:
    """Return the subject of the clause in ``[start, end)`` (the words before a cue).

    In order: a mention that opens the clause (after an introductory phrase,
    "the", or a description such as "the governor of X,") and reaches the cue
    across an apposition or adverbs; the capitalised words right before the cue
    ("what Moscow calls"); the mention opening the clause; the noun phrase
    opening it. ``main`` asks for the main clause's subject (gerunds, colons).
    """
    text = state.text
    intro = _INTRO.match(text[start:end])
    body_start = start + (intro.end() if intro else 0)
    lead = _skip_space(text, body_start, end)
    refs = [r for r in state.referents if lead <= r.left and r.end <= end]
    openers = [r for r in refs if _opens(text, lead, r)]
    if not openers and (comma := text.find(", ", lead, end)) > 0 and len(text[lead:comma].split()) <= 8:
        after_intro = _skip_space(text, comma + 1, end)  # an unlisted introductory phrase
        if openers := [r for r in refs if _opens(text, after_intro, r)]:
            lead = after_intro
    if not main:
        for ref in openers:
            if _gap_before(text[ref.end : end]):
                return Attribution(ref.actor, text[ref.start : ref.end])
        if pronoun := _PRONOUN.match(text[lead:end]):
            return _pronoun(state, pronoun.group(1), pos)
        for ref in reversed(refs):  # "Ukraine's state nuclear operator Energoatom said"
            gap = text[ref.end : end]
            if "," not in gap and _gap_before(gap) and not _PREPOSITION_BEFORE.search(text[lead : ref.left]):
                return Attribution(ref.actor, text[ref.start : ref.end])
        near = re.search(r"((?:[A-ZÀ-Þ][\w'’.-]*\s+){1,4})$", text[lead:end])
        if near and not _PREPOSITION_BEFORE.search(text[lead : lead + near.start()]):
            words = near.group(1).strip()
            if not _PRONOUN.match(words) and words.split()[0].casefold() not in _GAP_WORDS:
                return _noun_phrase(state, words, pos)
    if openers:
        return Attribution(openers[0].actor, text[openers[0].start : openers[0].end])
    if pronoun := _PRONOUN.match(text[lead:end]):
        return _pronoun(state, pronoun.group(1), pos)
    if not main and (comma := text.rfind(",", lead, end)) > 0:
        lead = comma + 1  # the phrase just before the cue: "…, residents said"
    return _noun_phrase(state, _chunk(text[lead:end]), pos)


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|of|from|to|with|near|by|for|de|du|des|à|au|aux|en|dans|avec|par|pour)\s+(?:the\s+|le\s+|la\s+|l['’])?$",
    re.IGNORECASE,
)
_VERBISH = re.compile(
    r"^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do|a|ont|est|sont|"
    r"avait|sera|[a-z]+(?:ed|ised|ized))$"
)


def _chunk(text: str) -> str:
    """Return the noun phrase that opens ``text``: up to the first comma or verb-like word."""
    words = []
    for word in re.split(r"[,;:()]", text.strip(" \t\n:;,—–-\"“”«»'"), maxsplit=1)[0].split():
        if words and word[:1].islower() and _VERBISH.match(word) and "-" not in word:
            break
        words.append(word)
    while words and words[-1].casefold() in _GAP_WORDS:  # "Moscow has repeatedly" → "Moscow"
        words.pop()
    return " ".join(words)


def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in " \t\n\"“«":
        pos += 1
    return pos


def _opens(text: str, lead: int, ref: Referent) -> bool:
    """Return whether ``ref`` opens the clause starting at ``lead`` (after "the" or a description)."""
    between = text[lead : ref.left]
    return (
        not between.strip()
        or bool(re.fullmatch(r"\s*(?:the|le|la|les|l['’])\s*", between, re.IGNORECASE))
        or _REVERSE_APPOSITION.fullmatch(between) is not None
        or _COMMA_CHAIN.fullmatch(between) is not None
    )


def _gap_before(gap: str) -> bool:
    """Return whether only an apposition, adverbs or auxiliaries separate a subject from its cue."""
    g = gap.strip()
    if g.startswith(","):
        last = g.rfind(",")
        g = g[last + 1 :] if last > 0 else ""
    words = re.findall(r"[\w'’-]+", g.casefold())
    return len(words) <= 4 and all(w in _GAP_WORDS for w in words)


_INSTITUTION = re.compile(
    r"^\W*(?:the|le|la|l['’])\s*(ministry|minist[èe]re|kremlin|administration|government|gouvernement|agency|agence|"
    r"council|conseil|embassy|ambassade|commission|army|arm[ée]e|mission|office|bureau|department|d[ée]partement)\b",
    re.IGNORECASE,
)


def _institution(state: _State, head: str, pos: int) -> int | None:
    """Return the most recent institution whose name contains ``head`` ("le ministère" → the ministry)."""
    key = head.casefold().replace("è", "e").replace("é", "e")[:6]
    persons = state.persons
    for _pos, actor in sorted((e for e in state.events if e[0] < pos), reverse=True):
        if actor in persons:
            continue
        names = [state.text[r.start : r.end].casefold().replace("è", "e").replace("é", "e") for r in state.referents if r.actor == actor]
        if any(key in name for name in names):
            return actor
    return None


def _noun_phrase(state: _State, np: str, pos: int) -> Attribution:
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
            if _DEFINITE.match(np) and (actor := _antecedent(state, pos, info.gender, info)) is not None:
                return Attribution(actor, np)
    return Attribution(None, np)


def _pronoun(state: _State, word: str, pos: int) -> Attribution:
    gender = _PRONOUNS.get(word.casefold())
    if gender == "pl":
        return Attribution(None, word)
    actor = _antecedent(state, pos, gender, None)
    if actor is not None and state.genders.get(actor) is None:
        state.genders[actor] = gender  # "she explained" tells the speaker's gender
    return Attribution(actor, word)


def _antecedent(state: _State, pos: int, gender: str | None, role: RoleNoun | None) -> int | None:
    """Return the most recent salient person compatible with ``gender`` and ``role`` before ``pos``."""
    floor = state.paragraph(pos) - _LOOKBACK_PARAGRAPHS
    candidates = sorted((e for e in state.events if e[0] < pos), reverse=True)
    fallback = None
    for event_pos, actor in candidates:
        if state.paragraph(event_pos) < floor:
            break
        if actor not in state.persons:
            continue
        known = state.genders.get(actor)
        if gender and known and known != gender:
            continue
        if role is None:
            return actor
        refs = [r for r in state.referents if r.actor == actor]
        if role.roles:  # a specific role: only its holders qualify
            if any(role.roles & r.roles for r in refs):
                return actor
            continue
        titles = " ".join(r.titles for r in refs)
        if role.head and re.search(rf"\b{re.escape(role.head)}", titles):
            return actor
        classes = set().union(*(r.classes for r in refs)) if refs else set()
        if fallback is None and (not classes or role.cls in classes or role.cls is None):
            fallback = actor
    return fallback


def _continuation(state: _State, quote: QuoteCandidate, before: list[QuoteCandidate], done: list[Attribution]) -> Attribution:
    """Return the speaker of the previous quote when this unattributed one continues it.

    The previous quote must be direct and end in the same paragraph, or in the
    paragraph just before one this quote opens, with nobody else named between.
    """
    if not before:
        return Attribution(None, None)
    prev, prev_attr = before[-1], done[-1]
    if prev_attr.speaker is None or prev.kind != "direct":
        return Attribution(None, None)
    prev_para, this_para = state.paragraph(prev.end - 1), state.paragraph(quote.start)
    if not (this_para == prev_para or (this_para == prev_para + 1 and _opens_paragraph(state, quote))):
        return Attribution(None, None)
    between = [r for r in state.referents if prev.end <= r.start < quote.start and not r.caption and r.person]
    if any(r.actor != prev_attr.speaker for r in between):
        return Attribution(None, None)
    return Attribution(prev_attr.speaker, prev_attr.text)


def _opens_paragraph(state: _State, quote: QuoteCandidate) -> bool:
    p = state.paragraph(quote.start)
    return p < len(state.paras) and not state.text[state.paras[p][0] : quote.start].strip()
