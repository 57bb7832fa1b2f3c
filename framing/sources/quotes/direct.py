"""Direct and partial quotes: quotation marks, and the cue or layout that attributes them.

A quotation span (``framing.text.marks.quotations``) is a direct quote when it
stands as a sentence, is introduced by a cue ("X said: “…”", "He stressed,
“…”"), is followed by one ("“…,” said X", "« … », a-t-il ajouté"), fills a
paragraph followed by an attribution line ("Name, Minister of …"), or follows a
colon. A quotation embedded in the author's sentence is a partial quote: part
of a mixed quote when a cue or a topic ("Pour X, …") frames it, a scare quote
otherwise. Method: Pareti (2016, PARC 3.0) cue–source–content relations, with
the surface patterns of textacy's ``direct_quotations`` and the Gender Gap
Tracker (Asr et al. 2021) in place of a parser.
"""

from __future__ import annotations

import re

from framing.sources.quotes.clauses import (
    clause_start,
    is_attribution_line,
    tail_end,
)
from framing.sources.quotes.doc import LEAD_PUNCT, Doc, direct_candidate
from framing.sources.quotes.indirect import FINITE, WINDOW, trimmed
from framing.sources.quotes.model import QuoteCandidate
from framing.sources.quotes.verbs import Cue
from framing.text.marks import Quotation

__all__ = ["direct", "partial", "sentence_like"]

# A dateline opening the paragraph: "PARIS (AFP) -", "KYIV, Feb 24 (MPA) –", "VIENNA —".
_DATELINE_LEAD = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ/ '’.-]+(?:,[^()\n]{1,40}?)?\s*(?:\([^)\n]{1,30}\)\s*)?[-–—]")
_PUNCT = re.compile(r"[,;:.!?()]")
_TOPIC = re.compile(r"(?:Pour|For)\s+(?P<np>[^,.;:«»“”\"]{3,80}),")


def _topic(doc: Doc, q: Quotation, sentence: tuple[int, int]) -> QuoteCandidate | None:
    """Return a quote whose source is a sentence topic ("Pour X, …, l'agression constitue « … »")."""
    topic = _TOPIC.match(doc.mtext, sentence[0], q.start)
    if topic is None:
        return None
    start = topic.end()
    for _ in range(2):  # skip descriptions of the source: ", historienne spécialiste de …,"
        comma = doc.mtext.find(",", start, q.start)
        segment = doc.mtext[start:comma] if comma > 0 else ""
        if not segment or FINITE.search(segment) or len(segment.split()) > 15:
            break
        start = comma + 1
    # The source is the topic and its apposition: "Pour son opposant, Luc Perrin, « … »".
    zone = (topic.start("np"), max(topic.end("np"), start - 1))
    start, end = trimmed(doc.text, start, sentence[1])
    p = doc.paragraph(q.start)
    if not LEAD_PUNCT.sub("", doc.text[start : q.start] + doc.text[q.end : end]).strip(" .,;:"):
        return QuoteCandidate(q.start, q.end, q.inner_start, q.inner_end, "direct", "after", zone, None, "topic", p)
    return QuoteCandidate(start, end, start, end, "mixed", "after", zone, None, "topic", p)


