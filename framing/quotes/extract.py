"""Quotes in news text: direct, partial, multi-paragraph, block, indirect and mixed.

Each quote comes with the reporting cue that introduces it and the *zone* of
text where its speaker is expected, so that attribution (``attribute.py``) only
has to decide who is named there. Direct quotes are the quotation spans of
``framing.quotation.quotations`` that stand as a sentence or are introduced by
a cue ("X said: “…”", "“…,” said X", "« … », a-t-il ajouté"); a quotation
embedded in the author's sentence is a partial quote and belongs to a mixed
quote when a cue frames it, a scare quote otherwise. Indirect quotes are
clauses framed by a cue ("X said (that) …", "X a indiqué que …", "according to
X, …", "…, notes Mr. Arel", "Xi Jinping, says the researcher, wants …").
Method: the cue–source–content model of attribution relations (Pareti 2016,
PARC 3.0), with surface rules in place of a parser, as in the Gender Gap
Tracker's regex patterns and textacy's ``direct_quotations``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from framing.quotation import Quotation, quotations
from framing.quotes.clauses import (
    caption_lines,
    clause_start,
    content_end,
    indirect_content_start,
    is_attribution_line,
    last_sentence_start,
    masked,
    paragraphs,
    tail_end,
)
from framing.quotes.verbs import Cue, VerbLexicon, load_verbs
from framing.sentences import split_sentences

__all__ = ["QuoteCandidate", "extract_quotes"]

# A quotation needs this many words to be a quote without a cue (else: scare quote).
_MIN_FLOATING_WORDS = 3
_SCARE_MAX_WORDS = 4
_LEAD_PUNCT = re.compile(r"^[\s,;:.!?…—–-]*")


@dataclass(frozen=True, slots=True)
class QuoteCandidate:
    """A quote and where to look for its speaker.

    ``start``/``end`` bound the quote (with its marks for direct quotes, the
    reported clause otherwise); ``content_start``/``content_end`` bound its text.
    ``zone`` is the speaker's expected span and ``side`` how to read it:
    "after" (inverted: speaker after the cue), "before" (subject before the
    cue), "line" (an attribution line after a block quote), "sentence" (the
    main clause's subject, for gerunds and colons), or "none" (a floating quote).
    """

    start: int
    end: int
    content_start: int
    content_end: int
    kind: str
    side: str
    zone: tuple[int, int] | None
    cue: Cue | None
    rule: str
    paragraph: int

    def content(self, text: str) -> str:
        """Return the quoted text."""
        return text[self.content_start : self.content_end]


def extract_quotes(text: str, *, language: str | None, verbs: VerbLexicon | None = None) -> list[QuoteCandidate]:
    """Return the quotes of ``text`` in order (no two overlapping), for English or French.

    Unsupported languages and empty texts give an empty list.
    """
    if language not in ("en", "fr") or not text.strip():
        return []
    doc = _Doc.of(text, language, verbs or load_verbs())
    found: list[QuoteCandidate] = []
    partial: list[Quotation] = []
    for q in doc.top:
        if any(s <= q.start < e for s, e in doc.captions):
            continue
        candidate = _direct(doc, q)
        if candidate is None:
            partial.append(q)
        else:
            found.append(candidate)
    for frame in _frames(doc):
        if not any(f.start < frame.end and frame.start < f.end for f in found):
            found.append(frame)
    for q in partial:
        if any(f.start <= q.start and q.end <= f.end for f in found):
            continue
        if (cued := _partial(doc, q)) is not None:
            found.append(cued)
        elif q.words >= 8 and _sentence_like(text, q):
            # A long, sentence-like quotation without a cue is still a (speakerless) quote.
            found.append(_candidate(doc, q, "none", None, None, "unframed"))
    return sorted(found, key=lambda c: c.start)


_TOPIC = re.compile(r"(?:Pour|For)\s+(?P<np>[^,.;:«»“”\"]{3,80}),")


def _topic(doc: _Doc, q: Quotation, sentence: tuple[int, int]) -> QuoteCandidate | None:
    """Return a quote whose source is a sentence topic ("Pour X, …, l'agression constitue « … »")."""
    topic = _TOPIC.match(doc.mtext, sentence[0], q.start)
    if topic is None:
        return None
    start = topic.end()
    for _ in range(2):  # skip descriptions of the source: ", historienne spécialiste de …,"
        comma = doc.mtext.find(",", start, q.start)
        segment = doc.mtext[start:comma] if comma > 0 else ""
        if not segment or _FINITE.search(segment) or len(segment.split()) > 15:
            break
        start = comma + 1
    start, end = _trimmed(doc.text, start, sentence[1])
    zone = (topic.start("np"), topic.end("np"))
    p = doc.paragraph(q.start)
    if not _LEAD_PUNCT.sub("", doc.text[start : q.start] + doc.text[q.end : end]).strip(" .,;:"):
        return QuoteCandidate(q.start, q.end, q.inner_start, q.inner_end, "direct", "after", zone, None, "topic", p)
    return QuoteCandidate(start, end, start, end, "mixed", "after", zone, None, "topic", p)


def _partial(doc: _Doc, q: Quotation) -> QuoteCandidate | None:
    """Return a mixed quote for a partial quotation after a cue in its clause ("called for … to “stop the war”").

    One-word quotations are left out: without a framing clause they are
    usually scare quotes ("the word “children”").
    """
    if q.words < 2:
        return None
    sentence = next(((s, e) for s, e in doc.sentences if s <= q.start < e), None)
    if sentence is None:
        return None
    cues = [c for c in doc.cues if sentence[0] <= c.start and c.end <= q.start and not c.source and c.start not in doc.used]
    if not cues or len(doc.mtext[cues[-1].end : q.start].split()) > 15:
        return _topic(doc, q, sentence)
    cue = cues[-1]
    stop = re.compile(r"[,;]|[.!?…](?=\s|$)").search(doc.mtext, q.end, sentence[1])
    start, end = _trimmed(doc.text, cue.end, stop.start() if stop else sentence[1])
    zone = (clause_start(doc.mtext, sentence[0], cue.start), cue.start)
    side = "sentence" if cue.gerund or not doc.mtext[zone[0] : zone[1]].strip() else "before"
    return QuoteCandidate(start, end, start, end, "mixed", side, zone, cue, "partial-cue", doc.paragraph(q.start))


@dataclass(slots=True)
class _Doc:
    """One text prepared for extraction: quotations, masked text, cues and layout."""

    text: str
    mtext: str
    language: str
    top: list[Quotation]
    cues: list[Cue]
    paras: list[tuple[int, int]]
    captions: list[tuple[int, int]]
    sentences: list[tuple[int, int]]
    used: set[int] = field(default_factory=set)

    @classmethod
    def of(cls, text: str, language: str, verbs: VerbLexicon) -> _Doc:
        top = [q for q in quotations(text) if q.depth == 0]
        spans = [(q.start, q.end) for q in top]
        cues = [c for c in verbs.cues(text, language=language) if not any(s < c.start < e for s, e in spans)]
        sentences = [(x.start, x.end) for x in split_sentences(text)]
        return cls(text, masked(text, top), language, top, cues, paragraphs(text), caption_lines(text), sentences)

    def paragraph(self, pos: int) -> int:
        return next((i for i, (s, e) in enumerate(self.paras) if s <= pos < e), max(0, len(self.paras) - 1))

    def inside(self, pos: int) -> bool:
        return any(q.start < pos < q.end - 1 for q in self.top)


def _candidate(doc: _Doc, q: Quotation, side: str, zone, cue: Cue | None, rule: str) -> QuoteCandidate:
    if cue:
        doc.used.add(cue.start)
    return QuoteCandidate(q.start, q.end, q.inner_start, q.inner_end, "direct", side, zone, cue, rule, doc.paragraph(q.end - 1))


def _sentence_like(text: str, q: Quotation) -> bool:
    return bool(re.search(r"[.!?…]\W*$", q.inner(text))) or q.words >= 12


def _ends_sentence(doc: _Doc, q: Quotation) -> bool:
    """Return whether a quotation closes its sentence (final punctuation inside or right after it)."""
    return bool(re.search(r"[.!?…]\W*$", q.inner(doc.text))) or doc.text[q.end : q.end + 1] in (".", "!", "?", "…")


def _direct(doc: _Doc, q: Quotation) -> QuoteCandidate | None:
    """Return ``q`` as a direct quote with its cue and speaker zone, or None when it is embedded."""
    text, mtext = doc.text, doc.mtext
    p = doc.paragraph(q.start)
    p_start = doc.paras[p][0] if doc.paras else 0
    last = doc.paragraph(q.end - 1)  # a quote may run over several paragraphs
    p_end = doc.paras[last][1] if doc.paras else len(text)
    sentence_start = last_sentence_start(mtext, p_start, q.start)
    lead_start = sentence_start
    for other in doc.top:
        if p_start <= other.end <= q.start and other.end > lead_start and _ends_sentence(doc, other):
            lead_start = other.end  # "“A.” “B.”": B starts its own sentence
    lead = mtext[lead_start : q.start].strip()
    after = _attribution_after(doc, q, tail_end(mtext, q.end, p_end))
    before = [c for c in doc.cues if lead_start <= c.start and c.end <= q.start and not c.source]
    if lead and not lead.endswith((":", ",", "—", "–")):
        return None
    if lead.endswith((":", ",")) and before and _introduces(mtext, before[-1], q.start):
        cue = before[-1]
        if cue.pronoun:
            return _candidate(doc, q, "after", (cue.start, cue.end), cue, "introduced-inversion")
        if cue.gerund:
            return _candidate(doc, q, "sentence", (sentence_start, cue.start), cue, "introduced-gerund")
        return _candidate(doc, q, "before", (clause_start(mtext, lead_start, cue.start), cue.start), cue, "introduced")
    if after is not None:
        return _candidate(doc, q, *after)
    if lead.endswith(":"):
        return _candidate(doc, q, "sentence", (lead_start, q.start), None, "colon")
    if lead.endswith(","):
        return None  # "…, “word”": embedded in the author's sentence
    if _fills_paragraph(mtext, q, p_start, p_end) and last + 1 < len(doc.paras):
        line_start, line_end = doc.paras[last + 1]
        if is_attribution_line(text[line_start:line_end]):
            comma = text.find(",", line_start, line_end)
            zone = (line_start, comma if comma > 0 else line_end)
            return _candidate(doc, q, "line", zone, None, "block-line")
    return _candidate(doc, q, "none", None, None, "floating")


def _introduces(mtext: str, cue: Cue, quote_start: int) -> bool:
    """Return whether ``cue`` introduces a quotation after a colon or comma ("He stressed, “…")."""
    between = mtext[cue.end : quote_start]
    return len(between.split()) <= 14 and not re.search(r"\b(?:that|que|qu['’])|[.;!?“”«»\"]", between)


def _attribution_after(doc: _Doc, q: Quotation, end: int):
    """Return ``(side, zone, cue, rule)`` for a cue right after the quotation, or None."""
    after = [c for c in doc.cues if q.end <= c.start < end and not c.source]
    if not after:
        return None
    cue = after[0]
    gap = doc.mtext[q.end : cue.start]
    bare = not _LEAD_PUNCT.sub("", gap).strip()
    if cue.pronoun and bare:
        return "after", (cue.start, cue.end), cue, "inverted-pronoun"
    if bare:
        return "after", (cue.end, end), cue, "inverted"
    if len(gap.split()) <= 20 and not re.search(r"[“«\"]", gap):
        return "before", (q.end, cue.start), cue, "subject"
    return None


def _fills_paragraph(mtext: str, q: Quotation, p_start: int, p_end: int) -> bool:
    return not mtext[p_start : q.start].strip() and not _LEAD_PUNCT.sub("", mtext[q.end : p_end]).strip()


# Which frame wins when two overlap: sentence-final attributions govern the whole
# sentence ("…, accused Mr. Blinken"), then explicit subjects, then trailing sources.
_PRIORITY = {"final-inversion": 0, "final-subject": 0, "parenthetical": 1, "clause": 2, "clause-gerund": 2,
             "quoted-as": 2, "source-first": 3, "source-parenthetical": 3, "source-last": 5}


def _frames(doc: _Doc) -> list[QuoteCandidate]:
    """Return indirect and mixed quotes framed by cues in the author's voice (no overlaps)."""
    options: list[QuoteCandidate] = []
    for i, cue in enumerate(doc.cues):
        if cue.start in doc.used or any(s <= cue.start < e for s, e in doc.captions):
            continue
        sentence = next(((s, e) for s, e in doc.sentences if s <= cue.start < e), None)
        if sentence is None:
            continue
        nxt = doc.cues[i + 1].start if i + 1 < len(doc.cues) else None
        frame = _frame(doc, cue, sentence, nxt)
        if frame:
            options.append(frame)

    def rank(f: QuoteCandidate) -> tuple[int, int]:
        return (_PRIORITY.get(f.rule, 4) + (0 if f.cue.indirect else 1), f.start)

    chosen: list[QuoteCandidate] = []
    for frame in sorted(options, key=rank):
        clash = any((f.start < frame.end and frame.start < f.end) or f.start <= frame.cue.start < f.end for f in chosen)
        if not clash:
            chosen.append(frame)
    return chosen


def _frame(doc: _Doc, cue: Cue, sentence: tuple[int, int], next_cue: int | None) -> QuoteCandidate | None:
    """Return the indirect or mixed quote that ``cue`` frames in its sentence, or None."""
    text, mtext = doc.text, doc.mtext
    s_start, s_end = sentence
    before = mtext[s_start : cue.start]
    comma_before = before.rstrip().endswith(",")
    if doc.language == "en" and re.search(r"\bto\s+$", before) and not cue.source:
        return None  # "refused to say", "continues to call for": not a report
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
                and not _FINITE.search(between)
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
        c_start = indirect_content_start(mtext, cue, end, language=doc.language, next_cue=next_cue)
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
    rule, side, zone, c_start, c_end = spec
    if cue.source and _DATA.search(text[zone[0] : zone[1]]):
        return None  # "according to US intelligence estimates": a figure's source, not speech
    c_start, c_end = _trimmed(text, c_start, c_end)
    if c_end - c_start < 3 or len(text[c_start:c_end].split()) < 2:
        return None
    marks = [q for q in doc.top if c_start <= q.start and q.end <= c_end + 1]
    if not cue.indirect and not marks:
        return None
    if (doc.inside(c_start) or doc.inside(c_end - 1)) and not marks:
        return None
    p = doc.paragraph(cue.start)
    rest = text[c_start : marks[0].start] + text[marks[0].end : c_end] if len(marks) == 1 else "x"
    if len(marks) == 1 and not _LEAD_PUNCT.sub("", rest).strip(" .,;:"):
        q = marks[0]  # the whole reported content is one quotation: a direct quote
        return QuoteCandidate(q.start, q.end, q.inner_start, q.inner_end, "direct", side, zone, cue, rule, p)
    return QuoteCandidate(c_start, c_end, c_start, c_end, "mixed" if marks else "indirect", side, zone, cue, rule, p)


# "KYIV, Feb 24 (MPA) –", "MOSCOW (Polar Star) -": a dateline, not reported content.
_DATELINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ/ '’.-]+(?:,[^()\n]{1,40})?\s*\([^)\n]{1,30}\)\s*[-–—]\s*")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    if dateline := _DATELINE.match(text, start, end):
        start = dateline.end()
    while start < end and (text[start].isspace() or text[start] in ",;:"):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in ",;:.—–"):
        end -= 1
    return start, end


