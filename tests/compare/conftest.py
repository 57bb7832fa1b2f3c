"""Fixtures for the comparison statistics: the demo corpus, scored once per session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def demo(pipeline) -> list[dict]:
    """Records of the bundled demo corpus (48 fictional articles), in their JSON form: the
    statistics are checked against counts of the public format."""
    from framing.scoring.demo import demo_records

    records, problems = demo_records(pipeline)
    assert not problems
    return [r.to_dict() for r in records]
