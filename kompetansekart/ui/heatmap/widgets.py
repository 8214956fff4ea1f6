"""The pieces of the heatmap window: the array-backed canvas with its headers, the legend, and
the small assessment editor a click on a cell opens.

The cells are ONE pyqtgraph ImageItem showing `HeatmapGrid.rgba()` (one pixel per cell); a
single overlay item draws grid lines, hatches, values and the selection for the visible cells
only, so drawing cost follows the window size, not the office size. The row and column headers
and the coverage strip are plain widgets that follow the view's range.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLineF,
    QObject,
    QPoint,
    QPointF,
    QRect,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
    QStaticText,
)
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGraphicsItem,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollBar,
    QSizePolicy,
    QStyleOptionGraphicsItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.domain.heatmap_data import CellFacts, HeatmapGrid, LegendEntry, Palette
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.ui.common.forms import ErrorLabel, FieldErrors, fmt_date, named

translate = QCoreApplication.translate

# Row-major arrays (rows × columns) are what numpy and the grid use; set once before any
# ImageItem is made (the items below also say so themselves).
pg.setConfigOptions(imageAxisOrder="row-major")


#: Default cell size in pixels: wide enough for a value, tall enough for a readable name.
CELL_W, CELL_H = 26, 22
MIN_CELL, MAX_CELL = 3.0, 90.0
#: Below these sizes names and values are no longer drawn (they could not be read).
MIN_NAME_PX, MIN_VALUE_W, MIN_VALUE_H = 10.0, 15.0, 13.0
NAME_W = 180
ROW_BAND = 112
GROUP_BAND = 22
#: At 100 % a small map widens its columns up to this to use the window's width.
FILL_MAX_W = 40.0
STRIP_H = 38
BACKGROUND = QColor("#ffffff")
HATCH = QColor(70, 70, 70)
VULNERABLE = QColor("#e66101")
GRID_LINE = QColor(255, 255, 255)
SEPARATOR = QColor(40, 40, 40)


def qcolor(rgba: np.ndarray) -> QColor:
    """A palette entry as a QColor."""
    r, g, b, a = (int(v) for v in rgba)
    return QColor(r, g, b, a)


def hatch_brush(high_contrast: bool) -> QBrush:
    """The hatch laid over «ikke vurdert» and unknown-gap cells (device-space pattern)."""
    brush = QBrush(QColor(0, 0, 0) if high_contrast else HATCH,
                   Qt.BrushStyle.BDiagPattern)
    return brush


# -- graphics items -------------------------------------------------------------------------


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


# -- headers that follow the view -------------------------------------------------------------


class _Follower(QWidget):
    """A widget drawn in step with the canvas's view range."""

    def __init__(self, canvas: HeatmapCanvas) -> None:
        super().__init__(canvas)
        self.canvas = canvas
        self.setMouseTracking(True)


