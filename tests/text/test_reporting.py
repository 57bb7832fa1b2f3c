"""The language-level reader of data/reporting_verbs.yaml: indirect-speech cues in a text."""

from __future__ import annotations

import pytest

from framing.text.reporting import (
    ReportingWordsError,
    load_reporting_words,
    parse_reporting_words,
    reporting_cues,
)


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "Moscow said it had won.", [("said", "say", False, False)]),
        ("en", "According to the ministry, it had won.", [("According to", "according to", True, False)]),
        ("en", "Lavrov claimed that it had won.", [("claimed", "claim", False, False)]),
        ("en", "She told reporters it had won.", [("told", "tell", False, False)]),
        ("en", "He is said to be ill.", []),  # passive hearsay
        ("en", "They were told to leave.", []),  # an order
        ("en", "The said agreement holds.", []),  # an adjective after a determiner
        ("en", "Russia's claims were denied.", []),  # "'s claims" is a noun, "were denied" a passive
        ("en", "Moscow denied the claims.", [("denied", "deny", False, False)]),
        ("en", "He condemned the strike.", []),  # not a cue of indirect speech (indirect: false)
        ("fr", "Selon Dmitri Peskov, tout va bien.", [("Selon", "selon", True, False)]),
        ("fr", "D’après lui, tout va bien.", [("D’après", "d'après", True, False)]),
        ("fr", "Le ministre a affirmé que tout va bien.", [("a affirmé", "affirmer", False, False)]),
        ("fr", "Le ministre a, par ailleurs, affirmé que tout va bien.",
         [("a, par ailleurs, affirmé", "affirmer", False, False)]),
        ("fr", "Tout va bien, a-t-il déclaré.", [("a-t-il déclaré", "déclarer", False, True)]),
        ("fr", "Tout va bien, estime-t-elle.", [("estime-t-elle", "estimer", False, True)]),
        ("fr", "Tout va bien, dit-il.", [("dit-il", "dire", False, True)]),
        ("fr", "Le dit accord tient.", []),
        ("de", "Er sagte, alles sei gut.", []),
        ("en", "", []),
    ],
)
def test_reporting_cues(language: str, text: str, expected: list[tuple[str, str, bool, bool]]) -> None:
    cues = reporting_cues(text, language=language)
    assert [(text[c.start:c.end], c.lemma, c.source, c.inverted) for c in cues] == expected


def test_the_shipped_file_has_cues_in_both_languages() -> None:
    words = load_reporting_words()
    assert words.forms["en"]["said"] == "say" and words.forms["fr"]["selon"] == "selon"
    assert words.participles["déclaré"] == "déclarer"
    assert {"according to", "selon", "d'après"} <= words.sources
    assert "condemned" not in words.forms["en"]  # indirect: false entries are left out


CONTEXT = {name: {"words": ["a"]} for name in ("fr_auxiliaries", "fr_adverbs", "passive_before")}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (None, "x.yaml: expected a mapping with a 'verbs' list"),
        ({"verbs": "say"}, "x.yaml: expected a mapping with a 'verbs' list"),
        ({"verbs": [{"lemma": "say", "language": "de", "forms": ["say"]}]}, "x.yaml: verbs[0]: expected a mapping"),
        ({"verbs": [{"lemma": "say", "language": "en", "forms": []}]}, "x.yaml: verbs[0]: needs a lemma"),
        ({"verbs": [{"lemma": "say", "language": "en", "forms": ["say"]}], "context": {}},
         "x.yaml: context.fr_auxiliaries: expected a mapping with a words list"),
    ],
)
def test_malformed_file_names_the_entry(data: object, message: str) -> None:
    with pytest.raises(ReportingWordsError) as error:
        parse_reporting_words(data, source="x.yaml")
    assert message in str(error.value)


def test_parsed_minimal_file_finds_its_cue() -> None:
    words = parse_reporting_words({"verbs": [{"lemma": "say", "language": "en", "forms": ["says"]}],
                                   "context": CONTEXT}, source="x.yaml")
    assert [c.lemma for c in reporting_cues("She says so.", language="en", words=words)] == ["say"]
