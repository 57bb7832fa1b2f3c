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
        ("fr", "Poutine a dit que l'opération militaire spéciale continue.", [("smo", "author")]),
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
        ("en", "so-called experts say the special operation", [("smo", "author")]),
        ("en", "so-called humanitarian special operation", [("smo", "distanced")]),
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
