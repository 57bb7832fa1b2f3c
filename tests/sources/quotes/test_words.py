"""The closed word lists around cues (``context`` in data/reporting_verbs.yaml)."""

from __future__ import annotations

import copy

import pytest
import yaml

from framing.sources.quotes.words import CUE_WORDS, VERBS_FILE, CueWordsError, parse_cue_words


def test_lists_are_loaded_in_normal_form() -> None:
    assert "s'est" in CUE_WORDS.fr_auxiliaries and "pour sa part" in CUE_WORDS.fr_adverbs
    assert "him" in CUE_WORDS.addressees and "estimates" in CUE_WORDS.data_nouns


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["context"].pop("gap_words"), "context lists missing: gap_words"),
        (lambda d: d["context"]["fr_adverbs"].pop("about"), "context.fr_adverbs: missing 'about'"),
        (lambda d: d["context"]["addressees"].__setitem__("words", [1, 2]), "context.addressees: words"),
        (lambda d: d.pop("context"), "expected a 'context' mapping"),
    ],
)
def test_malformed_lists_are_named(change, message) -> None:
    data = copy.deepcopy(yaml.safe_load(VERBS_FILE.read_text(encoding="utf-8")))
    change(data)
    with pytest.raises(CueWordsError) as error:
        parse_cue_words(data, source="reporting_verbs.yaml")
    assert "reporting_verbs.yaml" in str(error.value) and message in str(error.value)
