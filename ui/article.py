"""Showing one article: its scorecard and its text with the evidence highlighted."""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from framing.present.colours import POLE_COLOURS, VOICE_STYLES
from framing.present.highlight import VOICE_LABELS, article_html
from framing.reading.outlets import UNKNOWN_OUTLET
from framing.record import Record
from framing.store import record_by_id
from framing.terminology import Lexicon
from framing.terminology.voice import VOICES


def scorecard(record: Record, lexicon: Lexicon, *, key: str, compact: bool = False) -> None:
    """Draw the headline numbers of one article, each with its evidence count (``compact``:
    short labels, for narrow columns)."""
    st.markdown(f"**{record.outlet or UNKNOWN_OUTLET}** · {record.date or 'undated'} · "
                f"{record.language or '?'} · {record.word_count} words")
    index = record.terminology_index
    hits = record.terminology_hits or 0
    sentiment = record.sentiment.compound if record.sentiment else None
    quotes = record.quotes
    c1, c2, c3 = st.columns(3)
    c1.metric("Index" if compact else "Terminology index", "—" if index is None else f"{index:+.2f}",
              help=f"Weighted author-voice terms behind it: {hits:g}. "
              f"+1 = all {_label(lexicon, 1)}, −1 = all {_label(lexicon, -1)}.")
    c2.metric("Sentiment", "—" if sentiment is None else f"{sentiment:+.2f}",
              help="Mean VADER compound of the sentences (−1 … +1).")
    c3.metric("Quotes", len(quotes), help="Direct, indirect and mixed quotations found.")
    if index is not None and hits < 2:
        st.caption(f"Low confidence: the index rests on {hits:g} weighted term(s).")
    for warning in record.warnings:
        st.caption(f"⚠️ {warning}")


def evidence(record: Record, lexicon: Lexicon) -> None:
    """Draw the article text with terms (by pole and voice) and quotes (with speakers) marked."""
    signs = lexicon.signs()
    labels = {p.id: p.label for p in lexicon.poles}
    st.html(article_html(record.text, terms=[t.to_dict() for t in record.terms],
                         quotes=[q.to_dict() for q in record.quotes],
                         pole_signs=signs, pole_labels=labels, title=record.title))


def legend(lexicon: Lexicon) -> None:
    """Draw what the highlight styles mean, in words."""
    parts = [
        f'<mark style="background:{POLE_COLOURS.get(p.sign, POLE_COLOURS[0])};color:#fff;padding:0 3px">'
        f"{html.escape(p.label)}<sup>{html.escape(p.label[:1].upper())}</sup></mark>"
        for p in lexicon.poles
    ]
    # Every voice the analyser knows, by name: a new one ("reported") drops in with its style.
    voices = "; ".join(f"<b>{VOICE_STYLES.get(v, v)}</b> = {html.escape(VOICE_LABELS.get(v, v))}" for v in VOICES)
    st.html(f"<div style='font-size:0.9em'>{' '.join(parts)}<br>{voices}; "
            "<span style='background:#f3f0e6'>shaded</span> = quotation, [name] = its speaker</div>")


def open_article(con, article_id: str, lexicon: Lexicon, *, key: str) -> None:
    """Draw one stored article: its scorecard and its text with the evidence highlighted."""
    record = record_by_id(con, article_id)
    if record is None:
        st.warning(f"Article {article_id} is no longer in the corpus.")
        return
    with st.container(border=True):
        st.markdown(f"##### {html.escape(record.title or 'Untitled article')}")
        legend(lexicon)
        scorecard(record, lexicon, key=key)
        with st.container(height=520):
            evidence(record, lexicon)


def evidence_table(rows: pd.DataFrame, *, con, lexicon: Lexicon, key: str, columns: list[str],
                   what: str = "passage") -> None:
    """Draw the rows behind a selection (passages, quotes or articles); a click on a row opens its
    article, highlighted, under the table. ``rows`` needs an ``article_id`` column."""
    if rows.empty:
        st.caption(f"No {what} found behind this mark.")
        return
    st.caption(f"{len(rows)} {what}(s). Click a row to read its article with the evidence highlighted.")
    shown = st.dataframe(rows, hide_index=True, key=key, on_select="rerun", selection_mode="single-row",
                         column_order=[c for c in columns if c in rows], width="stretch")
    chosen = (shown or {}).get("selection", {}).get("rows", []) if shown else []
    if chosen:
        open_article(con, str(rows.iloc[chosen[0]]["article_id"]), lexicon, key=f"{key}_article")


def terms_table(record: Record) -> pd.DataFrame:
    """Return the article's terms as a table for download and reading."""
    columns = ["term", "text", "pole", "voice", "weight", "category", "start", "end"]
    return pd.DataFrame([t.to_dict() for t in record.terms], columns=columns)


def _label(lexicon: Lexicon, sign: int) -> str:
    return next((p.label for p in lexicon.poles if p.sign == sign), str(sign))
