"""The evidence behind a number, from a store: passages, quotes and articles behind a selection.

Every chart of the dashboard can be clicked; these functions turn the
selection (an outlet, a variant, a side, a word) into the rows of text
behind it, cut from ``articles.text`` with the stored offsets, in SQL and a
page at a time, so they stay fast on a store of a million articles. Column
sets are ``CONTEXT_COLUMNS`` and ``QUOTE_ROW_COLUMNS`` below.
"""

from __future__ import annotations

import re

import duckdb
import pandas as pd

from framing.store.query import Filters, outlet_sql, where
from framing.text.tokens import one_line

__all__ = [
    "CHOICE_COLUMNS",
    "article_choices",
    "article_points",
    "quote_rows",
    "story_candidates",
    "term_contexts",
    "text_sample",
    "texts_containing",
]

_OUTLET = outlet_sql()
# The columns the word-level statistics (distinctive words, same story) read.
_TEXT_FRAME = (f"article_id AS id, {_OUTLET} AS outlet, language, date, date_precision, "
               "coalesce(title, left(text, 120)) AS title, text")
CHOICE_COLUMNS = {"id": "article id", "outlet": "outlet", "date": "date", "title": "title",
                  "language": "language"}

# The columns of the evidence tables, documented once.
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



def term_contexts(
    con: duckdb.DuckDBPyConnection,
    filters: Filters | None = None,
    *,
    outlet: str | None = None,
    referent: str | None = None,
    term: str | None = None,
    voice: str | None = None,
    article_id: str | None = None,
    window: int = 70,
    limit: int = 200,
) -> pd.DataFrame:
    """Return keyword-in-context lines (``CONTEXT_COLUMNS``) of the stored term hits matching every
    given filter, newest articles first."""
    clauses = [(f"{outlet_sql()} = ?", [outlet])] if outlet is not None else []
    w = where(filters, clauses=clauses,
              equals=[("referent", referent), ("term", term), ("voice", voice), ("article_id", article_id)])
    # The page is chosen on the terms table alone; only its rows are joined to their texts.
    sql = (
        f"WITH hit AS (SELECT article_id, {outlet_sql()} AS outlet, term, voice, start_offset, end_offset, "
        f"date_start, position FROM terms WHERE {w.sql} "
        "ORDER BY date_start DESC NULLS LAST, article_id, position LIMIT ?) "
        "SELECT hit.article_id, hit.outlet, a.date, hit.term, hit.voice, "
        "substring(a.text, greatest(start_offset - ?, 0) + 1, least(start_offset, ?)) AS left, "
        "substring(a.text, start_offset + 1, end_offset - start_offset) AS match, "
        "substring(a.text, end_offset + 1, ?) AS right, start_offset AS start "
        "FROM hit JOIN articles a USING (article_id) "
        "ORDER BY hit.date_start DESC NULLS LAST, hit.article_id, hit.position"
    )
    rows = con.execute(sql, [*w.params, int(limit), *[int(window)] * 3]).df()
    rows["left"] = rows["left"].map(one_line)
    rows["right"] = rows["right"].map(one_line)
    return rows[list(CONTEXT_COLUMNS)]


def quote_rows(
    con: duckdb.DuckDBPyConnection,
    filters: Filters | None = None,
    *,
    outlet: str | None = None,
    side: str | None = None,
    speaker: str | None = None,
    limit: int = 200,
) -> pd.DataFrame:
    """Return quotations (``QUOTE_ROW_COLUMNS``) with their speakers and sides, newest first."""
    clauses = [(f"{outlet_sql()} = ?", [outlet])] if outlet is not None else []
    if side is not None:
        clauses.append(("coalesce(side, 'unknown') = ?", [side]))
    w = where(filters, clauses=clauses, equals=[("speaker", speaker)])
    sql = (
        f"WITH q AS (SELECT article_id, {outlet_sql()} AS outlet, speaker, coalesce(side, 'unknown') AS side, "
        f"kind, text, date_start, position FROM quotes WHERE {w.sql} "
        "ORDER BY date_start DESC NULLS LAST, article_id, position LIMIT ?) "
        "SELECT q.article_id, q.outlet, a.date, q.speaker, q.side, q.kind, q.text FROM q "
        "JOIN articles a USING (article_id) ORDER BY q.date_start DESC NULLS LAST, q.article_id, q.position"
    )
    rows = con.execute(sql, [*w.params, int(limit)]).df()
    rows["text"] = rows["text"].fillna("").map(one_line)
    return rows[list(QUOTE_ROW_COLUMNS)]


