"""One record's sentences as evidence rows."""

from __future__ import annotations

from framing.present.evidence import sentence_rows

TEXT = "Title\n\nThe Kiev regime said.   “We fight,” said Ivan. Kyiv replied."
RECORD = {"id": "a", "text": TEXT,
          "sentences": [{"start": 0, "end": 5, "compound": 0.0}, {"start": 7, "end": 29, "compound": -0.4}]}


def test_sentence_rows_most_negative_first():
    rows = sentence_rows(RECORD)
    assert rows["sentence"].tolist() == ["The Kiev regime said.", "Title"]


def test_sentence_rows_of_a_record_without_sentences():
    assert sentence_rows({"text": "x"}).empty
