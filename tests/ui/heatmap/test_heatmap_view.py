"""«Varmekart»: modes, not-assessed vs unknown gap, roll-up, hover, click-to-edit, redraws."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from uihelpers import read

from kompetansekart.domain.analysis import Analysis
from kompetansekart.domain.heatmap_data import GAP_UNKNOWN, LEVEL_NA
from kompetansekart.services import assessments
from kompetansekart.storage.errors import ValidationError
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.heatmap.view import HeatmapView

# QToolTip.showText asks the offscreen platform to raise the tip, which it cannot do.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints",
                                                   "does not support raise")]


def make_view(qtbot: QtBot, ctx: OfficeContext) -> HeatmapView:
    view = HeatmapView(ctx)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.show()
    qtbot.waitExposed(view)
    return view


def cell(view: HeatmapView, person_id: int, competence_id: int) -> tuple[int, int]:
    assert view.grid is not None
    found = view.grid.locate(person_id, competence_id)
    assert found is not None
    return found


def value(view: HeatmapView, person_id: int, competence_id: int) -> float:
    assert view.grid is not None
    return float(view.grid.values[cell(view, person_id, competence_id)])


def shown_image(view: HeatmapView) -> np.ndarray:
    image = view.canvas.image.image
    assert image is not None
    return image


def test_each_mode_shows_the_analysis_values(qtbot: QtBot, ctx: OfficeContext,
                                             staffed: dict[str, int]) -> None:
    view = make_view(qtbot, ctx)
    kari, ola, mi, samtale = (staffed["kari"], staffed["ola"], staffed["comp_mi"],
                              staffed["comp_samtale"])
    analysis = Analysis(ctx.data)
    assert view.mode() == "level"
    assert value(view, kari, mi) == 4 and value(view, ola, mi) == 1
    view.set_mode("gap")
    assert view.mode_box.currentData() == "gap" and view.grid is not None
    assert view.grid.mode == "gap"
    for person in (kari, ola):
        c = analysis.cell(person, mi)
        assert value(view, person, mi) == c.gap
    view.set_mode("self")
    assert value(view, kari, samtale) == 1 - 3  # self 1, leader 3
    assert np.isnan(value(view, ola, mi))  # no self-assessment
    view.set_mode("age")
    assert value(view, kari, mi) == 0  # assessed 30 days ago: 0 whole months
    # The picture is the grid: one image, one pixel per cell; hatched cells are see-through
    # so the hatched backdrop shows.
    assert view.grid is not None
    image = shown_image(view)
    np.testing.assert_array_equal(image[..., :3], view.grid.rgba()[..., :3])
    np.testing.assert_array_equal(image[..., 3] == 0, view.grid.hatched())
    with pytest.raises(ValidationError, match="level, gap, self, age"):
        view.set_mode("colour")


def test_not_assessed_unknown_gap_and_level_zero_differ(qtbot: QtBot, ctx: OfficeContext,
                                                        staffed: dict[str, int]) -> None:
    ctx.apply(assessments.record, staffed["nina"], staffed["comp_mi"], 0)
    view = make_view(qtbot, ctx)
    grid = view.grid
    assert grid is not None
    zero = cell(view, staffed["nina"], staffed["comp_mi"])
    unassessed = cell(view, staffed["ny"], staffed["comp_mi"])
    assert grid.values[zero] == 0 and grid.codes[zero] == 0
    assert grid.codes[unassessed] == LEVEL_NA and np.isnan(grid.values[unassessed])
    assert grid.hatched()[unassessed] and not grid.hatched()[zero]
    assert tuple(grid.rgba()[zero]) != tuple(grid.rgba()[unassessed])
    view.set_mode("gap")
    grid = view.grid
    assert grid is not None
    target = Analysis(ctx.data).target(staffed["ny"], staffed["comp_mi"])
    assert target is not None and target > 0  # the Veileder role requires it
    assert grid.codes[unassessed] == GAP_UNKNOWN and grid.text(*unassessed) == "?"
    nina = grid.row_of(staffed["nina"])
    assert nina is not None and grid.text(nina, zero[1]) == ""  # no role: no target, no gap


def test_category_collapses_to_a_rollup_column(qtbot: QtBot, ctx: OfficeContext,
                                               staffed: dict[str, int]) -> None:
    view = make_view(qtbot, ctx)
    assert view.grid is not None
    mi_col = cell(view, staffed["kari"], staffed["comp_mi"])[1]
    category = view.grid.columns[mi_col].category_id
    group = next(g for g in view.grid.column_groups if g.key == category)
    n_before = len(view.grid.columns)
    # Click the category's band in the column header.
    header = view.canvas.columns
    x = int(view.canvas.x_origin() + (group.start + 0.5) * view.canvas.cell_w())
    qtbot.mouseClick(header, Qt.MouseButton.LeftButton, pos=QPoint(x, 8))
    grid = view.grid
    assert grid is not None
    assert len(grid.columns) == n_before - (group.stop - group.start) + 1
    r, c = cell(view, staffed["kari"], staffed["comp_mi"])
    assert grid.columns[c].rollup and grid.columns[c].key == category
    levels = [level for level in (4, 3) if True]  # Kari: MI 4, Brukersamtalen 3
    same_category = {staffed["comp_mi"], staffed["comp_samtale"]} <= set(
        grid.columns[c].competence_ids)
    expected = np.mean(levels) if same_category else 4
    assert grid.values[r, c] == pytest.approx(expected)
    view.set_mode("gap")
    assert view.grid is not None and view.grid.columns[c].rollup  # stays folded
    # A click on the roll-up cell unfolds it again.
    view.open_editor(r, c)
    assert view.grid is not None and len(view.grid.columns) == n_before
    # «Samle kategorier» folds every category.
    view.collapse_all.setChecked(True)
    assert view.grid is not None
    assert all(col.rollup for col in view.grid.columns)
    assert len(view.grid.columns) == len(ctx.data.categories)


def send_move(view: HeatmapView, point: QPoint) -> None:
    viewport = view.canvas.graphics.viewport()
    event = QMouseEvent(QEvent.Type.MouseMove, QPointF(point), QPointF(
        viewport.mapToGlobal(point)), Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def test_hover_tells_the_story_of_a_cell(qtbot: QtBot, ctx: OfficeContext,
                                         staffed: dict[str, int]) -> None:
    view = make_view(qtbot, ctx)
    r, c = cell(view, staffed["kari"], staffed["comp_samtale"])
    send_move(view, view.canvas.viewport_point(r, c))
    assert view.canvas.hover == (r, c)
    text = view.hover_text
    today = date.today()
    assessed = date.fromordinal(today.toordinal() - 30)
    for part in ("Kari Nordmann", "Brukersamtalen", "Nivå: <b>3 Erfaren</b>",
                 "Egenvurdering: 1", f"Sist vurdert {assessed:%d.%m.%Y} av leder"):
        assert part in text, part
    target = Analysis(ctx.data).target(staffed["kari"], staffed["comp_samtale"])
    assert (f"Mål: {target}" in text) if target is not None else ("Mål: ingen" in text)
    # An unknown gap says so.
    r2, c2 = cell(view, staffed["ny"], staffed["comp_mi"])
    send_move(view, view.canvas.viewport_point(r2, c2))
    assert "ikke vurdert" in view.hover_text and "ukjent" in view.hover_text
    # The row name is highlighted while hovering.
    assert view.canvas.hover == (r2, c2)


def test_click_opens_editor_that_records_and_redraws_one_cell(
        qtbot: QtBot, ctx: OfficeContext, staffed: dict[str, int]) -> None:
    view = make_view(qtbot, ctx)
    ola, mi = staffed["ola"], staffed["comp_mi"]
    r, c = cell(view, ola, mi)
    grid_before = view.grid
    qtbot.mouseClick(view.canvas.graphics.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.canvas.viewport_point(r, c))
    editor = view.editor
    assert editor is not None and editor.isVisible()
    assert view.canvas.selected == (r, c)
    assert (editor.facts.person_id, editor.facts.competence_id) == (ola, mi)
    assert editor.chosen_level() == 1  # the current level is preselected
    editor.set_level(3)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    rows = read(ctx.office.path, "SELECT level, source FROM assessment WHERE person_id = ? "
                "AND competence_id = ? ORDER BY id DESC LIMIT 1", (ola, mi))
    assert rows == [(3, "leader")]
    # Redrawn at once, in place (the one-cell path keeps the same grid object).
    assert view.grid is grid_before
    assert value(view, ola, mi) == 3
    np.testing.assert_array_equal(shown_image(view)[r, c], view.grid.palette.rgba[3])
    # Undo redraws from the file.
    ctx.undo_stack.undo()
    assert value(view, ola, mi) == 1
    np.testing.assert_array_equal(shown_image(view)[r, c], view.grid.palette.rgba[1])
    ctx.undo_stack.redo()
    assert value(view, ola, mi) == 3


def test_editor_needs_a_choice_records_a_withdrawal_and_opens_the_matrix(
        qtbot: QtBot, ctx: OfficeContext, staffed: dict[str, int]) -> None:
    view = make_view(qtbot, ctx)
    count = read(ctx.office.path, "SELECT count(*) FROM assessment")[0][0]
    r, c = cell(view, staffed["nina"], staffed["comp_mi"])
    editor = view.open_editor(r, c)
    assert editor is not None and not editor.has_choice()  # unassessed: nothing preselected
    editor.accept()
    assert editor.isVisible() and editor.errors.message("") == "Velg et nivå."
    assert read(ctx.office.path, "SELECT count(*) FROM assessment")[0][0] == count
    editor.reject()
    # «Ikke vurdert» withdraws Kari's level 4: a NULL entry, and the cell is hatched again.
    kari, mi = staffed["kari"], staffed["comp_mi"]
    editor = view.open_editor(*cell(view, kari, mi))
    assert editor is not None and editor.chosen_level() == 4
    editor.set_level(None)
    editor.accept()
    assert read(ctx.office.path, "SELECT level FROM assessment WHERE person_id = ? AND "
                "competence_id = ? ORDER BY id DESC LIMIT 1", (kari, mi)) == [(None,)]
    assert np.isnan(value(view, kari, mi))
    assert view.grid is not None and view.grid.hatched()[cell(view, kari, mi)]
    with qtbot.waitSignal(view.navigate) as signal:
        editor2 = view.open_editor(r, c)
        assert editor2 is not None
        qtbot.mouseClick(editor2.matrix_button, Qt.MouseButton.LeftButton)
    assert signal.args == ["matrix", {"person_id": staffed["nina"],
                                      "competence_id": staffed["comp_mi"]}]


def test_edit_elsewhere_redraws(qtbot: QtBot, ctx: OfficeContext,
                                staffed: dict[str, int]) -> None:
    view = make_view(qtbot, ctx)
    nina, mi = staffed["nina"], staffed["comp_mi"]
    assert np.isnan(value(view, nina, mi))
    ctx.apply(assessments.record, nina, mi, 2, source="coordinator")
    assert value(view, nina, mi) == 2
    ctx.apply(assessments.set_target, nina, mi, 4)
    view.set_mode("gap")
    assert value(view, nina, mi) == 2
    ctx.undo_stack.undo()
    assert np.isnan(value(view, nina, mi))  # no target any more


def test_filters_grouping_and_only_gaps(qtbot: QtBot, ctx: OfficeContext,
                                        staffed: dict[str, int]) -> None:
    view = make_view(qtbot, ctx)
    view.team_box.setCurrentIndex(view.team_box.findData(staffed["team_marked"]))
    assert view.grid is not None and [r.name for r in view.grid.rows] == ["Ola Hansen"]
    view.team_box.setCurrentIndex(0)
    view.group_box.setCurrentIndex(view.group_box.findData("role"))
    assert view.grid is not None
    assert [g.label for g in view.grid.row_groups] == ["Veileder", "Uten rolle"]
    view.only_gaps.setChecked(True)
    grid = view.grid
    assert grid is not None
    analysis = Analysis(ctx.data)
    for row in grid.rows:
        assert any(analysis.cell(row.person_id, col.key).gap
                   or analysis.cell(row.person_id, col.key).unknown_gap for col in grid.columns)
    assert "Nina Berg" not in [r.name for r in grid.rows]  # no role, no gap
    # An edit while «bare gap» is on still redraws (it may remove a row).
    view.record(staffed["ola"], staffed["comp_mi"], 4, "leader", date.today())
    assert view.grid is not None
    view.category_box.setCurrentIndex(1)
    assert view.grid is not None
    assert {c.category_id for c in view.grid.columns} <= {view.category_box.currentData()}


def test_show_target_selects_and_clears_hiding_filters(qtbot: QtBot, ctx: OfficeContext,
                                                       staffed: dict[str, int]) -> None:
    view = make_view(qtbot, ctx)
    view.team_box.setCurrentIndex(view.team_box.findData(staffed["team_marked"]))
    view.show_target({"person_id": staffed["kari"], "competence_id": staffed["comp_mi"]})
    assert view.team_box.currentData() is None
    assert view.canvas.selected == cell(view, staffed["kari"], staffed["comp_mi"])


def test_keyboard_moves_selection_and_enter_opens_editor(qtbot: QtBot, ctx: OfficeContext,
                                                         staffed: dict[str, int]) -> None:
    view = make_view(qtbot, ctx)
    view.canvas.select(0, 0)
    view.canvas.graphics.setFocus()
    qtbot.keyClick(view.canvas.graphics, Qt.Key.Key_Down)
    qtbot.keyClick(view.canvas.graphics, Qt.Key.Key_Right)
    assert view.canvas.selected == (1, 1)
    qtbot.keyClick(view.canvas.graphics, Qt.Key.Key_Return)
    assert view.editor is not None
    assert view.grid is not None
    assert view.editor.facts.person_id == view.grid.rows[1].person_id


def test_zoom_and_scroll_keep_headers_in_step(qtbot: QtBot, ctx: OfficeContext,
                                              staffed: dict[str, int]) -> None:
    view = make_view(qtbot, ctx)
    canvas = view.canvas
    canvas.set_zoom(2.0)
    assert canvas.cell_h() == pytest.approx(44)
    x0 = canvas.x_origin()
    canvas.scroll_by(columns=5)
    assert canvas.x_origin() == pytest.approx(x0 - 5 * canvas.cell_w())
    assert canvas.hbar.value() == round(-canvas.x_origin() / canvas.cell_w() * 10)
    canvas.zoom_to_fit()
    assert view.grid is not None
    rows, cols = view.grid.shape
    assert canvas.visible_rows() == (0, rows) and canvas.visible_columns() == (0, cols)


def test_high_contrast_and_exports(qtbot: QtBot, ctx: OfficeContext, staffed: dict[str, int],
                                   tmp_path: Path) -> None:
    view = make_view(qtbot, ctx)
    assert view.grid is not None
    normal = view.grid.palette.rgba.copy()
    view.high_contrast.setChecked(True)
    assert view.grid.options.high_contrast
    assert not np.array_equal(view.grid.palette.rgba, normal)
    png = view.export_png(tmp_path / "kart.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    svg = view.export_svg(tmp_path / "kart.svg").read_text(encoding="utf-8")
    assert "<svg" in svg and "Kari Nordmann" in svg and "Motiverende intervju" in svg


def test_rendered_pixels_sit_under_their_names(qtbot: QtBot, ctx: OfficeContext,
                                               staffed: dict[str, int]) -> None:
    """The cell drawn at a person's row and a competence's column has that cell's colour."""
    view = make_view(qtbot, ctx)
    r, c = cell(view, staffed["kari"], staffed["comp_mi"])
    image = view.canvas.graphics.viewport().grab().toImage()
    rect = view.canvas.cell_rect(r, c)
    # Sample off-centre, away from the printed value and grid lines.
    colour = image.pixelColor(rect.left() + 3, rect.top() + 3)
    assert view.grid is not None
    expected = view.grid.rgba()[r, c]
    assert (colour.red(), colour.green(), colour.blue()) == tuple(int(v) for v in expected[:3])
    row_header_name = view.grid.rows[r].name
    assert row_header_name == "Kari Nordmann"
    assert view.canvas.row_at_y(rect.center().y()) == r
    assert view.canvas.column_at_x(rect.center().x()) == c


