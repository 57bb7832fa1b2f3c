"""Acceptance on the five seed articles, read at run time from the shared corpus (never copied)."""

from __future__ import annotations

from pathlib import Path

import pytest

from framing.reading import read_path
from framing.resources import LEXICON_DIR
from framing.terminology import TerminologyResult, analyse_terms, load_pack
from framing.text.language import detected_language

SEEDS = Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus" / "seeds"
PACK = "russia-ukraine"

pytestmark = [
    pytest.mark.skipif(not SEEDS.is_dir(), reason=f"seed corpus absent ({SEEDS})"),
    pytest.mark.skipif(not (LEXICON_DIR / f"{PACK}.yaml").exists(), reason=f"{PACK} pack absent"),
]


@pytest.fixture(scope="module")
def seeds() -> dict[str, TerminologyResult]:
    """Return each seed's terminology result, keyed by its number ("001", …)."""
    lexicon = load_pack(PACK)
    results = {}
    for path in sorted(SEEDS.glob("*.txt")):
        read = read_path(path)
        assert not read.problems, read.problems
        [article] = read.articles
        guess = detected_language(article.text)
        language = article.language or (guess.code if guess else None)
        # The article's date picks dated weights, as in the pipeline.
        results[path.name[:3]] = analyse_terms(article.text, language=language, lexicon=lexicon,
                                               date=article.date)
    assert {"001", "002", "003", "004"} <= set(results)
    return results


def index(result: TerminologyResult) -> float:
    assert result.terminology_index is not None, "no weighted author-voice terms"
    return result.terminology_index


def test_sputnik_says_special_military_operation_in_its_own_voice(seeds: dict[str, TerminologyResult]) -> None:
    voices = {h.voice for h in seeds["001"].terms if h.text.lower() == "special military operation"}
    assert "author" in voices


def test_sputnik_is_the_most_kremlin_aligned(seeds: dict[str, TerminologyResult]) -> None:
    scored = {k: r.terminology_index for k, r in seeds.items() if r.terminology_index is not None}
    assert index(seeds["001"]) == max(scored.values()) > 0


def test_canadian_article_is_clearly_on_the_ukrainian_side(seeds: dict[str, TerminologyResult]) -> None:
    assert index(seeds["002"]) <= -0.3


def test_french_kiev_is_neutral_not_kremlin(seeds: dict[str, TerminologyResult]) -> None:
    kiev = [h for h in seeds["003"].terms if h.text == "Kiev"]
    assert kiev and all(h.language == "fr" for h in kiev)
    assert {(h.pole, h.weight) for h in kiev} == {("neutral", 0.0)}


def test_arabic_outlet_lies_strictly_between_sputnik_and_canadian(seeds: dict[str, TerminologyResult]) -> None:
    assert index(seeds["002"]) < index(seeds["004"]) < index(seeds["001"])


def test_every_hit_points_at_its_text(seeds: dict[str, TerminologyResult]) -> None:
    for number, result in seeds.items():
        text = read_path(next(SEEDS.glob(f"{number}_*.txt"))).articles[0].text
        assert all(text[h.start : h.end] == h.text for h in result.terms), number


def test_reported_speech_keeps_spellings_in_author_voice(seeds: dict[str, TerminologyResult]) -> None:
    reported = [h for r in seeds.values() for h in r.terms if h.voice == "reported"]
    assert reported, "the seeds relay claims in indirect speech"
    assert all(h.category != "place-names" for h in reported)
