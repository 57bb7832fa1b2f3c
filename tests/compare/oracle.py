"""A test oracle: records → the count tables of ``framing.compare.cells``, counted plainly in pandas.

A store counts in SQL over summary cubes (``framing.store.counts``); this
module counts the same tables from the records themselves, one row per
term, quote or actor, with ``groupby``. It shares no code with the store, so
``tests/compare/test_comparison.py`` checks one against the other, and the
statistics' own tests run on hand-built records through it, e.g.
``term_pairs(oracle.term_cells(records))``.

Records are their JSON form (dicts, as ``tests.compare.builders`` writes
them) or ``framing.record.Record`` (read through ``.to_dict()``).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from numbers import Real

import pandas as pd

from framing.compare.cells import (
    BASIC_COLUMNS,
    MOMENT_COLUMNS,
    POLE_ARTICLE_COLUMNS,
    QUOTE_CELL_COLUMNS,
    SPEAKER_COLUMNS,
    TERM_CELL_COLUMNS,
)
from framing.compare.dates import FREQUENCIES, date_bounds, precisions
from framing.compare.profile import MEASURES as PROFILE_MEASURES
from framing.compare.timeline import MEASURES as TIMELINE_MEASURES
from framing.reading.outlets import UNKNOWN_OUTLET
from framing.record.model import CitedActor, Quote, Record, quote_side, speaker_sides
from framing.text.tokens import word_count

# One row per article; ``text`` is added by ``articles(records, with_text=True)``.
ARTICLE_COLUMNS = ("id", "outlet", "date", "date_precision", "language", "title", "word_count",
                   "sentiment", "positive_share", "negative_share", "terminology_index",
                   "terminology_hits", "quotes", "source", "url")
# Article columns repeated on every term, quote and actor row, to group without a join.
_CONTEXT = ("article_id", "outlet", "article_language", "date", "date_precision")
TERM_COLUMNS = (*_CONTEXT, "language", "referent", "variant", "term", "text", "start", "end", "pole",
                "category", "voice", "weight")
QUOTE_COLUMNS = (*_CONTEXT, "quote_index", "speaker", "speaker_text", "side", "kind", "text", "words",
                 "start", "end")
ACTOR_COLUMNS = (*_CONTEXT, "name", "side", "roles", "mentions", "quotes", "sentiment", "surface_forms",
                 "gazetteer_id")


# --- records → one row per article, term, quote, actor ---------------------------------------

def articles(records: Iterable[Record | dict], *, with_text: bool = False) -> pd.DataFrame:
    """Return one row per record (``ARTICLE_COLUMNS``; plus ``text`` with ``with_text``), the
    columns ``distinctive_terms`` and ``same_story`` read (``framing.store.evidence`` in production)."""
    rows, texts = [], []
    for r in _dicts(records):
        sentiment = r.get("sentiment") or {}
        rows.append((r["id"], r.get("outlet") or UNKNOWN_OUTLET, r.get("date"), r.get("date_precision"),
                     r.get("language"), r.get("title") or _first_sentence(r), r.get("word_count", 0),
                     sentiment.get("compound"), sentiment.get("positive_share"),
                     sentiment.get("negative_share"), r.get("terminology_index"),
                     r.get("terminology_hits") or 0.0, len(r.get("quotes") or []), r.get("source"), r.get("url")))
        texts.append(r.get("text") or "")
    frame = pd.DataFrame(rows, columns=list(ARTICLE_COLUMNS))
    for column in ("sentiment", "positive_share", "negative_share", "terminology_index", "terminology_hits"):
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("float64")
    frame["word_count"] = frame["word_count"].astype("int64")
    frame["quotes"] = frame["quotes"].astype("int64")
    if with_text:
        frame["text"] = pd.Series(texts, dtype=object)
    return frame


def terms(records: Iterable[Record | dict]) -> pd.DataFrame:
    """Return one row per contested-term occurrence (``TERM_COLUMNS``)."""
    rows = []
    for r in _dicts(records):
        context = _context(r)
        for t in r.get("terms") or []:
            rows.append((*context, t.get("language") or context[2], t.get("referent"), t.get("variant"),
                         t.get("term"), t.get("text"), t.get("start"), t.get("end"), t.get("pole"),
                         t.get("category"), t.get("voice"), t.get("weight")))
    frame = pd.DataFrame(rows, columns=list(TERM_COLUMNS))
    frame["weight"] = pd.to_numeric(frame["weight"], errors="coerce").astype("float64")
    return _int_columns(frame, ("start", "end"))


def quotes(records: Iterable[Record | dict]) -> pd.DataFrame:
    """Return one row per quotation (``QUOTE_COLUMNS``); ``side`` is the side of the article's
    actor the speaker names ('unknown' unresolved, 'unattributed' without speaker)."""
    rows = []
    for r in _dicts(records):
        context = _context(r)
        sides = speaker_sides(tuple(CitedActor.from_dict(a) for a in r.get("actors") or [] if isinstance(a, dict)))
        for i, q in enumerate(r.get("quotes") or []):
            text = q.get("text") or ""
            rows.append((*context, i, q.get("speaker"), q.get("speaker_text"), quote_side(Quote.from_dict(q), sides),
                         q.get("kind"), text, word_count(text), q.get("start"), q.get("end")))
    frame = pd.DataFrame(rows, columns=list(QUOTE_COLUMNS))
    return _int_columns(frame, ("quote_index", "words", "start", "end"))


def actors(records: Iterable[Record | dict]) -> pd.DataFrame:
    """Return one row per actor of each article (``ACTOR_COLUMNS``); counts given as lists are
    counted, a sentiment given as a mapping uses its ``compound`` (or ``mean``) entry."""
    rows = []
    for r in _dicts(records):
        context = _context(r)
        for a in r.get("actors") or []:
            rows.append((*context, a.get("name"), a.get("side") or "unknown", _joined(a.get("roles")),
                         _count(a.get("mentions")), _count(a.get("quotes")), _score(a.get("sentiment")),
                         _joined(a.get("surface_forms")), a.get("gazetteer_id")))
    frame = pd.DataFrame(rows, columns=list(ACTOR_COLUMNS))
    frame["sentiment"] = pd.to_numeric(frame["sentiment"], errors="coerce").astype("float64")
    return _int_columns(frame, ("mentions", "quotes"))


def poles_seen(records: Iterable[Record | dict]) -> list[str]:
    """Return the poles of the records' terms (what ``signed_poles`` lists without a lexicon)."""
    return list(terms(records)["pole"].dropna().unique())


