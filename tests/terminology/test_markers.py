from __future__ import annotations

import pytest

from framing.terminology import markers
from framing.terminology.markers import gap_allows, markers_in, trailing_marker_at


def leading(text: str) -> list[tuple[str, str]]:
    """Return (text before each leading marker's end, rule) for ``text``."""
    found = markers_in(text)
    return [(text[max(0, end - 30) : end].split("\n")[-1], rule)
            for end, rule in zip(found.leading_ends, found.leading_rules, strict=True)]


@pytest.mark.parametrize(
    ("text", "rules"),
    [
        ("", []),
        ("Nothing to see here.", []),
        ("the so-called republics", ["near"]),
        ("what Moscow calls a war", ["near_object"]),
        ("which Russia calls its operation", ["near_object"]),
        ("Russia calls its war an operation", ["object"]),
        ("Moscow calls for talks", []),
        ("Kyiv called on the West", []),
        ("what Moscow says is a war", ["near"]),
        ("Moscow says is", []),  # "says" counts only after what/which/that
        ("described by the Kremlin as", ["as_"]),
        ("dubbed by Moscow a", ["near_object"]),
        ("the Kremlin-described operation", ["near"]),
        ("the term special operation", ["tight+object"]),
        ("Russia terms its war a", ["tight+object"]),
        ("long-term plans", []),
        ("under the pretext of", ["near"]),
        ("Putin has falsely claimed that", ["clause"]),
        ("Russia accused Kyiv of", ["of_+de"]),
        ("at present, the war", []),
        ("la soi-disant république", ["near"]),
        ("ce que Moscou appelle", ["near_object"]),
        ("la Russie appelle à la paix", []),
        ("que Moscou qualifie d'", ["de"]),
        ("présentée par Moscou comme", ["comme"]),
        ("selon la terminologie du Kremlin", ["near"]),
        ("la guerre dite opération", ["near"]),
        ("la guerre dite", []),  # « dite » needs a word after it
        ("il a dit que", []),
        ("sous couvert de", ["near"]),
        ("mettre un terme à", ["tight"]),
        ("SO-CALLED İstanbul", ["near"]),  # a character that changes length: case-insensitive fallback
    ],
)
def test_leading_markers(text: str, rules: list[str]) -> None:
    assert [rule for _, rule in leading(text)] == rules


@pytest.mark.parametrize(
    ("rule", "gap", "allowed"),
    [
        ("near", " ", True),
        ("near", " humanitarian ", True),
        ("near", " its “", True),
        ("near", ", the ", True),
        ("near", " experts say the ", False),
        ("near", " l'", True),
        ("object", " its invasion of Ukraine a ", True),
        ("object", " it a ", True),
        ("object", " the ", False),  # the term is the object, not its new name
        ("object", " the results of the ", False),
        ("object", " for ", False),
        ("object", " the war, which began, a ", False),
        ("object", " journalists who reported the ", False),
        ("near_object", " a ", True),
        ("near_object", " the war in Ukraine a ", True),
        ("as_", " as a ", True),
        ("as_", " the images as a ", True),
        ("as_", " by the Kremlin as a ", True),
        ("as_", " the strike as a response to the ", False),
        ("as_", " in the ", False),
        ("of_", " Kyiv of ", True),
        ("of_", " Kyiv of shelling the ", False),
        ("de", " d'", True),
        ("de", " l'invasion d'", True),
        ("de", " par Moscou d'", True),
        ("comme", " comme une ", True),
        ("comme", " par Moscou comme une ", True),
        ("comme", " une ", False),
        ("tight", " ", True),
        ("tight", " “", True),
        ("tight", " of ", True),
        ("tight", " d'« ", True),
        ("tight", " à l'", False),
        ("clause", " that Ukraine is run by ", True),
        ("clause", ", without providing evidence, that the ", True),
        ("clause", ". Later the ", False),
        ("tight+object", " its war a ", True),
        ("tight+object", " “", True),
    ],
)
def test_gap_rules(rule: str, gap: str, allowed: bool) -> None:
    assert gap_allows(rule, gap) is allowed


@pytest.mark.parametrize(
    ("text", "pos", "found"),
    [
        ("war, as Moscow calls it, goes on", 5, True),
        ("war, as it is called in Russia", 5, True),
        ("war, the Kremlin's term for it", 5, True),
        ("war, a term used by Moscow", 5, True),
        ("war, without providing evidence", 5, True),
        ("guerre, comme l'appelle Moscou", 8, True),
        ("guerre, selon la terminologie du Kremlin", 8, True),
        ("guerre, sans apporter de preuves", 8, True),
        ("war, as expected", 5, False),
        ("war, the Kremlin said", 5, False),
    ],
)
def test_trailing_markers(text: str, pos: int, found: bool) -> None:
    assert trailing_marker_at(markers_in(text), pos) is found


@pytest.mark.parametrize(
    "text",
    [
        "so-called " * 100_000,  # 1 MB of one marker
        "what " * 200_000,
        "que " * 250_000,
        "calls it a " * 80_000,
        "«" * 100_000 + "dite",
        "\x00\u200b\ufeff" * 1000 + "so-called",
    ],
)
def test_hostile_text_is_linear(text: str) -> None:
    found = markers_in(text)
    assert len(found.leading_ends) == len(found.leading_rules) <= len(text)
    assert found.leading_ends == sorted(found.leading_ends)


@pytest.mark.parametrize(
    "pattern",
    ["(?:a|b)c", "?x", "ab|cd", "a*"],
)
def test_marker_patterns_must_start_with_a_fixed_letter(pattern: str) -> None:
    with pytest.raises(ValueError, match="fixed letter"):
        markers._by_first_letter([(pattern, "near")])
