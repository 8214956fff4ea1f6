"""The layers stay apart: nothing below the UI imports Qt or pyqtgraph."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "kompetansekart"
QT_FREE = ["domain", "storage", "services", "exchange", "reports", "commands"]
FORBIDDEN = ("PySide6", "pyqtgraph", "kompetansekart.ui")


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in ast.walk(tree):
        # Imports inside functions are allowed in commands (the GUI is started on demand).
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.lineno, node.module))
    return found


def _top_level_imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = []
    for node in tree.body:
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            found.append((node.lineno, node.module))
    return found


@pytest.mark.parametrize("layer", QT_FREE)
def test_layer_imports_no_qt(layer: str) -> None:
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        # Commands may start the GUI, but only from inside a function.
        imports = _top_level_imports(path) if layer == "commands" else _imports(path)
        offenders += [f"{path.name}:{line} {name}" for line, name in imports
                      if name.startswith(FORBIDDEN)]
    assert offenders == []


def test_cli_module_imports_no_qt_at_top() -> None:
    offenders = [name for _, name in _top_level_imports(PACKAGE / "cli.py")
                 if name.startswith(FORBIDDEN)]
    assert offenders == []
