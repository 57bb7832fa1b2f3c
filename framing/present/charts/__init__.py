"""Charts: functions from a documented DataFrame to a plotly Figure (no Streamlit here)."""

from framing.present.charts.base import (
    DOWNLOAD_CONFIG,
    download_config,
    empty_figure,
    safe,
    with_context,
)
from framing.present.charts.corpus import (
    placement,
    sentiment_by_outlet,
    sentiment_quantiles,
)
from framing.present.charts.terminology import index_by_outlet, term_pair_heatmap
from framing.present.charts.trends import distinctive_bars, outlet_map_chart, timeline_chart
from framing.present.charts.voices import actor_sentiment_heatmap, voice_share_bars

__all__ = [
    "DOWNLOAD_CONFIG",
    "actor_sentiment_heatmap",
    "distinctive_bars",
    "download_config",
    "empty_figure",
    "index_by_outlet",
    "outlet_map_chart",
    "placement",
    "safe",
    "sentiment_by_outlet",
    "sentiment_quantiles",
    "term_pair_heatmap",
    "timeline_chart",
    "voice_share_bars",
    "with_context",
]
