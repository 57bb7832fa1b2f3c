"""The printable worksheet (masked articles, numbered lines, questions) and its answer key.

Both are standalone HTML pages with print CSS, so the browser's "Print → PDF"
gives clean pages: one article per page, line numbers in the margin, no
colour needed (voices are also told apart by underline style and a letter).
Every text from the lesson is escaped before markup is added.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Callable

from framing.present.highlight import article_html
from framing.present.lessons.mask import Masked, lesson_masker
from framing.present.lessons.model import ACTIVITIES, Lesson, LessonArticle
from framing.present.lessons.zones import ZoneItem

__all__ = ["LINE_WIDTH", "SCREEN_CSS", "answer_key_html", "blind_article_html", "numbered_lines",
           "worksheet_html", "zone_card_html"]

LINE_WIDTH = 80
_CSS = """
body { font-family: Georgia, 'Times New Roman', serif; max-width: 46rem; margin: 2rem auto; color: #111; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
ol.fr-lines { font-family: 'DejaVu Sans Mono', monospace; font-size: 0.85rem; line-height: 1.6; padding-left: 3.2em; }
ol.fr-lines li { white-space: pre-wrap; }
ol.fr-lines li::marker { color: #666; }
ol.fr-lines li.fr-para:not(:first-child) { margin-top: 0.8em; }
.fr-answer { border-bottom: 1px solid #999; height: 1.8em; }
table.fr-figures { border-collapse: collapse; } table.fr-figures td, table.fr-figures th { border: 1px solid #999; padding: 0.2em 0.6em; }
@media print {
  body { margin: 0; max-width: none; }
  section.fr-article-page { break-after: page; }
  a { color: inherit; text-decoration: none; }
}
"""

# The same look on screen (inside the dashboard) as on paper.
SCREEN_CSS = ("<style>" + _CSS.split("@media print")[0].replace("body {", ".fr-sheet {")
              + ".fr-card { border: 1px solid #bbb; border-radius: 6px; padding: 0.8em 1em; }"
              ".fr-card-label { font-size: 0.8em; color: #555; }"
              ".fr-card-term { background: #ffe08a; font-weight: 700; padding: 0 3px; }"
              "ol.fr-lines { max-height: 32rem; overflow-y: auto; }</style>")


def numbered_lines(text: str, *, width: int = LINE_WIDTH) -> list[tuple[str, bool]]:
    """Return the text as printed lines, each with whether it opens a paragraph (paragraphs
    wrapped at ``width``; blank lines are spacing, not numbered lines)."""
    lines: list[tuple[str, bool]] = []
    for paragraph in text.split("\n\n"):
        if paragraph.strip():
            wrapped = textwrap.wrap(paragraph.replace("\n", " "), width=width)
            lines += [(line, i == 0) for i, line in enumerate(wrapped)]
    return lines


def worksheet_html(lesson: Lesson) -> str:
    """Return the students' worksheet: the masked articles with numbered lines, then the questions."""
    mask = lesson_masker(lesson)
    parts = [_head(f"Worksheet — {lesson.title}"),
             f"<h1>{_e(lesson.title)}</h1><p>{_e(ACTIVITIES[lesson.activity])}. Name: ____________________</p>"]
    for article in lesson.articles:
        parts.append(blind_article_html(article, mask))
    parts.append('<section class="fr-questions"><h2>Questions</h2><ol>')
    parts += [f'<li>{_e(q)}<div class="fr-answer"></div><div class="fr-answer"></div></li>' for q in lesson.questions]
    parts.append("</ol></section></body></html>")
    return "".join(parts)


def blind_article_html(article: LessonArticle, mask: Callable[[str], Masked]) -> str:
    """Return one masked article as a page section: its label, date, language, numbered lines."""
    lines = numbered_lines(mask(article.text).text)
    body = "".join(f'<li class="fr-para">{_e(line)}</li>' if opens else f"<li>{_e(line)}</li>"
                   for line, opens in lines)
    meta = ", ".join(x for x in (article.date, article.language) if x)
    return (f'<section class="fr-article-page"><h2>{_e(article.label)}</h2><p>{_e(meta)}</p>'
            f'<ol class="fr-lines">{body}</ol></section>')


def answer_key_html(lesson: Lesson) -> str:
    """Return the answer key: outlets, frozen figures and each article with its evidence marked."""
    snap = lesson.snapshot
    signs = {p.id: p.sign for p in snap.poles}
    labels = {p.id: p.label for p in snap.poles}
    rows = "".join(
        f"<tr><td>{_e(a.label)}</td><td>{_e(a.outlet or 'unknown outlet')}</td>"
        f"<td>{_index(a.terminology_index)}</td><td>{a.terminology_hits:g}</td></tr>"
        for a in lesson.articles
    )
    parts = [
        _head(f"Answer key — {lesson.title}"),
        f"<h1>Answer key — {_e(lesson.title)}</h1>",
        '<section class="fr-key-figures"><h2>Outlets and figures</h2>',
        '<table class="fr-figures"><tr><th>article</th><th>outlet</th><th>terminology index</th>'
        f"<th>weighted hits</th></tr>{rows}</table>",
        f"<p>Frozen with lexicon {_e(snap.lexicon_version)} (fingerprint {_e(snap.fingerprint)}); "
        f"analysers: {_e(', '.join(f'{k} {v}' for k, v in snap.versions.items() if v))}.</p>"
        "<p>The index runs from −1 (only Ukrainian/Western wording in the outlet's own voice) to +1 "
        "(only Kremlin wording); quoted and distanced uses do not count.</p></section>",
    ]
    for article in lesson.articles:
        evidence = article_html(article.text, terms=[t.to_dict() for t in article.terms],
                                quotes=[q.to_dict() for q in article.quotes], pole_signs=signs,
                                pole_labels=labels, title=article.title)
        parts.append(f'<section class="fr-article-page fr-key-article"><h2>{_e(article.label)}: '
                     f'{_e(article.outlet or "unknown outlet")}</h2>{evidence}</section>')
    parts.append("</body></html>")
    return "".join(parts)


def zone_card_html(item: ZoneItem) -> str:
    """Return a zone card: the (masked) sentence, escaped, with the term to sort marked."""
    before, term, after = (item.sentence[:item.start], item.sentence[item.start:item.end],
                           item.sentence[item.end:])
    return (f'<div class="fr-card"><span class="fr-card-label">{_e(item.label)}</span><p>{_e(before)}'
            f'<mark class="fr-card-term">{_e(term)}</mark>{_e(after)}</p></div>')


def _index(value: float | None) -> str:
    return "—" if value is None else f"{value:+.2f}"


def _head(title: str) -> str:
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{_e(title)}</title>'
            f"<style>{_CSS}</style></head><body>")


def _e(text: str | None) -> str:
    return html.escape(text or "")