# --- records → the count tables ---------------------------------------------------------------

def group_moments(frame: pd.DataFrame, by: Sequence[str], value: str) -> pd.DataFrame:
    """Return one row per group of ``by`` with ``MOMENT_COLUMNS``, all-missing groups with n = 0."""
    by = list(by)
    if frame.empty:
        return pd.DataFrame(columns=[*by, *MOMENT_COLUMNS])
    values = pd.to_numeric(frame[value], errors="coerce").astype("float64")
    grouped = values.groupby([frame[k] for k in by], sort=True, dropna=False)
    return pd.DataFrame({"n": grouped.count(), "mean": grouped.mean(), "sd": grouped.std(ddof=1)}).reset_index()


def term_cells(records: Iterable[Record | dict]) -> pd.DataFrame:
    """Return ``TERM_CELL_COLUMNS``."""
    t = terms(records).dropna(subset=["referent", "variant"])
    if t.empty:
        return pd.DataFrame(columns=list(TERM_CELL_COLUMNS))
    t = t.assign(language=t["language"].fillna("unknown"))
    labels = t.drop_duplicates(["referent", "language", "variant"]).set_index(
        ["referent", "language", "variant"])[["term", "pole"]]
    cells = t.groupby(["referent", "language", "outlet", "variant", "voice"]).agg(
        count=("article_id", "size"), articles=("article_id", "nunique"))
    cells = cells.reset_index().join(labels, on=["referent", "language", "variant"])
    return cells[list(TERM_CELL_COLUMNS)]


def quote_cells(records: Iterable[Record | dict]) -> pd.DataFrame:
    """Return ``QUOTE_CELL_COLUMNS``, kind 'all' included."""
    q = quotes(records)
    if q.empty:
        return pd.DataFrame(columns=list(QUOTE_CELL_COLUMNS))
    q = q.assign(side=q["side"].fillna("unknown"), words=q["words"].fillna(0))
    counted = pd.concat([q.assign(kind="all"), q]).groupby(["outlet", "kind", "side"]).agg(
        quotes=("article_id", "size"), words=("words", "sum"), articles=("article_id", "nunique"))
    return counted.reset_index()[list(QUOTE_CELL_COLUMNS)]


