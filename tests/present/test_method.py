from __future__ import annotations

import pytest

from framing.present.method import example_article, worked_example
from framing.record import Record

SIGNS = {"kremlin": 1, "ukraine": -1, "neutral": 0}
LABELS = {"kremlin": "Kremlin-aligned", "ukraine": "Ukrainian-aligned", "neutral": "neutral"}


def term(text, pole, voice="author", weight=1.0):
    return {"text": text, "pole": pole, "voice": voice, "weight": weight}


@pytest.mark.parametrize(("terms", "pull", "weight", "index"), [
    # One strong Kremlin term, one moderate Ukrainian one, a quoted strong one that does not count:
    # (1 − 0.5) / (1 + 0.5 + 1) = 0.5 / 2.5 = 0.2.
    ([term("Kiev regime", "kremlin"), term("Kyiv", "ukraine", weight=0.5),
      term("special operation", "kremlin", voice="quoted")], 0.5, 1.5, 0.2),
    ([term("Kiev", "kremlin", weight=0.5)], 0.5, 0.5, 1 / 3),  # 0.5 / 1.5
    ([term("army", "neutral", weight=0.0)], 0.0, 0.0, None),  # nothing weighted: no index
    ([], 0.0, 0.0, None),
    ([term("x", "unknown-pole")], 0.0, 1.0, 0.0),  # a pole without a sign pulls nowhere
])
def test_worked_example(terms, pull, weight, index):
    example = worked_example(Record.from_dict({"id": "x", "terms": terms}), signs=SIGNS, pole_labels=LABELS)
    assert example.pull == pytest.approx(pull) and example.weight == pytest.approx(weight)
    assert example.index == (pytest.approx(index) if index is not None else None)
    assert len(example.terms) == len(terms)


def test_a_quoted_term_says_why_it_does_not_count():
    example = worked_example(Record.from_dict({"id": "x", "terms": [term("special operation", "kremlin", voice="quoted")]}), signs=SIGNS,
                             pole_labels=LABELS)
    assert example.terms.iloc[0]["counts"].startswith("no (quoted")


def test_example_article_prefers_a_short_one_using_both_poles():
    one_sided = {"id": "a", "language": "en", "word_count": 10,
                 "terms": [term("Kiev regime", "kremlin"), term("Kiev", "kremlin", weight=0.5)]}
    both = {"id": "b", "language": "en", "word_count": 300,
            "terms": [term("Kiev regime", "kremlin"), term("Kyiv", "ukraine", weight=0.5)]}
    french = {"id": "c", "language": "fr", "word_count": 5, "terms": both["terms"]}
    records = [Record.from_dict(r) for r in (one_sided, both, french)]
    assert example_article(records, signs=SIGNS).id == "b"
    assert example_article(records[:1], signs=SIGNS).id == "a"
    assert example_article([Record.from_dict({"id": "d", "language": "en", "terms": []})], signs=SIGNS) is None
    assert example_article([], signs=SIGNS) is None
