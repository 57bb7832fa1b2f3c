"""Cached analysers and corpora for the dashboard.

Analysers are built once per server process (``st.cache_resource``); scored
corpora are cached as data (``st.cache_data``) keyed by their inputs.
"""

from __future__ import annotations

import hashlib

import streamlit as st

from framing.corpus import demo_records, score_uploads
from framing.pipeline import Pipeline


@st.cache_resource(show_spinner="Loading analysers…")
def pipeline() -> Pipeline:
    """The one pipeline of this server process."""
    return Pipeline()


@st.cache_data(show_spinner="Scoring the demo corpus…")
def demo_corpus() -> tuple[list[dict], list[str]]:
    """Records of the bundled (fictional) demo corpus, and any problems as lines."""
    records, problems = demo_records(pipeline())
    return records, [str(p) for p in problems]


@st.cache_data(show_spinner="Scoring your files…", max_entries=32)
def uploaded_corpus(files: tuple[tuple[str, bytes], ...], digest: str) -> tuple[list[dict], list[str]]:
    """Records of uploaded files (name, bytes); ``digest`` keys the cache cheaply."""
    records, problems = score_uploads(pipeline(), files)
    return records, [str(p) for p in problems]


def files_digest(files: tuple[tuple[str, bytes], ...]) -> str:
    """Return a short hash of uploaded names and contents, the cache key for them."""
    h = hashlib.sha256()
    for name, data in files:
        h.update(name.encode())
        h.update(hashlib.sha256(data).digest())
    return h.hexdigest()[:16]