def speaker_counts(records: Iterable[Record | dict]) -> pd.DataFrame:
    """Return ``SPEAKER_COLUMNS`` for every speaker (the store cuts each outlet's list at ``top``)."""
    q = quotes(records)
    columns = list(SPEAKER_COLUMNS)
    named = q.dropna(subset=["speaker"])
    if named.empty:
        return pd.DataFrame(columns=columns)
    n = q.groupby("outlet").size().rename("n")
    named = named.assign(side=named["side"].fillna("unknown"))
    kinds = pd.crosstab([named["outlet"], named["speaker"]], named["kind"]).reindex(
        columns=["direct", "indirect", "mixed"], fill_value=0)
    sides = (named.groupby(["outlet", "speaker", "side"]).size().rename("k").reset_index()
             .sort_values(["outlet", "speaker", "k", "side"], ascending=[True, True, False, True])
             .drop_duplicates(["outlet", "speaker"]).set_index(["outlet", "speaker"])["side"])
    rows = named.groupby(["outlet", "speaker"]).agg(
        quotes=("article_id", "size"), words=("words", "sum"), articles=("article_id", "nunique"))
    return rows.join(sides).join(kinds).reset_index().join(n, on="outlet")[columns]


def actor_moments(records: Iterable[Record | dict]) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Return ``ACTOR_MOMENT_COLUMNS`` for every actor and the article-level values behind them."""
    keys = ["outlet", "name", "side"]
    a = actors(records).dropna(subset=["name"])
    a = a.assign(side=a["side"].fillna("unknown"), mentions=a["mentions"].fillna(0))
    if a.empty:
        return pd.DataFrame(columns=[*keys, *MOMENT_COLUMNS, "mentions"]), a
    mentions = a.groupby(keys)["mentions"].sum().astype("int64")
    return group_moments(a, keys, "sentiment").join(mentions, on=keys), a


def outlet_basics(records: Iterable[Record | dict]) -> pd.DataFrame:
    """Return ``BASIC_COLUMNS``."""
    frame = articles(records)
    if frame.empty:
        return pd.DataFrame(columns=list(BASIC_COLUMNS))
    languages = (frame.assign(language=frame["language"].fillna("unknown"))
                 .groupby(["outlet", "language"]).size().reset_index(name="k")
                 .sort_values(["outlet", "k", "language"], ascending=[True, False, True])
                 .groupby("outlet")["language"].agg(", ".join))
    dated = frame.dropna(subset=["date"])
    out = pd.DataFrame({"articles": frame.groupby("outlet", sort=True).size().astype("int64"),
                        "languages": languages})
    out["first_date"] = dated.groupby("outlet")["date"].min()
    # "2022-09" ends after "2022-09-15": compare the last day each date may mean.
    last = date_bounds(dated["date"], dated["date_precision"])["last"].to_numpy()
    ranked = dated[["outlet", "date"]].reset_index(drop=True).assign(last=last)
    ranked = ranked.sort_values(["outlet", "last", "date"], na_position="first", kind="stable")
    out["last_date"] = ranked.groupby("outlet")["date"].last()
    out["undated"] = (out["articles"] - dated.groupby("outlet").size()).fillna(out["articles"]).astype("int64")
    out.index.name = "outlet"
    return out.reset_index()[list(BASIC_COLUMNS)]


def measure_moments(records: Iterable[Record | dict]) -> tuple[dict[str, pd.DataFrame], pd.DataFrame]:
    """Return per measure of an outlet profile the per-outlet moments, and every article's values."""
    frame = articles(records)
    return {m: group_moments(frame, ["outlet"], m) for m in PROFILE_MEASURES}, frame


def pole_article_counts(records: Iterable[Record | dict]) -> pd.DataFrame:
    """Return ``POLE_ARTICLE_COLUMNS``: articles with an author-voice term of weight > 0."""
    t = terms(records)
    own = t[(t["voice"] == "author") & (t["weight"].fillna(0) > 0)]
    if own.empty:
        return pd.DataFrame(columns=list(POLE_ARTICLE_COLUMNS))
    used = own[["outlet", "pole", "article_id"]].drop_duplicates()
    return used.groupby(["outlet", "pole"]).size().rename("articles").reset_index()


