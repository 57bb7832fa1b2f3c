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

import yaml

from framing.paths import DATA_DIR

__all__ = ["Cue", "ReportingVerb", "VerbLexicon", "VerbLexiconError", "load_verbs"]

VERBS_FILE = DATA_DIR / "reporting_verbs.yaml"
LANGUAGES = ("en", "fr")

# Adverbs that may sit between a French auxiliary and its participle ("a également dit").
_FR_ADVERBS = (
    r"également|aussi|encore|déjà|ensuite|alors|enfin|notamment|toutefois|cependant|pourtant|"
    r"néanmoins|ainsi|bien|d['’]ailleurs|par\s+ailleurs|aussitôt|lui|elle|eux|elles|"
    r"pour\s+sa\s+part|de\s+son\s+côté|quant\s+à\s+lui|quant\s+à\s+elle|lui-même|elle-même|"
    r"plusieurs\s+fois|à\s+plusieurs\s+reprises|publiquement|clairement|longuement|souvent|même"
)
_FR_AUX = r"a|ont|avait|avaient|aurait|auraient|aura|avoir|ayant|s['’]est|se\s+sont|s['’]était"
# Cue forms that are also nouns: capitalised inside a sentence they are names ("United States").
_NOUN_HOMOGRAPHS = frozenset(
    ["state", "states", "report", "reports", "post", "posts", "note", "notes", "charge", "charges", "call",
     "calls", "comment", "comments", "promise", "promises", "estimate", "estimates", "claim", "claims",
     "reply", "replies", "maintain", "remind", "warning", "annonce", "note", "juge", "avance", "rappel"]
)
# "is said to", "the said agreement", "le dit accord": not speech.
_PASSIVE_BEFORE = re.compile(
    r"(?:\b(?:is|was|are|were|be|been|being|the|a|an|its|his|her|their|our|my|your|this|le|la|les|un|une|"
    r"ce|cette|des|sa|son|ses|leur|leurs)\s+|['’]s\s+)$",
    re.IGNORECASE,
)


class VerbLexiconError(ValueError):
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


@dataclass(frozen=True, slots=True)
class Cue:
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


@dataclass(frozen=True, slots=True)
class VerbLexicon:
    """The reporting verbs of every language, with a compiled cue pattern per language."""

    verbs: tuple[ReportingVerb, ...]

    def for_language(self, language: str) -> tuple[ReportingVerb, ...]:
        """Return the entries of ``language``."""
        return tuple(v for v in self.verbs if v.language == language)

    def cues(self, text: str, *, language: str) -> list[Cue]:
        """Return every reporting cue in ``text``, in order, not overlapping."""
        if language not in LANGUAGES:
            return []
        pattern, index = _compiled(self, language)
        found: list[Cue] = []
        for match in pattern.finditer(text):
            groups = match.groupdict()
            head = (groups.get("part") or groups.get("form") or "").casefold()
            head = re.sub(r"\s+", " ", head).replace("’", "'")
            verb = index.get(head)
            if verb is None or _is_not_speech(text, match, groups, language):
                continue
            pronoun = next((groups[g] for g in ("p1", "p2", "p3", "p4") if groups.get(g)), None)
            gerund = _is_gerund(head, language) and not groups.get("part")
            found.append(
                Cue(match.start(), match.end(), verb.lemma, verb.indirect, verb.source, gerund,
                    pronoun.casefold() if pronoun else None)
            )
        return found


def _is_gerund(form: str, language: str) -> bool:
    first = form.split(" ")[0]
    return first.endswith("ing") if language == "en" else first.endswith("ant")


