"""A self-contained HTML report of a comparison, to share in class (no server needed).

Figures are embedded with plotly.js inlined once, so the file opens offline;
tables, passages and text are escaped before they are written. Figures keep
their own margins (plotly's automargin), so every tick label shows in full.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import pandas as pd
import plotly.graph_objects as go

_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", sans-serif; max-width: 1100px; margin: 2em auto; color: #222; }
h1 { margin-bottom: 0.2em; } .meta { color: #555; } table { border-collapse: collapse; font-size: 0.9em; }
th, td { border: 1px solid #ccc; padding: 3px 6px; text-align: left; } th { background: #f4f4f4; }
section { margin: 2em 0; } .note { background: #fff7e0; padding: 0.5em 1em; border-left: 4px solid #E69F00; }
.passages { list-style: none; padding: 0; } .passages li { margin: 0.3em 0; }
.passages mark { background: #fde6d2; font-weight: 600; padding: 0 2px; } .src { color: #555; font-size: 0.85em; }
.method p { max-width: 48em; line-height: 1.5; }
"""

# What every score means, in plain words (the Method page says more, with a worked example).
METHOD_SUMMARY = (
    "Terminology index: each contested name in an article's own words (not inside quotations) "
    "counts for one side of the topic pack, strong names count more; the index is their balance, "
    "from −1 to +1, pulled towards 0 when there are few of them.",
    "Sentiment: each sentence is scored with VADER (Hutto & Gilbert 2014) for its emotional vocabulary; "
    "an article's sentiment is the mean over its sentences. It measures tone, not stance.",
    "Who gets a voice: quotations are found from quotation marks and reporting verbs; each speaker's side "
    "comes from a reviewed list of actors. 'Not identified' quotes have no speaker found, or a speaker "
    "not in the list.",
    "Every figure shows how many articles (n) it rests on and a 95% interval; fewer than 5 articles are "
    "not compared, fewer than 20 are to be read with care.",
)


@dataclass(frozen=True, slots=True)
class Section:
    """One part of a report: a heading and a figure, a table or a paragraph (or several)."""

    heading: str
    text: str = ""
    figure: go.Figure | None = None
    table: pd.DataFrame | None = None
    passages: pd.DataFrame | None = None  # columns ``source``, ``left``, ``match``, ``right``
    paragraphs: tuple[str, ...] = ()


def report_html(*, title: str, sections: Sequence[Section], notes: Sequence[str] = ()) -> str:
    """Return a complete HTML document with every section, plotly.js inlined once."""
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
        f"<p class='meta'>Generated {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by Framing.</p>",
    ]
    parts += [f"<p class='note'>{html.escape(note)}</p>" for note in notes]
    first_figure = True
    for section in sections:
        parts.append(f"<section><h2>{html.escape(section.heading)}</h2>")
        if section.text:
            parts.append(f"<p>{html.escape(section.text)}</p>")
        if section.figure is not None:
            parts.append(section.figure.to_html(full_html=False, include_plotlyjs="inline" if first_figure else False))
            first_figure = False
        parts += [f"<div class='method'><p>{html.escape(p)}</p></div>" for p in section.paragraphs]
        if section.table is not None:
            parts.append(section.table.to_html(index=False, escape=True, na_rep="—", border=0))
        if section.passages is not None:
            parts.append(passages_html(section.passages))
        parts.append("</section>")
    parts.append("</body></html>")
    return "".join(parts)


def passages_html(passages: pd.DataFrame) -> str:
    """Return passages as an escaped list, the matched words marked (``source, left, match, right``)."""
    items = [
        f"<li>…{html.escape(str(left))}<mark>{html.escape(str(match))}</mark>{html.escape(str(right))}… "
        f"<span class='src'>{html.escape(str(source))}</span></li>"
        for source, left, match, right in passages[["source", "left", "match", "right"]].itertuples(index=False)
    ]
    return "<ul class='passages'>" + "".join(items) + "</ul>" if items else "<p>No passage.</p>"
