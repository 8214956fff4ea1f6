"""The heatmap page of the office plan: a vector drawing of a `HeatmapGrid` with its legend.

The shared drawing (`reports.heatmap_drawing.heatmap_flowable`) is used when the map fits on
one page. A plan keeps its heatmap to one page, so for an office with more people than that
(the shared drawing would continue over several pages) the grid is drawn here, scaled to the
page: names while rows are tall enough, then thin rows under team labels.
"""

from __future__ import annotations

from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from kompetansekart.domain.heatmap_data import Cube, HeatmapGrid, Options, build_grid
from kompetansekart.domain.snapshot import OfficeData
from kompetansekart.reports.common import FONT, FONT_BOLD, INK, MUTED
from kompetansekart.reports.heatmap_drawing import heatmap_flowable as shared_flowable

NAME_FONT = 6.5
HEADER_FONT = 6.0
MAX_ROW = 10.0
MIN_NAMED_ROW = 6.0


def office_grid(data: OfficeData) -> HeatmapGrid:
    """The gap map of all active staff, grouped by team, competences by category."""
    return build_grid(Cube(data), Options(mode="gap", row_grouping="team",
                                          column_grouping="category"))


def heatmap_flowable(grid: HeatmapGrid, width: float, max_height: float) -> Flowable:
    """The map as a flowable no wider than `width` nor taller than `max_height`."""
    flowable: Flowable = shared_flowable(grid, width, max_height)
    if len(flowable.split(width, max_height)) <= 1:
        return flowable
    return GridDrawing(grid, width, max_height)


def _rgb(rgba: Any) -> colors.Color:
    return colors.Color(int(rgba[0]) / 255, int(rgba[1]) / 255, int(rgba[2]) / 255)


