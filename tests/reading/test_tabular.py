from __future__ import annotations

import json

from framing.reading import read_bytes


def test_csv_rows_with_optional_fields_and_bad_rows():
    data = (
        b"title,text,outlet,url,date,language\n"
        b"T1,Body one.,Outlet A,https://a.org/1,2022-03,fr\n"
        b",,Outlet B,,,\n"
        b"T3,\"Multi\nline body.\",,https://sputniknews.com/x,07.03.2022,\n"
        b"T4,Body four.,,,not a date,\n"
    )
    result = read_bytes(data, name="corpus.csv")
    assert [a.title for a in result.articles] == ["T1", "T3", "T4"]
    first = result.articles[0]
    assert (first.outlet, first.date, first.language, first.text) == ("Outlet A", "2022-03", "fr", "T1\n\nBody one.")
    assert result.articles[1].date == "2022-03-07"
    assert result.articles[1].text == "T3\n\nMulti\n\nline body."
    assert result.articles[2].date is None and result.articles[2].warnings
    assert [str(p) for p in result.problems] == ["corpus.csv row 3: 'text' is empty; row skipped"]


def test_csv_without_text_column_names_the_columns():
    result = read_bytes(b"title,body\nA,B\n", name="bad.csv")
    assert result.articles == []
    assert str(result.problems[0]) == "bad.csv: CSV has no 'text' column (columns found: 'title', 'body')"


def test_csv_row_with_too_many_cells():
    result = read_bytes(b"text,title\nok body,T\nx,y,z\n", name="c.csv")
    assert len(result.articles) == 1
    assert "row 3" in str(result.problems[0])


def test_jsonl_good_bad_and_missing_rows():
    lines = [
        json.dumps({"text": "Body one.", "title": "T1", "outlet": "O"}),
        "{not json",
        json.dumps(["a list"]),
        json.dumps({"title": "no text"}),
        "",
        json.dumps({"text": 42}),
        json.dumps({"Text": "Capitalised key works.", "date": "2023-06-06"}),
    ]
    result = read_bytes("\n".join(lines).encode(), name="c.jsonl")
    assert [a.text for a in result.articles] == ["T1\n\nBody one.", "Capitalised key works."]
    assert [p.source for p in result.problems] == ["c.jsonl line 2", "c.jsonl line 3", "c.jsonl line 4", "c.jsonl line 6"]
    assert "invalid JSON" in result.problems[0].reason
    assert "not a string" in result.problems[3].reason
