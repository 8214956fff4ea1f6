"""pyproject.toml finds every package, so none goes missing from a wheel or a frozen build."""

from __future__ import annotations

import tomllib
from pathlib import Path

from setuptools import find_namespace_packages

ROOT = Path(__file__).resolve().parents[2]


def test_packages_are_found_not_listed() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    setuptools = config["tool"]["setuptools"]
    assert "packages" not in setuptools or "find" in setuptools["packages"]
    find = setuptools["packages"]["find"]
    found = set(find_namespace_packages(str(ROOT), include=find["include"]))
    packages = {".".join(path.parent.relative_to(ROOT).parts)
                for path in (ROOT / "kompetansekart").rglob("__init__.py")}
    assert packages - found == set()
    # The resources are mapped from the top-level folder and still found as a package.
    assert "kompetansekart.resources" in found
    assert setuptools["package-dir"]["kompetansekart.resources"] == "resources"
