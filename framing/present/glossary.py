"""A topic pack as tables a reader can search, and as YAML to download."""

from __future__ import annotations

import pandas as pd
import yaml

from framing.terminology import Lexicon
from framing.terminology.model import iter_usages, lexicon_dict

GLOSSARY_COLUMNS = {
    "category": "category label (naming the war, place names, …)",
    "referent": "what the competing variants name",
    "variant": "the variant's display label",
    "language": "en or fr",
    "pole": "pole label of this variant in this language",
    "weight": "1 strong marker, 0.5 moderate, 0.25 weak signal, 0 neutral",
    "forms": "surface forms matched, separated by ' · '",
    "explanation": "why the choice matters (variant note, else referent note)",
    "sources": "citations, separated by ' | '",
}


def glossary_frame(lexicon: Lexicon) -> pd.DataFrame:
    """Return one row per (referent, variant, language) with ``GLOSSARY_COLUMNS``."""
    categories = {c.id: c.label for c in lexicon.categories}
    poles = {p.id: p.label for p in lexicon.poles}
    rows = [
        {
            "category": categories.get(referent.category, referent.category),
            "referent": referent.label,
            "variant": variant.label,
            "language": usage.language,
            "pole": poles.get(usage.pole, usage.pole),
            "weight": usage.weight,
            "forms": " · ".join(usage.forms),
            "explanation": variant.explanation or referent.explanation,
            "sources": " | ".join((*referent.sources, *variant.sources)),
        }
        for referent, variant, usage in iter_usages(lexicon)
    ]
    return pd.DataFrame(rows, columns=list(GLOSSARY_COLUMNS))


def matching_rows(glossary: pd.DataFrame, query: str) -> pd.DataFrame:
    """Return the rows whose text contains every word of ``query`` (case-insensitive)."""
    words = query.casefold().split()
    if not words:
        return glossary
    haystack = glossary.astype(str).agg(" ".join, axis=1).str.casefold()
    mask = pd.Series(True, index=glossary.index)
    for word in words:
        mask &= haystack.str.contains(word, regex=False)
    return glossary[mask]


def lexicon_yaml(lexicon: Lexicon) -> str:
    """Return the lexicon (custom terms included) in the pack's YAML schema."""
    return yaml.safe_dump(lexicon_dict(lexicon), allow_unicode=True, sort_keys=False, width=100)
