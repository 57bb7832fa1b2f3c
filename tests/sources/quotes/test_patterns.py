"""Trie-compiled word lists and the lower-cased copy they are matched in."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from framing.sources.quotes.patterns import _TABLE, alternation, lowered, trie


@settings(max_examples=300, deadline=None, database=None)
@given(
    words=st.lists(st.text(alphabet="abcé 'x", min_size=1, max_size=6), min_size=1, max_size=12),
    text=st.text(alphabet="abcé 'x\n", max_size=60),
)
def test_trie_matches_like_an_alternation_longest_first(words, text) -> None:
    words = sorted({w for w in words if w.strip()}, key=len, reverse=True)
    if not words:
        return
    plain = re.compile("|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words))
    assert [m.span() for m in re.compile(trie(words)).finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(max_size=200))
def test_lowered_keeps_offsets(text) -> None:
    low = lowered(text)
    assert len(low) == len(text) and low == text.translate(_TABLE)


def test_alternation_normalises_words() -> None:
    pattern = re.compile(alternation(["D’après", "selon"]))
    assert pattern.fullmatch(lowered("d’après")) and pattern.fullmatch("selon")
