"""The county's «Regional oversikt» window: files, folders, drag and drop, refused files,
the heatmaps and the regional report."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot
from uihelpers import GUI

from kompetansekart import demo
from kompetansekart.exchange import jsonfile
from kompetansekart.services import sharing
from kompetansekart.storage.officefile import OfficeFile
from kompetansekart.ui.region.window import RegionWindow

pytestmark = GUI


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """Three demo offices as summaries, one more as a full file, and some bad files."""
    folder = tmp_path_factory.mktemp("fylke")
    result: dict[str, Path] = {}
    for seed, size in ((31, 6), (32, 12), (33, 9), (34, 5)):
        path = demo.generate(folder / f"kontor{seed}.kkart", staff=size, seed=seed)
        if seed == 34:
            result["full"] = path
            continue
        office = OfficeFile.open(path, make_backup=False)
        try:
            target = folder / f"kontor{seed}.kkdel"
            sharing.export_summary(office, target)
            result[f"s{seed}"] = target
        finally:
            office.close()
        path.unlink()
    bad = folder / "feil.kkdel"
    bad.write_text("dette er ikke en oppsummering", encoding="utf-8")
    result["bad"] = bad
    doc = json.loads(result["s31"].read_bytes())
    doc["version"] = 2
    newer = folder / "nyere.kkdel"
    newer.write_bytes(jsonfile.dump(doc))
    result["newer"] = newer
    result["folder"] = folder
    yield result


def make_window(qtbot: QtBot) -> RegionWindow:
    window = RegionWindow()
    qtbot.addWidget(window)
    window.show()
    return window


def _names(window: RegionWindow) -> list[str]:
    assert window.overview is not None
    return [o.name for o in window.overview.offices]


def test_overview_from_files(qtbot: QtBot, files: dict[str, Path]) -> None:
    window = make_window(qtbot)
    assert window.stack.currentWidget() is window.empty
    assert not window.report_action.isEnabled()
    overview = window.load_files([files["s31"], files["s32"], files["s33"], files["full"]])
    assert len(overview.offices) == 4 and overview.refused == []
    assert window.stack.currentIndex() == 1
    assert window.report_action.isEnabled()
    assert not window.refused_box.isVisible()
    model = window.need_model
    assert model.columnCount() == 4
    # Offices are grouped by area: the header names area and office.
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(4)]
    areas = [h.split("\n")[0] for h in headers]
    assert areas == sorted(areas, key=str.lower)
    # Category heading rows span the table; competence rows carry counts.
    assert isinstance(model.rows[0], str)
    assert window.need_view.columnSpan(0, 0) == 4
    row = next(i for i, r in enumerate(model.rows) if not isinstance(r, str)
               and r.name == "Motiverende intervju")
    for column in range(4):
        text = model.data(model.index(row, column))
        office = overview.offices[column]
        comp = overview.cell(column, model.rows[row].uuid)
        assert comp is not None
        assert text == str(comp.with_gap)
        assert model.data(model.index(row, column), Qt.ItemDataRole.BackgroundRole) is not None
    tip = model.data(model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
    assert "Personer med gap" in tip and office.name.split()[0] in tip
    assert window.coverage_model.columnCount() == 4
    assert window.shared_table.model().rowCount() == len(overview.shared_needs)
    assert window.requests_table.model().rowCount() == len(overview.requests) > 0
    assert window.tabs.tabText(3) == f"Bestillinger ({len(overview.requests)})"


def test_bad_files_are_refused_and_the_rest_load(qtbot: QtBot, files: dict[str, Path]) -> None:
    window = make_window(qtbot)
    window.load_files([files["s31"], files["bad"], files["s32"], files["newer"]])
    assert sorted(_names(window)) == sorted(
        json.loads(files[k].read_bytes())["office"]["name"] for k in ("s31", "s32"))
    assert window.refused_box.isVisible()
    refused = window.refused_table.model()
    assert refused.rowCount() == 2
    reasons = {refused.rows[r][0]: refused.rows[r][1] for r in range(2)}
    assert "ikke en oppsummeringsfil" in reasons["feil.kkdel"]
    assert "nyere versjon" in reasons["nyere.kkdel"]
    assert "2 filer avvist" in window.status.text()


def test_folder_dialog_and_report(qtbot: QtBot, files: dict[str, Path],
                                  tmp_path: Path) -> None:
    window = make_window(qtbot)
    window.ask_folder = lambda *_a: str(files["folder"])
    window.folder_action.trigger()
    assert len(_names(window)) == 4  # three summaries and the full file
    assert window.refused_table.model().rowCount() == 2
    target = tmp_path / "rapport"
    window.ask_save = lambda *_a: str(target)
    window.report_action.trigger()
    pdf = target.with_suffix(".pdf")
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Regional oversikt over kompetanse" in text
    assert "feil.kkdel" in text
    window.clear_action.trigger()
    assert window.stack.currentWidget() is window.empty


def test_drop_files_loads_them(qtbot: QtBot, files: dict[str, Path]) -> None:
    window = make_window(qtbot)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(files["s33"])), QUrl.fromLocalFile(str(files["bad"]))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert len(_names(window)) == 1
    assert window.refused_table.model().rowCount() == 1
    # A second drop adds to what is loaded.
    mime2 = QMimeData()
    mime2.setUrls([QUrl.fromLocalFile(str(files["s31"]))])
    window.dropEvent(QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime2,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    assert len(_names(window)) == 2


@pytest.mark.qt_log_ignore("does not support raise", "does not support propagateSizeHints")
def test_main_window_opens_the_region_window(qtbot: QtBot) -> None:
    from kompetansekart.ui.main_window import MainWindow

    main = MainWindow(remember=False)
    qtbot.addWidget(main)
    main.region_action.trigger()
    region = main._region_window
    assert isinstance(region, RegionWindow)
    qtbot.addWidget(region)
    assert region.isVisible()
