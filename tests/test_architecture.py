"""The package's shape: imports run one way, modules stay small, ``framing/`` has no loose modules.

Every ``import`` statement counts, at module level or inside a function: a lazy import
up the flow is still a dependency up the flow.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "framing"

# The flow, lowest first. A module may import its own layer's package and any lower layer;
# the three analysers share a rank but never import one another.
LAYERS: dict[str, int] = {
    "framing.resources": 0,
    "framing.reading": 1,
    "framing.text": 2,
    "framing.sentiment": 3,
    "framing.terminology": 3,
    "framing.sources": 3,
    "framing.record": 4,
    "framing.scoring": 5,
    "framing.store": 6,
    "framing.compare": 7,
    "framing.present": 8,
    "framing.cli": 9,
    "framing.__main__": 10,
    "framing": 10,  # the package's own __init__ re-exports from below
}
LOOSE_MODULES = {"__init__.py", "__main__.py", "cli.py", "resources.py"}
MAX_LINES = 400


def module_name(path: Path) -> str:
    """Return the dotted module name of a file under ``framing/``."""
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def layer_of(module: str) -> str:
    """Return the layer (a key of ``LAYERS``) that a dotted ``framing`` module belongs to."""
    best = max((key for key in LAYERS if module == key or module.startswith(key + ".")), key=len)
    return best


def imported_modules(path: Path) -> list[tuple[int, str]]:
    """Return (line, module) for every ``framing`` import in a file, at any depth."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            if node.module == "framing":
                found += [(node.lineno, f"framing.{alias.name}") for alias in node.names]
            elif node.module.startswith("framing."):
                found.append((node.lineno, node.module))
        elif isinstance(node, ast.Import):
            found += [(node.lineno, a.name) for a in node.names if a.name.split(".")[0] == "framing"]
    return found


MODULES = sorted(PACKAGE.rglob("*.py"))


@pytest.mark.parametrize(
    ("module", "expected"),
    [
        ("framing.text.marks", "framing.text"),
        ("framing.sources.quotes.verbs", "framing.sources"),
        ("framing.resources", "framing.resources"),
        ("framing.cli", "framing.cli"),
        ("framing", "framing"),
    ],
)
def test_layer_of(module, expected) -> None:
    assert layer_of(module) == expected


def upward_imports(path: Path) -> list[str]:
    """Return the imports of one file that point to a higher layer or a sibling analyser."""
    own = layer_of(module_name(path))
    wrong = []
    for line, target in imported_modules(path):
        other = layer_of(target)
        if other == own:
            continue
        if LAYERS[other] >= LAYERS[own]:
            wrong.append(f"{path.relative_to(PACKAGE.parent)}:{line} imports {target}")
    return wrong


def test_no_import_runs_against_the_flow() -> None:
    wrong = [problem for path in MODULES for problem in upward_imports(path)]
    assert wrong == []


def test_the_check_catches_an_upward_import(tmp_path) -> None:
    # The check itself must be able to fail: a text module that imports the store.
    fake = PACKAGE / "text" / "_probe_for_test.py"
    try:
        fake.write_text("def f():\n    from framing.store import open_store\n", encoding="utf-8")
        assert upward_imports(fake) == ["framing/text/_probe_for_test.py:2 imports framing.store"]
    finally:
        fake.unlink()


def test_no_import_cycle_between_modules() -> None:
    graph = {module_name(p): {t for _, t in imported_modules(p)} for p in MODULES}
    # An import of a package runs its __init__: follow those edges too.
    seen: dict[str, int] = {}
    cycle: list[str] = []

    def visit(node: str, stack: list[str]) -> bool:
        seen[node] = 1
        for target in sorted(graph.get(node, ())):
            if target not in graph:
                continue
            if seen.get(target) == 1:
                cycle.extend([*stack[stack.index(target):], target] if target in stack else [node, target])
                return True
            if not seen.get(target) and visit(target, [*stack, target]):
                return True
        seen[node] = 2
        return False

    for module in sorted(graph):
        if not seen.get(module) and visit(module, [module]):
            break
    assert cycle == []


def test_every_module_is_small() -> None:
    big = [
        f"{p.relative_to(PACKAGE.parent)} ({n} lines)"
        for p in MODULES
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    ]
    assert big == []


def test_framing_keeps_no_loose_module() -> None:
    loose = sorted(p.name for p in PACKAGE.glob("*.py") if p.name not in LOOSE_MODULES)
    assert loose == []


def test_every_layer_exists() -> None:
    missing = [key for key in LAYERS if key != "framing" and not (
        (PACKAGE.parent / key.replace(".", "/")).is_dir()
        or (PACKAGE.parent / (key.replace(".", "/") + ".py")).is_file()
    )]
    assert missing == []


def test_framing_never_imports_streamlit() -> None:
    found = [
        f"{p.relative_to(PACKAGE.parent)}:{node.lineno}"
        for p in MODULES
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8")))
        if isinstance(node, ast.Import | ast.ImportFrom)
        and any(
            (name or "").split(".")[0] == "streamlit"
            for name in ([node.module] if isinstance(node, ast.ImportFrom) else [a.name for a in node.names])
        )
    ]
    assert found == []
