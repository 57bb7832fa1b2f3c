"""Language identification picks only among languages it tells apart (issue 16, item 7)."""

from __future__ import annotations

import pytest

from framing.text.language import (
    IDENTIFIABLE,
    SHORT_TEXT_CHARS,
    SHORT_TEXT_IDENTIFIABLE,
    detected_language,
)

DANISH = ("Regeringen fremlagde i dag et nyt forslag om energipriser, og statsministeren sagde til pressen, "
          "at husholdningerne skal have hjælp allerede i vinter, fordi regningerne er steget meget i år. "
          "Oppositionen kalder planen for sent og for lille.")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # Short English rows that the whole model labels Swedish, Nynorsk, Catalan, Slovene, Albanian…
        ("Kyiv talks resume", "en"),
        ("Officials deny it", "en"),
        ("Oil price up", "en"),
        ("Prices rose again", "en"),
        ("Macron calls Scholz", "en"),
        ("Le président a parlé", "fr"),
        ("Kiev bombardée", "fr"),
        ("Das ist gut", "de"),
        ("Esto es bueno", "es"),
        ("To jest dobre", "pl"),
        ("Это хорошо", "ru"),
        (DANISH, "da"),  # long enough for the Nordic languages to be told apart
    ],
)
def test_detected_language(text, code):
    guess = detected_language(text)
    assert guess is not None and guess.code == code
    assert 0.0 < guess.probability <= 1.0


@pytest.mark.parametrize("text", ["", "12 34", "!!", "a b"])
def test_nothing_to_identify(text):
    assert detected_language(text) is None


def test_the_short_text_languages_are_among_the_identifiable_ones():
    assert set(SHORT_TEXT_IDENTIFIABLE) < set(IDENTIFIABLE)
    assert {"en", "fr"} <= set(SHORT_TEXT_IDENTIFIABLE)
    assert len(DANISH) >= SHORT_TEXT_CHARS
