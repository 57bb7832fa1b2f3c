"""Folding keeps offsets; sound keys bring transliteration and MT variants together."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.text.fold import _TABLE, fold, name_key, phonetic_key


@pytest.mark.parametrize(
    ("text", "expected"),
    [("Sergueï", "serguei"), ("Kyiv’s", "kyiv's"), ("ÉTAT–MAJOR", "etat-major"), ("Straße", "strase"), ("", "")],
)
def test_fold(text, expected) -> None:
    assert fold(text) == expected


@settings(max_examples=300, deadline=None, database=None)
@given(st.text(max_size=200))
def test_fold_is_one_character_per_character(text) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded == text.translate(_TABLE)  # the fast path agrees with the table


@pytest.mark.parametrize(
    ("a", "b"),
    [("Ségournet", "Sigournet"), ("Sigourney", "Sigournet"), ("Beaune", "Bon"), ("Zelensky", "Zelenskyy"), ("Kouleba", "Kuleba")],
)
def test_variants_share_a_sound_key(a, b) -> None:
    assert phonetic_key(a) == phonetic_key(b)


def test_name_key() -> None:
    assert name_key("  Jean-Yves  Le Drian. ") == "jean-yves le drian"
