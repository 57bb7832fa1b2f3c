from __future__ import annotations

import pytest

from framing.terminology import Lexicon, analyse_terms
from framing.terminology.voice import voices


def voiced(lexicon: Lexicon, language: str, text: str) -> list[tuple[str, str]]:
    return [(h.variant, h.voice) for h in analyse_terms(text, language=language, lexicon=lexicon).terms]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        # author
        ("en", "Russia launched a special military operation.", [("smo", "author")]),
        ("fr", "La Russie a lancé une opération militaire spéciale.", [("smo", "author")]),
        ("fr", "Poutine a dit que l'opération militaire spéciale continue.", [("smo", "reported")]),
        ("en", "Don't call Kiev's mayor.", [("kiev", "author")]),
        # quoted: someone else's words
        ("en", "“The special military operation will go on,” Putin said.", [("smo", "quoted")]),
        ("en", '"The special military operation will go on," Putin said.', [("smo", "quoted")]),
        ("fr", "« L’opération militaire spéciale se poursuit », a déclaré Poutine.", [("smo", "quoted")]),
        ("fr", "«L’opération militaire spéciale se poursuit», a-t-il dit.", [("smo", "quoted")]),
        ("en", "Putin said it was a “special military operation”.", [("smo", "quoted")]),
        ("en", "“The West calls it ‘invasion’,” he said.", [("invasion", "quoted")]),
        ("en", "“It is a so-called special operation,” he said.", [("smo", "quoted")]),
        ("en", "“Denazification\n\n“And then a special operation,” he said.", [("denazification", "quoted"), ("smo", "quoted")]),
        # distanced: scare quotes
        ("en", "Russia's “special military operation” continues.", [("smo", "distanced")]),
        ("en", "Russia's 'special military operation' continues.", [("smo", "distanced")]),
        ("fr", "L’« opération militaire spéciale » se poursuit.", [("smo", "distanced")]),
        ("fr", "L’«\u00a0opération militaire spéciale\u00a0» se poursuit.", [("smo", "distanced")]),
        # distanced: markers
        ("en", "the so-called special military operation", [("smo", "distanced")]),
        ("en", "the so called special military operation", [("smo", "distanced")]),
        ("en", "the self-proclaimed Donetsk People's Republic", [("dpr", "distanced")]),
        ("en", "the self-styled DPR", [("dpr", "distanced")]),
        ("en", "what Moscow calls a special military operation", [("smo", "distanced")]),
        ("en", "what the Kremlin calls its special operation", [("smo", "distanced")]),
        ("en", "what Russian officials describe as a special operation", [("smo", "distanced")]),
        ("en", "the special operation, as Moscow calls it, goes on", [("smo", "distanced")]),
        ("en", "the Kremlin-described special operation", [("smo", "distanced")]),
        ("fr", "la guerre dite « opération spéciale »", [("smo", "distanced")]),
        ("fr", "la guerre dite opération spéciale", [("smo", "distanced")]),
        ("fr", "ce que Moscou appelle une « opération militaire spéciale »", [("smo", "distanced")]),
        ("fr", "ce que Moscou appelle l’opération militaire spéciale", [("smo", "distanced")]),
        ("fr", "ce que la Russie qualifie d’opération spéciale", [("smo", "distanced")]),
        ("fr", "la soi-disant République populaire de Donetsk", [("dpr", "distanced")]),
        ("fr", "la prétendue dénazification", [("denazification", "distanced")]),
        ("fr", "l’invasion qualifiée d’opération spéciale par Moscou", [("invasion", "author"), ("smo", "distanced")]),
        ("fr", "selon la terminologie du Kremlin, l’opération spéciale", [("smo", "distanced")]),
        ("fr", "l’opération spéciale, selon la terminologie du Kremlin", [("smo", "distanced")]),
        # a form that starts with a marker is itself an author-voice hit (longest match)
        ("en", "the so-called republics", [("so-called-republics", "author")]),
        # markers only reach within their clause, over at most two words
        ("en", "so-called experts; the special operation", [("smo", "author")]),
        ("en", "so-called experts say the special operation", [("smo", "reported")]),
        ("en", "so-called humanitarian special operation", [("smo", "distanced")]),
        # wire-service attribution: relative clauses, passives, trailing appositions
        ("en", "Russia's invasion, which Moscow calls a special military operation, goes on.",
         [("invasion", "author"), ("smo", "distanced")]),
        ("en", "the war that Moscow describes as a special operation", [("smo", "distanced")]),
        ("en", "what the Kremlin terms a special operation", [("smo", "distanced")]),
        ("en", "Russia, which calls its actions in Ukraine a special military operation, denies it.", [("smo", "distanced")]),
        ("en", "Russia calls its invasion a special military operation.", [("invasion", "author"), ("smo", "distanced")]),
        ("en", "the invasion, dubbed by Moscow a special operation", [("invasion", "author"), ("smo", "distanced")]),
        ("en", "described by the Kremlin as a special military operation", [("smo", "distanced")]),
        ("en", "the war — or, as the Kremlin calls it, the special military operation — goes on", [("smo", "distanced")]),
        ("en", "the special military operation, the Kremlin's term for the war, goes on", [("smo", "distanced")]),
        ("en", "the special military operation (as Moscow calls it) goes on", [("smo", "distanced")]),
        ("en", "the special operation, in Kremlin parlance", [("smo", "distanced")]),
        ("en", "in Kremlin parlance, the special operation", [("smo", "distanced")]),
        ("en", "the phrase “special military operation”", [("smo", "distanced")]),
        ("en", "Moscow invaded under the pretext of denazification.", [("denazification", "distanced")]),
        ("en", "Putin has falsely claimed that the Kiev regime is run by Russophobes.",
         [("kiev-regime", "distanced"), ("denazification", "distanced")]),
        ("en", "Russia accused Kyiv of denazification failures.", [("kyiv", "author"), ("denazification", "distanced")]),
        ("fr", "l'invasion, que Moscou qualifie d'opération militaire spéciale", [("invasion", "author"), ("smo", "distanced")]),
        ("fr", "ce que le Kremlin nomme opération militaire spéciale", [("smo", "distanced")]),
        ("fr", "la guerre que la Russie appelle « opération spéciale »", [("smo", "distanced")]),
        ("fr", "l'invasion présentée par Moscou comme une opération spéciale", [("invasion", "author"), ("smo", "distanced")]),
        ("fr", "l'opération spéciale, comme l'appelle Moscou", [("smo", "distanced")]),
        ("fr", "sous couvert de dénazification", [("denazification", "distanced")]),
        ("fr", "Moscou affirme sans preuve que le régime de Kiev ment", [("kiev-regime", "distanced")]),
        # … and what stays the author's own
        ("en", "Putin called the results of the special operation impressive.", [("smo", "author")]),
        ("en", "Zakharova called the Kiev regime a puppet.", [("kiev-regime", "author")]),
        ("en", "Moscow calls on the Kiev regime to negotiate.", [("kiev-regime", "author")]),
        ("en", "Russia calls for an end to the special operation.", [("smo", "author")]),
        ("en", "the ministry said the Kiev regime lost 300 men", [("kiev-regime", "reported")]),  # indirect speech
        ("fr", "Selon Lavrov, le régime de Kiev refuse de négocier.", [("kiev-regime", "reported")]),
        ("fr", "La Russie appelle à la fin du régime de Kiev.", [("kiev-regime", "author")]),
        ("fr", "mettre un terme à l'invasion", [("invasion", "author")]),
        # a short quotation that a marker introduces belongs to the marker, a long one to its speaker
        ("en", "what Moscow calls its “special military operation”", [("smo", "distanced")]),
        ("en", "Russia calls its invasion a \"special military operation\".", [("invasion", "author"), ("smo", "distanced")]),
        ("en", "“special military operation”, as Moscow calls it", [("smo", "distanced")]),
        ("en", "He called it “a long and difficult special operation that we will win together, with God's help,” yesterday.",
         [("smo", "quoted")]),
        # hostile: unbalanced quotes and runs of markers
        ("en", "“The Kiev regime lies\n\nThe special operation goes on.", [("kiev-regime", "author"), ("smo", "author")]),
        ("en", "so-called so-called so-called special operation", [("smo", "distanced")]),
        ("en", "what what what calls calls special operation", [("smo", "distanced")]),
    ],
)
def test_voice(mini: Lexicon, language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert voiced(mini, language, text) == expected


@pytest.mark.parametrize(
    ("text", "spans", "expected"),
    [
        ("", [], []),
        ("abc", [(0, 3)], ["author"]),
        ("“", [(0, 1)], ["author"]),
        ("a “b” c. “d e f g h i j, k” said l", [(3, 4), (10, 11), (33, 34)], ["distanced", "quoted", "author"]),
    ],
)
def test_voices_on_spans(text: str, spans: list[tuple[int, int]], expected: list[str]) -> None:
    assert voices(text, spans) == expected


@pytest.mark.parametrize(
    "text",
    ["", "“The special operation,” he said, “goes on.” The Kiev regime — so-called — lies.",
     "« L'opération spéciale » continue, a-t-il dit. Ce que Moscou appelle l'opération spéciale."],
)
def test_precomputed_quotations_give_the_same_voices(mini: Lexicon, text: str) -> None:
    from framing.text.marks import quotations

    own = analyse_terms(text, language="en", lexicon=mini)
    shared = analyse_terms(text, language="en", lexicon=mini, quotes=quotations(text))
    assert shared == own
