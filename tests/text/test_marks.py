from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from framing.text.marks import Quotation, containing, is_scare_quote, quotations
from framing.text.tokens import word_count


def spans(text: str) -> list[tuple[str, str, int]]:
    """Return (quoted words, mark, depth) for each quotation, in order."""
    return [(q.inner(text), q.mark, q.depth) for q in quotations(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", []),
        ("No quotes at all.", []),
        ('He said "hello" today.', [("hello", "double", 0)]),
        ("He said “hello” today.", [("hello", "curly", 0)]),
        ("Il a dit « bonjour » hier.", [("bonjour", "guillemet", 0)]),
        ("Il a dit «bonjour» hier.", [("bonjour", "guillemet", 0)]),
        ("Il a dit «\u00a0bonjour\u00a0» hier.", [("bonjour", "guillemet", 0)]),
        ("Il a dit «\u202fbonjour\u202f» hier.", [("bonjour", "guillemet", 0)]),
        ("She called it ‘aggression’ again.", [("aggression", "single", 0)]),
        ("She called it 'aggression' again.", [("aggression", "single", 0)]),
        ("('War') is over", [("War", "single", 0)]),
        ('"Stop," he said, "now."', [("Stop,", "double", 0), ("now.", "double", 0)]),
        ('the Kiev regime, "for eight years."In response', [("for eight years.", "double", 0)]),
        ("Un «‹ nid ›» est là", [("‹ nid ›", "guillemet", 0), ("nid", "guillemet", 1)]),
    ],
)
def test_marks(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Don't say that.", []),
        ("L'Otan et l'Ukraine aujourd'hui.", []),
        ("Kiev's mayor and Kievan Rus' history.", []),
        ("The Russians' claims and the soldiers' letters.", []),
        ("Don’t go; l’Otan; Kiev’s mayor; Kievan Rus’ too.", []),
        ("It's Kievan Rus' 'heritage', he wrote.", [("heritage", "single", 0)]),
        ("the '90s were rough", []),
        ("'tis the season, y'all", []),
    ],
)
def test_apostrophes_are_not_quotes(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "“The West calls it ‘aggression’ today,” he said.",
            [("The West calls it ‘aggression’ today,", "curly", 0), ("aggression", "single", 1)],
        ),
        (
            "« Il a parlé d’une “opération spéciale” hier », dit-il.",
            [("Il a parlé d’une “opération spéciale” hier", "guillemet", 0),
             ("opération spéciale", "curly", 1)],
        ),
        (
            "\"He said 'no' and 'never',\" she said.",
            [("He said 'no' and 'never',", "double", 0), ("no", "single", 1), ("never", "single", 1)],
        ),
        # Sloppy typing: the same mark nested inside itself still pairs from the inside out.
        (
            '"He called it "genocide" today," he said.',
            [('He called it "genocide" today,', "double", 0), ("genocide", "double", 1)],
        ),
    ],
)
def test_nested(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(text) == expected


@pytest.mark.parametrize(
    ("text", "quoted", "paragraphs"),
    [
        # English convention: each continued paragraph re-opens, only the last closes.
        ("“First part.\n\n“Second part.\n\n“Third part,” he said.", "“First part.\n\n“Second part.\n\n“Third part,”", 3),
        ('"One.\n\n"Two," he said.', '"One.\n\n"Two,"', 2),
        # French convention: « across paragraphs, continued with « or ».
        ("« Un.\n\n» Deux. » fin", "« Un.\n\n» Deux. »", 2),
        ("« Un.\n« Deux. » fin", "« Un.\n« Deux. »", 2),
        # A hard-wrapped line inside a guillemet or curly quote.
        ("« Nous ne sommes pas\nen guerre », a dit X.", "« Nous ne sommes pas\nen guerre »", 2),
        ("“We are not\nat war,” he said.", "“We are not\nat war,”", 2),
    ],
)
def test_multi_paragraph(text: str, quoted: str, paragraphs: int) -> None:
    [q] = quotations(text)
    assert (text[q.start : q.end], q.paragraphs, q.depth) == (quoted, paragraphs, 0)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An unclosed mark is abandoned at its paragraph end; later quotes still pair.
        ("He said “nothing\n\nLater she said “yes” firmly.", [("yes", "curly", 0)]),
        ('He said "nothing\n\nLater "yes" firmly.', [("yes", "double", 0)]),
        ("« jamais fermé\n\nPuis « oui » enfin.", [("oui", "guillemet", 0)]),
        ("Only an opener “ here", []),
        ("Only a closer ” here", []),
        ("Stray » and « marks", []),
        ("Unclosed ‘inner in “outer text” ok", [("outer text", "curly", 0)]),
        ("“Outer with unclosed ‘inner,” he said.", [("Outer with unclosed ‘inner,", "curly", 0)]),
        ("\"\"\"\"\"", []),
        ("“”“”‘’«»", []),
        ("''''", []),
    ],
)
def test_unbalanced(text: str, expected: list[tuple[str, str, int]]) -> None:
    assert spans(text) == expected


