"""Speaker attribution: who said each quote found by ``extract_quotes``.

The speaker is read from the quote's zone: a named mention there ("said Iryna
Savchuk", "M. Kuleba a indiqué"), a pronoun ("he added", "a-t-elle ajouté"), or
a definite role noun ("the researcher", "le ministre", "la porte-parole"),
resolved in ``reference.py``. Unattributed quotes continue the speaker of the
quote just before them (same or previous paragraph, nobody else named in
between); a block quote takes the name on the attribution line after it.
Caption lines are never speakers of the next quote. When nothing fits, the
speaker is None: a wrong name is worse than none. Method: the source-finding
rules of Pareti (2016, PARC 3.0) and the Gender Gap Tracker (Asr et al. 2021),
on surface patterns instead of a parse.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable
from itertools import accumulate

from framing.sources.quotes.clauses import crosses_sentence, last_sentence_start, masked, paragraphs
from framing.sources.quotes.model import Layout, QuoteCandidate
from framing.sources.quotes.reference import (
    Attribution,
    RoleNoun,
    SpeakerMention,
    State,
    continuation,
    noun_phrase,
    opens_paragraph,
    pronoun,
)
from framing.sources.quotes.salience import (
    ARTICLE,
    INTRO,
    REVERSE_APPOSITION,
    Starts,
    chunk,
    comma_chain,
    is_subject,
    role_subjects,
)
from framing.sources.quotes.words import CUE_WORDS
from framing.text.marks import quotations
from framing.text.tokens import WORD_RUN

__all__ = ["Attribution", "RoleNoun", "SpeakerMention", "attribute"]

_PRONOUN = re.compile(r"^\W*(he|she|they|il|elle|ils|elles)\b", re.IGNORECASE)
# After "according to" / "selon" the pronoun is an object form: "according to her", "selon lui".
_SOURCE_PRONOUN = re.compile(r"^\W*(him|her|them|he|she|they|lui|elle|eux|elles)\W*$", re.IGNORECASE)
def attribute(
    text: str,
    quotes: list[QuoteCandidate],
    referents: list[SpeakerMention],
    *,
    role: Callable[[str], RoleNoun | None] = lambda np: None,
    laid: Layout | None = None,
) -> list[Attribution]:
    """Return the speaker of each quote (same order as ``quotes``).

    ``referents`` are the actor mentions of the text; ``role`` describes a
    definite noun phrase ("the French foreign minister") and may name the one
    actor who held that role on the article's date; ``laid`` is the text's
    ``layout`` when the caller has it.
    """
    refs = sorted(referents, key=lambda r: r.start)
    # A mention inside another one's title ("Chinese Foreign Ministry spokesman Zhao Lijian") is not a subject.
    inside = _inside_titles(refs)
    speakable = [r for r, covered in zip(refs, inside, strict=True) if not r.quoted and not covered]
    if laid is not None:
        mtext, paras = laid.masked, list(laid.paragraphs)
    else:
        mtext, paras = masked(text, quotations(text)), paragraphs(text)
    state = State(text, mtext, speakable, role, paras, starts=[s for s, _ in paras])
    state.cues = list(laid.cues) if laid is not None else []
    state.quoted = [r for r in refs if r.quoted]
    state.genders = {r.actor: r.gender for r in refs}
    state.persons = {r.actor for r in refs if r.person}
    starts = Starts.of(text)
    state.events = [(r.start, r.actor) for r in refs if not (r.caption or r.quoted) and is_subject(text, r, starts)]
    if laid is not None:
        state.events += role_subjects(state, laid.sentences)
    state.index()
    results: list[Attribution] = []
    spoken: list[QuoteCandidate] = []  # the quotes attributed so far, for paragraph look-ups
    for i, quote in enumerate(quotes):
        prev = (quotes[i - 1], results[i - 1]) if i else (None, None)
        found = _speaker(state, quote, prev, quotes, results)
        if found.speaker is None and (quote.speaker_at == "none" or quote.zone is None):
            found = _announced(state, quote, spoken) or found
        if found.speaker is not None:
            state.add_event(quote.cue.start if quote.cue else quote.start, found.speaker)
        results.append(found)
        spoken.append(quote)
    return results


# A speaker is named within this many characters of its cue (bounds work on run-on text).
_ZONE = 1000


def _speaker(state: State, quote: QuoteCandidate, prev, quotes: list[QuoteCandidate], done: list[Attribution]) -> Attribution:
    if quote.speaker_at == "none" or quote.zone is None:
        return continuation(state, quote, *prev)
    start, end = quote.zone
    if quote.speaker_at == "sentence":
        # The speaker of an earlier quote in the same sentence ("…, adding …").
        for j in range(len(done) - 1, -1, -1):
            if crosses_sentence(state.mtext, quotes[j].start, quote.start):
                break
            if done[j].speaker is not None:
                return done[j]
        return _subject(state, max(start, end - _ZONE), end, pos=start, main=True)
    if quote.speaker_at == "line":
        ref = next(iter(state.refs_in(start, end)), None)
        return Attribution(ref.actor, state.text[ref.start : ref.end]) if ref else Attribution(None, state.text[start:end].strip() or None)
    if quote.speaker_at == "after":
        return _after(state, start, min(end, start + _ZONE), incise=quote.rule == "incise")
    return _subject(state, max(start, end - _ZONE), end, pos=end)


def _announced(state: State, quote: QuoteCandidate, before: list[QuoteCandidate]) -> Attribution | None:
    """Return the speaker announced by the paragraph before a quote that opens its own paragraph.

    "Dr. Ifeoma Chukwu, who led the campaign, described the first weeks." /
    "He told the BBC:" followed by a quotation paragraph: the previous
    paragraph holds no quote and ends with a cue and at most a few words, so
    the subject of that cue speaks next.
    """
    p = state.paragraph(quote.start)
    if not 0 < p < len(state.paras) or not opens_paragraph(state, quote.start, _NOT_OPENING_MARK):
        return None
    start, end = state.paras[p - 1]
    # The previous paragraph holds no quote (quotes come in order: look at the latest ones).
    for q in reversed(before):
        if q.start < start:
            break
        if q.start < end:
            return None
    used = {q.cue.start for q in before[-8:] if q.cue}
    cues = [c for c in state.cues_in(max(start, end - _ZONE), end) if not c.source and c.start not in used]
    if not cues or not _ANNOUNCING_REST.fullmatch(state.mtext, cues[-1].end, end):
        return _introduced(state, start, end)
    cue = cues[-1]
    found = _subject(state, last_sentence_start(state.mtext, max(start, cue.start - _ZONE), cue.start), cue.start, pos=cue.start)
    return found if found.speaker is not None and found.speaker in state.persons else None


_NOT_OPENING_MARK = re.compile(r"[^\s\"“«‘']")
def _introduced(state: State, start: int, end: int) -> Attribution | None:
    """Return the one person a paragraph introduces, as the subject of its sentences, or None.

    "Marta Silva spent eleven years as a war photographer." followed by a
    quotation paragraph with no attribution: features quote the person they
    have just introduced. Anyone else named in that paragraph makes it
    ambiguous, and then no one is named.
    """
    refs = [r for r in state.refs_in(start, end) if not r.caption]
    actors = {r.actor for r in refs}
    if len(actors) != 1 or not all(r.person for r in refs):
        return None
    (actor,) = actors
    if not any(start <= pos < end and who == actor for pos, who in state.events_before(end)):
        return None
    return Attribution(actor, state.text[refs[0].start : refs[0].end])


# After an announcing cue: a few words (an object or an addressee), then a full stop or a colon.
_ANNOUNCING_REST = re.compile(r"(?:\s+[^\s“”«»\"]+){0,8}\s*[.:]\s*")


def _after(state: State, start: int, end: int, *, incise: bool = False) -> Attribution:
    """Return the speaker named after an inverted cue ("said X", "estime la chercheuse", "a-t-il dit")."""
    text = state.text
    zone = text[start:end]
    word = _PRONOUN.match(zone) or _SOURCE_PRONOUN.match(zone)
    if word or (word := re.search(r"-(?:t-)?(il|elle|ils|elles|on)\b", zone, re.IGNORECASE)):
        return pronoun(state, word.group(1), start)
    # An incise sits inside the quotation marks, so its speaker is a "quoted" mention.
    refs, first = state.refs_from(start, quoted=incise)
    for ref in refs[first:]:
        if start <= ref.left < end and _gap_after(text[start : ref.left]):
            return Attribution(ref.actor, text[ref.start : ref.end])
        if ref.left >= end:
            break
    np = re.split(r"[,;:.!?()]", zone.strip(), maxsplit=1)[0].strip()
    return noun_phrase(state, np, start)


def _gap_after(gap: str) -> bool:
    """Return whether the words between an inverted cue and a name leave the name as subject."""
    g = gap.strip()
    if not g:
        return True
    if g.endswith(",") and len(g.split()) <= 8:  # "said its spokeswoman, Iryna Savchuk"
        return True
    return len(g.split()) <= 3 and not re.search(r"\b(?:for|of|to|with|from|by|de|du|des|à|au|pour|avec|par)$", g, re.IGNORECASE)


def _subject(state: State, start: int, end: int, *, pos: int, main: bool = False) -> Attribution:
    """Return the subject of the clause in ``[start, end)`` (the words before a cue).

    In order: a mention that opens the clause (after an introductory phrase,
    "the", or a description such as "the governor of X,") and reaches the cue
    across an apposition or adverbs; the capitalised words right before the cue
    ("what Moscow calls"); the mention opening the clause; the noun phrase
    opening it. ``main`` asks for the main clause's subject (gerunds, colons).
    """
    text = state.text
    intro = INTRO.match(text[start:end])
    body_start = start + (intro.end() if intro else 0)
    lead = _skip_space(text, body_start, end)
    refs = [r for r in state.refs_in(lead, end) if lead <= r.left and r.end <= end]
    openers = [r for r in refs if _opens(text, lead, r)]
    if not openers and (comma := text.find(", ", lead, end)) > 0 and len(text[lead:comma].split()) <= 8:
        after_intro = _skip_space(text, comma + 1, end)  # an unlisted introductory phrase
        if openers := [r for r in refs if _opens(text, after_intro, r)]:
            lead = after_intro
    if not main:
        for ref in openers:
            if _gap_before(text[ref.end : end]):
                return Attribution(ref.actor, text[ref.start : ref.end])
        if word := _PRONOUN.match(text[lead:end]):
            return pronoun(state, word.group(1), pos)
        for ref in reversed(refs):  # "Ukraine's state nuclear operator Energoatom said"
            gap = text[ref.end : end]
            if "," not in gap and _gap_before(gap) and not _PREPOSITION_BEFORE.search(text[lead : ref.left]):
                return Attribution(ref.actor, text[ref.start : ref.end])
        near = re.search(r"((?:[A-ZÀ-Þ][\w'’.-]*\s+){1,4})$", text[lead:end])
        if near and not _PREPOSITION_BEFORE.search(text[lead : lead + near.start()]):
            words = near.group(1).strip()
            if not _PRONOUN.match(words) and words.split()[0].casefold() not in CUE_WORDS.gap_words:
                return noun_phrase(state, words, pos)
    if openers:
        return Attribution(openers[0].actor, text[openers[0].start : openers[0].end])
    if word := _PRONOUN.match(text[lead:end]):
        return pronoun(state, word.group(1), pos)
    if not main and (word := _PRONOUN_LAST.search(text, lead, end)):
        if _RELATIVE_BEFORE.search(text, lead, word.start()):
            return Attribution(None, word.group(1))  # "ce qu'il qualifie de": "il" may stand for anything
        return pronoun(state, word.group(1), pos)  # "Hours later she posted"
    if not main and (comma := text.rfind(",", lead, end)) > 0:
        lead = comma + 1  # the phrase just before the cue: "…, residents said"
    return noun_phrase(state, chunk(text[lead:end]), pos)


# "ce qu'il qualifie de", "what he calls": a relative clause, whose pronoun may stand for anything.
_RELATIVE_BEFORE = re.compile(r"(?:\bqu['’]|\b(?:que|what|which|that|dont)\s+)$", re.IGNORECASE)
# A subject pronoun right before the cue, past adverbs and auxiliaries ("she has since posted").
_PRONOUN_LAST = re.compile(
    r"\b(he|she|they|il|elle|ils|elles)\s+(?:(?:also|then|later|again|has|have|had|since|a|ont|avait|aussi|"
    r"également|lui-même|elle-même)\s+)*$",
    re.IGNORECASE,
)


_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|at|of|from|to|with|near|by|for|de|du|des|à|au|aux|en|dans|avec|par|pour)\s+(?:the\s+|le\s+|la\s+|l['’])?$",
    re.IGNORECASE,
)
def _skip_space(text: str, pos: int, end: int) -> int:
    while pos < end and text[pos] in " \t\n\"“«":
        pos += 1
    return pos


def _opens(text: str, lead: int, ref: SpeakerMention) -> bool:
    """Return whether ``ref`` opens the clause starting at ``lead`` (after "the" or a description)."""
    between = text[lead : ref.left]
    return (
        not between.strip()
        or bool(ARTICLE.fullmatch(between))
        or REVERSE_APPOSITION.fullmatch(between) is not None
        or comma_chain(between)
    )


def _gap_before(gap: str) -> bool:
    """Return whether only an apposition, adverbs or auxiliaries separate a subject from its cue."""
    g = gap.strip()
    if g.startswith(","):
        last = g.rfind(",")
        g = g[last + 1 :] if last > 0 else ""
    words = WORD_RUN.findall(g.casefold())
    return len(words) <= 4 and all(w in CUE_WORDS.gap_words for w in words)


def _inside_titles(refs: list[SpeakerMention]) -> list[bool]:
    """Return, for each mention, whether it lies inside another mention's title span
    ``[left, start)``: title spans sorted by left end, with the running maximum of their right
    ends, answer each mention by bisection (comparing every pair was quadratic on long texts)."""
    spans = sorted((o.left, o.start) for o in refs if o.left < o.start)
    lefts = [a for a, _ in spans]
    reach = list(accumulate((b for _, b in spans), max))
    found = []
    for r in refs:
        k = bisect_right(lefts, r.start)
        found.append(k > 0 and reach[k - 1] >= r.end)
    return found

