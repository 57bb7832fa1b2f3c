"""Site chrome that is not article text, as reviewed data (``data/boilerplate.yaml``)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from framing.resources import BOILERPLATE_FILE, read_yaml

_SPACES = re.compile(r"\s+")
# Longest line a regex entry may match: chrome is short, and a cap keeps any pattern from
# swallowing a sentence of news text (entries longer than this are refused when loading).
MAX_REGEX_LINE = 400
# Lines are matched with their whitespace collapsed, so a run of spaces is one character.
_SPACE_RUNS = re.compile(r"\\s[*+]")


@dataclass(frozen=True, slots=True)
class BoilerplateRules:
    """Whole-line patterns; ``matches(line)`` is True for a line of site chrome."""

    exact: frozenset[str]
    prefixes: tuple[str, ...]
    regex: re.Pattern[str] | None
    # No regex can match a longer line (checked when loading), so long prose lines skip it.
    longest: int = MAX_REGEX_LINE

    def matches(self, line: str) -> bool:
        key = " ".join(line.split()).casefold()
        if not key:
            return False
        if key in self.exact or key.startswith(self.prefixes):
            return True
        return bool(self.regex and len(key) <= self.longest and self.regex.fullmatch(key))


@cache
def boilerplate_rules() -> BoilerplateRules:
    """Return the rules compiled from ``data/boilerplate.yaml`` (loaded once per process)."""
    entries = read_yaml(BOILERPLATE_FILE).get("lines", [])
    return rules_from_entries(entries, source=BOILERPLATE_FILE.name)


def rules_from_entries(entries: list[dict], *, source: str) -> BoilerplateRules:
    """Return compiled rules; raises ValueError naming the entry for a malformed one."""
    exact: set[str] = set()
    prefixes: list[str] = []
    patterns: list[str] = []
    for number, entry in enumerate(entries, start=1):
        pattern = str(entry.get("pattern", "")).strip()
        kind = entry.get("match", "exact")
        if not pattern:
            raise ValueError(f"{source}: entry {number} has no pattern")
        key = _SPACES.sub(" ", pattern).casefold()
        if kind == "exact":
            exact.add(key)
        elif kind == "prefix":
            prefixes.append(key)
        elif kind == "regex":
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ValueError(f"{source}: entry {number} ({pattern!r}): bad regex: {exc}") from exc
            if longest_match(pattern) > MAX_REGEX_LINE:
                raise ValueError(f"{source}: entry {number} ({pattern!r}): can match lines longer than "
                                 f"{MAX_REGEX_LINE} characters; cap its open-ended parts")
            patterns.append(f"(?:{pattern})")
        else:
            raise ValueError(f"{source}: entry {number} ({pattern!r}): unknown match {kind!r}")
    regex = re.compile("|".join(patterns), re.IGNORECASE) if patterns else None
    return BoilerplateRules(frozenset(exact), tuple(prefixes), regex)


def longest_match(pattern: str) -> int:
    """Return the most characters ``pattern`` can match in a whitespace-collapsed line."""
    import re._parser as parser  # the stdlib's own regex parser: exact widths, no guessing

    return int(parser.parse(_SPACE_RUNS.sub(r"\\s?", pattern)).getwidth()[1])
