"""User additions to a lexicon: custom terms from a CSV or YAML file, and merging.

A CSV has the columns ``referent,variant,language,form,pole,weight,category,
explanation,source``; each row adds one form. A row may create a new referent
(then ``category`` is required) or variant (then ``pole`` and ``weight`` are),
or add a form to an existing one, whose pole and weight it inherits when left
blank. Rows are numbered as in a spreadsheet: the header is row 1.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path
from typing import IO, Any

from framing.terminology.lexicon import (
    check_form,
    check_references,
    lexicon_from_dict,
    read_yaml,
)
from framing.terminology.model import (
    WEIGHTS,
    Lexicon,
    LexiconError,
    Pole,
    Referent,
    Usage,
    Variant,
)
from framing.terminology.normalize import form_key

__all__ = ["CSV_COLUMNS", "custom_terms_from_csv", "custom_terms_from_yaml", "merge_lexicons"]

CSV_COLUMNS = ("referent", "variant", "language", "form", "pole", "weight", "category",
               "explanation", "source")
_REQUIRED = ("referent", "variant", "language", "form")

Source = str | Path | IO[str] | IO[bytes]


def custom_terms_from_csv(source: Source, *, base: Lexicon | None = None) -> Lexicon:
    """Return the custom terms in a CSV file or buffer as a (partial) lexicon.

    With ``base``, poles, categories and languages are checked against it row
    by row and blank pole/weight/category are inherited from its entries.
    Merge the result with ``merge_lexicons(base, extra)``.
    """
    name, text = _read_source(source, default_name="custom.csv")
    reader = csv.DictReader(io.StringIO(text))
    columns = [c.strip().lower() for c in reader.fieldnames or []]
    if missing := [c for c in _REQUIRED if c not in columns]:
        raise LexiconError(f"{name}: missing column(s) {', '.join(missing)} "
                           f"(expected {','.join(CSV_COLUMNS)})")
    if unknown := [c for c in columns if c not in CSV_COLUMNS]:
        raise LexiconError(f"{name}: unknown column {unknown[0]!r} (expected {','.join(CSV_COLUMNS)})")
    reader.fieldnames = columns
    builder = _Builder(name, base)
    for row in reader:
        if any((v or "").strip() for v in row.values() if isinstance(v, str)):
            builder.add({k: (v or "").strip() for k, v in row.items() if isinstance(k, str)},
                        reader.line_num)
    return builder.lexicon()


def custom_terms_from_yaml(source: Source, *, base: Lexicon | None = None) -> Lexicon:
    """Return the custom terms in a YAML file (the pack schema; pack-level fields optional).

    With ``base``, references to poles and categories are checked now.
    """
    name, text = _read_source(source, default_name="custom.yaml")
    extra = lexicon_from_dict(read_yaml(text, source=name), source=name, partial=True)
    if not extra.referents:
        raise LexiconError(f"{name}: no referents")
    if base is not None:
        merge_lexicons(base, extra)
    return extra


def merge_lexicons(base: Lexicon, extra: Lexicon) -> Lexicon:
    """Return ``base`` with the poles, categories, referents, variants and forms of ``extra`` added.

    Where both define a variant in one language, the forms are united and
    ``extra``'s pole and weight win (a user's reclassification). Errors name
    ``extra``'s source.
    """
    poles = list(base.poles)
    for pole in extra.poles:
        known = next((p for p in poles if p.id == pole.id), None)
        if known is None:
            poles.append(pole)
        elif known.sign != pole.sign:
            raise LexiconError(f"{extra.source}: pole {pole.id!r} has sign {pole.sign}, "
                               f"but {base.source or base.pack} gives it {known.sign}")
    categories = list(base.categories) + [
        c for c in extra.categories if c.id not in {k.id for k in base.categories}]
    referents = {r.id: r for r in base.referents}
    for ref in extra.referents:
        old = referents.get(ref.id)
        referents[ref.id] = ref if old is None else Referent(
            old.id, old.category, old.label, _merged_variants(old.variants, ref.variants),
            old.explanation, old.sources)
    merged = Lexicon(
        pack=base.pack,
        version=f"{base.version}+custom",
        title=base.title,
        languages=tuple(dict.fromkeys(base.languages + extra.languages)),
        poles=tuple(poles),
        categories=tuple(categories),
        referents=tuple(referents.values()),
        description=base.description,
        source=f"{base.source or base.pack} + {extra.source}",
    )
    check_references(merged, source=extra.source)
    return merged


def _merged_variants(old: tuple[Variant, ...], new: tuple[Variant, ...]) -> tuple[Variant, ...]:
    variants = {v.id: v for v in old}
    for var in new:
        was = variants.get(var.id)
        if was is None:
            variants[var.id] = var
            continue
        usages = {u.language: u for u in was.usages}
        for use in var.usages:
            prior = usages.get(use.language)
            usages[use.language] = use if prior is None else Usage(
                use.language, use.pole, use.weight, _united(prior.forms, use.forms),
                _united(prior.exclude, use.exclude))
        variants[var.id] = Variant(was.id, was.label, tuple(usages.values()),
                                   _united(was.exclude, var.exclude),
                                   was.explanation or var.explanation,
                                   _united(was.sources, var.sources))
    return tuple(variants.values())


def _united(first: tuple[str, ...], second: tuple[str, ...]) -> tuple[str, ...]:
    """Return ``first`` then the items of ``second`` whose form key is new."""
    keys = {form_key(x) for x in first}
    return first + tuple(x for x in second if form_key(x) not in keys)


class _Builder:
    """Accumulates CSV rows into the nested pack schema, checking each row."""

    def __init__(self, name: str, base: Lexicon | None) -> None:
        self.name, self.base = name, base
        self.referents: dict[str, dict[str, Any]] = {}

    def add(self, row: Mapping[str, str], line: int) -> None:
        where = f"{self.name} row {line}"
        for column in _REQUIRED:
            if not row.get(column):
                raise LexiconError(f"{where}: {column} is required")
        ref_id, var_id, form = row["referent"], row["variant"], row["form"]
        language = row["language"].lower()
        self._check_language(language, where)
        check_form(form, where)
        base_ref, base_var, base_use = self._in_base(ref_id, var_id, language)
        if ref_id not in self.referents:
            self.referents[ref_id] = {
                "id": ref_id, "label": base_ref.label if base_ref else ref_id,
                "category": self._category(row.get("category", ""), base_ref, where),
                "variants": {}}
        ref = self.referents[ref_id]
        var = ref["variants"].setdefault(var_id, {
            "id": var_id, "label": base_var.label if base_var else form, "usages": {},
            "explanation": row.get("explanation", ""), "sources": []})
        if source := row.get("source", ""):
            var["sources"].append(source)
        use = var["usages"].get(language)
        pole = row.get("pole", "") or (use or {}).get("pole") or (base_use.pole if base_use else "")
        weight = _weight(row.get("weight", ""), where)
        if weight is None:
            weight = (use or {}).get("weight", base_use.weight if base_use else None)
        if not pole or weight is None:
            raise LexiconError(f"{where}: pole and weight are required for a new term "
                               f"({ref_id}/{var_id} has no {language!r} entry to inherit from)")
        self._check_pole(pole, where)
        if use and (use["pole"], use["weight"]) != (pole, weight):
            raise LexiconError(f"{where}: pole/weight {pole}/{weight:g} contradict "
                               f"{use['pole']}/{use['weight']:g} given on an earlier row")
        use = var["usages"].setdefault(language, {"pole": pole, "weight": weight, "forms": []})
        use["forms"].append(form)

    def lexicon(self) -> Lexicon:
        if not self.referents:
            raise LexiconError(f"{self.name}: no custom terms")
        base = self.base
        referents = [
            {**ref, "variants": [
                {"id": v["id"], "label": v["label"], "explanation": v["explanation"],
                 "sources": v["sources"], **v["usages"]}
                for v in ref["variants"].values()]}
            for ref in self.referents.values()]
        data: dict[str, Any] = {"pack": "custom", "version": "custom", "title": self.name,
                                "referents": referents}
        if base is not None:
            data |= {"languages": list(base.languages),
                     "poles": [_pole_dict(p) for p in base.poles],
                     "categories": [{"id": c.id, "label": c.label} for c in base.categories]}
        extra = lexicon_from_dict(data, source=self.name, partial=True)
        if base is not None:
            check_references(extra, source=self.name)
        return extra

    def _in_base(self, ref_id: str, var_id: str, language: str) -> tuple[Any, Any, Any]:
        try:
            ref = self.base.referent(ref_id) if self.base else None
        except KeyError:
            ref = None
        var = next((v for v in ref.variants if v.id == var_id), None) if ref else None
        return ref, var, var.usage(language) if var else None

    def _check_language(self, language: str, where: str) -> None:
        if not (len(language) == 2 and language.isalpha()):
            raise LexiconError(f"{where}: language must be a two-letter code like en or fr "
                               f"(got {language!r})")
        if self.base and language not in self.base.languages:
            raise LexiconError(f"{where}: language {language!r} is not in pack "
                               f"{self.base.pack} ({', '.join(self.base.languages)})")

    def _category(self, category: str, base_ref: Referent | None, where: str) -> str:
        if base_ref is not None:
            return base_ref.category
        if self.base is None:
            return category  # an existing referent's category is kept when merging
        if not category:
            raise LexiconError(f"{where}: category is required for a new referent")
        if self.base and category not in {c.id for c in self.base.categories}:
            known = ", ".join(c.id for c in self.base.categories)
            raise LexiconError(f"{where}: unknown category {category!r} (known: {known})")
        return category

    def _check_pole(self, pole: str, where: str) -> None:
        if self.base and pole not in {p.id for p in self.base.poles}:
            known = ", ".join(p.id for p in self.base.poles)
            raise LexiconError(f"{where}: unknown pole {pole!r} (known: {known})")


def _pole_dict(pole: Pole) -> dict[str, Any]:
    return {"id": pole.id, "label": pole.label, "sign": pole.sign, "description": pole.description}


def _weight(value: str, where: str) -> float | None:
    if not value:
        return None
    try:
        weight = float(value)
    except ValueError:
        weight = None
    if weight not in WEIGHTS:
        raise LexiconError(f"{where}: weight must be one of 0, 0.25, 0.5, 1 (got {value!r})")
    return weight


def _read_source(source: Source, *, default_name: str) -> tuple[str, str]:
    """Return ``(file name, text)`` for a path or an open (text or binary) buffer."""
    if isinstance(source, str | Path):
        path = Path(source)
        try:
            raw: str | bytes = path.read_bytes()
        except OSError as exc:
            raise LexiconError(f"{path.name}: cannot open ({exc.strerror or exc})") from exc
        name = path.name
    else:
        raw = source.read()
        name = Path(str(getattr(source, "name", "") or default_name)).name
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise LexiconError(f"{name}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    return name, raw.lstrip("\ufeff")
