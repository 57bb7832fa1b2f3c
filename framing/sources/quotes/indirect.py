"""Indirect and mixed quotes: clauses framed by a reporting cue in the author's voice.

"X said (that) …", "X a indiqué que …", "according to X, …", "selon X, …",
"…, notes Mr. Arel", "A, says X, B", "…, many countries accuse", "TASS quoted
the ministry as saying that …". A clause whose whole content is one quotation
is a direct quote; one that contains a quotation is mixed; others are indirect.
Method: Pareti (2016, PARC 3.0) attribution relations — cue, source, content —
found with surface rules in place of a parser, as in the Gender Gap Tracker's
syntactic patterns (Asr et al. 2021).
"""

from __future__ import annotations

import re

from framing.sources.quotes.clauses import clause_start, content_end, indirect_content_start
from framing.sources.quotes.doc import LEAD_PUNCT, Doc, Spans
from framing.sources.quotes.model import QuoteCandidate
from framing.sources.quotes.verbs import Cue
from framing.sources.quotes.words import CUE_WORDS, word_pattern
from framing.text.tokens import WORD_RUN

__all__ = ["FINITE", "WINDOW", "frames", "trimmed"]

# Characters of a sentence read on each side of a cue: real sentences are shorter, and the
# bound keeps the work linear on run-on text.
WINDOW = 600

_PRIORITY = {"final-inversion": 0, "final-subject": 0, "parenthetical": 1, "clause": 2, "clause-gerund": 2,
             "quoted-as": 2, "source-first": 3, "source-parenthetical": 3, "source-last": 5}


_TO_BEFORE = re.compile(r"\bto\s+$")
_CLAUSE_PRONOUNS = frozenset(["he", "she", "they", "it", "we", "i", "you"])
_NEGATED = re.compile(r"(?:\b(?:not|never|no\s+one|nobody)|n['’]t|\bn['’](?:a|ont|avait|avaient)\s+(?:pas|jamais|rien))\s+$", re.IGNORECASE)
_OPENING_MARK = re.compile(r"[“«\"]")
_SOURCE_CUE = re.compile(r"\b(?:according\s+to|selon|d['’]après)\b", re.IGNORECASE)
_RELATIVE = re.compile(r"\s*(?:which|who|that|what|qui|que|ce\s+qu|dont)\b", re.IGNORECASE)


def frames(doc: Doc) -> list[QuoteCandidate]:
    """Return indirect and mixed quotes framed by cues in the author's voice (no overlaps)."""
    options: list[QuoteCandidate] = []
    for i, cue in enumerate(doc.cues):
        if cue.start in doc.used or doc.in_caption(cue.start):
            continue
        sentence = doc.sentence(cue.start)
        if sentence is None:
            continue
        # A run-on "sentence" (scraped or hostile text) is read in a window around the cue.
        sentence = (max(sentence[0], cue.start - WINDOW), min(sentence[1], cue.end + WINDOW))
        nxt = doc.cues[i + 1].start if i + 1 < len(doc.cues) else None
        frame = _frame(doc, cue, sentence, nxt)
        if frame:
            options.append(frame)

    def rank(f: QuoteCandidate) -> tuple[int, int]:
        return (_PRIORITY.get(f.rule, 4) + (0 if f.cue.indirect else 1), f.start)

    chosen: list[QuoteCandidate] = []
    taken = Spans()
    for frame in sorted(options, key=rank):
        if not taken.overlaps(frame.start, frame.end) and not taken.overlaps(frame.cue.start, frame.cue.start + 1):
            chosen.append(frame)
            taken.add(frame.start, frame.end)
    return chosen