class RowHeader(_Follower):
    """Person names beside the rows, with the team or role of each group to their left."""

    def __init__(self, canvas: HeatmapCanvas) -> None:
        super().__init__(canvas)
        self.band = ROW_BAND
        self.setFixedWidth(ROW_BAND + NAME_W)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)

    def fit(self, grid: HeatmapGrid) -> None:
        """Show the group band only when the rows are grouped."""
        self.band = ROW_BAND if any(g.label for g in grid.row_groups) else 0
        self.setFixedWidth(self.band + NAME_W)

    def row_at(self, y: float) -> int:
        """The row under a y position (or -1)."""
        return self.canvas.row_at_y(y)

    def paintEvent(self, event: QPaintEvent) -> None:
        canvas = self.canvas
        grid = canvas.grid
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().window())
        if grid is None or not grid.rows:
            return
        y0, cell_h = canvas.y_origin(), canvas.cell_h()
        r0, r1 = canvas.visible_rows()
        font = QFont(self.font())
        font.setPixelSize(int(max(9, min(13, cell_h * 0.62))))
        p.setFont(font)
        fm = QFontMetrics(font)
        band = self.band
        name_x = band + 6
        width = self.width() - name_x - 6
        hover = canvas.hover[0] if canvas.hover else -1
        selected = canvas.selected[0] if canvas.selected else -1
        text_colour = self.palette().windowText().color()
        if cell_h >= MIN_NAME_PX:
            for r in range(r0, r1):
                y = y0 + r * cell_h
                rect = QRectF(name_x, y, width, cell_h)
                if r in (hover, selected):
                    p.fillRect(QRectF(band, y, self.width() - band, cell_h),
                               QColor(255, 235, 160) if r == hover else QColor(220, 220, 220))
                bold = r == hover
                if bold:
                    f2 = QFont(font)
                    f2.setBold(True)
                    p.setFont(f2)
                p.setPen(text_colour)
                p.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                           fm.elidedText(grid.rows[r].name, Qt.TextElideMode.ElideRight,
                                         width))
                if bold:
                    p.setFont(font)
        if not band:
            p.end()
            return
        # Group bands (team / role): the name stays at the top of the group's visible part.
        band_font = QFont(self.font())
        band_font.setBold(True)
        for n, g in enumerate(grid.row_groups):
            if g.stop <= r0 or g.start >= r1:
                continue
            # A long single word (a role such as «Innføringskoordinator») gets a smaller font
            # rather than being cut.
            band_font.setPixelSize(12)
            longest = max(g.label.split() or [""], key=len)
            while band_font.pixelSize() > 9 and QFontMetrics(band_font).horizontalAdvance(
                    longest) > band - 8:
                band_font.setPixelSize(band_font.pixelSize() - 1)
            p.setFont(band_font)
            top = y0 + g.start * cell_h
            bottom = y0 + g.stop * cell_h
            vis_top, vis_bottom = max(0.0, top), min(float(self.height()), bottom)
            shade = QColor(228, 232, 238) if n % 2 == 0 else QColor(208, 214, 224)
            p.fillRect(QRectF(0, vis_top, band, vis_bottom - vis_top), shade)
            p.setPen(SEPARATOR)
            if top >= 0:
                p.drawLine(QPointF(0, top), QPointF(self.width(), top))
            p.setPen(text_colour)
            p.drawText(QRectF(5, vis_top + 3, band - 8, max(0.0, vis_bottom - vis_top - 4)),
                       int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft
                           | Qt.TextFlag.TextWordWrap), g.label)
        p.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        r = self.row_at(event.position().y())
        grid = self.canvas.grid
        if grid is not None and 0 <= r < len(grid.rows):
            row = grid.rows[r]
            text = row.name + (f"\n{row.title}" if row.title else "") + (
                f"\n{row.group}" if row.group else "")
            self.setToolTip(text)
        else:
            self.setToolTip("")


