"""Main window: opening and refusing files, undo labels, navigation, settings, start-up."""

from __future__ import annotations

import json
import logging
import sqlite3
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QImage, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from uihelpers import GUI, Modal, read

from kompetansekart import cli
from kompetansekart.services import staff
from kompetansekart.storage import lock
from kompetansekart.storage.officefile import OfficeFile
from kompetansekart.ui import app as app_module
from kompetansekart.ui import crash
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.main_window import MainWindow
from kompetansekart.ui.overview.view import Entry, OverviewView
from kompetansekart.ui.settings import Settings
from kompetansekart.ui.staff.view import StaffView

pytestmark = GUI

MY_VIEWS = ("overview", "staff", "roles", "catalogue")


@pytest.fixture
def window(qtbot: QtBot) -> Iterator[MainWindow]:
    win = MainWindow(Settings())
    qtbot.addWidget(win)
    win.show()
    yield win
    win.close()


def new_file(folder: Path, name: str = "kontor.kkart", office: str = "NAV Testby") -> Path:
    path = folder / name
    OfficeFile.create(path, office).close()
    return path


def close_box(texts: list[str]) -> object:
    def act(widget: QWidget) -> None:
        assert isinstance(widget, QMessageBox)
        texts.append(widget.text())
        widget.accept()
    return act


def refused_files(folder: Path) -> dict[str, Path]:
    text = folder / "notater.kkart"
    text.write_text("Dette er bare tekst.\n" * 20, encoding="utf-8")
    foreign = folder / "annet.kkart"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE t (x)")
    conn.execute("INSERT INTO t VALUES (1)")
    conn.commit()
    conn.close()
    newer = new_file(folder, "nyere.kkart")
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    damaged = new_file(folder, "skadet.kkart")
    raw = damaged.read_bytes()
    damaged.write_bytes(raw[:4096] + b"\x00\xff" * 3000)
    return {"ikke en Kompetansekart-fil": text, "annet program": foreign,
            "nyere versjon": newer, "skadet": damaged}


def test_refused_file_shows_reason_and_keeps_current_office(
        qtbot: QtBot, window: MainWindow, tmp_path: Path, modal: Modal) -> None:
    current = new_file(tmp_path)
    assert window.open_path(current)
    ctx = window.ctx
    title = window.windowTitle()
    for reason, path in refused_files(tmp_path).items():
        before = path.read_bytes()
        texts: list[str] = []
        modal.next(close_box(texts))
        assert not window.open_path(path)
        assert texts and reason in texts[0], (reason, texts)
        assert path.name in texts[0]
        assert path.read_bytes() == before, "a refused file is not touched"
        assert not lock.lock_path(path).exists()
        assert window.ctx is ctx and window.windowTitle() == title
        assert window.ctx.office.path == current
        assert str(path.resolve()) not in window.settings.recent_files


def test_title_names_office_and_file_and_read_only_holder(
        window: MainWindow, tmp_path: Path) -> None:
    path = new_file(tmp_path, office="NAV Hamar")
    lock.lock_path(path).write_text(json.dumps(
        {"user": "kari", "host": "annen-maskin", "pid": 1, "since": "27.11.2026 08:00"}),
        encoding="utf-8")
    assert window.open_path(path)
    assert window.ctx is not None and window.ctx.office.readonly
    title = window.windowTitle()
    assert title.startswith(f"NAV Hamar — {path}")
    assert "skrivebeskyttet" in title and "kari på annen-maskin" in title
    assert window.banner.isVisible() and "kari" in window.banner.text()


def test_replacing_office_rebuilds_context_and_releases_old_file(
        qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first = new_file(tmp_path, "a.kkart", "NAV A")
    second = new_file(tmp_path, "b.kkart", "NAV B")
    assert window.open_path(first)
    old_ctx = window.ctx
    old_view = window.view("staff")
    assert lock.lock_path(first).exists()
    assert window.open_path(second)
    assert window.ctx is not old_ctx
    assert window.view("staff") is not old_view
    assert not lock.lock_path(first).exists()
    assert window.windowTitle().startswith("NAV B")
    assert Settings().recent_files[:2] == [str(second.resolve()), str(first.resolve())]


def test_drop_a_kkart_file_opens_it(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> None:
    first = new_file(tmp_path, "a.kkart", "NAV A")
    second = new_file(tmp_path, "b.kkart", "NAV B")
    window.open_path(first)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(second))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.ctx is not None and window.ctx.office.path == second)


