"""Shared chart conventions: colours from ``framing.present.colours``, titles, escaping, layout.

Plotly renders a subset of HTML in titles, tick labels, legends and text
(``<a>``, ``<br>``, ``<b>``…), so every string that comes from a user's data
(outlet names, titles, actor names, terms) is escaped with ``safe`` before it
reaches a label; plotly turns the entities back into the characters.
"""

from __future__ import annotations

import html
import re

import plotly.graph_objects as go

from framing.present.colours import INK, OUTLET_PALETTE

# No plotly default template: its colours would leak into any trace that sets none.
TEMPLATE = go.layout.Template(layout={"colorway": list(OUTLET_PALETTE)})

LANGUAGE_NAMES = {"en": "English", "fr": "French"}
FONT = {"family": "system-ui, -apple-system, Segoe UI, sans-serif", "color": INK}
# Plotly's modebar camera button downloads a PNG of any chart (its title included).
DOWNLOAD_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2}}


def download_config(name: str) -> dict:
    """Return the plotly config whose camera button saves ``<name>.png`` (a safe file name)."""
    stem = re.sub(r"[^\w.-]+", "-", name).strip("-")[:120] or "chart"
    return {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2, "filename": stem}}


def safe(value) -> str:
    """Return a data string escaped for a plotly label (``<a>`` shows as text, not a link)."""
    return html.escape("" if value is None else str(value), quote=False)


def empty_figure(message: str, *, title: str | None = None) -> go.Figure:
    """Return a blank figure that says why it is blank."""
    figure = go.Figure()
    figure.add_annotation(text=safe(message), showarrow=False, font={"size": 14})
    figure.update_xaxes(visible=False)
    figure.update_yaxes(visible=False)
    figure.update_layout(height=220, margin={"l": 10, "r": 10, "t": 50 if title else 10, "b": 10}, font=FONT,
                         template=TEMPLATE, plot_bgcolor="white", paper_bgcolor="white")
    if title:
        figure.update_layout(title={"text": safe(title), "x": 0, "xanchor": "left"})
    return figure


def tidy(figure: go.Figure, *, title: str, height: int | None = None) -> go.Figure:
    """Return the figure with its title (in words), the dashboard's font and margins (and height).

    Margins let plotly push them out to fit the tick labels (``automargin``), so long outlet
    names are never cut.
    """
    figure.update_layout(title={"text": safe(title), "x": 0, "xanchor": "left", "font": {"size": 16}},
                         margin={"l": 10, "r": 10, "t": 60, "b": 10}, font=FONT, template=TEMPLATE,
                         plot_bgcolor="white", paper_bgcolor="white")
    figure.update_xaxes(automargin=True, gridcolor="#EEEEEE")
    figure.update_yaxes(automargin=True, gridcolor="#EEEEEE")
    if height:
        figure.update_layout(height=height)
    return figure


def with_context(figure: go.Figure, context: str) -> go.Figure:
    """Return the figure with ``context`` (corpus, filters, n) under its title, for PNGs and reports."""
    title = figure.layout.title.text or ""
    # A chart's own subtitle (what its poles mean) stays, above the context.
    own = figure.layout.title.subtitle.text if figure.layout.title.subtitle else None
    text = f"{own}<br>{safe(context)}" if own else safe(context)
    figure.update_layout(title={"text": title, "subtitle": {"text": text, "font": {"size": 12}}},
                         margin={"t": 80 + (40 if own else 0)})
    return figure
