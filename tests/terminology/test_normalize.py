from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.terminology.normalize import (
    form_key,
    normalized_char,
    normalized_form,
    normalized_text,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", ""),
        ("Kiev", "kiev"),
        ("KYÏV", "kyiv"),
        ("Kyi\u0308v", "kyiv"),  # decomposed diacritic
        ("Dénazification", "denazification"),
        ("Straße", "strasse"),
        ("ﬁnal", "final"),
        ("İstanbul", "istanbul"),
        ("People’s People‘s Peopleʼs People's People`s", "people's people's people's people's people's"),
        ("de‐Nazify de‑Nazify de－Nazify", "de-nazify de-nazify de-nazify"),
        ("de\u00adNazify", "denazify"),  # soft hyphen is invisible
        ("a\u00a0b\u202fc\td", "a b c d"),
        ("a\r\nb\u2029c", "a \nb\nc"),
        ("ＫＩＥＶ", "kiev"),
        ("🙂 كييف", "🙂 كييف"),
        ("\x00\x07", "\x00\x07"),
    ],
)
def test_normalized_text(text: str, expected: str) -> None:
    assert normalized_text(text).text == expected


@pytest.mark.parametrize(
    ("text", "span", "original"),
    [
        # (normalised span) -> the exact original text it came from
        ("Die Straße hier", (4, 11), "Straße"),
        ("la ﬁnale", (3, 9), "ﬁnale"),
        ("in Kyi\u0308v today", (3, 7), "Kyi\u0308v"),
        ("Kyiv\u0301!", (0, 4), "Kyiv\u0301"),  # trailing combining mark stays with its letter
        ("de\u00adNazify now", (0, 8), "de\u00adNazify"),
        ("plain ascii", (6, 11), "ascii"),
    ],
)
def test_original_span(text: str, span: tuple[int, int], original: str) -> None:
    start, end = normalized_text(text).original_span(*span)
    assert text[start:end] == original


def test_original_span_rejects_empty() -> None:
    with pytest.raises(ValueError, match="empty span"):
        normalized_text("abc").original_span(1, 1)


@pytest.mark.parametrize(
    ("form", "normalized", "key"),
    [
        ("  De-Nazify ", "de-nazify", "de nazify"),
        ("de  Nazify", "de nazify", "de nazify"),
        ("Donetsk People’s Republic", "donetsk people's republic", "donetsk people's republic"),
        ("Russophob*", "russophob*", "russophob*"),
        ("", "", ""),
    ],
)
def test_forms(form: str, normalized: str, key: str) -> None:
    assert (normalized_form(form), form_key(form)) == (normalized, key)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aßﬁİé\u0301\u00ad’-\n\r Kk🙂")) | st.characters(), max_size=60))
def test_offsets_are_a_monotone_map_into_the_original(text: str) -> None:
    norm = normalized_text(text)
    offsets = norm.offsets if norm.offsets is not None else range(len(norm.text))
    assert len(offsets) == len(norm.text)
    assert list(offsets) == sorted(offsets)
    assert all(0 <= i < len(text) for i in offsets)
    for i in range(len(norm.text)):
        start, end = norm.original_span(i, i + 1)
        assert 0 <= start < end <= len(text)


def per_character(text: str) -> tuple[str, list[int]]:
    """Return the reference normalisation: every character mapped on its own."""
    images = [normalized_char(c) for c in text]
    return "".join(images), [i for i, image in enumerate(images) for _ in image]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("aAéÉß İﬁ\u0301\u00ad’‘`´-‑\n\r\t\u00a0Σσςſ½²«»“”")) | st.characters(), max_size=80))
def test_fast_path_equals_per_character_map(text: str) -> None:
    norm = normalized_text(text)
    expected, offsets = per_character(text)
    assert norm.text == expected
    assert list(norm.offsets if norm.offsets is not None else range(len(text))) == offsets
