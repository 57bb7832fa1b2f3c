"""Articles from a URL a person typed, through ``framing.reading.fetch`` with its guards.

The page never loosens the guard: ``FETCH_OPTIONS`` is empty in the app, and
tests inject a resolver and a connector there (a public address routed to a
local server), never ``allow_loopback``. A fetched URL is kept for the
session, so a rerun does not fetch it again.
"""

from __future__ import annotations

import streamlit as st

from framing.reading.fetch import read_url
from framing.record import Record
from framing.scoring.pipeline import Pipeline, scored_or_problems

# Keyword options for ``read_url``; tests put a resolver and a connector here.
FETCH_OPTIONS: dict = {}
_FETCHED = "_fetched_urls"


def fetched_records(url: str, pipeline: Pipeline) -> tuple[list[Record], list[str]]:
    """Return the scored articles at ``url`` and the problems (why it was refused, in words)."""
    cache = st.session_state.setdefault(_FETCHED, {})
    key = (url, pipeline.lexicon.fingerprint)
    if key not in cache:
        with st.spinner(f"Fetching {url}…"):
            result = read_url(url, **FETCH_OPTIONS)
        scored = scored_or_problems(result.articles, pipeline=pipeline)
        records = [r for r in scored if isinstance(r, Record)]
        problems = [*result.problems, *(r for r in scored if not isinstance(r, Record))]
        cache[key] = (records, [f"{p.source}: {p.reason}" for p in problems])
        if len(cache) > 20:  # a session keeps its last few links, not every one
            cache.pop(next(iter(cache)))
    return cache[key]