def test_painting_many_times_keeps_the_process_alive(qtbot: QtBot, ctx: OfficeContext,
                                                     staffed: dict[str, int]) -> None:
    """PySide6 6.12.0 on Python 3.11 drops a reference to None on each void call; thousands
    of paints must not bring None's count down to zero («deallocating None»)."""
    view = make_view(qtbot, ctx)
    start = sys.getrefcount(None)
    for n in range(60):
        view.canvas.scroll_by(rows=1 if n % 2 else -1)
        view.repaint()
    assert sys.getrefcount(None) > 10_000
    assert sys.getrefcount(None) > start - 1_000_000


def test_hidden_view_catches_up_when_shown(qtbot: QtBot, ctx: OfficeContext,
                                           staffed: dict[str, int]) -> None:
    view = make_view(qtbot, ctx)
    view.hide()
    nina, mi = staffed["nina"], staffed["comp_mi"]
    ctx.apply(assessments.record, nina, mi, 3)
    assert np.isnan(value(view, nina, mi))  # not redrawn while nobody looks
    view.show()
    assert value(view, nina, mi) == 3


def test_coverage_strip_tells_who_covers_and_flags_vulnerable(
        qtbot: QtBot, ctx: OfficeContext, staffed: dict[str, int]) -> None:
    view = make_view(qtbot, ctx)
    grid = view.grid
    assert grid is not None
    c = cell(view, staffed["kari"], staffed["comp_mi"])[1]
    cov = Analysis(ctx.data).coverage(staffed["comp_mi"])
    assert int(grid.covered[c]) == cov.covered_by and bool(grid.vulnerable[c]) == cov.vulnerable
    text = view.coverage_tooltip(c)
    assert f"{cov.covered_by} av {grid.people_total} aktive" in text
    assert ("Sårbar" in text) == cov.vulnerable
    view.coverage_box.setCurrentIndex(view.coverage_box.findData(1))
    assert view.grid is not None
    assert int(view.grid.covered[c]) == Analysis(ctx.data).coverage(staffed["comp_mi"],
                                                                     1).covered_by
    assert "nivå 1 eller mer" in view.coverage_tooltip(c)


def test_office_without_staff_explains_the_empty_map(qtbot: QtBot, ctx: OfficeContext) -> None:
    # A new office has a catalogue but nobody to draw: the view says what to do instead of
    # failing inside pyqtgraph (ZeroDivisionError in ImageItem.setRect).
    view = HeatmapView(ctx)
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    assert view.grid is not None and view.grid.shape[0] == 0
    assert view.empty_note.isVisible()
    assert "ingen aktive ansatte" in view.empty_note.text()
    assert not view.canvas.isVisible()
