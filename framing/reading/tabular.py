"""CSV and JSON Lines corpora: one article per row, a ``text`` field required.

Optional fields: ``title``, ``outlet``, ``url``, ``date``, ``language``. A bad
row becomes a problem naming its row; the other rows are still read.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from collections.abc import Iterator

from framing.reading.dates import iso_date
from framing.reading.model import Article, ReadError, ReadProblem
from framing.reading.textformat import article_from_paragraphs

OPTIONAL_FIELDS = ("title", "outlet", "url", "date", "language")

# Article texts can be long; the csv module's default cap is 128 KiB per field.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
_SURROGATE = re.compile("[\ud800-\udfff]")
# One row is one article: the same cap as one article file (files.MAX_ARTICLE_BYTES).
MAX_ROW_TEXT_CHARS = 10 * 1024 * 1024


def rows_from_csv(raw: str, *, source: str) -> Iterator[Article | ReadProblem]:
    """Yield an article or a problem for each data row of a CSV file.

    Row numbers are spreadsheet line numbers: the header is row 1.
    Raises ``ReadError`` when the file has no ``text`` column.
    """
    reader = csv.DictReader(io.StringIO(raw, newline=""))
    columns = {(name or "").strip().lower(): name for name in reader.fieldnames or []}
    if "text" not in columns:
        found = ", ".join(repr(c) for c in columns if c) or "none"
        raise ReadError(f"CSV has no 'text' column (columns found: {found})")
    unclosed = _unclosed_quote_row(raw)
    for number, row in enumerate(reader, start=2):
        if number == unclosed:
            yield ReadProblem(
                f"{source} row {number}",
                "a quotation mark opens a cell that never closes; this row and every line after it skipped",
            )
            continue
        if None in row:
            yield ReadProblem(f"{source} row {number}", "more cells than header columns; row skipped")
            continue
        fields = {key: row.get(original) for key, original in columns.items()}
        yield _article_or_problem(fields, source=f"{source} row {number}")


def _unclosed_quote_row(raw: str) -> int | None:
    """Return the row number where a quoted cell opens and the file ends inside it, or None.

    The lenient reader silently takes the rest of the file into that cell; a
    strict pass (C speed) stops there with "unexpected end of data". Rows are
    counted as ``DictReader`` counts them (blank lines skipped).
    """
    if '"' not in raw:
        return None
    rows = 0
    try:
        for row in csv.reader(io.StringIO(raw, newline=""), strict=True):
            rows += bool(row)
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            return rows + 1
    return None


def rows_from_jsonl(raw: str, *, source: str) -> Iterator[Article | ReadProblem]:
    """Yield an article or a problem for each non-empty line of a JSON Lines file."""
    # JSON Lines ends lines at "\n" only: splitlines() would also cut at U+2028 or U+0085
    # inside a JSON string, which ensure_ascii=False writers leave unescaped.
    for number, line in enumerate(raw.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source} line {number}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadProblem(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(obj, dict):
            yield ReadProblem(where, f"expected a JSON object, got {type(obj).__name__}")
            continue
        yield _article_or_problem({str(k).lower(): v for k, v in obj.items()}, source=where)


def _article_or_problem(fields: dict[str, object], *, source: str) -> Article | ReadProblem:
    text = fields.get("text")
    if not isinstance(text, str) or not text.strip():
        what = "missing" if text is None else "empty" if isinstance(text, str) else "not a string"
        return ReadProblem(source, f"'text' is {what}; row skipped")
    if len(text) > MAX_ROW_TEXT_CHARS:
        return ReadProblem(
            source,
            f"text too long ({len(text) / 1e6:.1f} million characters; "
            f"the limit for one article is {MAX_ROW_TEXT_CHARS / 1e6:.1f} million); row skipped",
        )
    meta = {key: _string(fields.get(key)) for key in OPTIONAL_FIELDS}
    warnings = []
    date = iso_date(meta["date"])
    if meta["date"] and date is None:
        warnings.append(f"date {meta['date']!r} not understood; dropped")
    try:
        return article_from_paragraphs(
            _unsurrogated(text).split("\n"),
            source=source,
            headline=meta["title"],
            infer_title=False,
            date=date,
            url=meta["url"],
            outlet=meta["outlet"],
            language=(meta["language"] or "").lower() or None,
            warnings=tuple(warnings),
        )
    except ReadError as exc:
        return ReadProblem(source, str(exc))


def _string(value: object) -> str | None:
    if value is None:
        return None
    text = _unsurrogated(str(value)).strip()
    return text or None


def _unsurrogated(text: str) -> str:
    """Return text with lone surrogates (JSON may escape one: "\\ud800") replaced by U+FFFD.

    They are not characters, and nothing downstream (hashing, CSV, Parquet,
    the store) can encode them; one code point for one keeps every offset.
    """
    return _SURROGATE.sub("\ufffd", text)
