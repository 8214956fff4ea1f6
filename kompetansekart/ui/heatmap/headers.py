"""The row and column headers and the coverage strip: plain widgets that follow the view range."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kompetansekart.domain.heatmap_data import HeatmapGrid
from kompetansekart.ui.heatmap.style import (
    CELL_W,
    GROUP_BAND,
    MIN_NAME_PX,
    MIN_VALUE_W,
    NAME_W,
    ROW_BAND,
    SEPARATOR,
    STRIP_H,
    VULNERABLE,
    translate,
)

if TYPE_CHECKING:
    from kompetansekart.ui.heatmap.canvas import HeatmapCanvas


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
