"""Mentions of people and institutions in a text, without a statistical English model.

Two sources are combined. (1) Every gazetteer alias, found in one pass of a
compiled trie pattern over the folded text (case, diacritics and apostrophes
ignored, offsets kept). (2) Capitalised name runs that carry evidence of being
a person: an honorific (Mr., Ms., Dr., M., Mme, Pr…), a title or role in front
("Foreign Minister", "Ukraine's Defense Minister", "le ministre"), an apposition
(", a spokesman for …", ", 67,", ", secretary of state for European affairs"), a
reporting verb next to it ("Zimin said", "said Iryna Savchuk", "a déclaré M.
Kuleba"), a source preposition ("according to", "selon", "pour"), a caption
line, or the surname of a person already found. Method: gazetteer lookup plus
evidence rules, as in rule-based NER (Mikheev, Moens & Grover 1999) and the
Gender Gap Tracker's name patterns; for French a spaCy pipeline, when one is
installed, adds its PER spans.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from framing.sources.actors.aliases import alias_index, alias_spans
from framing.sources.actors.candidates import sound
from framing.sources.actors.gazetteer import Gazetteer
from framing.sources.actors.name_signals import Scan, evidence, honorific, reverse_apposition
from framing.sources.actors.names import (
    NameRun,
    name_runs,
)
from framing.sources.actors.wordlists import (
    FUNCTION_WORDS,
    HONORIFICS,
    NON_NAME_WORDS,
    ORG_WORDS,
    ROLE_NOUNS,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    first_name_gender,
    role_noun,
)
from framing.sources.quotes.doc import Spans
from framing.sources.quotes.verbs import Cue, ReportingVerbs, load_verbs
from framing.text.fold import fold
from framing.text.tokens import WORD_RUN

__all__ = ["Mention", "find_mentions"]

# Honorifics as written before a name: "Mr.", "Ms", "M.", "Mme", "Pr" (data/actors/names.yaml);
# a form written without its dot may take one.
_GIVEN_BEFORE = re.compile(r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-Þa-zà-ÿ]+)?) $")
_TITLE_WORD = re.compile(r"[\w'’.-]+")
_SPACES = re.compile(r"\s+")


class Mention(NamedTuple):
    """A mention of an actor: ``text[start:end]`` is the name as written.

    ``title_start`` is where a title in front of it begins ("US Secretary of
    State Antony Blinken"); ``title`` joins that title and any apposition found;
    ``keys`` are the gazetteer actors the alias names (empty when not listed).
    """

    start: int
    end: int
    kind: str
    keys: tuple[str, ...] = ()
    title_start: int = -1
    title: str | None = None
    gender: str | None = None
    evidence: str = "alias"
    caption: bool = False

    @property
    def outer_start(self) -> int:
        """Return the start of the mention including its title."""
        return self.title_start if 0 <= self.title_start < self.start else self.start


def find_mentions(
    text: str,
    *,
    language: str,
    gazetteer: Gazetteer,
    verbs: ReportingVerbs | None = None,
    cues: Sequence[Cue] | None = None,
) -> list[Mention]:
    """Return the person, institution and media mentions of ``text``, ordered, not overlapping.

    ``cues`` are the text's reporting cues when the caller has found them already.
    """
    if language not in ("en", "fr") or not text.strip():
        return []
    if cues is None:
        cues = (verbs or load_verbs()).cues(text, language=language)
    scan = Scan.of(text, _title_vocabulary(gazetteer), cues)
    aliases = _alias_hits(text, scan.folded, gazetteer)
    stops = _run_stops(gazetteer)
    starts = [a.start for a in aliases]
    runs = [r for r in name_runs(text, extra_stops=stops, folded=scan.folded) if not _covered(r, aliases, starts)]
    persons: list[Mention] = []
    for run in runs:
        kind = evidence(scan, run)
        if kind:
            persons.append(_person(text, run, kind))
    persons += _repeats(text, runs, persons)
    persons += _statistical(text, language, runs, persons)
    found = [_described(scan, m) for m in aliases]
    found += [_described(scan, m) for m in persons]
    return _non_overlapping(found)


def vocabulary_countries(gazetteer: Gazetteer) -> set[str]:
    """Return the folded single-word country names and adjectives of the gazetteer."""
    return {w.removesuffix("'s") for words in gazetteer.country_words.values() for w in words if " " not in w}


@cache
def _title_vocabulary(gazetteer: Gazetteer) -> frozenset[str]:
    """Return the folded words that may make up a title: role phrases, countries, organisations."""
    words = {w for p in gazetteer.role_phrases for w in re.findall(r"[\w'-]+", fold(p.phrase))}
    words |= vocabulary_countries(gazetteer) | TITLE_ABBREVIATIONS | ORG_WORDS
    words |= {w for words in gazetteer.country_words.values() for phrase in words for w in re.findall(r"[\w'-]+", phrase)}
    return frozenset(w for w in words if (w.isalpha() or "-" in w) and w not in FUNCTION_WORDS)


@cache
def _run_stops(gazetteer: Gazetteer) -> frozenset[str]:
    """Return capitalised words that split name runs: countries, role-phrase words, role nouns."""
    return _title_vocabulary(gazetteer) | frozenset(ROLE_NOUNS) | frozenset(vocabulary_countries(gazetteer))


def _alias_hits(text: str, folded: str, gazetteer: Gazetteer) -> list[Mention]:
    """Return the mentions that are gazetteer aliases (capitalised unless listed in lower case)."""
    index = alias_index(gazetteer)
    hits = []
    for start, end, key in alias_spans(folded, index):
        if key not in index.lower and not text[start].isupper():
            continue
        actors = [gazetteer.by_key(k) for k in index.keys.get(key, ())]
        kind = next((a.kind for a in actors if a), "person")
        if kind == "person" and _other_first_name(text, start, _run_stops(gazetteer)):
            continue
        hits.append(Mention(start, end, kind, index.keys.get(key, ()), evidence="alias"))
    return hits


def _other_first_name(text: str, start: int, stops: frozenset[str]) -> bool:
    """Return whether a capitalised given name precedes an alias ("Anna Zakharova" ≠ "Zakharova")."""
    before = _GIVEN_BEFORE.search(text, max(0, start - 30), start)
    if not before:
        return False
    word = fold(before.group(1))
    return word not in NON_NAME_WORDS and word not in TITLE_WORDS and word not in stops


def _covered(run: NameRun, hits: list[Mention], starts: list[int]) -> bool:
    """Return whether ``run`` overlaps one of ``hits`` (sorted, disjoint; ``starts`` their starts)."""
    i = bisect_left(starts, run.end) - 1
    return i >= 0 and hits[i].end > run.start


def _person(text: str, run: NameRun, evidence: str) -> Mention:
    return Mention(run.start, run.end, "person", evidence=evidence)


def _described(scan: Scan, mention: Mention) -> Mention:
    """Return ``mention`` with its title, apposition, gender clue and caption flag filled in."""
    text = scan.text
    title_start = scan.title(mention.start)
    parts = [text[title_start : mention.start].strip()] if title_start < mention.start else []
    apposition = scan.apposition(mention.end)
    # "Xi Jinping, says the researcher, …" is a parenthetical attribution, not an apposition.
    if apposition and apposition[0] not in scan.cue_starts:
        parts.append(text[apposition[0] : apposition[1]])
    if reverse := reverse_apposition(text, mention.start):
        parts.append(reverse)
    title_word = honorific(text, mention.start)
    gender = None
    if title_word:
        gender = HONORIFICS.get(fold(title_word).rstrip("."))
    if gender is None and mention.kind == "person":
        gender = _title_gender(" ".join(parts)) or first_name_gender(text[mention.start : mention.end].split()[0])
    caption = any(s <= mention.start < e for s, e in scan.captions)
    return Mention(
        mention.start, mention.end, mention.kind, mention.keys, title_start,
        "; ".join(p for p in parts if _is_role_text(p)) or None, gender, mention.evidence, caption,
    )


def _is_role_text(part: str) -> bool:
    """Return whether an apposition or title reads as a role: an age (", 34,") is evidence of a
    person but not a role, and text that starts at a quotation mark was cut from a quote."""
    part = part.strip()
    return bool(part) and not part.isdigit() and part[0] not in "“”\"«»'’,;:"


def _title_gender(title: str) -> str | None:
    for word in WORD_RUN.findall(title)[:6]:
        found = role_noun(word)
        if found and found[1]:
            return found[1]
    return None


def _repeats(text: str, runs: list[NameRun], persons: list[Mention]) -> list[Mention]:
    """Return runs that repeat a person's name or surname, exactly or as a spelling variant.

    Machine translation spells one surname several ways ("Ségournet",
    "Sigourney", "Sigournet"): a one-word run whose sound key equals a known
    surname's, or within edit-distance similarity 0.8 of it, is that surname.
    """
    names = [text[m.start : m.end].split() for m in persons]
    known = {fold(" ".join(n)) for n in names}
    surnames = {fold(n[-1]) for n in names} | {fold(n[0]) for n in names if len(n) == 1}
    sounds = {sound(s) for s in surnames if len(s) >= 4}
    taken = {(m.start, m.end) for m in persons}
    spelled = [s for s in surnames if len(s) >= 4]
    extra = []
    for run in runs:
        if (run.start, run.end) in taken:
            continue
        key, last = fold(text[run.start : run.end]), fold(run.words[-1])
        variant = len(last) >= 4 and (sound(last) in sounds or _similar(last, spelled))
        if key in known or last in surnames or variant:
            extra.append(_person(text, run, "repeat"))
    return extra


def _similar(word: str, surnames: list[str]) -> bool:
    """Return whether ``word`` is within normalised edit similarity 0.8 of one of ``surnames``."""
    return bool(surnames) and process.extractOne(
        word, surnames, scorer=Levenshtein.normalized_similarity, score_cutoff=0.8
    ) is not None


def _statistical(text: str, language: str, runs: list[NameRun], persons: list[Mention]) -> list[Mention]:
    """Return PER spans of an installed French spaCy pipeline that match a name run."""
    if language != "fr" or (nlp := _french_pipeline()) is None:
        return []
    taken = {(m.start, m.end) for m in persons}
    spans = {(e.start_char, e.end_char) for e in nlp(text[:200_000]).ents if e.label_ == "PER"}
    return [_person(text, r, "ner") for r in runs if (r.start, r.end) in spans - taken]


@cache
def _french_pipeline():
    """Return spaCy's ``fr_core_news_sm`` when installed (optional), else None."""
    try:
        import spacy

        return spacy.load("fr_core_news_sm", disable=["parser", "lemmatizer"])
    except Exception:  # not installed, or an incompatible model: run without it
        return None


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    """Return mentions sorted by start, keeping the longest of overlapping ones."""
    chosen: list[Mention] = []
    taken = Spans()
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if not taken.overlaps(mention.start, mention.end):
            chosen.append(mention)
            taken.add(mention.start, mention.end)
    return sorted(chosen, key=lambda m: m.start)
