"""Masking: outlet names (full, shortened, initials, web host), web addresses and datelines."""

from __future__ import annotations

import pytest

from framing.present.lessons.mask import Masked, masked, outlet_aliases, outlet_labels


@pytest.mark.parametrize(
    ("outlet", "url", "expected"),
    [
        (None, None, ()),
        ("", None, ()),
        ("Meridian Press Agency", "https://meridianpress.example/a",
         ("Meridian Press Agency", "meridianpress.example", "Meridian Press", "meridianpress", "MPA")),
        ("Le Courrier de l'Estuaire", None, ("Le Courrier de l'Estuaire", "Courrier de l'Estuaire")),
        ("Vostok Hebdo", None, ("Vostok Hebdo",)),
        ("<script>x</script>", None, ("<script>x</script>",)),
        (None, "https://www.news.example/x", ("news.example", "news")),
    ],
)
def test_outlet_aliases(outlet, url, expected):
    assert outlet_aliases(outlet, url) == expected


@pytest.mark.parametrize(
    ("outlets", "expected"),
    [
        ([], {}),
        ([None, "X"], {"X": "Outlet A"}),
        (["X", "Y", "X"], {"X": "Outlet A", "Y": "Outlet B"}),
    ],
)
def test_outlet_labels(outlets, expected):
    assert outlet_labels(outlets) == expected


MPA = {"Outlet A": outlet_aliases("Meridian Press Agency", "https://meridianpress.example/a")}


@pytest.mark.parametrize(
    ("text", "outlets", "datelines", "expected"),
    [
        ("", MPA, (), ""),
        ("Nothing to hide.", MPA, (), "Nothing to hide."),
        ("T\n\nKYIV, Feb 24 (MPA) – Russia launched.", MPA, (), "T\n\n[dateline hidden] – Russia launched."),
        ("MOSCOW (Polar Star) - It began.", {}, (), "[dateline hidden] – It began."),
        ("As meridian press agency wrote.", MPA, (), "As Outlet A wrote."),
        # Initials only in capitals and as a whole word.
        ("The mpa and MPAX and MPA.", MPA, (), "The mpa and MPAX and Outlet A."),
        ("See https://meridianpress.example/a/b. Then.", MPA, (), "See [link hidden]. Then."),
        ("Read www.other.example/x today", {}, (), "Read [link hidden] today"),
        ("Moscow (agencies)\n\nText.", {}, ("Moscow (agencies)",), "[dateline hidden]\n\nText."),
        # Hostile names: regex characters and markup are matched literally.
        ("Per A+B (News), fine; AB News not.", {"Outlet B": ("A+B (News)",)}, (), "Per Outlet B, fine; AB News not."),
        ("<script>x</script> said", {"Outlet C": ("<script>x</script>",)}, (), "Outlet C said"),
    ],
)
def test_masked_text(text, outlets, datelines, expected):
    assert masked(text, outlets=outlets, datelines=datelines).text == expected


@pytest.mark.parametrize(
    ("span", "expected"),
    [
        # "MPA said Kyiv." → "Outlet A said Kyiv.": +5 after the mask.
        ((9, 13), (14, 18)),
        ((0, 3), None),  # the mask itself
        ((2, 6), None),  # overlaps the mask
        ((4, 8), (9, 13)),  # "said"
    ],
)
def test_masked_span_moves_offsets(span, expected):
    result = masked("MPA said Kyiv.", outlets=MPA)
    assert result.span(*span) == expected
    if expected:
        assert result.text[expected[0]:expected[1]] == "MPA said Kyiv."[span[0]:span[1]]


def test_masked_without_replacements_keeps_offsets():
    assert Masked("abc", ()).position(2) == 2
