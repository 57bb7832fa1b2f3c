from __future__ import annotations

from pathlib import Path

import pytest

from framing.sources import analyse_sources
from framing.sources.actors import Gazetteer, load_gazetteer
from framing.sources.quotes import ReportingVerbs, load_verbs
from framing.text.sentences import split_sentences

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture(scope="session")
def verbs() -> ReportingVerbs:
    return load_verbs()


@pytest.fixture(scope="session")
def quotes_of(gazetteer):
    """Return a function: text, language, date → the record's quotes (the whole chain)."""

    def run(text: str, language: str = "en", date: str | None = "2024-01-15") -> list[dict]:
        sentences = [(s.start, s.end, None) for s in split_sentences(text)]
        return analyse_sources(text, language=language, date=date, gazetteer=gazetteer, sentences=sentences).quotes

    return run
