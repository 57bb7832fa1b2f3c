from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from framing.text.sentences import split_sentences


def pieces(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("   \n ", []),
        ("One sentence", ["One sentence"]),
        ("Mr. Smith met Ms. Jones. They talked.", ["Mr. Smith met Ms. Jones.", "They talked."]),
        ("M. Kuleba a parlé. Mme Colonna aussi.", ["M. Kuleba a parlé.", "Mme Colonna aussi."]),
        ("The U.S. and the U.N. agreed. Talks resume.", ["The U.S. and the U.N. agreed.", "Talks resume."]),
        ("J.-Y. Le Drian spoke. He left.", ["J.-Y. Le Drian spoke.", "He left."]),
        ("“There is hope,” he said. “We will win.”", ["“There is hope,” he said.", "“We will win.”"]),
        ("« C'est grave », a-t-il dit. Fin.", ["« C'est grave », a-t-il dit.", "Fin."]),
        ("\"Why?\" he asked. She left.", ["\"Why?\" he asked.", "She left."]),
        ("At 10:00 a.m. (07:00 GMT) it began. Then 1.5 hours.", ["At 10:00 a.m. (07:00 GMT) it began.", "Then 1.5 hours."]),
        ("with the Ukrainians\".The army moved.On Sunday, talks.", ["with the Ukrainians\".", "The army moved.", "On Sunday, talks."]),
        ("Title without stop\n\nBody sentence.", ["Title without stop", "Body sentence."]),
        ("Wait... Really? Yes!", ["Wait...", "Really?", "Yes!"]),
        ("Dr. No. 5 is here.", ["Dr. No. 5 is here."]),
    ],
)
def test_split_sentences(text, expected):
    assert pieces(text) == expected


@given(st.text(alphabet=st.sampled_from([*list("ab .!?\n\"'“”«»MrU.S"), " "]), max_size=300))
def test_spans_are_ordered_valid_and_trimmed(text):
    spans = split_sentences(text)
    previous_end = 0
    for span in spans:
        assert previous_end <= span.start < span.end <= len(text)
        assert not text[span.start].isspace() and not text[span.end - 1].isspace()
        previous_end = span.end
