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
# The languages langid picks among: those of the news it is used on that its model tells
# apart. Its 97 include creoles, dialects and close neighbours (Nigerian Pidgin, Luxembourgish,
# Scots…) that a few English words fit as well as English (issue 16: short English rows came
# back "pcm", "lb", "da"); an article in another language is still "not supported" either way.
IDENTIFIABLE = (
    "ar", "cs", "da", "de", "el", "en", "es", "fa", "fi", "fr", "he", "hi", "hu", "it", "ja", "ko",
    "nl", "no", "pl", "pt", "ro", "ru", "sv", "tr", "uk", "zh",
)
# On a text shorter than ``SHORT_TEXT_CHARS`` the Nordic languages, Hungarian, Czech and Romanian
# also fit a few English words ("Kyiv talks resume" → sv); only languages far apart are kept.
SHORT_TEXT_CHARS = 200
SHORT_TEXT_IDENTIFIABLE = (
    "ar", "de", "el", "en", "es", "fa", "fr", "he", "hi", "it", "ja", "ko", "nl", "pl", "pt", "ru", "tr", "uk", "zh",
)


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
    """Return the most probable language of ``text`` (Lui & Baldwin 2012, langid.py) among
    ``IDENTIFIABLE`` (``SHORT_TEXT_IDENTIFIABLE`` for a short text), judged on its first
    ``sample_chars`` characters, or None when there is nothing to identify."""
    sample = text[:sample_chars]
    if not _THREE_LETTERS.search(sample):
        return None
    allowed = SHORT_TEXT_IDENTIFIABLE if len(sample.strip()) < SHORT_TEXT_CHARS else IDENTIFIABLE
    # Restricting the choice is renormalising langid's probabilities over the allowed languages
    # (what its ``set_languages`` does, without rebuilding the model per set).
    ranked = [(code, p) for code, p in _identifier().rank(sample) if code in allowed]
    total = sum(p for _, p in ranked)
    code, probability = ranked[0]
    return LanguageGuess(code=code, probability=float(probability / total) if total else 0.0)


def is_supported(code: str | None) -> bool:
    """Return True when sentiment, terminology and quotes are available for ``code``."""
    return code in SUPPORTED_LANGUAGES
