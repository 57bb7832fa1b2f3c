"""Corpus charts: size, sentiment per outlet (every article, or quantiles of many), one article's place."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from framing.present.charts.base import LANGUAGE_NAMES, OKABE_ITO, empty_figure, tidy


def articles_per_outlet(articles: pd.DataFrame) -> go.Figure:
    """Return a horizontal bar chart of article counts per outlet, split by language.

    Expects ``framing.record.frames.articles_frame`` columns ``outlet`` and ``language``.
    """
    if articles.empty:
        return empty_figure("No articles")
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
    figure.update_layout(legend_title_text="Language")
    return tidy(figure)


def sentiment_by_outlet(articles: pd.DataFrame) -> go.Figure:
    """Return box plots of article sentiment (mean sentence compound) per outlet, every
    article shown as a point so a small outlet's n is visible.

    Expects columns ``outlet``, ``sentiment`` and ``title``; articles without a
    score (unsupported language) are left out.
    """
    scored = articles.dropna(subset=["sentiment"])
    if scored.empty:
        return empty_figure("No article has a sentiment score")
    counts = scored.groupby("outlet")["sentiment"].transform("size")
    scored = scored.assign(label=scored["outlet"] + " (n=" + counts.astype(str) + ")")
    order = scored.groupby("label")["sentiment"].median().sort_values().index.tolist()
    figure = px.box(
        scored,
        x="sentiment",
        y="label",
        points="all",
        custom_data=["id"],
        hover_data={"title": True, "label": False, "sentiment": ":.3f"},
        category_orders={"label": order},
        color_discrete_sequence=[OKABE_ITO[0]],
        labels={"sentiment": "Sentiment (VADER, −1 … +1)", "label": ""},
    )
    figure.add_vline(x=0, line_dash="dot", line_color="#666")
    figure.update_xaxes(range=[-1, 1])
    figure.update_layout(clickmode="event+select")
    return tidy(figure)


def sentiment_quantiles(summary: pd.DataFrame) -> go.Figure:
    """Return box plots drawn from precomputed quantiles: per outlet the 10th, 25th, 50th, 75th
    and 90th percentile of article sentiment, for corpora too large to draw every article.

    Expects ``framing.store.sentiment_summary`` (``outlet, n, mean, q10 … q90``); whiskers
    are the 10th and 90th percentiles (said on the axis), the cross is the mean.
    """
    rows = summary[summary["n"] > 0].sort_values("q50")
    if rows.empty:
        return empty_figure("No article has a sentiment score")
    labels = rows["outlet"] + " (n=" + rows["n"].astype(int).map("{:,}".format) + ")"
    figure = go.Figure(go.Box(
        y=labels, q1=rows["q25"], median=rows["q50"], q3=rows["q75"], lowerfence=rows["q10"],
        upperfence=rows["q90"], mean=rows["mean"], orientation="h", marker_color=OKABE_ITO[0],
        boxpoints=False, hoverinfo="y+x",
    ))
    figure.add_vline(x=0, line_dash="dot", line_color="#666")
    figure.update_xaxes(range=[-1, 1], title="Sentiment (VADER, −1 … +1); whiskers: 10th and 90th percentiles")
    figure.update_layout(showlegend=False)
    return tidy(figure, height=100 + 40 * len(rows))


def placement(outlets: pd.DataFrame, articles: pd.DataFrame) -> go.Figure:
    """Return outlets' mean terminology index (x) and sentiment (y), sized by n, with the
    given articles marked as stars.

    ``outlets`` is an outlet profile (``framing.compare.OUTLET_COLUMNS``: ``outlet``,
    ``index_mean``, ``sentiment_mean``, ``articles``); ``articles`` has the store's article
    columns ``terminology_index`` and ``sentiment_compound`` (``framing.record.tables``). Outlets
    without an index are placed at x = 0 with a hollow marker.
    """
    outlets = outlets.rename(columns={"index_mean": "index", "sentiment_mean": "sentiment", "articles": "n"})
    figure = go.Figure()
    figure.add_trace(go.Scatter(
        x=outlets["index"].fillna(0), y=outlets["sentiment"], mode="markers+text",
        text=outlets["outlet"], textposition="top center", name="outlets (mean)",
        marker={"size": 8 + 2 * outlets["n"].clip(upper=15), "color": OKABE_ITO[0],
                "symbol": ["circle" if pd.notna(v) else "circle-open" for v in outlets["index"]]},
        customdata=outlets["n"], hovertemplate="%{text}<br>index %{x:.2f}, sentiment %{y:.2f}<br>n=%{customdata}",
    ))
    figure.add_trace(go.Scatter(
        x=articles["terminology_index"].fillna(0), y=articles["sentiment_compound"], mode="markers+text",
        text=["this article"] * len(articles), textposition="bottom center", name="this article",
        marker={"size": 18, "symbol": "star", "color": OKABE_ITO[5]},
    ))
    figure.update_xaxes(range=[-1.1, 1.1], title="Terminology index (author voice)")
    figure.update_yaxes(title="Sentiment (mean sentence compound)")
    figure.update_layout(margin={"l": 10, "r": 10, "t": 10, "b": 10}, height=360, showlegend=False)
    return figure
