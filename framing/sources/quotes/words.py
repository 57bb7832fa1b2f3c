"""Closed word lists around reporting cues (``context`` in ``data/reporting_verbs.yaml``).

French auxiliaries and adverbs of compound tenses, noun homographs of cue forms,
addressees of "told", stop words of attribution lines, nouns of figures
("according to estimates"), adjuncts and gap words between a speaker and its
cue, institution heads and clause openers. Each list says in the data file what
it is for and where it comes from. Method: the cue–source–content model of
attribution (Pareti 2016, PARC 3.0) matched with surface rules.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from framing.resources import DATA_DIR, read_yaml
from framing.sources.quotes.patterns import alternation, normal_form

__all__ = ["CUE_WORDS", "CueWords", "CueWordsError", "load_cue_words", "parse_cue_words", "word_pattern"]

VERBS_FILE = DATA_DIR / "reporting_verbs.yaml"
_LISTS = (
    "fr_auxiliaries", "fr_adverbs", "noun_homographs", "passive_before", "addressees", "attribution_line_stops",
    "data_nouns", "final_adjuncts", "gap_words", "institution_heads", "clause_openers",
    "planned_markers",
)


class CueWordsError(ValueError):
    """The ``context`` lists are malformed; the message names the file and the list."""


@dataclass(frozen=True, slots=True)
class CueWords:
    """Each ``context`` list as a frozenset of normal forms (lower case, spaces collapsed)."""

    fr_auxiliaries: frozenset[str]
    fr_adverbs: frozenset[str]
    noun_homographs: frozenset[str]
    passive_before: frozenset[str]
    addressees: frozenset[str]
    attribution_line_stops: frozenset[str]
    data_nouns: frozenset[str]
    final_adjuncts: frozenset[str]
    gap_words: frozenset[str]
    institution_heads: frozenset[str]
    clause_openers: frozenset[str]
    planned_markers: frozenset[str]


def parse_cue_words(data: object, *, source: str = "reporting_verbs.yaml") -> CueWords:
    """Return the ``context`` lists of already-parsed YAML; raise ``CueWordsError`` if malformed."""
    context = data.get("context") if isinstance(data, dict) else None
    if not isinstance(context, dict):
        raise CueWordsError(f"{source}: expected a 'context' mapping of word lists")
    missing = [name for name in _LISTS if name not in context]
    if missing:
        raise CueWordsError(f"{source}: context lists missing: {', '.join(missing)}")
    lists = {}
    for name in _LISTS:
        spec, where = context[name], f"{source}: context.{name}"
        if not isinstance(spec, dict):
            raise CueWordsError(f"{where}: expected a mapping with about, source and words")
        for field in ("about", "source"):
            if not isinstance(spec.get(field), str) or not spec[field].strip():
                raise CueWordsError(f"{where}: missing {field!r}")
        words = spec.get("words")
        if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
            raise CueWordsError(f"{where}: words must be a non-empty list of strings")
        lists[name] = frozenset(normal_form(w) for w in words)
    return CueWords(**lists)


@cache
def load_cue_words(path: Path = VERBS_FILE) -> CueWords:
    """Return the cue context lists read from ``path`` (cached per path)."""
    path = Path(path)
    return parse_cue_words(read_yaml(path, error=CueWordsError), source=path.name)


def word_pattern(words: frozenset[str]) -> str:
    """Return a regex alternation of a list for ``re.IGNORECASE`` use on raw text (apostrophes either way)."""
    return alternation(words).replace("'", "['’]")


CUE_WORDS = load_cue_words()
