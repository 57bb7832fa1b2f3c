"""Text primitives every analyser shares: sentences, quotation marks, language, words, folding."""

from framing.text.language import SUPPORTED_LANGUAGES, detected_language, is_supported
from framing.text.marks import Quotation, quotations
from framing.text.sentences import Sentence, split_sentences

__all__ = [
    "SUPPORTED_LANGUAGES",
    "Quotation",
    "Sentence",
    "detected_language",
    "is_supported",
    "quotations",
    "split_sentences",
]
