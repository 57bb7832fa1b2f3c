"""Analyse your own: paste text, upload files or give a URL; see the scores and the evidence.

One source is read at a time (the one chosen), and what was pasted, uploaded or
linked is kept for the session (``ui.state``): leaving the page loses nothing.
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from framing.present.charts import placement
from framing.present.colours import outlet_colours
from framing.reading import SUPPORTED_SUFFIXES
from framing.record.tables import table_batches
from framing.scoring.pipeline import DEFAULT_PACK, with_terms
from ui import state
from ui.article import evidence, legend, scorecard, terms_table
from ui.data import corpus_comparison, files_digest, pipeline, uploaded_corpus
from ui.fetching import fetched_records
from ui.selection import chart, guarded, picked
from ui.sidebar import MAX_UPLOAD_MB, corpus_sidebar, kept_files

PASTE, UPLOAD, LINK = "Paste text", "Upload files", "From a URL"


def _signed(value) -> str:
    return "—" if value is None or value != value else f"{value:+.2f}"


corpus = corpus_sidebar()
pack = corpus.pack if corpus else DEFAULT_PACK
lexicon = corpus.lexicon if corpus else pipeline(pack).lexicon

st.title("Analyse your own article")
for key in ("own_source", "own_title", "own_text", "own_url", "own_outlet"):
    state.restore(key)
st.session_state.setdefault("own_source", PASTE)
source = state.keep("own_source", st.segmented_control(
    "Source", [PASTE, UPLOAD, LINK], key="own_source", label_visibility="collapsed")) or PASTE
files: list[tuple[str, bytes]] = []
fetched: tuple[list[dict], list[str]] = ([], [])
if source == PASTE:
    title = state.keep("own_title", st.text_input("Title (optional)", key="own_title"))
    text = state.keep("own_text", st.text_area("Article text", height=220, key="own_text",
                                               placeholder="Paste the article here, one paragraph per line."))
    if text.strip():
        files.append(("pasted.txt", ((title.strip() + "\n\n") if title.strip() else "").encode() + text.encode()))
elif source == UPLOAD:
    was_drawn = "own_upload" in st.session_state
    uploads = st.file_uploader(
        f"Files (.txt, .html, .csv, .jsonl; up to {MAX_UPLOAD_MB} MB each)",
        type=sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES if s), accept_multiple_files=True, key="own_upload",
    )
    files += list(kept_files("own_upload", uploads, was_drawn=was_drawn))
else:
    url = state.keep("own_url", st.text_input(
        "Article URL (http or https)", key="own_url",
        help="Only public web addresses are fetched: local and private network addresses are refused."))
    if url.strip():
        fetched = fetched_records(url.strip(), pipeline(pack))
outlet = state.keep("own_outlet", st.text_input("Outlet label for these articles (optional)", key="own_outlet"))

records, problems = list(fetched[0]), list(fetched[1])
if files:
    files_key = tuple(files)
    found, read_problems = uploaded_corpus(files_key, files_digest(files_key), pack, outlet.strip() or None)
    records += found
    problems += read_problems
records = [with_terms(r, lexicon) for r in records]
if outlet.strip():
    records = [r if r.outlet else replace(r, outlet=outlet.strip()) for r in records]
for problem in problems:
    st.error(f"Could not read {problem}", icon=":material/block:")
if not records:
    if not problems:
        st.info("Paste, upload or link an article to score it.")
    st.stop()

legend(lexicon)
colours = outlet_colours(corpus.outlets) if corpus else {}
for i, record in enumerate(records):
    st.divider()
    st.subheader(record.title or f"Article {i + 1}")
    scorecard(record, lexicon, key=f"own_{i}")
    left, right = st.columns([3, 2])
    with left:
        evidence(record, lexicon)
    with right, guarded("The comparison with the corpus"):
        if corpus is not None and corpus.matching:
            outlets = corpus_comparison(corpus.store, corpus.key, corpus.filters, corpus.lexicon,
                                        corpus.lexicon.fingerprint).outlets
            points = chart(placement(outlets, table_batches([record])["articles"].to_pandas(), colours=colours), f"own_place_{i}",
                           name=f"placement-{corpus.context}")
            chosen = picked(points, 1)
            if chosen:
                row = outlets[outlets["outlet"] == chosen[0]]
                if len(row):
                    r = row.iloc[0]
                    st.caption(f"**{chosen[0]}**: {int(r['articles'])} article(s), mean index "
                               f"{_signed(r['index_mean'])}, mean sentiment {_signed(r['sentiment_mean'])}. "
                               "Its articles are listed on *Compare outlets* (click its point there).")
        st.markdown("**Terms found**")
        st.dataframe(terms_table(record), hide_index=True, key=f"own_terms_{i}", width="stretch",
                     column_config={"text": st.column_config.TextColumn("as written", width="medium")})
