"""Method: how each score is computed, what it does not mean, and the versions in use."""

from __future__ import annotations

import importlib.metadata

import streamlit as st

import framing
from framing.present.method import example_article, worked_example
from framing.scoring.pipeline import DEFAULT_PACK
from ui.data import demo_corpus, pipeline
from ui.selection import guarded
from ui.sidebar import corpus_sidebar

corpus = corpus_sidebar()
st.title("Method")
st.markdown(
    """
Every number in this dashboard is counted from the article's own text by open rules, and every
number can be clicked back to the words that produced it. Nothing here says whether a report is
*true*: the scores describe **which words an outlet chooses, how emotional its vocabulary is, and
whom it lets speak**.

### Which words: the terminology index
The same thing can be named in ways that take a side: "special military operation" or "invasion",
"Kiev" or "Kyiv", "reunification" or "annexation". A topic pack (see *Glossary & lexicons*) lists
such names. Each name belongs to one side (its **pole**) and has a **weight**: 1 for a name only one
side uses, ½ for a strong hint, ¼ for a weak one. English and French are listed separately: in
French "Kiev" is simply the usual spelling and counts for no one.

Where usage shifted, the weight follows the **article's date**: English "Kiev" counts for nothing
before AP adopted "Kyiv" (14 August 2019), a little until the end of January 2022, more after. An
undated article gets today's weight, and says so.

Only the outlet's **own words** count. A name inside a quotation is the speaker's choice, and a name
in scare quotes or after "so-called" is one the outlet keeps at a distance. A name inside **reported
speech** is the source's claim, relayed: in "Moscow said it had *liberated* the town" or « selon
Dmitri Peskov, la *dénazification* se poursuit », the outlet reports a label, it does not adopt it.
Spellings are different: in "Peskov said Kiev must accept…" the reporter chose to write "Kiev", so
it counts, unless it is inside quotation marks. Quoted, distanced and reported names are all shown,
none moves the index. An index resting on fewer than two weighted words is marked **weak
evidence**.

The index adds up the weights, +1 side minus −1 side, and divides by the total weight **plus one**.
That "plus one" is a cushion: one word cannot make an article look completely one-sided; the index
gets close to +1 or −1 only when many words agree.
"""
)

st.subheader("A worked example from the demo corpus")
lexicon = corpus.lexicon if corpus else pipeline().lexicon
with guarded("The worked example"):
    records, _ = demo_corpus(corpus.pack if corpus else DEFAULT_PACK)
    signs = lexicon.signs()
    labels = {p.id: p.label for p in lexicon.poles}
    article = example_article(records, signs=signs)
    if article is None:
        st.caption("The demo corpus has no article with weighted terms to show.")
    else:
        example = worked_example(article, signs=signs, pole_labels=labels)
        st.markdown(f"**{article.outlet}, “{article.title or 'untitled'}”** "
                    f"({article.date or 'undated'}, {article.word_count} words). "
                    "Its contested names, as the page highlights them:")
        with st.container(key="method_example_terms"):
            st.dataframe(example.terms, hide_index=True, width="stretch",
                         column_config={"counts": st.column_config.TextColumn("counts?", width="medium")})
        if example.index is None:
            st.markdown("None of its own words carries a weight, so it has **no index**.")
        else:
            st.markdown(
                f"Add up *sign × weight* of the words that count: **{example.pull:+g}**. "
                f"Add up their weights: **{example.weight:g}**, plus the cushion of 1: **{example.weight + 1:g}**. "
                f"Divide: {example.pull:+g} ÷ {example.weight + 1:g} = **{example.index:+.2f}**"
                + (f" — the index the dashboard shows for it ({article.terminology_index:+.2f})."
                   if article.terminology_index is not None else "."))
        st.caption("Press *Side by side* and pick this article to see the same words highlighted in its text.")

st.markdown(
    """
### How emotional: sentiment
Each sentence is given a score between −1 (very negative words: "killed", "destroyed") and +1 (very
positive: "welcomed", "relief") by VADER, a published word list (Hutto & Gilbert 2014; the French
version is a hand translation). An article's sentiment is the average over its sentences. It reads
the **tone of the vocabulary**, not the opinion: a report of a massacre is negative whoever writes it.
It misses irony, and French words are only matched in their listed forms.

### Who gets to speak: quotes and sources
Quotes are found from quotation marks and from reporting verbs ("said that", "according to",
« a indiqué que »). The speaker is attached by rules; when none can be found the quote is left
*unattributed* — a wrong name would be worse than none. Speakers are looked up in a reviewed list
of people and bodies to find their side; one not in the list is *unknown*. The voice chart merges
sides into six groups so it stays readable.

### How sure: n and intervals
Every comparison says how many articles it rests on (**n**) and gives a range in which the true
average probably lies (a 95% interval). Fewer than 5 articles are not compared; fewer than 20 are to
be read with care, and such points are drawn hollow and faded. A "distinctive word" is one an outlet
uses noticeably more than the others; grey bars are differences too small to be sure of.
"""
)

with st.expander("The formulas, for those who want them"):
    st.markdown(
        """
- **Terminology index** = Σ(sign × weight) ÷ (Σ weight + 1), over author-voice occurrences; empty
  when Σ weight = 0; always shown with the weighted count behind it ("terminology hits").
- **Sentiment** = mean of the sentences' VADER compound scores; a sentence is positive at ≥ 0.05 and
  negative at ≤ −0.05 (Hutto & Gilbert 2014). Whole articles are never scored at once: the compound
  saturates on long text.
- **Intervals**: for up to 30 values the bootstrap percentile interval (Efron & Tibshirani 1993,
  2,000 resamples), beyond that mean ± 1.96·sd/√n.
- **Distinctive words**: log-odds ratio with an informative Dirichlet prior, one outlet against the
  rest, as a z-score (Monroe, Colaresi & Quinn 2008); |z| ≥ 1.96 is significant at 5%.
- **Same story**: TF-IDF cosine of content words (Salton & Buckley 1988) and of names, places and
  numbers folded across spellings, within 10 days; across languages the names alone.
- **Outlet map**: principal components of each outlet's shares of names and quoted sides
  (Pearson 1901; Jolliffe 2002).
"""
    )

st.subheader("Versions in use")
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
