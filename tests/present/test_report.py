from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from framing.present.report import Section, report_html


def test_report_is_self_contained_and_escaped():
    figure = go.Figure(go.Bar(x=["a"], y=[1]))
    table = pd.DataFrame({"outlet": ["<script>alert(1)</script>"], "n": [3]})
    page = report_html(
        title="Compare <b>outlets</b>",
        sections=[Section("Chart", figure=figure), Section("Second chart", figure=figure), Section("Table", table=table, text="a < b")],
        notes=["Demo corpus — fictional outlets"],
    )
    assert page.startswith("<!doctype html>") and page.endswith("</html>")
    assert page.count("plotly.js v") == 1  # plotly.js inlined exactly once
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "Compare &lt;b&gt;outlets&lt;/b&gt;" in page and "a &lt; b" in page
    assert "<script src=" not in page  # opens offline: nothing loaded from a CDN


def test_empty_report():
    page = report_html(title="Empty", sections=[])
    assert "<h1>Empty</h1>" in page and "plotly" not in page.lower()
