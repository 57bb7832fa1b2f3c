from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.resources import LEXICON_DIR
from framing.terminology import Lexicon, TermHit, analyse_terms, load_pack

KEYS = ["term", "text", "start", "end", "pole", "category", "voice", "weight", "referent", "variant", "language"]


def test_hit_record_shape(mini: Lexicon) -> None:
    text = "Shelling near Kiev."
    [hit] = analyse_terms(text, language="en", lexicon=mini).terms
    assert hit.to_dict() == dataclasses.asdict(hit) == {
        "term": "Kiev", "text": "Kiev", "start": 14, "end": 18, "pole": "kremlin",
        "category": "place-names", "voice": "author", "weight": 0.5, "referent": "kyiv",
        "variant": "kiev", "language": "en"}
    assert list(hit.to_dict()) == KEYS


@pytest.mark.parametrize(
    ("language", "text", "index", "weighted"),
    [
        ("en", "Kiev", 0.5 / 1.5, 0.5),  # one weak term: shrunk by the prior, see index.py
        ("fr", "Kiev", None, 0.0),  # French "Kiev" is neutral with weight 0
        ("en-GB", "Kiev and Kyiv", 0.0, 1.0),
        ("FR_fr", "l'invasion", -0.5 / 1.5, 0.5),
        ("en", "Kiev and the “special operation”", 0.5 / 1.5, 0.5),
        ("de", "Kiev", None, 0.0),
        ("", "Kiev", None, 0.0),
        (None, "Kiev", None, 0.0),
        ("en", "", None, 0.0),
    ],
)
def test_index_per_language(mini: Lexicon, language: str | None, text: str, index: float | None, weighted: float) -> None:
    result = analyse_terms(text, language=language, lexicon=mini)
    assert (result.terminology_index, result.terminology_hits) == (index, weighted)


def test_french_kiev_is_neutral_and_english_kiev_kremlin(mini: Lexicon) -> None:
    [fr] = analyse_terms("à Kiev", language="fr", lexicon=mini).terms
    [en] = analyse_terms("in Kiev", language="en", lexicon=mini).terms
    assert (fr.pole, fr.weight, en.pole, en.weight) == ("neutral", 0.0, "kremlin", 0.5)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "“”«»‘’\"'",
        "“Kiev " * 5000,
        "Kiev " * 200_000,  # 1 MB of one word
        "special military operation\n" * 40_000,
        "« Kiev\n\n" * 10_000,
        "\x00\x1b[0mKiev\x7f\u200b\u200dKiev\ufeff",
        "🙂Kiev🇺🇦 “Kyiv” 👍🏽",
        "\u202eKiev\u202c كييف «Kiev» עברית",
        "Stra\u00dfe \ufb01nal Kyi\u0308v\u0301 de\u00adNazify",
    ],
)
def test_hostile_text(mini: Lexicon, text: str) -> None:
    result = analyse_terms(text, language="en", lexicon=mini)
    assert_valid(text, result.terms)
    assert result.terminology_index is None or -1 <= result.terminology_index <= 1


def test_one_megabyte_finds_every_occurrence(mini: Lexicon) -> None:
    text = "Kiev " * 200_000
    result = analyse_terms(text, language="en", lexicon=mini)
    assert len(result.terms) == 200_000
    assert result.terminology_index == pytest.approx(100_000 / 100_001)


def assert_valid(text: str, hits: list[TermHit]) -> None:
    previous_end = 0
    for hit in hits:
        assert previous_end <= hit.start < hit.end <= len(text)
        assert text[hit.start : hit.end] == hit.text
        assert hit.voice in {"author", "quoted", "distanced", "reported"}
        previous_end = hit.end


_PIECES = st.sampled_from([
    "Kiev", "Kyïv", "KYIV", "special", "military", "operation", "so-called", "de", "Nazify",
    "invasion", "of", "privacy", "chicken", "Russophob", "ia", "“", "”", "«", "»", "‘", "’", "'", "\"",
    " ", " ", "\n", "\n\n", "-", "‑", "\u00ad", "ß", "é", "\u0301", ".", ",", "said", "dite", "l’",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(_PIECES, max_size=40).map("".join), st.sampled_from(["en", "fr", "xx", None]))
def test_property_never_raises_and_offsets_are_valid(mini: Lexicon, text: str, language: str | None) -> None:
    result = analyse_terms(text, language=language, lexicon=mini)
    assert_valid(text, result.terms)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=100))
def test_property_any_unicode(mini: Lexicon, text: str) -> None:
    assert_valid(text, analyse_terms(text, language="en", lexicon=mini).terms)


@pytest.mark.skipif(not (LEXICON_DIR / "russia-ukraine.yaml").exists(), reason="russia-ukraine pack absent")
@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Shelling near Kiev.", [("Kiev", "kremlin", 0.5)]),
        ("fr", "Bombardements près de Kiev.", [("Kiev", "neutral", 0.0)]),
        ("en", "We ate chicken Kiev.", []),
        ("en", "the history of Kievan Rus'", []),
        ("en", "an invasion of privacy", []),
        ("en", "Dynamo Kiev won.", []),
        ("fr", "un poulet à la Kiev", []),
    ],
)
def test_real_pack_language_semantics_and_false_friends(
    language: str, text: str, expected: list[tuple[str, str, float]]
) -> None:
    hits = analyse_terms(text, language=language, lexicon=load_pack("russia-ukraine")).terms
    assert [(h.text, h.pole, h.weight) for h in hits] == expected


@pytest.mark.skipif(not (LEXICON_DIR / "russia-ukraine.yaml").exists(), reason="russia-ukraine pack absent")
@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kiev " * 200_000, "en"),  # 1 MB of one word
        ("so-called special military operation, " * 5_000, "en"),
        ("what Moscow calls “the Kiev regime” " * 5_000, "en"),
        ("« opération militaire spéciale » " * 5_000, "fr"),
        ("\"" * 500_000 + " Kiev regime", "en"),  # unbalanced quotes
        ("“Kiev regime " * 10_000, "en"),
        ("ce que Moscou qualifie d'" * 10_000, "fr"),
        ("de-de-de-de-de-de-de-de-" * 40_000 + "Nazify", "en"),
        ("'s " * 300_000, "en"),
    ],
    ids=["one-word", "so-called", "what-calls-quoted", "guillemets", "open-quotes", "curly-open",
         "qualifie", "hyphens", "possessives"],
)
def test_hostile_text_on_the_real_pack(text: str, language: str) -> None:
    result = analyse_terms(text, language=language, lexicon=load_pack("russia-ukraine"))
    assert_valid(text, result.terms)
    assert result.terminology_index is None or -1 < result.terminology_index < 1
