"""Every comparison table of the home page, from a store: SQL counts, shared statistics.

``comparison`` runs the count queries of ``framing.store.counts`` with the
dashboard's filters and hands their small results (the count tables of
``framing.compare.cells``) to the statistics of ``framing.compare``, so a demo
corpus in memory and a store of a million articles give the same tables for
the same articles.
"""

from __future__ import annotations

from dataclasses import dataclass

import duckdb
import pandas as pd

from framing.compare.intervals import BOOTSTRAP_MAX_N
from framing.compare.pairs import term_pairs
from framing.compare.poles import Poles, signed_poles
from framing.compare.profile import outlet_profile
from framing.compare.similarity import outlet_features, outlet_map
from framing.compare.timeline import timeline
from framing.compare.voices import actor_sentiment, top_quoted, voice_share
from framing.store import counts
from framing.store.query import Filters

__all__ = ["Comparison", "comparison"]


@dataclass(frozen=True)
class Comparison:
    """The tables the home page draws; each has the columns documented in ``framing.compare``:
    ``outlets`` (``OUTLET_COLUMNS``), ``pole_shares`` (``POLE_SHARE_COLUMNS``), ``pairs``
    (``TERM_PAIR_COLUMNS``), ``voice_shares`` (``VOICE_SHARE_COLUMNS``), ``top_quoted``
    (``TOP_QUOTED_COLUMNS``), ``actor_sentiment`` (``ACTOR_SENTIMENT_COLUMNS``), ``timeline`` and
    ``timeline_excluded`` (``TIMELINE_COLUMNS``, ``EXCLUDED_COLUMNS``), ``map_points`` and
    ``map_explained`` (``MAP_COLUMNS``)."""

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


def comparison(
    con: duckdb.DuckDBPyConnection,
    filters: Filters | None = None,
    *,
    poles: Poles | None = None,
    top_actors: int = 30,
    freq: str = "month",
) -> Comparison:
    """Return the ``Comparison`` of the filtered articles of a store.

    ``poles`` is the active lexicon (or a ``{pole: sign}`` mapping);
    ``top_actors`` bounds actor-targeted sentiment to the most mentioned
    actors; ``freq`` is the timeline's granularity.
    """
    cells = counts.term_cells(con, filters)
    quotes = counts.quote_cells(con, filters)
    moments, values = counts.measure_moments(con, filters, max_bootstrap_n=BOOTSTRAP_MAX_N)
    observed = cells["pole"].dropna().unique() if len(cells) else ()
    profile = outlet_profile(counts.outlet_basics(con, filters), moments, values,
                             counts.pole_article_counts(con, filters), signs=signed_poles(poles, observed=observed))
    actors = counts.actor_moments(con, filters, top=top_actors, max_bootstrap_n=BOOTSTRAP_MAX_N)
    over_time = timeline(*counts.timeline_moments(con, filters, freq=freq, max_bootstrap_n=BOOTSTRAP_MAX_N),
                         freq=freq)
    space = outlet_map(outlet_features(cells, quotes))
    return Comparison(
        outlets=profile.outlets,
        pole_shares=profile.poles,
        # One variant is enough: a name only one side uses ("Kiev regime") is the signal itself.
        pairs=term_pairs(cells, poles=poles, min_variants=1),
        voice_shares=voice_share(quotes),
        top_quoted=top_quoted(counts.speaker_counts(con, filters)),
        actor_sentiment=actor_sentiment(actors.moments, actors.values),
        timeline=over_time.points,
        timeline_excluded=over_time.excluded,
        map_points=space.points,
        map_explained=space.explained,
    )
