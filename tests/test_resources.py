"""The YAML data files read with libyaml's loader give the same documents as the pure-Python one."""

from __future__ import annotations

import pytest
import yaml

from framing.resources import DATA_DIR, yaml_document

FILES = sorted(DATA_DIR.rglob("*.yaml"))


def test_there_are_data_files():
    assert len(FILES) >= 5


@pytest.mark.parametrize("path", FILES, ids=[str(p.relative_to(DATA_DIR)) for p in FILES])
def test_c_loader_reads_each_data_file_as_safe_load_does(path):
    text = path.read_text(encoding="utf-8")
    assert yaml_document(text) == yaml.safe_load(text)


@pytest.mark.parametrize(("text", "expected"), [("", None), ("a: 1", {"a": 1}), ("- x\n- y", ["x", "y"])])
def test_yaml_document(text, expected):
    assert yaml_document(text) == expected


def test_yaml_document_refuses_python_tags():
    with pytest.raises(yaml.YAMLError):
        yaml_document("!!python/object/apply:os.system ['true']")
