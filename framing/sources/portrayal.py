"""How an article portrays each actor: its mentions, each with the sentiment toward the actor there.

A mention is a name, a pronoun or a role noun resolved to the actor (offsets
into the text). Its sentiment comes from ``mention_tone`` — in the pipeline,
the toward-target model of ``framing.sentiment.toward`` (the analysers never
import one another, so it is passed in) — or, without one, from the compound of
the mention's sentence. The actor's own quoted words are not how it is
portrayed: mentions inside its own quotes are listed (``own_quote``) but left out
of its figures, and the tone of its own words — its direct quotes — is kept
apart (``quote_tone``, mean VADER compound). Sentiment toward a target follows Hamborg & Donnay (2021).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from statistics import fmean
from typing import Any, NamedTuple, Protocol

__all__ = ["MentionTone", "Portrayal", "mention_records", "portrayal"]

# VADER's thresholds (Hutto & Gilbert 2014) for the fallback without a toward-target scorer.
_POSITIVE, _NEGATIVE = 0.05, -0.05


class ToneLike(Protocol):
    polarity: str
    score: float
    cues: tuple[tuple[int, int], ...]


# (sentence span, target span, sentence compound) -> the sentiment toward the target.
MentionTone = Callable[[tuple[int, int], tuple[int, int], float], ToneLike]


class Portrayal(NamedTuple):
    """The record's portrayal fields of one actor."""

    mentions: list[dict]
    sentiment: float | None
    negative: int
    positive: int
    quote_tone: float | None


def _polarity(score: float) -> str:
    return "positive" if score >= _POSITIVE else "negative" if score <= _NEGATIVE else "neutral"


def mention_records(
    text: str,
    spans: Sequence[tuple[int, int]],
    *,
    sentences: Sequence[tuple[int, int, float | None]],
    own_quotes: Sequence[tuple[int, int]],
    mention_tone: MentionTone | None,
) -> list[dict]:
    """Return one record per mention span: offsets, text, polarity, score, cue spans, and whether
    it lies inside one of the actor's own quotes."""
    starts = [s for s, _, _ in sentences]
    own = sorted(own_quotes)
    quote_starts = [s for s, _ in own]
    out = []
    for start, end in spans:
        i = bisect_right(starts, start) - 1
        sentence = sentences[i] if i >= 0 and end <= sentences[i][1] else (start, end, None)
        compound = sentence[2] if sentence[2] is not None else 0.0
        if mention_tone is not None:
            tone = mention_tone((sentence[0], sentence[1]), (start, end), compound)
            polarity, score, cues = tone.polarity, float(tone.score), [list(c) for c in tone.cues]
        else:
            polarity, score, cues = _polarity(compound), float(compound), []
        record: dict[str, Any] = {"start": start, "end": end, "text": text[start:end], "polarity": polarity,
                                  "score": round(score, 4), "cues": cues}
        k = bisect_right(quote_starts, start) - 1
        if k >= 0 and end <= own[k][1]:
            record["own_quote"] = True
        out.append(record)
    return out


def portrayal(
    text: str,
    spans: Sequence[tuple[int, int]],
    *,
    sentences: Sequence[tuple[int, int, float | None]],
    own_quotes: Sequence[tuple[int, int]],
    mention_tone: MentionTone | None,
    quote_tone: Callable[[str], float] | None,
    quoted_words: Sequence[tuple[int, int]] | None = None,
) -> Portrayal:
    """Return an actor's mentions and the figures derived from them (see the module doc).

    ``quoted_words`` are the spans whose tone is its ``quote_tone`` (its direct quotes);
    by default all of ``own_quotes``.
    """
    mentions = mention_records(text, spans, sentences=sentences, own_quotes=own_quotes, mention_tone=mention_tone)
    counted = [m for m in mentions if not m.get("own_quote")]
    worded = own_quotes if quoted_words is None else quoted_words
    tones = [quote_tone(text[s:e]) for s, e in worded] if quote_tone is not None else []
    return Portrayal(
        mentions,
        round(fmean(m["score"] for m in counted), 4) if counted else None,
        sum(m["polarity"] == "negative" for m in counted),
        sum(m["polarity"] == "positive" for m in counted),
        round(fmean(tones), 4) if tones else None,
    )
