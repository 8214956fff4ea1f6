"""The heatmap canvas: headers, the array-backed map, the coverage strip and scroll bars.

The cells are ONE pyqtgraph ImageItem showing `HeatmapGrid.rgba()` (one pixel per cell); a
single overlay item draws the details of the visible cells (see cells.py).
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollBar, QToolTip, QWidget

from kompetansekart.domain.heatmap_data import HeatmapGrid
from kompetansekart.ui.common.forms import named
from kompetansekart.ui.heatmap.cells import CellImage, CellOverlay, CellViewBox, HatchBackdrop
from kompetansekart.ui.heatmap.headers import ColumnHeader, CoverageStrip, RowHeader
from kompetansekart.ui.heatmap.style import (
    BACKGROUND,
    CELL_H,
    CELL_W,
    FILL_MAX_W,
    MAX_CELL,
    MIN_CELL,
    STRIP_H,
)

# -- the canvas -------------------------------------------------------------------------------


class HeatmapCanvas(QWidget):
    """Headers, the array-backed map, the coverage strip and scroll bars, kept in step."""

    cellClicked = Signal(int, int)
    cellActivated = Signal(int, int)
    cellHovered = Signal(int, int)
    categoryToggled = Signal(int)
    viewChanged = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid: HeatmapGrid | None = None
        self.selected: tuple[int, int] | None = None
        self.hover: tuple[int, int] | None = None
        self._cell_w, self._cell_h = float(CELL_W), float(CELL_H)
        self._x0 = self._y0 = 0.0
        self._syncing = False
        #: At the default zoom a narrow map widens its columns to use the width (up to a limit).
        self._fill_width = True

        self.graphics = pg.GraphicsView(background=BACKGROUND)
        self.graphics.setFrameShape(pg.GraphicsView.Shape.NoFrame)
        self.graphics.setAccessibleName(self.tr("Varmekart"))
        self.graphics.setAccessibleDescription(self.tr(
            "Ansatte i rader og kompetanseområder i kolonner. Piltaster flytter valgt celle, "
            "Enter åpner vurderingen."))
        self.box = CellViewBox()
        self.graphics.setCentralItem(self.box)
        self.backdrop = HatchBackdrop(self)
        self.box.addItem(self.backdrop)
        self.image = CellImage()
        self.box.addItem(self.image)
        #: What the image shows: the grid's colours, with hatched cells transparent.
        self.display: np.ndarray = np.zeros((0, 0, 4), np.uint8)
        self._display_palette: np.ndarray = np.zeros((0, 4), np.uint8)
        self.overlay = CellOverlay(self)
        self.box.addItem(self.overlay)
        self.box.clicked.connect(self._on_click)
        self.box.wheeled.connect(self._on_wheel)
        self.box.sigRangeChanged.connect(self._on_range)
        self.box.sigResized.connect(self._apply_range)
        self.graphics.viewport().installEventFilter(self)
        self.graphics.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.graphics.installEventFilter(self)

        self.rows = RowHeader(self)
        self.columns = ColumnHeader(self)
        self.strip = CoverageStrip(self)
        self.corner = QLabel(self)
        self.corner.setAlignment(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft)
        self.corner.setWordWrap(True)
        self.corner.setContentsMargins(6, 0, 6, 6)
        self.strip_label = QLabel(self)
        self.strip_label.setWordWrap(True)
        self.strip_label.setContentsMargins(6, 0, 6, 0)
        self.strip_label.setFixedHeight(STRIP_H)
        self.vbar = QScrollBar(Qt.Orientation.Vertical, self)
        self.hbar = QScrollBar(Qt.Orientation.Horizontal, self)
        named(self.vbar, self.tr("Rull ansatte"))
        named(self.hbar, self.tr("Rull kompetanseområder"))
        self.vbar.valueChanged.connect(self._on_vbar)
        self.hbar.valueChanged.connect(self._on_hbar)

        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.corner, 0, 0)
        layout.addWidget(self.columns, 0, 1)
        layout.addWidget(self.rows, 1, 0)
        layout.addWidget(self.graphics, 1, 1)
        layout.addWidget(self.vbar, 1, 2)
        layout.addWidget(self.strip_label, 2, 0)
        layout.addWidget(self.strip, 2, 1)
        layout.addWidget(self.hbar, 3, 1)
        layout.setRowStretch(1, 1)
        layout.setColumnStretch(1, 1)

    # -- geometry ------------------------------------------------------------------------

    def cell_w(self) -> float:
        """Width of a cell in pixels."""
        return self._cell_w

    def cell_h(self) -> float:
        """Height of a cell in pixels."""
        return self._cell_h

    def x_origin(self) -> float:
        """Pixel x (in the headers' coordinates) of column 0's left edge."""
        return -self._x0 * self._cell_w

    def y_origin(self) -> float:
        """Pixel y of row 0's top edge."""
        return -self._y0 * self._cell_h

    def _view_size(self) -> tuple[float, float]:
        size = self.graphics.viewport().size()
        return float(max(1, size.width())), float(max(1, size.height()))

    def visible_rows(self) -> tuple[int, int]:
        """[first, last) rows at least partly visible."""
        rows = self.grid.shape[0] if self.grid is not None else 0
        h = self._view_size()[1]
        return (max(0, math.floor(self._y0)),
                min(rows, math.ceil(self._y0 + h / self._cell_h)))

    def visible_columns(self) -> tuple[int, int]:
        """[first, last) columns at least partly visible."""
        cols = self.grid.shape[1] if self.grid is not None else 0
        w = self._view_size()[0]
        return (max(0, math.floor(self._x0)),
                min(cols, math.ceil(self._x0 + w / self._cell_w)))

    def row_at_y(self, y: float) -> int:
        """Row under a pixel y of the map (or -1)."""
        rows = self.grid.shape[0] if self.grid is not None else 0
        r = math.floor(self._y0 + y / self._cell_h)
        return r if 0 <= r < rows else -1

    def column_at_x(self, x: float) -> int:
        """Column under a pixel x of the map (or -1)."""
        cols = self.grid.shape[1] if self.grid is not None else 0
        c = math.floor(self._x0 + x / self._cell_w)
        return c if 0 <= c < cols else -1

    def _fill(self) -> None:
        if not self._fill_width or self.grid is None or not self.grid.shape[1]:
            return
        w = self._view_size()[0]
        self._cell_w = min(FILL_MAX_W, max(float(CELL_W), w / self.grid.shape[1]))

    def _clamp(self) -> None:
        rows, cols = self.grid.shape if self.grid is not None else (0, 0)
        w, h = self._view_size()
        self._x0 = min(max(0.0, self._x0), max(0.0, cols - w / self._cell_w))
        self._y0 = min(max(0.0, self._y0), max(0.0, rows - h / self._cell_h))

    def _apply_range(self) -> None:
        """Show the range given by origin and cell size; update scroll bars and headers."""
        self._fill()
        self._clamp()
        w, h = self._view_size()
        self._syncing = True
        try:
            self.box.setRange(xRange=(self._x0, self._x0 + w / self._cell_w),
                              yRange=(self._y0, self._y0 + h / self._cell_h), padding=0.0,
                              update=True)
            rows, cols = self.grid.shape if self.grid is not None else (0, 0)
            # Scroll bars count in tenths of a cell, so panning by dragging stays smooth.
            self.vbar.setRange(0, int(max(0.0, rows - h / self._cell_h) * 10))
            self.vbar.setPageStep(int(h / self._cell_h * 10))
            self.vbar.setSingleStep(10)
            self.vbar.setValue(round(self._y0 * 10))
            self.hbar.setRange(0, int(max(0.0, cols - w / self._cell_w) * 10))
            self.hbar.setPageStep(int(w / self._cell_w * 10))
            self.hbar.setSingleStep(10)
            self.hbar.setValue(round(self._x0 * 10))
        finally:
            self._syncing = False
        self._headers_changed()

    def _headers_changed(self) -> None:
        self.rows.update()
        self.columns.update()
        self.strip.update()
        self.viewChanged.emit()

    def _on_range(self, _box: object, ranges: list[list[float]], _changed: object) -> None:
        if self._syncing:
            return
        (x0, x1), (y0, y1) = ranges
        w, h = self._view_size()
        if x1 > x0 and y1 > y0 and (abs(w / (x1 - x0) - self._cell_w) > 1e-6
                                    or abs(h / (y1 - y0) - self._cell_h) > 1e-6):
            self._cell_w = w / (x1 - x0)
            self._cell_h = h / (y1 - y0)
            self._fill_width = False
        self._x0, self._y0 = x0, y0
        rows, cols = self.grid.shape if self.grid is not None else (0, 0)
        # Dragging past the edge snaps back so the map never slides out of sight.
        if self._x0 < 0 or self._y0 < 0 or self._x0 > max(0.0, cols - w / self._cell_w) \
                or self._y0 > max(0.0, rows - h / self._cell_h):
            self._apply_range()
            return
        self._syncing = True
        try:
            self.vbar.setValue(round(self._y0 * 10))
            self.hbar.setValue(round(self._x0 * 10))
        finally:
            self._syncing = False
        self._headers_changed()

    def _on_vbar(self, value: int) -> None:
        if not self._syncing:
            self._y0 = value / 10
            self._apply_range()

    def _on_hbar(self, value: int) -> None:
        if not self._syncing:
            self._x0 = value / 10
            self._apply_range()

    def scroll_by(self, rows: float = 0.0, columns: float = 0.0) -> None:
        """Scroll by a number of rows and columns."""
        self._y0 += rows
        self._x0 += columns
        self._apply_range()

    def zoom(self) -> float:
        """Current zoom relative to the default cell size."""
        return self._cell_h / CELL_H

    def set_zoom(self, factor: float, anchor: QPointF | None = None) -> None:
        """Zoom to `factor` × the default cell size, keeping `anchor` (cell coords) in place."""
        w, h = self._view_size()
        if anchor is None:
            anchor = QPointF(self._x0 + w / self._cell_w / 2, self._y0 + h / self._cell_h / 2)
        fx = (anchor.x() - self._x0) * self._cell_w
        fy = (anchor.y() - self._y0) * self._cell_h
        self._fill_width = factor == 1.0
        self._cell_w = min(MAX_CELL, max(MIN_CELL, CELL_W * factor))
        self._cell_h = min(MAX_CELL, max(MIN_CELL, CELL_H * factor))
        self._x0 = anchor.x() - fx / self._cell_w
        self._y0 = anchor.y() - fy / self._cell_h
        self._apply_range()

    def zoom_to_fit(self) -> None:
        """Shrink or grow the cells until the whole map fits."""
        if self.grid is None or 0 in self.grid.shape:
            return
        rows, cols = self.grid.shape
        w, h = self._view_size()
        # Each axis on its own, so the overview uses the whole area.
        self._fill_width = False
        self._cell_w = min(MAX_CELL, max(0.5, w / cols))
        self._cell_h = min(MAX_CELL, max(0.5, h / rows))
        self._x0 = self._y0 = 0.0
        self._apply_range()

    def _on_wheel(self, delta: int, modifiers: object, pos: QPointF) -> None:
        mods = Qt.KeyboardModifier(modifiers)  # type: ignore[call-overload]
        if mods & Qt.KeyboardModifier.ControlModifier:
            self.set_zoom(self.zoom() * (1.15 ** (delta / 120)), pos)
        elif mods & Qt.KeyboardModifier.ShiftModifier:
            self.scroll_by(columns=-3 * delta / 120)
        else:
            self.scroll_by(rows=-3 * delta / 120)

    # -- content -------------------------------------------------------------------------

    def set_grid(self, grid: HeatmapGrid) -> None:
        """Show a new grid (keeping the zoom and, as far as possible, the position)."""
        old = self.grid
        self.grid = grid
        if old is None or old.shape != grid.shape:
            self.overlay.changed()
            self.backdrop.changed()
        palette = grid.palette.rgba.copy()
        palette[grid.palette.hatched, 3] = 0
        self._display_palette = palette
        self.display = palette[grid.codes]
        if 0 in grid.shape:  # no people or no competences (after filtering): nothing to draw
            self.image.clear()
        else:
            self.image.setImage(self.display, autoLevels=False, levels=None)
            self.image.setRect(QRectF(0, 0, grid.shape[1], grid.shape[0]))
        self.backdrop.update()
        if self.selected is not None and (self.selected[0] >= grid.shape[0]
                                          or self.selected[1] >= grid.shape[1]):
            self.selected = None
        self.columns.fit_height(grid)
        self.rows.fit(grid)
        self._apply_range()
        self.overlay.update()

    def refresh_cell(self, row: int, column: int) -> None:
        """Redraw after `grid.refresh_cell` changed one cell (and its coverage)."""
        if self.grid is None:
            return
        self.display[row, column] = self._display_palette[self.grid.codes[row, column]]
        self.image.set_cell_image(self.display, row, column)
        cell = QRectF(column, row, 1, 1)
        self.overlay.update(cell)
        # The coverage of the column may have changed too.
        x = int(self.x_origin() + column * self._cell_w)
        width = int(self._cell_w) + 2
        self.strip.update(QRect(x - 1, 0, width, self.strip.height()))
        self.columns.update(QRect(x - 1, 0, width, self.columns.height()))

    def select(self, row: int, column: int, *, ensure_visible: bool = True) -> None:
        """Select a cell (and scroll it into view)."""
        self.selected = (row, column)
        if ensure_visible:
            self.ensure_visible(row, column)
        self.overlay.update()
        self._headers_changed()

    def ensure_visible(self, row: int, column: int) -> None:
        """Scroll the least needed to show a cell."""
        w, h = self._view_size()
        vis_w, vis_h = w / self._cell_w, h / self._cell_h
        if row < self._y0:
            self._y0 = row
        elif row + 1 > self._y0 + vis_h:
            self._y0 = row + 1 - vis_h
        if column < self._x0:
            self._x0 = column
        elif column + 1 > self._x0 + vis_w:
            self._x0 = column + 1 - vis_w
        self._apply_range()

    def cell_at(self, x: float, y: float) -> tuple[int, int] | None:
        """The cell at view coordinates (None outside the map)."""
        if self.grid is None:
            return None
        rows, cols = self.grid.shape
        r, c = math.floor(y), math.floor(x)
        if 0 <= r < rows and 0 <= c < cols:
            return r, c
        return None

    def _on_click(self, x: float, y: float) -> None:
        cell = self.cell_at(x, y)
        if cell is not None:
            self.select(*cell, ensure_visible=False)
            self.cellClicked.emit(*cell)

    def _on_mouse_moved(self, pos: QPointF) -> None:
        # Read straight from the viewport's events: pyqtgraph's scene signal drops moves
        # that come quicker than its frame rate, and the hover must follow every move.
        scene_pos = self.graphics.mapToScene(pos.toPoint())
        point = self.box.mapSceneToView(scene_pos)
        self.set_hover(self.cell_at(point.x(), point.y()))

    def set_hover(self, cell: tuple[int, int] | None) -> None:
        """Mark the cell under the mouse (its row and column names are highlighted)."""
        if cell == self.hover:
            return
        self.hover = cell
        self.rows.update()
        self.columns.update()
        self.cellHovered.emit(*(cell if cell is not None else (-1, -1)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.graphics.viewport():
            if event.type() == QEvent.Type.MouseMove:
                self._on_mouse_moved(event.position())  # type: ignore[attr-defined]
            elif event.type() == QEvent.Type.Leave:
                self.set_hover(None)
                QToolTip.hideText()
        if watched is self.graphics and event.type() == QEvent.Type.KeyPress:
            return self._key(event)  # type: ignore[arg-type]
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        if self.grid is None or 0 in self.grid.shape:
            return False
        rows, cols = self.grid.shape
        r, c = self.selected or (0, 0)
        key = event.key()
        moves = {Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0), Qt.Key.Key_Left: (0, -1),
                 Qt.Key.Key_Right: (0, 1), Qt.Key.Key_PageUp: (-10, 0),
                 Qt.Key.Key_PageDown: (10, 0)}
        if key in moves:
            dr, dc = moves[Qt.Key(key)]
            self.select(min(rows - 1, max(0, r + dr)), min(cols - 1, max(0, c + dc)))
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space) and self.selected:
            self.cellActivated.emit(*self.selected)
            return True
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
                self.set_zoom(self.zoom() * 1.25)
                return True
            if key == Qt.Key.Key_Minus:
                self.set_zoom(self.zoom() / 1.25)
                return True
        return False

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_range()

    def cell_rect(self, row: int, column: int) -> QRect:
        """Where a cell is on the map's viewport, in pixels."""
        return QRect(int(self.x_origin() + column * self._cell_w),
                     int(self.y_origin() + row * self._cell_h),
                     int(self._cell_w), int(self._cell_h))

    def viewport_point(self, row: int, column: int) -> QPoint:
        """The centre of a cell on the map's viewport."""
        return self.cell_rect(row, column).center()
