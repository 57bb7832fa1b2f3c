"""The reported voice: labels in indirect speech are relayed, not adopted; spellings stay the writer's."""

from __future__ import annotations

import pytest

from framing.terminology import analyse_terms, load_pack
from framing.terminology.reported import reported_spans
from framing.text.marks import quotations

# (language, text, [(matched text, voice)] of every hit with weight > 0), written for these tests.
ROWS = [
    # English: said / according to / claimed that, leading and trailing
    ("en", "Moscow said it had liberated Avdeyevka.", [("liberated Avdeyevka", "reported")]),
    ("en", "The ministry said that the Kiev regime had lost a battalion.", [("Kiev regime", "reported")]),
    ("en", "According to the ministry, the Kiev regime lost a battalion.", [("Kiev regime", "reported")]),
    ("en", "The Kiev regime lost a battalion, according to the ministry.", [("Kiev regime", "reported")]),
    ("en", "Lavrov claimed that the collective West wants a war.", [("collective West", "reported")]),
    ("en", "Russian forces liberated Avdeyevka, the defence ministry said on Sunday.",
     [("liberated Avdeyevka", "reported")]),
    ("en", "The Kiev regime, Zakharova said, is preparing a provocation.",
     [("Kiev regime", "reported"), ("preparing a provocation", "reported")]),
    # the speaker named before the verb is the writer's wording
    ("en", "The Kremlin-installed governor said the town had been liberated.",
     [("Kremlin-installed", "author")]),
    # no reporting cue: the outlet's own words
    ("en", "Russian forces liberated Avdeyevka.", [("liberated Avdeyevka", "author")]),
    ("en", "The Kiev regime lost a battalion. The ministry said so.", [("Kiev regime", "author")]),  # other sentence
    # noun homographs of cues are no cue
    ("en", "Russian state media praised the special military operation.",
     [("special military operation", "author")]),
    ("en", "The said agreement mentions the special military operation.",
     [("special military operation", "author")]),
    # spellings stay the writer's choice in reported speech, unless quoted
    ("en", "Peskov said Kiev must accept the new realities.", [("Kiev", "author")]),
    ("en", "According to the ministry, shelling hit Kharkov.", [("Kharkov", "author")]),
    ("en", 'Peskov said "Kiev must accept" the terms.', [("Kiev", "quoted")]),
    # quoted and distanced win over reported
    ("en", 'Peskov said the "special military operation" would go on.', [("special military operation", "quoted")]),
    ("en", "Moscow said its so-called denazification would go on.", [("denazification", "distanced")]),
    # French: selon / a affirmé que / inversion
    ("fr", "Selon Dmitri Peskov, la dénazification se poursuit.", [("dénazification", "reported")]),
    ("fr", "La dénazification se poursuit, selon Dmitri Peskov.", [("dénazification", "reported")]),
    ("fr", "D'après le Kremlin, le régime de Kiev prépare une provocation.",
     [("régime de Kiev", "reported"), ("prépare une provocation", "reported")]),
    ("fr", "Le ministre a affirmé que le régime de Kiev préparait une attaque.", [("régime de Kiev", "reported")]),
    ("fr", "Le ministre a également affirmé que l'opération militaire spéciale continue.",
     [("opération militaire spéciale", "reported")]),
    ("fr", "L'opération militaire spéciale se poursuit, a-t-il déclaré.",
     [("opération militaire spéciale", "reported")]),
    ("fr", "L'opération militaire spéciale se poursuit, a indiqué le ministère russe de la Défense.",
     [("opération militaire spéciale", "reported")]),
    ("fr", "L'opération militaire spéciale se poursuit, estime-t-elle.",
     [("opération militaire spéciale", "reported")]),
    ("fr", "L'opération militaire spéciale se poursuit.", [("opération militaire spéciale", "author")]),
    ("fr", "Selon Moscou, Artiomovsk est tombée.", [("Artiomovsk", "author")]),  # a spelling
    ("fr", "« Le régime de Kiev ment », a-t-il déclaré.", [("régime de Kiev", "quoted")]),
    # empty and hostile
    ("en", "", []),
    ("en", "said said said according to, according to", []),
    ("fr", "selon selon, a-t-il déclaré", []),
]


@pytest.fixture(scope="module")
def pack():
    return load_pack("russia-ukraine")


@pytest.mark.parametrize(("language", "text", "expected"), ROWS)
def test_reported_voice(pack, language: str, text: str, expected: list[tuple[str, str]]) -> None:
    hits = analyse_terms(text, language=language, lexicon=pack, date="2023-01-01").terms
    assert [(h.text, h.voice) for h in hits if h.weight > 0] == expected


def test_reported_hits_stay_out_of_the_index(pack) -> None:
    # One Kremlin label reported, one Ukrainian-side label in the outlet's voice: only the latter counts,
    # −0.5 / (0.5 + 1).
    text = "Moscow said it had liberated Avdeyevka. Russia's invasion goes on."
    result = analyse_terms(text, language="en", lexicon=pack, date="2023-01-01")
    assert [(h.text, h.voice) for h in result.terms if h.weight > 0] == [
        ("liberated Avdeyevka", "reported"), ("Russia's invasion", "author")]
    assert result.terminology_index == pytest.approx(-1 / 3)


@pytest.mark.parametrize(
    ("text", "language", "covered", "not_covered"),
    [
        ("Moscow said it had won.", "en", "it had won", "Moscow"),
        ("It had won, Moscow said.", "en", "It had won", "Moscow"),
        ("Il a gagné, selon Moscou.", "fr", "Il a gagné", "Moscou"),
        # a cue inside a quotation is the quoted speaker's: "they said" marks nothing
        ('A banner read "they said it was over" at the rally.', "en", None, "at the rally"),
    ],
)
def test_reported_spans(text: str, language: str, covered: str | None, not_covered: str) -> None:
    spans = reported_spans(text, language=language, quotes=quotations(text))
    if covered is not None:
        start = text.index(covered)
        assert spans.covers(start, start + len(covered))
    other = text.index(not_covered)
    assert not spans.covers(other, other + len(not_covered))


def test_no_language_no_reported_speech() -> None:
    assert len(reported_spans("Moscow said it had won.", language=None)) == 0