def _frame(doc: Doc, cue: Cue, sentence: tuple[int, int], next_cue: int | None) -> QuoteCandidate | None:
    """Return the indirect or mixed quote that ``cue`` frames in its sentence, or None."""
    text, mtext = doc.text, doc.mtext
    s_start, s_end = sentence
    before = mtext[s_start : cue.start]
    comma_before = before.rstrip().endswith(",")
    just_before = before[-40:]  # the words right before the cue (anchored searches stay short)
    if doc.language == "en" and _TO_BEFORE.search(just_before) and not cue.source:
        return None  # "refused to say", "continues to call for": not a report
    if _NEGATED.search(just_before) and not cue.source:
        return None  # "Grossi did not say when …", "il n'a pas dit si …": nothing was reported
    if cue.source:
        if not before.strip(" \t«“\"'"):  # "According to X, …" / "Selon lui, …"
            comma = mtext.find(",", cue.end, s_end)
            if comma < 0:
                return None
            second = mtext.find(",", comma + 1, s_end)
            # "According to X, a retired colonel and analyst at Y, the Kiev regime …"
            between = mtext[comma + 1 : second] if second > 0 else ""
            follows = mtext[second + 1 : second + 12] if second > 0 else ""
            appositive = (
                _SOURCE_APPOSITION.fullmatch(between)
                and not FINITE.search(between)
                and not re.search(r"[“”«»\"]", between)
                and not re.match(r"\s*(?:that|que|qu['’]|in|à|en|of|de|du|des)\b", follows, re.IGNORECASE)
            )
            start = second + 1 if appositive else comma + 1
            spec = ("source-first", "after", (cue.end, comma), start, content_end(mtext, start, s_end))
        elif comma_before and (comma := mtext.find(",", cue.end, s_end)) > 0 and len(mtext[comma:s_end].split()) > 2:
            # "…, destinée, selon le président Vladimir Poutine, à protéger …": a parenthetical source.
            spec = ("source-parenthetical", "after", (cue.end, comma), s_start, s_end)
        elif comma_before:  # "…, according to X."
            spec = ("source-last", "after", (cue.end, s_end), s_start, s_start + len(before.rstrip()) - 1)
        else:
            return None
    elif (paren := _parenthetical(mtext, cue, s_start, s_end)) is not None:  # "A, says X, B"
        spec = ("parenthetical", "after" if paren[0] >= cue.start else "before", paren, s_start, s_end)
    elif comma_before and not cue.gerund and _is_final(text, cue, s_end):  # "…, notes Mr. Arel." / "…, a-t-il dit."
        zone = (cue.start, cue.end) if cue.pronoun else (cue.end, s_end)
        spec = ("final-inversion", "after", zone, s_start, s_start + len(before.rstrip()) - 1)
    elif (final := _final_subject(text, mtext, cue, s_start, s_end)) is not None:  # "…, many countries accuse."
        spec = ("final-subject", "before", final, s_start, final[0] - 1)
    else:
        end = content_end(mtext, cue.end, s_end)
        c_start = indirect_content_start(
            mtext, cue, end, language=doc.language, next_cue=next_cue,
            bare=doc.verbs.lemmas("bare"), objects=doc.verbs.lemmas("object"),
        )
        if c_start is None:
            return None
        zone_start = clause_start(mtext, s_start, cue.start)
        quoted_as = _QUOTED_AS.search(mtext, s_start, cue.start) if cue.gerund else None
        if quoted_as:  # "TASS quoted the Russian Defence Ministry as saying that …"
            spec = ("quoted-as", "before", (quoted_as.start("source"), quoted_as.end("source")), c_start, end)
        elif cue.gerund or not mtext[zone_start : cue.start].strip():
            spec = ("clause-gerund", "sentence", (s_start, cue.start), c_start, end)
        else:
            spec = ("clause", "before", (zone_start, cue.start), c_start, end)
    rule, speaker_at, zone, c_start, c_end = spec
    if cue.source and _DATA.search(text[zone[0] : zone[1]]):
        return None  # "according to US intelligence estimates": a figure's source, not speech
    c_start, c_end = trimmed(text, c_start, c_end)
    if c_end - c_start < 3 or len(text[c_start:c_end].split()) < 2:
        return None
    marks = [q for q in doc.top if c_start <= q.start and q.end <= c_end + 1]
    if not cue.indirect and not marks:
        return None
    if (doc.inside(c_start) or doc.inside(c_end - 1)) and not marks:
        return None
    p = doc.paragraph(cue.start)
    rest = text[c_start : marks[0].start] + text[marks[0].end : c_end] if len(marks) == 1 else "x"
    if len(marks) == 1 and not LEAD_PUNCT.sub("", rest).strip(" .,;:"):
        q = marks[0]  # the whole reported content is one quotation: a direct quote
        return QuoteCandidate(q.start, q.end, q.inner_start, q.inner_end, "direct", speaker_at, zone, cue, rule, p)
    return QuoteCandidate(c_start, c_end, c_start, c_end, "mixed" if marks else "indirect", speaker_at, zone, cue, rule, p)


# "KYIV, Feb 24 (MPA) –", "MOSCOW (Polar Star) -": a dateline, not reported content.
_DATELINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ/ '’.-]+(?:,[^()\n]{1,40})?\s*\([^)\n]{1,30}\)\s*[-–—]\s*")


def trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    if dateline := _DATELINE.match(text, start, end):
        start = dateline.end()
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.—–"):
        end -= 1
    return start, end