def _is_not_speech(text: str, match: re.Match[str], groups: dict, language: str) -> bool:
    """Return whether a matched form is used as something else than a speech verb."""
    before = text[max(0, match.start() - 12) : match.start()]
    if _PASSIVE_BEFORE.search(before) and not groups.get("part"):
        return True
    form = match.group()
    if form[:1].isupper() and form.casefold() in _NOUN_HOMOGRAPHS and not re.search(r"(?:^|[.!?:]\s+|\n)$", before):
        return True
    # "is said to have", "were told to leave": hearsay and orders, not attribution.
    form = (groups.get("form") or "").casefold()
    after = text[match.end() : match.end() + 4]
    return language == "en" and form in {"said", "told"} and bool(re.match(r"\s+to\b", after))


def _alternation(words: list[str]) -> str:
    """Return a regex alternation of ``words`` (spaces flexible, apostrophes either way)."""
    parts = []
    for word in sorted(set(words), key=len, reverse=True):
        escaped = re.escape(word).replace(r"\ ", r"\s+").replace("'", "['’]")
        parts.append(escaped)
    return "|".join(parts) or r"(?!)"


@cache
def _compiled(lexicon: VerbLexicon, language: str) -> tuple[re.Pattern[str], dict[str, ReportingVerb]]:
    verbs = lexicon.for_language(language)
    index: dict[str, ReportingVerb] = {}
    for verb in verbs:
        for form in (*verb.forms, *verb.participles):
            index.setdefault(form.casefold().replace("’", "'"), verb)
    forms = _alternation([f for v in verbs for f in v.forms])
    if language == "fr":
        participles = _alternation([p for v in verbs for p in v.participles])
        pattern = (
            rf"(?<![\w'’-])(?:(?:{_FR_AUX})(?:-t-(?P<p1>il|elle|on)|-(?P<p2>ils|elles))?"
            rf"(?:\s*,?\s*(?:{_FR_ADVERBS})\s*,?)*\s+(?P<part>{participles})"
            rf"|(?P<form>{forms})(?:-t-(?P<p3>il|elle|on)|-(?P<p4>il|elle|ils|elles|on))?)(?![\w-])"
        )
    else:
        pattern = rf"(?<![\w-])(?P<form>{forms})(?![\w-])"
    return re.compile(pattern, re.IGNORECASE), index


def _entry(raw: object, where: str) -> ReportingVerb:
    if not isinstance(raw, dict):
        raise VerbLexiconError(f"{where}: each entry must be a mapping")
    lemma = raw.get("lemma")
    language = raw.get("language")
    forms = raw.get("forms") or []
    if not isinstance(lemma, str) or not lemma.strip():
        raise VerbLexiconError(f"{where}: missing lemma")
    if language not in LANGUAGES:
        raise VerbLexiconError(f"{where} ({lemma!r}): language must be one of {LANGUAGES}")
    if not forms or not all(isinstance(f, str) and f.strip() for f in forms):
        raise VerbLexiconError(f"{where} ({lemma!r}): forms must be a non-empty list of strings")
    participles = raw.get("participles") or []
    return ReportingVerb(
        lemma=lemma,
        language=language,
        forms=tuple(forms),
        participles=tuple(participles),
        indirect=bool(raw.get("indirect", True)),
        source=bool(raw.get("source", False)),
        note=str(raw.get("note") or ""),
    )


def parse_verbs(data: object, *, source: str = "reporting verbs") -> VerbLexicon:
    """Return the lexicon in already-parsed YAML ``data``; raise ``VerbLexiconError`` if malformed."""
    if not isinstance(data, dict) or not isinstance(data.get("verbs"), list):
        raise VerbLexiconError(f"{source}: expected a mapping with a 'verbs' list")
    return VerbLexicon(tuple(_entry(raw, f"{source}: entry {i}") for i, raw in enumerate(data["verbs"])))


@cache
def load_verbs(path: Path = VERBS_FILE) -> VerbLexicon:
    """Return the reporting-verb lexicon read from ``path`` (cached per path)."""
    with open(path, encoding="utf-8") as handle:
        return parse_verbs(yaml.safe_load(handle), source=Path(path).name)