def partial(doc: Doc, q: Quotation) -> QuoteCandidate | None:
    """Return a mixed quote for a partial quotation after a cue in its clause ("called for … to “stop the war”").

    One-word quotations count only right after their cue ("a dénoncé des
    « provocations »"): elsewhere they are usually scare quotes ("the word
    “children”").
    """
    sentence = doc.sentence(q.start)
    if sentence is None:
        return None
    cues = [c for c in doc.cues_in(sentence[0], q.start) if c.end <= q.start and not c.source and c.start not in doc.used]
    gap = doc.mtext[cues[-1].end : q.start].split() if cues else []
    governed = cues and not _PUNCT.search(doc.mtext, cues[-1].end, q.start) and (
        len(gap) <= 2 or (len(gap) <= 6 and gap[-1].casefold() in ("as", "comme", "de", "d'", "d’"))
    )  # "a dénoncé des « provocations »", "dismissed the accusation as “absurd”"
    if q.words < 2 and not governed:
        return None
    if not cues or len(gap) > 15:
        return _topic(doc, q, sentence)
    cue = cues[-1]
    stop = re.compile(r"[,;]|[.!?…](?=\s|$)").search(doc.mtext, q.end, sentence[1])
    start, end = trimmed(doc.text, cue.end, stop.start() if stop else sentence[1])
    zone = (clause_start(doc.mtext, sentence[0], cue.start), cue.start)
    speaker_at = "sentence" if cue.gerund or not doc.mtext[zone[0] : zone[1]].strip() else "before"
    return QuoteCandidate(start, end, start, end, "mixed", speaker_at, zone, cue, "partial-cue", doc.paragraph(q.start))



def sentence_like(text: str, q: Quotation) -> bool:
    """Return whether a quotation reads as a sentence: final punctuation, or at least 12 words."""
    return _final_punctuation(text, q) or q.words >= 12


def _final_punctuation(text: str, q: Quotation) -> bool:
    # Only the end of the quoted words is read: a long quotation costs no more than a short one.
    return _FINAL.search(text, max(q.inner_start, q.inner_end - 24), q.inner_end) is not None


_FINAL = re.compile(r"[.!?…]\W*$")


def _ends_sentence(doc: Doc, q: Quotation) -> bool:
    """Return whether a quotation closes its sentence (final punctuation inside or right after it)."""
    return _final_punctuation(doc.text, q) or doc.text[q.end : q.end + 1] in (".", "!", "?", "…")


def direct(doc: Doc, q: Quotation) -> QuoteCandidate | None:
    """Return ``q`` as a direct quote with its cue and speaker zone, or None when it is embedded."""
    text, mtext = doc.text, doc.mtext
    p = doc.paragraph(q.start)
    p_start = doc.paras[p][0] if doc.paras else 0
    last = doc.paragraph(q.end - 1)  # a quote may run over several paragraphs
    p_end = doc.paras[last][1] if doc.paras else len(text)
    sentence_start = doc.sentence_start(p_start, q.start)
    lead_start = sentence_start
    # "“A.” “B.”": B starts its own sentence; the latest such quotation before q decides.
    for j in range(doc.quote_index(q) - 1, -1, -1):
        other = doc.top[j]
        if other.end < p_start or other.end <= lead_start or other.end < q.start - WINDOW:
            break
        if other.end <= q.start and _ends_sentence(doc, other):
            lead_start = other.end
            break
    # Only the end of a long lead matters (how it leads into the quotation).
    lead = mtext[max(lead_start, q.start - WINDOW) : q.start].strip()
    if q.start - lead_start <= WINDOW and _DATELINE_LEAD.fullmatch(lead):  # "PARIS (AFP) - « … »": the story opens
        lead, lead_start = "", q.start
    after = _attribution_after(doc, q, tail_end(mtext, q.end, min(p_end, q.end + WINDOW)))
    before = [c for c in doc.cues_in(max(lead_start, q.start - WINDOW), q.start) if c.end <= q.start and not c.source]
    if lead and not lead.endswith((":", ",", "—", "–", " -")):
        return None
    if lead.endswith((":", ",")) and before and _introduces(mtext, before[-1], q.start):
        cue = before[-1]
        if cue.pronoun:
            return direct_candidate(doc, q, "after", (cue.start, cue.end), cue, "introduced-inversion")
        if cue.gerund:
            return direct_candidate(doc, q, "sentence", (sentence_start, cue.start), cue, "introduced-gerund")
        return direct_candidate(doc, q, "before", (clause_start(mtext, lead_start, cue.start), cue.start), cue, "introduced")
    if after is not None:
        return direct_candidate(doc, q, *after)
    if lead.endswith(":"):
        return direct_candidate(doc, q, "sentence", (lead_start, q.start), None, "colon")
    if lead.endswith(","):
        return None  # "…, “word”": embedded in the author's sentence
    if _fills_paragraph(mtext, q, p_start, p_end) and last + 1 < len(doc.paras):
        line_start, line_end = doc.paras[last + 1]
        if is_attribution_line(text[line_start:line_end]):
            comma = text.find(",", line_start, line_end)
            zone = (line_start, comma if comma > 0 else line_end)
            return direct_candidate(doc, q, "line", zone, None, "block-line")
    if (incise := _incise(doc, q)) is not None:
        return direct_candidate(doc, q, "after", incise[1], incise[0], "incise")
    return direct_candidate(doc, q, "none", None, None, "floating")


