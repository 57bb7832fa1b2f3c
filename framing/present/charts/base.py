"""Shared chart conventions: colour-blind-safe palette, pole colours, empty figures, layout."""

from __future__ import annotations

import plotly.graph_objects as go

# Okabe & Ito (2008) colour-blind-safe palette; meaning is never carried by colour alone.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
# Pole colours by sign, the same as the text highlighting (framing.present.highlight).
SIGN_COLOURS = {1: "#D55E00", -1: "#0072B2", 0: "#888888"}
# A diverging scale between the two poles, grey in the middle (for index heatmaps).
DIVERGING = [[0.0, SIGN_COLOURS[-1]], [0.5, "#F2F2F2"], [1.0, SIGN_COLOURS[1]]]
# Sentiment uses purple–green (ColorBrewer PRGn), never the pole colours, so the two never mix.
SENTIMENT_SCALE = [[0.0, "#762A83"], [0.5, "#F7F7F7"], [1.0, "#1B7837"]]
LANGUAGE_NAMES = {"en": "English", "fr": "French"}
# Plotly's modebar camera button downloads a PNG of any chart.
DOWNLOAD_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"format": "png", "scale": 2}}


def empty_figure(message: str) -> go.Figure:
    """Return a blank figure that says why it is blank."""
    figure = go.Figure()
    figure.add_annotation(text=message, showarrow=False, font={"size": 14})
    figure.update_xaxes(visible=False)
    figure.update_yaxes(visible=False)
    figure.update_layout(height=220, margin={"l": 10, "r": 10, "t": 10, "b": 10})
    return figure


def tidy(figure: go.Figure, *, height: int | None = None) -> go.Figure:
    """Return the figure with the dashboard's margins (and height)."""
    figure.update_layout(margin={"l": 10, "r": 10, "t": 30, "b": 10})
    if height:
        figure.update_layout(height=height)
    return figure
