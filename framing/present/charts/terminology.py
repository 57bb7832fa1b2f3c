"""Terminology charts over the comparison tables of ``framing.compare``."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from framing.present.charts.base import DIVERGING, SIGN_COLOURS, empty_figure, tidy


def index_by_outlet(outlets: pd.DataFrame, *, pole_labels: tuple[str, str] = ("−1 pole", "+1 pole")) -> go.Figure:
    """Return each outlet's mean terminology index as a dot with its 95% interval and n.

    Expects ``framing.compare.outlet_profile(...).outlets`` (``OUTLET_COLUMNS``):
    ``outlet, index_mean, index_low, index_high, index_n, index_flag, index_note``.
    Outlets flagged "too few" are drawn hollow and say so in their label.
    """
    rows = outlets.dropna(subset=["index_mean"]).sort_values("index_mean")
    if rows.empty:
        return empty_figure("No outlet has a terminology index (no author-voice terms)")
    too_few = rows["index_flag"].isin(["empty", "too_few"])
    labels = rows["outlet"] + " (n=" + rows["index_n"].astype(int).astype(str) + ")" + too_few.map(
        {True: " — too few", False: ""})
    colours = [SIGN_COLOURS[1] if v > 0 else SIGN_COLOURS[-1] if v < 0 else SIGN_COLOURS[0] for v in rows["index_mean"]]
    figure = go.Figure(go.Scatter(
        x=rows["index_mean"], y=labels, mode="markers",
        error_x={"type": "data", "symmetric": False, "array": rows["index_high"] - rows["index_mean"],
                 "arrayminus": rows["index_mean"] - rows["index_low"], "color": "#555"},
        marker={"size": 13, "color": colours, "symbol": ["circle-open" if f else "circle" for f in too_few],
                "line": {"width": 2, "color": colours}},
        customdata=rows[["outlet", "index_note"]].to_numpy(),
        hovertemplate="%{customdata[0]}<br>mean index %{x:.2f}<br>%{customdata[1]}<extra></extra>",
    ))
    figure.add_vline(x=0, line_dash="dot", line_color="#666")
    figure.update_xaxes(range=[-1, 1], title=f"← {pole_labels[0]}   ·   mean terminology index   ·   {pole_labels[1]} →")
    figure.update_layout(clickmode="event+select", showlegend=False)
    return tidy(figure, height=80 + 45 * len(rows))


def term_pair_heatmap(pairs: pd.DataFrame, *, voice: str = "author", top: int = 14) -> go.Figure:
    """Return an outlet × variant heatmap of how often each outlet uses each name (in ``voice``).

    Expects ``framing.compare.term_pairs`` (``TERM_PAIR_COLUMNS``). Cells show
    the count and, in colour, the variant's pole sign; rows are the ``top``
    referents×variants most used overall. Hover text gives counts and shares.
    """
    used = pairs[(pairs["voice"] == voice) & (pairs["count"] > 0)]
    if used.empty:
        return empty_figure(f"No competing terms used in the {voice} voice")
    used = used.assign(column=used["referent"] + " · " + used["term"])
    keep = used.groupby("column")["count"].sum().nlargest(top).index
    used = used[used["column"].isin(keep)].sort_values(["referent", "sign"])
    counts = used.pivot_table(index="outlet", columns="column", values="count", aggfunc="sum", fill_value=0)
    columns = list(dict.fromkeys(used["column"]))  # keep competing names of a referent side by side
    counts = counts[columns]
    signs = used.drop_duplicates("column").set_index("column")["sign"].reindex(columns).fillna(0)
    shading = counts.gt(0).mul(signs, axis=1)
    terms = used.drop_duplicates("column").set_index("column")["term"].reindex(columns)
    # Axis labels are the names themselves; a name used for two referents gets its referent.
    repeated = terms.duplicated(keep=False)
    labels = [f"{t} ({c.split(' · ')[0]})" if r else t for c, t, r in zip(columns, terms, repeated, strict=True)]
    figure = go.Figure(go.Heatmap(
        z=shading.to_numpy(), x=labels, y=list(counts.index), zmin=-1, zmax=1,
        colorscale=DIVERGING, showscale=False, text=counts.to_numpy(), texttemplate="%{text}",
        customdata=[[[o, c] for c in columns] for o in counts.index],
        hovertemplate="%{y}<br>%{x}: %{text} use(s)<extra></extra>", xgap=2, ygap=2,
    ))
    figure.update_xaxes(tickangle=-35)
    figure.update_layout(clickmode="event+select")
    return tidy(figure, height=160 + 38 * len(counts.index))
