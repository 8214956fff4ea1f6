"""Staff view and person dialog: add, edit, validate, mark as left, delete and undo."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot
from uihelpers import GUI, Modal, ok_button, read

from kompetansekart.ui.common.forms import NameDialog
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.staff import view as staff_view
from kompetansekart.ui.staff.person_dialog import PersonDialog
from kompetansekart.ui.staff.view import NO_TEAM, StaffView

pytestmark = GUI


def make_view(qtbot: QtBot, ctx: OfficeContext) -> StaffView:
    view = StaffView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    return view


def test_add_person_through_dialog_writes_the_file(qtbot: QtBot, ctx: OfficeContext,
                                                   staffed: dict[str, int]) -> None:
    view = make_view(qtbot, ctx)
    dialog = PersonDialog(ctx, None, view)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.name, "  Siri   Lund ")
    qtbot.keyClicks(dialog.title, "Jobbspesialist")
    dialog.team.setCurrentIndex(dialog.team.findData(staffed["team_marked"]))
    dialog.employment.setCurrentIndex(dialog.employment.findData("municipal"))
    qtbot.keyClicks(dialog.start_date, "01.09.2025")
    for row in range(dialog.roles.count()):
        item = dialog.roles.item(row)
        if item.text() == "Jobbspesialist":
            item.setCheckState(Qt.CheckState.Checked)
    dialog.hours.setValue(55)
    dialog.buddy.setCurrentIndex(dialog.buddy.findData(staffed["kari"]))
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.result() == PersonDialog.DialogCode.Accepted
    rows = read(ctx.office.path, "SELECT name, title, team_id, employment, start_date, "
                "hours_per_year, buddy_id FROM person WHERE name = 'Siri Lund'")
    assert rows == [("Siri Lund", "Jobbspesialist", staffed["team_marked"], "municipal",
                     "2025-09-01", 55.0, staffed["kari"])]
    roles = read(ctx.office.path, "SELECT r.name FROM personrole pr JOIN role r ON "
                 "r.id = pr.role_id JOIN person p ON p.id = pr.person_id "
                 "WHERE p.name = 'Siri Lund'")
    assert roles == [("Jobbspesialist",)]
    # The list shows the new person at once.
    names = [r.name for r in view.model.rows]
    assert "Siri Lund" in names
    assert ctx.undo_stack.undoText() == "Legg til «Siri Lund»"


def test_edit_person_changes_only_that_person(qtbot: QtBot, ctx: OfficeContext,
                                              staffed: dict[str, int]) -> None:
    view = make_view(qtbot, ctx)
    assert view.select_person(staffed["ola"])
    dialog = PersonDialog(ctx, staffed["ola"], view)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Ola Hansen"
    assert dialog.start_date.text() == "12.08.2019"
    dialog.title.setText("Markedskoordinator")
    dialog.ny_i_nav.setText("2019-11-30")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert read(ctx.office.path, "SELECT title, ny_i_nav_done, employment FROM person "
                "WHERE id = ?", (staffed["ola"],)) == [
        ("Markedskoordinator", "2019-11-30", "municipal")]
    row = view.selected_row()
    assert row is not None and row.title == "Markedskoordinator"


def test_duplicate_name_is_shown_next_to_the_field_and_nothing_is_written(
        qtbot: QtBot, ctx: OfficeContext, staffed: dict[str, int]) -> None:
    before = read(ctx.office.path, "SELECT count(*) FROM person")
    dialog = PersonDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name, "kari nordmann")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)

    assert dialog.isVisible(), "the dialog stays open"
    assert "Det finnes allerede en person som heter «kari nordmann»" in dialog.errors.message(
        "name")
    assert dialog.errors.message("start_date") == ""
    assert dialog.focusWidget() is dialog.name
    assert read(ctx.office.path, "SELECT count(*) FROM person") == before
    assert ctx.undo_stack.count() == 0


def test_impossible_date_is_shown_next_to_the_date_field(
        qtbot: QtBot, ctx: OfficeContext, staffed: dict[str, int]) -> None:
    dialog = PersonDialog(ctx, None)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Ny Person")
    dialog.start_date.setText("31.02.2026")
    qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "31.02.2026" in dialog.errors.message("start_date")
    assert "gyldig dato" in dialog.errors.message("start_date")
    assert read(ctx.office.path, "SELECT count(*) FROM person WHERE name = 'Ny Person'") == [
        (0,)]


def test_delete_person_removes_history_and_undo_brings_it_back(
        qtbot: QtBot, ctx: OfficeContext, staffed: dict[str, int],
        monkeypatch: pytest.MonkeyPatch) -> None:
    view = make_view(qtbot, ctx)
    path = ctx.office.path
    kari = staffed["kari"]
    history = read(path, "SELECT id, competence_id, level, source FROM assessment "
                   "WHERE person_id = ? ORDER BY id", (kari,))
    assert len(history) == 3
    asked: list[tuple[str, str]] = []

    def fake_confirm(_parent: object, _title: str, text: str, _yes: str,
                     informative: str = "") -> bool:
        asked.append((text, informative))
        return True

    monkeypatch.setattr(staff_view, "confirm", fake_confirm)
    assert view.select_person(kari)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)

    assert asked, "a confirmation was asked"
    text, informative = asked[0]
    assert "Kari Nordmann" in text and "historikk" in text
    assert "3 vurderinger" in informative
    assert read(path, "SELECT count(*) FROM person WHERE id = ?", (kari,)) == [(0,)]
    assert read(path, "SELECT count(*) FROM assessment WHERE person_id = ?", (kari,)) == [(0,)]
    # Ola's buddy link and other people are untouched.
    assert read(path, "SELECT count(*) FROM person") == [(3,)]
    assert "Kari Nordmann" not in [r.name for r in view.model.rows]

    ctx.undo_stack.undo()
    assert read(path, "SELECT id, competence_id, level, source FROM assessment "
                "WHERE person_id = ? ORDER BY id", (kari,)) == history
    assert read(path, "SELECT name FROM person WHERE id = ?", (kari,)) == [("Kari Nordmann",)]
    assert "Kari Nordmann" in [r.name for r in view.model.rows]


def test_refused_delete_changes_nothing(qtbot: QtBot, ctx: OfficeContext,
                                        staffed: dict[str, int],
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    view = make_view(qtbot, ctx)
    monkeypatch.setattr(staff_view, "confirm", lambda *a, **k: False)
    view.select_person(staffed["kari"])
    view.delete_person()
    assert read(ctx.office.path, "SELECT count(*) FROM person") == [(4,)]
    assert ctx.undo_stack.count() == 0


def test_mark_as_left_hides_and_show_left_reveals(qtbot: QtBot, ctx: OfficeContext,
                                                 staffed: dict[str, int]) -> None:
    view = make_view(qtbot, ctx)
    view.select_person(staffed["nina"])
    qtbot.mouseClick(view.status_button, Qt.MouseButton.LeftButton)
    assert read(ctx.office.path, "SELECT active, left_date IS NOT NULL FROM person "
                "WHERE id = ?", (staffed["nina"],)) == [(0, 1)]
    shown = {view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())}
    assert "Nina Berg" not in shown
    view.show_left.setChecked(True)
    shown = {view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())}
    assert "Nina Berg" in shown
    view.select_person(staffed["nina"])
    assert view.status_button.text().replace("&", "") == "Marker som aktiv"
    qtbot.mouseClick(view.status_button, Qt.MouseButton.LeftButton)
    assert read(ctx.office.path, "SELECT active, left_date FROM person WHERE id = ?",
                (staffed["nina"],)) == [(1, None)]


def test_filters_by_text_team_and_sorts(qtbot: QtBot, ctx: OfficeContext,
                                        staffed: dict[str, int]) -> None:
    view = make_view(qtbot, ctx)
    assert view.proxy.rowCount() == 4
    qtbot.keyClicks(view.search, "marked")
    assert [view.proxy.index(r, 0).data() for r in range(view.proxy.rowCount())] == [
        "Ola Hansen"]
    view.search.clear()
    view.team_filter.setCurrentIndex(view.team_filter.findData(staffed["team_oppfolging"]))
    assert view.proxy.rowCount() == 3
    view.team_filter.setCurrentIndex(view.team_filter.findData(NO_TEAM))
    assert view.proxy.rowCount() == 0
    view.team_filter.setCurrentIndex(0)
    view.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # start date
    assert view.proxy.index(0, 0).data() == "Nina Berg"
    assert "Viser 4 av 4 ansatte" in view.count_label.text()


def test_show_target_selects_person_and_team(qtbot: QtBot, ctx: OfficeContext,
                                             staffed: dict[str, int]) -> None:
    view = make_view(qtbot, ctx)
    qtbot.keyClicks(view.search, "Ola")
    view.show_target({"person_id": staffed["kari"]})
    assert view.selected_id() == staffed["kari"]
    view.show_target({"team_id": staffed["team_marked"]})
    assert view.proxy.rowCount() == 1


def test_teams_add_rename_delete(qtbot: QtBot, ctx: OfficeContext, staffed: dict[str, int],
                                 modal: Modal, monkeypatch: pytest.MonkeyPatch) -> None:
    view = make_view(qtbot, ctx)
    path = ctx.office.path

    def type_name(text: str) -> Any:
        def act(dialog: Any) -> None:
            assert isinstance(dialog, NameDialog)
            edit = dialog.findChild(QLineEdit)
            edit.selectAll()
            qtbot.keyClicks(edit, text)
            qtbot.mouseClick(ok_button(dialog), Qt.MouseButton.LeftButton)
            if dialog.isVisible():  # refused: remember the message, then give up
                errors.append(dialog.errors.message("name"))
                dialog.reject()
        return act

    errors: list[str] = []
    modal.next(type_name("Mottak"))
    view.add_team()
    assert read(path, "SELECT count(*) FROM team WHERE name = 'Mottak'") == [(1,)]

    modal.next(type_name("marked"))  # duplicate (case-insensitive)
    view.add_team()
    assert errors and "Det finnes allerede et team" in errors[0]
    assert read(path, "SELECT count(*) FROM team") == [(3,)]

    view._select_team(staffed["team_marked"])
    modal.next(type_name("Marked og arbeidsgiver"))
    view.rename_team()
    assert read(path, "SELECT name FROM team WHERE id = ?", (staffed["team_marked"],)) == [
        ("Marked og arbeidsgiver",)]

    monkeypatch.setattr(staff_view, "confirm", lambda *a, **k: True)
    view._select_team(staffed["team_marked"])
    view.delete_team()
    assert read(path, "SELECT count(*) FROM team WHERE id = ?", (staffed["team_marked"],)) == [
        (0,)]
    assert read(path, "SELECT team_id FROM person WHERE id = ?", (staffed["ola"],)) == [(None,)]
    ctx.undo_stack.undo()
    assert read(path, "SELECT team_id FROM person WHERE id = ?", (staffed["ola"],)) == [
        (staffed["team_marked"],)]


def test_ny_i_nav_column_shows_due_date_for_new_staff(qtbot: QtBot, ctx: OfficeContext,
                                                      staffed: dict[str, int]) -> None:
    view = make_view(qtbot, ctx)
    rows = {r.id: r for r in view.model.rows}
    assert rows[staffed["ny"]].ny_i_nav.startswith("frist ")
    assert not rows[staffed["ny"]].ny_i_nav_overdue
    assert rows[staffed["kari"]].ny_i_nav == ""  # started long ago: not "new"


def test_export_person_data_asks_first_and_writes_that_persons_file(
        qtbot: QtBot, ctx: OfficeContext, staffed: dict[str, int],
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    view = make_view(qtbot, ctx)
    assert not view.export_button.isEnabled()
    assert view.select_person(staffed["kari"])
    assert view.export_button.isEnabled()
    asked: list[str] = []
    target = tmp_path / "kari.json"
    monkeypatch.setattr(staff_view, "confirm", lambda _p, _t, text, *_a: asked.append(text)
                        or True)
    monkeypatch.setattr(staff_view, "ask_save_path", lambda *_a: str(target))
    view.export_button.click()
    assert asked and "Kari Nordmann" in asked[0]
    doc = json.loads(target.read_text(encoding="utf-8"))
    assert doc["person"]["navn"] == "Kari Nordmann"
    assert "Ola Hansen" not in target.read_text(encoding="utf-8")
    assert read(ctx.office.path, "SELECT kind FROM sharerecord") == [("person",)]
    assert ctx.undo_stack.count() == 0  # a record of what left the file, not an edit
