"""The README matches the code: commands, CLI, record format, lexicon categories."""

from __future__ import annotations

import json
import re

import pytest

from framing.cli import COMMANDS
from framing.record.model import RECORD_FIELDS
from framing.terminology import available_packs, load_pack
from tests.conftest import REPO

README = (REPO / "README.md").read_text(encoding="utf-8")


def section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, flags=re.S | re.M)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def test_exactly_two_setup_commands_and_ci_runs_the_test_one():
    block = re.search(r"```sh\n(.*?)```", section("Two commands"), flags=re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["make dashboard", "make test"]
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^dashboard:", makefile, flags=re.M) and re.search(r"^test:", makefile, flags=re.M)
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, flags=re.M)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_cli_command_is_documented(command):
    assert f"| `{command}` |" in README, f"README's command table lacks `{command}`"
    assert f"python -m framing {command}" in README


def test_record_example_has_exactly_the_record_fields():
    example = re.search(r"```json\n(.*?)```", section("The article record"), flags=re.S).group(1)
    record = json.loads(example)
    assert tuple(record) == RECORD_FIELDS
    table = section("The article record")
    for field in RECORD_FIELDS:
        assert f"`{field}`" in table, field


@pytest.mark.parametrize(
    ("pack", "category"),
    [(pack, c.id) for pack in available_packs() for c in load_pack(pack).categories],
)
def test_every_lexicon_category_is_documented(pack, category):
    assert f"`{category}`" in section("Topic packs"), f"{pack}: category `{category}` not in README"


@pytest.mark.parametrize("pack", available_packs())
def test_every_pack_is_documented(pack):
    assert f"`{pack}`" in section("Topic packs")
