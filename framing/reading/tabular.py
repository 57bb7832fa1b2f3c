"""CSV and JSON Lines corpora: one article per row, a ``text`` field required.

Optional fields: ``title``, ``outlet``, ``url``, ``date``, ``language``. A bad
row becomes a problem naming its row; the other rows are still read.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterable, Iterator
from typing import TextIO

from framing.reading.dates import iso_date
from framing.reading.model import Article, ReadError, ReadProblem
from framing.reading.textformat import article_from_paragraphs

OPTIONAL_FIELDS = ("title", "outlet", "url", "date", "language")

_SURROGATE = re.compile("[\ud800-\udfff]")
# One row is one article: the same cap as one article file (files.MAX_ARTICLE_BYTES).
MAX_ROW_TEXT_CHARS = 10 * 1024 * 1024
# The csv module stops a cell at this size instead of building it whole (its default is 128 KiB).
csv.field_size_limit(MAX_ROW_TEXT_CHARS)
# A JSON line holds one article and its fields; escapes may lengthen the text.
MAX_LINE_CHARS = 2 * MAX_ROW_TEXT_CHARS
# Marks a physical line cut at ``MAX_LINE_CHARS`` by ``capped_lines`` (NUL never starts real text).
TOO_LONG = "\x00framing:line-too-long\x00"

Lines = Callable[[], Iterable[str]]


def rows_from_csv(raw: str, *, source: str) -> Iterator[Article | ReadProblem]:
    """Yield an article or a problem for each data row of CSV text (see ``csv_rows``)."""
    yield from csv_rows(lambda: io.StringIO(raw, newline=""), source=source)


def csv_rows(open_lines: Lines, *, source: str) -> Iterator[Article | ReadProblem]:
    """Yield an article or a problem for each data row of a CSV file, read line by line.

    ``open_lines()`` returns the file's lines afresh (a strict pass reads them
    first). Row numbers are spreadsheet line numbers: the header is row 1.
    Raises ``ReadError`` when the file has no ``text`` column or names one
    field twice; a file with a header and no rows is one problem.
    """
    unclosed = _unclosed_quote_row(open_lines())
    reader = csv.reader(open_lines())
    header = _next_row(reader)
    if isinstance(header, csv.Error) or header is None:
        raise ReadError("CSV has no header row" if header is None else f"CSV header unreadable ({header})")
    columns = _columns(header)
    number, rows = 1, 0
    while True:
        row = _next_row(reader)
        if row is None:
            break
        if not isinstance(row, csv.Error) and not row:
            continue  # a blank line, as DictReader skips it
        number += 1
        rows += 1
        where = f"{source} row {number}"
        if isinstance(row, csv.Error):
            yield ReadProblem(where, _csv_error(row))
        elif number == unclosed:
            yield ReadProblem(where, "a quotation mark opens a cell that never closes; "
                              "this row and every line after it skipped")
            return
        elif any(TOO_LONG in cell for cell in row):
            yield ReadProblem(where, f"row too long (a line of more than {MAX_LINE_CHARS:,} "
                              "characters); row skipped")
        elif len(row) > len(header):
            yield ReadProblem(where, "more cells than header columns; row skipped")
        else:
            fields = {key: (row[i] if i < len(row) else None) for key, i in columns.items()}
            yield _article_or_problem(fields, source=where)
    if not rows:
        yield ReadProblem(source, "CSV has a header but no data rows")


def _next_row(reader) -> list[str] | csv.Error | None:
    """Return the reader's next row, the ``csv.Error`` it raised (it resumes at the next line), or None."""
    try:
        return next(reader)
    except StopIteration:
        return None
    except csv.Error as exc:
        return exc


def _columns(header: list[str]) -> dict[str, int]:
    """Return ``field → column index`` of a header; raise ``ReadError`` without a ``text``
    column or for a field named twice (which cell to use would be a guess)."""
    columns: dict[str, int] = {}
    for i, name in enumerate(header):
        key = name.strip().lower()
        if key in columns and key in ("text", *OPTIONAL_FIELDS):
            raise ReadError(
                f"CSV has two {key!r} columns (columns {columns[key] + 1} and {i + 1}); rename or remove one"
            )
        columns.setdefault(key, i)
    if "text" not in columns:
        found = ", ".join(repr(c) for c in columns if c) or "none"
        raise ReadError(f"CSV has no 'text' column (columns found: {found})")
    return columns


def _csv_error(exc: csv.Error) -> str:
    if "field larger than field limit" in str(exc):
        return (f"a cell is longer than {MAX_ROW_TEXT_CHARS / 1e6:.1f} million characters "
                "(the limit for one article); row skipped")
    return f"not valid CSV ({exc}); row skipped"


def _unclosed_quote_row(lines: Iterable[str]) -> int | None:
    """Return the row number where a quoted cell opens and the file ends inside it, or None.

    The lenient reader silently takes the rest of the file into that cell; a
    strict pass (C speed) stops there with "unexpected end of data". Rows are
    counted as ``csv_rows`` counts them (blank lines skipped).
    """
    rows = 0
    reader = csv.reader(lines, strict=True)
    while True:
        row = _next_row(reader)
        if row is None:
            return None
        if isinstance(row, csv.Error):
            if "unexpected end of data" in str(row):
                return rows + 1
            rows += 1
            continue
        rows += bool(row)


def rows_from_jsonl(raw: str, *, source: str) -> Iterator[Article | ReadProblem]:
    """Yield an article or a problem for each non-empty line of JSON Lines text."""
    # JSON Lines ends lines at "\n" only: splitlines() would also cut at U+2028 or U+0085
    # inside a JSON string, which ensure_ascii=False writers leave unescaped.
    yield from jsonl_rows(raw.split("\n"), source=source)


def jsonl_rows(lines: Iterable[str], *, source: str) -> Iterator[Article | ReadProblem]:
    """Yield an article or a problem for each non-empty line of a JSON Lines file."""
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        where = f"{source} line {number}"
        if line.startswith(TOO_LONG):
            yield ReadProblem(where, f"line too long (more than {MAX_LINE_CHARS:,} characters); "
                              "skipped")
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadProblem(where, f"invalid JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:
            yield ReadProblem(where, "invalid JSON (nested too deeply to read); skipped")
            continue
        if not isinstance(obj, dict):
            yield ReadProblem(where, f"expected a JSON object, got {type(obj).__name__}")
            continue
        yield _article_or_problem({str(k).lower(): v for k, v in obj.items()}, source=where)


def capped_lines(stream: TextIO, *, ends: tuple[str, ...] = ("\n",), limit: int = MAX_LINE_CHARS) -> Iterator[str]:
    """Yield the lines of a text stream (ending with ``newline`` kept), never holding more than
    ``limit`` characters of one: a longer line is read on to its end and yielded as ``TOO_LONG``.
    ``ends`` are the characters that end a line (the stream's ``newline`` mode)."""
    while line := stream.readline(limit + 1):
        if len(line) > limit and not line.endswith(ends):
            while (rest := stream.readline(limit)) and not rest.endswith(ends):
                pass
            line = TOO_LONG + ends[0]
        yield line


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
