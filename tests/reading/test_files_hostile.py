"""Hostile files (issue 16, items 4–6): one clear line naming the file or row, and the rest still read."""

from __future__ import annotations

import io
import json
import os

import pytest

from framing.reading import read_bytes, read_path
from framing.reading.model import ReadProblem, one_line, shown_name
from framing.reading.tabular import MAX_ROW_TEXT_CHARS, TOO_LONG, capped_lines

GOOD = "A good row about the grain deal in Odesa."
NESTED = "[" * 1500 + "]" * 1500


def jsonl(*objects: object) -> bytes:
    return "\n".join(o if isinstance(o, str) else json.dumps(o) for o in objects).encode()


# (name, file name, content, articles expected, problems expected as "source suffix: reason start")
CASES = [
    ("deeply nested JSON line", "deep.jsonl", jsonl({"text": GOOD}, NESTED, {"text": GOOD + " Again."}), 2,
     [" line 2: invalid JSON (nested too deeply to read)"]),
    ("deeply nested JSON value", "deep-value.jsonl", jsonl('{"text": "x", "meta": ' + NESTED + "}", {"text": GOOD}), 1,
     [" line 1: invalid JSON (nested too deeply to read)"]),
    ("CSV with only a header", "header.csv", b"text,outlet\n", 0, [": CSV has a header but no data rows"]),
    ("CSV with only a header and blank lines", "header2.csv", b"text,outlet\r\n\r\n\r\n", 0,
     [": CSV has a header but no data rows"]),
    ("CSV with two text columns", "dup.csv", f"text,outlet,Text\n{GOOD},Wire,other\n".encode(), 0,
     [": CSV has two 'text' columns (columns 1 and 3); rename or remove one"]),
    ("CSV with two outlet columns", "dup2.csv", f"outlet,text,outlet\nA,{GOOD},B\n".encode(), 0,
     [": CSV has two 'outlet' columns (columns 1 and 3)"]),
    ("CSV cell longer than one article", "cell.csv",
     b'text,outlet\n"' + b"word " * (MAX_ROW_TEXT_CHARS // 5 + 10) + b'",Big\n' + GOOD.encode() + b",Small\n", 1,
     [" row 2: a cell is longer than 10.5 million characters (the limit for one article); row skipped"]),
]


@pytest.mark.parametrize(("name", "file", "data", "articles", "problems"), CASES, ids=[c[0] for c in CASES])
def test_hostile_tables_from_bytes_and_from_paths(tmp_path, name, file, data, articles, problems):
    path = tmp_path / file
    path.write_bytes(data)
    for result, source in ((read_bytes(data, name=file), file), (read_path(path), str(path))):
        assert len(result.articles) == articles, name
        assert len(result.problems) == len(problems), [str(p) for p in result.problems]
        for problem, expected in zip(result.problems, problems, strict=True):
            assert str(problem).startswith(source + expected), str(problem)


def test_a_file_too_large_is_refused_before_it_is_read(tmp_path, monkeypatch):
    # Sparse files: their size is only a number, and read_bytes must never be asked for them.
    article, table = tmp_path / "big.txt", tmp_path / "big.jsonl"
    with article.open("wb") as f:
        f.truncate(11 * 1024 * 1024)
    with table.open("wb") as f:
        f.truncate(3 * 1024**3)
    monkeypatch.setattr("pathlib.Path.read_bytes", lambda self: pytest.fail("read before the size check"))
    assert [str(p) for p in read_path(article).problems] == [
        f"{article}: file too large (11.0 MB > 10.0 MB limit for .txt files)"]
    assert [str(p) for p in read_path(table).problems] == [
        f"{table}: file too large (3072.0 MB > 2048.0 MB limit for .jsonl files)"]


@pytest.mark.parametrize(
    ("text", "limit", "ends", "expected"),
    [
        ("", 10, ("\n",), []),
        ("short\n", 10, ("\n",), ["short\n"]),
        ("short\n" + "x" * 100 + "\nafter\n", 10, ("\n",), ["short\n", TOO_LONG + "\n", "after\n"]),
        ("x" * 100, 10, ("\n",), [TOO_LONG + "\n"]),  # the last line, unterminated
        ("exactly10\n", 10, ("\n",), ["exactly10\n"]),
        ("a\r" + "y" * 50 + "\rb\r", 8, ("\n", "\r"), ["a\r", TOO_LONG + "\n", "b\r"]),
    ],
)
def test_capped_lines(text, limit, ends, expected):
    newline = "" if "\r" in ends else "\n"
    assert list(capped_lines(io.StringIO(text, newline=newline), ends=ends, limit=limit)) == expected


def test_a_jsonl_line_too_long_is_one_problem_and_the_next_line_is_read(tmp_path, monkeypatch):
    monkeypatch.setattr("framing.reading.tabular.MAX_LINE_CHARS", 200)
    import framing.reading.tabular as tabular

    lines = list(capped_lines(io.StringIO(json.dumps({"text": "z " * 500}) + "\n" + json.dumps({"text": GOOD}) + "\n"),
                              limit=200))
    items = list(tabular.jsonl_rows(lines, source="f.jsonl"))
    assert isinstance(items[0], ReadProblem) and str(items[0]) == (
        "f.jsonl line 1: line too long (more than 200 characters); skipped")
    assert items[1].text.endswith("Odesa.")


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("plain.txt", "plain.txt"),
        ("été.txt", "été.txt"),
        (os.fsdecode(b"caf\xe9.txt"), "caf\\xe9.txt"),  # Latin-1 bytes in a UTF-8 file system
        ("two\nlines.txt", "two\\nlines.txt"),
        ("cr\rname.txt", "cr\\rname.txt"),
        ("esc\x1b[31mred.txt", "esc\\x1b[31mred.txt"),
        ("sep\u2028x.txt", "sep\\u2028x.txt"),
        ("", ""),
    ],
)
def test_shown_name(raw, shown):
    assert shown_name(raw) == shown
    shown_name(raw).encode("utf-8")  # raises for a lone surrogate


def test_a_file_named_with_bytes_that_are_not_utf8_is_read_and_named_escaped(tmp_path):
    folder = os.fsencode(tmp_path)
    bad = os.path.join(folder, b"caf\xe9.txt")
    with open(bad, "wb") as f:
        f.write(f"Title\n\n{GOOD}".encode())
    [article] = read_path(os.fsdecode(bad)).articles
    assert article.source == f"{tmp_path}/caf\\xe9.txt"
    json.dumps(article.source, ensure_ascii=False).encode("utf-8")


def test_a_newline_in_a_file_name_cannot_forge_a_log_line(tmp_path):
    name = "x.txt\nframing: 0 problems.txt"
    result = read_bytes(b"\x00\x01\x02" * 100, name=name)
    [line] = str(result.problems[0]).splitlines()
    assert line.startswith("x.txt\\nframing: 0 problems.txt: ")


@pytest.mark.parametrize(("text", "expected"), [("a\nb", "a\\nb"), ("tab\there", "tab\\there"), ("ok", "ok")])
def test_one_line(text, expected):
    assert one_line(text) == expected


def test_a_named_path_that_cannot_be_reached_says_why(tmp_path):
    from framing.reading import corpus_files

    plain = tmp_path / "plain.txt"
    plain.write_text("x")
    found = [str(p) for p in corpus_files([tmp_path / "missing.txt", plain / "inside.txt", tmp_path / ("n" * 300)])]
    assert found == [
        f"{tmp_path}/missing.txt: no such file or folder",
        f"{plain}/inside.txt: cannot open: Not a directory",
        f"{tmp_path}/{'n' * 300}: cannot open: File name too long",
    ]
