"""The graphics items of the heatmap: the view box, the one-pixel-per-cell image, and the
backdrop and overlay that draw hatches, grid lines, values and the selection for the visible
cells only (so drawing cost follows the window size, not the office size).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QLineF, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen, QStaticText
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from kompetansekart.ui.heatmap.style import (
    GRID_LINE,
    MIN_VALUE_H,
    MIN_VALUE_W,
    SEPARATOR,
    hatch_brush,
    qcolor,
)

if TYPE_CHECKING:
    from kompetansekart.ui.heatmap.canvas import HeatmapCanvas


class CellViewBox(pg.ViewBox):
    """A ViewBox that pans with the left button, scrolls with the wheel (Ctrl+wheel zooms),
    and reports clicks in cell coordinates."""

    clicked = Signal(float, float)
    wheeled = Signal(int, object, object)  # delta, modifiers, position in view coordinates

    def __init__(self) -> None:
        super().__init__(invertY=True, enableMenu=False, defaultPadding=0.0)
        self.setMouseEnabled(x=True, y=True)

    def wheelEvent(self, ev: object, axis: int | None = None) -> None:
        delta = ev.delta()  # type: ignore[attr-defined]
        pos = self.mapToView(ev.pos())  # type: ignore[attr-defined]
        self.wheeled.emit(int(delta), ev.modifiers(), pos)  # type: ignore[attr-defined]
        ev.accept()  # type: ignore[attr-defined]

    def mouseClickEvent(self, ev: object) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            ev.accept()  # type: ignore[attr-defined]
            pos = self.mapToView(ev.pos())  # type: ignore[attr-defined]
            self.clicked.emit(pos.x(), pos.y())
        else:
            ev.ignore()  # type: ignore[attr-defined]

    def mouseDragEvent(self, ev: object, axis: int | None = None) -> None:
        # Only the left button pans; the right-button zoom of pyqtgraph would stretch cells.
        if ev.button() == Qt.MouseButton.LeftButton:  # type: ignore[attr-defined]
            super().mouseDragEvent(ev, axis)
        else:
            ev.ignore()  # type: ignore[attr-defined]


class CellImage(pg.ImageItem):
    """The map's one image; `set_cell_image` repaints only the changed cell's square."""

    def __init__(self) -> None:
        super().__init__(axisOrder="row-major")
        self._limit: QRectF | None = None

    def update(self, *args: object) -> None:
        limit = getattr(self, "_limit", None)  # ImageItem.__init__ already calls update()
        if limit is not None and not args:
            super().update(limit)
        else:
            super().update(*args)

    def set_cell_image(self, image: np.ndarray, row: int, column: int) -> None:
        """Show `image`, in which only (row, column) changed."""
        self._limit = QRectF(column, row, 1, 1)
        try:
            self.setImage(image, autoLevels=False, levels=None)
        finally:
            self._limit = None


class _GridItem(pg.GraphicsObject):
    """A graphics item covering the whole grid (one unit per cell) that paints only what is
    exposed."""

    def __init__(self, canvas: HeatmapCanvas, z: float) -> None:
        super().__init__()
        self._canvas = canvas
        self.setZValue(z)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def boundingRect(self) -> QRectF:
        grid = self._canvas.grid
        rows, cols = grid.shape if grid is not None else (0, 0)
        return QRectF(0, 0, max(cols, 1), max(rows, 1))

    def changed(self) -> None:
        """The grid's shape changed."""
        self.prepareGeometryChange()
        self.update()


class HatchBackdrop(_GridItem):
    """The neutral, hatched ground under the map. Cells that are «not assessed» (and other
    hatched codes) are transparent in the image, so the hatch shows through them: no work
    per cell at all."""

    def __init__(self, canvas: HeatmapCanvas) -> None:
        super().__init__(canvas, z=-10)

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        grid = self._canvas.grid
        if grid is None or 0 in grid.shape:
            return
        hatched = np.flatnonzero(grid.palette.hatched)
        if hatched.size == 0:
            return
        area = option.exposedRect.intersected(self.boundingRect())  # type: ignore[attr-defined]
        device = p.transform().mapRect(area)
        p.save()
        p.resetTransform()
        p.fillRect(device, qcolor(grid.palette.rgba[hatched[0]]))
        # In device pixels, so the hatch keeps its spacing at any zoom; in cells of a few
        # pixels it would only be noise across the overview, so the plain neutral shows.
        if min(self._canvas.cell_w(), self._canvas.cell_h()) >= 5:
            p.fillRect(device, hatch_brush(grid.options.high_contrast))
        p.restore()


