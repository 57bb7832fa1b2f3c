"""One-pass term matching: every form of a language compiled into one trie-shaped regex.

Method: the text is normalised once (``normalize.normalized_text``); all forms
of the language, normalised the same way, are split into *atoms* (a letter, an
optional apostrophe, a word gap, a trailing wildcard) and merged into a prefix
tree, which is written out as a single regular expression tried at word starts
(Aho–Corasick's idea, left to the regex engine). A flat alternation of a
thousand forms makes the engine try every form at every word start; the tree
makes it follow one branch per letter, so a pass costs about the same for ten
forms or ten thousand. At each node longer continuations are tried before a
form that ends there, so the longest form wins, and ``re.finditer`` resolves
overlaps leftmost-first. Each form ends in an empty capturing group whose
number (``lastindex``) identifies the term. ``exclude`` phrases (``chicken
Kiev``) are branches of the same tree that name no term: where one is the
longest match ("chicken Kiev", "invasion of privacy") the words inside it are
not terms.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from framing.terminology.model import Lexicon, Term
from framing.terminology.normalize import form_key, normalized_form, normalized_text

__all__ = ["Match", "Matcher", "compiled_matcher", "form_pattern", "form_variants", "trie_pattern"]

# Between words a form's space matches spaces, hyphens and one line break (never
# a blank line), after an optional possessive ("Zelensky's regime" for
# "Zelensky regime"); a form's hyphen matches the same separators or nothing
# ("de-Nazify" ≈ "de Nazify" ≈ "denazify"). Every atom but the trailing
# wildcard is a letter or a separator that cannot be empty, so two branches of
# the tree never both match the same text and the longest form truly wins.
SEPARATOR = r"(?:[ \-]{1,3}\n?[ \-]{0,3}|\n[ \-]{0,3})"
POSSESSIVE_SEPARATOR = r"(?:'s?)?" + SEPARATOR
WILDCARD = r"\w*"
_END = r"(?!\w)"
# A form with many optional hyphens or apostrophes keeps the rest optional
# rather than multiplying its variants beyond this.
_MAX_VARIANTS = 16


class Match(NamedTuple):
    """One term found in the original text: ``text[start:end]`` is the matched wording.

    A named tuple rather than a dataclass: an article makes dozens and a
    tuple is several times cheaper to build.
    """

    start: int
    end: int
    term: Term


def form_variants(form: str) -> list[tuple[str, ...]]:
    """Return the atom sequences (regex pieces over normalised text) of one lexicon form.

    A hyphen inside a word gives two variants, joined and separated; an
    apostrophe gives two, with and without it (``Peoples`` ≈ ``People's``); a
    trailing ``*`` matches any continuation letters of the last word. Word
    boundaries are the caller's.
    """
    text = normalized_form(form)
    variants: list[list[str]] = [[]]
    words = [w for w in text.rstrip("*").split(" ") if w.strip("-")]
    for i, word in enumerate(words):
        if i:
            variants = [[*v, POSSESSIVE_SEPARATOR] for v in variants]
        for j, part in enumerate(p for p in word.split("-") if p):
            if j:
                variants = _either(variants, [SEPARATOR], [])
            for char in part:
                variants = (_either(variants, ["'"], []) if char == "'"
                            else [[*v, re.escape(char)] for v in variants])
    if text.endswith("*"):
        variants = [[*v, WILDCARD] for v in variants]
    return [tuple(v) for v in variants]


def _either(variants: list[list[str]], one: list[str], other: list[str]) -> list[list[str]]:
    """Return every variant continued by ``one`` and by ``other``.

    Past ``_MAX_VARIANTS`` the choice stays inside one optional atom instead.
    """
    if len(variants) * 2 > _MAX_VARIANTS:
        optional = "(?:" + "".join(one) + ")?" if one else ""
        return [[*v, optional] for v in variants] if optional else variants
    return [v + one for v in variants] + [v + other for v in variants]


def form_pattern(form: str) -> str:
    """Return the regular expression (over normalised text) for one lexicon form."""
    return "(?:" + "|".join("".join(v) for v in form_variants(form)) + ")"


@dataclass(slots=True)
class _Node:
    children: dict[str, _Node] = field(default_factory=dict)
    ends: int | None = None  # index of the form ending here, if any
    longest: int = 0  # length of the longest form below, to order siblings


def trie_pattern(forms: list[str]) -> tuple[str, list[int]]:
    """Return one regex over all ``forms`` and, per capturing group, the index of its form.

    Group ``g`` (1-based) closes a variant of form ``order[g - 1]``. Where two
    forms share a variant, the first keeps it.
    """
    root = _Node()
    for index, form in enumerate(forms):
        length = len(normalized_form(form).rstrip("*"))
        for atoms in form_variants(form):
            node = root
            for atom in atoms:
                node = node.children.setdefault(atom, _Node())
                node.longest = max(node.longest, length)
            if node.ends is None and node is not root:
                node.ends = index
    order: list[int] = []
    # The leading \W is the word boundary, consumed rather than looked behind:
    # the engine then only enters the pattern at spaces and punctuation, not at
    # every letter. ``Matcher.matches`` runs it with a space in front of the text.
    return r"\W" + _node_pattern(root, order), order


def _node_pattern(node: _Node, order: list[int]) -> str:
    """Return the regex of the subtree at ``node``, appending its forms to ``order``.

    Groups are numbered by their position in the pattern, which is the order
    this recursion writes them in.
    """
    branches = []
    # Continuations first, so the longest form wins; then a form ending here;
    # then a wildcard (an exact form beats a wildcard). Sibling atoms start
    # with different letters or with a separator, so at most one of them can
    # match; sorting by the longest form below only decides where an
    # apostrophe variant meets a possessive ("Kiev's" the form, "Kiev's regime").
    wildcard = node.children.get(WILDCARD)
    children = sorted((item for item in node.children.items() if item[0] != WILDCARD),
                      key=lambda item: -item[1].longest)
    for atom, child in children:
        branches.append(atom + _node_pattern(child, order))
    if node.ends is not None:
        order.append(node.ends)
        branches.append(_END + "()")
    if wildcard is not None:
        branches.append(WILDCARD + _node_pattern(wildcard, order))
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


class Matcher:
    """The compiled matcher for one lexicon language (build with ``compiled_matcher``).

    ``terms[g - 1]`` is the term whose form closes group ``g``, or ``None`` for
    an exclude phrase: exclude phrases sit in the same tree, so where one is the
    longest match at a position ("chicken Kiev") it swallows the terms inside it.
    """

    def __init__(self, terms: tuple[Term, ...]) -> None:
        forms: list[str] = []
        owners: list[Term | None] = []
        seen: set[str] = set()
        for term in terms:
            for form in term.forms:
                if (key := form_key(form)) not in seen:
                    seen.add(key)
                    forms.append(form)
                    owners.append(term)
        # Exclude phrases come after the forms, so a form wins a tie; one that
        # holds no form of its own term ("invasion de l'Irak" in English) would
        # only hide other terms, so it is left out.
        for term in terms:
            for phrase in term.exclude:
                if (key := form_key(phrase)) not in seen and _holds_a_form(phrase, term):
                    seen.add(key)
                    forms.append(phrase)
                    owners.append(None)
        self.pattern, self.terms = _compiled(forms, owners)

    def matches(self, text: str) -> list[Match]:
        """Return the term matches in ``text``, sorted by start, none overlapping."""
        if self.pattern is None or not text:
            return []
        norm = normalized_text(text)
        terms = self.terms
        span = norm.original_span
        # The pattern consumes the boundary before a word, so it runs over the
        # text with a space in front: there m.start() is the term's start in
        # ``norm.text`` and m.end() - 1 its end.
        return [Match(*span(m.start(), m.end() - 1), term)
                for m in self.pattern.finditer(" " + norm.text)
                if (term := terms[m.lastindex - 1]) is not None]


def _holds_a_form(phrase: str, term: Term) -> bool:
    """Return whether some form of ``term`` matches inside the exclude ``phrase``."""
    text = " " + normalized_form(phrase) + " "
    return any(re.search(rf"\W{form_pattern(form)}{_END}", text) for form in term.forms)


def _compiled(
    forms: list[str], owners: list[Term | None]
) -> tuple[re.Pattern[str] | None, list[Term | None]]:
    """Return the trie pattern of ``forms`` and, per group number − 1, the owner of its form."""
    if not forms:
        return None, []
    pattern, order = trie_pattern(forms)
    return re.compile(pattern), [owners[i] for i in order]


@lru_cache(maxsize=32)
def compiled_matcher(lexicon: Lexicon, language: str) -> Matcher:
    """Return the matcher for ``lexicon``'s forms in ``language`` (cached by fingerprint)."""
    return Matcher(lexicon.terms(language))