def test_unclosed_mark_does_not_swallow_a_long_text() -> None:
    text = "He said “never closed. " + "Filler sentence here. " * 2000 + "\n\nShe said “yes” there."
    assert spans(text) == [("yes", "curly", 0)]


def test_hard_wrap_is_bounded() -> None:
    text = "“Opened\n" + "line\n" * 20 + "closed” here."
    assert quotations(text) == []


def test_offsets_and_fields() -> None:
    text = "A «\u00a0so-called   republic\u00a0» here."
    [q] = quotations(text)
    assert q == Quotation(2, 26, 4, 24, "guillemet", 0, 1, 2)
    assert text[q.start] == "«" and text[q.end - 1] == "»"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", 0),
        ("so-called", 1),
        ("l'Otan aujourd’hui", 2),
        ("Special military operation!", 3),
        ("— … «»", 0),
    ],
)
def test_word_count(text: str, expected: int) -> None:
    assert word_count(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Russia launched its “special military operation” in February.", True),
        ("Le Kremlin parle d’« opération militaire spéciale » depuis.", True),
        ("Moscow's 'liberation' of the town continued.", True),
        ("Moscow is “intentionally” seeking to cause victims, accused Mr. Blinken.", False),
        ("Putin said it was a “special military operation” on Thursday.", False),
        ("Poutine a déclaré que c'était une « opération spéciale ».", False),
        ("Selon lui, c’est une « opération spéciale ».", False),
        ("According to Lavrov, it is a “special operation”.", False),
        ("His reply: “never again”.", False),
        ("« Il faut tenir », a-t-il dit.", False),
        ("A “special military operation” that has lasted two years and counted", True),
        ("They spoke of a “very long special military operation”.", False),
        ("“We will win.” Then nothing.", False),
        ("The “U.S. aggression” theme returned.", True),
    ],
)
def test_is_scare_quote(text: str, expected: bool) -> None:
    [q] = [q for q in quotations(text) if q.depth == 0]
    assert is_scare_quote(text, q) is expected


def test_is_scare_quote_max_words() -> None:
    text = "They spoke of a “very long special military operation” again."
    [q] = quotations(text)
    assert (is_scare_quote(text, q), is_scare_quote(text, q, max_words=5)) == (False, True)


def test_containing_outermost_first() -> None:
    text = "“The West calls it ‘aggression’ today,” he said."
    quotes = quotations(text)
    start = text.index("aggression")
    assert [q.mark for q in containing(quotes, start, start + 10)] == ["curly", "single"]
    assert containing(quotes, 0, 1) == []


@pytest.mark.parametrize(
    "text",
    [
        "word " * 200_000,
        "“" * 50_000 + "”" * 50_000,
        "‘" * 30_000 + "”" * 30_000,
        '"' * 100_001,
        "'" * 100_000,
        "\n“\n" * 20_000,
        "\x00\x01\x1b[31m “ctrl\x07” \x7f",
        "🙂 “emoji 🙂 inside” 👍🏽 «🇺🇦»",
        "قال «الحرب» اليوم و\"السلام\" غدا",
        "\u202eRTL override “x”\u202c",
    ],
)
def test_hostile_text(text: str) -> None:
    result = quotations(text)
    assert_valid(text, result)


def assert_valid(text: str, result: list[Quotation]) -> None:
    assert [q.start for q in result] == sorted(q.start for q in result)
    for q in result:
        assert 0 <= q.start < q.inner_start <= q.inner_end < q.end <= len(text)
        assert text[q.start] in "\"'“”‘’«»‹›" and text[q.end - 1] in "\"'“”‘’«»‹›"
        assert q.mark in {"double", "curly", "guillemet", "single"}
        assert q.words >= 0 and q.paragraphs >= 1 and q.depth >= 0


_ALPHABET = st.sampled_from(list("ab Éé\n\n-’'\"“”‘’«»‹›.,:!?\u00a0ß"))


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=80).map("".join))
def test_property_offsets_valid(text: str) -> None:
    result = quotations(text)
    assert_valid(text, result)
    for q in result:
        assert isinstance(is_scare_quote(text, q), bool)
        # Quotations nest or are disjoint, never cross.
        for other in result:
            disjoint = q.end <= other.start or other.end <= q.start
            nested = q.start <= other.start and other.end <= q.end
            assert disjoint or nested or (other.start <= q.start and q.end <= other.end)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=120))
def test_property_any_unicode(text: str) -> None:
    assert_valid(text, quotations(text))