def test_failed_signal_shows_a_message(window: MainWindow, tmp_path: Path,
                                       modal: Modal) -> None:
    window.open_path(new_file(tmp_path))
    texts: list[str] = []
    modal.next(close_box(texts))
    assert window.ctx is not None
    window.ctx.failed.emit("Kunne ikke lagre: disken er full. Endringen er ikke lagret.")
    assert texts == ["Kunne ikke lagre: disken er full. Endringen er ikke lagret."]


def test_undo_redo_actions_name_the_change(window: MainWindow, tmp_path: Path) -> None:
    path = new_file(tmp_path)
    window.open_path(path)
    ctx = window.ctx
    assert ctx is not None
    assert not window.undo_action.isEnabled()
    ctx.apply(staff.add_team, "Mottak")
    assert window.undo_action.isEnabled()
    assert window.undo_action.text() == "&Angre «Legg til team «Mottak»»"
    assert window.undo_action.shortcuts() == [QKeySequence("Ctrl+Z")]
    assert window.redo_action.shortcuts() == [QKeySequence("Ctrl+Y"),
                                              QKeySequence("Ctrl+Shift+Z")]
    window.undo_action.trigger()
    assert read(path, "SELECT count(*) FROM team") == [(0,)]
    assert window.redo_action.text() == "&Gjør om «Legg til team «Mottak»»"
    assert "Angret" in window.statusBar().currentMessage()
    window.redo_action.trigger()
    assert read(path, "SELECT name FROM team") == [("Mottak",)]


def test_view_menu_has_ctrl_number_shortcuts(window: MainWindow, tmp_path: Path) -> None:
    window.open_path(new_file(tmp_path))
    keys = list(window.view_actions)
    assert keys[:4] == list(MY_VIEWS)
    assert window.view_actions["staff"].shortcut() == QKeySequence("Ctrl+2")
    window.view_actions["catalogue"].trigger()
    assert window.current_view_key() == "catalogue"


def test_overview_entries_navigate(qtbot: QtBot, ctx: OfficeContext,
                                   staffed: dict[str, int], tmp_path: Path) -> None:
    window = MainWindow(Settings(), remember=False)
    qtbot.addWidget(window)
    window.set_office(ctx.office)
    window.show()
    overview = window.view("overview")
    assert isinstance(overview, OverviewView)
    new_staff = overview.sections["new_staff"]
    entry = next(e for e in new_staff.entries if e.item.title == "Per Ny")
    assert "frist" in entry.item.badge
    qtbot.mouseClick(entry, Qt.MouseButton.LeftButton)
    assert window.current_view_key() == "staff"
    staff_view = window.view("staff")
    assert isinstance(staff_view, StaffView)
    assert staff_view.selected_id() == staffed["ny"]

    # Vulnerable competences lead to «Hvem kan hva»; disagreements to the matrix.
    vulnerable = overview.sections["vulnerable"]
    assert vulnerable.more is not None
    qtbot.mouseClick(vulnerable.more, Qt.MouseButton.LeftButton)
    assert len(vulnerable.entries) == len(vulnerable.items)
    mi = next(e for e in vulnerable.entries if e.item.title == "Motiverende intervju")
    assert mi.item.badge == "bare én person kan dette"
    with qtbot.waitSignal(overview.navigate) as signal:
        qtbot.keyClick(mi, Qt.Key.Key_Return)
    assert signal.args == ["experts", {"competence_id": staffed["comp_mi"]}]
    disagreement = overview.sections["disagreements"].entries[0]
    with qtbot.waitSignal(overview.navigate) as signal:
        qtbot.keyClick(disagreement, Qt.Key.Key_Space)
    assert signal.args == ["matrix", {"person_id": staffed["kari"],
                                      "competence_id": staffed["comp_samtale"]}]
    teams = overview.sections["teams"]
    with qtbot.waitSignal(overview.navigate) as signal:
        qtbot.mouseClick(teams.entries[0], Qt.MouseButton.LeftButton)
    assert signal.args == ["staff", {"team_id": staffed["team_marked"]}]
    window.close()


