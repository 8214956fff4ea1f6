"""The view registry: every view builds from its typed factory, lazily, and a broken one fails."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from uihelpers import GUI

from kompetansekart.storage.officefile import OfficeFile
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.main_window import MainWindow
from kompetansekart.ui.settings import Settings
from kompetansekart.ui.views import VIEWS, ShowsTarget, ViewSpec

pytestmark = GUI


@pytest.fixture
def window(qtbot: QtBot, office: OfficeFile) -> Iterator[MainWindow]:
    win = MainWindow(Settings(), remember=False)
    qtbot.addWidget(win)
    win.set_office(office)
    win.show()
    yield win
    win.close()


@pytest.mark.parametrize("spec", VIEWS, ids=[spec.key for spec in VIEWS])
def test_every_view_builds_from_its_factory(ctx: OfficeContext, spec: ViewSpec) -> None:
    view = spec.factory(ctx, None)
    try:
        assert isinstance(view, QWidget)
    finally:
        view.deleteLater()


def test_views_that_show_targets_say_so(ctx: OfficeContext) -> None:
    able = []
    for spec in VIEWS:
        view = spec.factory(ctx, None)
        if isinstance(view, ShowsTarget):
            able.append(spec.key)
        view.deleteLater()
    assert able == ["staff", "roles", "catalogue", "matrix", "experts", "heatmap", "plan"]


def test_a_view_is_built_only_when_first_shown(window: MainWindow) -> None:
    built = [key for key in window.view_actions
             if window.page(key) is not None and window.page(key).view is not None]  # type: ignore[union-attr]
    assert built == ["overview"]
    window.show_view("heatmap")
    page = window.page("heatmap")
    assert page is not None and page.view is not None


def test_a_broken_view_raises_instead_of_becoming_a_label(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(ctx: OfficeContext, parent: QWidget | None = None) -> QWidget:
        raise RuntimeError("broken view")

    page = window.page("roles")
    assert page is not None
    monkeypatch.setattr(page, "spec", page.spec._replace(factory=broken))
    with pytest.raises(RuntimeError, match="broken view"):
        window.show_view("roles")


def test_pyqtgraph_is_imported_only_when_the_heatmap_is_shown(tmp_path: object) -> None:
    script = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from pathlib import Path
from kompetansekart.storage.officefile import OfficeFile
from kompetansekart.ui.app import application
from kompetansekart.ui.main_window import MainWindow
from kompetansekart.ui.settings import Settings
app = application()
path = Path(sys.argv[1]) / "k.kkart"
OfficeFile.create(path, "NAV Test").close()
w = MainWindow(Settings(), remember=False)
w.set_office(OfficeFile.open(path))
for key in ("staff", "roles", "catalogue", "matrix", "experts", "plan", "sharing"):
    w.show_view(key)
app.processEvents()
before = "pyqtgraph" in sys.modules
w.show_view("heatmap")
print(before, "pyqtgraph" in sys.modules)
w.close()
"""
    done = subprocess.run([sys.executable, "-c", script, str(tmp_path)], capture_output=True,
                          text=True, check=True, timeout=120)
    assert done.stdout.split() == ["False", "True"]
