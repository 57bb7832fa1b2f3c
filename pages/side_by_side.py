"""Side by side: read two or three articles in columns, evidence highlighted, scorecards on top."""

from __future__ import annotations

import streamlit as st

from framing.compare.same_story import same_story
from framing.outlets import UNKNOWN_OUTLET
from ui.data import corpus_story_index
from ui.evidence import evidence, legend, scorecard
from ui.sidebar import corpus_sidebar

corpus = corpus_sidebar()
st.title("Side by side")
if corpus is None or corpus.articles.empty:
    st.info("No articles match the sidebar filters.")
    st.stop()

by_id = {r["id"]: r for r in corpus.records}
articles = corpus.articles.sort_values(["date", "outlet"], na_position="last")
labels = {
    row.id: f"{row.outlet} — {row.title} ({row.date or 'undated'})"
    for row in articles.itertuples()
}
ids = list(labels)

st.write(
    "Pick an article and the closest coverage of the same event by other outlets is suggested — "
    "across languages, by shared names, places and numbers — or pick up to three yourself."
)
first = st.selectbox("Article", ids, format_func=labels.get, key="sbs_first")
index = corpus_story_index(corpus.records)
suggestions = same_story(index, first, top=5, window_days=10)
if suggestions.empty:
    st.caption("No article from another outlet on the same dates and story was found.")
else:
    st.markdown("**Same story in other outlets**")
    st.dataframe(
        suggestions[["rank", "outlet", "language", "date", "title", "score", "shared_anchors"]],
        hide_index=True, key="sbs_suggestions",
        column_config={"score": st.column_config.ProgressColumn("similarity", min_value=0.0, max_value=1.0, format="%.2f")},
    )
default_others = [i for i in suggestions["article_id"].head(2) if i in labels]
others = st.multiselect(
    "Compare with (up to two)", [i for i in ids if i != first], default=default_others,
    format_func=labels.get, max_selections=2, key=f"sbs_others_{first}",
)

legend(corpus.lexicon)
chosen = [first, *others]
for column, article_id in zip(st.columns(len(chosen)), chosen, strict=True):
    record = by_id[article_id]
    with column:
        st.subheader(record.get("outlet") or UNKNOWN_OUTLET)
        scorecard(record, corpus.lexicon, key=f"sbs_card_{article_id}")
        with st.container(height=700):
            evidence(record, corpus.lexicon)
