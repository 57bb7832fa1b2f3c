"""The README matches the code (in the manner of sqlite-utils' ``tests/test_docs.py``): its two
commands, every Python example run against a store of the demo corpus, every ``framing.*`` name it
gives, every CLI command and flag, the record example and field table, the packs and categories.

The record example is produced from the dataclasses by ``record_example`` below, never typed by
hand: when the analysers change, ``UPDATE_README=1 pytest tests/test_docs.py`` rewrites it.
"""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import os
import re

import pytest

from framing.cli import COMMANDS, build_parser
from framing.reading import read_path
from framing.reading.outlets import load_manifest
from framing.record import RECORD_FIELDS, Record
from framing.scoring.demo import DEMO_MANIFEST
from framing.terminology import available_packs, load_pack
from tests.conftest import REPO

README_PATH = REPO / "README.md"
README = README_PATH.read_text(encoding="utf-8")
# The demo article the record example shows.
EXAMPLE_ARTICLE = "data/demo/articles/meridian-press/2022-09-30-referendums-annexation.txt"


def section(title: str) -> str:
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, flags=re.S | re.M)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


def python_blocks(text: str) -> list[str]:
    """Return the code of every ```python block of ``text``."""
    return re.findall(r"^```python\n(.*?)^```", text, flags=re.S | re.M)


def framing_names(text: str) -> list[str]:
    """Return every dotted ``framing.…`` name written in code font in ``text``."""
    names = re.findall(r"`(framing(?:\.[A-Za-z_]\w*)+)(?:\([^`]*\))?`", text)
    return sorted(set(names))


def resolves(name: str) -> bool:
    """Return whether a dotted name is a module or an attribute of one."""
    parts = name.split(".")
    for cut in range(len(parts), 0, -1):
        try:
            target = importlib.import_module(".".join(parts[:cut]))
        except ImportError:
            continue
        for attribute in parts[cut:]:
            if not hasattr(target, attribute):
                return False
            target = getattr(target, attribute)
        return True
    return False


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("see `framing.store.open_store` and `framing.text`", ["framing.store.open_store", "framing.text"]),
        ("call `framing.reading.fetch.read_url(url)` once", ["framing.reading.fetch.read_url"]),
        ("plain framing.store is not code font; `framing` alone is no dotted name", []),
        ("", []),
    ],
)
def test_framing_names_are_read_from_code_font(text, expected):
    assert framing_names(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("framing.store.open_store", True), ("framing.text.tokens.WORD", True),
     ("framing.store.term_counts", False), ("framing.nowhere.at_all", False)],
)
def test_resolves(name, expected):
    assert resolves(name) is expected


def test_exactly_two_setup_commands_and_ci_runs_the_test_one():
    block = re.search(r"```sh\n(.*?)```", section("Two commands"), flags=re.S).group(1)
    commands = [line.split("#")[0].strip() for line in block.splitlines() if line.strip()]
    assert commands == ["make dashboard", "make test"]
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert re.search(r"^dashboard:", makefile, flags=re.M) and re.search(r"^test:", makefile, flags=re.M)
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r"^make test$", ci, flags=re.M)


@pytest.mark.parametrize("name", framing_names(README))
def test_every_framing_name_in_the_readme_exists(name):
    assert resolves(name), f"README names `{name}`, which does not exist"


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    """A folder like the one the README's examples run in: ``corpus.duckdb`` ingested from the
    demo corpus, and the repository's ``data/`` beside it."""
    from framing.reading import corpus_files
    from framing.scoring.demo import DEMO_ARTICLES
    from framing.store import ingest

    folder = tmp_path_factory.mktemp("readme")
    ingest(list(corpus_files([DEMO_ARTICLES])), db=folder / "corpus.duckdb", manifest=load_manifest(DEMO_MANIFEST))
    (folder / "data").symlink_to(REPO / "data")
    return folder


PYTHON_BLOCKS = python_blocks(README)


def test_the_readme_has_python_examples():
    assert len(PYTHON_BLOCKS) >= 2