def test_overview_refreshes_on_change(qtbot: QtBot, ctx: OfficeContext,
                                      staffed: dict[str, int]) -> None:
    view = OverviewView(ctx)
    qtbot.addWidget(view)
    view.show()
    assert view.stat_cards[0].accessibleName() == "ansatte: 4"
    ctx.apply(staff.set_active, staffed["nina"], False)
    assert view.stat_cards[0].accessibleName() == "ansatte: 3"


def test_every_control_has_an_accessible_name(qtbot: QtBot, ctx: OfficeContext,
                                              staffed: dict[str, int]) -> None:
    window = MainWindow(Settings(), remember=False)
    qtbot.addWidget(window)
    window.set_office(ctx.office)
    window.show()
    kinds = (QAbstractButton, QLineEdit, QComboBox, QAbstractItemView, QAbstractSpinBox,
             QPlainTextEdit, Entry)
    for key in MY_VIEWS:
        view = window.show_view(key)
        assert view is not None
        missing = [f"{type(w).__name__} {getattr(w, 'text', lambda: '')()!r}"
                   for w in view.findChildren(QWidget)
                   if isinstance(w, kinds) and w.isVisibleTo(view) and not w.accessibleName()
                   and w.focusPolicy() != Qt.FocusPolicy.NoFocus]
        assert not missing, (key, missing)
    window.close()


def test_window_fits_1280_by_720(qtbot: QtBot, ctx: OfficeContext,
                                 staffed: dict[str, int]) -> None:
    window = MainWindow(Settings(), remember=False)
    qtbot.addWidget(window)
    window.set_office(ctx.office)
    window.resize(1280, 720)
    window.show()
    for key in window.view_actions:
        window.show_view(key)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 720, hint
    assert window.size().width() <= 1280 and window.size().height() <= 720
    window.close()


def test_settings_live_in_the_data_folder(isolated_home: Path, tmp_path: Path) -> None:
    settings = Settings()
    assert settings.path.parent == isolated_home
    settings.add_recent(tmp_path / "a.kkart")
    settings.add_recent(tmp_path / "b.kkart")
    settings.add_recent(tmp_path / "a.kkart")
    settings.language = "en"
    settings.last_view = "roles"
    settings.sync()
    again = Settings()
    assert again.recent_files == [str((tmp_path / "a.kkart").resolve()),
                                  str((tmp_path / "b.kkart").resolve())]
    assert again.last_file == str((tmp_path / "a.kkart").resolve())
    assert again.language == "en" and again.last_view == "roles"
    with pytest.raises(ValueError):
        again.language = "de"
    assert (isolated_home / "innstillinger.ini").exists()


def test_start_opens_given_then_last_then_default(qtbot: QtBot, window: MainWindow,
                                                  tmp_path: Path, isolated_home: Path) -> None:
    given = new_file(tmp_path, "gitt.kkart", "NAV Gitt")
    app_module.open_start_file(window, str(given), demo=False)
    assert window.ctx is not None and window.ctx.office.path == given
    window.close()

    second = MainWindow(Settings())
    qtbot.addWidget(second)
    app_module.open_start_file(second, None, demo=False)  # the last file
    assert second.ctx is not None and second.ctx.office.path.resolve() == given.resolve()
    second.close_office()
    second.close()

    third = MainWindow(Settings())
    qtbot.addWidget(third)
    app_module.open_start_file(third, None, demo=False)  # nothing open last: the default
    assert third.ctx is not None
    assert third.ctx.office.path.parent == isolated_home
    assert third.windowTitle().startswith(app_module.DEFAULT_OFFICE_NAME)
    third.close()


