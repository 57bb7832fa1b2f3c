"""On the five real seed articles (read at run time, never copied): every person quoted
directly is found once under the right canonical name, and no caption line is a quote."""

from __future__ import annotations

import re

import pytest

# Speakers of the direct quotes of each seed, canonical names (names only, no seed text).
DIRECT_SPEAKERS = {
    "000": {"Clément Beaune"},
    "001": {"Jean-Yves Le Drian"},
    "002": {"Antony Blinken", "Frédéric Lasserre"},
    "003": {"Dmytro Kuleba"},
    "004": {"Stéphane Séjourné"},
}


@pytest.mark.parametrize("prefix", sorted(DIRECT_SPEAKERS))
def test_direct_speakers_are_found_once_under_their_canonical_name(seed_records, prefix) -> None:
    record = seed_records[prefix]
    direct = {q.speaker for q in record.quotes if q.kind == "direct" and q.speaker}
    assert DIRECT_SPEAKERS[prefix] <= direct
    names = [a.name for a in record.actors]
    for speaker in DIRECT_SPEAKERS[prefix]:
        assert names.count(speaker) == 1


@pytest.mark.parametrize(
    ("prefix", "name", "forms"),
    [
        # machine translation garbles two French ministers: each is one actor
        ("000", "Clément Beaune", {"Clément Bon", "Clement Bon"}),
        ("004", "Stéphane Séjourné", {"Stephane Ségournet", "Sigourney", "Sigournet"}),
    ],
)
def test_machine_translation_variants_are_one_actor(seed_records, prefix, name, forms) -> None:
    actors = [a for a in seed_records[prefix].actors if a.name == name]
    assert len(actors) == 1 and forms <= set(actors[0].surface_forms)
    assert actors[0].gazetteer_id is not None
    others = [a for a in seed_records[prefix].actors if a.name != name and set(a.surface_forms) & forms]
    assert others == []


def caption_lines(text: str) -> list[tuple[int, int]]:
    """Short stand-alone lines with no quotation mark and no final full stop (the title aside)."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        line = match.group().strip()
        if match.start() == 0 or not line or len(line.split()) > 12 or re.search(r"[\"“”«»]|[.!?…:]$", line):
            continue
        spans.append((match.start(), match.end()))
    return spans


@pytest.mark.parametrize("prefix", sorted(DIRECT_SPEAKERS))
def test_no_caption_line_becomes_a_quote(seed_records, prefix) -> None:
    record = seed_records[prefix]
    for start, end in caption_lines(record.text):
        for quote in record.quotes:
            assert quote.end <= start or end <= quote.start, (record.text[start:end], quote.text[:60])


def test_a_caption_is_never_the_speaker_of_the_next_paragraph(seed_records) -> None:
    # Seed 002 has a caption naming Xi Jinping after a paragraph quoting a researcher.
    assert all(q.speaker != "Xi Jinping" for q in seed_records["002"].quotes)


@pytest.mark.parametrize("prefix", sorted(DIRECT_SPEAKERS))
def test_offsets_point_into_the_text(seed_records, prefix) -> None:
    record = seed_records[prefix]
    for quote in record.quotes:
        assert quote.text in record.text[quote.start : quote.end]
