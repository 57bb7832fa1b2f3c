"""Cached analysers and corpora for the dashboard.

Analysers are built once per server process (``st.cache_resource``); scored
corpora are cached as data (``st.cache_data``) keyed by their inputs. A
session's custom terms re-score only the terminology fields of a corpus.
"""

from __future__ import annotations

import hashlib

import streamlit as st

from framing.corpus import demo_records, score_uploads
from framing.pipeline import DEFAULT_PACK, Pipeline, with_terms
from framing.terminology import Lexicon, load_pack, merge_lexicons

CUSTOM_TERMS_KEY = "custom_lexicon"


@st.cache_resource(show_spinner="Loading analysers…")
def pipeline(pack: str = DEFAULT_PACK) -> Pipeline:
    """The pipeline of this server process for one topic pack."""
    return Pipeline(lexicon=pack)


@st.cache_data(show_spinner="Scoring the demo corpus…", persist="disk")
def demo_corpus(pack: str = DEFAULT_PACK) -> tuple[list[dict], list[str]]:
    """Records of the bundled (fictional) demo corpus, and any problems as lines.

    Persisted to disk: the demo corpus only changes with the code, and the
    first render must not wait for it to be scored again.
    """
    records, problems = demo_records(pipeline(pack))
    return records, [str(p) for p in problems]


@st.cache_data(show_spinner="Scoring your files…", max_entries=32)
def uploaded_corpus(
    files: tuple[tuple[str, bytes], ...], digest: str, pack: str = DEFAULT_PACK, outlet: str | None = None
) -> tuple[list[dict], list[str]]:
    """Records of uploaded files (name, bytes); ``digest`` keys the cache cheaply."""
    records, problems = score_uploads(pipeline(pack), files, outlet=outlet)
    return records, [str(p) for p in problems]


@st.cache_data(show_spinner="Applying your custom terms…", max_entries=16)
def rescored(_records: list[dict], corpus_key: str, _lexicon: Lexicon, lexicon_key: str) -> list[dict]:
    """Records with terminology recomputed under ``_lexicon`` (keyed by the two keys)."""
    return [with_terms(r, _lexicon) for r in _records]


def active_lexicon(pack: str) -> Lexicon:
    """The pack merged with this session's custom terms, if any."""
    base = pipeline(pack).lexicon
    custom = st.session_state.get(CUSTOM_TERMS_KEY)
    if custom is None or custom.pack != base.pack:
        return base
    return merge_lexicons(base, custom)


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


@st.cache_resource(show_spinner="Indexing articles for same-story search…", max_entries=8)
def _story_index(ids: tuple[str, ...], _records: list[dict]):
    from framing.compare.same_story import story_index
    from framing.frames import articles_frame

    return story_index(articles_frame(_records, with_text=True))


def corpus_story_index(records: list[dict]):
    """The same-story index of these records (built once per set of article ids)."""
    return _story_index(tuple(r["id"] for r in records), records)
