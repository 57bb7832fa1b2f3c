"""An actor's mentions and the figures derived from them."""

from __future__ import annotations

import pytest

from framing.sources.portrayal import portrayal

TEXT = "Smith won. Smith lost. “Smith is great,” Smith said."
SENTENCES = [(0, 10, 0.6), (11, 22, -0.4), (23, 52, 0.8)]
SPANS = [(0, 5), (11, 16), (24, 29), (41, 46)]
OWN = [(24, 38)]  # “Smith is great,”: Smith's own words


@pytest.mark.parametrize(
    ("spans", "own", "sentiment", "negative", "positive"),
    [
        (SPANS, OWN, round((0.6 - 0.4 + 0.8) / 3, 4), 1, 2),  # the mention in his own quote is left out
        (SPANS, [], round((0.6 - 0.4 + 0.8 + 0.8) / 4, 4), 1, 3),
        ([(24, 29)], OWN, None, 0, 0),  # only mentioned in his own quote: no portrayal
        ([], [], None, 0, 0),
    ],
)
def test_figures_without_a_scorer(spans, own, sentiment, negative, positive) -> None:
    found = portrayal(TEXT, spans, sentences=SENTENCES, own_quotes=own, mention_tone=None, quote_tone=None)
    assert (found.sentiment, found.negative, found.positive) == (sentiment, negative, positive)
    assert [m["text"] for m in found.mentions] == [TEXT[s:e] for s, e in spans]
    assert found.quote_tone is None


def test_quote_tone_is_the_mean_over_own_quotes() -> None:
    found = portrayal(TEXT, SPANS, sentences=SENTENCES, own_quotes=[(24, 38), (0, 10)], mention_tone=None,
                      quote_tone=lambda words: 0.5 if words.startswith("Smith is") else -0.1)
    assert found.quote_tone == pytest.approx(0.2)
    assert [m.get("own_quote", False) for m in found.mentions] == [True, False, True, False]


def test_a_mention_outside_every_sentence_is_neutral() -> None:
    found = portrayal("Smith", [(0, 5)], sentences=[], own_quotes=[], mention_tone=None, quote_tone=None)
    assert found.mentions[0]["polarity"] == "neutral" and found.mentions[0]["score"] == 0.0