def test_start_with_demo_generates_an_office(qtbot: QtBot, window: MainWindow,
                                             isolated_home: Path) -> None:
    app_module.open_start_file(window, None, demo=True)
    assert window.ctx is not None
    assert window.ctx.office.path == isolated_home / app_module.DEMO_FILE
    assert len([p for p in window.ctx.data.people if p.active]) == 25


def test_crash_dialog_has_copyable_details_and_logs(qtbot: QtBot, modal: Modal,
                                                    caplog: pytest.LogCaptureFixture) -> None:
    try:
        raise RuntimeError("noe uventet")
    except RuntimeError:
        exc_type, exc, tb = sys.exc_info()
    assert exc_type is not None and exc is not None
    details: list[str] = []

    def act(widget: QWidget) -> None:
        assert isinstance(widget, crash.CrashDialog)
        widget.copy_details()
        details.append(widget.details.toPlainText())
        widget.accept()

    modal.next(act)
    with caplog.at_level(logging.CRITICAL, logger="kompetansekart.crash"):
        crash.handle_exception(exc_type, exc, tb)
    assert details and "RuntimeError: noe uventet" in details[0]
    assert "Kompetansekart 0." in details[0] and "Loggfil:" in details[0]
    from PySide6.QtGui import QGuiApplication
    assert QGuiApplication.clipboard().text() == details[0]
    assert any("unexpected error" in r.message and r.exc_info for r in caplog.records)


