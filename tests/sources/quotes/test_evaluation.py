"""The evaluation helper, and measured floors on the hand-annotated evaluation sets.

The floors are the figures measured when the sets were written (see the report in
the change that added them), rounded down: a rule change that loses quotes or
speakers on these texts fails here.
"""

from __future__ import annotations

import pytest

from framing.sources.quotes.evaluation import (
    GoldDocument,
    GoldError,
    GoldQuote,
    load_gold,
    match_quotes,
    score,
)

from .conftest import FIXTURES


def prediction(text: str, content: str, *, kind: str = "direct", speaker: str | None = None) -> dict:
    start = text.index(content)
    return {"speaker": speaker, "speaker_text": None, "text": content, "kind": kind, "start": start, "end": start + len(content)}


TEXT = "“Alpha beta gamma,” said Ann. She added that delta was over."
DOC = GoldDocument("d", "en", None, TEXT, (
    GoldQuote(1, 18, "direct", "Ann"),  # Alpha beta gamma,
    GoldQuote(TEXT.index("delta"), len(TEXT) - 1, "indirect", "Ann"),
))


@pytest.mark.parametrize(
    ("predicted", "matched", "speakers"),
    [
        ([prediction(TEXT, "Alpha beta gamma,", speaker="Ann")], 1, 1),
        ([prediction(TEXT, "Alpha beta", speaker="Bob")], 1, 0),  # half of the shorter span overlaps: a match
        ([prediction(TEXT, "“Alpha beta gamma,” said Ann. She added", speaker="Ann")], 1, 1),
        ([prediction(TEXT, "said Ann")], 0, 0),
        ([prediction(TEXT, "Alpha beta gamma,", speaker="Ann"), prediction(TEXT, "delta was over", kind="indirect", speaker="Ann")], 2, 2),
    ],
)
def test_matching(predicted, matched, speakers) -> None:
    scores = score([DOC], lambda d: predicted)
    assert scores.matched == matched and scores.speaker_correct == speakers
    assert scores.precision == pytest.approx(matched / len(predicted))
    assert scores.recall == pytest.approx(matched / 2)


def test_pairs_are_one_to_one() -> None:
    twice = [prediction(TEXT, "Alpha beta gamma,"), prediction(TEXT, "Alpha beta gamma,")]
    pairs = match_quotes(DOC, twice)
    assert sum(1 for p in pairs if p.gold and p.predicted) == 1 and sum(1 for p in pairs if not p.gold) == 1


def test_null_speaker_agrees_with_null() -> None:
    doc = GoldDocument("n", "en", None, TEXT, (GoldQuote(1, 18, "direct", None),))
    assert score([doc], lambda d: [prediction(TEXT, "Alpha beta gamma,")]).speaker_accuracy == 1.0


@pytest.mark.parametrize(
    ("quote", "message"),
    [
        ({"text": "missing words", "kind": "direct"}, "not in the document"),
        ({"text": "a", "kind": "direct"}, "occurs more than once"),
        ({"text": "Alpha", "kind": "quote"}, "kind 'quote'"),
        ({"kind": "direct"}, "needs 'text', or 'from' and 'to'"),
    ],
)
def test_malformed_gold_is_named(tmp_path, quote, message) -> None:
    import yaml

    path = tmp_path / "gold.yaml"
    path.write_text(yaml.safe_dump({"documents": [{"id": "x", "language": "en", "text": TEXT, "quotes": [quote]}]}))
    with pytest.raises(GoldError) as error:
        load_gold(path)
    assert "gold.yaml" in str(error.value) and "(x)" in str(error.value) and message in str(error.value)


# (file, quote F1 floor, speaker accuracy floor): measured, then rounded down. All six are
# development sets (dev2 and dev3 were named "heldout" and "blind" until the rules were tuned
# with them in view); held-out figures come from PolNeAR dev and NewsMTSC's dev fold.
FLOORS = [
    ("dev1_en.yaml", 0.97, 0.97),
    ("dev1_fr.yaml", 0.97, 0.94),
    ("dev2_en.yaml", 0.97, 0.97),
    ("dev2_fr.yaml", 0.95, 0.95),
    ("dev3_en.yaml", 0.95, 0.95),
    ("dev3_fr.yaml", 0.95, 0.95),
]


@pytest.mark.parametrize(("name", "f1", "speaker"), FLOORS)
def test_measured_floors(quotes_of, name, f1, speaker) -> None:
    documents = load_gold(FIXTURES / name)
    scores = score(documents, lambda d: quotes_of(d.text, d.language, d.date))
    assert scores.gold >= 15
    assert scores.f1 >= f1, f"{name}: quote F1 {scores.f1:.3f} below {f1}"
    assert scores.speaker_accuracy >= speaker, f"{name}: speaker accuracy {scores.speaker_accuracy:.3f} below {speaker}"
