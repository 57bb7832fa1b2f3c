"""Language identification, and which languages the analysers fully support."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

SUPPORTED_LANGUAGES = ("en", "fr")
# Fewer than three letters is nothing to identify; a search stops at the third.
_THREE_LETTERS = re.compile(r"(?:[^\W\d_][\W\d_]*){3}")
# langid is unreliable on a few words; its cost grows with the sample, and 1,000 characters
# (about 150 words) agreed with the whole text on every demo article.
DETECT_SAMPLE_CHARS = 1000
# When a file declares its language, the text is only checked against it; a shorter sample
# suffices to notice a wrong declaration, which is rare and large (English labelled French).
CHECK_SAMPLE_CHARS = 300


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """An ISO 639-1 code and the identifier's probability for it."""

    code: str
    probability: float


@cache
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def detected_language(text: str, *, sample_chars: int = DETECT_SAMPLE_CHARS) -> LanguageGuess | None:
    """Return the most probable language of ``text`` (Lui & Baldwin 2012, langid.py), judged on
    its first ``sample_chars`` characters, or None when there is nothing to identify."""
    sample = text[:sample_chars]
    if not _THREE_LETTERS.search(sample):
        return None
    code, probability = _identifier().classify(sample)
    return LanguageGuess(code=code, probability=float(probability))


def is_supported(code: str | None) -> bool:
    """Return True when sentiment, terminology and quotes are available for ``code``."""
    return code in SUPPORTED_LANGUAGES
