"""The dashboard's upload caps (issue 16, item 9): how many articles, how long, and a message pointing to the CLI."""

from __future__ import annotations

import pytest

from framing.scoring.demo import CLI_HINT, upload_batches
from framing.scoring.pipeline import Pipeline

SHORT = "Title\n\nOfficials in Kyiv said the talks would resume on Monday."


@pytest.fixture(scope="module")
def pipeline():
    return Pipeline(actors=False)


def csv_of(n: int) -> bytes:
    return ("text,outlet\n" + "".join(f"Row {i}: officials said the talks would resume.,Wire\n" for i in range(n))).encode()


@pytest.mark.parametrize(
    ("name", "files", "options", "records", "problems"),
    [
        ("nothing", [], {}, 0, []),
        ("one short file", [("a.txt", SHORT.encode())], {}, 1, []),
        # "Title", a blank line and 100 words without the last space: 5 + 2 + 499 characters.
        ("an article over the length cap", [("long.txt", ("Title\n\n" + "word " * 100).encode()),
                                             ("a.txt", SHORT.encode())], {"max_chars": 200}, 1,
         [f"long.txt: article too long for the dashboard (506 characters; the limit is 200): {CLI_HINT}"]),
        ("more rows than the article cap", [("many.csv", csv_of(5))], {"max_articles": 2}, 2,
         [f"many.csv row 4: over the dashboard's limit of 2 articles per upload: {CLI_HINT} "
          "(3 articles left out from here on)"]),
        ("exactly the article cap", [("many.csv", csv_of(2))], {"max_articles": 2}, 2, []),
        ("deeply nested JSON next to a good file", [("deep.jsonl", b"[" * 1500 + b"]" * 1500),
                                                   ("a.txt", SHORT.encode())], {}, 1,
         ["deep.jsonl line 1: invalid JSON (nested too deeply to read); skipped"]),
        ("unreadable file next to a good one", [("x.pdf", b"%PDF"), ("a.txt", SHORT.encode())], {}, 1,
         ["x.pdf: unsupported file type '.pdf'"]),
    ],
)
def test_upload_caps(pipeline, name, files, options, records, problems):
    batches = list(upload_batches(pipeline, files, batch_size=1, **options))
    assert sum(len(b.records) for b in batches) == records, name
    found = [str(p) for b in batches for p in b.problems]
    assert len(found) == len(problems)
    for line, expected in zip(found, problems, strict=True):
        assert line.startswith(expected), line


def test_batches_report_progress_in_order(pipeline):
    batches = list(upload_batches(pipeline, [("many.csv", csv_of(5))], batch_size=2))
    assert [(len(b.records), b.done, b.total) for b in batches] == [(2, 2, 5), (2, 4, 5), (1, 5, 5)]


def test_an_outlet_fills_only_a_missing_one(pipeline):
    files = [("a.txt", SHORT.encode()), ("b.csv", b"text,outlet\nThe talks resumed on Monday in Kyiv.,Wire\n")]
    [batch] = upload_batches(pipeline, files, outlet="Mine")
    assert [r.outlet for r in batch.records] == ["Mine", "Wire"]
