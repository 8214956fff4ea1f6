"""Shared fixtures: every test gets its own data folder; nothing touches the user's folders."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from kompetansekart.paths import HOME_ENV
from kompetansekart.storage.officefile import OfficeFile


@pytest.fixture(autouse=True)
def isolated_home(tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point the data folder (backups, logs, settings) at a fresh temporary folder."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv(HOME_ENV, str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))
    return home


@pytest.fixture
def office(tmp_path: Path) -> Iterator[OfficeFile]:
    """A new office file with the starter catalogue, open for writing."""
    f = OfficeFile.create(tmp_path / "kontor.kkart", "NAV Testby", municipality="Testby",
                          county="Innlandet", region="Hedmarken")
    yield f
    f.close()
