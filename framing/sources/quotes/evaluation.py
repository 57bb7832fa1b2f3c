"""Scoring quote extraction and speaker attribution against hand-annotated text.

A gold file (YAML) lists documents — ``id``, ``language``, ``date``, ``text``
— and their quotes: the quoted content, given as an exact substring (``text``,
with ``occurrence`` when it appears more than once) or as the span from the
start of ``from`` to the end of ``to``; its ``kind`` (direct, indirect, mixed)
and its ``speaker`` (the canonical name, or null when no one can be named).

Predicted and gold quotes are paired one to one, largest overlap first; a pair
counts when the two content spans overlap by at least half of the shorter one
(a partial match, the lenient setting of quote-extraction evaluations such as
the Gender Gap Tracker's, Asr et al. 2021, and PARC's, Pareti 2016). Quote F1
is over those pairs; speaker accuracy is the share of matched pairs whose
speakers agree (null = null counts as agreement: naming no one where the text
names no one is right); kind accuracy likewise.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import NamedTuple

from framing.resources import read_yaml

__all__ = [
    "GoldDocument",
    "GoldError",
    "GoldQuote",
    "Pair",
    "Scores",
    "content_span",
    "load_gold",
    "match_quotes",
    "score",
]

KINDS = ("direct", "indirect", "mixed")
# A pair counts when the spans share at least this share of the shorter one.
MIN_OVERLAP = 0.5


class GoldError(ValueError):
    """A gold file is malformed; the message names the file, the document and the quote."""


class GoldQuote(NamedTuple):
    """One annotated quote: ``text[start:end]`` is its content."""

    start: int
    end: int
    kind: str
    speaker: str | None


class GoldDocument(NamedTuple):
    """One annotated text."""

    id: str
    language: str
    date: str | None
    text: str
    quotes: tuple[GoldQuote, ...]
    style: str = ""


class Pair(NamedTuple):
    """A gold quote and the prediction matched to it (either may be None when unmatched)."""

    document: str
    gold: GoldQuote | None
    predicted: dict | None


@dataclass(frozen=True)
class Scores:
    """Counts and rates of one evaluation (see the module docstring)."""

    gold: int
    predicted: int
    matched: int
    speaker_correct: int
    kind_correct: int
    pairs: list[Pair] = field(default_factory=list, repr=False)

    @property
    def precision(self) -> float:
        """Return matched / predicted (1.0 when nothing was predicted)."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Return matched / gold (1.0 when nothing was annotated)."""
        return self.matched / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        """Return the harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        """Return the share of matched quotes whose speaker is right."""
        return self.speaker_correct / self.matched if self.matched else 0.0

    @property
    def kind_accuracy(self) -> float:
        """Return the share of matched quotes whose kind is right."""
        return self.kind_correct / self.matched if self.matched else 0.0


def _span(text: str, spec: dict, where: str) -> tuple[int, int]:
    """Return the content span a gold quote names, or raise ``GoldError``."""
    if isinstance(spec.get("text"), str):
        needle = spec["text"]
        occurrence = int(spec.get("occurrence", 1))
        start = -1
        for _ in range(occurrence):
            start = text.find(needle, start + 1)
            if start < 0:
                raise GoldError(f"{where}: text {needle[:60]!r} (occurrence {occurrence}) not in the document")
        if occurrence == 1 and text.find(needle, start + 1) >= 0:
            raise GoldError(f"{where}: text {needle[:60]!r} occurs more than once; give its occurrence")
        return start, start + len(needle)
    if isinstance(spec.get("from"), str) and isinstance(spec.get("to"), str):
        start = text.find(spec["from"])
        if start < 0 or text.find(spec["from"], start + 1) >= 0:
            raise GoldError(f"{where}: 'from' {spec['from'][:60]!r} must occur exactly once")
        end = text.find(spec["to"], start)
        if end < 0:
            raise GoldError(f"{where}: 'to' {spec['to'][:60]!r} not found after 'from'")
        return start, end + len(spec["to"])
    raise GoldError(f"{where}: a quote needs 'text', or 'from' and 'to'")


def _document(raw: object, where: str) -> GoldDocument:
    if not isinstance(raw, dict) or not isinstance(raw.get("id"), str) or not isinstance(raw.get("text"), str):
        raise GoldError(f"{where}: a document needs an 'id' and a 'text'")
    where = f"{where} ({raw['id']})"
    if raw.get("language") not in ("en", "fr"):
        raise GoldError(f"{where}: language must be en or fr")
    quotes = []
    for i, spec in enumerate(raw.get("quotes") or []):
        here = f"{where}: quote {i + 1}"
        if not isinstance(spec, dict):
            raise GoldError(f"{here}: expected a mapping")
        if spec.get("kind") not in KINDS:
            raise GoldError(f"{here}: kind {spec.get('kind')!r} is not one of {KINDS}")
        speaker = spec.get("speaker")
        if speaker is not None and not isinstance(speaker, str):
            raise GoldError(f"{here}: speaker must be a name or null")
        start, end = _span(raw["text"], spec, here)
        quotes.append(GoldQuote(start, end, spec["kind"], speaker))
    date = raw.get("date")
    return GoldDocument(raw["id"], raw["language"], str(date) if date else None, raw["text"], tuple(quotes),
                        str(raw.get("style") or ""))


def load_gold(path: Path) -> list[GoldDocument]:
    """Return the annotated documents of a gold YAML file (a mapping with a ``documents`` list)."""
    path = Path(path)
    data = read_yaml(path, error=GoldError)
    if not isinstance(data, dict) or not isinstance(data.get("documents"), list):
        raise GoldError(f"{path.name}: expected a mapping with a 'documents' list")
    documents = [_document(raw, f"{path.name}: document {i + 1}") for i, raw in enumerate(data["documents"])]
    ids = [d.id for d in documents]
    if len(set(ids)) != len(ids):
        raise GoldError(f"{path.name}: document ids must be unique")
    return documents


def content_span(text: str, quote: dict) -> tuple[int, int]:
    """Return the content span of a record quote (its ``text`` inside ``start``–``end``)."""
    start, end = quote["start"], quote["end"]
    found = text.find(quote["text"], start, end) if quote["text"] else -1
    return (found, found + len(quote["text"])) if found >= 0 else (start, end)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def match_quotes(document: GoldDocument, predicted: list[dict]) -> list[Pair]:
    """Return gold and predicted quotes paired one to one, largest overlap first (unmatched ones alone)."""
    spans = [content_span(document.text, q) for q in predicted]
    options = []
    for g, gold in enumerate(document.quotes):
        for p, span in enumerate(spans):
            shared = _overlap((gold.start, gold.end), span)
            shorter = min(gold.end - gold.start, span[1] - span[0])
            if shorter > 0 and shared >= MIN_OVERLAP * shorter:
                options.append((shared, g, p))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, g, p in sorted(options, reverse=True):
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append(Pair(document.id, document.quotes[g], predicted[p]))
    pairs += [Pair(document.id, q, None) for i, q in enumerate(document.quotes) if i not in used_gold]
    pairs += [Pair(document.id, None, q) for i, q in enumerate(predicted) if i not in used_pred]
    return pairs


def score(documents: Iterable[GoldDocument], predict: Callable[[GoldDocument], list[dict]]) -> Scores:
    """Return the scores of ``predict`` (document → record quotes) on the gold ``documents``."""
    pairs: list[Pair] = []
    gold = predicted = 0
    for document in documents:
        quotes = predict(document)
        gold += len(document.quotes)
        predicted += len(quotes)
        pairs += match_quotes(document, quotes)
    matched = [p for p in pairs if p.gold is not None and p.predicted is not None]
    return Scores(
        gold=gold,
        predicted=predicted,
        matched=len(matched),
        speaker_correct=sum(p.gold.speaker == p.predicted["speaker"] for p in matched),
        kind_correct=sum(p.gold.kind == p.predicted["kind"] for p in matched),
        pairs=pairs,
    )
