"""The gazetteer's blocking index finds every alias a name-only match could accept."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz.distance import Levenshtein

from framing.sources.actors.candidates import NAME_ONLY_SURNAME, name_index, sound, word_similarity


def brute_force(index, surname: str) -> set[int]:
    found = set()
    for kind, by, key in ((0, index.by_surname, surname), (1, index.by_sound, sound(surname))):
        if kind == 1 and len(key) < 3:
            continue
        for word in by:
            if Levenshtein.normalized_similarity(key, word) >= NAME_ONLY_SURNAME - 1e-9:
                found.update(by[word])
    return found


@settings(max_examples=300, deadline=None, database=None)
@given(data=st.data())
def test_near_equals_brute_force(gazetteer, data) -> None:
    index = name_index(gazetteer)
    word = data.draw(st.sampled_from(index.surnames))
    edits = data.draw(st.lists(st.tuples(st.integers(0, 20), st.sampled_from("abcdeiklmnorsuvyz"), st.integers(0, 2)), max_size=3))
    for position, char, op in edits:
        i = min(position, len(word))
        word = word[:i] + char + word[i + 1 :] if op == 0 else word[:i] + char + word[i:] if op == 1 else word[:i] + word[i + 1 :]
    if not word:
        return
    got = {id(a) for a in index.near(word)}
    assert got == {id(index.aliases[i]) for i in brute_force(index, word)}


def test_word_similarity_takes_the_better_of_spelling_and_sound() -> None:
    assert word_similarity("sejourne", "sejourne") == 1.0
    assert word_similarity("segournet", "sejourne") > 0.8
    assert word_similarity("lavrov", "zelensky") < 0.5
