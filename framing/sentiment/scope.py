"""Features of the sentiment toward one target in one sentence, from its clause and its role.

A sentence's sentiment words are weighed by where they stand relative to the
target: in its clause or outside it; before it ("X praised Y", the target is the
patient), after it ("Y praised X", the target is the agent); the participle of
a passive right after it ("Y was condemned"); the evaluative noun whose
complement it is ("criticism of Y"); near it. Negators within three words flip a
word's valence (VADER's scalar −0.74) and hedges are counted. Sentiment words are
VADER's lexicon (Hutto & Gilbert 2014) or vaderSentiment-fr's; cue words are
``data/sentiment/cues.yaml``. Method: target-dependent features of Jiang et al.
(2011, ACL) with clause scope, for the linear model of ``toward.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from functools import cache

from framing.resources import DATA_DIR, read_yaml

__all__ = ["FEATURES", "CueLists", "Lexicon", "SentenceTokens", "TargetFeatures", "cue_lists", "sentence_tokens", "target_features"]

CUES_FILE = DATA_DIR / "sentiment" / "cues.yaml"
FEATURES = (
    "sentence", "clause_pos", "clause_neg", "before_pos", "before_neg", "after_pos", "after_neg",
    "passive_pos", "passive_neg", "object_pos", "object_neg", "near_pos", "near_neg", "other_pos", "other_neg",
    "negation", "hedge", "quoted", "subject",
)
_LISTS = ("clause_breaks", "negators", "hedges", "passive_auxiliaries", "agent_markers", "object_prepositions")
_TOKEN = re.compile(r"\w+(?:['’]t\b)?|[^\w\s]")
_BREAK_MARKS = frozenset(",;:()[]—–“”\"«»!?")
_QUOTE_MARKS = frozenset("“”\"«»")
_DETERMINERS = frozenset(["the", "a", "an", "his", "her", "its", "their", "le", "la", "les", "l", "un", "une", "son", "sa", "ses", "leur", "'"])
# VADER's scalar for a negated sentiment word (Hutto & Gilbert 2014, vaderSentiment N_SCALAR).
_NEGATION_SCALAR = -0.74
# French past participles and conjugated forms looked up through their infinitive ("critiqué" → "critiquer").
_FR_ENDINGS = (("ées", "er"), ("és", "er"), ("ée", "er"), ("é", "er"), ("ait", "er"), ("aient", "er"), ("ent", "er"),
               ("es", "er"), ("e", "er"), ("is", "ir"), ("ie", "ir"), ("it", "ir"), ("s", ""), ("e", ""))


class CueListsError(ValueError):
    """``data/sentiment/cues.yaml`` is malformed; the message names the file and the list."""


@dataclass(frozen=True, slots=True)
class CueLists:
    """The closed word lists of one language, as lower-case frozensets."""

    clause_breaks: frozenset[str]
    negators: frozenset[str]
    hedges: frozenset[str]
    passive_auxiliaries: frozenset[str]
    agent_markers: frozenset[str]
    object_prepositions: frozenset[str]


@dataclass(frozen=True, slots=True)
class Lexicon:
    """A sentiment lexicon (word → valence in [−4, 4]) and the language's cue lists."""

    language: str
    valences: dict[str, float]
    cues: CueLists

    def valence(self, word: str) -> float:
        """Return the lexicon valence of ``word`` (lower case), trying French infinitives; 0 if absent."""
        found = self.valences.get(word)
        if found is not None or self.language != "fr" or len(word) < 4:
            return found or 0.0
        for ending, replacement in _FR_ENDINGS:
            if word.endswith(ending) and (v := self.valences.get(word[: -len(ending)] + replacement)) is not None:
                return v
        return 0.0


@dataclass(frozen=True, slots=True)
class TargetFeatures:
    """The feature values (in ``FEATURES`` order) and the spans of the clause's sentiment words."""

    values: tuple[float, ...]
    cues: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class SentenceTokens:
    """A sentence's tokens ``(start, end, lower-case form)`` and each one's signed valence in [−1, 1]
    (negation applied), computed once for all the targets of the sentence."""

    tokens: list[tuple[int, int, str]]
    values: list[float]
    sentiment_words: list[int]  # indexes of the tokens with a non-zero valence


def sentence_tokens(sentence: str, *, lexicon: Lexicon) -> SentenceTokens:
    """Return the tokens and signed valences of ``sentence``."""
    lowered = sentence.lower().replace("’", "'")
    if len(lowered) == len(sentence):  # lower-casing kept the offsets (it almost always does)
        tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(lowered)]
    else:
        tokens = [(m.start(), m.end(), m.group().lower().replace("’", "'")) for m in _TOKEN.finditer(sentence)]
    valences = lexicon.valences
    values = [0.0] * len(tokens)
    for i, (_, _, word) in enumerate(tokens):
        if (word in valences or lexicon.language == "fr") and len(word) > 1 and word[0].isalpha():
            values[i] = _signed(tokens, i, lexicon)
    return SentenceTokens(tokens, values, [i for i, v in enumerate(values) if v])


@cache
def cue_lists(language: str, *, negate: tuple[str, ...] = ()) -> CueLists:
    """Return the cue lists of ``language`` from ``cues.yaml``, with ``negate`` added to its negators."""
    data = read_yaml(CUES_FILE, error=CueListsError)
    try:
        lists = data["languages"][language]
        words = {name: frozenset(str(w).lower() for w in lists[name]["words"]) for name in _LISTS}
    except (KeyError, TypeError) as exc:
        raise CueListsError(f"{CUES_FILE.name}: language {language!r} lacks list {exc}") from exc
    words["negators"] |= frozenset(w.lower() for w in negate)
    return CueLists(**words)


