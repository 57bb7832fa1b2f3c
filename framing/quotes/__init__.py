"""Quotes and their speakers: direct, partial, indirect and mixed, in English and French."""

from framing.quotes.attribute import Attribution, Referent, RoleNoun, attribute
from framing.quotes.extract import QuoteCandidate, extract_quotes
from framing.quotes.model import Layout, layout
from framing.quotes.verbs import Cue, ReportingVerb, VerbLexicon, VerbLexiconError, load_verbs

__all__ = [
    "Attribution",
    "Cue",
    "Layout",
    "QuoteCandidate",
    "Referent",
    "ReportingVerb",
    "RoleNoun",
    "VerbLexicon",
    "VerbLexiconError",
    "attribute",
    "extract_quotes",
    "layout",
    "load_verbs",
]
