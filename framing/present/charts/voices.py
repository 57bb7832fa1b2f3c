"""Who gets a voice: quote shares by side and actor-targeted sentiment (``framing.compare.voices``)."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from framing.present.charts.base import OKABE_ITO, SENTIMENT_SCALE, empty_figure, tidy


def voice_share_bars(shares: pd.DataFrame, *, kind: str = "all", measure: str = "quote_share") -> go.Figure:
    """Return stacked bars: per outlet, the share of quotes (or quoted words) by actor side.

    Expects ``framing.compare.voice_share`` (``VOICE_SHARE_COLUMNS``);
    ``measure`` is ``quote_share`` or ``word_share``. Each outlet's label carries n.
    """
    rows = shares[(shares["kind"] == kind) & (shares[measure] > 0)]
    if rows.empty:
        return empty_figure("No quotations found")
    rows = rows.assign(label=rows["outlet"] + " (n=" + rows["n"].astype(int).astype(str) + ")")
    figure = px.bar(
        rows, x=measure, y="label", color="side", orientation="h", custom_data=["outlet", "side"],
        color_discrete_sequence=OKABE_ITO, pattern_shape="side",
        labels={measure: "share of quotes" if measure == "quote_share" else "share of quoted words", "label": ""},
        hover_data={"quotes": True, "words": True, "label": False},
    )
    figure.update_xaxes(range=[0, 1], tickformat=".0%")
    figure.update_layout(barmode="stack", legend_title_text="Side", clickmode="event+select")
    return tidy(figure, height=120 + 40 * rows["label"].nunique())


def actor_sentiment_heatmap(sentiment: pd.DataFrame, *, top: int = 12, min_n: int = 1) -> go.Figure:
    """Return an outlet × actor heatmap of the mean sentiment of author sentences mentioning the actor.

    Expects ``framing.compare.actor_sentiment`` (``ACTOR_SENTIMENT_COLUMNS``);
    shows the ``top`` most mentioned actors; each cell's text is its n.
    """
    rows = sentiment.dropna(subset=["mean"])
    rows = rows[rows["n"] >= min_n]
    if rows.empty:
        return empty_figure("No actor is mentioned in an author-voice sentence")
    keep = rows.groupby("name")["mentions"].sum().nlargest(top).index
    rows = rows[rows["name"].isin(keep)]
    means = rows.pivot_table(index="outlet", columns="name", values="mean")
    counts = rows.pivot_table(index="outlet", columns="name", values="n", fill_value=0).reindex_like(means)
    figure = go.Figure(go.Heatmap(
        z=means.to_numpy(), x=list(means.columns), y=list(means.index), zmin=-1, zmax=1,
        colorscale=SENTIMENT_SCALE,
        text=counts.fillna(0).astype(int).to_numpy(), texttemplate="n=%{text}",
        colorbar={"title": "sentiment"}, xgap=2, ygap=2,
        hovertemplate="%{y} on %{x}<br>mean sentiment %{z:.2f}<br>%{text} sentence(s)<extra></extra>",
    ))
    figure.update_xaxes(tickangle=-35)
    return tidy(figure, height=160 + 38 * len(means.index))
