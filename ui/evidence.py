"""Showing one article: its scorecard and its text with the evidence highlighted."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from framing.present.highlight import POLE_COLOURS, VOICE_LABELS, article_html
from framing.reading.outlets import UNKNOWN_OUTLET
from framing.record import Record
from framing.terminology import Lexicon


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
        f'<mark style="background:{POLE_COLOURS.get(p.sign, "#888")};color:#fff;padding:0 3px">'
        f"{p.label}<sup>{p.label[:1].upper()}</sup></mark>"
        for p in lexicon.poles
    ]
    voices = "; ".join(f"<b>{style}</b> = {VOICE_LABELS[v]}" for v, style in
                       (("author", "solid"), ("quoted", "dotted underline"), ("distanced", "struck through")))
    st.html(f"<div style='font-size:0.9em'>{' '.join(parts)}<br>{voices}; "
            "<span style='background:#f3f0e6'>shaded</span> = quotation, [name] = its speaker</div>")


def terms_table(record: Record) -> pd.DataFrame:
    """Return the article's terms as a table for download and reading."""
    columns = ["term", "text", "pole", "voice", "weight", "category", "start", "end"]
    return pd.DataFrame([t.to_dict() for t in record.terms], columns=columns)


def _label(lexicon: Lexicon, sign: int) -> str:
    return next((p.label for p in lexicon.poles if p.sign == sign), str(sign))
