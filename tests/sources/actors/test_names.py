"""Name runs, titles, appositions and caption lines."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.sources.actors.names import (
    _RUN,
    apposition_after,
    caption_paragraphs,
    name_runs,
    run_spans,
    title_before,
)


def runs(text: str) -> list[str]:
    return [text[r.start : r.end] for r in name_runs(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Yesterday Jean-Yves Le Drian said so.", ["Jean-Yves Le Drian"]),
        ("The talks with Ursula von der Leyen ended.", ["Ursula von der Leyen"]),
        ("M. Dupont a refusé.", ["Dupont"]),  # the honorific is evidence, not part of the name
        ("Mme Borne est arrivée.", ["Borne"]),
        ("Forecaster Liam Doherty warned.", ["Liam Doherty"]),  # a descriptive title before a given name
        ("Putin's speech was long.", ["Putin"]),
        ("On Monday, in January, Le ministre", []),
        ("rencontre d'Olena Zelenska", ["Olena Zelenska"]),
    ],
)
def test_name_runs(text, expected) -> None:
    assert runs(text) == expected


ALPHABET = st.sampled_from(["al-", "bin-", "l'", "d’", "L'", " ", "-", "A", "b", "Ö", "x", ".", "_", "'", "\n", "De ", "la ", "St. "])


@settings(max_examples=500, deadline=None, database=None)
@given(st.lists(ALPHABET, max_size=14).map("".join))
def test_run_spans_equal_the_reference_pattern(text) -> None:
    assert run_spans(text) == [m.span() for m in _RUN.finditer(text)]


VOCABULARY = frozenset(["foreign", "defense", "ukraine", "kremlin", "minister"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ukraine's Defense Minister Oleksii Reznikov", "Ukraine's Defense Minister "),
        ("the governor of Belgorod", ""),
        ("Gen. Sergei Surovikin", "Gen. "),
        ("he met\nMinister Kuleba", "Minister "),
        ("It ended. Minister Kuleba", "Minister "),
    ],
)
def test_title_before(text, expected) -> None:
    start = next(text.index(name) for name in ("Oleksii", "Belgorod", "Sergei", "Kuleba") if name in text)
    title = title_before(text, start, vocabulary=VOCABULARY)
    assert text[title:start] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dominique Arel, specialist of Ukraine attached to the University of Ottawa, said", "specialist of Ukraine attached to the University of Ottawa"),
        ("Ivan Petrenko, 45, said", "45"),
        ("Clément Bon, secretary of state for European affairs, told", "secretary of state for European affairs"),
        ("Kyiv, the capital, was hit", None),
    ],
)
def test_apposition_after(text, expected) -> None:
    end = text.index(",")
    span = apposition_after(text, end)
    assert (text[span[0] : span[1]] if span else None) == expected


def test_caption_paragraphs() -> None:
    text = "Body sentence here.\n\nAntony Blinken, US Secretary of State\n\nto France Inter\n\nShort line."
    assert [text[s:e] for s, e in caption_paragraphs(text)] == ["Antony Blinken, US Secretary of State", "to France Inter"]
