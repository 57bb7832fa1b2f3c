"""Time, distinctive words and the outlet map (``framing.compare`` timeline, distinctive, similarity)."""

from __future__ import annotations

import pandas as pd
import plotly.express as px
import plotly.graph_objects as go

from framing.present.charts.base import OKABE_ITO, empty_figure, tidy

MEASURE_LABELS = {"terminology_index": "Terminology index", "sentiment": "Sentiment"}


def timeline_chart(points: pd.DataFrame, *, measure: str = "terminology_index") -> go.Figure:
    """Return one line per outlet of a measure over time, each point with its n.

    Expects ``framing.compare.timeline(...).points`` (``TIMELINE_COLUMNS``).
    Periods are drawn at their first day but labelled as the period they are.
    """
    rows = points[(points["measure"] == measure)].dropna(subset=["mean"]).sort_values("period_start")
    if rows.empty:
        return empty_figure("No dated article with this measure")
    figure = px.line(
        rows, x="period_start", y="mean", color="outlet", markers=True, symbol="outlet",
        color_discrete_sequence=OKABE_ITO, custom_data=["outlet", "period", "n", "note"],
        labels={"period_start": "", "mean": MEASURE_LABELS.get(measure, measure), "outlet": "Outlet"},
    )
    figure.update_traces(hovertemplate="%{customdata[0]}, %{customdata[1]}<br>mean %{y:.2f} (n=%{customdata[2]})"
                         "<br>%{customdata[3]}<extra></extra>")
    figure.add_hline(y=0, line_dash="dot", line_color="#666")
    figure.update_yaxes(range=[-1, 1])
    figure.update_layout(clickmode="event+select")
    return tidy(figure, height=380)


def distinctive_bars(terms: pd.DataFrame, *, outlet: str, top: int = 15) -> go.Figure:
    """Return the words one outlet over-uses against the rest, by z-score of the log-odds ratio.

    Expects ``framing.compare.distinctive_terms`` (``DISTINCTIVE_COLUMNS``), whose
    ``outlet`` column names the outlet compared with all others (Monroe et al. 2008).
    """
    terms = terms.assign(z=pd.to_numeric(terms["z"], errors="coerce"))
    rows = terms[(terms["outlet"] == outlet) & (terms["z"] > 0)].nlargest(top, "z").sort_values("z")
    if rows.empty:
        return empty_figure(f"No distinctive words for {outlet}")
    figure = go.Figure(go.Bar(
        x=rows["z"], y=rows["term"] + " (" + rows["language"] + ")", orientation="h", marker_color=OKABE_ITO[2],
        customdata=rows[["term", "count", "count_rest"]].to_numpy(),
        hovertemplate="%{customdata[0]}: z = %{x:.2f}<br>%{customdata[1]} here vs %{customdata[2]} elsewhere<extra></extra>",
    ))
    figure.add_vline(x=1.96, line_dash="dot", line_color="#666", annotation_text="z = 1.96")
    figure.update_xaxes(title="z-score of the log-odds ratio (informative Dirichlet prior)")
    figure.update_layout(clickmode="event+select")
    return tidy(figure, height=120 + 24 * len(rows))


def outlet_map_chart(points: pd.DataFrame, explained: pd.DataFrame | None = None) -> go.Figure:
    """Return the outlets on the first two principal components of their term and voice profiles.

    Expects ``framing.compare.outlet_map(...).points`` (``outlet, x, y``) and its
    ``explained`` table to label the axes with the variance each explains.
    """
    if points.empty or len(points) < 2:
        return empty_figure("At least two outlets with terms or quotes are needed for a map")
    share = {}
    if explained is not None and not explained.empty:
        share = dict(zip(explained["component"], explained["ratio"], strict=False))
    figure = go.Figure(go.Scatter(
        x=points["x"], y=points["y"], mode="markers+text", text=points["outlet"], textposition="top center",
        marker={"size": 14, "color": OKABE_ITO[0]}, customdata=points[["outlet"]].to_numpy(),
        hovertemplate="%{text}<extra></extra>",
    ))
    figure.update_xaxes(title=f"component 1 ({share.get(1, float('nan')):.0%} of variance)", zeroline=True)
    figure.update_yaxes(title=f"component 2 ({share.get(2, float('nan')):.0%} of variance)", zeroline=True)
    figure.update_layout(clickmode="event+select")
    return tidy(figure, height=420)
