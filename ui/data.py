"""Cached analysers, corpora and stores for the dashboard.

Analysers are built once per server process (``st.cache_resource``); scored
corpora are cached as data (``st.cache_data``) keyed by their inputs. Every
page reads a DuckDB store: a store file opened read-only, or an in-memory
store holding the demo corpus or uploaded files (``framing.store.memory_store``),
so one set of SQL queries serves a classroom corpus and a million articles.
A session's custom terms re-score only the terminology fields of an
in-memory corpus.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict

import duckdb
import streamlit as st

from framing.compare.comparison import Comparison, comparison
from framing.record import Record
from framing.scoring.demo import built_demo, demo_fingerprint, demo_records, upload_batches
from framing.scoring.pipeline import DEFAULT_PACK, Pipeline, with_terms
from framing.store import memory_store
from framing.store.evidence import article_points
from framing.store.query import (
    Filters,
    article_counts,
    articles_page,
    filter_options,
    sentiment_summary,
)
from framing.terminology import Lexicon, load_pack, merge_lexicons

CUSTOM_TERMS_KEY = "custom_lexicon"
# Records written to an in-memory store per transaction: its Arrow batches stay small.
UPLOAD_BATCH_ROWS = 256
# The topic pack the custom terms were checked against: they apply to that pack only.
CUSTOM_PACK_KEY = "custom_lexicon_pack"


@st.cache_resource(show_spinner="Loading analysers…")
def pipeline(pack: str = DEFAULT_PACK) -> Pipeline:
    """The pipeline of this server process for one topic pack."""
    return Pipeline(lexicon=pack)


def demo_corpus(pack: str = DEFAULT_PACK) -> tuple[list[Record], list[str]]:
    """Records of the bundled (fictional) demo corpus, and any problems as lines."""
    return _demo_corpus(pack, _demo_key())


@st.cache_data(show_spinner="Scoring the demo corpus…", persist="disk")
def _demo_corpus(pack: str, fingerprint: str) -> tuple[list[Record], list[str]]:
    # The set-up command's build (``python -m framing.scoring.demo``) when it is current, else
    # scored here; persisted to disk, so a restart need not score it again. The fingerprint of
    # the demo files, data and code makes a changed corpus or analyser re-score.
    built = built_demo(pack, fingerprint)
    if built is not None:
        return built
    records, problems = demo_records(pipeline(pack))
    return records, [str(p) for p in problems]


@st.cache_resource
def _demo_key() -> str:
    return demo_fingerprint()


def uploaded_corpus(
    files: tuple[tuple[str, bytes], ...], digest: str, pack: str = DEFAULT_PACK, outlet: str | None = None
) -> tuple[list[Record], list[str]]:
    """Records of uploaded files (name, bytes), within the upload caps; ``digest`` keys the cache.

    Scored a batch at a time with a progress bar: a new upload or a closed tab
    stops the run at the next update, so no core keeps scoring for nobody.
    Finished uploads are kept for reruns (``_scored_uploads``).
    """
    cache, lock = _scored_uploads()
    key = (digest, pack, outlet)
    with lock:
        if key in cache:
            cache.move_to_end(key)
            return cache[key]
    records: list[Record] = []
    problems: list[str] = []
    bar = st.progress(0.0, text="Scoring your files…")
    for batch in upload_batches(pipeline(pack), files, outlet=outlet):
        records += batch.records
        problems += [str(p) for p in batch.problems]
        bar.progress(batch.done / batch.total if batch.total else 1.0,
                     text=f"Scoring your files… {batch.done:,} of {batch.total:,} articles")
    bar.empty()
    with lock:
        cache[key] = (records, problems)
        while len(cache) > _UPLOADS_KEPT:
            cache.popitem(last=False)
    return records, problems


# Scored uploads kept per server process (each at most ``MAX_UPLOAD_ARTICLES`` records).
_UPLOADS_KEPT = 8


@st.cache_resource
def _scored_uploads() -> tuple[OrderedDict, threading.Lock]:
    return OrderedDict(), threading.Lock()  # sessions run in threads of their own


@st.cache_data(show_spinner="Applying your custom terms…", max_entries=16)
def rescored(_records: list[Record], corpus_key: str, _lexicon: Lexicon, lexicon_key: str) -> list[Record]:
    """Records with terminology recomputed under ``_lexicon`` (keyed by the two keys)."""
    return [with_terms(r, _lexicon) for r in _records]


@st.cache_resource(show_spinner="Preparing the corpus…", max_entries=16)
def records_store(key: str, _records: list[Record]) -> duckdb.DuckDBPyConnection:
    """An in-memory store of ``_records`` (``key`` names their content and lexicon)."""
    return memory_store(_records, batch_size=UPLOAD_BATCH_ROWS)


@st.cache_data(show_spinner="Comparing outlets…", max_entries=64)
def corpus_comparison(_con: duckdb.DuckDBPyConnection, key: str, filters: Filters, _lexicon: Lexicon,
                      lexicon_key: str) -> Comparison:
    """The comparison of the filtered articles of a store (keyed by store, filters and lexicon)."""
    return comparison(_con.cursor(), filters, poles=_lexicon)


# The store queries a page may repeat on every rerun, by name (see ``store_query``).
QUERIES = {
    "filter_options": lambda con, filters: filter_options(con),
    "article_counts": article_counts,
    "article_points": article_points,
    "sentiment_summary": sentiment_summary,
    "articles_page": articles_page,
}


@st.cache_data(show_spinner=False, max_entries=512)
def store_query(_con: duckdb.DuckDBPyConnection, key: str, name: str, filters: Filters | None = None,
                options: tuple = ()):
    """The result of ``QUERIES[name](con, filters, **options)``, cached per store ``key``: a click on
    a chart reruns the page, and its tables need not be asked of the store again."""
    return QUERIES[name](_con.cursor(), filters, **dict(options))


def active_lexicon(pack: str) -> Lexicon:
    """The pack merged with this session's custom terms, if any were added for this pack."""
    # The pack alone, not the whole pipeline: a first page of the demo needs no analysers.
    base = pack_lexicon(pack)
    custom = st.session_state.get(CUSTOM_TERMS_KEY)
    if custom is None or st.session_state.get(CUSTOM_PACK_KEY) != base.pack:
        return base
    return merge_lexicons(base, custom)


def set_custom_terms(custom: Lexicon | None, *, pack: str) -> None:
    """Keep (or with None, drop) this session's custom terms, made for topic pack ``pack``."""
    if custom is None:
        st.session_state.pop(CUSTOM_TERMS_KEY, None)
        st.session_state.pop(CUSTOM_PACK_KEY, None)
    else:
        st.session_state[CUSTOM_TERMS_KEY] = custom
        st.session_state[CUSTOM_PACK_KEY] = pack


@st.cache_resource
def pack_lexicon(pack: str) -> Lexicon:
    """A topic pack as shipped."""
    return load_pack(pack)


def files_digest(files: tuple[tuple[str, bytes], ...]) -> str:
    """Return a short hash of uploaded names and contents, the cache key for them."""
    h = hashlib.sha256()
    for name, data in files:
        h.update(name.encode())
        h.update(hashlib.sha256(data).digest())
    return h.hexdigest()[:16]
