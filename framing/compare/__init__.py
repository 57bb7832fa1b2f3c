"""Comparison statistics: outlets side by side, honestly, with uncertainty.

Pure functions over the count tables of ``framing.compare.cells`` (which a
store computes in SQL, ``framing.store.counts``; ``comparison`` runs both), and
the word-level statistics over article texts (``distinctive``, ``same_story``);
each returns pandas DataFrames (or frozen dataclasses of them) with
documented columns, every figure with its n and a small-sample flag. Nothing
here draws or imports Streamlit.
"""

from framing.compare.distinctive import (
    DISTINCTIVE_COLUMNS,
    KWIC_COLUMNS,
    distinctive_terms,
    keyword_in_context,
    log_odds_dirichlet,
)
from framing.compare.evidence import (
    EVIDENCE_MEAN_COLUMNS,
    index_means_by_evidence,
    weak_evidence_mask,
)
from framing.compare.intervals import (
    INTERVAL_COLUMNS,
    Interval,
    bootstrap_mean,
    means_with_intervals,
    wilson_interval,
)
from framing.compare.pairs import TERM_PAIR_COLUMNS, term_pairs
from framing.compare.poles import pole_signs
from framing.compare.profile import (
    OUTLET_COLUMNS,
    POLE_SHARE_COLUMNS,
    OutletProfile,
    outlet_profile,
)
from framing.compare.same_story import SAME_STORY_COLUMNS, StoryIndex, same_story, story_index
from framing.compare.samples import (
    FEW_N,
    MIN_N,
    WIDE_HALF_WIDTH,
    SampleFlags,
    flag_columns,
    sample_flags,
)
from framing.compare.similarity import (
    DISTANCE_COLUMNS,
    EVIDENCE_COLUMNS,
    MAP_COLUMNS,
    OutletFeatures,
    OutletMap,
    outlet_distances,
    outlet_features,
    outlet_map,
)
from framing.compare.timeline import EXCLUDED_COLUMNS, TIMELINE_COLUMNS, Timeline, timeline
from framing.compare.voices import (
    ACTOR_SENTIMENT_COLUMNS,
    TOP_QUOTED_COLUMNS,
    VOICE_SHARE_COLUMNS,
    actor_sentiment,
    top_quoted,
    voice_share,
)

__all__ = [
    "ACTOR_SENTIMENT_COLUMNS",
    "DISTANCE_COLUMNS",
    "DISTINCTIVE_COLUMNS",
    "EVIDENCE_COLUMNS",
    "EVIDENCE_MEAN_COLUMNS",
    "EXCLUDED_COLUMNS",
    "FEW_N",
    "INTERVAL_COLUMNS",
    "KWIC_COLUMNS",
    "MAP_COLUMNS",
    "MIN_N",
    "OUTLET_COLUMNS",
    "POLE_SHARE_COLUMNS",
    "SAME_STORY_COLUMNS",
    "TERM_PAIR_COLUMNS",
    "TIMELINE_COLUMNS",
    "TOP_QUOTED_COLUMNS",
    "VOICE_SHARE_COLUMNS",
    "WIDE_HALF_WIDTH",
    "Interval",
    "OutletFeatures",
    "OutletMap",
    "OutletProfile",
    "SampleFlags",
    "StoryIndex",
    "Timeline",
    "actor_sentiment",
    "bootstrap_mean",
    "distinctive_terms",
    "flag_columns",
    "index_means_by_evidence",
    "keyword_in_context",
    "log_odds_dirichlet",
    "means_with_intervals",
    "outlet_distances",
    "outlet_features",
    "outlet_map",
    "outlet_profile",
    "pole_signs",
    "same_story",
    "sample_flags",
    "story_index",
    "term_pairs",
    "timeline",
    "top_quoted",
    "voice_share",
    "weak_evidence_mask",
    "wilson_interval",
]
