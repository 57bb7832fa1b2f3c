"""Features of the sentiment toward a target: clause scope, roles, negation, hedges (EN and FR)."""

from __future__ import annotations

import pytest

from framing.sentiment.scope import FEATURES, target_features
from framing.sentiment.toward import _lexicon


def features(language: str, sentence: str, target: str, *, occurrence: int = 0) -> dict[str, float]:
    start = -1
    for _ in range(occurrence + 1):
        start = sentence.index(target, start + 1)
    found = target_features(sentence, start, start + len(target), lexicon=_lexicon(language), compound=0.0)
    return dict(zip(FEATURES, found.values, strict=True))


# (language, sentence, target, feature, sign): sign +1 / -1 means the feature is positive / negative,
# 0 that it is exactly zero. Worked out from the grammar of each sentence and the sign of the
# lexicon word (praise, condemn, criticism, salué, critique…).
CASES = [
    # who does what to whom: the patient gets the verb before it, the agent the verb after it
    ("en", "Jones praised Smith.", "Smith", "before_pos", 1),
    ("en", "Jones praised Smith.", "Smith", "after_pos", 0),
    ("en", "Smith praised Jones.", "Smith", "after_pos", 1),
    ("en", "Smith praised Jones.", "Smith", "before_pos", 0),
    ("en", "Jones condemned Smith.", "Smith", "before_neg", -1),
    ("en", "Smith condemned Jones.", "Smith", "after_neg", -1),
    ("fr", "Martin a salué Dupont.", "Dupont", "before_pos", 1),
    ("fr", "Dupont a salué Martin.", "Dupont", "after_pos", 1),
    ("fr", "Martin a critiqué Dupont.", "Dupont", "before_neg", -1),
    ("fr", "Dupont a critiqué Martin.", "Dupont", "after_neg", -1),
    # passive voice: the participle right after the target
    ("en", "Smith was condemned by everyone.", "Smith", "passive_neg", -1),
    ("en", "Smith was warmly praised by the board.", "Smith", "passive_pos", 1),
    ("en", "Smith condemned everyone.", "Smith", "passive_neg", 0),
    ("fr", "Dupont a été humilié par le comité.", "Dupont", "passive_neg", -1),
    ("fr", "Dupont a été honoré par le comité.", "Dupont", "passive_pos", 1),
    # the evaluative noun governing the target
    ("en", "The criticism of Smith grew.", "Smith", "object_neg", -1),
    ("en", "The praise for Smith grew.", "Smith", "object_pos", 1),
    ("fr", "La critique de Dupont a été vive.", "Dupont", "object_neg", -1),
    ("fr", "Les critiques contre Dupont se multiplient.", "Dupont", "object_neg", -1),
    # clause scope: a contrast or a relative clause cuts the scope
    ("en", "Jones was praised, but Smith was condemned.", "Jones", "clause_neg", 0),
    ("en", "Jones was praised, but Smith was condemned.", "Jones", "other_neg", -1),
    ("en", "Jones was praised, but Smith was condemned.", "Smith", "clause_pos", 0),
    ("fr", "Martin a été honoré, mais Dupont a été humilié.", "Martin", "clause_neg", 0),
    ("fr", "Martin a été honoré, mais Dupont a été humilié.", "Dupont", "clause_pos", 0),
    # negation flips the word it scopes over; hedges are counted
    ("en", "Nobody praised Smith.", "Smith", "before_neg", -1),
    ("en", "Nobody praised Smith.", "Smith", "negation", 1),
    ("en", "Jones did not condemn Smith.", "Smith", "before_pos", 1),
    ("fr", "Personne n'a salué Dupont.", "Dupont", "before_neg", -1),
    ("fr", "Martin n'a pas critiqué Dupont.", "Dupont", "before_pos", 1),
    ("en", "Smith allegedly lied.", "Smith", "hedge", 1),
    ("fr", "Dupont aurait menti.", "Dupont", "hedge", 1),
    # position: subject, quoted
    ("en", "Smith arrived.", "Smith", "subject", 1),
    ("en", "Jones met Smith.", "Smith", "subject", 0),
    ("en", "Jones said: “Smith is here”.", "Smith", "quoted", 1),
    ("fr", "Martin a dit : « Dupont est là ».", "Dupont", "quoted", 1),
    # the target's own words do not count: "Goodman" is not a sentiment about Goodman
    ("en", "Smith arrived.", "Smith", "clause_pos", 0),
]


@pytest.mark.parametrize(("language", "sentence", "target", "feature", "sign"), CASES)
def test_feature_sign(language, sentence, target, feature, sign) -> None:
    value = features(language, sentence, target)[feature]
    assert (value > 0) - (value < 0) == sign, (feature, value)


@pytest.mark.parametrize(
    ("sentence", "start", "end"),
    [("", 0, 0), ("Smith arrived.", 50, 60), ("Smith arrived.", 5, 6), ("   ", 0, 3)],
)
def test_no_target_token_gives_only_the_sentence_score(sentence, start, end) -> None:
    found = target_features(sentence, start, end, lexicon=_lexicon("en"), compound=0.3)
    assert found.values == (0.3, *([0.0] * (len(FEATURES) - 1)))
    assert found.cues == ()


def test_cue_spans_are_offsets_into_the_article() -> None:
    sentence = "Jones praised Smith."
    found = target_features(sentence, 14, 19, lexicon=_lexicon("en"), compound=0.0, offset=100)
    assert found.cues == ((106, 113),)  # "praised" at 6..13 in the sentence


@pytest.mark.parametrize(("word", "valence_sign"), [("salué", 1), ("critiqués", -1), ("honorée", 1), ("xyzé", 0)])
def test_french_participles_take_their_infinitive_valence(word, valence_sign) -> None:
    v = _lexicon("fr").valence(word)
    assert (v > 0) - (v < 0) == valence_sign
