"""The reviewed actor gazetteer (``data/actors/*.yaml``): loading, validation and indexes.

One YAML file per side lists actors (``name``, ``kind``, ``gender``, ``side``,
``wikidata``, ``aliases``, dated ``roles``, ``source``); ``roles.yaml`` lists the
countries (side ids and the words that name them) and the role phrases in English
and French. Loading is tolerant of missing optional fields and strict about the
rest: every problem is reported with its file and actor. The indexes answer
"which actors does this alias name?" (folded for case, diacritics and
apostrophes) and "who held this role in this country on this date?".
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from framing.resources import ACTORS_DIR, read_yaml
from framing.text.fold import fold, name_key

__all__ = [
    "SIDES",
    "Actor",
    "Gazetteer",
    "GazetteerError",
    "Role",
    "RolePhrase",
    "build_gazetteer",
    "load_gazetteer",
]

# The sides the record reports; any other side id becomes "other".
SIDES = (
    "russia", "ukraine", "france", "usa", "uk", "germany", "china", "turkey", "poland",
    "eu", "nato", "un", "expert", "civil-society", "media", "other", "unknown",
)
KINDS = ("person", "institution", "media")
_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


class GazetteerError(ValueError):
    """The gazetteer files are invalid; the message lists each problem with file and actor."""


@dataclass(frozen=True, slots=True)
class Role:
    """A role held over a date range (ISO dates, month or year precision; None = open)."""

    role: str
    country: str | None
    start: str | None
    end: str | None
    title: str | None

    def active(self, date: str | None) -> bool:
        """Return whether the role overlaps the (possibly month- or year-precise) ``date``."""
        if not date:
            return False
        lo, hi = _bounds(date)
        start = _bounds(self.start)[0] if self.start else "0000"
        end = _bounds(self.end)[1] if self.end else "9999"
        return start <= hi and lo <= end


def _bounds(date: str) -> tuple[str, str]:
    """Return the first and last day (as sortable strings) covered by an ISO date prefix."""
    date = str(date)[:10]
    return date + "-00-00"[len(date) - 4 :], date + "-99-99"[len(date) - 4 :]


@dataclass(frozen=True, slots=True)
class Actor:
    """One gazetteer actor. ``key`` is its Wikidata id when known, else its name."""

    key: str
    name: str
    kind: str
    side: str
    gender: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    source: str | None = None
    file: str = ""

    def roles_at(self, date: str | None) -> tuple[Role, ...]:
        """Return the roles held at ``date`` (all of them when the date is unknown)."""
        return tuple(r for r in self.roles if r.active(date)) if date else ()


@dataclass(frozen=True, slots=True)
class RolePhrase:
    """A phrase that denotes a role, optionally only for some countries."""

    role: str
    phrase: str
    language: str
    countries: tuple[str, ...] = ()


@dataclass(frozen=True, eq=False)
class Gazetteer:
    """Actors, countries and role phrases, with lookup indexes built once."""

    actors: tuple[Actor, ...]
    countries: dict[str, str] = field(default_factory=dict)
    country_words: dict[str, dict[str, str]] = field(default_factory=dict)
    role_phrases: tuple[RolePhrase, ...] = ()
    _by_alias: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)
    _by_key: dict[str, Actor] = field(default_factory=dict, repr=False)
    _by_role: dict[str, tuple[tuple[Actor, Role], ...]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        index: dict[str, list[int]] = {}
        roles: dict[str, list[tuple[Actor, Role]]] = {}
        for i, actor in enumerate(self.actors):
            for alias in {actor.name, *actor.aliases}:
                key = name_key(alias)
                if key and i not in index.setdefault(key, []):
                    index[key].append(i)
            self._by_key.setdefault(actor.key, actor)
            for role in actor.roles:
                roles.setdefault(role.role, []).append((actor, role))
        self._by_alias.update({k: tuple(v) for k, v in index.items()})
        self._by_role.update({k: tuple(v) for k, v in roles.items()})

    def by_key(self, key: str) -> Actor | None:
        """Return the actor whose key is ``key``, or None."""
        return self._by_key.get(key)

    def named(self, surface: str) -> tuple[Actor, ...]:
        """Return the actors one of whose aliases is ``surface`` (folded comparison)."""
        return tuple(self.actors[i] for i in self._by_alias.get(name_key(surface), ()))

    def aliases(self) -> dict[str, tuple[Actor, ...]]:
        """Return every folded alias with the actors it names."""
        return {k: tuple(self.actors[i] for i in v) for k, v in self._by_alias.items()}

    def holders(self, role: str, country: str | None, date: str | None) -> tuple[Actor, ...]:
        """Return the actors who held ``role`` (in ``country`` when given) at ``date``."""
        if not date:
            return ()
        found = (a for a, r in self._by_role.get(role, ()) if (country is None or r.country == country) and r.active(date))
        return tuple(dict.fromkeys(found))

    def ever_held(self, role: str, country: str | None) -> tuple[Actor, ...]:
        """Return the actors who held ``role`` (in ``country`` when given) at any date."""
        found = (a for a, r in self._by_role.get(role, ()) if country is None or r.country == country)
        return tuple(dict.fromkeys(found))

    def side_of_country(self, country: str) -> str:
        """Return the record side of a country id of ``roles.yaml`` ("other" if not a record side)."""
        side = self.countries.get(country, country)
        return side if side in SIDES else "other"


# --- loading and validation ------------------------------------------------------


def _problem(problems: list[str], file: str, who: str, message: str) -> None:
    problems.append(f"{file}: {who}: {message}")


def _role(raw: object, file: str, who: str, known: set[str], problems: list[str]) -> Role | None:
    if not isinstance(raw, dict) or not raw.get("role"):
        _problem(problems, file, who, f"role entry {raw!r} has no 'role'")
        return None
    if known and raw["role"] not in known:
        _problem(problems, file, who, f"unknown role {raw['role']!r} (not in roles.yaml)")
    dates = {}
    for end in ("start", "end"):
        value = raw.get(end)
        if value is not None and not _DATE.match(str(value)):
            _problem(problems, file, who, f"role {raw['role']!r}: {end} {value!r} is not YYYY[-MM[-DD]]")
            value = None
        dates[end] = str(value) if value is not None else None
    return Role(str(raw["role"]), raw.get("country"), dates["start"], dates["end"], raw.get("title"))


def _actor(raw: object, file: str, default_side: str | None, known: set[str], problems: list[str]) -> Actor | None:
    if not isinstance(raw, dict) or not isinstance(raw.get("name"), str) or not raw["name"].strip():
        _problem(problems, file, "actor", f"entry {str(raw)[:60]!r} has no name")
        return None
    name = raw["name"].strip()
    who = f"actor {name!r}"
    kind = raw.get("kind", "person")
    if kind not in KINDS:
        _problem(problems, file, who, f"kind {kind!r} is not one of {KINDS}")
    gender = raw.get("gender")
    if gender not in (None, "m", "f"):
        _problem(problems, file, who, f"gender {gender!r} is not m, f or null")
        gender = None
    side = raw.get("side") or default_side
    if not side:
        _problem(problems, file, who, "no side (neither on the actor nor on the file)")
    aliases = raw.get("aliases") or []
    if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
        _problem(problems, file, who, "aliases must be a list of strings")
        aliases = []
    roles = [_role(r, file, who, known, problems) for r in raw.get("roles") or []]
    wikidata = raw.get("wikidata") or None
    return Actor(
        key=str(wikidata or name),
        name=name,
        kind=kind if kind in KINDS else "person",
        side=side if side in SIDES else ("other" if side else "unknown"),
        gender=gender,
        wikidata=wikidata,
        aliases=tuple(a.strip() for a in aliases if a.strip()),
        roles=tuple(r for r in roles if r),
        source=raw.get("source"),
        file=file,
    )


def _phrases(roles: dict, problems: list[str]) -> list[RolePhrase]:
    phrases = []
    for role_id, spec in roles.items():
        for language in ("en", "fr"):
            for item in (spec or {}).get(language) or []:
                if isinstance(item, str):
                    phrases.append(RolePhrase(role_id, item.casefold(), language))
                elif isinstance(item, dict) and isinstance(item.get("phrase"), str):
                    countries = tuple(item.get("countries") or ())
                    phrases.append(RolePhrase(role_id, item["phrase"].casefold(), language, countries))
                else:
                    _problem(problems, "roles.yaml", f"role {role_id!r}", f"bad phrase {item!r}")
    return phrases


def build_gazetteer(files: dict[str, object], roles: object | None = None) -> Gazetteer:
    """Return the gazetteer from parsed YAML: ``files`` maps file names to side files.

    Raises ``GazetteerError`` listing every problem (file, actor, what is wrong).
    """
    problems: list[str] = []
    roles = roles if isinstance(roles, dict) else {}
    role_specs = roles.get("roles") or {}
    countries_raw = roles.get("countries") or {}
    countries = {cid: str((spec or {}).get("side") or cid) for cid, spec in countries_raw.items()}
    country_words = {
        language: {
            fold(word): cid for cid, spec in countries_raw.items() for word in (spec or {}).get(language) or []
        }
        for language in ("en", "fr")
    }
    known = set(role_specs)
    actors: list[Actor] = []
    for file, data in sorted(files.items()):
        if not isinstance(data, dict) or not isinstance(data.get("actors"), list):
            _problem(problems, file, "file", "expected a mapping with an 'actors' list")
            continue
        for raw in data["actors"]:
            actor = _actor(raw, file, data.get("side"), known, problems)
            if actor:
                actors.append(actor)
    seen: dict[str, str] = {}
    for actor in actors:
        if actor.key in seen:
            _problem(problems, actor.file, f"actor {actor.name!r}", f"key {actor.key!r} also used in {seen[actor.key]}")
        seen.setdefault(actor.key, actor.file)
    if problems:
        raise GazetteerError("invalid actor gazetteer:\n" + "\n".join(problems))
    phrases = _phrases(role_specs, problems)
    if problems:
        raise GazetteerError("invalid actor gazetteer:\n" + "\n".join(problems))
    return Gazetteer(tuple(actors), countries, country_words, tuple(phrases))


def _read(path: Path) -> object:
    return read_yaml(path, error=GazetteerError)


# Files of the actors folder that are not side files: the roles, and the person word
# lists of ``framing.sources.actors.wordlists`` (kept here so the actors version hash covers them).
NOT_SIDE_FILES = frozenset(["roles.yaml", "names.yaml", "references.yaml"])


def load_gazetteer_from(directory: Path) -> Gazetteer:
    """Return the gazetteer in ``directory`` (``roles.yaml`` plus one YAML file per side)."""
    directory = Path(directory)
    roles_file = directory / "roles.yaml"
    roles = _read(roles_file) if roles_file.is_file() else None
    files = {p.name: _read(p) for p in _yaml_files(directory) if p.name not in NOT_SIDE_FILES}
    return build_gazetteer(files, roles)


def _yaml_files(directory: Path) -> Iterable[Path]:
    return sorted([*directory.glob("*.yaml"), *directory.glob("*.yml")]) if directory.is_dir() else []


@cache
def load_gazetteer(directory: Path = ACTORS_DIR) -> Gazetteer:
    """Return the project gazetteer (built once per directory and cached)."""
    return load_gazetteer_from(Path(directory))
