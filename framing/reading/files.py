"""Read files, folders and uploaded bytes into articles, one problem line per failure."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from pathlib import Path

from framing.reading.decoding import decoded_text
from framing.reading.html import article_from_html
from framing.reading.model import Article, ReadError, ReadProblem, ReadResult
from framing.reading.outlets import OutletManifest, outlet_for_url
from framing.reading.tabular import rows_from_csv, rows_from_jsonl
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
        for item in items:
            if isinstance(item, ReadProblem):
                result.problems.append(item)
            else:
                result.articles.append(_finished(item, warning=warning, manifest=manifest))
    except ReadError as exc:
        result.problems.append(ReadProblem(name, str(exc)))
    return result


def read_path(path: str | Path, *, manifest: OutletManifest | None = None) -> ReadResult:
    """Return the articles in one file (see ``read_bytes``)."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        return ReadResult(problems=[ReadProblem(str(path), f"cannot open: {exc.strerror or exc}")])
    return read_bytes(data, name=str(path), manifest=manifest)


def corpus_files(paths: Iterable[str | Path]) -> Iterator[Path | ReadProblem]:
    """Yield each file named, and every supported file under each folder named, sorted.

    Hidden files and files of other types inside folders are skipped silently
    (a corpus folder may hold a README); a named path that does not exist is a problem.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                hidden = any(part.startswith(".") for part in child.relative_to(path).parts)
                if not hidden and child.suffix.lower() in SUPPORTED_SUFFIXES - {""}:
                    yield child
        elif path.exists():
            yield path
        else:
            yield ReadProblem(str(path), "no such file or folder")


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
