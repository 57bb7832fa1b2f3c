from __future__ import annotations

from pathlib import Path

import pytest

from framing.terminology import Lexicon, load_lexicon

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(scope="session")
def mini() -> Lexicon:
    """The small deterministic test lexicon (tests/terminology/fixtures/mini.yaml)."""
    return load_lexicon(FIXTURES / "mini.yaml")