class ColumnHeader(_Follower):
    """Competence names (vertical) under a band of categories; a category click folds it."""

    def __init__(self, canvas: HeatmapCanvas) -> None:
        super().__init__(canvas)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(190)

    def fit_height(self, grid: HeatmapGrid) -> None:
        """Make room for the longest competence name (within limits)."""
        fm = QFontMetrics(self._name_font(CELL_W))
        longest = max((fm.horizontalAdvance(c.name) for c in grid.columns), default=60)
        self.setFixedHeight(int(min(205, max(110, longest + GROUP_BAND + 22))))

    def _name_font(self, cell_w: float) -> QFont:
        font = QFont(self.font())
        font.setPixelSize(int(max(9, min(13, cell_w * 0.55))))
        return font

    def column_at(self, x: float) -> int:
        """The column under an x position (or -1)."""
        return self.canvas.column_at_x(x)

    def group_at(self, x: float, y: float) -> int | None:
        """The category whose band is under the position."""
        grid = self.canvas.grid
        if grid is None or y > GROUP_BAND:
            return None
        c = self.column_at(x)
        for g in grid.column_groups:
            if g.start <= c < g.stop:
                return g.key
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        canvas = self.canvas
        grid = canvas.grid
        p = QPainter(self)
        p.fillRect(self.rect(), self.palette().window())
        if grid is None or not grid.columns:
            return
        x0, cell_w = canvas.x_origin(), canvas.cell_w()
        c0, c1 = canvas.visible_columns()
        font = self._name_font(cell_w)
        p.setFont(font)
        fm = QFontMetrics(font)
        hover = canvas.hover[1] if canvas.hover else -1
        selected = canvas.selected[1] if canvas.selected else -1
        bottom = self.height() - 4
        length = bottom - GROUP_BAND - 6
        if cell_w >= MIN_NAME_PX:
            for c in range(c0, c1):
                col = grid.columns[c]
                x = x0 + c * cell_w
                if c in (hover, selected):
                    p.fillRect(QRectF(x, GROUP_BAND, cell_w, self.height() - GROUP_BAND),
                               QColor(255, 235, 160) if c == hover else QColor(220, 220, 220))
                name = col.name + (f" ({len(col.members)})" if col.rollup else "")
                f = QFont(font)
                f.setBold(col.rollup or c == hover)
                p.setFont(f)
                p.setPen(self.palette().windowText().color())
                p.save()
                p.translate(x + cell_w / 2 + fm.ascent() / 2 - 1, bottom)
                p.rotate(-90)
                text = QFontMetrics(f).elidedText(name, Qt.TextElideMode.ElideRight,
                                                  int(length))
                p.drawText(QPointF(0, 0), text)
                p.restore()
                if grid.vulnerable[c]:
                    # A small orange flag at the top of a vulnerable competence's name.
                    p.fillRect(QRectF(x + 2, GROUP_BAND + 2, cell_w - 4, 4), VULNERABLE)
        band_font = QFont(self.font())
        band_font.setPixelSize(12)
        band_font.setBold(True)
        p.setFont(band_font)
        bfm = QFontMetrics(band_font)
        for n, g in enumerate(grid.column_groups):
            if g.stop <= c0 or g.start >= c1:
                continue
            left = x0 + g.start * cell_w
            right = x0 + g.stop * cell_w
            shade = QColor(228, 232, 238) if n % 2 == 0 else QColor(208, 214, 224)
            p.fillRect(QRectF(left, 0, right - left, GROUP_BAND), shade)
            p.setPen(SEPARATOR)
            p.drawLine(QPointF(left, 0), QPointF(left, self.height()))
            arrow = "▸ " if g.collapsed else "▾ "
            vis_left, vis_right = max(left, 0.0), min(right, float(self.width()))
            p.drawText(QRectF(vis_left + 3, 0, max(0.0, vis_right - vis_left - 6), GROUP_BAND),
                       Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                       bfm.elidedText(arrow + g.label, Qt.TextElideMode.ElideRight,
                                      int(max(0.0, vis_right - vis_left - 6))))
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        key = self.group_at(pos.x(), pos.y())
        if key is not None and event.button() == Qt.MouseButton.LeftButton:
            self.canvas.categoryToggled.emit(key)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        grid = self.canvas.grid
        c = self.column_at(pos.x())
        if grid is None or not 0 <= c < len(grid.columns):
            self.setToolTip("")
            return
        col = grid.columns[c]
        if pos.y() <= GROUP_BAND:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
            self.setToolTip(self.tr("{category}: klikk for å slå sammen eller vise "
                                    "kompetanseområdene").format(category=col.category_name))
        else:
            self.unsetCursor()
            text = col.name if not col.rollup else self.tr(
                "{category} (samlet, {n} områder)").format(category=col.name,
                                                           n=len(col.members))
            self.setToolTip(text)


