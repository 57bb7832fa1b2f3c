"""What the readers return: articles as read, and problems as one clear line each."""

from __future__ import annotations

from dataclasses import dataclass, field


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
        return f"{self.source}: {self.reason}"


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
