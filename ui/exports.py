"""Download buttons: every table as (formula-safe) CSV, the whole comparison as one HTML file."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from framing.present.charts import (
    index_by_outlet,
    term_pair_heatmap,
    voice_share_bars,
    with_context,
)
from framing.present.report import METHOD_SUMMARY, Section, report_html
from framing.record.export import safe_cell
from framing.store.evidence import term_contexts

# Passages per outlet in the report: the newest author-voice contested terms.
REPORT_PASSAGES = 4


def csv_bytes(frame: pd.DataFrame) -> bytes:
    """Return the table as UTF-8 CSV with spreadsheet formulas neutralised."""
    safe = frame.copy()
    for column in safe.columns:
        if safe[column].dtype == object or pd.api.types.is_string_dtype(safe[column]):
            safe[column] = safe[column].map(safe_cell)
    return safe.to_csv(index=False).encode("utf-8")


def csv_download(frame: pd.DataFrame, name: str, *, key: str) -> None:
    """Draw a small 'CSV' download button for a table."""
    st.download_button("Download CSV", csv_bytes(frame), file_name=f"{name}.csv", mime="text/csv", key=key,
                       icon=":material/download:", disabled=frame.empty)


def evidence_passages(con, filters, outlets: list[str], *, per_outlet: int = REPORT_PASSAGES) -> list[Section]:
    """Return one report section per outlet with its newest author-voice contested terms in context."""
    sections = []
    for outlet in outlets:
        rows = term_contexts(con, filters, outlet=outlet, voice="author", limit=per_outlet)
        rows = rows.assign(source=rows["date"].astype(str) + " · " + rows["term"].astype(str))
        sections.append(Section(f"Evidence: {outlet}", passages=rows))
    return sections


def report_download(*, corpus, result, articles: pd.DataFrame, sentiment, key: str) -> None:
    """Draw the 'export report' button: a self-contained HTML file of the current comparison.

    ``articles`` is the page of articles shown; ``sentiment`` the sentiment figure drawn. The
    file is made when the button is pressed (Streamlit runs the callable then), not on every
    rerun of the page: inlining plotly.js and the figures costs a noticeable part of a render.
    """
    st.download_button("Export report (HTML)", lambda: report_bytes(corpus=corpus, result=result, articles=articles,
                                                                    sentiment=sentiment),
                       file_name="framing-report.html", mime="text/html", key=key, icon=":material/description:",
                       help="A single HTML file with the charts, evidence passages and tables, to open offline.")


def report_bytes(*, corpus, result, articles: pd.DataFrame, sentiment) -> bytes:
    """Return the report of the current comparison as UTF-8 HTML (see ``report_download``)."""
    lexicon = corpus.lexicon
    poles = {p.sign: p.label for p in lexicon.poles}
    notes = ["Demo corpus — fictional outlets written for teaching."] if corpus.is_demo else []
    notes.append(f"Topic pack {lexicon.pack} {lexicon.version} (fingerprint {lexicon.fingerprint}); "
                 f"{corpus.matching:,} articles of {corpus.total:,} from {corpus.label}.")
    listed = "" if len(articles) >= corpus.matching else f"The {len(articles)} newest of {corpus.matching:,}."
    context = corpus.context

    def titled(figure):
        return with_context(figure, context)

    sections = [
        Section("Terminology index per outlet",
                figure=titled(index_by_outlet(result.outlets, pole_labels=(poles.get(-1, "−1"), poles.get(1, "+1")))),
                table=result.outlets[["outlet", "articles", "index_n", "index_mean", "index_low", "index_high",
                                      "sentiment_mean", "note"]]),
        Section("Which name for the same thing (author voice)", figure=titled(term_pair_heatmap(result.pairs))),
        Section("Who gets a voice", figure=titled(voice_share_bars(result.voice_shares))),
    ]
    if sentiment is not None:
        sections.append(Section("Sentiment per outlet", figure=sentiment))
    sections += evidence_passages(corpus.con(), corpus.filters, sorted(result.outlets["outlet"]))
    sections += [
        Section("Articles", text=listed, table=articles[[c for c in ("outlet", "date", "language", "title",
                                                                    "terminology_index", "sentiment_compound",
                                                                    "quote_count") if c in articles]]),
        Section("How the scores are made", paragraphs=METHOD_SUMMARY),
    ]
    return report_html(title="Framing — outlet comparison", sections=sections, notes=notes).encode("utf-8")
