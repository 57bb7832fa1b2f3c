from __future__ import annotations

import pytest
import yaml

from framing.present.glossary import GLOSSARY_COLUMNS, glossary_frame, lexicon_yaml, matching_rows
from framing.terminology import available_packs, lexicon_from_dict, load_pack


@pytest.fixture(scope="module")
def glossary():
    return glossary_frame(load_pack("russia-ukraine"))


def test_every_usage_is_a_row_with_explanation_and_source(glossary):
    assert list(glossary.columns) == list(GLOSSARY_COLUMNS)
    assert len(glossary) > 100
    assert (glossary["explanation"].str.len() > 0).all()
    assert (glossary["sources"].str.len() > 0).all()


@pytest.mark.parametrize(
    ("query", "must_contain"),
    [("kyiv", ["kyiv"]), ("KIEV regime", ["kiev", "regime"]), ("opération militaire", ["opération", "militaire"]),
     ("", None)],
)
def test_search(glossary, query, must_contain):
    rows = matching_rows(glossary, query)
    if must_contain is None:
        assert len(rows) == len(glossary)
    else:
        assert 0 < len(rows) < len(glossary)
        text = rows.astype(str).agg(" ".join, axis=1).str.casefold()
        for word in must_contain:
            assert text.str.contains(word, regex=False).all()


def test_no_match_is_empty(glossary):
    assert matching_rows(glossary, "zzzz-not-a-term").empty


@pytest.mark.parametrize("pack", available_packs())
def test_downloaded_yaml_loads_back_to_the_same_lexicon(pack):
    lexicon = load_pack(pack)
    again = lexicon_from_dict(yaml.safe_load(lexicon_yaml(lexicon)), source="download.yaml")
    assert again.fingerprint == lexicon.fingerprint


def test_dated_weights_are_shown(glossary):
    kiev = glossary[(glossary["variant"] == "Kiev") & (glossary["language"] == "en")]
    assert kiev["dates"].tolist() == [
        "before 2019-08-14: 0 · 2019-08-14 to 2022-02-01: 0.25 · otherwise and undated: 0.5"]
    kiev_fr = glossary[(glossary["variant"] == "Kiev") & (glossary["language"] == "fr")]
    assert kiev_fr["dates"].tolist() == [""]
    assert kiev_fr["explanation"].str.startswith("In French").all()


def test_dated_weights_from_a_since_only_period():
    from framing.present.glossary import dated_weights
    from framing.terminology.model import Period, Usage

    usage = Usage("en", "kremlin", 0.5, ("Kiev",), periods=(Period(1.0, since="2024-01-01"),))
    assert dated_weights(usage) == "from 2024-01-01: 1 · otherwise and undated: 0.5"