def target_features(
    sentence: str, start: int, end: int, *, lexicon: Lexicon, compound: float, offset: int = 0,
    tokenised: SentenceTokens | None = None,
) -> TargetFeatures:
    """Return the features of the sentiment toward ``sentence[start:end]``.

    ``compound`` is VADER's score of the whole sentence; ``offset`` is added to the
    cue spans (the sentence's position in its article); ``tokenised`` may pass the
    sentence's ``sentence_tokens`` when several targets share it.
    """
    tokenised = tokenised or sentence_tokens(sentence, lexicon=lexicon)
    tokens, cues = tokenised.tokens, lexicon.cues
    k = bisect_right(tokens, (start, float("inf"), "")) - 1
    if k >= 0 and tokens[k][1] <= start:
        k += 1
    inside = []
    for i in range(max(k, 0), len(tokens)):
        if tokens[i][0] >= end:
            break
        if tokens[i][1] > start:
            inside.append(i)
    if not inside:
        return TargetFeatures((compound, *([0.0] * (len(FEATURES) - 1))), ())
    first, last = inside[0], inside[-1]
    values = tokenised.values
    lo, hi = _clause(tokens, first, last, cues)
    f = dict.fromkeys(FEATURES, 0.0)
    f["sentence"] = compound
    spans = []
    for i in tokenised.sentiment_words:
        if first <= i <= last:
            continue  # the target's own words are not a sentiment about it
        v = values[i]
        where = "before" if lo <= i < first else "after" if last < i < hi else None
        if where is None:
            _add(f, "other", v)
            continue
        spans.append((tokens[i][0] + offset, tokens[i][1] + offset))
        _add(f, "clause", v)
        _add(f, where, v)
        distance = first - i if i < first else i - last
        if distance <= 4:
            _add(f, "near", v / distance)
    if (p := _passive_participle(tokens, last, hi, cues)) is not None and values[p]:
        _add(f, "passive", values[p])
    if (n := _governing_noun(tokens, first, lo, cues)) is not None and values[n]:
        _add(f, "object", values[n])
    clause_words = [w for _, _, w in tokens[lo:hi]]
    f["negation"] = float(sum(w in cues.negators or w.endswith("n't") for w in clause_words))
    f["hedge"] = float(sum(w in cues.hedges for w in clause_words))
    f["quoted"] = float(sum(w in _QUOTE_MARKS for _, _, w in tokens[:first]) % 2)
    f["subject"] = float(all(w in _DETERMINERS for _, _, w in tokens[lo:first]))
    return TargetFeatures(tuple(f[name] for name in FEATURES), tuple(spans))


# The feature names of each scope's positive and negative sums, built once (this runs per word).
_SCOPE_KEYS = {scope: (f"{scope}_pos", f"{scope}_neg") for scope in ("clause", "before", "after", "passive", "object", "near", "other")}


def _add(f: dict[str, float], scope: str, value: float) -> None:
    keys = _SCOPE_KEYS[scope]
    f[keys[0] if value > 0 else keys[1]] += value


def _signed(tokens: list[tuple[int, int, str]], i: int, lexicon: Lexicon) -> float:
    """Return token ``i``'s valence in [−1, 1], flipped when a negator is among the three words before it."""
    word = tokens[i][2]
    if len(word) < 2 or not word[0].isalpha():
        return 0.0
    v = lexicon.valence(word) / 4.0
    if v and any(w in lexicon.cues.negators or w.endswith("n't") for _, _, w in tokens[max(0, i - 3) : i]):
        v *= _NEGATION_SCALAR
    return v


def _clause(tokens: list[tuple[int, int, str]], first: int, last: int, cues: CueLists) -> tuple[int, int]:
    """Return the token range ``[lo, hi)`` of the clause holding tokens ``first..last``: bounded by
    punctuation that breaks clauses and by conjunctions and relative pronouns."""

    def breaks(i: int) -> bool:
        word = tokens[i][2]
        return word in _BREAK_MARKS or word in cues.clause_breaks

    lo = first
    while lo > 0 and not breaks(lo - 1):
        lo -= 1
    hi = last + 1
    while hi < len(tokens) and not breaks(hi):
        hi += 1
    return lo, hi


def _passive_participle(tokens, last: int, hi: int, cues: CueLists) -> int | None:
    """Return the index of the participle of a passive right after the target ("Y was sharply
    condemned"), or None: an auxiliary within two words of the target, the participle within
    three words of the auxiliary."""
    for a in range(last + 1, min(last + 3, hi)):
        if tokens[a][2] in cues.passive_auxiliaries:
            for p in range(a + 1, min(a + 4, hi)):
                word = tokens[p][2]
                if word.endswith(("ed", "en", "é", "ée", "és", "ées", "u", "ue", "i", "ie", "it")):
                    return p
            return None
    return None


def _governing_noun(tokens, first: int, lo: int, cues: CueLists) -> int | None:
    """Return the index of the evaluative noun of "criticism of Y" / « les critiques contre Y »:
    the word before an object preposition that precedes the target (determiners between)."""
    i = first - 1
    while i >= lo and tokens[i][2] in _DETERMINERS:
        i -= 1
    if i - 1 >= lo and tokens[i][2] in cues.object_prepositions:
        return i - 1
    return None
