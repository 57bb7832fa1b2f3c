"""Loading and validating terminology lexicon packs (``data/lexicons/<pack>.yaml``).

Validation errors raise ``LexiconError`` with a message naming the file and the
entry (``russia-ukraine.yaml: referent 'kyiv', variant 'kiev', language 'en':
unknown pole 'kremllin'``), so a reviewer can fix the data directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml

from framing.resources import LEXICON_DIR, yaml_document
from framing.terminology.dates import check_periods
from framing.terminology.model import (
    SIGNS,
    WEIGHTS,
    Category,
    Lexicon,
    LexiconError,
    Period,
    Pole,
    Referent,
    Usage,
    Variant,
)
from framing.terminology.normalize import form_key

__all__ = [
    "available_packs",
    "check_form",
    "check_references",
    "checked_weight",
    "lexicon_from_dict",
    "load_lexicon",
    "load_pack",
    "read_yaml",
]

_VARIANT_FIELDS = frozenset({"id", "label", "exclude", "explanation", "sources"})
_USAGE_FIELDS = frozenset({"pole", "weight", "forms", "exclude", "periods", "explanation"})
_PERIOD_FIELDS = frozenset({"since", "until", "weight"})


def available_packs() -> list[str]:
    """Return the names of the packs shipped in ``LEXICON_DIR``, sorted."""
    return sorted(p.stem for p in LEXICON_DIR.glob("*.yaml"))


def load_pack(name: str) -> Lexicon:
    """Return the shipped pack ``name`` (a file stem in ``LEXICON_DIR``)."""
    if name not in available_packs():
        known = ", ".join(available_packs()) or "none"
        raise LexiconError(f"unknown lexicon pack {name!r} (available: {known})")
    return load_lexicon(LEXICON_DIR / f"{name}.yaml")


def load_lexicon(path: str | Path) -> Lexicon:
    """Return the validated lexicon in the YAML file ``path``; its ``pack`` must equal the stem."""
    path = Path(path)
    data = read_yaml(path.read_text(encoding="utf-8"), source=path.name)
    lexicon = lexicon_from_dict(data, source=path.name)
    if lexicon.pack != path.stem:
        raise LexiconError(f"{path.name}: pack {lexicon.pack!r} must equal the file name {path.stem!r}")
    return lexicon


def read_yaml(text: str, *, source: str) -> Any:
    """Return the YAML document in ``text``; syntax errors become ``LexiconError``."""
    try:
        return yaml_document(text)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{source}: not valid YAML ({exc})") from exc


def lexicon_from_dict(data: Any, *, source: str, partial: bool = False) -> Lexicon:
    """Return the lexicon described by ``data`` (the YAML schema), validated.

    With ``partial`` (custom additions), pack-level fields may be missing and
    pole/category references are left for ``merge_lexicons`` to check.
    """
    top = _mapping(data, source)
    need = not partial
    poles = tuple(_pole(p, f"{source}: poles[{i}]") for i, p in enumerate(_list(top, "poles", source, need)))
    categories = tuple(_category(c, f"{source}: categories[{i}]")
                       for i, c in enumerate(_list(top, "categories", source, need)))
    referents = tuple(_referent(r, source, i) for i, r in enumerate(_list(top, "referents", source, need)))
    languages = tuple(_text(lang, f"{source}: languages") for lang in _list(top, "languages", source, need))
    lexicon = Lexicon(
        pack=_text(top.get("pack", "custom" if partial else None), f"{source}: pack"),
        version=_text(top.get("version", "custom" if partial else None), f"{source}: version"),
        title=_text(top.get("title", source if partial else None), f"{source}: title"),
        description=_text(top.get("description", ""), f"{source}: description"),
        languages=languages or _used_languages(referents),
        poles=poles,
        categories=categories,
        referents=referents,
        source=source,
    )
    _check_unique(lexicon, source)
    if not partial:
        check_references(lexicon, source=source)
    return lexicon


def check_references(lexicon: Lexicon, *, source: str) -> None:
    """Raise ``LexiconError`` for an unknown pole, category or language, or a form used twice."""
    poles, categories = {p.id for p in lexicon.poles}, {c.id for c in lexicon.categories}
    seen: dict[tuple[str, str], str] = {}
    for r in lexicon.referents:
        if r.category not in categories:
            raise LexiconError(f"{source}: referent {r.id!r}: unknown category {r.category!r} "
                               f"(known: {', '.join(sorted(categories))})")
        for v in r.variants:
            for u in v.usages:
                where = f"{source}: referent {r.id!r}, variant {v.id!r}, language {u.language!r}"
                if u.language not in lexicon.languages:
                    raise LexiconError(f"{where}: language not declared in languages")
                if u.pole not in poles:
                    raise LexiconError(f"{where}: unknown pole {u.pole!r} (known: {', '.join(sorted(poles))})")
                for form in u.forms:
                    owner = seen.setdefault((u.language, form_key(form)), f"{r.id}/{v.id}")
                    if owner != f"{r.id}/{v.id}":
                        raise LexiconError(f"{where}: form {form!r} is already a form of {owner}")


def _check_unique(lexicon: Lexicon, source: str) -> None:
    for kind, items in (("pole", lexicon.poles), ("category", lexicon.categories),
                        ("referent", lexicon.referents)):
        _no_duplicates([i.id for i in items], f"{source}: duplicate {kind} id")
    for r in lexicon.referents:
        _no_duplicates([v.id for v in r.variants], f"{source}: referent {r.id!r}: duplicate variant id")


def _no_duplicates(ids: list[str], message: str) -> None:
    seen: set[str] = set()
    for item in ids:
        if item in seen:
            raise LexiconError(f"{message} {item!r}")
        seen.add(item)


def _used_languages(referents: tuple[Referent, ...]) -> tuple[str, ...]:
    return tuple(sorted({u.language for r in referents for v in r.variants for u in v.usages}))


# --- field validation ---------------------------------------------------------

def _pole(data: Any, where: str) -> Pole:
    item = _mapping(data, where)
    sign = item.get("sign")
    if isinstance(sign, bool) or sign not in SIGNS:
        raise LexiconError(f"{where}: sign must be one of -1, 0, 1 (got {sign!r})")
    return Pole(_ident(item, where), _text(item.get("label"), f"{where}: label"), sign,
                _text(item.get("description", ""), f"{where}: description"))


def _category(data: Any, where: str) -> Category:
    item = _mapping(data, where)
    return Category(_ident(item, where), _text(item.get("label"), f"{where}: label"),
                    _text(item.get("description", ""), f"{where}: description"))


def _referent(data: Any, source: str, index: int) -> Referent:
    item = _mapping(data, f"{source}: referents[{index}]")
    ref_id = _ident(item, f"{source}: referents[{index}]")
    where = f"{source}: referent {ref_id!r}"
    variants = item.get("variants")
    if not isinstance(variants, list) or not variants:
        raise LexiconError(f"{where}: variants must be a non-empty list")
    return Referent(
        id=ref_id,
        category=_text(item.get("category"), f"{where}: category"),
        label=_text(item.get("label"), f"{where}: label"),
        variants=tuple(_variant(v, where, i) for i, v in enumerate(variants)),
        explanation=_text(item.get("explanation", ""), f"{where}: explanation"),
        sources=_texts(item.get("sources", []), f"{where}: sources"),
    )


def _variant(data: Any, parent: str, index: int) -> Variant:
    item = _mapping(data, f"{parent}, variants[{index}]")
    var_id = _ident(item, f"{parent}, variants[{index}]")
    where = f"{parent}, variant {var_id!r}"
    usages = []
    for key, value in item.items():
        if key in _VARIANT_FIELDS:
            continue
        if not (isinstance(key, str) and len(key) == 2 and key.isalpha() and key.islower()):
            raise LexiconError(f"{where}: unknown field {key!r} (expected a language code "
                               f"or one of {', '.join(sorted(_VARIANT_FIELDS))})")
        usages.append(_usage(value, key, f"{where}, language {key!r}"))
    if not usages:
        raise LexiconError(f"{where}: no language entry (e.g. en: {{pole: ..., weight: ..., forms: [...]}})")
    return Variant(
        id=var_id,
        label=_text(item.get("label"), f"{where}: label"),
        usages=tuple(usages),
        exclude=_texts(item.get("exclude", []), f"{where}: exclude"),
        explanation=_text(item.get("explanation", ""), f"{where}: explanation"),
        sources=_texts(item.get("sources", []), f"{where}: sources"),
    )


def _usage(data: Any, language: str, where: str) -> Usage:
    item = _mapping(data, where)
    if unknown := sorted(set(map(str, item)) - _USAGE_FIELDS):
        raise LexiconError(f"{where}: unknown field {unknown[0]!r}")
    forms = _texts(item.get("forms"), f"{where}: forms")
    if not forms:
        raise LexiconError(f"{where}: forms must be a non-empty list")
    for form in forms:
        check_form(form, where)
    periods = tuple(_period(p, f"{where}, periods[{i}]") for i, p in enumerate(_list(item, "periods", where, False)))
    check_periods(periods, where)
    return Usage(language, _text(item.get("pole"), f"{where}: pole"),
                 checked_weight(item.get("weight"), where), forms,
                 _texts(item.get("exclude", []), f"{where}: exclude"), periods,
                 _text(item.get("explanation", ""), f"{where}: explanation"))


def _period(data: Any, where: str) -> Period:
    item = _mapping(data, where)
    if unknown := sorted(set(map(str, item)) - _PERIOD_FIELDS):
        raise LexiconError(f"{where}: unknown field {unknown[0]!r} (expected since, until, weight)")
    return Period(checked_weight(item.get("weight"), where), _day(item.get("since"), f"{where}: since"),
                  _day(item.get("until"), f"{where}: until"))


def _day(value: Any, where: str) -> str | None:
    """Return a period bound as ``YYYY-MM-DD`` text (YAML reads an unquoted date as a date)."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value.isoformat()
    raise LexiconError(f"{where}: expected a date YYYY-MM-DD, got {value!r}")


