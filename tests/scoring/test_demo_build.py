"""The scored demo corpus the set-up command builds: found only under its pack and fingerprint."""

from __future__ import annotations

import json

import pytest

import framing.scoring.demo as demo
from tests.conftest import DEMO_SIZE


@pytest.fixture
def build_dir(tmp_path, monkeypatch):
    monkeypatch.setattr(demo, "BUILT_DEMO_DIR", tmp_path / "demo")
    return tmp_path / "demo"


def test_a_build_is_read_back_for_its_pack_and_fingerprint_only(build_dir):
    path = demo.build_demo("russia-ukraine")
    fingerprint = demo.demo_fingerprint()
    assert path == build_dir / f"russia-ukraine-{fingerprint}.json"
    records, problems = demo.built_demo("russia-ukraine", fingerprint)
    assert len(records) == DEMO_SIZE and problems == []
    assert demo.built_demo("russia-ukraine", "0" * 16) is None
    assert demo.built_demo("another-pack", fingerprint) is None
    assert not list(build_dir.glob("*.partial"))


def test_a_rebuild_replaces_the_old_one_and_a_damaged_file_is_ignored(build_dir):
    build_dir.mkdir()
    old = build_dir / "russia-ukraine-ffffffffffffffff.json"
    old.write_text(json.dumps({"records": [], "problems": []}))
    path = demo.build_demo("russia-ukraine")
    assert not old.exists() and path.exists()
    path.write_text('{"records": [')
    assert demo.built_demo("russia-ukraine", demo.demo_fingerprint()) is None
