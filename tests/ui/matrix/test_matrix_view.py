"""The assessment matrix («Kartlegging»): typing levels into cells, driven through the real view."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot
from uihelpers import GUI, read

from kompetansekart.services import assessments, staff
from kompetansekart.storage.officefile import OfficeFile
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.matrix.model import CellState
from kompetansekart.ui.matrix.view import MatrixView

pytestmark = GUI

TODAY = date.today()
EARLIER = TODAY - timedelta(days=90)


@pytest.fixture
def ids(ctx: OfficeContext) -> dict[str, int]:
    """Two teams and three people; Anne (Veileder) has history in «Motiverende intervju»."""
    office = ctx.office
    staff.add_team(office, "Marked")
    staff.add_team(office, "Oppfølging")
    teams = dict(office.query("SELECT name, id FROM team"))
    roles = dict(office.query("SELECT name, id FROM role"))
    comps = dict(office.query("SELECT name, id FROM competence"))
    for name, team, role in (("Anne Berg", "Marked", "Veileder"),
                             ("Bjørn Dahl", "Oppfølging", "Markedskoordinator"),
                             ("Cecilie Eik", "Marked", None)):
        staff.add_person(office, staff.PersonFields(
            name, team_id=teams[team], role_ids=[roles[role]] if role else []))
    people = dict(office.query("SELECT name, id FROM person"))
    result = {"anne": people["Anne Berg"], "bjorn": people["Bjørn Dahl"],
              "cecilie": people["Cecilie Eik"], "marked": teams["Marked"],
              "veileder": roles["Veileder"], "mi": comps["Motiverende intervju"],
              "samtale": comps["Brukersamtalen"], "modia": comps["Modia"]}
    assessments.record(office, result["anne"], result["mi"], 1, on=EARLIER - timedelta(days=300),
                       note="Første kartlegging")
    assessments.record(office, result["anne"], result["mi"], 2, on=EARLIER, note="Etter kurs")
    assessments.record(office, result["anne"], result["mi"], 3, source="self", on=EARLIER)
    ctx.notify(frozenset())
    return result


@pytest.fixture
def view(qtbot: QtBot, ctx: OfficeContext, ids: dict[str, int]) -> Iterator[MatrixView]:
    """The matrix shown offscreen at a realistic size."""
    widget = MatrixView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1400, 900)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget


def rows(office: OfficeFile, person: int, comp: int) -> list[tuple[object, ...]]:
    """The assessment history of a cell as stored on disk, oldest first."""
    return read(office.path, "SELECT level, source, assessed_on, note FROM assessment "
                "WHERE person_id = ? AND competence_id = ? ORDER BY id", (person, comp))


def current_ids(view: MatrixView) -> tuple[int, int]:
    """Person and competence of the current cell."""
    index = view.proxy.mapToSource(view.table.currentIndex())
    return view.model.person_at(index.row()).id, view.model.competence_at(index.column()).id


def column_of(view: MatrixView, comp: int) -> int:
    """The column of a competence."""
    return [c.id for c in view.model.competences()].index(comp)


def shown_text(view: MatrixView, person: int, comp: int) -> str:
    """What the cell says (read from the model on the Python side)."""
    return str(view.model.data(view.model.index_of(person, comp)))


def test_typing_a_digit_records_it_at_once_and_moves_right(
        view: MatrixView, ids: dict[str, int], ctx: OfficeContext) -> None:
    view.show_target({"person_id": ids["bjorn"], "competence_id": ids["samtale"]})
    QTest.keyClick(view.table, Qt.Key.Key_3)
    assert rows(ctx.office, ids["bjorn"], ids["samtale"]) == [(3, "leader", TODAY.isoformat(), "")]
    assert view.model.cell(ids["bjorn"], ids["samtale"]).current == 3  # type: ignore[union-attr]
    # Moved one column to the right, same person, and the panel follows.
    person, comp = current_ids(view)
    assert person == ids["bjorn"]
    assert column_of(view, comp) == column_of(view, ids["samtale"]) + 1
    assert view.panel.competence_id == comp


def test_levels_zero_to_four_and_keypad_digits(
        view: MatrixView, ids: dict[str, int], ctx: OfficeContext) -> None:
    view.show_target({"person_id": ids["cecilie"], "competence_id": ids["mi"]})
    QTest.keyClick(view.table, Qt.Key.Key_0)
    QTest.keyClick(view.table, Qt.Key.Key_4, Qt.KeyboardModifier.KeypadModifier)
    levels = read(ctx.office.path, "SELECT level FROM assessment WHERE person_id = ? "
                  "ORDER BY id", (ids["cecilie"],))
    assert levels == [(0,), (4,)]
    # Level 0 is a level, not «ikke vurdert».
    assert view.model.cell(ids["cecilie"], ids["mi"]).current == 0  # type: ignore[union-attr]
    assert shown_text(view, ids["cecilie"], ids["mi"]) == "0"


def test_arrow_keys_and_tab_navigate_before_typing(
        view: MatrixView, ids: dict[str, int], ctx: OfficeContext) -> None:
    view.show_target({"person_id": ids["anne"], "competence_id": ids["samtale"]})
    start_row = view.table.currentIndex().row()
    QTest.keyClick(view.table, Qt.Key.Key_Down)
    QTest.keyClick(view.table, Qt.Key.Key_Right)
    QTest.keyClick(view.table, Qt.Key.Key_Tab)
    QTest.keyClick(view.table, Qt.Key.Key_Left)
    assert view.table.currentIndex().row() == start_row + 1
    person, comp = current_ids(view)
    assert column_of(view, comp) == column_of(view, ids["samtale"]) + 1
    QTest.keyClick(view.table, Qt.Key.Key_2)
    assert read(ctx.office.path, "SELECT person_id, competence_id, level FROM assessment "
                "WHERE assessed_on = ?", (TODAY.isoformat(),)) == [(person, comp, 2)]


def test_moving_down_after_typing(view: MatrixView, ids: dict[str, int]) -> None:
    view.move_combo.setCurrentIndex(view.move_combo.findText("gå ned"))
    view.show_target({"person_id": ids["anne"], "competence_id": ids["modia"]})
    row = view.table.currentIndex().row()
    QTest.keyClick(view.table, Qt.Key.Key_1)
    assert view.table.currentIndex().row() == row + 1
    assert current_ids(view)[1] == ids["modia"]


def test_delete_and_backspace_record_not_assessed(
        view: MatrixView, ids: dict[str, int], ctx: OfficeContext) -> None:
    view.show_target({"person_id": ids["anne"], "competence_id": ids["mi"]})
    QTest.keyClick(view.table, Qt.Key.Key_Delete)
    stored = rows(ctx.office, ids["anne"], ids["mi"])
    assert stored[-1][:2] == (None, "leader")
    assert len(stored) == 4  # history is kept, the withdrawal is a new entry
    cell = view.model.cell(ids["anne"], ids["mi"])
    assert cell is not None and cell.current is None
    # Anne's role requires the competence: not assessed is an unknown gap, not level 0.
    assert view.model.paint_info(*_pos(view, ids["anne"], ids["mi"]))[0] == CellState.UNKNOWN
    assert shown_text(view, ids["anne"], ids["mi"]).startswith("?")
    view.show_target({"person_id": ids["cecilie"], "competence_id": ids["modia"]})
    QTest.keyClick(view.table, Qt.Key.Key_Backspace)
    assert rows(ctx.office, ids["cecilie"], ids["modia"]) == [
        (None, "leader", TODAY.isoformat(), "")]
    assert shown_text(view, ids["cecilie"], ids["modia"]) == "–"


def _pos(view: MatrixView, person: int, comp: int) -> tuple[int, int]:
    index = view.model.index_of(person, comp)
    return index.row(), index.column()


def test_digits_outside_the_scale_are_refused(
        view: MatrixView, ids: dict[str, int], ctx: OfficeContext) -> None:
    view.show_target({"person_id": ids["bjorn"], "competence_id": ids["modia"]})
    QTest.keyClick(view.table, Qt.Key.Key_7)
    assert rows(ctx.office, ids["bjorn"], ids["modia"]) == []
    assert view.message_label.isVisibleTo(view)
    assert "0–4" in view.message_label.text()
    assert current_ids(view) == (ids["bjorn"], ids["modia"])


def test_source_toggle_records_self_assessments_and_shows_them(
        view: MatrixView, ids: dict[str, int], ctx: OfficeContext) -> None:
    view.source_buttons["self"].click()
    assert view.source == "self"
    assert view.legend.texts()[-1] == "◥ Leders vurdering avviker"
    view.show_target({"person_id": ids["anne"], "competence_id": ids["mi"]})
    # In self mode the cell shows the self-assessment (3) with the leader's 2 as the marker.
    state, shown, target, other = view.model.paint_info(*_pos(view, ids["anne"], ids["mi"]))
    assert (state, shown, target, other) == (CellState.MEETS, 3, 2, 2)
    QTest.keyClick(view.table, Qt.Key.Key_4)
    assert rows(ctx.office, ids["anne"], ids["mi"])[-1][:3] == (4, "self", TODAY.isoformat())
    cell = view.model.cell(ids["anne"], ids["mi"])
    assert cell is not None and (cell.current, cell.self_level) == (2, 4)
    view.source_buttons["coordinator"].click()
    view.show_target({"person_id": ids["anne"], "competence_id": ids["mi"]})
    QTest.keyClick(view.table, Qt.Key.Key_1)
    assert rows(ctx.office, ids["anne"], ids["mi"])[-1][:2] == (1, "coordinator")
    view.source_buttons["leader"].click()
    assert view.model.paint_info(*_pos(view, ids["anne"], ids["mi"]))[1:] == (1, 2, 4)


def test_assessment_round_dates_every_entry(
        view: MatrixView, ids: dict[str, int], ctx: OfficeContext) -> None:
    day = TODAY - timedelta(days=40)
    assert not view.round_date.isEnabled()
    view.round_check.click()
    assert view.round_date.isEnabled()
    view.round_date.setDate(QDate(day.year, day.month, day.day))
    assert day.strftime("%d.%m.%Y") in view.date_hint.text()
    view.show_target({"person_id": ids["bjorn"], "competence_id": ids["samtale"]})
    for key in (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3):
        QTest.keyClick(view.table, key)
    dates = read(ctx.office.path, "SELECT DISTINCT assessed_on FROM assessment "
                 "WHERE person_id = ?", (ids["bjorn"],))
    assert dates == [(day.isoformat(),)]
    # A round date cannot lie in the future.
    assert view.round_date.maximumDate() == QDate.currentDate()
    view.round_check.click()
    QTest.keyClick(view.table, Qt.Key.Key_4)
    assert read(ctx.office.path, "SELECT assessed_on FROM assessment WHERE person_id = ? "
                "ORDER BY id DESC LIMIT 1", (ids["bjorn"],)) == [(TODAY.isoformat(),)]


def test_undo_and_redo_of_an_entry_restore_the_file(
        view: MatrixView, ids: dict[str, int], ctx: OfficeContext) -> None:
    before = rows(ctx.office, ids["anne"], ids["mi"])
    view.show_target({"person_id": ids["anne"], "competence_id": ids["mi"]})
    QTest.keyClick(view.table, Qt.Key.Key_4)
    QTest.keyClick(view.table, Qt.Key.Key_3)
    after = rows(ctx.office, ids["anne"], ids["mi"])
    assert after[-1][0] == 4
    assert ctx.undo_stack.undoText().startswith("Vurder «Anne Berg» i «")
    ctx.undo_stack.undo()  # the 3 in the next column
    ctx.undo_stack.undo()  # the 4
    assert rows(ctx.office, ids["anne"], ids["mi"]) == before
    assert view.model.cell(ids["anne"], ids["mi"]).current == 2  # type: ignore[union-attr]
    assert view.model.coverage(ids["mi"]).meeting_target == 1  # type: ignore[union-attr]
    ctx.undo_stack.redo()
    assert rows(ctx.office, ids["anne"], ids["mi"]) == after
    assert view.model.cell(ids["anne"], ids["mi"]).current == 4  # type: ignore[union-attr]


def test_changes_made_elsewhere_reach_the_matrix(
        view: MatrixView, ids: dict[str, int], ctx: OfficeContext) -> None:
    # An assessment made outside the view (e.g. another window), then its undo.
    ctx.apply(assessments.record, ids["cecilie"], ids["samtale"], 3)
    assert view.model.cell(ids["cecilie"], ids["samtale"]).current == 3  # type: ignore[union-attr]
    ctx.undo_stack.undo()
    assert view.model.cell(ids["cecilie"], ids["samtale"]).current is None  # type: ignore[union-attr]
    # A new person appears as a row.
    ctx.apply(staff.add_person, staff.PersonFields("Dina Fjeld"))
    assert "Dina Fjeld" in [p.name for p in view.model.people()]


def test_filter_by_team_and_role(view: MatrixView, ids: dict[str, int]) -> None:
    def shown() -> list[str]:
        return [view.model.person_at(view.proxy.mapToSource(view.proxy.index(r, 0)).row()).name
                for r in range(view.proxy.rowCount())]

    assert shown() == ["Anne Berg", "Bjørn Dahl", "Cecilie Eik"]
    view.team_combo.setCurrentIndex(view.team_combo.findText("Marked"))
    assert shown() == ["Anne Berg", "Cecilie Eik"]
    assert view.count_label.text() == "2 av 3 personer"
    view.role_combo.setCurrentIndex(view.role_combo.findText("Veileder"))
    assert shown() == ["Anne Berg"]
    view.team_combo.setCurrentIndex(0)
    view.role_combo.setCurrentIndex(view.role_combo.findText("Markedskoordinator"))
    assert shown() == ["Bjørn Dahl"]
    # Asking for a hidden person clears the filters rather than showing nothing.
    view.show_target({"person_id": ids["cecilie"], "competence_id": ids["mi"]})
    assert current_ids(view) == (ids["cecilie"], ids["mi"])
    assert len(shown()) == 3


def test_history_panel_shows_the_cell(view: MatrixView, ids: dict[str, int]) -> None:
    view.show_target({"person_id": ids["anne"], "competence_id": ids["mi"]})
    panel = view.panel
    history = panel.history
    table = [[history.data(history.index(r, c)) for c in range(4)]
             for r in range(history.rowCount())]
    assert table == [
        [EARLIER.strftime("%d.%m.%Y"), "3 Erfaren", "Egenvurdering", ""],
        [EARLIER.strftime("%d.%m.%Y"), "2 Selvstendig", "Leder", "Etter kurs"],
        [(EARLIER - timedelta(days=300)).strftime("%d.%m.%Y"), "1 Grunnleggende", "Leder",
         "Første kartlegging"],
    ]
    assert panel._title.text() == "Anne Berg"
    assert "Motiverende intervju" in panel._subtitle.text()
    assert panel._current.text().startswith("2 Selvstendig")
    assert panel._target.text() == "2 Selvstendig · fra rolle Veileder"
    assert panel._gap.text() == "Når målet"
    # The newest entry is selected and its note is in the editor.
    assert panel.note_edit.toPlainText() == ""
    panel.history_view.selectRow(1)
    assert panel.note_edit.toPlainText() == "Etter kurs"


def test_editing_a_note_is_saved_and_undoable(
        qtbot: QtBot, view: MatrixView, ids: dict[str, int], ctx: OfficeContext) -> None:
    view.show_target({"person_id": ids["anne"], "competence_id": ids["mi"]})
    panel = view.panel
    panel.history_view.selectRow(1)
    assert not panel.save_note.isEnabled()
    panel.note_edit.setPlainText("Etter kurs og kollegaveiledning")
    assert panel.save_note.isEnabled()
    panel.save_note.click()
    notes = [r[3] for r in rows(ctx.office, ids["anne"], ids["mi"])]
    assert notes == ["Første kartlegging", "Etter kurs og kollegaveiledning", ""]
    # The same entry stays selected after the save (the panel refreshes from the event loop).
    qtbot.waitUntil(lambda: panel.history.record_at(1).note.startswith("Etter kurs og"))
    assert panel.history_view.currentIndex().row() == 1
    assert panel.note_edit.toPlainText() == "Etter kurs og kollegaveiledning"
    assert not panel.save_note.isEnabled()
    ctx.undo_stack.undo()
    assert [r[3] for r in rows(ctx.office, ids["anne"], ids["mi"])][1] == "Etter kurs"
    qtbot.waitUntil(lambda: panel.note_edit.toPlainText() == "Etter kurs")


def test_individual_target_replaces_the_role_target(
        qtbot: QtBot, view: MatrixView, ids: dict[str, int], ctx: OfficeContext) -> None:
    view.show_target({"person_id": ids["anne"], "competence_id": ids["mi"]})
    combo = view.panel.target_combo
    assert combo.currentIndex() == 0 and combo.currentText() == "Fra rollene (2)"
    combo.setCurrentIndex(combo.findData(4))
    combo.activated.emit(combo.currentIndex())
    assert read(ctx.office.path, "SELECT person_id, competence_id, level FROM targetoverride"
                ) == [(ids["anne"], ids["mi"], 4)]
    cell = view.model.cell(ids["anne"], ids["mi"])
    assert cell is not None and cell.target == 4
    assert shown_text(view, ids["anne"], ids["mi"]) == "2/4"
    assert view.model.paint_info(*_pos(view, ids["anne"], ids["mi"]))[0] == CellState.GAP_MORE
    qtbot.waitUntil(lambda: view.panel._target.text() == "4 Kan lære bort · individuelt mål")
    assert combo.currentData() == 4
    # Back to the roles' target.
    combo.setCurrentIndex(0)
    combo.activated.emit(0)
    assert read(ctx.office.path, "SELECT count(*) FROM targetoverride") == [(0,)]
    assert view.model.cell(ids["anne"], ids["mi"]).target == 2  # type: ignore[union-attr]
    qtbot.waitUntil(lambda: view.panel._target.text().endswith("fra rolle Veileder"))


def test_typing_into_several_selected_cells_is_one_round(
        view: MatrixView, ids: dict[str, int], ctx: OfficeContext) -> None:
    view.show_target({"person_id": ids["anne"], "competence_id": ids["modia"]})
    QTest.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(view.table, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(view.table, Qt.Key.Key_2)
    assert read(ctx.office.path, "SELECT person_id, level FROM assessment "
                "WHERE competence_id = ? ORDER BY person_id", (ids["modia"],)) == [
        (ids["anne"], 2), (ids["bjorn"], 2), (ids["cecilie"], 2)]
    assert ctx.undo_stack.count() == 1
    ctx.undo_stack.undo()
    assert read(ctx.office.path, "SELECT count(*) FROM assessment WHERE competence_id = ?",
                (ids["modia"],)) == [(0,)]


def test_read_only_file_refuses_the_entry_with_a_message(
        qtbot: QtBot, ids: dict[str, int], ctx: OfficeContext, tmp_path: Path) -> None:
    copy = ctx.office.save_copy(tmp_path / "kopi.kkart")
    office = OfficeFile.open(copy, readonly=True)
    try:
        ro = OfficeContext(office)
        widget = MatrixView(ro)
        qtbot.addWidget(widget)
        widget.show()
        widget.show_target({"person_id": ids["bjorn"], "competence_id": ids["mi"]})
        QTest.keyClick(widget.table, Qt.Key.Key_3)
        assert "skrivebeskyttet" in widget.message_label.text()
        assert read(copy, "SELECT count(*) FROM assessment WHERE person_id = ?",
                    (ids["bjorn"],)) == [(0,)]
        assert current_ids(widget) == (ids["bjorn"], ids["mi"])  # stays on the cell
    finally:
        office.close()


def test_cells_show_level_target_gap_and_self_marker(view: MatrixView, ids: dict[str, int],
                                                    ctx: OfficeContext) -> None:
    model = view.model
    # Anne: leader 2, self 3, role target 2.
    assert shown_text(view, ids["anne"], ids["mi"]) == "2/2"
    assert model.paint_info(*_pos(view, ids["anne"], ids["mi"])) == (CellState.MEETS, 2, 2, 3)
    # Bjørn (Markedskoordinator) needs 4 in Markedskompetanse and has no assessment.
    comp = int(ctx.office.query("SELECT id FROM competence WHERE name = 'Markedskompetanse'")[0][0])
    assert shown_text(view, ids["bjorn"], comp) == "?/4"
    assert model.paint_info(*_pos(view, ids["bjorn"], comp))[0] == CellState.UNKNOWN
    view.show_target({"person_id": ids["bjorn"], "competence_id": comp})
    QTest.keyClick(view.table, Qt.Key.Key_3)
    assert model.paint_info(*_pos(view, ids["bjorn"], comp))[:2] == (CellState.GAP_ONE, 3)
    view.show_target({"person_id": ids["bjorn"], "competence_id": comp})
    QTest.keyClick(view.table, Qt.Key.Key_1)
    assert model.paint_info(*_pos(view, ids["bjorn"], comp))[:2] == (CellState.GAP_MORE, 1)
    # Cecilie has no role: assessed cells have no target.
    view.show_target({"person_id": ids["cecilie"], "competence_id": comp})
    QTest.keyClick(view.table, Qt.Key.Key_2)
    assert model.paint_info(*_pos(view, ids["cecilie"], comp))[0] == CellState.NO_TARGET
    tip = str(model.data(model.index_of(ids["anne"], ids["mi"]), Qt.ItemDataRole.ToolTipRole))
    assert "Egenvurdering: 3 Erfaren" in tip and "fra rolle" in tip


def test_coverage_of_the_column_follows_typing(view: MatrixView, ids: dict[str, int]) -> None:
    coverage = view.model.coverage(ids["samtale"])
    assert coverage is not None and (coverage.meeting_target, coverage.with_target) == (0, 1)
    view.show_target({"person_id": ids["anne"], "competence_id": ids["samtale"]})
    QTest.keyClick(view.table, Qt.Key.Key_3)
    coverage = view.model.coverage(ids["samtale"])
    assert coverage is not None and (coverage.meeting_target, coverage.covered_by) == (1, 1)


def test_controls_have_accessible_names(view: MatrixView) -> None:
    for widget in (view.team_combo, view.role_combo, view.round_check, view.round_date,
                   view.move_combo, view.table, view.panel.target_combo, view.panel.note_edit,
                   view.panel.save_note, view.panel.history_view,
                   *view.source_buttons.values()):
        assert widget.accessibleName(), widget


def test_keyboard_reaches_the_grid_and_the_controls(
        qtbot: QtBot, view: MatrixView, ids: dict[str, int], ctx: OfficeContext) -> None:
    view.activateWindow()
    qtbot.waitActive(view)
    view.team_combo.setFocus()
    QTest.keyClick(view.team_combo, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(view.table.hasFocus)
    QTest.keyClick(view.table, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: view.source == "self")  # «&Egenvurdering» (animated click)
    QTest.keyClick(view.table, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(view.round_check.isChecked)  # «Kartleggingsr&unde»
    QTest.keyClick(view.round_check, Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(view.table.hasFocus)
    person, comp = current_ids(view)
    QTest.keyClick(view.table, Qt.Key.Key_2)
    assert rows(ctx.office, person, comp)[-1][:2] == (2, "self")


def test_empty_office_explains_what_to_do(qtbot: QtBot, ctx: OfficeContext) -> None:
    widget = MatrixView(ctx)
    qtbot.addWidget(widget)
    widget.show()
    assert widget.model.rowCount() == 0
    assert "ingen aktive ansatte" in widget.message_label.text()
    QTest.keyClick(widget.table, Qt.Key.Key_3)  # nothing to record, nothing breaks
    assert read(ctx.office.path, "SELECT count(*) FROM assessment") == [(0,)]
    ctx.apply(staff.add_person, staff.PersonFields("Eva Lund"))
    assert widget.model.rowCount() == 1
    assert not widget.message_label.isVisible()


def test_a_deleted_person_leaves_the_matrix_and_the_panel(
        view: MatrixView, ids: dict[str, int], ctx: OfficeContext) -> None:
    view.show_target({"person_id": ids["cecilie"], "competence_id": ids["mi"]})
    ctx.apply(staff.delete_person, ids["cecilie"])
    assert "Cecilie Eik" not in [p.name for p in view.model.people()]
    assert view.panel.person_id != ids["cecilie"]
    assert view.table.currentIndex().isValid()
    ctx.undo_stack.undo()
    assert "Cecilie Eik" in [p.name for p in view.model.people()]
