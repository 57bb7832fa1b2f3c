"""Corpus charts: size, sentiment per outlet (every article, or quantiles of many), one article's place."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from framing.present.charts.base import empty_figure, safe, tidy
from framing.present.colours import BLACK, GREY, INK, LIGHT_GREY, colour_for

SENTIMENT_TITLE = "Sentiment of the articles"


def sentiment_by_outlet(articles: pd.DataFrame) -> go.Figure:
    """Return box plots of article sentiment (mean sentence compound) per outlet, every
    article shown as a point so a small outlet's n is visible; points carry (article id, title).

    Expects columns ``outlet``, ``sentiment`` and ``title``; articles without a
    score (unsupported language) are left out.
    """
    scored = articles.dropna(subset=["sentiment"])
    if scored.empty:
        return empty_figure("No article has a sentiment score", title=SENTIMENT_TITLE)
    counts = scored.groupby("outlet")["sentiment"].transform("size")
    scored = scored.assign(label=scored["outlet"].map(safe) + " (n=" + counts.astype(str) + ")",
                           title=scored["title"].map(safe))
    order = scored.groupby("label")["sentiment"].median().sort_values().index.tolist()
    figure = go.Figure(go.Box(x=scored["sentiment"], y=scored["label"], boxpoints=False, orientation="h",
                              marker_color=LIGHT_GREY, line_color=GREY, hoverinfo="skip", name="distribution"))
    # The articles as points of their own (a box's points carry no ids in a selection).
    figure.add_trace(go.Scatter(
        x=scored["sentiment"], y=scored["label"], mode="markers", name="articles",
        marker={"size": 9, "color": INK, "opacity": 0.75, "line": {"width": 1, "color": "white"}},
        customdata=[[i, t] for i, t in zip(scored["id"], scored["title"], strict=True)],
        hovertemplate="%{customdata[1]}<br>sentiment %{x:.3f}<br>click to read it<extra></extra>",
    ))
    figure.update_yaxes(categoryorder="array", categoryarray=order, title="outlet (n = articles)")
    figure.update_xaxes(title="article sentiment (mean VADER compound<br>of its sentences, −1 … +1)")
    figure.update_layout(showlegend=False)
    figure.add_vline(x=0, line_dash="dot", line_color=INK)
    figure.update_xaxes(range=[-1, 1])
    figure.update_layout(clickmode="event+select")
    return tidy(figure, title=SENTIMENT_TITLE, height=140 + 45 * scored["label"].nunique())


def sentiment_quantiles(summary: pd.DataFrame) -> go.Figure:
    """Return box plots drawn from precomputed quantiles: per outlet the 10th, 25th, 50th, 75th
    and 90th percentile of article sentiment, for corpora too large to draw every article.

    Expects ``framing.store.sentiment_summary`` (``outlet, n, mean, q10 … q90``); whiskers
    are the 10th and 90th percentiles (said on the axis), the cross is the mean.
    """
    rows = summary[summary["n"] > 0].sort_values("q50")
    if rows.empty:
        return empty_figure("No article has a sentiment score", title=SENTIMENT_TITLE)
    labels = rows["outlet"].map(safe) + " (n=" + rows["n"].astype(int).map("{:,}".format) + ")"
    figure = go.Figure(go.Box(
        y=labels, q1=rows["q25"], median=rows["q50"], q3=rows["q75"], lowerfence=rows["q10"],
        upperfence=rows["q90"], mean=rows["mean"], orientation="h", marker_color=INK,
        boxpoints=False, hoverinfo="y+x",
    ))
    figure.add_vline(x=0, line_dash="dot", line_color=INK)
    figure.update_xaxes(range=[-1, 1], title="article sentiment (VADER, −1 … +1); whiskers: 10th and 90th percentiles")
    figure.update_yaxes(title="outlet (n = articles)")
    figure.update_layout(showlegend=False)
    return tidy(figure, title=SENTIMENT_TITLE, height=140 + 40 * len(rows))


def placement(outlets: pd.DataFrame, articles: pd.DataFrame, *, colours=None) -> go.Figure:
    """Return outlets' mean terminology index (x) and sentiment (y), sized by n, with the
    given articles marked as black stars. Outlet points carry (outlet, n).

    ``outlets`` is an outlet profile (``framing.compare.OUTLET_COLUMNS``: ``outlet``,
    ``index_mean``, ``sentiment_mean``, ``articles``); ``articles`` has the store's article
    columns ``terminology_index`` and ``sentiment_compound`` (``framing.record.tables``). Outlets
    without an index are placed at x = 0 with a hollow marker.
    """
    outlets = outlets.rename(columns={"index_mean": "index", "sentiment_mean": "sentiment", "articles": "n"})
    figure = go.Figure()
    figure.add_trace(go.Scatter(
        x=outlets["index"].fillna(0), y=outlets["sentiment"], mode="markers+text",
        text=outlets["outlet"].map(safe), name="outlets (mean)",
        textposition=["top center" if i % 2 == 0 else "bottom center" for i in range(len(outlets))],
        marker={"size": 8 + 2 * outlets["n"].clip(upper=15), "color": [colour_for(o, colours) for o in outlets["outlet"]],
                "symbol": ["circle" if pd.notna(v) else "circle-open" for v in outlets["index"]]},
        customdata=[[o, int(n)] for o, n in zip(outlets["outlet"], outlets["n"], strict=True)],
        hovertemplate="%{text}<br>index %{x:.2f}, sentiment %{y:.2f}<br>n=%{customdata[1]}<extra></extra>",
    ))
    figure.add_trace(go.Scatter(
        x=articles["terminology_index"].fillna(0), y=articles["sentiment_compound"], mode="markers+text",
        text=["this article"] * len(articles), textposition="bottom center", name="this article",
        # Black, not a pole colour: the star's place says its index, its colour says nothing.
        marker={"size": 18, "symbol": "star", "color": BLACK}, cliponaxis=False,
    ))
    figure.update_xaxes(range=[-1.1, 1.1], title="terminology index (author voice)")
    figure.update_yaxes(title="sentiment (mean sentence compound)")
    figure.update_layout(showlegend=False)
    return tidy(figure, title="Where this article sits among the outlets", height=400)
