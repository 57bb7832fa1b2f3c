"""Evidence that a capitalised name run names a person, read from the words around it.

An honorific (Mr., Ms., Dr., M., Mme, Pr…), a title or role in front
("Foreign Minister", "Ukraine's Defense Minister", "le ministre"), a listed
given name, an apposition (", a spokesman for …", ", 67,", ", secretary of
state for European affairs"), a reporting verb next to it ("Zimin said", "said
Iryna Savchuk", "a déclaré M. Kuleba"), a source preposition ("according to",
"selon"), a caption line, or a role phrase in front ("its spokeswoman, Iryna
Savchuk"); a preposition or organisation word in front ("in Ottawa",
"Université Laval") vetoes the weaker kinds. Method: contextual evidence rules
of rule-based NER (Mikheev, Moens & Grover 1999) and the Gender Gap Tracker's
name patterns (Asr et al. 2021).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from framing.sources.actors.names import (
    NameRun,
    apposition_after,
    caption_paragraphs,
    is_sentence_start,
    title_before,
)
from framing.sources.actors.references import government_nouns
from framing.sources.actors.wordlists import (
    HONORIFIC_TOKENS,
    ORG_WORDS,
    PLACE_NOUNS,
    PLACE_PREPOSITIONS,
    ROLE_NOUNS,
    TITLE_WORDS,
    is_given_name,
    role_noun,
)
from framing.sources.quotes.verbs import Cue
from framing.text.fold import fold

__all__ = ["Scan", "evidence", "honorific", "reverse_apposition"]

_TITLE_WORD = re.compile(r"[\w'’.-]+")



_SOURCE_BEFORE = re.compile(
    r"(?:\b(?:according\s+to|for|pour|selon|d['’]après|in\s+the\s+words\s+of)\s+(?:the\s+|le\s+|la\s+|l['’])?)$",
    re.IGNORECASE,
)
_ADVERBS_AFTER = re.compile(
    r"(?:\s*,[^,.;:!?“”«»\"\n]{1,160},)?\s*(?:(?:also|has|have|had|later|then|further|again|"
    r"repeatedly|notably|himself|herself|for\s+(?:his|her|its)\s+part|a|avait|ont|lui|elle|"
    r"également|aussi|pour\s+sa\s+part|de\s+son\s+côté),?\s+)*"
)



@dataclass(slots=True)
class Scan:
    """One text being scanned for mentions: its folded copy, cue positions, captions, and
    memoised title and apposition look-ups (each name is examined more than once)."""

    text: str
    folded: str
    vocabulary: frozenset[str]
    captions: list[tuple[int, int]]
    cue_starts: set[int]
    cue_ends: set[int]
    titles: dict[int, int]
    appositions: dict[int, tuple[int, int] | None]

    @classmethod
    def of(cls, text: str, vocabulary: frozenset[str], cues: Sequence[Cue]) -> Scan:
        # "told Inter" names the addressee, unless the cue is inverted after a quote ("…,” told X).
        cue_ends = {c.end for c in cues if not c.source and (c.lemma != "tell" or _after_quote(text, c.start))}
        return cls(text, fold(text), vocabulary, caption_paragraphs(text),
                   {c.start for c in cues}, cue_ends, {}, {})

    def title(self, start: int) -> int:
        """Return where the title before the name at ``start`` begins (memoised ``title_before``)."""
        if start not in self.titles:
            self.titles[start] = title_before(self.text, start, vocabulary=self.vocabulary, folded=self.folded)
        return self.titles[start]

    def apposition(self, end: int) -> tuple[int, int] | None:
        """Return the apposition after the name ending at ``end`` (memoised ``apposition_after``)."""
        if end not in self.appositions:
            self.appositions[end] = apposition_after(self.text, end, vocabulary=self.vocabulary)
        return self.appositions[end]


def _after_quote(text: str, pos: int) -> bool:
    return bool(re.search(r"[”\"»’],?\s*$", text[max(0, pos - 4) : pos]))



def evidence(scan: Scan, run: NameRun) -> str | None:
    """Return the kind of evidence that the run names a person, or None."""
    text = scan.text
    if _org_word_after(text, run.end):
        return None  # "King Saud University", "Kennedy School": the name of a body
    if _place_noun_next_to(text, run):
        return None  # "Pahang state", "the state of Pahang", « l'oblast de Donetsk »: a place
    before = text[max(0, run.start - 40) : run.start]
    if honorific(text, run.start):
        return "honorific"
    if _government_of(text, run):
        return "government"
    title_start = scan.title(run.start)
    if title_start < run.start and _has_role_word(text[title_start : run.start]):
        return "title"
    if len(run.words) > 1 and is_given_name(run.words[0]) and not _after_org_word(before):
        return "given-name"
    if _is_place_context(before):
        return None  # "In Ottawa, …", "the city council of Mariupol indicated", "Université Laval"
    if scan.apposition(run.end):
        return "apposition"
    if _opens_clause(text, run.start) and _pronoun_after(text, run.end):
        return "pronoun"
    after = _ADVERBS_AFTER.match(text, run.end)
    # "Critics said", "Officials say": one capitalised word opening a sentence is as likely a
    # plural noun as a surname; a surname met before is found again by ``_repeats``.
    if after and after.end() in scan.cue_starts and not (len(run.words) == 1 and is_sentence_start(text, run.start)):
        return "verb"
    gap_start = title_start if title_start < run.start else run.start
    if any(end in scan.cue_ends and text[end:gap_start].isspace() for end in range(gap_start - 3, gap_start)):
        return "verb"
    if len(run.words) > 1 and _SOURCE_BEFORE.search(before):
        return "source"
    if any(start == run.start for start, _ in scan.captions):
        return "caption"
    if reverse_apposition(text, run.start):
        return "apposition"
    return None


_GOVERNMENT_AFTER = re.compile(r"[ \u00a0]+([a-z]+)\b")
_GOVERNMENT_BEFORE = re.compile(r"\b(?:the|le|la|du|au)\s+(?:[a-z]+\s+)?$", re.IGNORECASE)


def _government_of(text: str, run: NameRun) -> bool:
    """Return whether the run names a leader through their government: "the Obama administration",
    "the Trump campaign", « le gouvernement Borne » (nouns in ``data/actors/references.yaml``)."""
    nouns = government_nouns()
    after = _GOVERNMENT_AFTER.match(text, run.end)
    if after and after.group(1) in nouns and _GOVERNMENT_BEFORE.search(text[max(0, run.start - 30) : run.start]):
        return True
    before = text[max(0, run.start - 20) : run.start].rstrip().rsplit(None, 1)
    return bool(before) and before[-1].lower() in nouns and len(run.words) == 1 and text[run.start - 1] == " "


# "Menendez faced scrutiny over whether he improperly used his office": a personal pronoun later in
# the sentence, with no other capitalised word between, refers back to the name (Hobbs 1978).
# English only: French « il » / « elle » also stand for things of either grammatical gender
# (« l'Occident refuse ce qu'il qualifie de … »).
_PRONOUN_AFTER = re.compile(r"[^.!?;:“”«»\"\n]{0,120}?\b(?:he|she|him|his|her|himself|herself)\b")
_CAPITAL = re.compile(r"\b[A-ZÀ-Þ]")


def _pronoun_after(text: str, end: int) -> bool:
    """Return whether a third-person singular pronoun follows the name in its sentence, with no
    other capitalised word before it (which could be the antecedent instead)."""
    found = _PRONOUN_AFTER.match(text, end)
    return found is not None and not _CAPITAL.search(text, end, found.start() + len(found.group()) - 3)


_SUBJECT_BEFORE = re.compile(
    r"(?:[.!?;:,“”\"«»(\n]\s*|\b(?:and|but|when|while|after|before|as|that|because|since|if|yet|so|et|mais|"
    r"quand|lorsque|que|qu['’]|si|puis)\s+)(?:(?:Mr|Mrs|Ms|Dr|M|Mme)\.?\s+)?$"
)


def _opens_clause(text: str, start: int) -> bool:
    """Return whether a name stands where a clause's subject does: at the start of the text or
    after punctuation or a conjunction ("…, Menendez faced …"), not as an object ("hit Pahang")."""
    before = text[max(0, start - 40) : start]
    return (start <= 40 and not before.strip()) or _SUBJECT_BEFORE.search(before) is not None


_PLACE_AFTER = re.compile(r"[ \u00a0]+([a-zà-ÿ]+)\b")
_PLACE_BEFORE = re.compile(r"\b([a-zà-ÿ]+)\s+(?:of|de|d['’])\s*$", re.IGNORECASE)


def _place_noun_next_to(text: str, run: NameRun) -> bool:
    """Return whether a place noun makes the run a place: "Pahang state", "the state of Pahang"."""
    after = _PLACE_AFTER.match(text, run.end)
    if after and after.group(1) in PLACE_NOUNS:
        return True
    before = _PLACE_BEFORE.search(text[max(0, run.start - 30) : run.start])
    return before is not None and fold(before.group(1)) in PLACE_NOUNS


def _org_word_after(text: str, end: int) -> bool:
    """Return whether a capitalised organisation word follows the name ("… University")."""
    word = _NEXT_WORD.match(text, end)
    return word is not None and word.group(1)[:1].isupper() and fold(word.group(1)) in ORG_WORDS


_NEXT_WORD = re.compile(r"[ \u00a0]+([\w'’-]+)")
# Words that join an organisation word to the rest of its name ("Centre for …").
_NAME_LINKS = frozenset({"for", "of", "pour"})


def _has_role_word(title: str) -> bool:
    """Return whether a title or role noun sits among the last four words of a title.

    A possessive title word is not a title ("King's College", "the President's adviser" is
    an adviser, found by its own noun).
    """
    words = [fold(w).rstrip(".") for w in _TITLE_WORD.findall(title)][-4:]
    return any((w in TITLE_WORDS or w in ROLE_NOUNS) and not w.endswith(("'s", "’s")) for w in words)


def _word_before(text: str, pos: int, chars: str = "_'’-") -> str | None:
    """Return the word (letters, digits and ``chars``) that white space separates from ``pos``, or None.

    The same as searching ``([\\w'’-]+)\\s+$`` in the 40 characters before ``pos``,
    but matched at the start of the reversed window instead of tried at every position.
    """
    window = text[max(0, pos - 40) : pos]
    body = window.rstrip()
    if len(body) == len(window):
        return None
    word = _backward_word(chars).match(body[::-1])
    return word.group()[::-1] if word else None


@cache
def _backward_word(chars: str) -> re.Pattern[str]:
    return re.compile(rf"[\w{re.escape(chars)}]+")


def honorific(text: str, pos: int) -> str | None:
    """Return the honorific right before the name at ``pos`` ("Mr.", "M.", "Mme"), or None."""
    word = _word_before(text, pos, "_.")
    return word if word in HONORIFIC_TOKENS else None


def _after_org_word(before: str) -> bool:
    word = _word_before(before, len(before))
    return word is not None and fold(word) in ORG_WORDS


def _is_place_context(before: str) -> bool:
    """Return whether the words before a run make it a place or part of a name of something.

    A preposition ("in Ottawa", "of Mariupol") or an organisation word
    ("Université Laval", "Global Affairs Canada") right before a run.
    """
    raw = _word_before(before, len(before))
    if raw is None:
        return False
    word = fold(raw)
    if word in ORG_WORDS or word in PLACE_PREPOSITIONS:
        return True
    if word not in _NAME_LINKS:
        return False
    # "Centre for Strategic Assessment", "Institute for Post-Soviet Studies": the rest of a
    # body's name, even when a reporting verb follows it.
    stem = before.rstrip()
    head = _word_before(stem, len(stem) - len(raw))
    return head is not None and fold(head) in ORG_WORDS


_REVERSE = re.compile(r"(?:^|[,;:(]\s*|[.!?…][\"”»’]?\s+|\b(?:said|told|added|a\s+déclaré|a\s+indiqué)\s+)(?P<np>[^,;:.!?()\n]{3,90}),\s*$", re.IGNORECASE)


def reverse_apposition(text: str, start: int) -> str | None:
    """Return the role phrase in "its spokeswoman, Iryna Savchuk" / "the governor of X, Name"."""
    j = start
    while j > 0 and text[j - 1].isspace():
        j -= 1
    if j == 0 or text[j - 1] != ",":  # the phrase ends with a comma: most names have none
        return None
    match = _REVERSE.search(text[max(0, start - 100) : start])
    if not match:
        return None
    words = match["np"].split()
    if not words or len(words) > 10:
        return None
    heads = [w for w in words[:4] if role_noun(w.strip("'’")) or fold(w) in ROLE_NOUNS]
    return match["np"].strip() if heads else None
