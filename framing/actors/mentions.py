"""Mentions of people and institutions in a text, without a statistical English model.

Two sources are combined. (1) Every gazetteer alias, found in one pass of a
compiled trie pattern over the folded text (case, diacritics and apostrophes
ignored, offsets kept). (2) Capitalised name runs that carry evidence of being
a person: an honorific (Mr., Ms., Dr., M., Mme, Pr…), a title or role in front
("Foreign Minister", "Ukraine's Defense Minister", "le ministre"), an apposition
(", a spokesman for …", ", 67,", ", secretary of state for European affairs"), a
reporting verb next to it ("Zimin said", "said Iryna Savchuk", "a déclaré M.
Kuleba"), a source preposition ("according to", "selon", "pour"), a caption
line, or the surname of a person already found. Method: gazetteer lookup plus
evidence rules, as in rule-based NER (Mikheev, Moens & Grover 1999) and the
Gender Gap Tracker's name patterns; for French a spaCy pipeline, when one is
installed, adds its PER spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz.distance import Levenshtein

from framing.actors.folding import fold, phonetic_key
from framing.actors.gazetteer import Gazetteer
from framing.actors.lexicon import (
    FUNCTION_WORDS,
    HONORIFICS,
    NON_NAME_WORDS,
    ORG_WORDS,
    ROLE_NOUNS,
    TITLE_WORDS,
    first_name_gender,
    is_given_name,
    role_noun,
)
from framing.actors.names import (
    NameRun,
    apposition_after,
    caption_paragraphs,
    name_runs,
    title_before,
)
from framing.quotes.verbs import VerbLexicon, load_verbs

__all__ = ["Mention", "find_mentions"]

_HONORIFIC = re.compile(
    r"(?:\b(?P<en>Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Dame|Lord|Lady)\.?|(?<![\w.])(?P<m>M)\.|\b(?P<fr>Mme|Mlle|Pr|Me|Mmes|MM)\.?)"
    r"\s+$"
)
_SOURCE_BEFORE = re.compile(
    r"(?:\b(?:according\s+to|for|pour|selon|d['’]après|in\s+the\s+words\s+of)\s+(?:the\s+|le\s+|la\s+|l['’])?)$",
    re.IGNORECASE,
)
_ADVERBS_AFTER = re.compile(
    r"(?:\s*,[^,.;:!?“”«»\"\n]{1,160},)?\s*(?:(?:also|has|have|had|later|then|further|again|"
    r"repeatedly|notably|himself|herself|for\s+(?:his|her|its)\s+part|a|avait|ont|lui|elle|"
    r"également|aussi|pour\s+sa\s+part|de\s+son\s+côté),?\s+)*"
)
_ABBREVIATIONS = frozenset(["us", "uk", "un", "eu", "usa", "nato", "otan", "onu", "ue"])


@dataclass(frozen=True, slots=True)
class Mention:
    """A mention of an actor: ``text[start:end]`` is the name as written.

    ``title_start`` is where a title in front of it begins ("US Secretary of
    State Antony Blinken"); ``title`` joins that title and any apposition found;
    ``keys`` are the gazetteer actors the alias names (empty when not listed).
    """

    start: int
    end: int
    kind: str
    keys: tuple[str, ...] = ()
    title_start: int = -1
    title: str | None = None
    gender: str | None = None
    evidence: str = "alias"
    caption: bool = False

    @property
    def outer_start(self) -> int:
        """Return the start of the mention including its title."""
        return self.title_start if 0 <= self.title_start < self.start else self.start


def find_mentions(
    text: str,
    *,
    language: str,
    gazetteer: Gazetteer,
    verbs: VerbLexicon | None = None,
) -> list[Mention]:
    """Return the person, institution and media mentions of ``text``, ordered, not overlapping."""
    if language not in ("en", "fr") or not text.strip():
        return []
    verbs = verbs or load_verbs()
    folded = fold(text)
    vocabulary = _title_vocabulary(gazetteer)
    captions = caption_paragraphs(text)
    cues = verbs.cues(text, language=language)
    cue_starts = {c.start for c in cues}
    # "told Inter" names the addressee, unless the cue is inverted after a quote ("…,” told X).
    cue_ends = {c.end for c in cues if not c.source and (c.lemma != "tell" or _after_quote(text, c.start))}
    aliases = _alias_hits(text, folded, gazetteer)
    stops = _run_stops(gazetteer)
    runs = [r for r in name_runs(text, extra_stops=stops) if not _covered(r, aliases)]
    persons: list[Mention] = []
    for run in runs:
        evidence = _evidence(text, run, cue_starts, cue_ends, captions, vocabulary)
        if evidence:
            persons.append(_person(text, run, evidence))
    persons += _repeats(text, runs, persons)
    persons += _statistical(text, language, runs, persons)
    found = [_described(text, m, vocabulary, captions, cue_starts) for m in aliases]
    found += [_described(text, m, vocabulary, captions, cue_starts) for m in persons]
    return _non_overlapping(found)


def _after_quote(text: str, pos: int) -> bool:
    return bool(re.search(r"[”\"»’],?\s*$", text[max(0, pos - 4) : pos]))


def vocabulary_countries(gazetteer: Gazetteer) -> set[str]:
    """Return the folded single-word country names and adjectives of the gazetteer."""
    return {w.removesuffix("'s") for words in gazetteer.country_words.values() for w in words if " " not in w}


@cache
def _title_vocabulary(gazetteer: Gazetteer) -> frozenset[str]:
    """Return the folded words that may make up a title: role phrases, countries, organisations."""
    words = {w for p in gazetteer.role_phrases for w in re.findall(r"[\w'-]+", fold(p.phrase))}
    words |= vocabulary_countries(gazetteer) | _ABBREVIATIONS | ORG_WORDS
    words |= {w for words in gazetteer.country_words.values() for phrase in words for w in re.findall(r"[\w'-]+", phrase)}
    return frozenset(w for w in words if (w.isalpha() or "-" in w) and w not in FUNCTION_WORDS)


@cache
def _run_stops(gazetteer: Gazetteer) -> frozenset[str]:
    """Return capitalised words that split name runs: countries, role-phrase words, role nouns."""
    return _title_vocabulary(gazetteer) | frozenset(ROLE_NOUNS) | frozenset(vocabulary_countries(gazetteer))


@cache
def _alias_pattern(gazetteer: Gazetteer) -> tuple[re.Pattern[str], dict[str, tuple[str, ...]], frozenset[str]]:
    """Return the trie pattern of all folded aliases, their actor keys, and the lower-case aliases."""
    keys: dict[str, list[str]] = {}
    lower: set[str] = set()
    for actor in gazetteer.actors:
        for alias in {actor.name, *actor.aliases}:
            folded = re.sub(r"\s+", " ", fold(alias).strip())
            if len(folded) < 2:
                continue
            if actor.key not in keys.setdefault(folded, []):
                keys[folded].append(actor.key)
            if alias[:1].islower():
                lower.add(folded)
    # An alias may follow an elided article: "l'Agence internationale de l'énergie atomique".
    start = r"(?:(?<![\w'-])|(?<=\b[ld]'))"
    pattern = re.compile(start + "(?:" + _trie(sorted(keys)) + r")(?![\w-])") if keys else re.compile(r"(?!)")
    return pattern, {k: tuple(v) for k, v in keys.items()}, frozenset(lower)


def _trie(words: list[str]) -> str:
    """Return a regex alternation of ``words`` factored as a prefix trie (longest match first)."""
    trie: dict = {}
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def render(node: dict) -> str:
        branches = [re.escape(c).replace(r"\ ", r"\s+") + render(child) for c, child in node.items() if c]
        optional = "" in node
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if optional else body

    return render(trie)


def _alias_hits(text: str, folded: str, gazetteer: Gazetteer) -> list[Mention]:
    pattern, keys, lower = _alias_pattern(gazetteer)
    hits = []
    for match in pattern.finditer(folded):
        key = re.sub(r"\s+", " ", match.group())
        surface = text[match.start() : match.end()]
        if key not in lower and not surface[:1].isupper():
            continue
        actors = [gazetteer.by_key(k) for k in keys.get(key, ())]
        kind = next((a.kind for a in actors if a), "person")
        if kind == "person" and _other_first_name(text, match.start(), _run_stops(gazetteer)):
            continue
        hits.append(Mention(match.start(), match.end(), kind, keys.get(key, ()), evidence="alias"))
    return hits


def _other_first_name(text: str, start: int, stops: frozenset[str]) -> bool:
    """Return whether a capitalised given name precedes an alias ("Anna Zakharova" ≠ "Zakharova")."""
    before = re.search(r"(?<![\w'’-])([A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ]+(?:-[A-ZÀ-Þa-zà-ÿ]+)?) $", text[max(0, start - 30) : start])
    if not before:
        return False
    word = fold(before.group(1))
    return word not in NON_NAME_WORDS and word not in TITLE_WORDS and word not in stops


def _covered(run: NameRun, hits: list[Mention]) -> bool:
    return any((h.start <= run.start and run.end <= h.end) or (h.start < run.end and run.start < h.end) for h in hits)


def _evidence(
    text: str,
    run: NameRun,
    cue_starts: set[int],
    cue_ends: set[int],
    captions: list[tuple[int, int]],
    vocabulary: frozenset[str],
) -> str | None:
    """Return the kind of evidence that the run names a person, or None."""
    before = text[max(0, run.start - 40) : run.start]
    if _HONORIFIC.search(before):
        return "honorific"
    title_start = title_before(text, run.start, vocabulary=vocabulary)
    if title_start < run.start and _has_role_word(text[title_start : run.start]):
        return "title"
    if len(run.words) > 1 and is_given_name(run.words[0]) and not _after_org_word(before):
        return "given-name"
    if _is_place_context(before):
        return None  # "In Ottawa, …", "the city council of Mariupol indicated", "Université Laval"
    if apposition_after(text, run.end, vocabulary=vocabulary):
        return "apposition"
    after = _ADVERBS_AFTER.match(text, run.end)
    if after and after.end() in cue_starts:
        return "verb"
    gap_start = title_start if title_start < run.start else run.start
    if any(text[end:gap_start].isspace() and end in cue_ends for end in range(gap_start - 3, gap_start)):
        return "verb"
    if len(run.words) > 1 and _SOURCE_BEFORE.search(before):
        return "source"
    if any(start == run.start for start, _ in captions):
        return "caption"
    if _reverse_apposition(text, run.start):
        return "apposition"
    return None


def _has_role_word(title: str) -> bool:
    """Return whether a title or role noun sits among the last four words of a title."""
    words = [fold(w).rstrip(".").removesuffix("'s") for w in re.findall(r"[\w'’.-]+", title)][-4:]
    return any(w in TITLE_WORDS or w in ROLE_NOUNS for w in words)


def _after_org_word(before: str) -> bool:
    match = re.search(r"([\w'’-]+)\s+$", before)
    return bool(match) and fold(match.group(1)) in ORG_WORDS


def _is_place_context(before: str) -> bool:
    """Return whether the words before a run make it a place or part of a name of something.

    A preposition ("in Ottawa", "of Mariupol") or an organisation word
    ("Université Laval", "Global Affairs Canada") right before a run.
    """
    match = re.search(r"([\w'’-]+)\s+$", before)
    if not match:
        return False
    word = fold(match.group(1))
    return word in ORG_WORDS or word in _PREPOSITIONS


_PREPOSITIONS = frozenset(
    ["in", "at", "on", "from", "of", "to", "near", "across", "into", "outside", "inside", "around", "towards",
     "toward", "via", "de", "du", "des", "à", "en", "dans", "au", "aux", "sur", "vers", "chez"]
)


_REVERSE = re.compile(r"(?:^|[,;:(]\s*|\b(?:said|told|added|a\s+déclaré|a\s+indiqué)\s+)(?P<np>[^,;:.!?()\n]{3,90}),\s*$", re.IGNORECASE)


def _reverse_apposition(text: str, start: int) -> str | None:
    """Return the role phrase in "its spokeswoman, Iryna Savchuk" / "the governor of X, Name"."""
    match = _REVERSE.search(text[max(0, start - 100) : start])
    if not match:
        return None
    words = match["np"].split()
    if not words or len(words) > 10:
        return None
    heads = [w for w in words[:4] if role_noun(w.strip("'’")) or fold(w) in ROLE_NOUNS]
    return match["np"].strip() if heads else None


def _person(text: str, run: NameRun, evidence: str) -> Mention:
    return Mention(run.start, run.end, "person", evidence=evidence)


def _described(text: str, mention: Mention, vocabulary: frozenset[str], captions: list, cue_starts: set[int]) -> Mention:
    """Return ``mention`` with its title, apposition, gender clue and caption flag filled in."""
    title_start = title_before(text, mention.start, vocabulary=vocabulary)
    parts = [text[title_start : mention.start].strip()] if title_start < mention.start else []
    apposition = apposition_after(text, mention.end, vocabulary=vocabulary)
    # "Xi Jinping, says the researcher, …" is a parenthetical attribution, not an apposition.
    if apposition and apposition[0] not in cue_starts:
        parts.append(text[apposition[0] : apposition[1]])
    if reverse := _reverse_apposition(text, mention.start):
        parts.append(reverse)
    honorific = _HONORIFIC.search(text[max(0, mention.start - 40) : mention.start])
    gender = None
    if honorific:
        word = fold(next(g for g in honorific.groups() if g))
        gender = HONORIFICS.get(word)
    if gender is None and mention.kind == "person":
        gender = _title_gender(" ".join(parts)) or first_name_gender(text[mention.start : mention.end].split()[0])
    caption = any(s <= mention.start < e for s, e in captions)
    return Mention(
        mention.start, mention.end, mention.kind, mention.keys, title_start,
        "; ".join(p for p in parts if p) or None, gender, mention.evidence, caption,
    )


def _title_gender(title: str) -> str | None:
    for word in re.findall(r"[\w'’-]+", title)[:6]:
        found = role_noun(word)
        if found and found[1]:
            return found[1]
    return None


def _repeats(text: str, runs: list[NameRun], persons: list[Mention]) -> list[Mention]:
    """Return runs that repeat a person's name or surname, exactly or as a spelling variant.

    Machine translation spells one surname several ways ("Ségournet",
    "Sigourney", "Sigournet"): a one-word run whose sound key equals a known
    surname's, or within edit-distance similarity 0.8 of it, is that surname.
    """
    names = [text[m.start : m.end].split() for m in persons]
    known = {fold(" ".join(n)) for n in names}
    surnames = {fold(n[-1]) for n in names} | {fold(n[0]) for n in names if len(n) == 1}
    sounds = {phonetic_key(s) for s in surnames if len(s) >= 4}
    taken = {(m.start, m.end) for m in persons}
    extra = []
    for run in runs:
        if (run.start, run.end) in taken:
            continue
        key, last = fold(text[run.start : run.end]), fold(run.words[-1])
        variant = len(last) >= 4 and (phonetic_key(last) in sounds or any(_similar(last, s) for s in surnames))
        if key in known or last in surnames or variant:
            extra.append(_person(text, run, "repeat"))
    return extra


def _similar(a: str, b: str) -> bool:
    return len(b) >= 4 and Levenshtein.normalized_similarity(a, b) >= 0.8


def _statistical(text: str, language: str, runs: list[NameRun], persons: list[Mention]) -> list[Mention]:
    """Return PER spans of an installed French spaCy pipeline that match a name run."""
    if language != "fr" or (nlp := _french_pipeline()) is None:
        return []
    taken = {(m.start, m.end) for m in persons}
    spans = {(e.start_char, e.end_char) for e in nlp(text[:200_000]).ents if e.label_ == "PER"}
    return [_person(text, r, "ner") for r in runs if (r.start, r.end) in spans - taken]


@cache
def _french_pipeline():
    """Return spaCy's ``fr_core_news_sm`` when installed (optional), else None."""
    try:
        import spacy

        return spacy.load("fr_core_news_sm", disable=["parser", "lemmatizer"])
    except Exception:  # not installed, or an incompatible model: run without it
        return None


def _non_overlapping(mentions: list[Mention]) -> list[Mention]:
    """Return mentions sorted by start, keeping the longest of overlapping ones."""
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), m.start)):
        if all(mention.end <= c.start or c.end <= mention.start for c in chosen):
            chosen.append(mention)
    return sorted(chosen, key=lambda m: m.start)