def period_labels(dates: pd.Series, given: pd.Series | None = None, *, freq: str = "month") -> pd.Series:
    """Return each date's period label at ``freq`` (``2022``, ``2022-03``, ``2022-03-07``).

    A date too coarse for ``freq`` (a month-only date at day granularity, a
    year-only date at month granularity) or missing gets ``None``: it is
    never placed on the 1st.
    """
    if freq not in FREQUENCIES:
        raise ValueError(f"freq must be one of {', '.join(FREQUENCIES)}, not {freq!r}")
    length, fine_enough = FREQUENCIES[freq]
    dates = dates.reset_index(drop=True)
    given = None if given is None else given.reset_index(drop=True)
    precise = precisions(dates, given).isin(fine_enough)
    # Labels come from the parsed date, so an impossible date (2023-02-30) gets none.
    first = date_bounds(dates, given)["first"]
    labels = first.dt.strftime("%Y-%m-%d").str.slice(0, length)
    return labels.where(precise & first.notna()).astype(object).where(lambda s: s.notna(), None)


def timeline_moments(
    records: Iterable[Record | dict], *, freq: str = "month",
) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """Return what ``timeline`` reads: per measure × outlet × period moments, the placed article
    rows, and per outlet the ``EXCLUDED_COUNT_COLUMNS``."""
    frame = articles(records)
    labels = (period_labels(frame["date"], frame["date_precision"], freq=freq) if len(frame)
              else pd.Series(dtype=object))
    frame = frame.assign(period=labels.to_numpy() if len(frame) else [])
    placed = frame[frame["period"].notna()]
    moments = pd.concat([group_moments(placed, ["outlet", "period"], m).assign(measure=m)
                         for m in TIMELINE_MEASURES], ignore_index=True)
    if frame.empty:
        return moments, placed, pd.DataFrame(columns=["outlet", "undated", "too_coarse"])
    precision = precisions(frame["date"], frame["date_precision"]).reset_index(drop=True)
    left_out = frame["period"].isna()
    # A usable precision that is too coarse; anything else left out had no usable date.
    coarse = left_out & precision.notna() & ~precision.isin(FREQUENCIES[freq][1])
    out = pd.DataFrame({"outlet": frame["outlet"], "undated": left_out & ~coarse, "too_coarse": coarse})
    return moments, placed, out.groupby("outlet", sort=True)[["undated", "too_coarse"]].sum().reset_index()


# --- helpers ------------------------------------------------------------------------------------

def _first_sentence(record: dict) -> str:
    sentences = record.get("sentences") or []
    text = record.get("text") or ""
    if sentences:
        text = text[sentences[0]["start"] : sentences[0]["end"]]
    return text[:120] + ("…" if len(text) > 120 else "")


def _context(record: dict) -> tuple:
    return (record["id"], record.get("outlet") or UNKNOWN_OUTLET, record.get("language"),
            record.get("date"), record.get("date_precision"))


def _int_columns(frame: pd.DataFrame, columns: tuple[str, ...]) -> pd.DataFrame:
    # Nullable integers: a missing offset stays missing instead of turning the column to float.
    for column in columns:
        frame[column] = pd.to_numeric(frame[column], errors="coerce").astype("Int64")
    return frame


def _joined(value: object) -> str | None:
    """Strings joined by '; '; a mapping item gives its ``role``, ``title`` or ``name``."""
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, Mapping):
        value = value.values()
    return "; ".join(_label(v) for v in value)  # type: ignore[union-attr]


def _label(item: object) -> str:
    if isinstance(item, Mapping):
        return str(item.get("role") or item.get("title") or item.get("name") or "")
    return str(item)


def _count(value: object) -> int | None:
    if value is None or isinstance(value, Real):
        return value
    return len(value)  # type: ignore[arg-type]


def _score(value: object) -> float | None:
    if isinstance(value, Mapping):
        value = value.get("compound", value.get("mean"))
    return value if isinstance(value, Real) else None


def _dicts(records: Iterable[Record | dict]) -> Iterable[dict]:
    return (r.to_dict() if isinstance(r, Record) else r for r in records)