_DATA = re.compile(
    r"\b(?:estimates?|figures?|data|results?|images?|photos?|videos?|statistics|study|survey|polls?|"
    r"tally|census|count|chiffres?|estimations?|données|résultats?|sondages?|bilan|calculs?)\b",
    re.IGNORECASE,
)
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
_FINITE = re.compile(
    r"\b(?:is|are|was|were|had|has|have|been|would|will|could|can|did|does|must|should|may|might|"
    r"est|sont|était|étaient|avait|avaient|ont|sera|serait|seraient|aurait)\b",
    re.IGNORECASE,
)


# "the ceremony changed": a noun followed by a past form is a clause ("a retired colonel" is not).
_PAST = re.compile(r"\b(?!(?:a|an|the|its|his|her|their)\b)[a-z]+\s+[a-z]{2,}ed\b")


def _is_final(text: str, cue: Cue, s_end: int) -> bool:
    """Return whether only the speaker (and an apposition) follows the cue to the sentence end."""
    rest = text[cue.end : s_end]
    if re.search(r"[“«\"]", rest):
        return False
    if cue.pronoun is not None:
        return not rest.strip(" .!?…")
    head = rest.split(",", 1)[0]
    return (
        0 < len(rest.split()) <= 25
        and bool(_NP_START.match(rest))
        and not _FINITE.search(head)
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
    if len(rest.split()) < 2 or _APPOSITION_START.match(rest):
        return None
    if cue.pronoun:
        return (cue.start, cue.end)
    return (cue.end, right) if not inner_before else (left + 1, cue.start)


_ADJUNCTS = frozenset(
    """on in a an the statement interview monday tuesday wednesday thursday friday saturday sunday
    yesterday today tonight afterwards later earlier again too also hier jeudi lundi mardi mercredi vendredi
    samedi dimanche soir matin aussi encore également""".split()
)


def _final_subject(text: str, mtext: str, cue: Cue, s_start: int, s_end: int) -> tuple[int, int] | None:
    """Return the subject zone of "…, SUBJECT CUE." at a sentence end, else None."""
    rest = text[cue.end : s_end]
    if re.search(r"[“«\"]", rest) or not all(w.casefold() in _ADJUNCTS for w in re.findall(r"[\w'’-]+", rest)):
        return None  # "…, et les Anglo-Saxons ont annoncé de nouvelles sanctions": an object follows
    left = mtext.rfind(",", s_start, cue.start)
    subject = mtext[left + 1 : cue.start].split() if left >= 0 else []
    if not subject or len(subject) > 6 or left - s_start < 10 or subject[0].casefold() in ("and", "et", "but", "mais"):
        return None
    if re.search(r"\b(?:according\s+to|selon|d['’]après)\b", mtext[left:cue.start], re.IGNORECASE):
        return None
    if re.match(r"\s*(?:which|who|that|what|qui|que|ce\s+qu|dont)\b", mtext[left + 1 : cue.start], re.IGNORECASE):
        return None  # "…, which the Russian side denies": a relative clause, not an attribution
    return (left + 1, cue.start)
