"""Dates as ISO strings that keep their precision: ``2022-03`` stays a month."""

from __future__ import annotations

import re
from datetime import date

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:[T ].*)?$")
_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")
_YMD_SLASH = re.compile(r"^(\d{4})/(\d{1,2})(?:/(\d{1,2}))?$")


def iso_date(value: object) -> str | None:
    """Return ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` for a date string, or None.

    Accepts ISO dates and datetimes (the time is dropped), ``YYYY/MM/DD`` and
    European ``DD.MM.YYYY``/``DD/MM/YYYY``. Precision is never invented: a month
    stays a month. Impossible dates (2022-02-30) give None.
    """
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    for pattern, order in ((_ISO, "ymd"), (_YMD_SLASH, "ymd"), (_DMY, "dmy")):
        match = pattern.match(text)
        if not match:
            continue
        groups = match.groups()
        year, month, day = (groups[2], groups[1], groups[0]) if order == "dmy" else groups[:3]
        return _checked(int(year), month and int(month), day and int(day))
    return None


def _checked(year: int, month: int | None, day: int | None) -> str | None:
    if not 1800 <= year <= 2200:
        return None
    if month is None:
        return f"{year:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{year:04d}-{month:02d}"
    try:
        date(year, month, day)
    except ValueError:
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def date_precision(value: str | None) -> str | None:
    """Return ``"year"``, ``"month"`` or ``"day"`` for an ISO date string from ``iso_date``."""
    if not value:
        return None
    return {4: "year", 7: "month", 10: "day"}.get(len(value))
