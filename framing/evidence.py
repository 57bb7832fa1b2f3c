"""The evidence behind a number: the tables of passages that produced it.

Every chart in the dashboard can be clicked; ``framing.store.evidence``
turns the selection (an outlet, a variant, a side) into rows with these
columns, cut from the stored texts by their offsets; ``sentence_rows`` lists
one record's sentences.
"""

from __future__ import annotations

import pandas as pd

CONTEXT_COLUMNS = {
    "article_id": "id of the article",
    "outlet": "its outlet",
    "date": "its date",
    "term": "variant label",
    "voice": "author, quoted or distanced",
    "left": "text before the match (up to `window` characters, on one line)",
    "match": "the matched text, exactly text[start:end]",
    "right": "text after the match",
    "start": "offset of the match in the article text",
}
QUOTE_ROW_COLUMNS = {
    "article_id": "id of the article",
    "outlet": "its outlet",
    "date": "its date",
    "speaker": "resolved speaker, or None",
    "side": "the speaker's side from the article's actors, 'unknown' or 'unattributed'",
    "kind": "direct, indirect or mixed",
    "text": "the quoted text",
}


def flat(text: str) -> str:
    """Return ``text`` on one line: every run of white space becomes one space."""
    return " ".join(text.split())


def sentence_rows(record: dict) -> pd.DataFrame:
    """Return an article's sentences with their sentiment, most negative first."""
    text = record["text"]
    rows = [
        {"sentence": flat(text[s["start"] : s["end"]]), "compound": s.get("compound"), "start": s["start"]}
        for s in record.get("sentences") or []
    ]
    frame = pd.DataFrame(rows, columns=["sentence", "compound", "start"])
    return frame.sort_values("compound", na_position="last").reset_index(drop=True)
