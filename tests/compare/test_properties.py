"""Properties that must hold for any input, checked with Hypothesis."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.compare.distinctive import distinctive_terms, keyword_in_context
from framing.compare.samples import FLAGS, flag_columns
from framing.compare.tokens import anchors, content_terms, stopwords
from tests.compare import oracle
from tests.compare.builders import record

WORDS = st.sampled_from(["war", "peace", "Kyiv", "Kiev", "régime", "de", "the", "opération", "l'armée",
                         "16,000", "Zaporijia", "so-called", "«", "»", ",", ".", "\n\n", "’s"])
TEXTS = st.lists(WORDS, max_size=40).map(" ".join)


@given(st.lists(st.integers(min_value=-5, max_value=10_000), max_size=20),
       st.lists(st.floats(allow_nan=True, allow_infinity=False, width=32), max_size=20))
def test_flags_are_always_defined(ns, bounds):
    n = pd.Series(ns, dtype="int64")
    low = pd.Series((bounds + [float("nan")] * len(ns))[: len(ns)], dtype="float64")
    out = flag_columns(n, low, low + 0.1)
    assert set(out["flag"]) <= set(FLAGS) and out["note"].map(bool).all()


@given(TEXTS, st.sampled_from(["en", "fr", None]))
def test_content_terms_never_return_stopwords_or_blanks(text, language):
    stop = stopwords(language)
    for t in content_terms(text, language):
        parts = t.split(" ")
        assert 1 <= len(parts) <= 2 and all(len(p) > 1 and p not in stop for p in parts)


@given(TEXTS)
def test_anchor_keys_are_never_empty(text):
    assert all(k and k not in {"#", "~"} for k in anchors(text))


@given(TEXTS, st.sampled_from(["war", "kyiv", "régime", "so-called", "16,000", "opération militaire"]))
@settings(max_examples=60, deadline=None)  # a property, not a timing: the machine is shared
def test_keyword_in_context_offsets_point_at_the_match(text, term):
    lines = keyword_in_context(oracle.articles([record("a", "A", text=text)], with_text=True), term, window=8)
    for row in lines.itertuples():
        assert text[row.start:row.end].replace("\n", " ") == row.match  # line breaks shown as spaces
        assert row.line[row.match_start:row.match_end] == row.match


@given(TEXTS, TEXTS)
@settings(max_examples=40, deadline=None)
def test_two_outlets_are_mirror_images(a, b):
    # With two groups, "A against the rest" is "A against B": δ_B = −δ_A and σ is shared.
    articles = oracle.articles([record("a", "A", text=a), record("b", "B", text=b)], with_text=True)
    result = distinctive_terms(articles, min_count=0, top=None)
    if result.empty:
        return
    z = result.pivot_table(index="term", columns="outlet", values="z")
    if {"A", "B"} <= set(z.columns):
        assert (z["A"] + z["B"]).abs().max() == pytest.approx(0.0, abs=1e-9)