_DATA = re.compile(rf"\b(?:{word_pattern(CUE_WORDS.data_nouns)})\b", re.IGNORECASE)
# Words that open a speaker noun phrase after an inverted cue ("notes Mr. Arel", "estime la chercheuse").
_NP_START = re.compile(
    r"^\s*(?:[A-ZÀ-ÖØ-Þ]|(?:the|a|an|its|his|her|their|this|le|la|les|l['’]|un|une|son|sa|ses|leur|ce|cette|"
    r"he|she|they|il|elle|ils|elles|on)\b)"
)
# After a parenthetical "…, says X," an apposition continues the speaker; a predicate continues the sentence.
_APPOSITION_START = re.compile(
    r"^\s*(?:\d|(?:a|an|the|who|which|whose|un|une|le|la|les|l['’]|qui|dont|its|his|her|their|son|sa|ses|leur)\b"
    r"|\S+(?:\s+\S+)?\s+(?:of|at|for|in|de|du|des|d['’]|à|au|auprès)\b)",
    re.IGNORECASE,
)


_QUOTED_AS = re.compile(r"\bquot(?:ed|es|ing)\s+(?P<source>[^,.;:]{2,100}?)\s+as\s+$", re.IGNORECASE)
_SOURCE_APPOSITION = re.compile(r"\s*(?:a|an|un|une|the|le|la|l['’])\s+\D{0,100}", re.IGNORECASE)
# Auxiliaries and modals: a clause, not a speaker, follows the cue ("said technical progress had been made").
FINITE = re.compile(
    r"\b(?:is|are|was|were|had|has|have|been|would|will|could|can|did|does|must|should|may|might|"
    r"est|sont|était|étaient|avait|avaient|ont|sera|serait|seraient|aurait)\b",
    re.IGNORECASE,
)


# "the ceremony changed": a noun followed by a past form is a clause ("a retired colonel" is not).
_PAST = re.compile(r"\b(?!(?:a|an|the|its|his|her|their)\b)[a-z]+\s+[a-z]{2,}ed\b")


def _is_final(text: str, cue: Cue, s_end: int) -> bool:
    """Return whether only the speaker (and an apposition) follows the cue to the sentence end."""
    rest = text[cue.end : s_end]
    if _OPENING_MARK.search(rest):
        return False
    if cue.pronoun is not None:
        return not rest.strip(" .!?…")
    head = rest.split(",", 1)[0]
    words = rest.split()
    if len(words) > 1 and words[0].casefold() in _CLAUSE_PRONOUNS and words[1].casefold().strip(".,") not in CUE_WORDS.final_adjuncts:
        return False  # "…, said she saw a man running": the pronoun opens the reported clause
    return (
        0 < len(words) <= 25
        and bool(_NP_START.match(rest))
        and not FINITE.search(head)
        and not _PAST.search(head)
        and not re.search(r"\b(?:that|que|qu['’])", rest)
    )


def _parenthetical(mtext: str, cue: Cue, s_start: int, s_end: int) -> tuple[int, int] | None:
    """Return the speaker zone of "A, says X, B" / "A, X said, B" / "A, dit-il, B", else None."""
    left = mtext.rfind(",", s_start, cue.start)
    right = mtext.find(",", cue.end, s_end)
    if left <= s_start or right < 0:
        return None
    inner_before = mtext[left + 1 : cue.start].strip()
    inner_after = mtext[cue.end : right].strip()
    if len(inner_before.split()) > 5 or len(inner_after.split()) > 6 or (inner_before and inner_after):
        return None
    if len(mtext[s_start:left].split()) > 12 or (inner_after and not _NP_START.match(inner_after)):
        return None
    rest = mtext[right + 1 : s_end]
    # An apposition continues the speaker ("…, says X, a member of …"); a verb continues the sentence.
    if len(rest.split()) < 2 or (_APPOSITION_START.match(rest) and not FINITE.match(rest.lstrip())):
        return None
    if cue.pronoun:
        return (cue.start, cue.end)
    return (cue.end, right) if not inner_before else (left + 1, cue.start)


def _final_subject(text: str, mtext: str, cue: Cue, s_start: int, s_end: int) -> tuple[int, int] | None:
    """Return the subject zone of "…, SUBJECT CUE." at a sentence end, else None."""
    rest = text[cue.end : s_end]
    if not all(w.group().casefold() in CUE_WORDS.final_adjuncts for w in WORD_RUN.finditer(rest)) or _OPENING_MARK.search(rest):
        return None  # "…, et les Anglo-Saxons ont annoncé de nouvelles sanctions": an object follows
    left = mtext.rfind(",", s_start, cue.start)
    subject = mtext[left + 1 : cue.start].split() if left >= 0 else []
    if not subject or len(subject) > 6 or left - s_start < 10 or subject[0].casefold() in ("and", "et", "but", "mais"):
        return None
    if _SOURCE_CUE.search(mtext, left, cue.start):
        return None
    if _RELATIVE.match(mtext, left + 1, cue.start):
        return None  # "…, which the Russian side denies": a relative clause, not an attribution
    return (left + 1, cue.start)
