"""Words, 2-word phrases and cross-language anchors of a text, with reviewed stopwords.

* ``content_terms``: lower-cased words and adjacent 2-word phrases without
  stopwords (``data/stopwords.yaml``, per language), never across punctuation;
  French elisions (``l'``, ``d'``, ``qu'`` …) and English possessive ``'s`` are
  split off, inner hyphens kept ("russian-occupied", "contre-offensive").
* ``anchors``: what survives translation — names (capitalised words the
  article never writes in lower case), and numbers with their thousands
  separators removed (``16,000`` = ``16 000``). A name gives two keys: ``fold``
  (accents and transliteration folded, so "Zaporizhzhia" meets "Zaporijia")
  and, prefixed ``~``, its consonant ``skeleton`` (so the Russian-derived
  "Zaporojié" meets it too, as "Dniepr" meets "Dnipro"); a name matching in
  both keys counts more than one matching only by skeleton.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache

from framing.resources import DATA_DIR, read_yaml

__all__ = ["STOPWORDS_FILE", "anchors", "content_terms", "fold", "skeleton", "stopwords"]

STOPWORDS_FILE = DATA_DIR / "stopwords.yaml"

# Phrases never span these: sentence and clause punctuation, brackets, quotation marks, dashes.
_BOUNDARY = re.compile(r"[.!?;:,()\[\]{}«»\"“”„‹›…—–/|\n\r\t]+|\s[-‘]\s|(?<=\s)['‘]|['’](?=\s|$)")
# A word: letters (any script), with inner hyphens or apostrophes.
_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*")
_ELIDED = frozenset({"l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu"})

def _upper_class() -> str:
    """A regex character class of every upper-case letter of the Basic Multilingual Plane."""
    ranges, start, prev = [], None, None
    for code in range(0x10000):
        if chr(code).isupper():
            if start is None:
                start = code
            prev = code
        elif start is not None:
            ranges.append((start, prev))
            start = None
    return "[" + "".join(re.escape(chr(a)) + ("-" + re.escape(chr(b)) if b > a else "") for a, b in ranges) + "]"


# A capitalised word, possibly after an elided prefix ("l'Ukraine"): only these can be names.
_CAPITALISED = re.compile(
    rf"(?<![\w'\-])([^\W\d_]{{1,6}}')?({_upper_class()}[^\W\d_]*(?:['\-][^\W\d_]+)*)")
# One pass over a text: a word (group 1) or a phrase boundary (empty group).
_TOKEN = re.compile(rf"({_WORD.pattern})|{_BOUNDARY.pattern}")
# A number, with thousands separators (comma, dot, space, no-break spaces) inside.
_NUMBER = re.compile(r"\d+(?:[,.\u0020\u00a0\u202f]\d{3}(?!\d))*")
_SEPARATORS = re.compile(r"[,.\s\u00a0\u202f]")

# Transliteration folding: English and French render the same Cyrillic sounds
# differently (zh/j, sh/ch, ch/tch, u/ou, y/i); after these rewrites, doubled
# letters collapse and a final vowel is dropped (Crimea/Crimée, Poutine/Putin).
_FOLDS = (("tch", "ch"), ("sh", "ch"), ("zh", "j"), ("ou", "u"), ("y", "i"), ("w", "v"), ("ph", "f"))
_DOUBLED = re.compile(r"(.)\1+")
_FINAL_VOWELS = re.compile(r"(?<=...)[aeiou]+$")
_INNER_VOWELS = re.compile(r"(?<=.)[aeiou]+")
# Skeletons shorter than this collide too often ("Nova", "Navy") to be evidence.
_MIN_SKELETON = 3


@cache
def _stopword_lists() -> dict[str, frozenset[str]]:
    data = read_yaml(STOPWORDS_FILE)
    return {
        language: frozenset(word for group in groups.values() for word in str(group).split())
        for language, groups in data.items()
        if language != "provenance"
    }


def stopwords(language: str | None) -> frozenset[str]:
    """Return the stopwords of ``language``; the union of all lists for an unknown language.

    The union is the safe choice for undetected or unsupported text: it
    removes function words of every language we know, and nothing else.
    """
    lists = _stopword_lists()
    if language in lists:
        return lists[language]
    return frozenset().union(*lists.values())


def content_terms(text: str, language: str | None, *, phrases: bool = True) -> list[str]:
    """Return the content words of ``text`` and, with ``phrases``, its 2-word phrases.

    A phrase joins two adjacent words that are both content words, so
    "invasion of Ukraine" gives "invasion" and "ukraine" but no phrase, and
    "special military operation" gives "special military" and "military operation".
    Words come first, then phrases, each in text order.
    """
    stop = stopwords(language)
    found: list[str] = []
    pairs: list[str] = []
    previous = None  # the last content word, None after a boundary or a stopword
    for word in _TOKEN.findall(text.replace("’", "'").lower()):
        if word and "'" in word:
            word = _strip_clitics(word)
        if len(word) < 2 or word in stop:  # a boundary ("") or a dropped word breaks a phrase
            previous = None
            continue
        found.append(word)
        if previous is not None:
            pairs.append(f"{previous} {word}")
        previous = word
    return found + pairs if phrases else found


def anchors(text: str) -> dict[str, str]:
    """Return the anchors of ``text``: folded key → first surface form.

    Names are capitalised words that are not stopwords in any language and
    never appear in lower case in the same text (so a Title-Case headline's
    "Dam" is not a name when the body says "dam"). Number keys start with
    ``#`` so that they never collide with names.
    """
    stop = stopwords(None)
    text = text.replace("’", "'")
    seen = set(_WORD.findall(text))  # case-sensitive: "dam" in it means a lower-case "dam"
    found: dict[str, str] = {}
    for prefix, word in _CAPITALISED.findall(text):
        if prefix and prefix[:-1].lower() not in _ELIDED:
            word = prefix + word  # "O'Brien" is one name; "aujourd'Hui" is none
            if not word[0].isupper():
                continue
        if word.endswith("'s"):
            word = word[:-2]
        lowered = word.lower()
        if len(word) < 2 or lowered in stop or lowered in seen:
            continue
        key = fold(word)
        found.setdefault(key, word)
        if len(bones := skeleton(key)) >= _MIN_SKELETON:
            found.setdefault("~" + bones, word)
    for match in _NUMBER.finditer(text):
        found.setdefault("#" + _SEPARATORS.sub("", match.group()).lstrip("0"), match.group())
    found.pop("#", None)
    return found


@lru_cache(maxsize=1 << 16)  # names repeat across a corpus; folding is the costly part
def fold(word: str) -> str:
    """Return a spelling-insensitive key: no accents, lower case, transliteration folded.

    >>> fold("Zaporizhzhia") == fold("Zaporijia"), fold("Boutcha") == fold("Bucha")
    (True, True)
    """
    decomposed = unicodedata.normalize("NFKD", word.lower())
    key = "".join(c for c in decomposed if not unicodedata.combining(c))
    for old, new in _FOLDS:
        key = key.replace(old, new)
    key = _DOUBLED.sub(r"\1", key)
    return _FINAL_VOWELS.sub("", key)


def skeleton(key: str) -> str:
    """Return the first letter and the consonants of a ``fold`` key ("zaporij" → "zprj")."""
    return _INNER_VOWELS.sub("", key)


def _strip_clitics(word: str) -> str:
    """Drop a French elided prefix (l'…, qu'…) and an English possessive ('s)."""
    if "'" not in word:
        return word
    head, _, rest = word.partition("'")
    if head.lower() in _ELIDED:
        word = rest
    if word.lower().endswith("'s"):
        word = word[:-2]
    return word
