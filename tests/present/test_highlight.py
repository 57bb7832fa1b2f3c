from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing.present.highlight import article_html

SIGNS = {"kremlin": 1, "ukraine": -1, "neutral": 0}
LABELS = {"kremlin": "Kremlin-aligned", "ukraine": "Ukraine-aligned", "neutral": "Neutral"}


def visible_text(markup: str) -> str:
    """The text a browser would show, without tags, <style> and superscript pole letters."""
    markup = re.sub(r"<style>.*?</style>", "", markup, flags=re.S)
    markup = re.sub(r"<sup>.*?</sup>", "", markup)
    markup = re.sub(r"<span class=\"fr-speaker\".*?</span>", "", markup)
    markup = markup.replace("<br>", "\n").replace("</p><p", "</p>\n\n<p")
    import html

    return html.unescape(re.sub(r"<[^>]+>", "", markup))


@pytest.mark.parametrize(
    "hostile",
    [
        "<script>alert(1)</script>",
        '<img src=x onerror="alert(1)">',
        "a & b < c > d \" ' ",
        "</p></div><iframe src=javascript:alert(1)>",
    ],
)
def test_hostile_text_is_escaped(hostile):
    text = f"Title\n\nBefore {hostile} after Kiev."
    start = text.index("Kiev")
    markup = article_html(text, terms=[{"start": start, "end": start + 4, "pole": "kremlin", "voice": "author", "term": "Kiev"}], pole_signs=SIGNS)
    assert "<script>" not in markup and "<img" not in markup and "<iframe" not in markup
    assert visible_text(markup) == text


def test_terms_and_quotes_are_marked_with_words_not_only_colour():
    text = "Title\n\n“The Kiev regime lies,” said Ivanov. Kyiv answered."
    q_start = text.index("“")
    q_end = text.index("”") + 1
    t1 = text.index("Kiev regime")
    t2 = text.index("Kyiv")
    markup = article_html(
        text,
        terms=[
            {"start": t1, "end": t1 + 11, "pole": "kremlin", "voice": "quoted", "term": "Kiev regime"},
            {"start": t2, "end": t2 + 4, "pole": "ukraine", "voice": "author", "term": "Kyiv"},
        ],
        quotes=[{"start": q_start, "end": q_end, "speaker": "Ivanov", "kind": "direct"}],
        pole_signs=SIGNS,
        pole_labels=LABELS,
        title="Title",
    )
    assert 'class="fr-title"' in markup
    assert "fr-voice-quoted" in markup and "fr-voice-author" in markup
    assert "Kremlin-aligned; inside a quotation" in markup
    assert "<sup>K</sup>" in markup and "<sup>U</sup>" in markup
    assert "[Ivanov]" in markup
    assert visible_text(markup) == text


@pytest.mark.parametrize(
    "bad",
    [{"start": -1, "end": 3}, {"start": 5, "end": 2}, {"start": 0, "end": 10_000}],
)
def test_invalid_offsets_are_ignored(bad):
    markup = article_html("Some text", terms=[{**bad, "pole": "kremlin", "voice": "author"}])
    assert "<mark" not in markup and visible_text(markup) == "Some text"


def test_empty_text():
    assert visible_text(article_html("")) == ""


@given(
    st.text(alphabet=st.sampled_from(list("ab <>&\"'\n“”")), max_size=80),
    st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=6),
)
def test_any_marks_keep_the_text_and_escape_it(text, spans):
    terms = [{"start": a, "end": b, "pole": "kremlin", "voice": "author"} for a, b in spans]
    markup = article_html(text, terms=terms, quotes=terms[:2], pole_signs=SIGNS)
    assert "<script" not in markup
    expected = "\n\n".join(p for p in text.split("\n\n") if p.strip())
    assert visible_text(markup) == expected