@pytest.mark.parametrize("code", PYTHON_BLOCKS, ids=[f"block{i}" for i in range(len(PYTHON_BLOCKS))])
def test_every_python_example_runs(code, corpus_dir, monkeypatch):
    monkeypatch.chdir(corpus_dir)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(compile(code, "README.md", "exec"), {"__name__": "readme_example"})
    assert printed.getvalue().strip(), "each example prints what it shows"


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_every_cli_command_is_documented(command):
    assert f"| `{command}` |" in README, f"README's command table lacks `{command}`"
    assert f"python -m framing {command}" in README


def cli_flags() -> list[tuple[str, str]]:
    """Return ``(command, --flag)`` for every option of every subcommand's ``--help``."""
    parser = build_parser()
    sub = next(a for a in parser._actions if a.__class__.__name__ == "_SubParsersAction")
    return sorted(
        (command, flag)
        for command, subparser in sub.choices.items()
        for action in subparser._actions
        for flag in action.option_strings
        if flag.startswith("--") and flag != "--help"
    )


def test_cli_flags_are_found():
    assert ("ingest", "--db") in cli_flags() and ("score", "--format") in cli_flags()


@pytest.mark.parametrize(("command", "flag"), cli_flags())
def test_every_cli_flag_is_documented(command, flag):
    usages = re.findall(rf"^\S*python -m framing {command} PATH[^\n]*", README, flags=re.M)
    assert any(flag in usage for usage in usages), f"README's `{command}` usage line lacks {flag}"
    prose = "\n".join(line for line in README.splitlines() if "python -m framing" not in line)
    assert re.search(rf"(\*\*|`){re.escape(flag)}\b", prose), f"README never explains {flag}"


def record_example(record: Record) -> dict:
    """Return the README's example of a record: the text cut to 150 characters and only the first
    two sentences and terms, one quote and one actor kept."""
    data = record.to_dict()
    data["text"] = data["text"][:150] + "…"
    for name, keep in (("sentences", 2), ("terms", 2), ("quotes", 1), ("actors", 1)):
        data[name] = data[name][:keep]
    return data


def example_json(data: dict) -> str:
    """Return the example as the README shows it: a field a line, list items a line each."""
    dump = lambda value: json.dumps(value, ensure_ascii=False)  # noqa: E731
    lines = []
    for key, value in data.items():
        if isinstance(value, list) and value:
            items = ",\n".join(f"    {dump(item)}" for item in value)
            lines.append(f'  "{key}": [\n{items}\n  ]')
        else:
            lines.append(f'  "{key}": {dump(value)}')
    return "{\n" + ",\n".join(lines) + "\n}\n"


def test_record_example_is_a_real_demo_record(pipeline):
    (article,) = read_path(REPO / EXAMPLE_ARTICLE, manifest=load_manifest(DEMO_MANIFEST)).articles
    record = pipeline.score(article)
    expected = example_json(record_example(record)).replace(str(REPO) + "/", "")
    current = re.search(r"```json\n(.*?)```", section("The article record"), flags=re.S).group(1)
    if os.environ.get("UPDATE_README") and current != expected:
        README_PATH.write_text(README.replace(current, expected), encoding="utf-8")
        pytest.skip("README's record example rewritten; run again")
    assert current == expected, "README's record example is stale: UPDATE_README=1 pytest tests/test_docs.py"


def test_record_table_describes_every_field():
    table = section("The article record")
    for field in RECORD_FIELDS:
        assert f"| `{field}`" in table or f", `{field}`" in table, field


@pytest.mark.parametrize(
    ("pack", "category"),
    [(pack, c.id) for pack in available_packs() for c in load_pack(pack).categories],
)
def test_every_lexicon_category_is_documented(pack, category):
    assert f"`{category}`" in section("Topic packs"), f"{pack}: category `{category}` not in README"


@pytest.mark.parametrize("pack", available_packs())
def test_every_pack_is_documented(pack):
    assert f"`{pack}`" in section("Topic packs")
