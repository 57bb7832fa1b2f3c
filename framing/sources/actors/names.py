"""Surface analysis of personal names: capitalised name runs, titles before them,
appositions after them, and stand-alone caption lines.

All functions work on raw text and return offsets into it. Name runs follow
the capitalisation rules of English and French news (particles such as "de",
"van", "al-", "bin" inside a name; hyphenated and apostrophised parts such as
"Pierre-Olivier", "O'Brien"; any Latin or Cyrillic letters). Method: rule-based
proper-name recognition in the style of Mikheev, Moens & Grover (1999).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from framing.sources.actors.wordlists import (
    APPOSITION_WORDS,
    DOTTED_ABBREVIATIONS,
    HONORIFIC_TOKENS,
    NAME_PARTICLES,
    NON_NAME_WORDS,
    ORG_WORDS,
    ROLE_NOUNS,
    TITLE_GLUE,
    TITLE_WORDS,
    is_given_name,
)
from framing.text.fold import fold
from framing.text.tokens import WORD_RUN

__all__ = ["NameRun", "apposition_after", "caption_paragraphs", "name_runs", "title_before"]

_UPPER = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha())
_UPPER += "".join(c for c in map(chr, range(0x1E00, 0x1F00)) if c.isupper())
_U = f"[{re.escape(_UPPER)}]"
# One name word: "Zelensky", "O'Brien", "Pierre-Olivier", "Al-Harthy", "J.", "al-Assad", "McDonald".
_WORD = rf"(?:(?:al|el|ad|ibn|bin)-)?{_U}(?:\.|[\w]*(?:['’]{_U}\w+)?(?:-{_U}?\w+)*)"
_PARTICLE = r"(?:de|du|des|da|das|dos|di|del|della|van|von|der|den|ter|la|le|bin|ibn|ben|bint|abu|al|el|St\.?)"
_RUN = re.compile(rf"(?:(?<![\w'’-])|(?<=\b[dlDL]['’])){_WORD}(?:(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+){{0,2}}|-){_WORD})*(?![\w])")
# The same runs, found faster: a pattern that opens with its capital letter lets ``re`` skip
# to the capitals of the text (the word-start test then looks two characters back), and the
# rare runs that open with "al-", "bin-"… are found apart and merged in.
_REST = rf"(?:\.|[\w]*(?:['’]{_U}\w+)?(?:-{_U}?\w+)*)(?:(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+){{0,2}}|-){_WORD})*(?![\w])"
_RUN_CAPITAL = re.compile(rf"{_U}(?:(?<![\w'’-].)|(?<=\b[dlDL]['’].)){_REST}")
_RUN_PREFIXED = re.compile(rf"(?:al|el|ad|ibn|bin)-{_U}{_REST}")
_TOKEN = re.compile(r"[\w.'’-]+")
_ONE_WORD = re.compile(r"[\w.'’-]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:;]\s+|\n\s*|[«“\"]\s*)$")


class NameRun(NamedTuple):
    """A candidate name: ``text[start:end]``, split into its words."""

    start: int
    end: int
    words: tuple[str, ...]


def _possessive_end(text: str, end: int) -> int:
    """Return ``end`` without a possessive "'s" / "’s" ending the run."""
    if text[end - 2 : end] in ("'s", "’s") and end - 2 > 0:
        return end - 2
    return end


def run_spans(text: str) -> list[tuple[int, int]]:
    """Return the spans ``_RUN.finditer`` would find, from the two faster patterns."""
    spans = [m.span() for m in _RUN_CAPITAL.finditer(text)]
    if "-" in text:
        pos = 0
        while match := _RUN_PREFIXED.search(text, pos):
            if _word_start(text, match.start()):
                spans.append(match.span())
                pos = match.end()
            else:  # not a word start: a run may still begin inside this match
                pos = match.start() + 1
        spans.sort()
    chosen: list[tuple[int, int]] = []
    end = -1
    for span in spans:  # leftmost first, no overlaps: what one ``finditer`` pass returns
        if span[0] >= end:
            chosen.append(span)
            end = span[1]
    return chosen


def _word_start(text: str, pos: int) -> bool:
    """Return whether ``pos`` starts a word, or follows an elided "l'"/"d'" (as ``_RUN``'s look-behind)."""
    if pos == 0 or not (text[pos - 1].isalnum() or text[pos - 1] in "_'’-"):
        return True
    return pos >= 2 and text[pos - 1] in "'’" and text[pos - 2] in "dlDL" and (
        pos == 2 or not (text[pos - 3].isalnum() or text[pos - 3] == "_")
    )


def name_runs(text: str, *, extra_stops: frozenset[str] = frozenset(), folded: str | None = None) -> list[NameRun]:
    """Return the capitalised name runs of ``text`` after dropping non-name words.

    Words that start sentences, name days, months, titles, organisations or
    countries (``extra_stops``, folded) split a run; particles may only sit
    inside one ("Jean-Yves Le Drian", "said Le Drian", not "Le ministre").
    ``folded`` is ``fold(text)`` when the caller has it.
    """
    folded = fold(text) if folded is None else folded
    runs: list[NameRun] = []
    stops = _stops(extra_stops)
    for start, end in run_spans(text):
        if _ONE_WORD.fullmatch(text, start, end):  # most runs are one word: no particles, no splitting
            key = folded[start:end].rstrip(".").removesuffix("'s")
            if text[start:end] in HONORIFIC_TOKENS:
                continue
            if key not in stops and folded[start:end] not in stops and folded[start:end].rstrip(".") not in NAME_PARTICLES:
                runs.append(NameRun(start, _possessive_end(text, end), (text[start:end],)))
            continue
        current: list[tuple[int, int]] = []
        tokens = [(m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]
        if len(tokens) > 1 and text[tokens[0][0] : tokens[0][1]] in HONORIFIC_TOKENS:
            tokens = tokens[1:]  # "M. Dupont", "Mme Borne": the honorific is evidence, not part of the name
        for i, (start, end) in enumerate(tokens):
            word = folded[start:end]
            key = word.rstrip(".").removesuffix("'s")
            if key in NAME_PARTICLES and i + 1 < len(tokens) and (current or not is_sentence_start(text, start)):
                current.append((start, end))
                continue
            if key in stops or word in stops:
                _flush(text, folded, current, runs)
                current = []
                continue
            current.append((start, end))
        _flush(text, folded, current, runs)
    return runs


@lru_cache(maxsize=8)
def _stops(extra: frozenset[str]) -> frozenset[str]:
    return NON_NAME_WORDS | TITLE_WORDS | ORG_WORDS | extra


def _flush(text: str, folded: str, current: list[tuple[int, int]], runs: list[NameRun]) -> None:
    while current and folded[current[-1][0] : current[-1][1]].rstrip(".") in NAME_PARTICLES:
        current.pop()
    while current and folded[current[0][0] : current[0][1]].rstrip(".") in NAME_PARTICLES:
        current.pop(0)
    if len(current) >= 3 and not is_given_name(text[current[0][0] : current[0][1]]) and is_given_name(
        text[current[1][0] : current[1][1]]
    ):
        # "Forecaster Liam Doherty", "Coach Maria Delgado": a descriptive title before a given name.
        current.pop(0)
    if current:
        start, end = current[0][0], _possessive_end(text, current[-1][1])
        runs.append(NameRun(start, end, tuple(text[s:e] for s, e in current)))


def is_sentence_start(text: str, pos: int) -> bool:
    """Return whether ``pos`` begins a sentence or paragraph."""
    return bool(_SENTENCE_START.search(text[max(0, pos - 4) : pos]))


def title_before(text: str, start: int, *, vocabulary: frozenset[str], folded: str | None = None) -> int:
    """Return where the title in front of the name at ``start`` begins (``start`` if none).

    The title is the run of title words (``vocabulary``: role-phrase words,
    country words, organisation words, plus title words and role nouns)
    directly before the name, on the same line and in the same sentence:
    "Ukraine's Defense Minister", "Kremlin spokesman", "le ministre des Affaires
    étrangères russe". Glue words ("of", "de") may neither begin a title nor
    touch the name ("governor of Belgorod" is no title of "Belgorod").
    ``folded`` is ``fold(text)`` when the caller has it.
    """
    if not _may_have_title(text, start, vocabulary, folded):
        return start
    pos = best = start
    lo = max(0, start - 120)
    window = folded[lo:start] if folded is not None else fold(text[lo:start])
    tokens = list(_TITLE_TOKEN.finditer(window))
    for token in reversed(tokens):
        gap = text[lo + token.end() : pos]
        if gap.strip() or "\n" in gap:
            break
        raw = token.group()
        if raw.endswith(".") and raw not in DOTTED_ABBREVIATIONS and len(raw) > 2:
            break  # a sentence ends here
        word = raw.rstrip(".").removesuffix("'s")
        glue = word in TITLE_GLUE or raw.removesuffix("'") in TITLE_GLUE
        if pos == start and glue:
            return start
        # "Bucha's mayor": a possessive proper noun may open a title.
        owner = raw.endswith("'s") and text[lo + token.start()].isupper() and best < start
        if not glue and not owner and word not in vocabulary and word not in TITLE_WORDS and word not in ROLE_NOUNS:
            break
        pos = lo + token.start()
        if not glue:
            best = pos
    return best


_TITLE_TOKEN = re.compile(r"[\w'.-]+")
_BACKWARD_TITLE_TOKEN = re.compile(r"[\w'.-]+")  # matched on the reversed text before a name
_SPACE_IN = re.compile(r"\s\S")


def _may_have_title(text: str, start: int, vocabulary: frozenset[str], folded: str | None) -> bool:
    """Return whether the word before ``start`` could end a title (a quick test: most names have none).

    It must be separated from the name by spaces only (no line break) and be
    a title word, a role noun or a word of ``vocabulary``, not a glue word or a
    sentence end; ``title_before`` then reads the whole title.
    """
    lo = max(0, start - 120)  # the window ``title_before`` reads
    near = max(lo, start - 32)  # most words are short: look at the last 32 characters first
    window = text[near:start]
    if len(window.rstrip()) == 0 or (near > lo and not _SPACE_IN.search(window)):
        window = text[lo:start]
    else:
        lo = near
    body = window.rstrip()
    if "\n" in window[len(body) :]:
        return False
    chars = folded[lo : lo + len(body)] if folded is not None else fold(body)
    token = _BACKWARD_TITLE_TOKEN.match(chars[::-1])
    if token is None:
        return False
    raw = token.group()[::-1]
    if raw.endswith(".") and raw not in DOTTED_ABBREVIATIONS and len(raw) > 2:
        return False
    word = raw.rstrip(".").removesuffix("'s")
    if word in TITLE_GLUE or raw.removesuffix("'") in TITLE_GLUE:
        return False
    return word in vocabulary or word in TITLE_WORDS or word in ROLE_NOUNS


_APPOSITION = re.compile(
    r",\s+(?:(?P<age>\d{1,3})(?:\s+ans)?\s*(?:,\s+|$|(?=[.;]))|(?=\S))(?P<body>[^,.;:!?«»“”\"()\n]{0,160})"
)


def apposition_after(text: str, end: int, *, vocabulary: frozenset[str] = frozenset()) -> tuple[int, int] | None:
    """Return the span of an apposition describing the name ending at ``end``, or None.

    Recognised: an age (", 67,"), or a comma followed by a description with a
    role noun or title word among its first six words (", a spokesman for …",
    ", secretary of state for European affairs", ", historienne spécialiste de
    …", ", a 23-year-old Moroccan medical student"). The span covers the
    apposition up to the next comma or sentence end.
    """
    match = _APPOSITION.match(text, end, min(len(text), end + 200))
    if not match:
        return None
    body = match["body"].rstrip()
    start = match.start("body") + (len(body) - len(body.lstrip()))
    body = body.strip()
    words = [fold(w).strip("'’") for w in WORD_RUN.findall(body)[:6]]
    has_role = any(w in ROLE_NOUNS or w.removesuffix("s") in ROLE_NOUNS or w in APPOSITION_WORDS for w in words)
    if has_role:
        return (start, start + len(body))
    if match["age"]:
        return (match.start("age"), match.end("age"))
    return None


def caption_paragraphs(text: str) -> list[tuple[int, int]]:
    """Return the spans of stand-alone caption or credit lines.

    A caption is a short paragraph (at most 14 words) with no quotation mark and
    no sentence-final full stop, made of a capitalised name optionally followed by
    ", title" ("Antony Blinken, US Secretary of State", "Clement Bon"), or a
    credit such as "to France Inter". Such lines are never quotes and never
    speakers of the next quote.
    """
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group().strip()
        if not line or len(line.split()) > 14 or re.search(r"[\"“”«»]|[.!?…]$", line):
            continue
        head = line.split(",", 1)[0].strip()
        if re.match(r"^(?:to|à|on|sur|via|—|–|-)\s+\S", line) or (
            _RUN.fullmatch(head) and fold(head.split()[0]) not in NON_NAME_WORDS
            and not any(fold(w) in ORG_WORDS for w in head.split())
        ):
            lead = len(match.group()) - len(match.group().lstrip())
            spans.append((match.start() + lead, match.start() + lead + len(line)))
    return spans
