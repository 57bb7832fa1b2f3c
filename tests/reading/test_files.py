"""Files and folders: every item gets articles or one clear problem; the batch goes on."""

from __future__ import annotations

from framing.reading import read_bytes, read_path, read_paths
from framing.reading.outlets import manifest_from_csv

HTML = b"""<html><head><title>Kyiv braces for winter</title>
<meta property="og:site_name" content="Example Daily">
<meta name="date" content="2022-11-12">
<link rel="canonical" href="https://news.example.org/kyiv-winter"></head>
<body><nav>Home | World | Sport</nav>
<article><h1>Kyiv braces for winter</h1>
<p>Residents of the Ukrainian capital are preparing for power cuts as strikes on the grid continue, officials said on Saturday.</p>
<p>"We have generators in every school," said a city official, adding that heating points would open across the city this week.</p>
<script>alert('x')</script>
</article><footer>Leave a Reply</footer></body></html>"""


def test_html_text_and_metadata():
    result = read_bytes(HTML, name="page.html")
    assert result.problems == []
    (article,) = result.articles
    assert article.title == "Kyiv braces for winter"
    assert article.date == "2022-11-12"
    assert article.url == "https://news.example.org/kyiv-winter"
    assert article.outlet == "Example Daily"  # the page's site name, no table row for it
    assert "generators in every school" in article.text
    assert "alert(" not in article.text and "Home | World" not in article.text


def test_html_without_article_is_a_problem():
    result = read_bytes(b"<html><body><nav>menu</nav></body></html>", name="empty.html")
    assert result.articles == [] and "no article text" in result.problems[0].reason


def test_unsupported_type_and_missing_path():
    assert "unsupported file type '.pdf'" in read_bytes(b"%PDF-1.4", name="x.pdf").problems[0].reason
    results = list(read_paths(["/nonexistent/folder"]))
    assert str(results[0].problems[0]) == "/nonexistent/folder: no such file or folder"


def test_folder_mixing_good_and_bad_files(tmp_path):
    (tmp_path / "good.txt").write_text("Title\n\nA body sentence.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02\x03" * 100)
    (tmp_path / "latin1.txt").write_bytes("Titre\n\nLe président a parlé à l'Élysée.".encode("latin-1"))
    (tmp_path / "nocol.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / "notes.md").write_text("ignored in folders", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("ignored", encoding="utf-8")
    results = list(read_paths([tmp_path]))
    articles = [a for r in results for a in r.articles]
    problems = {p.source.rsplit("/", 1)[-1]: p.reason for r in results for p in r.problems}
    assert sorted(a.title for a in articles) == ["Title", "Titre"]
    assert set(problems) == {"empty.txt", "binary.txt", "nocol.csv"}
    assert "empty" in problems["empty.txt"] and "binary" in problems["binary.txt"]
    latin = next(a for a in articles if a.title == "Titre")
    assert "l'Élysée" in latin.text and "Windows-1252" in latin.warnings[0]


def test_oversized_single_article_is_refused_without_reading_it_as_text():
    result = read_bytes(b"a" * (10 * 1024 * 1024 + 1), name="huge.txt")
    assert result.articles == [] and "file too large" in result.problems[0].reason


def test_outlet_order_file_then_manifest_then_domain_table(tmp_path):
    manifest = manifest_from_csv("file,outlet\nmapped.txt,Mapped Outlet\n", name="m.csv")
    (tmp_path / "mapped.txt").write_text(" date 2022-03-07 https://sputniknews.com/x\n\nT\n\nB", encoding="utf-8")
    (tmp_path / "table.txt").write_text(" date 2022-03-07 https://www.sputniknews.com/y\n\nT\n\nB", encoding="utf-8")
    (tmp_path / "unknown.txt").write_text(" date 2022-03-07 https://blog.example.net/z\n\nT\n\nB", encoding="utf-8")
    outlets = {
        name: read_path(tmp_path / name, manifest=manifest).articles[0].outlet
        for name in ("mapped.txt", "table.txt", "unknown.txt")
    }
    assert outlets == {"mapped.txt": "Mapped Outlet", "table.txt": "Sputnik", "unknown.txt": None}
    row = read_bytes(b"text,outlet\nBody,From File\n", name="mapped.txt.csv", manifest=manifest)
    assert row.articles[0].outlet == "From File"
