from __future__ import annotations

import pytest

from framing.sources.actors import Gazetteer, load_gazetteer


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    """The project gazetteer, loaded once for the session."""
    return load_gazetteer()