def test_screenshot_command_writes_png_of_the_size(tmp_path: Path, qapp: object,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    path = new_file(tmp_path)
    out = tmp_path / "bilder" / "staff.png"
    code = cli.main(["screenshot", str(path), "--view", "staff", "-o", str(out),
                     "--size", "900x600"])
    assert code == 0
    image = QImage(str(out))
    assert (image.width(), image.height()) == (900, 600)
    assert not lock.lock_path(path).exists()
    assert cli.main(["screenshot", str(path), "--view", "finnes-ikke", "-o",
                     str(tmp_path / "x.png")]) == 2
    assert "Visningen «finnes-ikke» finnes ikke" in capsys.readouterr().err


def test_close_office_shows_start_page(window: MainWindow, tmp_path: Path) -> None:
    path = new_file(tmp_path)
    window.open_path(path)
    window.close_action.trigger()
    assert window.ctx is None
    assert window.stack.currentWidget() is window.welcome
    assert window.recent_list.count() == 1
    assert not lock.lock_path(path).exists()
    assert not window.undo_action.isEnabled()
    assert window.windowTitle() == "Kompetansekart"


def test_save_copy_writes_a_consistent_copy(window: MainWindow, tmp_path: Path) -> None:
    path = new_file(tmp_path)
    window.open_path(path)
    assert window.ctx is not None
    window.ctx.apply(staff.add_team, "Mottak")
    assert window.save_copy(tmp_path / "kopi")
    assert read(tmp_path / "kopi.kkart", "SELECT name FROM team") == [("Mottak",)]
    assert "kopi.kkart" in window.statusBar().currentMessage()



def test_english_translation_is_a_drop_in(qtbot: QtBot, qapp: object, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QApplication

    application = QApplication.instance()
    assert isinstance(application, QApplication)
    translators = app_module.install_translators(application, "en")
    try:
        assert translators, "the English .qm is shipped and loads"
        win = MainWindow(Settings(), remember=False)
        qtbot.addWidget(win)
        win.open_path(new_file(tmp_path))
        menus = [a.text() for a in win.menuBar().actions()]
        assert menus == ["&File", "&Edit", "&View", "&County", "&Help"]
        assert win.tabs.tabText(0) == "Overview"
        staff_view = win.view("staff")
        assert isinstance(staff_view, StaffView)
        assert staff_view.add_button.text() == "&New employee…"
        win.close()
    finally:
        for translator in translators:
            application.removeTranslator(translator)
    app_module.install_translators(application, "nb")


def mnemonics(widget: QWidget) -> list[str]:
    """The Alt+letter keys of the visible buttons and labels with a buddy inside a widget."""
    from PySide6.QtWidgets import QLabel

    keys = []
    for child in widget.findChildren(QWidget):
        if not child.isVisibleTo(widget):
            continue
        if isinstance(child, QAbstractButton) or (isinstance(child, QLabel) and child.buddy()):
            text = child.text().replace("&&", "")
            if "&" in text:
                keys.append(text[text.index("&") + 1].lower())
    return keys


@pytest.mark.parametrize("lang", ["nb", "en"])
def test_mnemonics_are_unique_per_view_and_dialog(qtbot: QtBot, ctx: OfficeContext,
                                                  staffed: dict[str, int], lang: str) -> None:
    from PySide6.QtWidgets import QApplication

    from kompetansekart.ui.office.dialogs import NewOfficeDialog, OfficeDetailsDialog
    from kompetansekart.ui.staff.person_dialog import PersonDialog

    application = QApplication.instance()
    assert isinstance(application, QApplication)
    translators = app_module.install_translators(application, lang)
    try:
        window = MainWindow(Settings(), remember=False)
        qtbot.addWidget(window)
        window.set_office(ctx.office)
        window.show()
        menu_keys = [a.text()[a.text().index("&") + 1].lower()
                     for a in window.menuBar().actions()]
        assert len(set(menu_keys)) == len(menu_keys)
        for menu_action in window.menuBar().actions():
            menu = menu_action.menu()
            items = [a.text().replace("&&", "") for a in menu.actions() if not a.isSeparator()]
            item_keys = [t[t.index("&") + 1].lower() for t in items if "&" in t]
            assert len(set(item_keys)) == len(item_keys), (lang, menu_action.text(), items)
        for key in window.view_actions:
            view = window.show_view(key)
            assert view is not None
            if key == "catalogue":  # the competence page has the most fields
                view.show_target({"competence_id": staffed["comp_mi"]})
            keys = mnemonics(view) + menu_keys
            assert len(set(keys)) == len(keys), (lang, key, sorted(keys))
        for dialog in (PersonDialog(ctx, staffed["kari"], window), NewOfficeDialog(window),
                       OfficeDetailsDialog(ctx, window)):
            qtbot.addWidget(dialog)
            dialog.show()
            keys = mnemonics(dialog)
            assert len(set(keys)) == len(keys), (lang, type(dialog).__name__, sorted(keys))
            dialog.close()
        window.close()
    finally:
        for translator in translators:
            application.removeTranslator(translator)
        app_module.install_translators(application, "nb")


def test_new_office_dialog_creates_and_opens_the_file(qtbot: QtBot, window: MainWindow,
                                                      tmp_path: Path, modal: Modal) -> None:
    from kompetansekart.ui.office.dialogs import NewOfficeDialog

    target = tmp_path / "NAV Hamar.kkart"
    refused: list[str] = []

    def fill(widget: QWidget) -> None:
        assert isinstance(widget, NewOfficeDialog)
        widget.accept()  # no name yet: refused next to the name field
        refused.append(widget.errors.message("name"))
        qtbot.keyClicks(widget.name, "NAV Hamar")
        assert widget.path.text().endswith("NAV Hamar.kkart")
        widget.path.setText(str(target))
        widget.municipality.setText("Hamar")
        widget.county.setText("Innlandet")
        widget.accept()

    modal.next(fill)
    window.new_office()
    assert refused == ["Skriv inn kontorets navn."]
    assert read(target, "SELECT name, municipality, county FROM office") == [
        ("NAV Hamar", "Hamar", "Innlandet")]
    assert read(target, "SELECT count(*) FROM competence")[0][0] > 0
    assert window.ctx is not None and window.ctx.office.path == target
    assert window.windowTitle().startswith("NAV Hamar — ")


def test_last_view_is_restored(qtbot: QtBot, tmp_path: Path) -> None:
    settings = Settings()
    settings.last_view = "roles"
    win = MainWindow(settings)
    qtbot.addWidget(win)
    win.open_path(new_file(tmp_path))
    assert win.current_view_key() == "roles"
    win.show_view("catalogue")
    win.close()
    assert Settings().last_view == "catalogue"
