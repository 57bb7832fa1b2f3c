"""Word-level statistics of the corpus (distinctive words), cached per store and filters.

The other comparison tables come from SQL counts (``ui.data.corpus_comparison``);
distinctive words need the words themselves, so they are computed on the
texts of at most ``SAMPLE_PER_OUTLET`` articles per outlet — all of them for a
classroom corpus, a fixed sample of a large store.
"""

from __future__ import annotations

import duckdb
import pandas as pd
import streamlit as st

from framing.compare.distinctive import distinctive_terms
from framing.store.evidence import text_sample
from framing.store.query import Filters

SAMPLE_PER_OUTLET = 300


@st.cache_data(show_spinner="Finding distinctive words…", max_entries=32)
def _distinctive(_con: duckdb.DuckDBPyConnection, key: str, filters: Filters) -> tuple[pd.DataFrame, int]:
    sample = text_sample(_con.cursor(), filters, per_outlet=SAMPLE_PER_OUTLET)
    return distinctive_terms(sample), len(sample)


def distinctive(corpus) -> tuple[pd.DataFrame, int]:
    """Return the distinctive words of the filtered corpus and, when they come from a sample,
    the number of sampled articles (0 when every article was read)."""
    words, read = _distinctive(corpus.store, corpus.key, corpus.filters)
    return words, (read if read < corpus.matching else 0)