class GridDrawing(Flowable):
    """A plain vector rendering of a heatmap grid (cells, labels, coverage row, legend)."""

    def __init__(self, grid: HeatmapGrid, width: float, max_height: float) -> None:
        super().__init__()
        self.grid = grid
        self.width = width
        rows, cols = grid.shape
        longest = max((stringWidth(c.name, FONT, HEADER_FONT) for c in grid.columns),
                      default=0.0)
        self.header_h = min(longest, 34 * mm) + 4
        self.legend_h = 9 * mm
        self.cover_h = 9.0
        room = max_height - self.header_h - self.legend_h - self.cover_h
        self.row_h = min(MAX_ROW, room / rows) if rows else MAX_ROW
        self.named = self.row_h >= MIN_NAMED_ROW
        widest = max((stringWidth(r.name, FONT, NAME_FONT) for r in grid.rows), default=0.0)
        groups = max((stringWidth(g.label, FONT_BOLD, NAME_FONT) for g in grid.row_groups),
                     default=0.0)
        # Team labels in a column of their own, then the names (when rows are tall enough).
        self.group_w = min(28 * mm, groups + 6)
        self.label_w = self.group_w + (min(40 * mm, widest + 6) if self.named else 0)
        self.cell_w = (width - self.label_w) / cols if cols else 0.0
        self.height = self.header_h + rows * self.row_h + self.cover_h + self.legend_h

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        grid = self.grid
        rows, cols = grid.shape
        top = self.height - self.header_h
        x0 = self.label_w
        rgba = grid.rgba()
        hatched = grid.hatched()
        dark = grid.palette.dark_text
        show_text = self.row_h >= 7 and self.cell_w >= 8
        c.saveState()
        c.setLineWidth(0.25)
        for r in range(rows):
            y = top - (r + 1) * self.row_h
            for col in range(cols):
                x = x0 + col * self.cell_w
                c.setFillColor(_rgb(rgba[r, col]))
                c.rect(x, y, self.cell_w, self.row_h, stroke=0, fill=1)
                if hatched[r, col]:
                    c.setStrokeColor(colors.white)
                    c.line(x, y, x + self.cell_w, y + self.row_h)
                if show_text:
                    text = grid.text(r, col)
                    if text:
                        code = int(grid.codes[r, col])
                        c.setFillColor(INK if dark[code] else colors.white)
                        c.setFont(FONT, 5.5)
                        c.drawCentredString(x + self.cell_w / 2, y + self.row_h / 2 - 2, text)
        self._labels(top)
        self._columns(top)
        self._coverage(top - rows * self.row_h)
        self._legend()
        c.restoreState()

    def _labels(self, top: float) -> None:
        c = self.canv
        c.setFillColor(INK)
        if self.named:
            font = min(NAME_FONT, self.row_h - 1)
            c.setFont(FONT, font)
            for r, row in enumerate(self.grid.rows):
                y = top - (r + 1) * self.row_h + (self.row_h - font) / 2 + 0.8
                c.drawString(self.group_w, y, row.name)
        c.setFont(FONT_BOLD, NAME_FONT)
        for group in self.grid.row_groups:
            y_top = top - group.start * self.row_h
            y_bottom = top - group.stop * self.row_h
            if group.start:
                c.setStrokeColor(colors.white)
                c.setLineWidth(1.2)
                c.line(self.label_w, y_top, self.width, y_top)
                c.setStrokeColor(MUTED)
                c.setLineWidth(0.5)
                c.line(0, y_top, self.label_w - 2, y_top)
            if y_top - y_bottom >= MIN_NAMED_ROW:
                c.setFillColor(INK)
                y = y_top - NAME_FONT - 1 if self.named else (y_top + y_bottom) / 2 - 2
                c.drawString(0, y, group.label)

    def _columns(self, top: float) -> None:
        c = self.canv
        c.setFillColor(INK)
        c.setFont(FONT, HEADER_FONT)
        limit = self.header_h - 4
        for col, info in enumerate(self.grid.columns):
            name = info.name
            while stringWidth(name, FONT, HEADER_FONT) > limit and len(name) > 4:
                name = name[:-2] + "…"
            x = self.label_w + (col + 0.5) * self.cell_w + HEADER_FONT / 3
            c.saveState()
            c.translate(x, top + 2)
            c.rotate(90)
            c.drawString(0, 0, name)
            c.restoreState()
        c.setStrokeColor(colors.white)
        c.setLineWidth(1.2)
        bottom = top - len(self.grid.rows) * self.row_h
        for group in self.grid.column_groups[1:]:
            x = self.label_w + group.start * self.cell_w
            c.line(x, bottom, x, top)
            c.setStrokeColor(MUTED)
            c.line(x, top + 1, x, top + self.header_h - 2)
            c.setStrokeColor(colors.white)

    def _coverage(self, y: float) -> None:
        c = self.canv
        c.setFont(FONT, 5.5)
        c.setFillColor(MUTED)
        c.drawRightString(self.label_w - 3, y - 7, "Når kravnivå")
        for col in range(len(self.grid.columns)):
            x = self.label_w + (col + 0.5) * self.cell_w
            vulnerable = bool(self.grid.vulnerable[col])
            c.setFillColor(colors.HexColor("#a3221a") if vulnerable else MUTED)
            c.setFont(FONT_BOLD if vulnerable else FONT, 5.5)
            c.drawCentredString(x, y - 7, self.grid.column_text(col))

    def _legend(self) -> None:
        c = self.canv
        x, y = self.label_w, self.legend_h - 12
        c.setFont(FONT, 6.5)
        for entry in self.grid.palette.legend:
            colour = self.grid.palette.rgba[entry.code]
            c.setFillColor(_rgb(colour))
            c.setStrokeColor(MUTED)
            c.setLineWidth(0.3)
            c.rect(x, y, 7, 7, stroke=1, fill=1)
            if self.grid.palette.hatched[entry.code]:
                c.setStrokeColor(colors.white)
                c.line(x, y, x + 7, y + 7)
            c.setFillColor(INK)
            c.drawString(x + 9, y + 1.5, entry.label)
            x += 9 + stringWidth(entry.label, FONT, 6.5) + 8
            if x > self.width - 60:
                x, y = self.label_w, y - 10
