from __future__ import annotations

import itertools
import re

import pytest

from framing.paths import LEXICON_DIR
from framing.terminology import Lexicon, compiled_matcher, lexicon_from_dict, load_pack
from framing.terminology.matcher import form_pattern


def found(lexicon: Lexicon, language: str, text: str) -> list[tuple[str, str]]:
    """Return (variant id, matched original text) per match, checking offsets on the way."""
    matches = compiled_matcher(lexicon, language).matches(text)
    assert [m.start for m in matches] == sorted(m.start for m in matches)
    assert all(a.end <= b.start for a, b in itertools.pairwise(matches))
    return [(m.term.variant, text[m.start : m.end]) for m in matches]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # one row per category, in each language
        ("en", "Russia's special military operation began.", [("smo", "special military operation")]),
        ("fr", "L'opération militaire spéciale a commencé.", [("smo", "opération militaire spéciale")]),
        ("en", "Shelling near Kiev and Kyiv.", [("kiev", "Kiev"), ("kyiv", "Kyiv")]),
        ("fr", "Bombardements près de Kiev et Kyiv.", [("kiev", "Kiev"), ("kyiv", "Kyiv")]),
        ("en", "the Donetsk People's Republic (DPR)", [("dpr", "Donetsk People's Republic"), ("dpr", "DPR")]),
        ("fr", "la République populaire de Donetsk (RPD)", [("dpr", "République populaire de Donetsk"), ("dpr", "RPD")]),
        ("en", "to denazification", [("denazification", "denazification")]),
        ("fr", "la dénazification", [("denazification", "dénazification")]),
        # per-language forms only
        ("fr", "the special military operation", []),
        ("en", "l'opération militaire spéciale", []),
        ("de", "Kiev", []),
        # false friends and exclusions
        ("en", "Kievan Rus' history", []),
        ("en", "We ate chicken Kiev, then Chicken-Kiev.", []),
        ("en", "chicken Kiev in Kiev", [("kiev", "Kiev")]),
        ("en", "Dynamo Kiev won.", []),
        ("en", "an invasion of privacy", []),
        ("en", "an invasion, not an invasion of privacy", [("invasion", "invasion")]),
        ("fr", "une invasion de la vie privée", []),
        ("fr", "poulet à la Kiev", []),
        ("en", "Kievskaya and Kyivstar and pre-Kiev", [("kiev", "Kiev")]),
        ("en", "invasions", []),
        # case, diacritics, apostrophes, possessives
        ("en", "KIEV, kiev, Kyïv, KYÏV", [("kiev", "KIEV"), ("kiev", "kiev"), ("kyiv", "Kyïv"), ("kyiv", "KYÏV")]),
        ("en", "Kyi\u0308v today", [("kyiv", "Kyi\u0308v")]),
        ("en", "Kiev's mayor and Kyiv’s mayor", [("kiev", "Kiev"), ("kyiv", "Kyiv")]),
        ("en", "the Donetsk People’s Republic", [("dpr", "Donetsk People’s Republic")]),
        ("en", "the Donetsk Peoples Republic", [("dpr", "Donetsk Peoples Republic")]),
        ("fr", "la denazification", [("denazification", "denazification")]),
        ("fr", "l’opération spéciale", [("smo", "opération spéciale")]),
        # hyphen variants and line breaks inside multiword forms
        ("en", "to de-Nazify, de Nazify, denazify, de‑Nazify", [("denazification", t) for t in ["de-Nazify", "de Nazify", "denazify", "de‑Nazify"]]),
        ("en", "to de-\nNazify", [("denazification", "de-\nNazify")]),
        ("en", "a special\nmilitary  operation", [("smo", "special\nmilitary  operation")]),
        ("en", "a special military\r\noperation", [("smo", "special military\r\noperation")]),
        ("en", "a special military\n\noperation", []),
        ("en", "a full scale invasion", [("invasion", "full scale invasion")]),
        # longest match wins, leftmost first
        ("en", "the Kiev regime fell", [("kiev-regime", "Kiev regime")]),
        ("en", "the full-scale invasion", [("invasion", "full-scale invasion")]),
        ("en", "the so-called republics", [("so-called-republics", "so-called republics")]),
        ("en", "a special operation", [("smo", "special operation")]),
        # wildcard continuation of the last word
        ("en", "Russophobia and russophobic Russophobes", [("denazification", w) for w in ["Russophobia", "russophobic", "Russophobes"]]),
        ("fr", "la russophobie", [("denazification", "russophobie")]),
        # hostile input
        ("en", "", []),
        ("en", "“”«»''\"", []),
        ("en", "\x00Kiev\x07 🙂Kiev🙂 كييف Kiev\u200f", [("kiev", "Kiev")] * 3),
    ],
)
def test_matches(mini: Lexicon, language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(mini, language, text) == expected


def test_matcher_is_cached_per_lexicon_and_language(mini: Lexicon) -> None:
    assert compiled_matcher(mini, "en") is compiled_matcher(mini, "en")
    assert compiled_matcher(mini, "en") is not compiled_matcher(mini, "fr")


def test_one_pattern_per_language(mini: Lexicon) -> None:
    matcher = compiled_matcher(mini, "en")
    assert isinstance(matcher.pattern, re.Pattern)
    assert matcher.pattern.groups == len({f for t in mini.terms("en") for f in t.forms})


def test_offsets_survive_expanding_characters() -> None:
    lexicon = lexicon_from_dict({
        "pack": "edge", "version": "1", "title": "edge", "languages": ["en"],
        "poles": [{"id": "a", "label": "A", "sign": 1}],
        "categories": [{"id": "c", "label": "C"}],
        "referents": [{"id": "r", "category": "c", "label": "R", "variants": [
            {"id": "v", "label": "V", "en": {"pole": "a", "weight": 1, "forms": ["strasse", "final offensive"]}}]}],
    }, source="edge.yaml")
    text = "ß Straße, Strasse and the ﬁnal oﬀensive after Kyi\u0308v."
    assert found(lexicon, "en", text) == [("v", "Straße"), ("v", "Strasse"), ("v", "ﬁnal oﬀensive")]


@pytest.mark.parametrize(
    ("form", "text", "matches"),
    [
        ("de-Nazify", "de nazify", True),
        ("de-Nazify", "denazify", True),
        ("de-Nazify", "de -\n nazify", True),
        ("de-Nazify", "de\n\nnazify", False),
        ("People's", "peoples", True),
        ("Russophob*", "russophobes", True),
        ("Russophob*", "russophob", True),
        ("Kiev", "kyiv", False),
    ],
)
def test_form_pattern(form: str, text: str, matches: bool) -> None:
    assert (re.fullmatch(form_pattern(form), text) is not None) is matches


REAL_PACKS = sorted(p.stem for p in LEXICON_DIR.glob("*.yaml"))


@pytest.mark.skipif(not REAL_PACKS, reason="no shipped lexicon packs yet")
@pytest.mark.parametrize("pack", REAL_PACKS)
@pytest.mark.parametrize("language", ["en", "fr"])
def test_every_shipped_form_finds_its_own_variant(pack: str, language: str) -> None:
    lexicon = load_pack(pack)
    categories = set()
    for term in lexicon.terms(language):
        for form in term.forms:
            text = f"Yesterday {form.rstrip('*')} again."
            hits = compiled_matcher(lexicon, language).matches(text)
            assert [(m.term.referent, m.term.variant) for m in hits] == [(term.referent, term.variant)], form
            categories.add(term.category)
    assert categories == {c.id for c in lexicon.categories}