def article_points(con: duckdb.DuckDBPyConnection, filters: Filters | None = None) -> pd.DataFrame:
    """Return ``id``, ``outlet``, ``sentiment``, ``title`` of every filtered article (for a
    per-article chart; call it only when the count is small)."""
    w = where(filters)
    sql = (f"SELECT article_id AS id, {_OUTLET} AS outlet, sentiment_compound AS sentiment, "
           f"coalesce(title, left(text, 120)) AS title FROM articles WHERE {w.sql} ORDER BY article_id")
    return con.execute(sql, w.params).df()


def text_sample(con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *,
                per_outlet: int = 400) -> pd.DataFrame:
    """Return up to ``per_outlet`` articles of each outlet with their text (a fixed pseudo-random
    sample by id hash, the same on every run): ``id``, ``outlet``, ``language``, ``date``,
    ``date_precision``, ``title`` and ``text``."""
    w = where(filters)
    # Two steps: pick ids on the narrow columns, then read only the picked articles' texts
    # (a semi-join on a CTE made DuckDB scan every text of a million-article store).
    picked = [row[0] for row in con.execute(
        f"SELECT article_id FROM articles WHERE {w.sql} "
        f"QUALIFY row_number() OVER (PARTITION BY {_OUTLET} ORDER BY hash(article_id), article_id) <= ?",
        [*w.params, int(per_outlet)]).fetchall()]
    sql = f"SELECT {_TEXT_FRAME} FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[])) ORDER BY id"
    return con.execute(sql, [picked]).df()


def texts_containing(con: duckdb.DuckDBPyConnection, term: str, filters: Filters | None = None, *,
                     limit: int = 500) -> pd.DataFrame:
    """Return up to ``limit`` filtered articles (with text) whose text contains every word of
    ``term`` (case-insensitive), newest first: the candidates for keyword-in-context lines."""
    words = [w for w in re.findall(r"\w+", term) if w]
    if not words:
        return pd.DataFrame(columns=["id", "outlet", "language", "date", "date_precision", "title", "text"])
    w = where(filters, clauses=[(" AND ".join(["text ILIKE ?"] * len(words)), [f"%{x}%" for x in words])])
    sql = (f"SELECT {_TEXT_FRAME} FROM articles WHERE {w.sql} "
           "ORDER BY date_start DESC NULLS LAST, article_id LIMIT ?")
    return con.execute(sql, [*w.params, int(limit)]).df()


def article_choices(con: duckdb.DuckDBPyConnection, filters: Filters | None = None, *,
                    search: str = "", limit: int = 300) -> pd.DataFrame:
    """Return ``CHOICE_COLUMNS`` of up to ``limit`` filtered articles whose title or outlet contains
    ``search`` (case-insensitive), by date then outlet — what an article picker offers."""
    clauses = []
    if search.strip():
        clauses.append(("(coalesce(title, '') ILIKE ? OR coalesce(outlet, '') ILIKE ?)",
                        [f"%{search.strip()}%"] * 2))
    w = where(filters, clauses=clauses)
    sql = (f"SELECT article_id AS id, {_OUTLET} AS outlet, date, coalesce(title, left(text, 80)) AS title, "
           f"language FROM articles WHERE {w.sql} ORDER BY date_start NULLS LAST, outlet, article_id LIMIT ?")
    return con.execute(sql, [*w.params, int(limit)]).df()


def story_candidates(con: duckdb.DuckDBPyConnection, article_id: str, *, window_days: int = 10,
                     limit: int = 3000) -> pd.DataFrame:
    """Return the article and up to ``limit`` others whose dates lie within ``window_days`` of it
    (closest first), with text: the corpus ``framing.compare.same_story`` searches. An undated
    article gets only itself."""
    sql = (
        f"WITH q AS (SELECT date_start, date_end FROM articles WHERE article_id = ?) "
        f"SELECT {_TEXT_FRAME} FROM articles, q WHERE article_id = ? OR ("
        "articles.date_end >= q.date_start - CAST(? AS INTEGER) AND "
        "articles.date_start <= q.date_end + CAST(? AS INTEGER)) "
        "ORDER BY article_id = ? DESC, abs(date_diff('day', articles.date_start, q.date_start)), article_id LIMIT ?"
    )
    return con.execute(sql, [article_id, article_id, int(window_days), int(window_days), article_id,
                             int(limit) + 1]).df()
