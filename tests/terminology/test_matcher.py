from __future__ import annotations

import itertools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.resources import LEXICON_DIR
from framing.terminology import Lexicon, compiled_matcher, lexicon_from_dict, load_pack
from framing.terminology.matcher import Matcher, form_pattern, form_variants
from framing.terminology.normalize import form_key, normalized_text


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
        # a space in a form needs a separator; only a hyphen may vanish
        ("en", "a specialmilitary operation", []),
        ("en", "the Kiev-regime and the Kiev - regime", [("kiev-regime", "Kiev-regime"), ("kiev-regime", "Kiev - regime")]),
        # a possessive inside a multiword form ("Kiev's regime" for "Kiev regime")
        ("en", "Kiev's regime and Kiev’s regime", [("kiev-regime", "Kiev's regime"), ("kiev-regime", "Kiev’s regime")]),
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
    # one group per form variant (and per exclude phrase, owned by no term)
    assert matcher.pattern.groups == len(matcher.terms)
    owners = {(t.referent, t.variant) for t in matcher.terms if t is not None}
    assert owners == {(t.referent, t.variant) for t in mini.terms("en")}
    assert None in matcher.terms


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
        ("special operation", "specialoperation", False),
        ("special operation", "special-operation", True),
        ("Kiev regime", "kiev's regime", True),
        ("Kiev regime", "kiev'regime", False),
        ("Rus'", "rus", True),
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


@pytest.mark.parametrize(
    ("form", "variants"),
    [
        ("Kiev", 1),
        ("de-Nazify", 2),  # joined or separated
        ("People's Republic", 2),  # with or without the apostrophe
        ("pro-Russian people's militia", 4),
        ("a-b-c-d-e-f-g-h", 16),  # capped: the rest stays one optional atom
        ("Russophob*", 1),
    ],
)
def test_form_variants(form: str, variants: int) -> None:
    found = form_variants(form)
    assert len(found) == variants and len(set(found)) == variants


def edge_lexicon(forms: dict[str, list[str]], exclude: dict[str, list[str]] | None = None) -> Lexicon:
    """Return a one-language lexicon with one variant per key of ``forms``."""
    return lexicon_from_dict({
        "pack": "edge", "version": "1", "title": "edge", "languages": ["en"],
        "poles": [{"id": "a", "label": "A", "sign": 1}],
        "categories": [{"id": "c", "label": "C"}],
        "referents": [{"id": "r", "category": "c", "label": "R", "variants": [
            {"id": vid, "label": vid, "exclude": (exclude or {}).get(vid, []),
             "en": {"pole": "a", "weight": 1, "forms": vforms}}
            for vid, vforms in forms.items()]}],
    }, source="edge.yaml")


def test_longest_form_wins_across_branches() -> None:
    # A separator that could match nothing would let the first branch win, not
    # the longest: "neo-Nazi*" must not beat the exclude phrase "néonazis allemands".
    lexicon = edge_lexicon({"nazi": ["neo-Nazi*", "neo-Nazi regime in Kiev"]},
                           exclude={"nazi": ["néonazis allemands"]})
    assert found(lexicon, "en", "des néonazis allemands et des neo-Nazis") == [("nazi", "neo-Nazis")]
    assert found(lexicon, "en", "the neo-Nazi regime in Kiev") == [("nazi", "neo-Nazi regime in Kiev")]


def test_an_exclude_phrase_without_its_own_form_is_dropped() -> None:
    # "invasion of Iraq" holds a form of its variant and hides it; "Iraq war" holds none
    # and would only hide other terms, so it is not compiled.
    lexicon = edge_lexicon({"inv": ["invasion"], "iraq": ["Iraq"]},
                           exclude={"inv": ["invasion of Iraq", "Iraq war"]})
    matcher = Matcher(lexicon.terms("en"))
    assert matcher.terms.count(None) == 1
    assert found(lexicon, "en", "the invasion of Iraq, the Iraq war") == [("iraq", "Iraq")]


_EDGE = edge_lexicon(
    {"kiev": ["Kiev", "Kiev's"], "regime": ["Kiev regime", "Zelensky regime"], "dpr": ["People's Republic*"],
     "nazi": ["de-Nazify", "denazification", "neo-Nazi*"], "smo": ["special operation", "special military operation"]},
    exclude={"kiev": ["chicken Kiev"], "nazi": ["neo-Nazis in Germany"]},
)
_EDGE_PIECES = st.sampled_from([
    "Kiev", "kiev's", "regime", "Zelensky", "Zelensky's", "People's", "Peoples", "Republic", "Republics",
    "de", "Nazify", "denazification", "neo", "Nazis", "neonazis", "in", "Germany", "chicken", "special",
    "military", "operation", " ", " ", "-", "\n", "'", "’", ",", ".",
])


def reference_spans(lexicon: Lexicon, text: str) -> list[tuple[int, int]]:
    """Return leftmost-longest matches of every form and exclude phrase, tried one by one."""
    terms = lexicon.terms("en")
    forms, seen = [], set()
    for phrase, owner in [(f, t) for t in terms for f in t.forms] + [(x, None) for t in terms for x in t.exclude]:
        if form_key(phrase) not in seen:
            seen.add(form_key(phrase))
            forms.append((re.compile(rf"(?<!\w){form_pattern(phrase)}(?!\w)"), owner))
    norm = normalized_text(text)
    spans, pos = [], 0
    while pos < len(norm.text):
        best = max(((m.end(), owner) for pattern, owner in forms if (m := pattern.match(norm.text, pos))),
                   default=None, key=lambda b: b[0])
        if best is None:
            pos += 1
            continue
        if best[1] is not None:
            spans.append(norm.original_span(pos, best[0]))
        pos = best[0]
    return spans


@settings(max_examples=300, deadline=None)
@given(st.lists(_EDGE_PIECES, max_size=30).map(" ".join))
def test_one_pass_equals_trying_every_form(text: str) -> None:
    matches = compiled_matcher(_EDGE, "en").matches(text)
    assert [(m.start, m.end) for m in matches] == reference_spans(_EDGE, text)
