"""What the readers return: articles as read, and problems as one clear line each."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

# Characters that would break a line or a terminal: C0/C1 controls and Unicode line separators.
_BREAKING = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from a source, before any analysis.

    ``text`` is the cleaned article text: the title (kept once) as its first
    paragraph when there is one, then the body, paragraphs separated by a blank
    line. Every offset the analysers report is an offset into this string.
    """

    source: str
    text: str
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    date: str | None = None
    language: str | None = None
    dateline: str | None = None
    site_name: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ReadProblem:
    """A source (or one row of it) that could not be read, and why, in words."""

    source: str
    reason: str

    def __str__(self) -> str:
        # One line whatever the file is called or a row holds: a newline would start a fake one.
        return f"{one_line(self.source)}: {one_line(self.reason)}"


@dataclass(slots=True)
class ReadResult:
    """Everything read from one or more sources: articles and problems, in order."""

    articles: list[Article] = field(default_factory=list)
    problems: list[ReadProblem] = field(default_factory=list)

    def extend(self, other: ReadResult) -> None:
        self.articles.extend(other.articles)
        self.problems.extend(other.problems)


class ReadError(Exception):
    """Raised inside the readers for a source that cannot be read at all."""


def shown_name(name: str | Path) -> str:
    """Return a file name as text that can be stored, printed and logged on one line.

    Bytes of a name that are not UTF-8 (Python keeps them as lone surrogates)
    are shown as ``\\xNN``, and line breaks and control characters as their
    escapes (``\\n``, ``\\x1b``); any other name is returned unchanged.
    """
    raw = os.fsencode(name) if isinstance(name, Path) else name.encode("utf-8", "surrogateescape")
    return one_line(raw.decode("utf-8", "backslashreplace"))


def one_line(text: str) -> str:
    """Return ``text`` with line breaks and control characters escaped (``\\n``, ``\\x07``)."""
    if not _BREAKING.search(text):
        return text
    return _BREAKING.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), text)