def _incise(doc: Doc, q: Quotation) -> tuple[Cue, tuple[int, int]] | None:
    """Return the cue and speaker zone of an incise inside the quotation marks, or None.

    French typography keeps a short attribution inside the guillemets: « La
    situation est grave, explique Claire Dubois, infirmière. Nous manquons… ».
    The incise is an inverted cue right after a comma, followed by the
    speaker and a comma or a full stop; it must come within the quote's first
    sentence.
    """
    text = doc.text
    for cue in doc.inner_cues(q):
        if cue.source or not _COMMA_BEFORE.search(text, q.inner_start, cue.start):
            continue
        first_stop = _FULL_STOP.search(text, q.inner_start, cue.start)
        if first_stop is not None:
            break  # past the first sentence: a reported sentence, not an incise
        stop = _INCISE_END.search(text, cue.end, q.inner_end)
        end = stop.start() if stop else q.inner_end
        if cue.pronoun or _NP_START.match(text, cue.end, end):
            return cue, ((cue.start, cue.end) if cue.pronoun else (cue.end, end))
    return None


_COMMA_BEFORE = re.compile(r",\s*$")
_FULL_STOP = re.compile(r"[.!?…](?=\s)")
_INCISE_END = re.compile(r"[,;.!?…](?=\s|$)")
# The speaker after the incise's verb: a capitalised word, a determiner or a subject pronoun.
_NP_START = re.compile(r"\s+(?:[A-ZÀ-ÖØ-Þ]|(?:le|la|les|l['’]|un|une|son|sa|the|a|an|his|her|its)\s)", re.IGNORECASE)


def _introduces(mtext: str, cue: Cue, quote_start: int) -> bool:
    """Return whether ``cue`` introduces a quotation after a colon or comma ("He stressed, “…")."""
    between = mtext[cue.end : quote_start]
    return len(between.split()) <= 14 and not re.search(r"\b(?:that|que|qu['’])|[.;!?“”«»\"]", between)


def _attribution_after(doc: Doc, q: Quotation, end: int):
    """Return ``(speaker_at, zone, cue, rule)`` for a cue right after the quotation, or None."""
    after = [c for c in doc.cues_in(q.end, end) if not c.source]
    if not after:
        return None
    cue = after[0]
    gap = doc.mtext[q.end : cue.start]
    bare = not LEAD_PUNCT.sub("", gap).strip()
    if cue.pronoun and bare:
        return "after", (cue.start, cue.end), cue, "inverted-pronoun"
    if bare:
        return "after", (cue.end, end), cue, "inverted"
    if len(gap.split()) <= 20 and not re.search(r"[“«\"]", gap):
        return "before", (q.end, cue.start), cue, "subject"
    return None


def _fills_paragraph(mtext: str, q: Quotation, p_start: int, p_end: int) -> bool:
    """Return whether the quotation is alone in its paragraphs (but for punctuation after it)."""
    return _NON_SPACE.search(mtext, p_start, q.start) is None and _NOT_LEAD_PUNCT.search(mtext, q.end, p_end) is None


_NON_SPACE = re.compile(r"\S")
_NOT_LEAD_PUNCT = re.compile(r"[^\s,;:.!?…—–-]")
