"""The comparison tables of a corpus, computed once per (articles, lexicon) and cached."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from framing.compare.distinctive import distinctive_terms
from framing.compare.pairs import term_pairs
from framing.compare.profile import outlet_profile
from framing.compare.similarity import outlet_features, outlet_map
from framing.compare.timeline import timeline
from framing.compare.voices import actor_sentiment, top_quoted, voice_share
from framing.frames import actors_frame, articles_frame, quotes_frame, terms_frame
from framing.terminology import Lexicon


@dataclass(frozen=True)
class Comparison:
    """Every table the home page draws (see each function's documented columns)."""

    outlets: pd.DataFrame
    pole_shares: pd.DataFrame
    pairs: pd.DataFrame
    voice_shares: pd.DataFrame
    top_quoted: pd.DataFrame
    actor_sentiment: pd.DataFrame
    timeline: pd.DataFrame
    timeline_excluded: pd.DataFrame
    map_points: pd.DataFrame
    map_explained: pd.DataFrame


@st.cache_data(show_spinner="Comparing outlets…", max_entries=16)
def comparison(_records: list[dict], _lexicon: Lexicon, key: str) -> Comparison:
    """The comparison of these records under this lexicon; ``key`` identifies both."""
    articles = articles_frame(_records, with_text=True)
    terms = terms_frame(_records)
    quotes = quotes_frame(_records)
    profile = outlet_profile(articles, terms, poles=_lexicon)
    over_time = timeline(articles)
    features = outlet_features(terms, quotes)
    space = outlet_map(features)
    return Comparison(
        outlets=profile.outlets,
        pole_shares=profile.poles,
        pairs=term_pairs(terms, poles=_lexicon),
        voice_shares=voice_share(quotes),
        top_quoted=top_quoted(quotes),
        actor_sentiment=actor_sentiment(actors_frame(_records)),
        timeline=over_time.points,
        timeline_excluded=over_time.excluded,
        map_points=space.points,
        map_explained=space.explained,
    )


@st.cache_data(show_spinner="Finding distinctive words…", max_entries=16)
def distinctive(_records: list[dict], key: str) -> pd.DataFrame:
    """Distinctive words per outlet (the slowest table: it tokenises every article)."""
    return distinctive_terms(articles_frame(_records, with_text=True))


def comparison_key(records: list[dict], lexicon: Lexicon) -> str:
    """A cheap cache key: the article ids and the lexicon fingerprint."""
    import hashlib

    digest = hashlib.sha256("".join(r["id"] for r in records).encode()).hexdigest()[:16]
    return f"{digest}:{lexicon.fingerprint}"
