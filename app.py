"""Framing dashboard — compare how outlets cover the same events.

Run with ``make dashboard`` (or ``streamlit run app.py``).
"""

from __future__ import annotations

import streamlit as st

from framing.charts import articles_per_outlet, sentiment_by_outlet
from framing.frames import articles_frame
from framing.reading import SUPPORTED_SUFFIXES
from ui.data import demo_corpus, files_digest, uploaded_corpus

st.set_page_config(page_title="Framing — compare outlets", page_icon="📰", layout="wide")

DEMO = "Demo corpus (fictional outlets)"
UPLOAD = "My files"

with st.sidebar:
    st.header("Corpus")
    source = st.radio("Articles to compare", [DEMO, UPLOAD], key="corpus_source")
    uploads = []
    if source == UPLOAD:
        uploads = st.file_uploader(
            "Articles (.txt, .html, .csv, .jsonl)",
            type=sorted(s.lstrip(".") for s in SUPPORTED_SUFFIXES if s),
            accept_multiple_files=True,
            key="corpus_upload",
            help="CSV and JSONL need a 'text' column; 'title', 'outlet', 'url', 'date', 'language' are optional.",
        )

st.title("Framing: how outlets cover the same story")

if source == DEMO:
    records, problems = demo_corpus()
    st.info(
        "**Demo corpus — fictional outlets.** Every article and outlet here was written for "
        "teaching; the events are real, the outlets and the quoted people are not.",
        icon="ℹ️",
    )
else:
    files = tuple((f.name, f.getvalue()) for f in uploads or [])
    if not files:
        st.write("Upload one or more files in the sidebar to score them.")
        st.stop()
    records, problems = uploaded_corpus(files, files_digest(files))

for problem in problems:
    st.warning(f"Could not read {problem}", icon="⚠️")

articles = articles_frame(records)
if articles.empty:
    st.error("No article could be read.")
    st.stop()

dates = articles["date"].dropna().sort_values()
c1, c2, c3, c4 = st.columns(4)
c1.metric("Articles", len(articles))
c2.metric("Outlets", articles["outlet"].nunique())
c3.metric("Languages", ", ".join(sorted(articles["language"].dropna().unique())) or "—")
c4.metric("Dates", f"{dates.iloc[0]} → {dates.iloc[-1]}" if len(dates) else "—")

left, right = st.columns(2)
with left:
    st.subheader("Articles per outlet")
    st.plotly_chart(articles_per_outlet(articles), key="chart_articles", width="stretch")
with right:
    st.subheader("Sentiment per outlet")
    st.caption("Each point is an article: the mean VADER compound of its sentences.")
    st.plotly_chart(sentiment_by_outlet(articles), key="chart_sentiment", width="stretch")

st.subheader("Articles")
st.dataframe(
    articles.drop(columns=["id"]),
    key="table_articles",
    hide_index=True,
    column_config={"url": st.column_config.LinkColumn("url")},
)
