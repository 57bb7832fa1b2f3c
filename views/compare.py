"""Compare outlets (home): how each outlet's coverage differs, with n, intervals and evidence.

Every table comes from the corpus store in SQL (``framing.store``), so the
page is the same for the demo corpus and a million stored articles. Every
chart can be clicked (plotly selection events): the passages, quotes or
articles behind the selected bar, cell or point are listed under it.
"""

from __future__ import annotations

from dataclasses import replace

import streamlit as st

from framing.compare.distinctive import keyword_in_context
from framing.present.charts import (
    DOWNLOAD_CONFIG,
    actor_sentiment_heatmap,
    distinctive_bars,
    index_by_outlet,
    outlet_map_chart,
    sentiment_by_outlet,
    sentiment_quantiles,
    term_pair_heatmap,
    timeline_chart,
    voice_share_bars,
)
from framing.present.evidence import sentence_rows
from framing.store import articles_page, record_by_id
from framing.store.evidence import quote_rows, term_contexts, texts_containing
from ui.data import corpus_comparison, store_query
from ui.evidence import evidence, legend, scorecard
from ui.exports import csv_download, report_download
from ui.sidebar import corpus_sidebar
from ui.stats import SAMPLE_PER_OUTLET, distinctive

# Up to this many articles the sentiment chart draws every article (clickable); beyond, quantiles.
POINTS_MAX = 3_000
PAGE_ROWS = 50
# Up to this many articles distinctive words are computed with the page; beyond, on request.
EAGER_DISTINCTIVE = 5_000

corpus = corpus_sidebar()
st.title("Framing: how outlets cover the same story")
if corpus is None:
    st.stop()
if corpus.is_demo:
    st.info(
        "**Demo corpus — fictional outlets.** Every article and outlet here was written for "
        "teaching; the events are real, the outlets and the quoted people are not.",
        icon=":material/info:",
    )
for problem in corpus.problems:
    st.warning(f"Could not read {problem}", icon=":material/warning:")
if not corpus.matching:
    st.error("No article matches the sidebar filters." if corpus.total else "No article could be read.")
    st.stop()

con, filters, lexicon = corpus.con(), corpus.filters, corpus.lexicon
poles = {p.sign: p.label for p in lexicon.poles}
result = corpus_comparison(corpus.store, corpus.key, filters, lexicon, lexicon.fingerprint)


def chart(figure, key: str):
    """Draw a figure with PNG download and selection events; return the selected points."""
    event = st.plotly_chart(figure, key=key, on_select="rerun", selection_mode=("points",), config=DOWNLOAD_CONFIG)
    return (event or {}).get("selection", {}).get("points", []) if event else []


def small_sample_notes(table, note_column: str = "note", flag_column: str = "flag") -> None:
    """Say in words which figures rest on too few articles."""
    if table.empty or flag_column not in table:
        return
    shaky = table[table[flag_column].isin(["empty", "too_few", "wide", "few"])]
    for note, group in shaky.groupby(note_column, sort=False):
        st.caption(f"⚠️ {note}: {', '.join(sorted(group['outlet'].unique()))}")


profile = result.outlets
c1, c2, c3, c4 = st.columns(4)
c1.metric("Articles", f"{corpus.matching:,}", help=f"{corpus.total:,} in the corpus before the filters")
c2.metric("Outlets", len(profile))
c3.metric("Languages", ", ".join(sorted({x for ls in profile["languages"] for x in ls.split(", ")})) or "—")
dated = profile.dropna(subset=["first_date"])
c4.metric("From", dated["first_date"].min()[:7] if len(dated) else "—",
          help=f"Dates {dated['first_date'].min()} to {dated['last_date'].max()}" if len(dated) else "No dated article")

