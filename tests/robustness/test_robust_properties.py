"""Property-based tests (hypothesis): readers, the sentence splitter and the whole record never
raise on arbitrary input, and every offset they report is valid."""

from __future__ import annotations

import csv
import io
import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.reading import SUPPORTED_SUFFIXES, Article, read_bytes
from framing.text.sentences import split_sentences

SUFFIXES = [*sorted(SUPPORTED_SUFFIXES), ".pdf", ".TXT", ".Html", ".csv.gz"]
# Text with the characters that trouble parsers: quotes, guillemets, breaks, NULs, BOMs, surrogates' neighbours.
TRICKY = st.text(
    alphabet=st.one_of(
        st.characters(codec="utf-8"),
        st.sampled_from(list("\"'“”‘’«»‹›\n\r\t\u2028\u2029\x00\ufeff.!?…,;:—-–()[]<>&=+@ ")),
    ),
    max_size=600,
)
FAST = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


def check(result, name: str) -> None:
    for article in result.articles:
        assert article.text.strip(), "an article must have text"
        article.text.encode("utf-8")  # no lone surrogates: ids, exports and the store encode it
        assert article.source.startswith(name)
    for problem in result.problems:
        assert problem.source.startswith(name) and problem.reason


@FAST
@given(data=st.binary(max_size=4096), suffix=st.sampled_from(SUFFIXES))
def test_read_bytes_never_raises_on_random_bytes(data, suffix):
    name = f"upload{suffix}"
    check(read_bytes(data, name=name), name)


@FAST
@given(text=TRICKY, suffix=st.sampled_from([".txt", ".csv", ".jsonl", ".html"]),
       encoding=st.sampled_from(["utf-8", "utf-16", "utf-16-le", "cp1252", "latin-1", "utf-8-sig"]))
def test_read_bytes_never_raises_on_encoded_text(text, suffix, encoding):
    data = text.encode(encoding, errors="replace")
    check(read_bytes(data, name=f"t{suffix}"), f"t{suffix}")


# JSON can escape lone surrogates ("\ud800"), which json.loads turns into unencodable strings.
SURROGATES = st.text(alphabet=st.one_of(st.characters(codec="utf-8"), st.characters(categories=["Cs"])), min_size=1)
ROW = st.fixed_dictionaries(
    {"text": st.one_of(TRICKY, SURROGATES, st.none(), st.integers())},
    optional={"title": TRICKY, "outlet": TRICKY, "date": st.text(max_size=12), "language": st.text(max_size=6),
              "url": TRICKY},
)


@FAST
@given(rows=st.lists(ROW, min_size=1, max_size=8), ascii_only=st.booleans())
def test_tables_give_one_result_per_row(rows, ascii_only):
    # Unescaped U+2028 or U+0085 inside a JSON string is valid JSON Lines (lines end at \n only).
    lines = [json.dumps(row, ensure_ascii=ascii_only) for row in rows]
    # A lone surrogate cannot be UTF-8: surrogatepass writes the invalid bytes a broken file holds.
    result = read_bytes("\n".join(lines).encode(errors="surrogatepass"), name="t.jsonl")
    check(result, "t.jsonl")
    assert len(result.articles) + len(result.problems) == len(rows)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["text", "title", "outlet", "date", "language", "url"])
    writer.writeheader()
    writer.writerows(rows)
    check(read_bytes(out.getvalue().encode(errors="surrogatepass"), name="t.csv"), "t.csv")


@settings(max_examples=400, deadline=None, database=None)
@given(text=TRICKY)
def test_sentence_spans_are_valid_ordered_and_cover_the_text(text):
    spans = split_sentences(text)
    previous_end = 0
    covered = set()
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        piece = text[span.start : span.end]
        assert piece == piece.strip() and piece
        covered.update(range(span.start, span.end))
        previous_end = span.end
    assert all(i in covered for i, ch in enumerate(text) if not ch.isspace())


@settings(max_examples=60, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=TRICKY.filter(str.strip), language=st.sampled_from([None, "en", "fr", "de"]))
def test_records_never_raise_and_offsets_point_into_the_text(pipeline, text, language):
    record = pipeline.score(Article(source="prop.txt", text=text, language=language)).to_dict()
    n = len(record["text"])
    for sentence in record["sentences"]:
        assert 0 <= sentence["start"] < sentence["end"] <= n
    for term in record["terms"]:
        assert record["text"][term["start"] : term["end"]] == term["text"]
    for quote in record["quotes"]:
        assert 0 <= quote["start"] <= quote["end"] <= n
    json.dumps(record)  # the export format must hold any record
