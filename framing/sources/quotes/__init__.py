"""Quotes and their speakers: direct, partial, indirect and mixed, in English and French."""

from framing.sources.quotes.attribute import Attribution, RoleNoun, SpeakerMention, attribute
from framing.sources.quotes.extract import QuoteCandidate, extract_quotes
from framing.sources.quotes.model import Layout, layout
from framing.sources.quotes.verbs import (
    Cue,
    ReportingVerb,
    ReportingVerbs,
    ReportingVerbsError,
    load_verbs,
)

__all__ = [
    "Attribution",
    "Cue",
    "Layout",
    "QuoteCandidate",
    "ReportingVerb",
    "ReportingVerbs",
    "ReportingVerbsError",
    "RoleNoun",
    "SpeakerMention",
    "attribute",
    "extract_quotes",
    "layout",
    "load_verbs",
]
