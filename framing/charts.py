"""Charts: functions from a documented DataFrame to a plotly Figure (no Streamlit here)."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

# Okabe & Ito (2008) colour-blind-safe palette; meaning is never carried by colour alone.
OKABE_ITO = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000"]
LANGUAGE_NAMES = {"en": "English", "fr": "French"}


def _empty(message: str) -> go.Figure:
    figure = go.Figure()
    figure.add_annotation(text=message, showarrow=False, font={"size": 14})
    figure.update_xaxes(visible=False)
    figure.update_yaxes(visible=False)
    return figure


def articles_per_outlet(articles: pd.DataFrame) -> go.Figure:
    """Return a horizontal bar chart of article counts per outlet, split by language.

    Expects ``framing.frames.articles_frame`` columns ``outlet`` and ``language``.
    """
    if articles.empty:
        return _empty("No articles")
    counts = (
        articles.assign(language=articles["language"].map(lambda c: LANGUAGE_NAMES.get(c, c or "unknown")))
        .groupby(["outlet", "language"], as_index=False)
        .size()
        .rename(columns={"size": "articles"})
    )
    order = counts.groupby("outlet")["articles"].sum().sort_values().index.tolist()
    figure = px.bar(
        counts,
        x="articles",
        y="outlet",
        color="language",
        orientation="h",
        text="articles",
        category_orders={"outlet": order[::-1]},
        color_discrete_sequence=OKABE_ITO,
        pattern_shape="language",
        labels={"articles": "Articles", "outlet": "", "language": "Language"},
    )
    figure.update_layout(margin={"l": 10, "r": 10, "t": 30, "b": 10}, legend_title_text="Language")
    return figure


def sentiment_by_outlet(articles: pd.DataFrame) -> go.Figure:
    """Return box plots of article sentiment (mean sentence compound) per outlet, every
    article shown as a point so a small outlet's n is visible.

    Expects columns ``outlet``, ``sentiment`` and ``title``; articles without a
    score (unsupported language) are left out.
    """
    scored = articles.dropna(subset=["sentiment"])
    if scored.empty:
        return _empty("No article has a sentiment score")
    counts = scored.groupby("outlet")["sentiment"].transform("size")
    scored = scored.assign(label=scored["outlet"] + " (n=" + counts.astype(str) + ")")
    order = scored.groupby("label")["sentiment"].median().sort_values().index.tolist()
    figure = px.box(
        scored,
        x="sentiment",
        y="label",
        points="all",
        hover_data={"title": True, "label": False, "sentiment": ":.3f"},
        category_orders={"label": order},
        color_discrete_sequence=[OKABE_ITO[0]],
        labels={"sentiment": "Mean sentence sentiment (VADER compound, −1 … +1)", "label": ""},
    )
    figure.add_vline(x=0, line_dash="dot", line_color="#666")
    figure.update_xaxes(range=[-1, 1])
    figure.update_layout(margin={"l": 10, "r": 10, "t": 30, "b": 10})
    return figure