class CoverageStrip(_Follower):
    """Per column: how many people meet the target (or the chosen level); vulnerable flagged."""

    def __init__(self, canvas: HeatmapCanvas) -> None:
        super().__init__(canvas)
        self.setFixedHeight(STRIP_H)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event: QPaintEvent) -> None:
        canvas = self.canvas
        grid = canvas.grid
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(245, 245, 245))
        if grid is None or not grid.columns:
            return
        x0, cell_w = canvas.x_origin(), canvas.cell_w()
        c0, c1 = canvas.visible_columns()
        font = QFont(self.font())
        font.setPixelSize(int(max(9, min(13, cell_w * 0.5))))
        font.setBold(True)
        p.setFont(font)
        half = STRIP_H / 2
        show_text = cell_w >= MIN_VALUE_W - 3
        for c in range(c0, c1):
            x = x0 + c * cell_w
            rect = QRectF(x, 0, cell_w, STRIP_H)
            vulnerable = bool(grid.vulnerable[c])
            if vulnerable:
                p.fillRect(rect, VULNERABLE)
            p.setPen(QColor(0, 0, 0))
            if show_text:
                p.drawText(QRectF(x, 1, cell_w, half), Qt.AlignmentFlag.AlignCenter,
                           grid.column_text(c))
                if vulnerable:
                    p.drawText(QRectF(x, half, cell_w, half - 1), Qt.AlignmentFlag.AlignCenter,
                               "⚠")
            if cell_w >= 5:
                p.setPen(QColor(255, 255, 255))
                p.drawLine(QPointF(x, 0), QPointF(x, STRIP_H))
        p.setPen(SEPARATOR)
        p.drawLine(QPointF(0, 0), QPointF(self.width(), 0))
        p.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        grid = self.canvas.grid
        c = self.canvas.column_at_x(event.position().x())
        if grid is None or not 0 <= c < len(grid.columns):
            self.setToolTip("")
            return
        self.setToolTip(coverage_text(grid, c))


def coverage_text(grid: HeatmapGrid, c: int) -> str:
    """Tooltip of a coverage cell (translated in context «HeatmapView»)."""
    col = grid.columns[c]
    lines = [f"<b>{col.name}</b>"]
    level = grid.options.coverage_level
    threshold = int(grid.threshold[c])
    covered, total = int(grid.covered[c]), grid.people_total
    if level is None and threshold < 0:
        lines.append(translate("HeatmapView", "Ingen i kontoret har et mål her."))
    elif level is None:
        lines.append(translate("HeatmapView", "{n} av {total} aktive er på kontorets kravnivå "
                                              "({level}).").format(n=covered, total=total,
                                                                   level=threshold))
    else:
        lines.append(translate("HeatmapView", "{n} av {total} aktive har nivå {level} eller "
                                              "mer.").format(n=covered, total=total,
                                                             level=level))
    lines.append(translate("HeatmapView", "{m} av {t} med mål når sitt eget mål.").format(
        m=int(grid.meeting[c]), t=int(grid.with_target[c])))
    if grid.vulnerable[c]:
        if col.rollup:
            lines.append(translate("HeatmapView", "⚠ Sårbar: {n} av områdene kreves, men "
                                                  "dekkes av høyst én person.").format(
                n=int(grid.vulnerable_count[c])))
        else:
            lines.append(translate("HeatmapView", "⚠ Sårbar: kontoret krever den, men høyst "
                                                  "én person dekker den."))
    return "<br>".join(lines)


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


# -- legend -------------------------------------------------------------------------------------


