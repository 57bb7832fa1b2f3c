"""Who gets a voice: quote shares by side group and actor-targeted sentiment (``framing.compare.voices``).

Selections: ``voice_share_bars`` bars carry (outlet, side group); ``actor_sentiment_heatmap``
cells carry (outlet, actor name).
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from framing.present.charts.base import empty_figure, safe, tidy
from framing.present.colours import (
    FADED,
    INK,
    SENTIMENT_SCALE,
    SIDE_GROUP_COLOURS,
    SIDE_GROUP_LABELS,
    SIDE_GROUPS,
    side_group,
)

VOICE_TITLE = "Who gets a voice: quotes by side"
ACTOR_TITLE = "Sentiment toward each actor"
# Below this many articles an actor cell is drawn faded: its mean rests on too little.
ACTOR_MIN_N = 3


def voice_groups(shares: pd.DataFrame, *, kind: str = "all") -> pd.DataFrame:
    """Return quotes and quoted words per outlet and side group (``SIDE_GROUPS``), with shares.

    Columns ``outlet, group, label, sides, quotes, words, quote_share, word_share, n``; ``sides``
    lists the sides merged into the group, ``n`` is the outlet's quotes of ``kind``.
    """
    rows = shares[shares["kind"] == kind]
    columns = ["outlet", "group", "label", "sides", "quotes", "words", "quote_share", "word_share", "n"]
    if rows.empty:
        return pd.DataFrame(columns=columns)
    rows = rows.assign(group=rows["side"].map(side_group))
    grouped = rows.groupby(["outlet", "group"], as_index=False).agg(
        quotes=("quotes", "sum"), words=("words", "sum"), n=("n", "first"),
        sides=("side", lambda s: ", ".join(sorted({str(x) for x in s}))))
    words = grouped.groupby("outlet")["words"].transform("sum")
    grouped["quote_share"] = grouped["quotes"] / grouped["n"].where(grouped["n"] > 0)
    grouped["word_share"] = grouped["words"] / words.where(words > 0)
    grouped["label"] = grouped["group"].map(SIDE_GROUP_LABELS)
    order = {g: i for i, g in enumerate(SIDE_GROUPS)}
    grouped = grouped.sort_values(["outlet", "group"], key=lambda s: s.map(order) if s.name == "group" else s)
    return grouped[columns].reset_index(drop=True)


def voice_share_bars(shares: pd.DataFrame, *, kind: str = "all", measure: str = "quote_share") -> go.Figure:
    """Return stacked bars: per outlet, the share of quotes (or quoted words) by side group.

    Expects ``framing.compare.voice_share`` (``VOICE_SHARE_COLUMNS``); ``measure`` is
    ``quote_share`` or ``word_share``. Sides are merged into at most six groups
    (``framing.present.colours.SIDE_GROUPS``), each with its one colour; each outlet's
    label carries n, and each bar its count.
    """
    groups = voice_groups(shares, kind=kind)
    groups = groups[groups[measure].fillna(0) > 0]
    if groups.empty:
        return empty_figure("No quotations found", title=VOICE_TITLE)
    labels = {o: f"{safe(o)} (n={int(n)})" for o, n in groups.groupby("outlet")["n"].first().items()}
    figure = go.Figure()
    for group in SIDE_GROUPS:
        part = groups[groups["group"] == group]
        if part.empty:
            continue
        figure.add_trace(go.Bar(
            x=part[measure], y=part["outlet"].map(labels), orientation="h", name=SIDE_GROUP_LABELS[group],
            marker={"color": SIDE_GROUP_COLOURS[group], "line": {"color": "white", "width": 1}},
            text=part["quotes"].astype(int).astype(str), textposition="inside", insidetextanchor="middle",
            customdata=[[o, group, safe(s), int(q)] for o, s, q in
                        zip(part["outlet"], part["sides"], part["quotes"], strict=True)],
            hovertemplate="%{y}<br>" + SIDE_GROUP_LABELS[group] + " (%{customdata[2]}): %{customdata[3]} quote(s), "
            "%{x:.0%}<extra></extra>",
        ))
    unit = "share of quotes" if measure == "quote_share" else "share of quoted words"
    figure.update_xaxes(range=[0, 1], tickformat=".0%", title=unit)
    figure.update_yaxes(title="outlet (n = quotes)", autorange="reversed")
    figure.update_layout(barmode="stack", legend={"title": {"text": "side of the speaker", "side": "top"}, "orientation": "h",
                                                  "y": -0.35, "x": 0},
                         clickmode="event+select")
    return tidy(figure, title=VOICE_TITLE, height=230 + 42 * len(labels))


def actor_sentiment_heatmap(sentiment: pd.DataFrame, *, top: int = 12, min_n: int = 1) -> go.Figure:
    """Return an outlet × actor heatmap of the mean sentiment toward each actor (the mean score of its
    mentions, its own quoted words left out; ``framing.sentiment.toward``).

    Expects ``framing.compare.actor_sentiment`` (``ACTOR_SENTIMENT_COLUMNS``); shows the ``top``
    most mentioned actors. Each cell's text is its n; cells resting on fewer than
    ``ACTOR_MIN_N`` articles are faded towards white, and empty cells stay blank.
    Cells are clickable through an invisible marker carrying (outlet, actor).
    """
    rows = sentiment.dropna(subset=["mean"])
    rows = rows[rows["n"] >= min_n]
    if rows.empty:
        return empty_figure("No actor is mentioned in an author-voice sentence", title=ACTOR_TITLE)
    keep = rows.groupby("name")["mentions"].sum().nlargest(top).index
    rows = rows[rows["name"].isin(keep)]
    means = rows.pivot_table(index="outlet", columns="name", values="mean")
    counts = rows.pivot_table(index="outlet", columns="name", values="n", fill_value=0).reindex_like(means)
    counts = counts.fillna(0).astype(int)
    weight = (counts / ACTOR_MIN_N).clip(upper=1.0).where(counts > 0)
    # Faded = pulled towards 0 (the white middle of the scale) by how few articles are behind it.
    shown = means * (FADED + (1 - FADED) * weight)
    x = [safe(c) for c in means.columns]
    y = [safe(i) for i in means.index]
    text = [[f"n={v}" if v else "" for v in row] for row in counts.to_numpy()]
    figure = go.Figure(go.Heatmap(
        z=shown.to_numpy(), x=x, y=y, zmin=-1, zmax=1, colorscale=SENTIMENT_SCALE, text=text,
        texttemplate="%{text}", colorbar={"title": {"text": "sentiment<br>(faded: n<3)"}}, xgap=2, ygap=2,
        hoverinfo="skip",
    ))
    cells = [(o, yo, a, xa, m, n) for o, yo, mrow, nrow in zip(means.index, y, means.to_numpy(), counts.to_numpy(),
                                                            strict=True)
             for a, xa, m, n in zip(means.columns, x, mrow, nrow, strict=True) if n > 0]
    figure.add_trace(go.Scatter(
        x=[c[3] for c in cells], y=[c[1] for c in cells], mode="markers",
        marker={"size": 28, "symbol": "square", "color": INK, "opacity": 0.0},
        selected={"marker": {"opacity": 0.3}}, unselected={"marker": {"opacity": 0.0}},
        customdata=[[c[0], c[2], float(c[4]), int(c[5])] for c in cells],
        hovertemplate="%{y} on %{x}<br>mean sentiment %{customdata[2]:.2f}<br>%{customdata[3]} article(s)"
        "<br>click for the sentences<extra></extra>", showlegend=False,
    ))
    figure.update_xaxes(tickangle=-35, title="actor mentioned")
    figure.update_yaxes(title="outlet", autorange="reversed")
    figure.update_layout(clickmode="event+select", showlegend=False)
    return tidy(figure, title=ACTOR_TITLE, height=250 + 38 * len(means.index))
