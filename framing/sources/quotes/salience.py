"""Salience for attribution: which mentions open their sentence, and which sentences are
opened by an office whose holder is known.

A pronoun or a role noun goes to the most recent *salient* person (see
``reference.py``): a speaker, or the subject of a sentence. A mention is a
subject when only an introductory phrase ("On Monday,", "Pour X,"), an
article, or a description ("a resident of Bucha,") stands before it in its
sentence; a definite role phrase opening a sentence ("Le président ukrainien
a appelé …") makes the role's holder on the article's date the subject.
Method: the salience ordering of Centering Theory (Grosz, Joshi & Weinstein
1995) reduced to sentence subjects and speakers.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from framing.sources.quotes.reference import SpeakerMention, State
from framing.sources.quotes.words import CUE_WORDS, word_pattern

__all__ = ["ARTICLE", "COMMA_CHAIN", "INTRO", "REVERSE_APPOSITION", "Starts", "chunk", "comma_chain", "is_subject", "role_subjects"]

# Past this many characters from its sentence start, a mention does not open the sentence.
_FAR = 1000


INTRO = re.compile(
    r"^\s*(?:[A-ZÀ-Þ][A-ZÀ-Þ/ '’.-]+(?:,[^()\n]{1,40})?\s*\([^)\n]{1,30}\)\s*[-–—]\s*)?"  # a dateline
    rf"(?:(?:{word_pattern(CUE_WORDS.clause_openers)})\b[^,]{{0,90}},\s*)*",
    re.IGNORECASE,
)
REVERSE_APPOSITION = re.compile(
    r"(?:the|a|an|its|his|her|their|le|la|l['’]|un|une|son|sa|leur)\s[^,.;:]{1,80},\s*", re.IGNORECASE
)
# "deuxième ville du pays, située à …, Bohdan Lyssenko": descriptions before the subject.
COMMA_CHAIN = re.compile(r"(?:[^,.;:!?«»“”\"]{1,90},\s*){1,3}")  # the definition; tested by comma_chain
_NOT_IN_CHAIN = re.compile(r"[.;:!?«»“”\"]")


def comma_chain(text: str) -> bool:
    """Return whether ``COMMA_CHAIN.fullmatch(text)`` would succeed, in linear time.

    The pattern nests a repeat in a repeat, and a failed ``fullmatch`` of it on
    a long sentence backtracks through every way of cutting it (seconds on a
    hostile paragraph). Segments cannot contain commas, so splitting at the
    commas decides it directly: one to three segments of 1–90 allowed
    characters (each may give its leading white space to the comma before it),
    then white space only.
    """
    if not 1 <= text.count(",") <= 3 or len(text) > 400:  # at most three segments of 90 characters
        return False
    parts = text.split(",")
    if parts[-1].strip() or _NOT_IN_CHAIN.search(text):
        return False
    for i, segment in enumerate(parts[:-1]):
        core = segment.lstrip() if i else segment
        length = len(core) if core else min(len(segment), 1)
        if not 1 <= length <= 90:
            return False
    return True


_TOPIC = re.compile(
    r"^\s*(?:for|pour|according\s+to|selon|d['’]après|to)\s+(?:the\s+|le\s+|la\s+|l['’])?", re.IGNORECASE
)


# Sentence ends inside a line, before a mention.
_SENTENCE_GAP = re.compile(r"[.!?…][\"”»’]?\s+")
ARTICLE = re.compile(r"\s*(?:the|le|la|les|l['’])\s*", re.IGNORECASE)
_SHORTINTRO = re.compile(r"[^,.;:]{1,60},\s*")
_DESCRIPTION = re.compile(r"\s*(?:the|a|an|its|his|her|le|la|l['’]|un|une|son|sa)\s[^,.;:]{1,60},\s*", re.IGNORECASE)




@dataclass(frozen=True, slots=True)
class Starts:
    """Line breaks and sentence ends of a text, found once (``_is_subject`` asks for each mention)."""

    breaks: list[int]
    gaps: list[tuple[int, int]]
    gap_ends: list[int]

    @classmethod
    def of(cls, text: str) -> Starts:
        gaps = [m.span() for m in _SENTENCE_GAP.finditer(text)]
        return cls([m.start() for m in _BREAK.finditer(text)], gaps, [e for _, e in gaps])

    def sentence_start(self, pos: int) -> int:
        """Return where the sentence (within its line) of the text before ``pos`` starts."""
        i = bisect_left(self.breaks, pos) - 1
        line_start = self.breaks[i] + 1 if i >= 0 else 0
        j = bisect_right(self.gap_ends, pos) - 1
        if j >= 0 and self.gaps[j][0] >= line_start:
            return self.gap_ends[j]
        return line_start


_BREAK = re.compile(r"\n")


def is_subject(text: str, ref: SpeakerMention, starts: Starts) -> bool:
    """Return whether a mention opens its sentence (after an introductory phrase or "For X,")."""
    start = starts.sentence_start(ref.left)
    if ref.left - start > _FAR:  # a subject opens its sentence: far from the start, it does not
        return False
    prefix = text[start : ref.left]
    prefix = prefix[INTRO.match(prefix).end() :]  # the pattern is anchored and may match nothing
    if not prefix.strip(" «“\"") or _TOPIC.fullmatch(prefix) or ARTICLE.fullmatch(prefix):
        return True
    if comma_chain(prefix):
        return True
    if _SHORTINTRO.fullmatch(prefix) and len(prefix.split()) <= 8:
        return True  # "Minutes before the first explosions, President …"
    # "a resident of Bucha, Mykola Tkachenko, …": a description in front of the name.
    return bool(_DESCRIPTION.fullmatch(prefix))




def role_subjects(state: State, sentences) -> list[tuple[int, int]]:
    """Return ``(position, actor)`` of sentences opened by a definite role phrase with one holder.

    "Le président ukrainien a appelé …", "The Russian foreign minister said
    …": the office holder on the article's date is the sentence's subject, and
    so a candidate for the pronouns that follow ("a-t-il insisté").
    """
    found = []
    for start, end in sentences:
        if not _DEFINITE_OPENING.match(state.text, start, end):
            continue
        words = chunk(state.text[start:end]).split()
        if not 2 <= len(words) <= 8:
            continue
        info = state.role(" ".join(words))
        if info is not None and info.holder is not None:
            found.append((start, info.holder))
            state.persons.add(info.holder)
    return found


_DEFINITE_OPENING = re.compile(r"(?:The|Le|La|L['’])\s*\w")




_VERBISH = re.compile(
    r"^(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do|a|ont|est|sont|"
    r"avait|sera|[a-z]+(?:ed|ised|ized))$"
)


def chunk(text: str) -> str:
    """Return the noun phrase that opens ``text``: up to the first comma or verb-like word."""
    words = []
    for word in re.split(r"[,;:()]", text.strip(" \t\n:;,—–-\"“”«»'"), maxsplit=1)[0].split():
        if words and word[:1].islower() and _VERBISH.match(word) and "-" not in word:
            break
        words.append(word)
    while words and words[-1].casefold() in CUE_WORDS.gap_words:  # "Moscow has repeatedly" → "Moscow"
        words.pop()
    return " ".join(words)