# --- Terminology -------------------------------------------------------------------------
st.header("Word choice")
st.caption(
    f"Terminology index of each article's own words (author voice), averaged per outlet with a 95% interval: "
    f"+1 = {poles.get(1, '+1 pole')}, −1 = {poles.get(-1, '−1 pole')}. Click a point for its articles."
)
picked = chart(index_by_outlet(profile, pole_labels=(poles.get(-1, "−1"), poles.get(1, "+1"))), "chart_index")
small_sample_notes(profile, "index_note", "index_flag")
csv_download(profile, "outlet-profile", key="dl_profile")
if picked:
    outlet = picked[0]["customdata"][0]
    behind = articles_page(con, replace(filters, outlets=(outlet,)), order="index_high", limit=PAGE_ROWS).rows
    st.markdown(f"**{outlet}: the articles behind the point** (most {poles.get(1, '+1')} first)")
    st.dataframe(behind[["date", "title", "terminology_index", "term_count", "language"]], hide_index=True,
                 key="sel_index_table")
    st.markdown("**Its own (author-voice) contested terms**, newest first")
    st.dataframe(term_contexts(con, filters, outlet=outlet, voice="author"), hide_index=True,
                 key="sel_index_terms", column_order=["date", "term", "left", "match", "right"])

st.subheader("Which name for the same thing")
voice = st.radio("Voice", ["author", "quoted", "distanced"], horizontal=True, key="pair_voice",
                 help="author = the outlet's own words; quoted = inside someone's quotation; "
                 "distanced = scare quotes or 'so-called'.")
st.caption("Counts per outlet; colour shows the pole of the name (orange +1, blue −1, grey neutral), "
           "the number is the count. Click a cell for the passages.")
picked = chart(term_pair_heatmap(result.pairs, voice=voice), "chart_pairs")
csv_download(result.pairs, "term-pairs", key="dl_pairs")
if picked:
    outlet, column = picked[0]["customdata"]
    referent, term = column.split(" · ", 1)
    st.markdown(f"**{outlet} — “{term}” ({voice} voice)**")
    st.dataframe(term_contexts(con, filters, outlet=outlet, referent=referent, term=term, voice=voice),
                 hide_index=True, key="sel_pair_table", column_order=["date", "left", "match", "right"])

# --- Voices ------------------------------------------------------------------------------
st.header("Who gets a voice")
left, right = st.columns(2)
with left:
    measure = st.radio("Share of", ["quote_share", "word_share"], horizontal=True, key="voice_measure",
                       format_func={"quote_share": "quotes", "word_share": "quoted words"}.get)
    picked = chart(voice_share_bars(result.voice_shares, measure=measure), "chart_voices")
    small_sample_notes(result.voice_shares[result.voice_shares["kind"] == "all"])
    csv_download(result.voice_shares, "voice-share", key="dl_voices")
    if picked:
        outlet, side = picked[0]["customdata"]
        st.markdown(f"**{outlet}: quotes from {side}**")
        st.dataframe(quote_rows(con, filters, outlet=outlet, side=side), hide_index=True, key="sel_voice_table",
                     column_order=["date", "speaker", "kind", "text"])
with right:
    st.markdown("**Most quoted**")
    st.dataframe(result.top_quoted[["outlet", "rank", "speaker", "side", "quotes", "direct", "indirect"]]
                 if not result.top_quoted.empty else result.top_quoted,
                 hide_index=True, key="table_top_quoted", height=330)
    csv_download(result.top_quoted, "top-quoted", key="dl_top_quoted")
st.subheader("How actors are written about")
st.caption("Mean sentiment of the outlet's own sentences that mention an actor (not the actor's words); "
           "n = articles.")
chart(actor_sentiment_heatmap(result.actor_sentiment), "chart_actor_sentiment")
csv_download(result.actor_sentiment, "actor-sentiment", key="dl_actor_sentiment")

# --- Sentiment & time --------------------------------------------------------------------
st.header("Tone and time")
left, right = st.columns(2)
with left:
    st.subheader("Sentiment per outlet")
    if corpus.matching <= POINTS_MAX:
        st.caption("Each point is an article (mean VADER compound of its sentences). Click one to read it.")
        sentiment = sentiment_by_outlet(store_query(corpus.store, corpus.key, "article_points", filters))
        picked = chart(sentiment, "chart_sentiment")
        if picked and picked[0].get("customdata"):
            record = record_by_id(con, picked[0]["customdata"][0])
            if record:
                st.markdown(f"**{record.title or record.id}** — most negative sentences first")
                st.dataframe(sentence_rows(record), hide_index=True, key="sel_sentiment_table")
    else:
        st.caption(f"Distribution of article sentiment (mean VADER compound of the sentences) over "
                   f"{corpus.matching:,} articles: box from the 25th to the 75th percentile, line at the median.")
        sentiment = sentiment_quantiles(store_query(corpus.store, corpus.key, "sentiment_summary", filters))
        chart(sentiment, "chart_sentiment")
