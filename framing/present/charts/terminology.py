"""Terminology charts over the comparison tables of ``framing.compare``.

Selections: ``index_by_outlet`` points carry ``customdata[0]`` = outlet;
``term_pair_heatmap`` cells carry (outlet, referent, variant, language).
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from framing.present.charts.base import LANGUAGE_NAMES, empty_figure, safe, tidy
from framing.present.colours import FADED, INK, POLE_SCALE, pole_colour

INDEX_TITLE = "Terminology index per outlet"
PAIRS_TITLE = "Which name each outlet uses"


def index_by_outlet(outlets: pd.DataFrame, *, pole_labels: tuple[str, str] = ("−1 pole", "+1 pole")) -> go.Figure:
    """Return each outlet's mean terminology index as a dot with its 95% interval and n.

    Expects ``framing.compare.outlet_profile(...).outlets`` (``OUTLET_COLUMNS``):
    ``outlet, index_mean, index_low, index_high, index_n, index_flag, index_note``.
    Outlets flagged "too few" are drawn hollow and faded and say so in their label.
    """
    rows = outlets.dropna(subset=["index_mean"]).sort_values("index_mean")
    if rows.empty:
        return empty_figure("No outlet has a terminology index (no author-voice terms)", title=INDEX_TITLE)
    too_few = rows["index_flag"].isin(["empty", "too_few"]).to_numpy()
    labels = [f"{safe(o)} (n={int(n)}){' — too few' if f else ''}"
              for o, n, f in zip(rows["outlet"], rows["index_n"], too_few, strict=True)]
    colours = [pole_colour(v) for v in rows["index_mean"]]
    figure = go.Figure(go.Scatter(
        x=rows["index_mean"], y=labels, mode="markers",
        error_x={"type": "data", "symmetric": False, "array": rows["index_high"] - rows["index_mean"],
                 "arrayminus": rows["index_mean"] - rows["index_low"], "color": INK},
        marker={"size": 14, "color": colours, "symbol": ["circle-open" if f else "circle" for f in too_few],
                "opacity": [FADED if f else 1.0 for f in too_few], "line": {"width": 2, "color": colours}},
        customdata=list(zip(rows["outlet"], rows["index_note"].fillna("").map(safe), strict=True)),
        hovertemplate="%{y}<br>mean index %{x:.2f}<br>%{customdata[1]}<extra></extra>",
    ))
    figure.add_vline(x=0, line_dash="dot", line_color=INK)
    # The axis title is centred under the plot, which a phone pushes to the right edge: keep it
    # short, and say what the poles mean under the chart's title, which starts at the left.
    figure.update_xaxes(range=[-1, 1], title="mean index<br>(95% interval)")
    figure.update_yaxes(title="outlet (n articles)")
    figure.update_layout(clickmode="event+select", showlegend=False)
    figure = tidy(figure, title=INDEX_TITLE, height=150 + 45 * len(rows))
    figure.update_layout(title={"subtitle": {"text": f"← −1: {safe(pole_labels[0])}<br>+1: {safe(pole_labels[1])} →",
                                             "font": {"size": 12}}}, margin={"t": 95})
    return figure


def pair_columns(pairs: pd.DataFrame, *, voice: str = "author", top: int = 16) -> pd.DataFrame:
    """Return the heatmap's columns: one per (referent, variant, language) used in ``voice``, with
    that language's own pole sign, the ``top`` most used, competing names of a referent side by side.

    Columns ``referent, variant, language, term, sign, count, label``. A referent with one
    variant in the corpus (one-sided use) is kept: that is the signal.
    """
    used = pairs[(pairs["voice"] == voice) & (pairs["count"] > 0)]
    if used.empty:
        return pd.DataFrame(columns=["referent", "variant", "language", "term", "sign", "count", "label"])
    keys = ["referent", "variant", "language"]
    columns = (used.groupby(keys, as_index=False)
               .agg(term=("term", "first"), sign=("sign", "first"), count=("count", "sum")))
    columns = columns.nlargest(top, "count").sort_values(["referent", "language", "sign", "variant"],
                                                         na_position="last")
    languages = columns["language"].nunique() > 1
    names = columns["term"].astype(str)
    repeated = names.duplicated(keep=False) & (columns.groupby("term")["referent"].transform("nunique") > 1)
    columns["label"] = [
        safe(t) + (f" ({safe(r)})" if rep else "") + (f" · {LANGUAGE_NAMES.get(lang, lang)}" if languages else "")
        for t, r, lang, rep in zip(names, columns["referent"], columns["language"], repeated, strict=True)
    ]
    return columns.reset_index(drop=True)


def term_pair_heatmap(pairs: pd.DataFrame, *, voice: str = "author", top: int = 16) -> go.Figure:
    """Return a (referent, variant, language) × outlet heatmap of how often each outlet uses each
    name in ``voice``.

    Expects ``framing.compare.term_pairs`` (``TERM_PAIR_COLUMNS``). A cell's colour is the
    variant's pole in that language (English "Kiev" and French "Kiev" are two columns with
    their own poles), its text the count. Cells are clickable: an invisible marker on each
    carries (outlet, referent, variant, language), since plotly heatmaps cannot be selected.
    """
    title = f"{PAIRS_TITLE} ({voice} voice)"
    columns = pair_columns(pairs, voice=voice, top=top)
    if columns.empty:
        return empty_figure(f"No contested term used in the {voice} voice", title=title)
    used = pairs[(pairs["voice"] == voice) & (pairs["count"] > 0)]
    keys = ["referent", "variant", "language"]
    counts = used.pivot_table(index="outlet", columns=keys, values="count", aggfunc="sum", fill_value=0)
    wanted = list(columns[keys].itertuples(index=False, name=None))
    counts = counts.reindex(columns=pd.MultiIndex.from_tuples(wanted, names=keys), fill_value=0)
    signs = columns["sign"].astype(float).fillna(0).to_numpy()
    # Names down the side (long labels read across), outlets along the top.
    z = ((counts.to_numpy() > 0) * signs).T
    outlets = list(counts.index)
    x = [safe(o) for o in outlets]
    y = list(columns["label"])
    values = counts.to_numpy().T
    text = [[str(v) if v else "" for v in row] for row in values]
    figure = go.Figure(go.Heatmap(
        z=z, x=x, y=y, zmin=-1, zmax=1, colorscale=POLE_SCALE, showscale=False, text=text,
        texttemplate="%{text}", hoverinfo="skip", xgap=2, ygap=2,
    ))
    cells = [(o, xo, k, lab, n) for k, lab, row in zip(wanted, y, values, strict=True)
             for o, xo, n in zip(outlets, x, row, strict=True)]
    figure.add_trace(go.Scatter(
        x=[c[1] for c in cells], y=[c[3] for c in cells], mode="markers",
        marker={"size": 24, "symbol": "square", "color": INK, "opacity": 0.0},
        selected={"marker": {"opacity": 0.3}}, unselected={"marker": {"opacity": 0.0}},
        customdata=[[c[0], *c[2], int(c[4])] for c in cells],
        hovertemplate="%{x}<br>%{y}: %{customdata[4]} use(s)<br>click for the passages<extra></extra>",
        showlegend=False,
    ))
    figure.update_xaxes(tickangle=-30, side="top", title="")
    figure.update_yaxes(title="name (colour: its pole in that language)", autorange="reversed")
    figure.update_layout(clickmode="event+select", showlegend=False)
    return tidy(figure, title=title, height=260 + 30 * len(y))
