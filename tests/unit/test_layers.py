"""The layers stay apart: domain ← storage ← services/exchange/reports ← commands/ui; Qt in ui."""

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


#: Which packages each layer may import (besides itself): domain ← storage ←
#: services/exchange/reports ← commands/ui. Within the middle layer the file formats (exchange)
#: sit below the services and reports that write them; the three never import each other back.
#: The top-level helpers (paths, logsetup, ...) are free.
ALLOWED = {
    "domain": set(),
    "storage": {"domain"},
    "exchange": {"domain", "storage"},
    "services": {"domain", "storage", "exchange"},
    "reports": {"domain", "storage", "exchange"},
    "commands": {"domain", "storage", "services", "exchange", "reports", "ui"},
    "ui": {"domain", "storage", "services", "exchange", "reports"},
}


@pytest.mark.parametrize("layer", sorted(ALLOWED))
def test_layer_imports_only_layers_below(layer: str) -> None:
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for line, name in _imports(path):
            parts = name.split(".")
            if parts[0] != "kompetansekart" or len(parts) < 2:
                continue
            target = parts[1]
            if target in ALLOWED and target != layer and target not in ALLOWED[layer]:
                offenders.append(f"{path.relative_to(PACKAGE)}:{line} {name}")
    assert offenders == []


def test_ui_holds_no_sql() -> None:
    # The window reads through storage (reader.py, plan_reader.py) and writes through services.
    offenders = [f"{path.relative_to(PACKAGE)}:{number}"
                 for path in sorted((PACKAGE / "ui").rglob("*.py"))
                 for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
                 if any(word in line for word in ('"SELECT ', '"INSERT ', '"UPDATE ',
                                                  '"DELETE ', ".query(", ".execute("))]
    assert offenders == []
