"""Readers: files, folders and uploads in, ``Article`` records and problems out."""

from framing.reading.dates import date_precision, iso_date
from framing.reading.files import (
    SUPPORTED_SUFFIXES,
    corpus_files,
    read_bytes,
    read_item,
    read_path,
    read_paths,
)
from framing.reading.model import Article, ReadError, ReadProblem, ReadResult
from framing.reading.textformat import article_from_text

__all__ = [
    "SUPPORTED_SUFFIXES",
    "Article",
    "ReadError",
    "ReadProblem",
    "ReadResult",
    "article_from_text",
    "corpus_files",
    "date_precision",
    "iso_date",
    "read_bytes",
    "read_item",
    "read_path",
    "read_paths",
]
