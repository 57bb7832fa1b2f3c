"""Compare outlets (home): how each outlet's coverage differs, with n, intervals and evidence.

Every table comes from the corpus store in SQL (``framing.store``), so the
page is the same for the demo corpus and a million stored articles. Every
chart can be clicked (plotly selection events): the passages, quotes or
articles behind the selected bar, cell or point are listed under it, read
from the ids each mark carries (``ui.selection.picked``), and a click on a row
opens the article with its evidence highlighted. Each section is guarded: an
error in one is a short message, not a blank page.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from framing.compare.distinctive import keyword_in_context
from framing.present.charts import (
    actor_sentiment_heatmap,
    distinctive_bars,
    index_by_outlet,
    outlet_map_chart,
    sentiment_by_outlet,
    sentiment_quantiles,
    term_pair_heatmap,
    timeline_chart,
    voice_share_bars,
    with_context,
)
from framing.present.colours import NOT_IDENTIFIED, SIDE_GROUPS, outlet_colours
from framing.present.sentence_table import sentence_rows
from framing.store import articles_page, record_by_id
from framing.store.evidence import quote_rows, term_contexts, texts_containing
from ui.article import evidence_table, open_article
from ui.data import corpus_comparison, store_query
from ui.exports import csv_download, report_download
from ui.selection import chart, guarded, picked
from ui.sidebar import corpus_sidebar
from ui.stats import SAMPLE_PER_OUTLET, distinctive

# Up to this many articles the sentiment chart draws every article (clickable); beyond, quantiles.
POINTS_MAX = 3_000
PAGE_ROWS = 50
# Up to this many articles distinctive words are computed with the page; beyond, on request.
EAGER_DISTINCTIVE = 5_000
ARTICLE_COLUMNS = ["date", "outlet", "title", "terminology_index", "sentiment_compound", "term_count",
                   "quote_count", "language"]
PASSAGE_COLUMNS = ["date", "outlet", "left", "match", "right"]

corpus = corpus_sidebar()
st.title("Framing: how outlets cover the same story")
if corpus is None:
    st.stop()
if corpus.is_demo:
    st.caption(":material/info: **Demo corpus — fictional outlets**, written for teaching: the events are real, "
               "the outlets and the quoted people are not.")
for problem in corpus.problems:
    st.warning(f"Could not read {problem}", icon=":material/warning:")
if not corpus.matching:
    st.error("No article matches the sidebar filters." if corpus.total else "No article could be read.")
    st.stop()

con, filters, lexicon = corpus.con(), corpus.filters, corpus.lexicon
poles = {p.sign: p.label for p in lexicon.poles}
result = corpus_comparison(corpus.store, corpus.key, filters, lexicon, lexicon.fingerprint)
colours = outlet_colours(corpus.outlets)
profile = result.outlets


def shown(figure, key: str, name: str) -> list[dict]:
    """Draw a chart titled with the corpus, filters and n; return its selected points."""
    return chart(with_context(figure, corpus.context), key, name=f"framing-{name}-{corpus.context}")


def small_sample_notes(table, note_column: str = "note", flag_column: str = "flag") -> None:
    """Say in words which figures rest on too few articles."""
    if table.empty or flag_column not in table:
        return
    shaky = table[table[flag_column].isin(["empty", "too_few", "wide", "few"])]
    for note, group in shaky.groupby(note_column, sort=False):
        st.caption(f"⚠️ {note}: {', '.join(sorted(group['outlet'].unique()))}")


def articles_of(selection_filters, *, key: str, order: str = "newest", **options) -> None:
    """List the articles behind a mark (one click on a row opens one)."""
    rows = articles_page(con, selection_filters, order=order, limit=PAGE_ROWS, **options).rows
    evidence_table(rows, con=con, lexicon=lexicon, key=key, columns=ARTICLE_COLUMNS, what="article")


# --- Terminology: the headline chart comes first (the first screen of a phone) --------------
st.header("Word choice")
with guarded("The terminology index chart"):
    st.caption(
        f"Each article's own words (author voice) scored from −1 ({poles.get(-1, '−1 pole')}) to +1 "
        f"({poles.get(1, '+1 pole')}), averaged per outlet with a 95% interval. **Click a point** for its articles."
    )
    points = shown(index_by_outlet(profile, pole_labels=(poles.get(-1, "−1"), poles.get(1, "+1"))), "chart_index",
                   "terminology-index")
    small_sample_notes(profile, "index_note", "index_flag")
    chosen = picked(points, 1)
    if chosen:
        outlet = chosen[0]
        st.markdown(f"**{outlet}: the articles behind the point** (most {poles.get(1, '+1')} first)")
        articles_of(replace(filters, outlets=(outlet,)), key="sel_index_table", order="index_high")
        with st.expander(f"{outlet}'s own (author-voice) contested terms, newest first"):
            evidence_table(term_contexts(con, filters, outlet=outlet, voice="author"), con=con, lexicon=lexicon,
                           key="sel_index_terms", columns=["date", "term", "left", "match", "right"])
    csv_download(profile, "outlet-profile", key="dl_profile")

c1, c2, c3, c4 = st.container(key="home_metrics").columns(4)
c1.metric("Articles", f"{corpus.matching:,}", help=f"{corpus.total:,} in the corpus before the filters")
c2.metric("Outlets", len(profile))
c3.metric("Languages", ", ".join(sorted({x for ls in profile["languages"] for x in ls.split(", ")})) or "—")
dated = profile.dropna(subset=["first_date"])
c4.metric("From", dated["first_date"].min()[:7] if len(dated) else "—",
          help=f"Dates {dated['first_date'].min()} to {dated['last_date'].max()}" if len(dated) else "No dated article")

st.subheader("Which name for the same thing")
with guarded("The term-pair heatmap"):
    voice = st.radio("Voice", ["author", "quoted", "distanced"], horizontal=True, key="pair_voice",
                     help="author = the outlet's own words; quoted = inside someone's quotation; "
                     "distanced = scare quotes or 'so-called'.")
    st.caption(f"Uses per outlet of each name, per language. Colour = the name's pole in that language "
               f"(vermillion {poles.get(1, '+1')}, blue {poles.get(-1, '−1')}, grey neutral); a name only "
               "one side uses is shown too. **Click a cell** for the passages.")
    points = shown(term_pair_heatmap(result.pairs, voice=voice), "chart_pairs", f"term-pairs-{voice}")
    chosen = picked(points, 4)
    if chosen:
        outlet, referent, variant, language = chosen
        rows = result.pairs[(result.pairs["referent"] == referent) & (result.pairs["variant"] == variant)
                            & (result.pairs["language"] == language)]
        label = rows["term"].iloc[0] if len(rows) else variant
        st.markdown(f"**{outlet} — “{label}” ({language}, {voice} voice)**")
        where = replace(filters, outlets=(outlet,), languages=(language,))
        evidence_table(term_contexts(con, where, outlet=outlet, referent=referent, term=label, voice=voice),
                       con=con, lexicon=lexicon, key="sel_pair_table", columns=PASSAGE_COLUMNS)
    csv_download(result.pairs, "term-pairs", key="dl_pairs")

# --- Voices ------------------------------------------------------------------------------
st.header("Who gets a voice")
with guarded("The voice chart"):
    measure = st.radio("Share of", ["quote_share", "word_share"], horizontal=True, key="voice_measure",
                       format_func={"quote_share": "quotes", "word_share": "quoted words"}.get)
    st.caption(f"Quotes by the side of their speaker, in six groups. *Not identified*: {NOT_IDENTIFIED}. "
               "**Click a bar** for its quotes.")
    points = shown(voice_share_bars(result.voice_shares, measure=measure), "chart_voices", "who-gets-a-voice")
    small_sample_notes(result.voice_shares[result.voice_shares["kind"] == "all"])
    chosen = picked(points, 2)
    if chosen:
        outlet, group = chosen
        quotes = pd.concat([quote_rows(con, filters, outlet=outlet, side=side) for side in SIDE_GROUPS.get(group, ())]
                           or [quote_rows(con, filters, outlet=outlet, side=group)], ignore_index=True)
        st.markdown(f"**{outlet}: quotes from {group}**")
        evidence_table(quotes, con=con, lexicon=lexicon, key="sel_voice_table", what="quote",
                       columns=["date", "speaker", "side", "kind", "text"])
    csv_download(result.voice_shares, "voice-share", key="dl_voices")
with st.expander("Most quoted speakers per outlet", expanded=False):
    top = result.top_quoted
    st.dataframe(top[["outlet", "rank", "speaker", "side", "quotes", "direct", "indirect"]] if not top.empty else top,
                 hide_index=True, key="table_top_quoted", width="stretch",
                 column_config={"quotes": st.column_config.NumberColumn("quotes", width="small"),
                                "direct": st.column_config.NumberColumn("direct", width="small"),
                                "indirect": st.column_config.NumberColumn("indirect", width="small")})
    csv_download(top, "top-quoted", key="dl_top_quoted")

st.subheader("How actors are written about")
with guarded("The actor sentiment heatmap"):
    st.caption("Sentiment **toward** each actor: the mean score of its mentions in the outlet's articles "
               "(who praises or condemns whom, in the actor's clause; the actor's own quoted words do not count); "
               "n = articles; faded cells rest on fewer than 3. **Click a cell** for the lines naming the actor.")
    points = shown(actor_sentiment_heatmap(result.actor_sentiment), "chart_actor_sentiment", "actor-sentiment")
    chosen = picked(points, 2)
    if chosen:
        outlet, actor = chosen
        where = replace(filters, outlets=(outlet,))
        lines = keyword_in_context(texts_containing(con, actor, where), actor, limit=200)
        st.markdown(f"**{outlet} on {actor}**")
        evidence_table(lines, con=con, lexicon=lexicon, key="sel_actor_table", what="line",
                       columns=PASSAGE_COLUMNS)
    csv_download(result.actor_sentiment, "actor-sentiment", key="dl_actor_sentiment")

# --- Sentiment & time --------------------------------------------------------------------
st.header("Tone and time")
sentiment = None
with guarded("The sentiment chart"):
    if corpus.matching <= POINTS_MAX:
        st.caption("Each point is an article (mean VADER compound of its sentences). **Click one** to read it.")
        sentiment = sentiment_by_outlet(store_query(corpus.store, corpus.key, "article_points", filters))
        chosen = picked(shown(sentiment, "chart_sentiment", "sentiment"), 1)
        if chosen:
            record = record_by_id(con, chosen[0])
            if record:
                st.markdown(f"**{record.title or record.id}** — most negative sentences first")
                with st.container(key="sel_sentiment_table"):
                    st.dataframe(sentence_rows(record), hide_index=True, width="stretch",
                                 column_config={"sentence": st.column_config.TextColumn(width="large")})
                open_article(con, chosen[0], lexicon, key="sel_sentiment_article")
    else:
        st.caption(f"Distribution of article sentiment (mean VADER compound of the sentences) over "
                   f"{corpus.matching:,} articles: box from the 25th to the 75th percentile, line at the median.")
        sentiment = sentiment_quantiles(store_query(corpus.store, corpus.key, "sentiment_summary", filters))
        shown(sentiment, "chart_sentiment", "sentiment")
with guarded("The timeline"):
    measure = st.radio("Over time", ["terminology_index", "sentiment"], horizontal=True, key="timeline_measure",
                       format_func={"terminology_index": "terminology index", "sentiment": "sentiment"}.get)
    chosen = picked(shown(timeline_chart(result.timeline, measure=measure, colours=colours), "chart_timeline",
                          f"timeline-{measure}"), 2)
    excluded = result.timeline_excluded
    if not excluded.empty and excluded[["undated", "too_coarse"]].to_numpy().sum():
        st.caption(f"Not on the timeline: {int(excluded['undated'].sum())} undated article(s), "
                   f"{int(excluded['too_coarse'].sum())} with a date too coarse for monthly points.")
    if chosen:
        outlet, period = chosen
        start = pd.Period(period, freq={4: "Y", 7: "M"}.get(len(str(period)), "D"))
        st.markdown(f"**{outlet}, {period}: its articles**")
        articles_of(replace(filters, outlets=(outlet,), date_from=str(start.start_time.date()),
                            date_to=str(start.end_time.date())), key="sel_timeline_table")

# --- Language ----------------------------------------------------------------------------
st.header("Distinctive words")
with guarded("The distinctive words"):
    st.caption("Words and two-word phrases each outlet uses more than all the others together; grey bars do "
               "not reach significance (z < 1.96). **Click a bar** for the lines.")
    # Words must be read and counted (about a second per 4,000 articles): on a large corpus, on request.
    if corpus.matching <= EAGER_DISTINCTIVE or st.toggle(
            f"Find distinctive words (reads a sample of up to {SAMPLE_PER_OUTLET} articles per outlet)",
            key="distinctive_on"):
        words, sampled = distinctive(corpus)
        if sampled:
            st.caption(f"Computed on a fixed sample of up to {SAMPLE_PER_OUTLET} articles per outlet "
                       f"({sampled:,} articles in all).")
        outlet = st.selectbox("Outlet", sorted(profile["outlet"]), key="distinctive_outlet")
        chosen = picked(shown(distinctive_bars(words, outlet=outlet), "chart_distinctive", f"distinctive-{outlet}"), 1)
        # A new click fills the box: a keyed text box ignores a new ``value``, so its state is set.
        if chosen and st.session_state.get("_kwic_from_click") != chosen[0]:
            st.session_state["_kwic_from_click"] = chosen[0]
            st.session_state["kwic_term"] = chosen[0]
        csv_download(words, "distinctive-words", key="dl_distinctive")
    term = st.text_input("Keyword in context (any word or phrase)", key="kwic_term")
    if term.strip():
        lines = keyword_in_context(texts_containing(con, term.strip(), filters), term.strip(), limit=200)
        evidence_table(lines, con=con, lexicon=lexicon, key="kwic_table", what="line", columns=PASSAGE_COLUMNS)

st.header("Outlets on a map")
with guarded("The outlet map"):
    st.caption("Outlets close together use similar names and quote similar sides (first two principal components "
               "of their author-voice term shares and quote shares by side). **Click an outlet** for its articles.")
    chosen = picked(shown(outlet_map_chart(result.map_points, result.map_explained, colours=colours), "chart_map",
                          "outlet-map"), 1)
    if chosen:
        st.markdown(f"**{chosen[0]}: its articles**")
        articles_of(replace(filters, outlets=(chosen[0],)), key="sel_map_table")

# --- Articles ----------------------------------------------------------------------------
st.header("Articles")
table = pd.DataFrame()
with guarded("The article list"):
    pages = max(1, -(-corpus.matching // PAGE_ROWS))
    page = st.number_input(f"Page (of {pages:,}, {PAGE_ROWS} articles each, newest first)", min_value=1,
                           max_value=pages, value=1, step=1, key="articles_page") if pages > 1 else 1
    shown_page = store_query(corpus.store, corpus.key, "articles_page", filters,
                             (("limit", PAGE_ROWS), ("offset", (int(page) - 1) * PAGE_ROWS)))
    table = shown_page.rows
    listed = st.dataframe(table.drop(columns=["article_id"]), key="table_articles", hide_index=True,
                          on_select="rerun", selection_mode="single-row", width="stretch",
                          column_config={"url": st.column_config.LinkColumn("url")})
    csv_download(table, "articles", key="dl_articles")
    rows = (listed or {}).get("selection", {}).get("rows", []) if listed else []
    if rows:
        open_article(con, table.iloc[rows[0]]["article_id"], lexicon, key="home_card")

st.divider()
with guarded("The report"):
    report_download(corpus=corpus, result=result, articles=table, sentiment=sentiment, key="dl_report")
