"""One record's sentences as evidence rows."""

from __future__ import annotations

from framing.present.sentence_table import sentence_rows
from framing.record import Record, ScoredSentence

TEXT = "Title\n\nThe Kiev regime said.   “We fight,” said Ivan. Kyiv replied."
RECORD = Record(id="a", text=TEXT, sentences=(ScoredSentence(0, 5, 0.0), ScoredSentence(7, 29, -0.4)))


def test_sentence_rows_most_negative_first():
    rows = sentence_rows(RECORD)
    assert rows["sentence"].tolist() == ["The Kiev regime said.", "Title"]


def test_sentence_rows_of_a_record_without_sentences():
    assert sentence_rows(Record(id="b", text="x")).empty
