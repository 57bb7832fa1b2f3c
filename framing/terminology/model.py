"""The terminology lexicon data model: poles, categories, referents, variants, usages.

A lexicon pack lists *referents* (one thing that has several names, e.g. the
capital of Ukraine) and, for each, the *variants* used to name it, with
per-language forms, a pole (whose usage the variant signals) and a weight.
Everything here is immutable; ``Lexicon`` equality and hashing use a content
hash (``fingerprint``) so a lexicon can key caches and stored results.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "SIGNS",
    "WEIGHTS",
    "Category",
    "Lexicon",
    "LexiconError",
    "Period",
    "Pole",
    "Referent",
    "Term",
    "Usage",
    "Variant",
    "iter_usages",
    "lexicon_dict",
]

WEIGHTS = (0.0, 0.25, 0.5, 1.0)
SIGNS = (-1, 0, 1)


class LexiconError(ValueError):
    """A lexicon file or custom-term table that cannot be used, and where the problem is."""


@dataclass(frozen=True, slots=True)
class Pole:
    id: str
    label: str
    sign: int
    description: str = ""


@dataclass(frozen=True, slots=True)
class Category:
    id: str
    label: str
    description: str = ""


@dataclass(frozen=True, slots=True)
class Period:
    """A weight that holds for articles dated in ``[since, until)`` (ISO dates; ``None``: open)."""

    weight: float
    since: str | None = None
    until: str | None = None


@dataclass(frozen=True, slots=True)
class Usage:
    """How one variant is used in one language: its pole, current weight and surface forms.

    ``periods`` give other weights for articles dated in a period (a style
    guide changed, usage shifted); ``weight`` holds outside every period and
    for undated articles. ``explanation`` says why, in this language, when the
    variant's pole or weight differs by language.
    """

    language: str
    pole: str
    weight: float
    forms: tuple[str, ...]
    exclude: tuple[str, ...] = ()
    periods: tuple[Period, ...] = ()
    explanation: str = ""


@dataclass(frozen=True, slots=True)
class Variant:
    id: str
    label: str
    usages: tuple[Usage, ...]
    exclude: tuple[str, ...] = ()
    explanation: str = ""
    sources: tuple[str, ...] = ()

    def usage(self, language: str) -> Usage | None:
        """Return this variant's usage in ``language``, or ``None``."""
        return next((u for u in self.usages if u.language == language), None)


@dataclass(frozen=True, slots=True)
class Referent:
    id: str
    category: str
    label: str
    variants: tuple[Variant, ...]
    explanation: str = ""
    sources: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Term:
    """One variant in one language, flattened for the matcher."""

    referent: str
    variant: str
    label: str
    category: str
    language: str
    pole: str
    weight: float
    forms: tuple[str, ...]
    exclude: tuple[str, ...]
    periods: tuple[Period, ...] = ()


@dataclass(frozen=True, slots=True, eq=False)
class Lexicon:
    """A validated lexicon. Equality and hashing use ``fingerprint`` (a content hash)."""

    pack: str
    version: str
    title: str
    languages: tuple[str, ...]
    poles: tuple[Pole, ...]
    categories: tuple[Category, ...]
    referents: tuple[Referent, ...]
    description: str = ""
    source: str = ""
    fingerprint: str = field(init=False)

    def __post_init__(self) -> None:
        canonical = json.dumps(lexicon_dict(self), sort_keys=True, ensure_ascii=False)
        digest = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
        object.__setattr__(self, "fingerprint", digest)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Lexicon) and other.fingerprint == self.fingerprint

    def __hash__(self) -> int:
        return hash(self.fingerprint)

    def pole(self, pole_id: str) -> Pole:
        """Return the pole with id ``pole_id`` (``KeyError`` if unknown)."""
        return _by_id(self.poles, pole_id, "pole")

    def category(self, category_id: str) -> Category:
        """Return the category with id ``category_id`` (``KeyError`` if unknown)."""
        return _by_id(self.categories, category_id, "category")

    def referent(self, referent_id: str) -> Referent:
        """Return the referent with id ``referent_id`` (``KeyError`` if unknown)."""
        return _by_id(self.referents, referent_id, "referent")

    def signs(self) -> dict[str, int]:
        """Return each pole id's sign."""
        return {p.id: p.sign for p in self.poles}

    def terms(self, language: str) -> tuple[Term, ...]:
        """Return every variant that has forms in ``language``, flattened, in file order."""
        return tuple(
            Term(r.id, v.id, v.label, r.category, u.language, u.pole, u.weight, u.forms,
                 v.exclude + u.exclude, u.periods)
            for r in self.referents
            for v in r.variants
            if (u := v.usage(language)) is not None
        )


def _by_id(items: tuple[Any, ...], item_id: str, kind: str) -> Any:
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(f"unknown {kind} {item_id!r}")


def lexicon_dict(lexicon: Lexicon) -> dict[str, Any]:
    """Return the lexicon as plain data in the YAML schema (the fingerprint's input)."""
    return {
        "pack": lexicon.pack,
        "version": lexicon.version,
        "title": lexicon.title,
        "description": lexicon.description,
        "languages": list(lexicon.languages),
        "poles": [{"id": p.id, "label": p.label, "sign": p.sign, "description": p.description}
                  for p in lexicon.poles],
        "categories": [{"id": c.id, "label": c.label, "description": c.description}
                       for c in lexicon.categories],
        "referents": [_referent_dict(r) for r in lexicon.referents],
    }


def _referent_dict(referent: Referent) -> dict[str, Any]:
    variants = []
    for v in referent.variants:
        entry: dict[str, Any] = {"id": v.id, "label": v.label}
        for u in v.usages:
            entry[u.language] = {"pole": u.pole, "weight": u.weight, "forms": list(u.forms)}
            if u.exclude:
                entry[u.language]["exclude"] = list(u.exclude)
            if u.periods:
                entry[u.language]["periods"] = [_period_dict(p) for p in u.periods]
            if u.explanation:
                entry[u.language]["explanation"] = u.explanation
        entry.update(exclude=list(v.exclude), explanation=v.explanation, sources=list(v.sources))
        variants.append(entry)
    return {"id": referent.id, "category": referent.category, "label": referent.label,
            "explanation": referent.explanation, "sources": list(referent.sources),
            "variants": variants}


def _period_dict(period: Period) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    if period.since is not None:
        entry["since"] = period.since
    if period.until is not None:
        entry["until"] = period.until
    entry["weight"] = period.weight
    return entry


def iter_usages(lexicon: Lexicon) -> Iterator[tuple[Referent, Variant, Usage]]:
    """Yield every (referent, variant, usage) of ``lexicon`` in file order."""
    for r in lexicon.referents:
        for v in r.variants:
            for u in v.usages:
                yield r, v, u
