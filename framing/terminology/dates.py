"""Dated weights: the weight of a variant on an article's date.

Usage shifts: English "Kiev" was every Western style guide's spelling until AP
switched to "Kyiv" on 14 August 2019 and the BBC at the end of January 2022,
so in 2014 copy it says nothing about the outlet. A usage may therefore list
``periods`` (``since`` inclusive, ``until`` exclusive, ISO dates) with their
own weight; outside them, and for an undated article, the usage's current
``weight`` holds. A partial article date (``2019``, ``2019-08``) is placed by
its first day, the convention of ISO 8601 reduced precision read as a start.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from framing.terminology.model import LexiconError, Period

__all__ = ["article_day", "check_periods", "weight_on"]

_ISO = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def article_day(date: str | None) -> str | None:
    """Return the first day (``YYYY-MM-DD``) an ISO article date may mean, or ``None`` if undated."""
    if not date:
        return None
    m = _ISO.match(date.strip())
    if m is None:
        return None
    year, month, day = m.group(1), m.group(2) or "01", m.group(3) or "01"
    return f"{year}-{month}-{day}"


def weight_on(weight: float, periods: Sequence[Period], day: str | None) -> float:
    """Return the weight that holds on ``day`` (``article_day``): the first period containing
    it, else the current ``weight`` (also when ``day`` is ``None``)."""
    if day is None:
        return weight
    for period in periods:
        if (period.since is None or period.since <= day) and (period.until is None or day < period.until):
            return period.weight
    return weight


def check_periods(periods: Sequence[Period], where: str) -> None:
    """Raise ``LexiconError`` naming ``where`` unless every period has a bound, full ISO days,
    ``since < until``, and no two periods overlap."""
    for p in periods:
        if p.since is None and p.until is None:
            raise LexiconError(f"{where}: a period needs 'since' or 'until'")
        for bound in (p.since, p.until):
            if bound is not None and not _DAY.match(bound):
                raise LexiconError(f"{where}: period date {bound!r} must be YYYY-MM-DD")
        if p.since is not None and p.until is not None and p.since >= p.until:
            raise LexiconError(f"{where}: period since {p.since} is not before until {p.until}")
    ordered = sorted(periods, key=lambda p: p.since or "")
    for a, b in pairwise(ordered):
        if a.until is None or (b.since or "") < a.until:
            raise LexiconError(f"{where}: periods {_span(a)} and {_span(b)} overlap")


def _span(p: Period) -> str:
    return f"[{p.since or '…'}, {p.until or '…'})"