class LegendBar(QWidget):
    """The swatches of the current mode with their labels, hatches included."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._entries: list[tuple[QColor, bool, str]] = []
        self._title = ""
        self._note = ""
        self._high_contrast = False
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Forklaring"))

    def set_legend(self, title: str, palette: Palette, labels: list[str], note: str,
                   high_contrast: bool) -> None:
        """Show the swatches of a palette with translated labels (one per legend entry)."""
        self._title = title
        self._note = note
        self._high_contrast = high_contrast
        self._entries = [(qcolor(palette.rgba[e.code]), bool(palette.hatched[e.code]), label)
                         for e, label in zip(palette.legend, labels, strict=True)]
        self.setAccessibleDescription(title + ": " + ", ".join(label for *_, label in
                                                                self._entries))
        self._fit()
        self.update()

    def _fit(self) -> None:
        placed = self._layout(max(400, self.width()))
        rows = 1 + (placed[-1][0].y() - 6) // 24 if placed else 1
        self.setFixedHeight(10 + rows * 24 + (20 if self._note else 0))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def _layout(self, width: int) -> list[tuple[QRect, int]]:
        fm = QFontMetrics(self.font())
        x, y = 8 + fm.horizontalAdvance(self._title) + 12, 6
        placed: list[tuple[QRect, int]] = []
        for n, (_, _, label) in enumerate(self._entries):
            w = 22 + fm.horizontalAdvance(label) + 16
            if x + w > width - 8 and placed:
                x, y = 8 + fm.horizontalAdvance(self._title) + 12, y + 24
            placed.append((QRect(x, y, w, 20), n))
            x += w
        return placed

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        fm = QFontMetrics(self.font())
        bold = QFont(self.font())
        bold.setBold(True)
        p.setFont(bold)
        p.setPen(self.palette().windowText().color())
        p.drawText(QRect(8, 6, 400, 20), Qt.AlignmentFlag.AlignVCenter, self._title)
        p.setFont(self.font())
        last_y = 6
        for rect, n in self._layout(self.width()):
            colour, hatched, label = self._entries[n]
            swatch = QRect(rect.x(), rect.y() + 2, 18, 16)
            p.fillRect(swatch, colour)
            if hatched:
                p.fillRect(swatch, hatch_brush(self._high_contrast))
            p.setPen(QColor(60, 60, 60))
            p.drawRect(swatch)
            p.setPen(self.palette().windowText().color())
            p.drawText(QRect(rect.x() + 22, rect.y(), rect.width() - 22, 20),
                       Qt.AlignmentFlag.AlignVCenter, label)
            last_y = rect.y()
        if self._note:
            p.setPen(self.palette().placeholderText().color()
                     if not self._high_contrast else QColor(0, 0, 0))
            p.drawText(QRect(8, last_y + 22, self.width() - 16, 20),
                       Qt.AlignmentFlag.AlignVCenter,
                       fm.elidedText(self._note, Qt.TextElideMode.ElideRight, self.width() - 16))
        p.end()


# -- the assessment editor ------------------------------------------------------------------


class AssessmentDialog(QDialog):
    """Record a new assessment of one person in one competence (opened by a click on a cell).

    `submit(level, source, day, note)` writes through the office context and may raise a
    ValidationError, which is shown in the dialog. «Åpne i Kartlegging» emits `openMatrix`.
    """

    openMatrix = Signal()

    SOURCES = ("leader", "coordinator", "self")
    #: Button id of «ikke vurdert» (negative ids are Qt's «assign one for me»).
    WITHDRAW = 5

    def __init__(self, parent: QWidget | None, facts: CellFacts, labels: dict[int, str],
                 submit: Callable[[int | None, str, date, str], object]) -> None:
        super().__init__(parent)
        self.facts = facts
        self._submit = submit
        title = self.tr("Vurder {person} i {competence}").format(
            person=facts.person_name, competence=facts.competence_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        head = QLabel(f"<b>{facts.person_name}</b><br>{facts.competence_name} "
                      f"<span style='color:#555'>({facts.category_name})</span>")
        layout.addWidget(head)
        layout.addWidget(QLabel(self._summary(facts)))

        form = QFormLayout()
        levels = QWidget()
        box = QVBoxLayout(levels)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self.levels = QButtonGroup(self)
        for value in (0, 1, 2, 3, 4, self.WITHDRAW):
            text = (f"{value} {labels.get(value, '')}" if value != self.WITHDRAW
                    else self.tr("Ikke vurdert (trekk tilbake)"))
            button = QRadioButton(text)
            named(button, text)
            self.levels.addButton(button, value)
            box.addWidget(button)
        # The current level is preselected; an unassessed cell starts with no choice, so
        # «Lagre» cannot record a withdrawal by accident.
        if facts.current is not None:
            self.set_level(facts.current)
        form.addRow(self.tr("Nivå:"), levels)
        self.source = QComboBox()
        for key, text in zip(self.SOURCES, (self.tr("Leder"), self.tr("Koordinator"),
                                            self.tr("Egenvurdering")), strict=True):
            self.source.addItem(text, key)
        form.addRow(self.tr("Vurdert av:"), named(self.source, self.tr("Vurdert av")))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate.currentDate())
        form.addRow(self.tr("Dato:"), named(self.day, self.tr("Vurderingsdato")))
        self.note = QLineEdit()
        form.addRow(self.tr("Notat:"), named(self.note, self.tr("Notat")))
        layout.addLayout(form)
        general = ErrorLabel(self.tr("Feilmelding"))
        self.errors = FieldErrors(general)
        layout.addWidget(general)

        buttons = QHBoxLayout()
        self.matrix_button = QPushButton(self.tr("Åpne i &Kartlegging"))
        named(self.matrix_button, self.tr("Åpne i Kartlegging"),
              self.tr("Vis personen og kompetanseområdet i kartleggingen med hele historikken"))
        self.matrix_button.clicked.connect(self._open_matrix)
        self.save_button = QPushButton(self.tr("&Lagre"))
        named(self.save_button, self.tr("Lagre"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Avbryt"))
        named(cancel, self.tr("Avbryt"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.matrix_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)

    def _summary(self, f: CellFacts) -> str:
        parts = []
        if f.current is None:
            parts.append(self.tr("Nå: ikke vurdert"))
        else:
            parts.append(self.tr("Nå: {level} {label} ({date})").format(
                level=f.current, label=f.current_label, date=fmt_date(f.current_on)))
        if f.self_level is not None:
            parts.append(self.tr("Egenvurdering: {level} {label}").format(
                level=f.self_level, label=f.self_label))
        parts.append(self.tr("Mål: {level} {label}").format(level=f.target, label=f.target_label)
                     if f.target is not None else self.tr("Mål: ingen"))
        return " · ".join(parts)

    def has_choice(self) -> bool:
        """Whether a level (or «ikke vurdert») is picked."""
        return self.levels.checkedButton() is not None

    def chosen_level(self) -> int | None:
        """The level picked (None = «ikke vurdert» or nothing picked yet)."""
        value = self.levels.checkedId()
        return None if value < 0 or value == self.WITHDRAW else value

    def set_level(self, level: int | None) -> None:
        """Pick a level (None = «ikke vurdert»)."""
        button = self.levels.button(self.WITHDRAW if level is None else level)
        if button is not None:
            button.setChecked(True)

    def _open_matrix(self) -> None:
        self.openMatrix.emit()
        self.reject()

    def accept(self) -> None:
        """Record the assessment; stay open with the message if it is refused."""
        if not self.has_choice():
            self.errors.general.show_message(self.tr("Velg et nivå."))
            return
        qd = self.day.date()
        try:
            self._submit(self.chosen_level(), str(self.source.currentData()),
                         date(qd.year(), qd.month(), qd.day()), self.note.text())
        except (ValidationError, OfficeFileError) as exc:
            self.errors.show(exc)
            return
        super().accept()


def legend_labels(entries: tuple[LegendEntry, ...]) -> list[str]:
    """Translated legend labels (context «HeatmapView») for the entries of a palette."""
    labels = []
    for e in entries:
        if e.kind in ("level", "diff"):
            labels.append(e.label)  # «0 Ingen» (the office's own scale labels) or «+2»
        elif e.kind == "not_assessed":
            labels.append(translate("HeatmapView", "Ikke vurdert"))
        elif e.kind == "gap_met":
            labels.append(translate("HeatmapView", "0 Når målet"))
        elif e.kind == "gap":
            labels.append(translate("HeatmapView", "{n} under målet").format(n=e.value))
        elif e.kind == "gap_unknown":
            labels.append(translate("HeatmapView", "? Ukjent gap"))
        elif e.kind == "no_target":
            labels.append(translate("HeatmapView", "Ingen mål"))
        elif e.kind == "not_comparable":
            labels.append(translate("HeatmapView", "Mangler egen- eller ledervurdering"))
        elif e.kind == "age_under":
            labels.append(translate("HeatmapView", "Under {n} mnd").format(n=e.high))
        elif e.kind == "age_range":
            labels.append(translate("HeatmapView", "{a}–{b} mnd").format(a=e.low, b=e.high))
        elif e.kind == "age_over":
            labels.append(translate("HeatmapView", "Over {n} mnd").format(n=e.low))
        else:
            labels.append(e.label)
    return labels
