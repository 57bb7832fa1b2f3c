"""One-pass term matching: every form of a language compiled into one regular expression.

Method: the text is normalised once (``normalize.normalized_text``); all forms
of the language, normalised the same way, form a single alternation tried at
word starts only, longest forms first, so that at any position the longest
form wins and ``re.finditer`` resolves overlaps leftmost-first. Each
alternative ends in an empty capturing group whose number (``lastindex``)
identifies the term. ``exclude`` phrases (``chicken Kiev``) are a second
alternation; a hit that an exclude phrase of its own term covers is dropped.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache

from framing.terminology.model import Lexicon, Term
from framing.terminology.normalize import form_key, normalized_form, normalized_text

__all__ = ["Match", "Matcher", "compiled_matcher", "form_pattern"]

# Inside a multiword form, a space or hyphen matches hyphens, spaces, one line
# break or nothing ("de-Nazify" ≈ "de Nazify" ≈ "denazify"), never a blank line.
_GAP = r"[ \-]{0,3}\n?[ \-]{0,3}"
_WORD_BREAK = re.compile(r"[ \-]+")


@dataclass(frozen=True, slots=True)
class Match:
    """One term found in the original text: ``text[start:end]`` is the matched wording."""

    start: int
    end: int
    term: Term


def form_pattern(form: str) -> str:
    """Return the regular expression (over normalised text) for one lexicon form.

    Apostrophes are optional (``Peoples`` ≈ ``People's``); a trailing ``*``
    matches any continuation letters of the last word. Word boundaries are
    added by the caller.
    """
    text = normalized_form(form)
    wildcard = text.endswith("*")
    words = [w for w in _WORD_BREAK.split(text.rstrip("*")) if w]
    parts = [re.escape(w).replace("'", "'?") for w in words]
    return _GAP.join(parts) + (r"\w*" if wildcard else "")


class Matcher:
    """The compiled matcher for one lexicon language (build with ``compiled_matcher``)."""

    def __init__(self, terms: tuple[Term, ...]) -> None:
        self.terms: list[Term] = []
        alternatives: list[tuple[str, str, Term]] = []
        seen: set[str] = set()
        for term in terms:
            for form in term.forms:
                if form_key(form) not in seen:
                    seen.add(form_key(form))
                    alternatives.append((normalized_form(form), form, term))
        # Longest literal first: at one position the longest form is tried first.
        alternatives.sort(key=lambda a: (-len(a[0].rstrip("*")), a[0].endswith("*")))
        self.terms = [term for _, _, term in alternatives]
        self.pattern = _compiled([form for _, form, _ in alternatives])
        excludes: dict[str, set[tuple[str, str]]] = {}
        for term in terms:
            for phrase in term.exclude:
                excludes.setdefault(form_key(phrase), set()).add((term.referent, term.variant))
        self.exclude_owners = list(excludes.values())
        self.exclude_pattern = _compiled(list(excludes))

    def matches(self, text: str) -> list[Match]:
        """Return the term matches in ``text``, sorted by start, none overlapping."""
        if self.pattern is None or not text:
            return []
        norm = normalized_text(text)
        found = [(m.start(), m.end(), self.terms[m.lastindex - 1])
                 for m in self.pattern.finditer(norm.text) if m.lastindex]
        if found and self.exclude_pattern is not None:
            found = self._without_excluded(norm.text, found)
        return [Match(*norm.original_span(start, end), term) for start, end, term in found]

    def _without_excluded(
        self, text: str, found: list[tuple[int, int, Term]]
    ) -> list[tuple[int, int, Term]]:
        assert self.exclude_pattern is not None
        spans = [(m.start(), m.end(), self.exclude_owners[m.lastindex - 1])
                 for m in self.exclude_pattern.finditer(text) if m.lastindex]
        if not spans:
            return found
        starts = [s for s, _, _ in spans]
        kept = []
        for start, end, term in found:
            # Exclude matches do not overlap, so only the last one starting here can cover.
            i = bisect.bisect_right(starts, start) - 1
            covered = i >= 0 and spans[i][1] >= end and (term.referent, term.variant) in spans[i][2]
            if not covered:
                kept.append((start, end, term))
        return kept


def _compiled(forms: list[str]) -> re.Pattern[str] | None:
    """Return one pattern whose alternative *i* ends with capturing group *i + 1*."""
    if not forms:
        return None
    body = "|".join(f"{form_pattern(form)}(?!\\w)()" for form in forms)
    return re.compile(rf"(?<!\w)(?:{body})")


@lru_cache(maxsize=32)
def compiled_matcher(lexicon: Lexicon, language: str) -> Matcher:
    """Return the matcher for ``lexicon``'s forms in ``language`` (cached by fingerprint)."""
    return Matcher(lexicon.terms(language))
