"""The boilerplate rules: reviewed data, refused with the entry named when malformed or too greedy."""

from __future__ import annotations

import pytest

from framing.reading.boilerplate import (
    MAX_REGEX_LINE,
    boilerplate_rules,
    longest_match,
    rules_from_entries,
)


@pytest.mark.parametrize(
    ("pattern", "longest"),
    [("share", 5), ("connect with us\\s*:?", 17), ("(>>|►)\\s*.{1,200}", 203), ("a.*", None), ("x{0,500}", 500)],
)
def test_longest_match_counts_a_space_run_as_one_character(pattern, longest):
    width = longest_match(pattern)
    assert width == longest if longest is not None else width > 10_000


@pytest.mark.parametrize(
    ("entry", "message"),
    [
        ({"pattern": "", "match": "exact"}, "entry 1 has no pattern"),
        ({"pattern": "(unclosed", "match": "regex"}, "bad regex"),
        ({"pattern": "related:.*", "match": "regex"}, f"longer than {MAX_REGEX_LINE}"),
        ({"pattern": "share", "match": "fuzzy"}, "unknown match 'fuzzy'"),
    ],
)
def test_malformed_entries_are_refused_by_number(entry, message):
    with pytest.raises(ValueError, match=message) as caught:
        rules_from_entries([entry], source="test.yaml")
    assert "test.yaml: entry 1" in str(caught.value)


@pytest.mark.parametrize(
    ("line", "chrome"),
    [
        ("Connect  with   us", True),
        ("Read more…", True),
        ("x" * 1000, False),
        ("Share " + "word " * 100, False),  # a long line is never tested against the regexes
        ("", False),
    ],
)
def test_shipped_rules(line, chrome):
    assert boilerplate_rules().matches(line) is chrome
