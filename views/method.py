"""Method: how each score is computed, what it does not mean, and the versions in use."""

from __future__ import annotations

import importlib.metadata

import streamlit as st

import framing
from ui.data import pipeline
from ui.sidebar import corpus_sidebar

corpus = corpus_sidebar()
st.title("Method")
st.markdown(
    """
Every number in this dashboard is computed by open rules from the article text, and every
number links back to the words that produced it. Nothing here judges whether a report is
*true*: the scores describe **word choice, emotional vocabulary and sourcing**.

### Terminology index
A topic pack (see *Glossary & lexicons*) lists things that the sides of a story name
differently — "special military operation" or "invasion", "Kiev" or "Kyiv", "reunification"
or "annexation" — each variant with a **pole** (whose usage it signals) and a **weight**
(1 strong marker, 0.5 moderate, 0.25 weak signal), separately for English and French: in
French "Kiev" is the ordinary spelling and is neutral, in English it is the Russian-derived one.
Where usage shifted, the weight depends on the **article's date**: English "Kiev" weighs 0 before
AP adopted "Kyiv" (14 August 2019), 0.25 until the end of January 2022, 0.5 after; "Kharkov" and
"Odessa" count less before April 2022; "illegal immigrant" counts less before AP dropped it (2 April
2013). An undated article gets the current weight, and its record says so in a warning. The
glossary shows every date and the source behind it.

Each occurrence gets a **voice**:
- **author** — the outlet's own words;
- **quoted** — inside a quotation of someone else (that speaker's choice, not the outlet's);
- **distanced** — in scare quotes or after "so-called", "what Moscow calls", « dite »…
  (the outlet mentions the term without adopting it);
- **reported** — inside indirect speech attributed to a source, named or not: "Moscow said it
  had *liberated* the town", "according to the ministry, the *Kiev regime*…", "Peskov claimed
  that…", « selon Dmitri Peskov, la *dénazification* se poursuit », « … , a-t-il déclaré ».
  The outlet relays the claim; it does not adopt the label. **Spellings stay the author's**
  even there: in "Peskov said Kiev must accept…" the reporter chose to write "Kiev", so it is
  author voice — only quotation marks make a spelling the speaker's. The speaker's own
  description before the verb ("the *Kremlin-installed* governor said…") is author voice too.

The **index** is Σ(sign × weight) ÷ (Σ weight + 1) over *author-voice* occurrences only. Near
+1 the outlet's own weighted terms belong to the +1 pole (Kremlin-aligned in the
Russia–Ukraine pack), near −1 to the −1 pole (Ukrainian/Western-aligned). The "+ 1" counts as
one strong term's worth of neutral wording, so a single moderate term ("Kiev" once, weight
0.5) gives +0.33 and not +1, one strong marker ±0.5, nine ±0.9: the index approaches ±1 only as
consistent evidence accumulates. It is empty when an article has no weighted author-voice term, and it always
comes with **terminology hits**, the weighted count behind it. An index resting on fewer than
two weighted hits (one strong marker, or a few weak ones) is labelled **weak evidence**;
outlet means can be computed over the articles with at least two, and both figures are shown.

**It does not mean** that an article is propaganda, false, or intended to persuade; a
neutral wire can quote a general's words all day without its index moving. Blind spots:
terms that are not in the lexicon; sarcasm; word choice that depends on context the rules
cannot see (a Ukrainian "liberation" of Kherson and a Russian "liberation" of Mariupol are
both "liberation"); machine-translated text whose wording is the translator's.

### Sentiment
Each sentence is scored with VADER (Hutto & Gilbert 2014) — `vaderSentiment` for English,
the hand-translated `vadersentiment-fr` for French — and an article's score is the **mean of
its sentence compounds** with the shares of clearly positive (≥ 0.05) and negative (≤ −0.05)
sentences. Whole articles are never scored at once: VADER's compound saturates on long text.
VADER was built for social media: on news it reads emotional vocabulary ("killed",
"welcomed"), not stance; it misses irony, and the French lexicon has no inflected forms.

### Quotes and actors
Quotations are found from quotation marks (“ ” " " « » and single quotes used as quotation
marks, across paragraphs) and from reporting verbs for indirect speech ("said that",
"according to", « a indiqué que », « selon »). Speakers are attached by rules (attribution
before or after the quote, inversions, pronouns and role nouns resolved to the latest
compatible person); when no speaker can be found the speaker is left empty — a wrong name is
worse than none. Names are resolved to a reviewed gazetteer across spellings and
machine-translation garbling, using the article's date to tell office holders apart.

### Comparisons
Every comparison shows its **n** and a 95% interval: for up to 30 values the bootstrap
percentile interval (Efron & Tibshirani 1993, 2,000 resamples), beyond that the normal interval
mean ± 1.96·sd/√n, which the bootstrap matches once a mean of values between −1 and +1 has 30
values behind it, and which a store of a million articles computes directly. Outlets with too
few articles are labelled as such in words (under 5: not compared; under 20: read with care). Distinctive
words use the log-odds ratio with an informative Dirichlet prior (Monroe, Colaresi & Quinn
2008, "Fightin' Words") for any number of outlets, one against the rest.
"""
)

st.subheader("Versions in use")
lexicon = corpus.lexicon if corpus else pipeline().lexicon
versions = {
    "framing": framing.__version__,
    "topic pack": f"{lexicon.pack} {lexicon.version} (fingerprint {lexicon.fingerprint})",
    "vaderSentiment": importlib.metadata.version("vaderSentiment"),
    "vadersentiment-fr": importlib.metadata.version("vadersentiment-fr"),
    "py3langid": importlib.metadata.version("py3langid"),
    "trafilatura": importlib.metadata.version("trafilatura"),
    "streamlit": importlib.metadata.version("streamlit"),
}
st.table({"component": list(versions), "version": list(versions.values())})
if corpus is not None and not corpus.rescorable:
    from framing.store.query import stored_lexicons

    st.markdown("**Lexicons the store's articles were scored with**")
    st.dataframe(stored_lexicons(corpus.con()), hide_index=True, key="method_store_lexicons")
st.caption(
    "To reproduce a result later, note these versions: the same text, topic pack fingerprint "
    "and analyser versions give the same scores."
)
