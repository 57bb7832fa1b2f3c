"""The sidebar every page shares: which corpus, which topic pack, which slice of it.

Every page calls ``corpus_sidebar()`` first. Streamlit forgets the state of a
widget that a run does not draw, so each choice is also kept under a plain
session-state key and restored when the next page draws the widget again
(this also works under ``AppTest``, which reruns pages without the entry point).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from framing.frames import articles_frame
from framing.pipeline import DEFAULT_PACK, lexicon_version
from framing.reading import SUPPORTED_SUFFIXES
from framing.terminology import Lexicon, available_packs
from ui.data import active_lexicon, demo_corpus, files_digest, rescored, uploaded_corpus

DEMO = "Demo corpus (fictional outlets)"
UPLOAD = "My files"
MAX_UPLOAD_MB = 25  # same as server.maxUploadSize in .streamlit/config.toml


@dataclass(frozen=True)
class Corpus:
    """The records the pages work on, after filtering, and how they were chosen."""

    records: list[dict]
    articles: pd.DataFrame
    problems: list[str]
    label: str
    is_demo: bool
    lexicon: Lexicon
    total: int
    pack: str


def corpus_sidebar() -> Corpus | None:
    """Draw the corpus, pack and filter controls; return the filtered corpus (None if empty)."""
    with st.sidebar:
        st.header("Corpus")
        sources = [DEMO, UPLOAD]
        _restore("corpus_source", sources, DEMO)
        source = _kept("corpus_source", st.radio("Articles to compare", sources, key="corpus_source"))
        packs = available_packs()
        _restore("topic_pack", packs, DEFAULT_PACK)
        pack = _kept("topic_pack", st.selectbox(
            "Topic pack", packs, key="topic_pack",
            help="Which lexicon of contested terms to score with (see Glossary & lexicons).",
        ))
        if source == UPLOAD:
            uploads = st.file_uploader(
                f"Articles (.txt, .html, .csv, .jsonl; up to {MAX_UPLOAD_MB} MB each)",
                type=sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES if s),
                accept_multiple_files=True,
                key="corpus_upload",
                help="CSV and JSONL need a 'text' column; 'title', 'outlet', 'url', 'date', "
                "'language' are optional.",
            )
            files = tuple((f.name, f.getvalue()) for f in uploads or [])
            if not files:
                st.info("Upload one or more files to score them.")
                return None
            records, problems = uploaded_corpus(files, files_digest(files), pack)
            label, key = f"{len(files)} uploaded file(s)", files_digest(files)
        else:
            records, problems = demo_corpus(pack)
            label, key = DEMO, "demo"
    lexicon = active_lexicon(pack)
    if records and records[0]["versions"].get("lexicon") != lexicon_version(lexicon):
        records = rescored(records, f"{key}:{pack}", lexicon, lexicon.fingerprint)
    articles = articles_frame(records)
    with st.sidebar:
        articles = _filtered(articles)
    keep = set(articles["id"])
    return Corpus(
        records=[r for r in records if r["id"] in keep],
        articles=articles.reset_index(drop=True),
        problems=problems,
        label=label,
        is_demo=source == DEMO,
        lexicon=lexicon,
        total=len(records),
        pack=pack,
    )


def _restore(key: str, options: list, default) -> None:
    """Put back a widget's value kept from an earlier page, dropping options that left."""
    if key in st.session_state:
        value = st.session_state[key]
    else:
        value = st.session_state.get(f"_keep_{key}", default)
    if isinstance(default, tuple):  # a range slider: two valid ends
        ends = tuple(value) if isinstance(value, (list, tuple)) else ()
        value = ends if len(ends) == 2 and all(v in options for v in ends) else default
    elif isinstance(value, list):
        valid = [v for v in value if v in options]
        value = valid if valid or not value else list(options)
    elif value not in options:
        value = default
    st.session_state[key] = value


def _kept(key: str, value):
    st.session_state[f"_keep_{key}"] = value
    return value


def _filtered(articles: pd.DataFrame) -> pd.DataFrame:
    """Draw date, language and outlet filters; return the rows they keep."""
    if articles.empty:
        return articles
    st.header("Filter")
    years = sorted({int(d[:4]) for d in articles["date"].dropna()})
    if len(years) > 1:
        _restore("years", years, (years[0], years[-1]))
        low, high = _kept("years", st.select_slider("Years", options=years, key="years"))
        undated = articles["date"].isna()
        in_range = articles["date"].str[:4].astype("float").between(low, high)
        articles = articles[undated | in_range]
    languages = sorted(articles["language"].dropna().unique())
    _restore("languages", languages, languages)
    chosen = _kept("languages", st.multiselect("Languages", languages, key="languages"))
    articles = articles[articles["language"].isin(chosen)]
    outlets = sorted(articles["outlet"].unique())
    _restore("outlets", outlets, outlets)
    picked = _kept("outlets", st.multiselect("Outlets", outlets, key="outlets"))
    return articles[articles["outlet"].isin(picked)]
