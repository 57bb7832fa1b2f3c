"""Property tests (hypothesis): on arbitrary text the quote extractor and the whole actor
analysis never raise, and every offset they report is valid."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from framing.sources import analyse_sources
from framing.sources.quotes import extract_quotes

PIECES = st.one_of(
    st.characters(codec="utf-8"),
    st.sampled_from(
        [*list("\"'“”‘’«»‹›\n\r\t\xa0.!?…,;:—–-()"), " said ", " told ", "According to ", " a déclaré ", ", a-t-il ajouté", "selon ", "Mr. ", "M. ", "Anna Berg", " the minister ", "Le ministre", "\n\n", ": ", "Sigourney", " that ", " que "]
    ),
)
TEXT = st.lists(PIECES, max_size=150).map("".join)
FAST = settings(max_examples=250, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(text=TEXT, language=st.sampled_from(["en", "fr"]))
def test_extract_quotes_never_raises_and_spans_are_valid(text, language) -> None:
    previous_end = 0
    for quote in extract_quotes(text, language=language):
        assert 0 <= quote.start <= quote.content_start <= quote.content_end <= quote.end <= len(text)
        assert previous_end <= quote.start  # in order, not overlapping
        previous_end = quote.end
        assert quote.kind in ("direct", "indirect", "mixed")
        if quote.zone is not None:
            assert 0 <= quote.zone[0] <= quote.zone[1] <= len(text)


@FAST
@given(text=TEXT, language=st.sampled_from(["en", "fr"]), date=st.sampled_from([None, "2022-03", "2024-04-01"]))
def test_analyse_actors_never_raises_and_offsets_are_valid(gazetteer, text, language, date) -> None:
    result = analyse_sources(text, language=language, date=date, gazetteer=gazetteer, sentences=[])
    names = {a["name"] for a in result.actors}
    for quote in result.quotes:
        assert 0 <= quote["start"] <= quote["end"] <= len(text)
        assert quote["text"] in text[quote["start"] : quote["end"]]
        assert quote["speaker"] is None or quote["speaker"] in names
    for actor in result.actors:
        assert len(actor["mentions"]) + actor["quotes"] > 0
        assert all(text[m["start"] : m["end"]] == m["text"] for m in actor["mentions"])
        assert all(form in text for form in actor["surface_forms"])
