"""Hostile input: every item gets a result or one clear error naming it, and nothing stored is lost.

The folder mixes good files with binary, empty, oversized, mis-encoded and
malformed ones. It is ingested into a store that already holds the demo
corpus; the counts before and after account for every article.
"""

from __future__ import annotations

import codecs
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from framing.reading import corpus_files, read_path
from framing.store import ingest, open_store, table_counts
from tests.conftest import DEMO_SIZE, REPO

pytestmark = pytest.mark.slow

FR = "Titre\n\nLe président a déclaré « c'est inacceptable » à Kyiv, où l'hiver arrive déjà."
BIG = 50 * 1024 * 1024


def build(folder: Path, good_texts: list[str]) -> dict[str, tuple[int, list[str]]]:
    """Write the hostile folder; return file name → (articles expected, problem sources expected)."""
    rng = random.Random(7)
    expect: dict[str, tuple[int, list[str]]] = {}

    def put(name: str, data: bytes, articles: int, problems: list[str] = ()) -> None:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        expect[name] = (articles, [str(path) + suffix for suffix in problems])

    put("good-1.txt", good_texts[0].encode(), 1)
    put("nested/deeper/good-2.txt", good_texts[1].encode(), 1)
    put("binary.txt", bytes(rng.randrange(256) for _ in range(4096)), 0, [""])
    put("image.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(rng.randrange(256) for _ in range(2048)), 0, [""])
    put("empty.txt", b"", 0, [""])
    put("blank.txt", b" \n\t\r\n  \n", 0, [""])
    put("huge.txt", b"word " * (BIG // 5), 0, [""])
    huge_row = "A sentence that repeats. " * (BIG // 25)
    put("huge.csv", f'text,outlet\n"{huge_row}",Big\nA normal row about Kherson.,Small\n'.encode(), 1, [" row 2"])
    # Distinct texts: the same text twice would be one article (same id), stored once.
    put("latin1.txt", f"{FR} (cp1252)".encode("cp1252"), 1)
    put("utf16-bom.txt", f"{FR} (utf-16)".encode("utf-16"), 1)
    put("utf16-le-no-bom.txt", f"{FR} (utf-16-le)".encode("utf-16-le"), 1)
    put("utf8-bom.txt", codecs.BOM_UTF8 + f"{FR} (utf-8)".encode(), 1)
    put("malformed.csv", (
        b"text,outlet,date\n"
        b"A good first row about the grain deal.,Wire,2022-07-22\n"
        b"too,many,cells,here\n"
        b",Empty text,2022-01-01\n"
        b"Second good row; the date is nonsense.,Wire,31/31/2022\n"
        b'"An unterminated quote swallows the rest,Wire,2022-01-02\n'
        b"A row the stray quote swallowed.,Wire,2022-01-03\n"  # lost: its error names row 6
    ), 2, [" row 3", " row 4", " row 6"])
    put("no-text-column.csv", b"title,outlet\nA title,X\n", 0, [""])
    put("malformed.jsonl", "\n".join([
        json.dumps({"text": "A good JSON line about Bucha.", "outlet": "Wire"}),
        "{not json",
        "[1, 2, 3]",
        json.dumps({"title": "no text"}),
        json.dumps({"text": 42}),
        "",
        json.dumps({"text": "Another good line.", "date": "2022-13-45"}),
    ]).encode(), 2, [" line 2", " line 3", " line 4", " line 5"])
    put("quotes.txt", (
        "Unbalanced quotes everywhere\n\n"
        "He said “this never ends. And « here too, she said.\n\n"
        "Another ” paragraph » with closers only ' and a stray \" mark.\n\n"
        "‘Nested “quotes ‹ inside › without” closing."
    ).encode(), 1)
    put("scripts.html", (
        b"<html><head><title>Grain deal signed</title><script>var s = '<p>fake</p>'; alert(1)</script></head>"
        b"<body><article><h1>Grain deal signed</h1>"
        b"<p>Russia and Ukraine signed a deal in Istanbul on Friday to reopen Black Sea ports for grain exports.</p>"
        b"<script>document.write('<p>injected by script</p>')</script><style>p{color:red}</style>"
        b"<p>The agreement, brokered by Turkey and the United Nations, is meant to ease a global food crisis.</p>"
        b"</article></body></html>"
    ), 1)
    put("scripts-only.html", b"<html><body><script>while(true){}</script></body></html>", 0, [""])
    put("control-chars.txt", b"Title\n\n" + b"\x01\x02\x03\x04\x05\x06\x07\x08" * 200, 0, [""])
    return expect


@pytest.fixture(scope="module")
def hostile(tmp_path_factory, demo_items):
    folder = tmp_path_factory.mktemp("hostile")
    good = [read_path(item).articles[0].text + "\n\nA hostile-suite copy." for item in demo_items[:2]]
    return folder, build(folder, good)


def test_every_item_gets_a_result_or_one_error_naming_it(hostile, tmp_path, demo_items, demo_manifest):
    folder, expect = hostile
    db = tmp_path / "store.duckdb"
    assert ingest(demo_items, db=db, manifest=demo_manifest).new == DEMO_SIZE
    con = open_store(db, read_only=True)
    before = table_counts(con)
    before_ids = {r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()}
    con.close()

    pdf = folder.parent / "named.pdf"
    pdf.write_bytes(b"%PDF-1.4")
    problems, files = [], []
    items = [*corpus_files([folder]), pdf, folder / "does-not-exist.txt"]
    summary = ingest(items, db=db, on_problem=problems.append, on_file=files.append)

    expected_articles = sum(n for n, _ in expect.values())
    expected_problems = sorted(s for _, sources in expect.values() for s in sources)
    expected_problems += [str(pdf), str(folder / "does-not-exist.txt")]
    assert sorted(p.source for p in problems) == sorted(expected_problems)
    assert all(p.reason and "\n" not in p.reason for p in problems)
    assert (summary.new, summary.skipped, summary.problems) == (expected_articles, 0, len(expected_problems))
    assert sum(files) == len(items)

    con = open_store(db, read_only=True)
    after = table_counts(con)
    assert after["articles"] == before["articles"] + expected_articles
    assert before_ids <= {r[0] for r in con.execute("SELECT article_id FROM articles").fetchall()}
    for name, (articles, _) in expect.items():
        stored = con.execute("SELECT count(*) FROM articles WHERE starts_with(source, ?)", [str(folder / name)]).fetchone()[0]
        assert stored == articles, name
    texts = " ".join(r[0] for r in con.execute("SELECT text FROM articles").fetchall())
    assert "injected by script" not in texts and "fake" not in texts and "alert" not in texts
    assert "A row the stray quote swallowed." not in texts  # reported with the row that swallowed it
    con.close()

    again = ingest(items, db=db)
    assert (again.new, again.skipped, again.problems) == (0, expected_articles, len(expected_problems))


def test_reasons_say_what_is_wrong(hostile):
    folder, _ = hostile
    reasons = {}
    for item in corpus_files([folder]):
        for problem in read_path(item).problems:
            reasons[problem.source.removeprefix(str(folder) + os.sep)] = problem.reason
    assert "binary" in reasons["binary.txt"] and "binary" in reasons["image.html"]
    assert "empty" in reasons["empty.txt"] and "empty" in reasons["blank.txt"]
    assert "too large" in reasons["huge.txt"] and "too long" in reasons["huge.csv row 2"]
    assert "more cells" in reasons["malformed.csv row 3"] and "empty" in reasons["malformed.csv row 4"]
    assert "never closes" in reasons["malformed.csv row 6"]
    assert "no 'text' column" in reasons["no-text-column.csv"]
    assert "invalid JSON" in reasons["malformed.jsonl line 2"]
    assert "no article text" in reasons["scripts-only.html"]


def test_cli_prints_one_line_per_problem_and_goes_on(hostile, tmp_path):
    folder, expect = hostile
    done = subprocess.run(
        [sys.executable, "-m", "framing", "ingest", str(folder), "--db", str(tmp_path / "cli.duckdb"), "--quiet"],
        cwd=REPO, capture_output=True, text=True, timeout=600,
    )
    assert done.returncode == 0, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("framing: error: ")]
    expected = [s for _, sources in expect.values() for s in sources]
    assert sorted(line.removeprefix("framing: error: ").split(": ")[0] for line in errors) == sorted(expected)
    articles = sum(n for n, _ in expect.values())
    assert done.stderr.rstrip().endswith(f"{articles} new, 0 skipped (already stored), {len(expected)} problems")
