"""Reporting cues at the language level: where a text attributes words to a source.

Reads the reviewed lexicon ``data/reporting_verbs.yaml`` (lemmas, inflected
forms, French participles, and the ``context`` lists of French auxiliaries,
adverbs and the words that make a form passive or a noun) and finds, in one
pass per language, the cues that introduce *indirect* speech: verbs marked
``indirect`` ("said", "claimed", « a affirmé », inversions « a-t-il déclaré »,
« estime-t-elle ») and source prepositions ("according to", « selon »,
« d'après »). Method: the cue of the cue–source–content model of attribution
(Pareti 2016, PARC 3.0), matched on surface forms. Any analyser may use it:
it knows words, not speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

from framing.resources import DATA_DIR, read_yaml

__all__ = ["REPORTING_FILE", "ReportingCue", "ReportingWords", "load_reporting_words", "parse_reporting_words",
           "reporting_cues"]

REPORTING_FILE = DATA_DIR / "reporting_verbs.yaml"
LANGUAGES = ("en", "fr")
_APOSTROPHES = str.maketrans("’‘ʼ`´", "'''''")


class ReportingWordsError(ValueError):
    """The reporting-verb file cannot be read as cues; the message names the file and the entry."""


class ReportingCue(NamedTuple):
    """A cue in a text: ``text[start:end]``; ``source`` for "according to", « selon »;
    ``inverted`` for a French inversion (« a-t-il déclaré », « dit-elle »)."""

    start: int
    end: int
    lemma: str
    source: bool
    inverted: bool


@dataclass(frozen=True, eq=False)
class ReportingWords:
    """Per language, the lemma of each indirect cue form, French participles, and context words."""

    forms: dict[str, dict[str, str]]
    participles: dict[str, str]
    sources: frozenset[str]
    auxiliaries: tuple[str, ...]
    adverbs: tuple[str, ...]
    passive_before: frozenset[str]


def parse_reporting_words(data: object, *, source: str = "reporting_verbs.yaml") -> ReportingWords:
    """Return the indirect cues of already-parsed YAML ``data``; raise ``ReportingWordsError``."""
    if not isinstance(data, dict) or not isinstance(data.get("verbs"), list):
        raise ReportingWordsError(f"{source}: expected a mapping with a 'verbs' list")
    forms: dict[str, dict[str, str]] = {lang: {} for lang in LANGUAGES}
    participles: dict[str, str] = {}
    sources: set[str] = set()
    for i, entry in enumerate(data["verbs"]):
        where = f"{source}: verbs[{i}]"
        if not isinstance(entry, dict) or entry.get("language") not in LANGUAGES:
            raise ReportingWordsError(f"{where}: expected a mapping with language en or fr")
        lemma, words = entry.get("lemma"), entry.get("forms")
        if not isinstance(lemma, str) or not isinstance(words, list) or not words:
            raise ReportingWordsError(f"{where}: needs a lemma and a non-empty forms list")
        if not entry.get("indirect", True):
            continue
        for form in words:
            forms[entry["language"]].setdefault(_normal(str(form)), lemma)
        for form in entry.get("participles") or ():
            participles.setdefault(_normal(str(form)), lemma)
        if entry.get("source"):
            sources.add(lemma)
    context = data.get("context") if isinstance(data.get("context"), dict) else {}

    def words_of(name: str) -> tuple[str, ...]:
        spec = context.get(name)
        if not isinstance(spec, dict) or not isinstance(spec.get("words"), list):
            raise ReportingWordsError(f"{source}: context.{name}: expected a mapping with a words list")
        return tuple(_normal(str(w)) for w in spec["words"])

    return ReportingWords(forms, participles, frozenset(sources), words_of("fr_auxiliaries"),
                          words_of("fr_adverbs"), frozenset(words_of("passive_before")))


@cache
def load_reporting_words(path: Path = REPORTING_FILE) -> ReportingWords:
    """Return the indirect reporting cues read from ``path`` (cached per path)."""
    return parse_reporting_words(read_yaml(Path(path), error=ReportingWordsError), source=Path(path).name)


def reporting_cues(text: str, *, language: str, words: ReportingWords | None = None) -> list[ReportingCue]:
    """Return the indirect-speech cues of ``text`` in ``language``, in order, not overlapping.

    A form right after a determiner or an auxiliary of the passive ("the said
    agreement", "is said to", "a warning") is not a cue, nor "said/told to".
    """
    if language not in LANGUAGES or not text:
        return []
    words = words or load_reporting_words()
    pattern = _pattern(words, language)
    low = _lowered(text)
    cues = []
    for m in pattern.finditer(low):
        part, form = m.group("part"), m.group("form")
        lemma = words.participles.get(_spaces(part)) if part else words.forms[language].get(_spaces(form))
        if lemma is None or (not part and _after_passive_word(low, m.start(), words.passive_before)):
            continue
        if language == "en" and form in ("said", "told") and re.match(r"\s+to\b", low[m.end():m.end() + 4]):
            continue
        inverted = bool(m.group("inv1") or m.group("inv2")) if language == "fr" else False
        cues.append(ReportingCue(m.start(), m.end(), lemma, lemma in words.sources, inverted))
    return cues


def _normal(word: str) -> str:
    return " ".join(word.translate(_APOSTROPHES).lower().split())


def _spaces(word: str) -> str:
    return " ".join(word.split())


def _lowered(text: str) -> str:
    low = text.translate(_APOSTROPHES).lower()
    return low if len(low) == len(text) else text.translate(_APOSTROPHES)


def _alternation(words) -> str:
    ordered = sorted({w for w in words if w}, key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered) or r"(?!)"


@cache
def _pattern(words: ReportingWords, language: str) -> re.Pattern[str]:
    forms = _alternation(words.forms[language])
    if language != "fr":
        return re.compile(rf"(?<![\w'-])(?P<form>{forms})(?![\w-])(?P<part>(?!))?")
    aux, adverbs, parts = (_alternation(words.auxiliaries), _alternation(words.adverbs),
                           _alternation(words.participles))
    return re.compile(
        rf"(?<![\w'-])(?:(?:{aux})(?P<inv1>-t-(?:il|elle|on)|-(?:ils|elles))?"
        rf"(?:\s*,?\s*(?:{adverbs})\s*,?)*\s+(?P<part>{parts})"
        rf"|(?P<form>{forms})(?P<inv2>-t-(?:il|elle|on)|-(?:il|elle|ils|elles|on))?)(?![\w-])"
    )


def _after_passive_word(low: str, start: int, passive: frozenset[str]) -> bool:
    """Return whether a determiner, an auxiliary or "'s" ends the few characters before ``start``."""
    before = low[max(0, start - 12):start]
    if not before or not before[-1].isspace():
        return False
    stripped = before.rstrip()
    if stripped.endswith("'s"):
        return True
    word = re.search(r"(\w+)$", stripped)
    return bool(word) and word.group(1) in passive
