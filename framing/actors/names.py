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
from dataclasses import dataclass

from framing.actors.folding import fold
from framing.actors.lexicon import (
    NAME_PARTICLES,
    NON_NAME_WORDS,
    ORG_WORDS,
    ROLE_NOUNS,
    TITLE_WORDS,
)

__all__ = ["NameRun", "apposition_after", "caption_paragraphs", "name_runs", "title_before"]

_UPPER = "".join(c for c in map(chr, range(0x41, 0x530)) if c.isupper() and c.isalpha())
_UPPER += "".join(c for c in map(chr, range(0x1E00, 0x1F00)) if c.isupper())
_U = f"[{re.escape(_UPPER)}]"
# One name word: "Zelensky", "O'Brien", "Pierre-Olivier", "Al-Harthy", "J.", "al-Assad", "McDonald".
_WORD = rf"(?:(?:al|el|ad|ibn|bin)-)?{_U}(?:\.|[\w]*(?:['’]{_U}\w+)?(?:-{_U}?\w+)*)"
_PARTICLE = r"(?:de|du|des|da|das|dos|di|del|della|van|von|der|den|ter|la|le|bin|ibn|ben|bint|abu|al|el|St\.?)"
_RUN = re.compile(rf"(?:(?<![\w'’-])|(?<=\b[dlDL]['’])){_WORD}(?:(?:[ \u00a0]+(?:{_PARTICLE}[ \u00a0]+)?|-){_WORD})*(?![\w])")
_TOKEN = re.compile(r"[\w.'’-]+")
_SENTENCE_START = re.compile(r"(?:^|[.!?…:;]\s+|\n\s*|[«“\"]\s*)$")
_TITLE_GLUE = frozenset(["of", "for", "the", "de", "du", "des", "la", "le", "l", "d", "l'", "d'"])
# Abbreviations whose full stop does not end a title ("Gen. Sergei Surovikin").
_DOTTED = frozenset(["gen.", "col.", "lt.", "maj.", "capt.", "sgt.", "adm.", "sen.", "rep.", "gov.", "pres.", "st.", "u.s.", "u.k.", "u.n."])
# Apposition heads beyond the role nouns: "a member of", "a senior fellow at", "press attaché".
_APPOSITION_WORDS = frozenset(["member", "membre", "fellow", "attaché", "attachée", "homologue", "counterpart"])


@dataclass(frozen=True, slots=True)
class NameRun:
    """A candidate name: ``text[start:end]``, split into its words."""

    start: int
    end: int
    words: tuple[str, ...]


def _possessive_end(text: str, end: int) -> int:
    """Return ``end`` without a possessive "'s" / "’s" ending the run."""
    if text[end - 2 : end] in ("'s", "’s") and end - 2 > 0:
        return end - 2
    return end


def name_runs(text: str, *, extra_stops: frozenset[str] = frozenset()) -> list[NameRun]:
    """Return the capitalised name runs of ``text`` after dropping non-name words.

    Words that start sentences, name days, months, titles, organisations or
    countries (``extra_stops``, folded) split a run; particles may only sit
    inside one ("Jean-Yves Le Drian", "said Le Drian", not "Le ministre").
    """
    runs: list[NameRun] = []
    stops = NON_NAME_WORDS | TITLE_WORDS | ORG_WORDS | extra_stops
    for match in _RUN.finditer(text):
        pieces = [(m.start() + match.start(), m.end() + match.start(), m.group()) for m in _TOKEN.finditer(match.group())]
        current: list[tuple[int, int, str]] = []
        for i, piece in enumerate(pieces):
            word = piece[2]
            key = fold(word).rstrip(".").removesuffix("'s")
            has_next = i + 1 < len(pieces)
            if key in NAME_PARTICLES and has_next and (current or not is_sentence_start(text, piece[0])):
                current.append(piece)
                continue
            if key in stops or fold(word) in stops:
                _flush(text, current, runs)
                current = []
                continue
            current.append(piece)
        _flush(text, current, runs)
    return runs


def _flush(text: str, current: list[tuple[int, int, str]], runs: list[NameRun]) -> None:
    while current and fold(current[-1][2]).rstrip(".") in NAME_PARTICLES:
        current.pop()
    while current and fold(current[0][2]).rstrip(".") in NAME_PARTICLES:
        current.pop(0)
    if current:
        start, end = current[0][0], _possessive_end(text, current[-1][1])
        runs.append(NameRun(start, end, tuple(p[2] for p in current)))


def is_sentence_start(text: str, pos: int) -> bool:
    """Return whether ``pos`` begins a sentence or paragraph."""
    return bool(_SENTENCE_START.search(text[max(0, pos - 4) : pos]))


def title_before(text: str, start: int, *, vocabulary: frozenset[str]) -> int:
    """Return where the title in front of the name at ``start`` begins (``start`` if none).

    The title is the run of title words (``vocabulary``: role-phrase words,
    country words, organisation words, plus title words and role nouns)
    directly before the name, on the same line and in the same sentence:
    "Ukraine's Defense Minister", "Kremlin spokesman", "le ministre des Affaires
    étrangères russe". Glue words ("of", "de") may neither begin a title nor
    touch the name ("governor of Belgorod" is no title of "Belgorod").
    """
    pos = best = start
    window = text[max(0, start - 120) : start]
    offset = start - len(window)
    for token in reversed(list(re.finditer(r"[\w'’.-]+", window))):
        gap = text[offset + token.end() : pos]
        if gap.strip() or "\n" in gap:
            break
        raw = fold(token.group())
        if raw.endswith(".") and raw not in _DOTTED and len(raw) > 2:
            break  # a sentence ends here
        word = raw.rstrip(".").removesuffix("'s")
        glue = word in _TITLE_GLUE or raw.removesuffix("'") in _TITLE_GLUE
        if pos == start and glue:
            return start
        # "Bucha's mayor": a possessive proper noun may open a title.
        owner = raw.endswith("'s") and token.group()[:1].isupper() and best < start
        if not glue and not owner and word not in vocabulary and word not in TITLE_WORDS and word not in ROLE_NOUNS:
            break
        pos = offset + token.start()
        if not glue:
            best = pos
    return best


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
    words = [fold(w).strip("'’") for w in re.findall(r"[\w'’-]+", body)[:6]]
    has_role = any(w in ROLE_NOUNS or w.removesuffix("s") in ROLE_NOUNS or w in _APPOSITION_WORDS for w in words)
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