with right:
    st.subheader("Over time")
    measure = st.radio("Measure", ["terminology_index", "sentiment"], horizontal=True, key="timeline_measure",
                       format_func={"terminology_index": "terminology index", "sentiment": "sentiment"}.get)
    chart(timeline_chart(result.timeline, measure=measure), "chart_timeline")
    excluded = result.timeline_excluded
    if not excluded.empty and excluded[["undated", "too_coarse"]].to_numpy().sum():
        st.caption(f"Not on the timeline: {int(excluded['undated'].sum())} undated article(s), "
                   f"{int(excluded['too_coarse'].sum())} with a date too coarse for monthly points.")

# --- Language ----------------------------------------------------------------------------
st.header("Distinctive words")
st.caption("Words and two-word phrases each outlet uses more than all the others together: log-odds ratio "
           "with an informative Dirichlet prior (Monroe, Colaresi & Quinn 2008). Click a bar for the lines.")
picked = []
# Words must be read and counted (about a second per 4,000 articles): on a large corpus, on request.
if corpus.matching <= EAGER_DISTINCTIVE or st.toggle(
        f"Find distinctive words (reads a sample of up to {SAMPLE_PER_OUTLET} articles per outlet)",
        key="distinctive_on"):
    words, sampled = distinctive(corpus)
    if sampled:
        st.caption(f"Computed on a fixed sample of up to {SAMPLE_PER_OUTLET} articles per outlet "
                   f"({sampled:,} articles in all).")
    outlet = st.selectbox("Outlet", sorted(profile["outlet"]), key="distinctive_outlet")
    picked = chart(distinctive_bars(words, outlet=outlet), "chart_distinctive")
    csv_download(words, "distinctive-words", key="dl_distinctive")
term = st.text_input("Keyword in context (any word or phrase)", key="kwic_term",
                     value=picked[0]["customdata"][0] if picked else "")
if term.strip():
    lines = keyword_in_context(texts_containing(con, term.strip(), filters), term.strip(), limit=200)
    st.dataframe(lines, hide_index=True, key="kwic_table", column_order=["outlet", "date", "left", "match", "right"])

st.header("Outlets on a map")
st.caption("Outlets close together use similar names and quote similar sides (first two principal components "
           "of their author-voice term shares and quote shares by side).")
chart(outlet_map_chart(result.map_points, result.map_explained), "chart_map")

# --- Articles ----------------------------------------------------------------------------
st.header("Articles")
pages = max(1, -(-corpus.matching // PAGE_ROWS))
page = st.number_input(f"Page (of {pages:,}, {PAGE_ROWS} articles each, newest first)", min_value=1,
                       max_value=pages, value=1, step=1, key="articles_page") if pages > 1 else 1
shown_page = store_query(corpus.store, corpus.key, "articles_page", filters,
                         (("limit", PAGE_ROWS), ("offset", (int(page) - 1) * PAGE_ROWS)))
table = shown_page.rows
shown = st.dataframe(table.drop(columns=["article_id"]), key="table_articles", hide_index=True,
                     on_select="rerun", selection_mode="single-row",
                     column_config={"url": st.column_config.LinkColumn("url")})
csv_download(table, "articles", key="dl_articles")
rows = (shown or {}).get("selection", {}).get("rows", []) if shown else []
if rows:
    record = record_by_id(con, table.iloc[rows[0]]["article_id"])
    if record:
        legend(lexicon)
        scorecard(record, lexicon, key="home_card")
        evidence(record, lexicon)

st.divider()
report_download(corpus=corpus, result=result, articles=table, sentiment=sentiment, key="dl_report")
