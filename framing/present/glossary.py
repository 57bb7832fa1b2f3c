"""A topic pack as tables a reader can search, and as YAML to download."""

from __future__ import annotations

import pandas as pd
import yaml

from framing.terminology import Lexicon
from framing.terminology.model import Usage, iter_usages, lexicon_dict

GLOSSARY_COLUMNS = {
    "category": "category label (naming the war, place names, …)",
    "referent": "what the competing variants name",
    "variant": "the variant's display label",
    "language": "en or fr",
    "pole": "pole label of this variant in this language",
    "weight": "current weight: 1 strong marker, 0.5 moderate, 0.25 weak signal, 0 neutral",
    "dates": "other weights by article date ('before 2019-08-14: 0 · 2019-08-14 to 2022-02-01: 0.25'), "
             "empty when the weight does not depend on the date",
    "forms": "surface forms matched, separated by ' · '",
    "explanation": "why the choice matters (this language's note, else the variant's, else the referent's)",
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
            "dates": dated_weights(usage),
            "forms": " · ".join(usage.forms),
            "explanation": usage.explanation or variant.explanation or referent.explanation,
            "sources": " | ".join((*referent.sources, *variant.sources)),
        }
        for referent, variant, usage in iter_usages(lexicon)
    ]
    return pd.DataFrame(rows, columns=list(GLOSSARY_COLUMNS))


def dated_weights(usage: Usage) -> str:
    """Return the usage's dated weights in words, then the current weight, or ``""`` if undated."""
    if not usage.periods:
        return ""
    parts = []
    for p in usage.periods:
        span = (f"before {p.until}" if p.since is None else f"from {p.since}" if p.until is None
                else f"{p.since} to {p.until}")
        parts.append(f"{span}: {p.weight:g}")
    parts.append(f"otherwise and undated: {usage.weight:g}")
    return " · ".join(parts)


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
