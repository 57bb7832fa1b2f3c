"""Terminology analysis: which side's names for things an article uses, and in whose voice."""

from framing.terminology.analyse import TermHit, TerminologyResult, analyse_terms, article_language
from framing.terminology.citations import citation_kind, uncited_entries
from framing.terminology.custom import (
    CSV_COLUMNS,
    custom_terms_from_csv,
    custom_terms_from_yaml,
    merge_lexicons,
)
from framing.terminology.index import (
    WEAK_EVIDENCE_BELOW,
    TerminologyIndex,
    terminology_index,
    weak_evidence,
)
from framing.terminology.lexicon import available_packs, lexicon_from_dict, load_lexicon, load_pack
from framing.terminology.matcher import compiled_matcher
from framing.terminology.model import (
    Category,
    Lexicon,
    LexiconError,
    Period,
    Pole,
    Referent,
    Term,
    Usage,
    Variant,
)
from framing.terminology.voice import AUTHOR, DISTANCED, QUOTED, REPORTED, VOICES, voices

__all__ = [
    "AUTHOR",
    "CSV_COLUMNS",
    "DISTANCED",
    "QUOTED",
    "REPORTED",
    "VOICES",
    "WEAK_EVIDENCE_BELOW",
    "Category",
    "Lexicon",
    "LexiconError",
    "Period",
    "Pole",
    "Referent",
    "Term",
    "TermHit",
    "TerminologyIndex",
    "TerminologyResult",
    "Usage",
    "Variant",
    "analyse_terms",
    "article_language",
    "available_packs",
    "citation_kind",
    "compiled_matcher",
    "custom_terms_from_csv",
    "custom_terms_from_yaml",
    "lexicon_from_dict",
    "load_lexicon",
    "load_pack",
    "merge_lexicons",
    "terminology_index",
    "uncited_entries",
    "voices",
    "weak_evidence",
]
