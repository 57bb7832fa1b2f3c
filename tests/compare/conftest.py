"""Fixtures for the comparison statistics: the demo corpus, scored once per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def demo(pipeline) -> list[dict]:
    """Records of the bundled demo corpus (48 fictional articles)."""
    from framing.scoring.demo import demo_records

    records, problems = demo_records(pipeline)
    assert not problems
    return records