def check_form(form: str, where: str) -> None:
    """Raise ``LexiconError`` unless ``form`` has a word and ``*`` only at its very end."""
    if not any(c.isalnum() for c in form):
        raise LexiconError(f"{where}: form {form!r} has no letters")
    if "*" in form.rstrip("*") or form.endswith("**") or form.rstrip("*") != form.rstrip("*").rstrip():
        raise LexiconError(f"{where}: form {form!r}: '*' is only allowed at the end of the last word")


def checked_weight(value: Any, where: str) -> float:
    """Return ``value`` as a weight, or raise ``LexiconError`` naming ``where``."""
    if not isinstance(value, bool) and isinstance(value, int | float) and float(value) in WEIGHTS:
        return float(value)
    raise LexiconError(f"{where}: weight must be one of 0, 0.25, 0.5, 1 (got {value!r})")


def _mapping(data: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(data, Mapping):
        raise LexiconError(f"{where}: expected a mapping, got {type(data).__name__}")
    return data


def _list(top: Mapping[str, Any], key: str, source: str, required: bool) -> list[Any]:
    value = top.get(key)
    if value is None and not required:
        return []
    if not isinstance(value, list) or (required and not value):
        raise LexiconError(f"{source}: {key} must be a non-empty list")
    return value


def _ident(item: Mapping[str, Any], where: str) -> str:
    value = _text(item.get("id"), f"{where}: id")
    if not value or value != value.strip() or any(c.isspace() for c in value):
        raise LexiconError(f"{where}: id must be a non-empty word without spaces (got {value!r})")
    return value


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str):
        raise LexiconError(f"{where}: expected text, got {value!r}")
    return value


def _texts(value: Any, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise LexiconError(f"{where}: expected a list of non-empty texts, got {value!r}")
    return tuple(value)
