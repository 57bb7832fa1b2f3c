"""The evidence behind a number: the exact passages that produced it, as tables.

Every chart in the dashboard can be clicked; these functions turn the
selection (an outlet, a variant, a side, an article) into the lines of text
behind it, using the offsets stored in the records.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from framing.outlets import UNKNOWN_OUTLET

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


def _flat(text: str) -> str:
    return " ".join(text.split())


def term_contexts(
    records: Iterable[dict],
    *,
    outlet: str | None = None,
    referent: str | None = None,
    term: str | None = None,
    voice: str | None = None,
    window: int = 70,
    limit: int | None = 200,
) -> pd.DataFrame:
    """Return keyword-in-context lines for the stored term hits that match every given filter."""
    rows = []
    for record in records:
        record_outlet = record.get("outlet") or UNKNOWN_OUTLET
        if outlet is not None and record_outlet != outlet:
            continue
        text = record["text"]
        for hit in record.get("terms") or []:
            if referent is not None and hit.get("referent") != referent:
                continue
            if term is not None and hit.get("term") != term:
                continue
            if voice is not None and hit.get("voice") != voice:
                continue
            start, end = hit["start"], hit["end"]
            rows.append({
                "article_id": record["id"], "outlet": record_outlet, "date": record.get("date"),
                "term": hit.get("term"), "voice": hit.get("voice"),
                "left": _flat(text[max(0, start - window) : start]), "match": text[start:end],
                "right": _flat(text[end : end + window]), "start": start,
            })
            if limit is not None and len(rows) >= limit:
                return pd.DataFrame(rows, columns=list(CONTEXT_COLUMNS))
    return pd.DataFrame(rows, columns=list(CONTEXT_COLUMNS))


def quote_rows(
    records: Iterable[dict], *, outlet: str | None = None, side: str | None = None, limit: int | None = 200
) -> pd.DataFrame:
    """Return the quotations of the records (optionally one outlet's, one side's) with speakers."""
    rows = []
    for record in records:
        record_outlet = record.get("outlet") or UNKNOWN_OUTLET
        if outlet is not None and record_outlet != outlet:
            continue
        sides = {a.get("name"): a.get("side") for a in record.get("actors") or []}
        for quote in record.get("quotes") or []:
            speaker = quote.get("speaker")
            quote_side = (sides.get(speaker) or "unknown") if speaker else "unattributed"
            if side is not None and quote_side != side:
                continue
            rows.append({
                "article_id": record["id"], "outlet": record_outlet, "date": record.get("date"),
                "speaker": speaker, "side": quote_side, "kind": quote.get("kind"),
                "text": _flat(quote.get("text") or ""),
            })
            if limit is not None and len(rows) >= limit:
                return pd.DataFrame(rows, columns=list(QUOTE_ROW_COLUMNS))
    return pd.DataFrame(rows, columns=list(QUOTE_ROW_COLUMNS))


def sentence_rows(record: dict) -> pd.DataFrame:
    """Return an article's sentences with their sentiment, most negative first."""
    text = record["text"]
    rows = [
        {"sentence": _flat(text[s["start"] : s["end"]]), "compound": s.get("compound"), "start": s["start"]}
        for s in record.get("sentences") or []
    ]
    frame = pd.DataFrame(rows, columns=["sentence", "compound", "start"])
    return frame.sort_values("compound", na_position="last").reset_index(drop=True)
