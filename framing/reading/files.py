"""Read files, folders and uploaded bytes into articles, one problem line per failure."""

from __future__ import annotations

import dataclasses
import stat
from collections.abc import Iterable, Iterator
from pathlib import Path

from framing.reading.decoding import decoded_text, stream_encoding
from framing.reading.html import article_from_html
from framing.reading.model import Article, ReadError, ReadProblem, ReadResult, shown_name
from framing.reading.outlets import OutletManifest, outlet_for_url
from framing.reading.tabular import (
    capped_lines,
    csv_rows,
    jsonl_rows,
    rows_from_csv,
    rows_from_jsonl,
)
from framing.reading.textformat import article_from_text

TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
HTML_SUFFIXES = frozenset({".html", ".htm"})
TABLE_SUFFIXES = frozenset({".csv", ".jsonl", ".ndjson"})
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | TABLE_SUFFIXES
# One article is never this big; a corpus file (CSV/JSONL) may be.
MAX_ARTICLE_BYTES = 10 * 1024 * 1024
MAX_TABLE_BYTES = 2 * 1024 * 1024 * 1024


def read_bytes(
    data: bytes, *, name: str, manifest: OutletManifest | None = None
) -> ReadResult:
    """Return the articles in one file's content, chosen by the file name's suffix.

    Never raises for bad content: every failure is a ``ReadProblem`` naming
    ``name`` (and the row for tables) with a reason a person can act on.
    """
    name = shown_name(name)
    suffix = Path(name).suffix.lower()
    result = ReadResult()
    if suffix not in SUPPORTED_SUFFIXES:
        supported = ", ".join(sorted(s for s in SUPPORTED_SUFFIXES if s))
        result.problems.append(ReadProblem(name, f"unsupported file type {suffix!r} (use {supported})"))
        return result
    limit = MAX_TABLE_BYTES if suffix in TABLE_SUFFIXES else MAX_ARTICLE_BYTES
    if len(data) > limit:
        result.problems.append(
            ReadProblem(name, f"file too large ({_mb(len(data))} > {_mb(limit)} limit for {suffix or 'text'} files)")
        )
        return result
    try:
        text, warning = decoded_text(data)
        if suffix in TABLE_SUFFIXES:
            rows = rows_from_csv if suffix == ".csv" else rows_from_jsonl
            items: Iterable[Article | ReadProblem] = rows(text, source=name)
        elif suffix in HTML_SUFFIXES:
            items = [article_from_html(text, source=name)]
        else:
            items = [article_from_text(text, source=name)]
        _collect(items, result, warning=warning, manifest=manifest)
    except ReadError as exc:
        result.problems.append(ReadProblem(name, str(exc)))
    return result


def _collect(items: Iterable[Article | ReadProblem], result: ReadResult, *, warning: str | None,
             manifest: OutletManifest | None) -> None:
    """Add each article (finished: outlet, warning) or problem of ``items`` to ``result``."""
    for item in items:
        if isinstance(item, ReadProblem):
            result.problems.append(item)
        else:
            result.articles.append(_finished(item, warning=warning, manifest=manifest))


def read_path(path: str | Path, *, manifest: OutletManifest | None = None) -> ReadResult:
    """Return the articles in one file (see ``read_bytes``).

    The size is checked before anything is read. CSV and JSON Lines files are
    read as a stream, line by line, so a huge row costs at most one capped
    line of memory; other files are read whole (they are at most 10 MB).
    """
    path = Path(path)
    name = shown_name(path)
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        limit = MAX_TABLE_BYTES if suffix in TABLE_SUFFIXES else MAX_ARTICLE_BYTES
        if suffix in SUPPORTED_SUFFIXES and size > limit:
            return ReadResult(problems=[ReadProblem(
                name, f"file too large ({_mb(size)} > {_mb(limit)} limit for {suffix or 'text'} files)")])
        if suffix in TABLE_SUFFIXES:
            return _read_table(path, name=name, manifest=manifest)
        data = path.read_bytes()
    except OSError as exc:
        return ReadResult(problems=[ReadProblem(name, f"cannot open: {exc.strerror or exc}")])
    return read_bytes(data, name=name, manifest=manifest)


def _read_table(path: Path, *, name: str, manifest: OutletManifest | None) -> ReadResult:
    """Return the rows of a CSV or JSON Lines file read as a stream (see ``read_path``)."""
    result = ReadResult()
    with path.open("rb") as handle:
        sample = handle.read(_SAMPLE_BYTES)
    try:
        encoding, warning = stream_encoding(sample, complete=len(sample) < _SAMPLE_BYTES)
        csv_file = path.suffix.lower() == ".csv"

        def lines():
            # CSV keeps its line ends for the csv module; JSON Lines ends lines at "\n" only.
            stream = path.open(encoding=encoding, errors="replace", newline="" if csv_file else "\n")
            with stream:
                yield from capped_lines(stream, ends=("\n", "\r") if csv_file else ("\n",))

        items = csv_rows(lines, source=name) if csv_file else jsonl_rows(lines(), source=name)
        _collect(items, result, warning=warning, manifest=manifest)
    except ReadError as exc:
        result.problems.append(ReadProblem(name, str(exc)))
    return result


# Enough of a file to tell its encoding, and whether it is text at all.
_SAMPLE_BYTES = 64 * 1024


def corpus_files(paths: Iterable[str | Path]) -> Iterator[Path | ReadProblem]:
    """Yield each file named, and every supported file under each folder named, sorted.

    Hidden files and files of other types inside folders are skipped silently
    (a corpus folder may hold a README); a named path that does not exist is a problem.
    """
    for raw in paths:
        path = Path(raw)
        try:
            folder = stat.S_ISDIR(path.stat().st_mode)
        except OSError as exc:
            # Not there, or unreachable: a closed folder on the way, a name too long.
            missing = isinstance(exc, FileNotFoundError)
            yield ReadProblem(shown_name(path), "no such file or folder" if missing
                              else f"cannot open: {exc.strerror or exc}")
            continue
        if folder:
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if not hidden and child.suffix.lower() in SUPPORTED_SUFFIXES - {""}:
                    yield child
        else:
            yield path


def read_paths(
    paths: Iterable[str | Path], *, manifest: OutletManifest | None = None
) -> Iterator[ReadResult]:
    """Yield one ``ReadResult`` per file under ``paths``, in order."""
    for item in corpus_files(paths):
        yield read_item(item, manifest=manifest)


def read_item(item: Path | ReadProblem, *, manifest: OutletManifest | None = None) -> ReadResult:
    """Return the result for one item of ``corpus_files`` (a file, or a problem already found)."""
    if isinstance(item, ReadProblem):
        return ReadResult(problems=[item])
    return read_path(item, manifest=manifest)


def _finished(article: Article, *, warning: str | None, manifest: OutletManifest | None) -> Article:
    """Return the article with its outlet resolved and the decoding warning attached.

    Order: the file's own outlet field, then the manifest, then the reviewed
    domain table for the URL, then the page's declared site name.
    """
    outlet = article.outlet
    if not outlet and manifest:
        outlet = manifest.outlet_for(source=article.source, url=article.url)
    if not outlet and (info := outlet_for_url(article.url)):
        outlet = info.outlet
    outlet = outlet or article.site_name
    warnings = (*article.warnings, warning) if warning else article.warnings
    return dataclasses.replace(article, outlet=outlet, warnings=warnings)


def _mb(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MB"
