"""Sort into zones: each use of a contested term, placed as own words, quoted or distanced.

After Checkology's "InfoZones" sorting exercise. The right zone of an item is
the term's ``voice`` as ``framing.terminology.voice`` decides it; the feedback
gives that module's rule in plain words, with the sentence. The ``reported``
zone is offered only when the voice module defines ``REPORTED``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from framing.present.lessons.mask import Masked
from framing.present.lessons.model import Lesson
from framing.terminology import voice as voice_module
from framing.text.sentences import split_sentences

__all__ = ["RULES", "ZONE_LABELS", "ZoneItem", "ZoneScore", "zone_items", "zone_score", "zones"]

ZONE_LABELS = {
    "author": "the outlet's own words",
    "quoted": "quoted (someone else's words)",
    "distanced": "kept at a distance",
    "reported": "reported speech",
}
RULES = {
    "author": "No quotation marks and no distancing phrase around it: the outlet uses the word itself.",
    "quoted": "It is inside a quotation of a speaker: the words are the speaker's, not the outlet's.",
    "distanced": ("It is in scare quotes or next to a phrase such as “so-called” or “what Moscow calls”: "
                  "the outlet shows the word is someone else's label."),
    "reported": "It is in reported speech (“X said that …”): the outlet passes on someone else's wording.",
}


def zones() -> tuple[str, ...]:
    """Return the zones on offer: author, quoted, distanced, and reported when the voice module has it."""
    reported = getattr(voice_module, "REPORTED", None)
    return ("author", "quoted", "distanced", *((reported,) if reported else ()))


@dataclass(frozen=True, slots=True)
class ZoneItem:
    """One card: the article label, the (masked) sentence, the term's span in it, the right zone."""

    label: str
    sentence: str
    start: int
    end: int
    term: str
    zone: str


@dataclass(frozen=True, slots=True)
class ZoneScore:
    """Answers given, how many were right, and the feedback line of each answer."""

    answered: int
    right: int
    feedback: tuple[str, ...]


def zone_items(lesson: Lesson, *, mask: Callable[[str], Masked], per_article: int = 4) -> tuple[ZoneItem, ...]:
    """Return up to ``per_article`` cards per article, one per distinct (term, zone), taken zone by
    zone in turn (so a class meets every zone the article has), then shown in text order.

    Each card's sentence is masked with ``mask`` (``lesson_masker``); a term inside a mask (a
    dateline's place name) is skipped, and so are zones not on offer (``zones()``)."""
    offered = zones()
    items: list[ZoneItem] = []
    for article in lesson.articles:
        spans = [(s.start, s.end) for s in split_sentences(article.text)]
        by_zone: dict[str, list[tuple[int, ZoneItem]]] = {zone: [] for zone in offered}
        seen: set[tuple[str, str]] = set()
        for hit in article.terms:
            key = (hit.text.lower(), hit.voice)
            if hit.voice not in by_zone or key in seen:
                continue
            card = _card(article.label, article.text, hit, spans, mask)
            if card is not None:
                by_zone[hit.voice].append((hit.start, card))
                seen.add(key)
        chosen: list[tuple[int, ZoneItem]] = []
        queues = [queue for queue in by_zone.values() if queue]
        while queues and len(chosen) < per_article:
            chosen.append(queues[0].pop(0))
            queues = [*queues[1:], queues[0]] if queues[0] else queues[1:]
        items += [card for _, card in sorted(chosen, key=lambda c: c[0])]
    return tuple(items)


def _card(label: str, text: str, hit, spans, mask: Callable[[str], Masked]) -> ZoneItem | None:
    sentence = next(((a, b) for a, b in spans if a <= hit.start and hit.end <= b), None)
    if sentence is None:
        return None
    blind = mask(text[sentence[0]:sentence[1]])
    moved = blind.span(hit.start - sentence[0], hit.end - sentence[0])
    if moved is None:
        return None
    return ZoneItem(label, blind.text, moved[0], moved[1], hit.text, hit.voice)


def zone_score(items: Sequence[ZoneItem], answers: Sequence[str | None]) -> ZoneScore:
    """Return the score of ``answers`` (one per item, None = not answered) with feedback lines:
    "Right"/"Not quite", the right zone and its rule."""
    feedback, right, answered = [], 0, 0
    for item, answer in zip(items, answers, strict=False):
        if answer is None:
            continue
        answered += 1
        ok = answer == item.zone
        right += ok
        verdict = "Right" if ok else f"Not quite: you chose {ZONE_LABELS.get(answer, answer)}"
        feedback.append(f"{verdict}. “{item.term}” is {ZONE_LABELS[item.zone]}. {RULES[item.zone]}")
    return ZoneScore(answered, right, tuple(feedback))
