"""Side by side: read two or three articles in columns, evidence highlighted, scorecards on top."""

from __future__ import annotations

import streamlit as st

from framing.compare.same_story import same_story, story_index
from framing.reading.outlets import UNKNOWN_OUTLET
from framing.store import record_by_id
from framing.store.evidence import article_choices, story_candidates
from ui.article import evidence, legend, scorecard
from ui.sidebar import corpus_sidebar

# Articles a picker offers at once; a search narrows a large store.
CHOICES = 300
WINDOW_DAYS = 10

corpus = corpus_sidebar()
st.title("Side by side")
if corpus is None or not corpus.matching:
    st.info("No articles match the sidebar filters.")
    st.stop()
con = corpus.con()

st.write(
    "Pick an article and the closest coverage of the same event by other outlets is suggested — "
    "across languages, by shared names, places and numbers — or pick up to three yourself."
)
search = ""
if corpus.matching > CHOICES:
    search = st.text_input(f"Find an article by title or outlet ({corpus.matching:,} match the filters)",
                           key="sbs_search")
choices = article_choices(con, corpus.filters, search=search, limit=CHOICES)
if choices.empty:
    st.info("No article title or outlet contains that.")
    st.stop()
def label(row) -> str:
    """Outlet, title (or the first words of a title-less article) and date: what a person picks by."""
    title = row.title if isinstance(row.title, str) and row.title.strip() else ""
    words = " ".join(title.split()[:12]) + ("…" if len(title.split()) > 12 else "") if title else "untitled"
    return f"{row.outlet or UNKNOWN_OUTLET} — {words} ({row.date or 'undated'})"


# Widgets hold article ids (two articles with the same outlet, title and date stay two choices);
# the labels are only how the ids are shown.
labels: dict[str, str] = {}
for row in choices.itertuples():
    labels.setdefault(row.id, label(row))
first = st.selectbox("Article", list(labels), key="sbs_first", format_func=labels.get)


@st.cache_data(show_spinner="Looking for the same story elsewhere…", max_entries=256)
def suggestions_for(key: str, article_id: str):
    """The same story in other outlets: candidates dated near the article, ranked by same_story."""
    candidates = story_candidates(corpus.con(), article_id, window_days=WINDOW_DAYS)
    return same_story(story_index(candidates), article_id, top=5, window_days=WINDOW_DAYS)


suggestions = suggestions_for(corpus.key, first)
if suggestions.empty:
    st.caption("No article from another outlet on the same dates shares a name, place or number with this one.")
else:
    st.markdown("**Same story in other outlets**")
    st.caption("Similarity 0–1: shared words (same language) and shared names, places and numbers "
               "(any language), less for articles days apart.")
    table = suggestions.assign(similarity=suggestions["score"].round(2))
    st.dataframe(
        table[["rank", "similarity", "outlet", "language", "date", "title", "shared_anchors"]],
        hide_index=True, key="sbs_suggestions", width="stretch",
        column_config={"similarity": st.column_config.NumberColumn("similarity", format="%.2f", width="small"),
                       "shared_anchors": st.column_config.TextColumn("shared names, places, numbers",
                                                                     width="large")},
    )
    for row in suggestions.itertuples():
        labels.setdefault(row.article_id, label(row))
default_others = list(suggestions["article_id"].head(2))
others = st.multiselect(
    "Compare with (up to two)", [x for x in labels if x != first], default=default_others,
    max_selections=2, key=f"sbs_others_{first}", format_func=labels.get,
)

legend(corpus.lexicon)
chosen = [first, *others]
for column, article_id in zip(st.columns(len(chosen)), chosen, strict=True):
    record = record_by_id(con, article_id)
    if record is None:
        continue
    with column:
        st.subheader(record.outlet or UNKNOWN_OUTLET)
        scorecard(record, corpus.lexicon, key=f"sbs_card_{article_id}", compact=len(chosen) > 2)
        with st.container(height=700):
            evidence(record, corpus.lexicon)