class CellOverlay(_GridItem):
    """Grid lines, hatches, values, group separators and the selection of the visible cells.

    Painted in device pixels (the transform is reset), so lines stay crisp and text keeps its
    size at any zoom; only the cells inside the view are visited.
    """

    def __init__(self, canvas: HeatmapCanvas) -> None:
        super().__init__(canvas, z=10)
        self._texts: dict[tuple[str, bool, int], QStaticText] = {}

    def _static(self, text: str, bold: bool, px: int) -> QStaticText:
        key = (text, bold, px)
        static = self._texts.get(key)
        if static is None:
            static = QStaticText(text)
            static.setTextFormat(Qt.TextFormat.PlainText)
            self._texts[key] = static
        return static

    def paint(self, p: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        canvas = self._canvas
        grid = canvas.grid
        if grid is None or 0 in grid.shape:
            return
        rows, cols = grid.shape
        t = p.transform()
        sx, sy, ox, oy = t.m11(), t.m22(), t.dx(), t.dy()
        if sx <= 0 or sy <= 0:
            return
        view = self.viewRect().intersected(option.exposedRect)  # type: ignore[attr-defined]
        r0 = max(0, math.floor(view.top()))
        r1 = min(rows, math.ceil(view.bottom()))
        c0 = max(0, math.floor(view.left()))
        c1 = min(cols, math.ceil(view.right()))
        if r0 >= r1 or c0 >= c1:
            return
        hc = grid.options.high_contrast
        p.save()
        p.resetTransform()
        p.setRenderHint(QPainter.RenderHint.Antialiasing, False)

        def px_x(c: float) -> float:
            return ox + c * sx

        def px_y(r: float) -> float:
            return oy + r * sy

        # Grid lines between cells.
        if sx >= 5 and sy >= 5:
            p.setPen(QPen(QColor(0, 0, 0) if hc else GRID_LINE, 1))
            top, bottom = px_y(r0), px_y(r1)
            left, right = px_x(c0), px_x(c1)
            lines = [QLineF(px_x(c), top, px_x(c), bottom) for c in range(c0, c1 + 1)]
            lines += [QLineF(left, px_y(r), right, px_y(r)) for r in range(r0, r1 + 1)]
            p.drawLines(lines)
        # Values, when a cell is big enough to hold one: one text and pen per group.
        if sx >= MIN_VALUE_W and sy >= MIN_VALUE_H:
            px = int(max(8, min(sy * 0.55, sx * 0.5, 15)))
            font = QFont(canvas.font())
            font.setPixelSize(px)
            font.setBold(hc)
            p.setFont(font)
            dark_pen, light_pen = QPen(QColor(0, 0, 0)), QPen(QColor(255, 255, 255))
            for text, dark, rows_, cols_ in grid.text_groups(r0, r1, c0, c1):
                static = self._static(text, hc, px)
                size = static.size()
                p.setPen(dark_pen if dark else light_pen)
                xs = (ox + cols_ * sx + (sx - size.width()) / 2).tolist()
                ys = (oy + rows_ * sy + (sy - size.height()) / 2).tolist()
                for x, y in zip(xs, ys, strict=True):
                    p.drawStaticText(QPointF(x, y), static)
        # Group separators.
        p.setPen(QPen(SEPARATOR, 2))
        for g in grid.row_groups[1:]:
            if r0 <= g.start <= r1:
                p.drawLine(QPointF(px_x(c0), px_y(g.start)), QPointF(px_x(c1), px_y(g.start)))
        for g in grid.column_groups[1:]:
            if c0 <= g.start <= c1:
                p.drawLine(QPointF(px_x(g.start), px_y(r0)), QPointF(px_x(g.start), px_y(r1)))
        # Selection.
        sel = canvas.selected
        if sel is not None:
            r, c = sel
            rect = QRectF(px_x(c), px_y(r), sx, sy)
            p.setPen(QPen(QColor(0, 0, 0), 3))
            p.drawRect(rect.adjusted(1, 1, -1, -1))
            p.setPen(QPen(QColor(255, 255, 255), 1))
            p.drawRect(rect.adjusted(3, 3, -3, -3))
        p.restore()
