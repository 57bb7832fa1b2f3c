"""Quote forms in English and French: each (text, expected quotes) pair states what the whole
chain must return as (quoted text, kind) — speakers are tested in test_attribute.py."""

from __future__ import annotations

import pytest


def forms(quotes: list[dict]) -> list[tuple[str, str]]:
    return [(q["text"], q["kind"]) for q in quotes]


ENGLISH = [
    # said speech, next to the planned forms of test_not_quotes; hearsay (officials said) stays a quote
    ("Anna Berg said that the bridge would reopen in May.", [("the bridge would reopen in May", "indirect")]),
    ("Joe Biden is due to warn him that an invasion would be costly, officials said.",
     [("Joe Biden is due to warn him that an invasion would be costly", "indirect")]),
    # straight, curly and single quotation marks
    ('"We will stay," said Mayor Anna Berg.', [("We will stay,", "direct")]),
    ("“We will stay,” said Mayor Anna Berg.", [("We will stay,", "direct")]),
    ("'We will stay,' Mr Grant told MPs.", [("We will stay,", "direct")]),
    # introduced by a cue and a colon or a comma
    ("Anna Berg said: “We will stay.”", [("We will stay.", "direct")]),
    ("He stressed, “This is essential for us.”", [("This is essential for us.", "direct")]),
    # partial quotes inside the author's sentence
    ("Tom Baker said the offer was “an insult to workers” and walked out.", [("the offer was “an insult to workers” and walked out", "mixed")]),
    # indirect speech
    ("Anna Berg said that the bridge would reopen in May.", [("the bridge would reopen in May", "indirect")]),
    ("According to Anna Berg, the bridge will reopen in May.", [("the bridge will reopen in May", "indirect")]),
    ("The bridge will reopen in May, according to Anna Berg.", [("The bridge will reopen in May", "indirect")]),
    ("The bridge, Anna Berg says, will reopen in May.", [("The bridge, Anna Berg says, will reopen in May", "indirect")]),
    # a quote over two paragraphs: the first opens without closing, the next re-opens
    ("“The first part.\n\n“The second part,” she said.", [("The first part.\n\n“The second part,", "direct")]),
    # a block quote and its attribution line
    ("Intro.\n\n“Farmers will be compensated in full.”\n\nLena Vogt, Minister of Agriculture\n\nMore.", [("Farmers will be compensated in full.", "direct")]),
    # a dateline before the quote
    ("VIENNA — “The plant is not safe,” Rafael Grossi said.", [("The plant is not safe,", "direct")]),
]

FRENCH = [
    # said speech, next to the planned forms of test_not_quotes
    ("Marie Dupont a affirmé que les pourparlers ont échoué.", [("les pourparlers ont échoué", "indirect")]),
    ("« Nous ne céderons pas », a déclaré M. Barnier.", [("Nous ne céderons pas", "direct")]),
    ("«Nous ne céderons pas», a-t-il ajouté.", [("Nous ne céderons pas", "direct")]),
    ("PARIS (AFP) - « Le budget sera voté », a-t-il dit.", [("Le budget sera voté", "direct")]),
    ("M. Kuleba a indiqué qu'il insisterait sur un cessez-le-feu.", [("il insisterait sur un cessez-le-feu", "indirect")]),
    ("Selon Marc Lefèvre, la croissance devrait ralentir.", [("la croissance devrait ralentir", "indirect")]),
    ("Pour la sociologue Nadia Benali, ce mouvement « dépasse la question des retraites ».", [("ce mouvement « dépasse la question des retraites »", "mixed")]),
    ("Le maire a dénoncé des « provocations ».", [("des « provocations »", "mixed")]),
    # an incise inside the guillemets
    ("« La situation est grave, explique Claire Dubois, infirmière. Nous manquons de lits. »", [("La situation est grave, explique Claire Dubois, infirmière. Nous manquons de lits.", "direct")]),
    ("“Nous ne sommes pas en guerre”, a rappelé Olaf Scholz.", [("Nous ne sommes pas en guerre", "direct")]),
]


@pytest.mark.parametrize(("text", "expected"), ENGLISH)
def test_english_forms(quotes_of, text, expected) -> None:
    assert forms(quotes_of(text, "en")) == expected


@pytest.mark.parametrize(("text", "expected"), FRENCH)
def test_french_forms(quotes_of, text, expected) -> None:
    assert forms(quotes_of(text, "fr")) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The so-called “peace plan” was published.", "en"),  # a scare quote
        ("Antony Blinken, US Secretary of State", "en"),  # a photo caption
        ("Body.\n\nJoe Biden, President of the United States\n\nto France Inter", "en"),
        ("Grossi did not say when inspectors would return.", "en"),  # negated: nothing reported
        ("He refused to say whether talks would resume.", "en"),
        ("The plan is said to cost $2bn.", "en"),
        ("Les « référendums » ont été condamnés.", "fr"),
        ("Sébastien Lecornu, ministre des Armées", "fr"),
        # planned or hypothetical speech is not (yet) said
        ("President Joe Biden is due to warn that an invasion would be costly.", "en"),
        ("Anna Berg will say that the bridge would reopen in May.", "en"),
        ("Anna Berg will also say that the bridge would reopen in May.", "en"),
        ("Critics could argue that the bridge was never safe.", "en"),
        ("Anna Berg is expected to announce that the bridge will reopen.", "en"),
        ("Le président doit annoncer que la France enverra des chars.", "fr"),
        ("Marie Dupont devrait affirmer que les pourparlers ont échoué.", "fr"),
        ("Le ministre va déclarer que le budget sera voté.", "fr"),
    ],
)
def test_not_quotes(quotes_of, text, language) -> None:
    assert quotes_of(text, language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("“This will not stand, said the mayor. Protesters chanted.", "en"),  # never closed
        ("“Outer ‘inner “deep” still’ out” he said.", "en"),  # nested three deep
        ("« Ouvert « et » pas fermé", "fr"),
        ("\"\"\"''' «»«» “”“” \"", "en"),
        ("“" * 500 + "text" + "”" * 500, "en"),
        ("said, " * 2000, "en"),
        ("a-t-il ajouté, " * 2000, "fr"),
    ],
)
def test_hostile_marks_never_break_offsets(quotes_of, text, language) -> None:
    for quote in quotes_of(text, language):
        assert 0 <= quote["start"] <= quote["end"] <= len(text)
        assert quote["text"] in text[quote["start"] : quote["end"]]
        assert quote["kind"] in ("direct", "indirect", "mixed")
