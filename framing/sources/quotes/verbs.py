"""Reporting verbs (speech-act cues) in English and French, and where they occur in a text.

The lexicon is the reviewed data file ``data/reporting_verbs.yaml`` (one entry per
lemma with its inflected forms, see the file's header). From it this module builds
one regular expression per language that finds every cue in a text in a single
pass, including French compound tenses ("a déclaré", "ont également affirmé"),
pronoun inversions ("a-t-il ajouté", "estime-t-elle", "dit-il") and source
prepositions ("according to", "selon", "d'après"). Method: cue lexicons as in
Pareti (2016) and the Gender Gap Tracker (Asr et al. 2021), matched on surface
forms because no English dependency parser is available.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import NamedTuple

from framing.resources import DATA_DIR, read_yaml
from framing.sources.quotes.patterns import alternation, lowered
from framing.sources.quotes.words import CUE_WORDS

__all__ = ["Cue", "ReportingVerb", "ReportingVerbs", "ReportingVerbsError", "load_verbs"]

VERBS_FILE = DATA_DIR / "reporting_verbs.yaml"
LANGUAGES = ("en", "fr")


class ReportingVerbsError(ValueError):
    """The reporting-verb file is malformed; the message names the entry."""


@dataclass(frozen=True, slots=True)
class ReportingVerb:
    """One lemma of the lexicon with its forms (see ``data/reporting_verbs.yaml``)."""

    lemma: str
    language: str
    forms: tuple[str, ...]
    participles: tuple[str, ...] = ()
    indirect: bool = True
    source: bool = False
    note: str = ""
    object: bool = False
    bare: bool = False


class Cue(NamedTuple):
    """A reporting cue found in a text: ``text[start:end]`` is the cue as written.

    ``pronoun`` is the inverted subject pronoun of French cues ("a-t-il dit" → "il");
    ``gerund`` marks "adding", "affirmant", whose subject is the main clause's.
    """

    start: int
    end: int
    lemma: str
    indirect: bool
    source: bool
    gerund: bool
    pronoun: str | None = None


@dataclass(frozen=True, eq=False)
class ReportingVerbs:
    """The reporting verbs of every language, with a compiled cue pattern per language.

    Compared and hashed by identity: the compiled patterns are cached per lexicon,
    and hashing every entry on each call would cost more than matching.
    """

    verbs: tuple[ReportingVerb, ...]

    def for_language(self, language: str) -> tuple[ReportingVerb, ...]:
        """Return the entries of ``language``."""
        return tuple(v for v in self.verbs if v.language == language)

    def cues(self, text: str, *, language: str) -> list[Cue]:
        """Return every reporting cue in ``text``, in order, not overlapping.

        One pass of a trie-compiled pattern over a lower-cased copy of the
        text (see ``framing.sources.quotes.patterns``).
        """
        if language not in LANGUAGES:
            return []
        pattern, index = _compiled(self, language)
        low = lowered(text)
        french = language == "fr"
        found: list[Cue] = []
        for match in pattern.finditer(low):
            part = match.group("part") if french else None
            head = part or match.group("form") or ""
            if not head.isalpha():
                head = _SPACES.sub(" ", head)
            verb = index.get(head)
            if verb is None or _is_not_speech(text, low, match, part, language):
                continue
            pronoun = next((p for p in match.group("p1", "p2", "p3", "p4") if p), None) if french else None
            gerund = _is_gerund(head, language) and not part
            found.append(
                Cue(match.start(), match.end(), verb.lemma, verb.indirect, verb.source, gerund, pronoun)
            )
        return found

    def lemmas(self, flag: str) -> frozenset[str]:
        """Return the lemmas whose entry sets ``flag`` (``object``, ``bare``, ``source``, ``indirect``)."""
        return _flagged(self, flag)


@cache
def _flagged(lexicon: ReportingVerbs, flag: str) -> frozenset[str]:
    return frozenset(v.lemma for v in lexicon.verbs if getattr(v, flag))


def _is_gerund(form: str, language: str) -> bool:
    first = form.split(" ")[0]
    return first.endswith("ing") if language == "en" else first.endswith("ant")


# "is said to", "the said agreement", "le dit accord", "Russia's claims": not speech.
_PASSIVE_BEFORE = CUE_WORDS.passive_before
_CLAUSE_START = re.compile(r"(?:^|[.!?:]\s+|\n)$")
_SPACES = re.compile(r"\s+")
# A passive or noun reading is decided by the few characters before the form.
_BEFORE = 12


def _after_passive_word(low: str, start: int) -> bool:
    """Return whether a determiner, an auxiliary or "'s" and white space end ``low[start - 12 : start]``."""
    lo = max(0, start - _BEFORE)
    j = start
    while j > lo and low[j - 1].isspace():
        j -= 1
    if j == start:
        return False
    if j - 2 >= lo and low[j - 2 : j] == "'s":
        return True
    k = j
    while k > lo and (low[k - 1].isalnum() or low[k - 1] == "_"):
        k -= 1
    return low[k:j] in _PASSIVE_BEFORE


def _is_not_speech(text: str, low: str, match: re.Match[str], part: str | None, language: str) -> bool:
    """Return whether a matched form is used as something else than a speech verb."""
    start = match.start()
    if not part and _after_passive_word(low, start):
        return True
    if (
        text[start].isupper()
        and match.group() in CUE_WORDS.noun_homographs
        and not _CLAUSE_START.search(text[max(0, start - _BEFORE) : start])
    ):
        return True
    # "is said to have", "were told to leave": hearsay and orders, not attribution.
    if language != "en" or match.group("form") not in ("said", "told"):
        return False
    return bool(_TO_AFTER.match(low, match.end(), match.end() + 4))


_TO_AFTER = re.compile(r"\s+to\b")


@cache
def _compiled(lexicon: ReportingVerbs, language: str) -> tuple[re.Pattern[str], dict[str, ReportingVerb]]:
    """Return the cue pattern of ``language`` (for a ``lowered`` text) and its form → entry index."""
    verbs = lexicon.for_language(language)
    index: dict[str, ReportingVerb] = {}
    for verb in verbs:
        for form in (*verb.forms, *verb.participles):
            index.setdefault(re.sub(r"\s+", " ", lowered(form)), verb)
    forms = alternation([f for v in verbs for f in v.forms])
    if language == "fr":
        participles = alternation([p for v in verbs for p in v.participles])
        aux, adverbs = alternation(CUE_WORDS.fr_auxiliaries), alternation(CUE_WORDS.fr_adverbs)
        pattern = (
            rf"(?<![\w'-])(?:(?:{aux})(?:-t-(?P<p1>il|elle|on)|-(?P<p2>ils|elles))?"
            rf"(?:\s*,?\s*(?:{adverbs})\s*,?)*\s+(?P<part>{participles})"
            rf"|(?P<form>{forms})(?:-t-(?P<p3>il|elle|on)|-(?P<p4>il|elle|ils|elles|on))?)(?![\w-])"
        )
    else:
        pattern = rf"(?<![\w-])(?P<form>{forms})(?![\w-])"
    return re.compile(pattern), index


def _entry(raw: object, where: str) -> ReportingVerb:
    if not isinstance(raw, dict):
        raise ReportingVerbsError(f"{where}: each entry must be a mapping")
    lemma = raw.get("lemma")
    language = raw.get("language")
    forms = raw.get("forms") or []
    if not isinstance(lemma, str) or not lemma.strip():
        raise ReportingVerbsError(f"{where}: missing lemma")
    if language not in LANGUAGES:
        raise ReportingVerbsError(f"{where} ({lemma!r}): language must be one of {LANGUAGES}")
    if not forms or not all(isinstance(f, str) and f.strip() for f in forms):
        raise ReportingVerbsError(f"{where} ({lemma!r}): forms must be a non-empty list of strings")
    participles = raw.get("participles") or []
    return ReportingVerb(
        lemma=lemma,
        language=language,
        forms=tuple(forms),
        participles=tuple(participles),
        indirect=bool(raw.get("indirect", True)),
        source=bool(raw.get("source", False)),
        note=str(raw.get("note") or ""),
        object=bool(raw.get("object", False)),
        bare=bool(raw.get("bare", False)),
    )


def parse_verbs(data: object, *, source: str = "reporting verbs") -> ReportingVerbs:
    """Return the lexicon in already-parsed YAML ``data``; raise ``ReportingVerbsError`` if malformed."""
    if not isinstance(data, dict) or not isinstance(data.get("verbs"), list):
        raise ReportingVerbsError(f"{source}: expected a mapping with a 'verbs' list")
    return ReportingVerbs(tuple(_entry(raw, f"{source}: entry {i}") for i, raw in enumerate(data["verbs"])))


@cache
def load_verbs(path: Path = VERBS_FILE) -> ReportingVerbs:
    """Return the reporting-verb lexicon read from ``path`` (cached per path)."""
    return parse_verbs(read_yaml(Path(path), error=ReportingVerbsError), source=Path(path).name)
