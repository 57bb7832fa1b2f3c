"""Article text as safe HTML with its evidence marked: terms by pole and voice, quotes by speaker.

Every piece of article text is escaped with ``html.escape`` before any markup
is added, so an article containing ``<script>`` or ``<img onerror=…>`` is shown
as text and runs nothing. Colour is never the only carrier of meaning: each
term carries a pole letter and a voice style (solid, dotted, struck-through)
and a tooltip in words.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from framing.present.colours import POLE_COLOURS

VOICE_LABELS = {
    "author": "the outlet's own words",
    "quoted": "inside a quotation of someone else",
    "distanced": "distanced (scare quotes, “so-called”…)",
    "reported": "in reported speech (someone else's words, not quoted)",
}

STYLE = """
<style>
.fr-article { line-height: 1.65; font-size: 1rem; }
.fr-article p { margin: 0 0 0.8em 0; }
.fr-article p.fr-title { font-weight: 700; font-size: 1.1rem; }
.fr-term { padding: 0 2px; border-radius: 3px; }
.fr-term sup { font-size: 0.65em; font-weight: 700; margin-left: 1px; }
.fr-voice-author { color: #fff; }
.fr-voice-quoted { background: transparent !important; border-bottom: 3px dotted; }
.fr-voice-reported { background: transparent !important; border-bottom: 3px dashed; }
.fr-voice-distanced { background: transparent !important; text-decoration: line-through; text-decoration-thickness: 2px; border: 1px dashed; }
.fr-quote { background: #f3f0e6; border-bottom: 1px solid #b5a97a; }
.fr-speaker { font-size: 0.75em; color: #5a4e1f; font-weight: 600; margin-left: 2px; }
</style>
""".strip()


@dataclass(frozen=True, slots=True)
class _Mark:
    start: int
    end: int
    kind: str  # "term" | "quote"
    data: Mapping


def article_html(
    text: str,
    *,
    terms: Sequence[Mapping] = (),
    quotes: Sequence[Mapping] = (),
    pole_signs: Mapping[str, int] | None = None,
    pole_labels: Mapping[str, str] | None = None,
    title: str | None = None,
) -> str:
    """Return the article as escaped HTML paragraphs with terms and quotes marked.

    Terms are ``<mark>`` elements styled by pole (colour + letter) and voice
    (solid = author, dotted underline = quoted, struck through = distanced);
    quotes are shaded spans followed by the speaker's name. Marks with invalid
    offsets are ignored rather than trusted. The first paragraph is styled as
    the title when it equals ``title``.
    """
    signs = dict(pole_signs or {})
    labels = dict(pole_labels or {})
    marks = [_Mark(int(t["start"]), int(t["end"]), "term", t) for t in terms]
    marks += [_Mark(int(q["start"]), int(q["end"]), "quote", q) for q in quotes]
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    pieces: list[str] = []
    for start, end in _paragraph_spans(text):
        body = _marked(text, start, end, marks, signs, labels)
        is_title = title is not None and text[start:end] == title
        pieces.append(f'<p class="fr-title">{body}</p>' if is_title else f"<p>{body}</p>")
    return STYLE + '<div class="fr-article">' + "".join(pieces) + "</div>"


def _paragraph_spans(text: str) -> list[tuple[int, int]]:
    spans, start = [], 0
    while start < len(text):
        cut = text.find("\n\n", start)
        end = len(text) if cut == -1 else cut
        if text[start:end].strip():
            spans.append((start, end))
        start = end + 2
    return spans


def _marked(
    text: str, start: int, end: int, marks: list[_Mark], signs: Mapping[str, int], labels: Mapping[str, str]
) -> str:
    """Return escaped HTML for text[start:end] with the marks that fall inside it.

    Quotes may contain terms; a quote crossing a paragraph break is shaded in
    each paragraph it covers. Boundaries are collected and each segment is
    escaped on its own, so markup never splits an escape sequence.
    """
    inside = [m for m in marks if m.start < end and m.end > start]
    cuts = sorted({start, end, *(max(start, m.start) for m in inside), *(min(end, m.end) for m in inside)})
    out: list[str] = []
    for a, b in itertools.pairwise(cuts):
        segment = html.escape(text[a:b]).replace("\n", "<br>")
        covering = [m for m in inside if m.start <= a and m.end >= b]
        term = next((m for m in covering if m.kind == "term"), None)
        quote = next((m for m in covering if m.kind == "quote"), None)
        if term:
            segment = _term_html(segment, term.data, signs, labels, closes=b == min(end, term.end))
        if quote:
            segment = f'<span class="fr-quote">{segment}</span>'
            if b == quote.end:
                segment += _speaker_html(quote.data)
        out.append(segment)
    return "".join(out)


def _term_html(
    segment: str, term: Mapping, signs: Mapping[str, int], labels: Mapping[str, str], *, closes: bool
) -> str:
    pole = str(term.get("pole", ""))
    sign = signs.get(pole, 0)
    colour = POLE_COLOURS.get(sign, POLE_COLOURS[0])
    voice = str(term.get("voice", "author"))
    label = labels.get(pole, pole)
    tip = (
        f"{term.get('term', '')} — {label}; {VOICE_LABELS.get(voice, voice)}; "
        f"weight {term.get('weight', '')}; category {term.get('category', '')}"
    )
    letter = html.escape(label[:1].upper()) if closes and label else ""
    style = f"background:{colour};border-color:{colour};color:{colour if voice != 'author' else '#fff'}"
    return (
        f'<mark class="fr-term fr-voice-{html.escape(voice)}" style="{style}" '
        f'title="{html.escape(tip, quote=True)}">{segment}{f"<sup>{letter}</sup>" if letter else ""}</mark>'
    )


def _speaker_html(quote: Mapping) -> str:
    speaker = quote.get("speaker") or "speaker unknown"
    kind = quote.get("kind", "direct")
    return f'<span class="fr-speaker" title="{html.escape(str(kind))} quote">[{html.escape(str(speaker))}]</span>'
