"""Analyse your own: paste text, upload files or give a URL; see the scores and the evidence."""

from __future__ import annotations

import streamlit as st

from framing.present.charts import placement
from framing.reading import SUPPORTED_SUFFIXES
from framing.record.tables import table_batches
from framing.scoring.pipeline import DEFAULT_PACK, with_terms
from ui.data import corpus_comparison, files_digest, pipeline, uploaded_corpus
from ui.evidence import evidence, legend, scorecard, terms_table
from ui.sidebar import MAX_UPLOAD_MB, corpus_sidebar

corpus = corpus_sidebar()
pack = corpus.pack if corpus else DEFAULT_PACK
lexicon = corpus.lexicon if corpus else pipeline(pack).lexicon

st.title("Analyse your own article")
paste, upload, link = st.tabs(["Paste text", "Upload files", "From a URL"])
files: list[tuple[str, bytes]] = []
with paste:
    title = st.text_input("Title (optional)", key="own_title")
    text = st.text_area("Article text", height=220, key="own_text",
                        placeholder="Paste the article here, one paragraph per line.")
    if text.strip():
        files.append(("pasted.txt", ((title.strip() + "\n\n") if title.strip() else "").encode() + text.encode()))
with upload:
    uploads = st.file_uploader(
        f"Files (.txt, .html, .csv, .jsonl; up to {MAX_UPLOAD_MB} MB each)",
        type=sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES if s), accept_multiple_files=True, key="own_upload",
    )
    files += [(f.name, f.getvalue()) for f in uploads or []]
with link:
    url = st.text_input("Article URL (http or https)", key="own_url")
    if url.strip():
        try:
            from framing.reading.fetch import FetchError, fetch_bytes
        except ImportError:  # pragma: no cover - fetching ships with the store work
            st.error("Fetching URLs is not available in this installation.")
        else:
            try:
                with st.spinner("Fetching…"):
                    name, data = fetch_bytes(url.strip())
                files.append((name, data))
            except FetchError as exc:
                st.error(str(exc))
outlet = st.text_input("Outlet label for these articles (optional)", key="own_outlet")

if not files:
    st.info("Paste, upload or link an article to score it.")
    st.stop()

files_key = tuple(files)
records, problems = uploaded_corpus(files_key, files_digest(files_key), pack, outlet.strip() or None)
records = [with_terms(r, lexicon) for r in records]
for problem in problems:
    st.warning(f"Could not read {problem}", icon="⚠️")
if not records:
    st.stop()

legend(lexicon)
for i, record in enumerate(records):
    st.divider()
    st.subheader(record.title or f"Article {i + 1}")
    scorecard(record, lexicon, key=f"own_{i}")
    left, right = st.columns([3, 2])
    with left:
        evidence(record, lexicon)
    with right:
        if corpus is not None and corpus.matching:
            st.markdown("**Among the corpus outlets**")
            outlets = corpus_comparison(corpus.store, corpus.key, corpus.filters, corpus.lexicon,
                                        corpus.lexicon.fingerprint).outlets
            own = table_batches([record])["articles"].to_pandas()
            st.plotly_chart(placement(outlets, own), key=f"own_place_{i}")
        st.markdown("**Terms found**")
        st.dataframe(terms_table(record), hide_index=True, key=f"own_terms_{i}")
