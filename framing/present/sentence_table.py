"""One article's sentences as a table, for the evidence behind its sentiment."""

from __future__ import annotations

import pandas as pd

from framing.record import Record
from framing.text.tokens import one_line


def sentence_rows(record: Record) -> pd.DataFrame:
    """Return an article's sentences with their sentiment, most negative first."""
    text = record.text
    rows = [{"sentence": one_line(text[s.start : s.end]), "compound": s.compound, "start": s.start}
            for s in record.sentences]
    frame = pd.DataFrame(rows, columns=["sentence", "compound", "start"])
    return frame.sort_values("compound", na_position="last").reset_index(drop=True)
