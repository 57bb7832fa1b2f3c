"""A self-contained HTML report of a comparison, to share in class (no server needed).

Figures are embedded with plotly.js inlined once, so the file opens offline;
tables and text are escaped before they are written.
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
"""


@dataclass(frozen=True, slots=True)
class Section:
    """One part of a report: a heading and a figure, a table or a paragraph (or several)."""

    heading: str
    text: str = ""
    figure: go.Figure | None = None
    table: pd.DataFrame | None = None


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
        if section.table is not None:
            parts.append(section.table.to_html(index=False, escape=True, na_rep="—", border=0))
        parts.append("</section>")
    parts.append("</body></html>")
    return "".join(parts)
