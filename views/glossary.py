"""Glossary & lexicons: every contested term with its explanation and source; custom terms."""

from __future__ import annotations

import csv
import io
import re

import streamlit as st

from framing.present.glossary import glossary_frame, lexicon_yaml, matching_rows
from framing.scoring.pipeline import DEFAULT_PACK
from framing.terminology import (
    CSV_COLUMNS,
    LexiconError,
    custom_terms_from_csv,
    custom_terms_from_yaml,
)
from ui.data import CUSTOM_TERMS_KEY, pack_lexicon, set_custom_terms
from ui.sidebar import corpus_sidebar


def _form_buffer(rows: list[list[str]]) -> io.StringIO:
    """Return the form's rows as a CSV buffer named "the form" (what messages call it)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(CSV_COLUMNS)
    writer.writerows(rows)
    buffer.seek(0)
    buffer.name = "the form"
    return buffer


corpus = corpus_sidebar()
pack = corpus.pack if corpus else DEFAULT_PACK
base = pack_lexicon(pack)
lexicon = corpus.lexicon if corpus else base

st.title("Glossary & lexicons")
st.markdown(f"**{lexicon.title}** — pack `{lexicon.pack}` version {lexicon.version}. {lexicon.description}")
poles = " · ".join(f"**{p.label}** ({p.sign:+d})" for p in lexicon.poles)
st.caption(f"Poles: {poles}. Weights: 1 strong marker, 0.5 moderate, 0.25 weak signal, 0 neutral.")

glossary = glossary_frame(lexicon)
left, mid, right = st.columns([2, 1, 1])
query = left.text_input("Search terms, explanations and sources", key="glossary_query")
categories = mid.multiselect("Category", sorted(glossary["category"].unique()), key="glossary_categories")
languages = right.multiselect("Language", sorted(glossary["language"].unique()), key="glossary_languages")
shown = matching_rows(glossary, query)
if categories:
    shown = shown[shown["category"].isin(categories)]
if languages:
    shown = shown[shown["language"].isin(languages)]
st.caption(f"{len(shown)} of {len(glossary)} entries")
# The name, its pole and weight first: what a reader looks up; the long texts after.
st.dataframe(shown, hide_index=True, key="glossary_table", width="stretch",
             column_order=["variant", "language", "pole", "weight", "dates", "explanation", "referent", "forms",
                           "category", "sources"],
             column_config={
                 "variant": st.column_config.TextColumn("name", width="medium"),
                 "language": st.column_config.TextColumn("lang.", width="small"),
                 "pole": st.column_config.TextColumn("pole", width="medium"),
                 "weight": st.column_config.NumberColumn("weight", width="small", format="%.2g"),
                 "dates": st.column_config.TextColumn(
                     "dates", width="medium", help="Where usage shifted (a style guide changed), the article's "
                     "date picks the weight; undated articles get the current weight and a warning."),
                 "explanation": st.column_config.TextColumn("explanation", width="large"),
                 "sources": st.column_config.TextColumn("sources", width="medium"),
             })

st.subheader("Referents explained")
for referent in lexicon.referents:
    if query and not any(q in (referent.label + referent.explanation).casefold() for q in query.casefold().split()):
        continue
    with st.expander(f"{referent.label} — " + " / ".join(v.label for v in referent.variants)):
        st.write(referent.explanation)
        for source in referent.sources:
            st.caption(f"Source: {source}")

st.subheader("Add your own terms for this session")
st.write(
    "Custom terms are merged into the active pack for your session only; every page re-scores "
    "with them. Use a new referent id to add a new pair, or an existing one to add a form."
)
if corpus is not None and not corpus.rescorable:
    st.info("The corpus is a store file: it keeps the lexicon it was ingested with, so custom terms "
            "re-score the demo corpus, your uploads and *Analyse your own*, not the store. To score a "
            "store with them, re-ingest it with the same terms.", icon=":material/info:")
with st.form("custom_term_form", clear_on_submit=False):
    c1, c2, c3 = st.columns(3)
    referent = c1.text_input("Referent id (e.g. kyiv, or a new one)", key="ct_referent")
    variant = c2.text_input("Variant id (e.g. kiev)", key="ct_variant")
    form = c3.text_input("Form as written in articles", key="ct_form")
    c4, c5, c6, c7 = st.columns(4)
    language = c4.selectbox("Language", list(lexicon.languages), key="ct_language")
    pole = c5.selectbox("Pole", [p.id for p in lexicon.poles], key="ct_pole")
    weight = c6.selectbox("Weight", ["", "0.25", "0.5", "1"], key="ct_weight", help="blank = inherit")
    category = c7.selectbox("Category", [""] + [c.id for c in lexicon.categories], key="ct_category")
    explanation = st.text_input("Explanation", key="ct_explanation")
    source = st.text_input("Source", key="ct_source")
    submitted = st.form_submit_button("Add term")
if submitted:
    fields = {"referent id": referent, "variant id": variant, "form": form}
    if empty := [name for name, value in fields.items() if not value.strip()]:
        st.error(f"Not added: fill in the {', '.join(empty)}.")
    else:
        row = [referent, variant, language, form, pole, weight, category, explanation, source]
        try:
            # The new row alone first, so a problem is named after the form, not a file.
            custom_terms_from_csv(_form_buffer([row]), base=base)
            previous = st.session_state.get("custom_terms_rows", [])
            set_custom_terms(custom_terms_from_csv(_form_buffer([*previous, row]), base=base), pack=pack)
            st.session_state["custom_terms_rows"] = [*previous, row]
            st.success(f"Added “{form}” ({pole}). Scores on every page now include it.")
        except LexiconError as exc:
            st.error("Not added: " + re.sub(r"^the form row \d+: ", "", str(exc)))

uploaded = st.file_uploader("…or upload custom terms (CSV or YAML)", type=["csv", "yaml", "yml"], key="ct_upload")
if uploaded is not None:
    try:
        reader = custom_terms_from_csv if uploaded.name.lower().endswith(".csv") else custom_terms_from_yaml
        set_custom_terms(reader(io.BytesIO(uploaded.getvalue()), base=base), pack=pack)
        st.success(f"Loaded custom terms from {uploaded.name}.")
    except LexiconError as exc:
        st.error(f"{uploaded.name}: {exc}")
st.caption("CSV columns: " + ", ".join(CSV_COLUMNS))

has_custom = st.session_state.get(CUSTOM_TERMS_KEY) is not None
if has_custom and st.button("Remove my custom terms", key="ct_clear"):
    set_custom_terms(None, pack=pack)
    st.session_state.pop("custom_terms_rows", None)
    st.rerun()

st.download_button(
    "Download the active lexicon (YAML)",
    lexicon_yaml(lexicon),
    file_name=f"{lexicon.pack}-{lexicon.fingerprint[:8]}.yaml",
    mime="application/x-yaml",
    key="download_lexicon",
)
