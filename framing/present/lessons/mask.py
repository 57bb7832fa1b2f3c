"""Blind texts: outlet names, URLs and datelines hidden behind "Outlet A", "Outlet B"….

AllSides' blind bias survey and Ad Fontes' rate-then-compare exercises show
texts without their source so that readers judge the words, not the brand.
What gives a source away here: its name (also shortened, "Polar Star", and as
initials, "(MPA)"), its web address, and the dateline that opens a wire story
("MOSCOW (Polar Star) – …"). Each is replaced; ``Masked.position`` maps an
offset of the original text to the masked one, so evidence can still be
marked on the blind text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from urllib.parse import urlparse

from framing.present.lessons.model import Lesson

__all__ = ["DATELINE_MASK", "LINK_MASK", "Masked", "lesson_masker", "masked", "outlet_aliases", "outlet_labels"]

LINK_MASK = "[link hidden]"
DATELINE_MASK = "[dateline hidden]"
_ARTICLES = {"the", "le", "la", "les", "l'", "l’"}
# A web address, without the sentence's closing punctuation.
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]*[^\s<>\"')\].,;:!?]", re.I)
# A wire dateline opening a paragraph: PLACE[/PLACE][, more…] (AGENCY) – ; the agency bracket and
# the dash are what make it a dateline rather than a sentence.
_DATELINE = re.compile(r"(?m)^[A-ZÀ-Ý][\w'’./ -]{0,40}?(?:,[^,\n()–—]{1,30}){0,2}\s*\([^()\n]{1,40}\)\s*[–—-]\s*")
_MIN_INITIALS = 3


def outlet_labels(outlets: Sequence[str | None]) -> dict[str, str]:
    """Return outlet → "Outlet A", "Outlet B"… in order of first appearance (None is skipped)."""
    labels: dict[str, str] = {}
    for outlet in outlets:
        if outlet and outlet not in labels:
            labels[outlet] = f"Outlet {_letter(len(labels))}"
    return labels


def _letter(n: int) -> str:
    return chr(ord("A") + n) if n < 26 else f"{chr(ord('A') + n // 26 - 1)}{chr(ord('A') + n % 26)}"


def outlet_aliases(outlet: str | None, url: str | None = None) -> tuple[str, ...]:
    """Return the ways a text may name an outlet: full name, name without a leading article,
    its first two capitalised words, its initials (3 letters or more) and its web host, longest
    first."""
    aliases: set[str] = set()
    if outlet and outlet.strip():
        name = outlet.strip()
        aliases.add(name)
        words = name.split()
        if words and words[0].lower() in _ARTICLES and len(words) > 1:
            aliases.add(" ".join(words[1:]))
        capitals = [w for w in words if w[:1].isupper() and w.lower() not in _ARTICLES]
        if len(words) >= 3 and len(capitals) >= 2 and words[:2] == capitals[:2]:
            aliases.add(" ".join(words[:2]))
        initials = "".join(w[0] for w in capitals if w[0].isalpha())
        if len(initials) >= _MIN_INITIALS:
            aliases.add(initials.upper())
    host = urlparse(url).hostname if url else None
    if host:
        aliases.add(host.removeprefix("www."))
        aliases.add(host.removeprefix("www.").split(".")[0])
    return tuple(sorted((a for a in aliases if len(a) >= 2), key=lambda a: (-len(a), a)))


@dataclass(frozen=True, slots=True)
class Masked:
    """A masked text and its replacements ``(start, end, new)`` in original offsets, sorted."""

    text: str
    replacements: tuple[tuple[int, int, str], ...]

    def position(self, offset: int) -> int | None:
        """Return where an original offset lands in the masked text; None inside a replaced span."""
        shift = 0
        for start, end, new in self.replacements:
            if offset < start:
                break
            if offset < end:
                return None
            shift += len(new) - (end - start)
        return offset + shift

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        """Return a span of the original text in masked offsets; None when it touches a mask."""
        cut = bisect.bisect_left([r[1] for r in self.replacements], start + 1)
        if cut < len(self.replacements) and self.replacements[cut][0] < end:
            return None
        first, last = self.position(start), self.position(end - 1)
        return None if first is None or last is None else (first, last + 1)


def masked(text: str, *, outlets: Mapping[str, Sequence[str]], datelines: Sequence[str] = ()) -> Masked:
    """Return ``text`` with every alias of each outlet replaced by its label (``outlets`` maps
    label → aliases), web addresses by ``LINK_MASK`` and datelines by ``DATELINE_MASK``.

    Overlapping finds keep the one that starts first (the longer at a tie)."""
    found: list[tuple[int, int, str]] = []
    found += [(m.start(), m.end(), DATELINE_MASK + " – ") for m in _DATELINE.finditer(text)]
    for line in datelines:
        if line and line.strip():
            found += [(m.start(), m.end(), DATELINE_MASK) for m in re.finditer(re.escape(line.strip()), text)]
    found += [(m.start(), m.end(), LINK_MASK) for m in _URL.finditer(text)]
    for label, aliases in outlets.items():
        for alias in aliases:
            found += [(m.start(), m.end(), label) for m in _alias_pattern(alias).finditer(text)]
    kept: list[tuple[int, int, str]] = []
    for start, end, new in sorted(found, key=lambda f: (f[0], -(f[1] - f[0]))):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end, new))
    pieces, at = [], 0
    for start, end, new in kept:
        pieces += [text[at:start], new]
        at = end
    pieces.append(text[at:])
    return Masked("".join(pieces), tuple(kept))


def _alias_pattern(alias: str) -> re.Pattern[str]:
    """Initials match in capitals only ("MPA", not "mpa"); names in any case; both as whole words."""
    flags = 0 if alias.isupper() and " " not in alias else re.I
    return re.compile(rf"(?<!\w){re.escape(alias)}(?!\w)", flags)


def lesson_masker(lesson: Lesson) -> Callable[[str], Masked]:
    """Return a function masking any text of the lesson: every article's outlet aliases (so an
    article naming another outlet hides it too), web addresses and datelines."""
    outlets: dict[str, set[str]] = {}
    for article in lesson.articles:
        outlets.setdefault(article.label, set()).update(outlet_aliases(article.outlet, article.url))
    ordered = {label: sorted(aliases, key=lambda a: (-len(a), a)) for label, aliases in outlets.items()}
    datelines = [a.dateline for a in lesson.articles if a.dateline]
    return partial(masked, outlets=ordered, datelines=datelines)
