"""Time, distinctive words and the outlet map (``framing.compare`` timeline, distinctive, similarity).

Selections: timeline points carry (outlet, period); distinctive bars (term, language);
map points (outlet).
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import plotly.graph_objects as go

from framing.present.charts.base import empty_figure, safe, tidy
from framing.present.colours import FADED, GREEN, INK, LIGHT_GREY, colour_for

MEASURE_LABELS = {"terminology_index": "terminology index", "sentiment": "sentiment"}
# Periods with fewer articles than this are drawn hollow and faded.
PERIOD_MIN_N = 3
# |z| above this is significant at the 5% level (two-sided).
Z_SIGNIFICANT = 1.96


def timeline_chart(points: pd.DataFrame, *, measure: str = "terminology_index",
                   colours: Mapping[str, str] | None = None) -> go.Figure:
    """Return one line per outlet of a measure over time, each point with its interval and n.

    Expects ``framing.compare.timeline(...).points`` (``TIMELINE_COLUMNS``); ``colours`` maps
    each outlet to its colour (``framing.present.colours.outlet_colours`` of the whole corpus).
    Points resting on fewer than ``PERIOD_MIN_N`` articles are hollow and faded, and the line
    through them is dotted: a month with one article is a hint, not a trend.
    """
    label = MEASURE_LABELS.get(measure, measure)
    title = f"{label.capitalize()} over time, per outlet"
    rows = points[(points["measure"] == measure)].dropna(subset=["mean"]).sort_values("period_start")
    if rows.empty:
        return empty_figure("No dated article with this measure", title=title)
    figure = go.Figure()
    for outlet, part in rows.groupby("outlet", sort=True):
        colour = colour_for(outlet, colours)
        few = (part["n"] < PERIOD_MIN_N).to_numpy()
        low = (part["mean"] - part["low"]).fillna(0).clip(lower=0)
        high = (part["high"] - part["mean"]).fillna(0).clip(lower=0)
        figure.add_trace(go.Scatter(
            x=part["period_start"], y=part["mean"], mode="lines+markers", name=safe(outlet),
            line={"color": colour, "width": 1.5, "dash": "dot" if few.all() else "solid"},
            marker={"size": 9, "color": colour, "symbol": ["circle-open" if f else "circle" for f in few],
                    "opacity": [FADED if f else 1.0 for f in few], "line": {"width": 2, "color": colour}},
            error_y={"type": "data", "symmetric": False, "array": high, "arrayminus": low, "color": colour,
                     "thickness": 1, "width": 3},
            customdata=[[outlet, p, int(n), safe(note)] for p, n, note in
                        zip(part["period"], part["n"], part["note"].fillna(""), strict=True)],
            hovertemplate=safe(outlet) + ", %{customdata[1]}<br>mean %{y:.2f} (n=%{customdata[2]})"
            "<br>%{customdata[3]}<extra></extra>",
        ))
    figure.add_hline(y=0, line_dash="dot", line_color=INK)
    figure.update_yaxes(range=[-1.05, 1.05], title=f"monthly mean {label}, 95% interval")
    figure.update_xaxes(title="month (hollow: fewer than 3 articles)")
    figure.update_layout(clickmode="event+select", legend={"title": {"text": "outlet"}, "orientation": "h",
                                                           "y": -0.3, "x": 0})
    return tidy(figure, title=title, height=440)


def distinctive_bars(terms: pd.DataFrame, *, outlet: str, top: int = 15) -> go.Figure:
    """Return the words one outlet over-uses against the rest, by z-score of the log-odds ratio.

    Expects ``framing.compare.distinctive_terms`` (``DISTINCTIVE_COLUMNS``), whose ``outlet``
    column names the outlet compared with all others (Monroe et al. 2008). Words whose z does
    not reach 1.96 are drawn faded and labelled "not significant".
    """
    title = f"Words {outlet} uses more than the others"
    terms = terms.assign(z=pd.to_numeric(terms["z"], errors="coerce"))
    rows = terms[(terms["outlet"] == outlet) & (terms["z"] > 0)].nlargest(top, "z").sort_values("z")
    if rows.empty:
        return empty_figure(f"No distinctive words for {outlet}", title=title)
    significant = (rows["z"] >= Z_SIGNIFICANT).to_numpy()
    if not significant.any():
        title += " — none is significant"
    labels = [f"{safe(t)} ({safe(lang)})" + ("" if s else " — not significant")
              for t, lang, s in zip(rows["term"], rows["language"], significant, strict=True)]
    figure = go.Figure(go.Bar(
        x=rows["z"], y=labels, orientation="h",
        marker={"color": [GREEN if s else LIGHT_GREY for s in significant]},
        customdata=[[t, lang, int(c), int(r)] for t, lang, c, r in
                    zip(rows["term"], rows["language"], rows["count"], rows["count_rest"], strict=True)],
        hovertemplate="%{y}: z = %{x:.2f}<br>%{customdata[2]} here vs %{customdata[3]} elsewhere"
        "<br>click for the lines<extra></extra>",
    ))
    figure.add_vline(x=Z_SIGNIFICANT, line_dash="dot", line_color=INK, annotation_text="z = 1.96: significant beyond",
                     annotation_position="bottom right")
    figure.update_xaxes(title="z-score of the log-odds ratio (informative Dirichlet prior)")
    figure.update_yaxes(title="word or phrase (language)")
    figure.update_layout(clickmode="event+select")
    return tidy(figure, title=title, height=170 + 24 * len(rows))


def outlet_map_chart(points: pd.DataFrame, explained: pd.DataFrame | None = None,
                     colours: Mapping[str, str] | None = None) -> go.Figure:
    """Return the outlets on the first two principal components of their term and voice profiles.

    Expects ``framing.compare.outlet_map(...).points`` (``outlet, x, y``) and its
    ``explained`` table to label the axes with the variance each explains.
    """
    title = "Outlets on a map: near = similar"
    if points.empty or len(points) < 2:
        return empty_figure("At least two outlets with terms or quotes are needed for a map", title=title)
    share = {}
    if explained is not None and not explained.empty:
        share = dict(zip(explained["component"], explained["ratio"], strict=False))
    figure = go.Figure(go.Scatter(
        x=points["x"], y=points["y"], mode="markers+text", text=[safe(o) for o in points["outlet"]],
        textposition=["top center" if i % 2 == 0 else "bottom center" for i in range(len(points))],
        marker={"size": 14, "color": [colour_for(o, colours) for o in points["outlet"]]},
        customdata=[[o] for o in points["outlet"]], hovertemplate="%{text}<extra></extra>", cliponaxis=False,
    ))
    figure.update_xaxes(title=f"component 1 ({share.get(1, float('nan')):.0%} of variance)", zeroline=True)
    figure.update_yaxes(title=f"component 2 ({share.get(2, float('nan')):.0%} of variance)", zeroline=True)
    figure.update_layout(clickmode="event+select")
    return tidy(figure, title=title, height=440)
