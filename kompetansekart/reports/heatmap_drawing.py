"""The competence heatmap as reportlab vector graphics, for the PDF reports and SVG export.

Public API (kept stable for reports/office_plan.py):

- `heatmap_flowable(grid, width, max_height) -> Flowable` — the map of a `HeatmapGrid` with
  names on both axes, the coverage strip (counts; vulnerable competences in orange with «!»)
  and a legend with the scale labels. It is exactly `width` points wide and never taller than
  `max_height`; a map with more rows than fit is split by the flowable itself across frames
  or pages, repeating the column headers, coverage and legend on each part. Build the grid
  with `domain.heatmap_data.build_grid`; for a catalogue with many competences collapse
  categories (Options.collapsed) so the columns stay legible on paper.
- `heatmap_drawing(grid, width, rows=None) -> Drawing` — one part as a plain Drawing.
- `save_svg(grid, path)` — the whole map as an SVG file (used by the window's export).

Not assessed, unknown gaps and incomparable cells are hatched, never just a colour: the map
reads in black and white too.
"""

from __future__ import annotations

import math
from pathlib import Path

from reportlab.graphics import renderPDF, renderSVG
from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib.colors import Color
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from kompetansekart.domain.heatmap_data import HeatmapGrid

FONT = "Helvetica"
BOLD = "Helvetica-Bold"
#: Row height and the name font used on paper (points).
ROW_H = 11.0
MAX_CELL_W = 34.0
MIN_ROWS_PER_PART = 3
GROUP_BAND = 10.0
CATEGORY_BAND = 12.0
STRIP_H = 12.0
LEGEND_ROW = 11.0
BLACK = Color(0, 0, 0)
WHITE = Color(1, 1, 1)
GREY = Color(0.35, 0.35, 0.35)
LIGHT = Color(0.88, 0.9, 0.93)
VULNERABLE = Color(0xE6 / 255, 0x61 / 255, 0x01 / 255)
MODE_TITLES = {"level": "Nivå", "gap": "Gap mot mål", "self": "Egenvurdering minus leder",
               "age": "Alder på siste ledervurdering"}


def _pdf_text(text: str) -> str:
    """Characters the standard PDF fonts lack, replaced by ones they have."""
    return text.replace("−", "-").replace("⚠", "!").replace("×", "x")


def _colour(rgba: object) -> Color:
    r, g, b, a = (int(v) for v in rgba)  # type: ignore[attr-defined]
    return Color(r / 255, g / 255, b / 255, a / 255)


def _elide(text: str, font: str, size: float, width: float) -> str:
    text = _pdf_text(text)
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…" if text else ""


class _Layout:
    """Sizes of one map part, computed once from the grid and the width."""

    def __init__(self, grid: HeatmapGrid, width: float) -> None:
        _rows, cols = grid.shape
        self.width = width
        self.label_w = min(150.0, max(70.0, width * 0.24))
        self.cell_w = min(MAX_CELL_W, (width - self.label_w) / max(cols, 1))
        self.cell_h = ROW_H
        self.name_size = 7.0
        self.col_size = max(3.5, min(7.0, self.cell_w * 0.75))
        longest = max((stringWidth(_pdf_text(c.name), FONT, self.col_size)
                       for c in grid.columns), default=20.0)
        self.header_h = CATEGORY_BAND + min(110.0, longest + 6)
        self.legend_h = self._legend_rows(grid) * LEGEND_ROW + 16
        self.fixed_h = self.header_h + STRIP_H + 4 + self.legend_h
        self.value_size = min(self.cell_h * 0.62, self.cell_w * 0.6, 7.0)
        self.values = self.cell_w >= 7 and self.value_size >= 4

    def _legend_rows(self, grid: HeatmapGrid) -> int:
        x, rows = 0.0, 1
        for entry in grid.palette.legend:
            w = 14 + stringWidth(_pdf_text(entry.label), FONT, 6.5) + 10
            if x + w > self.width and x > 0:
                rows += 1
                x = 0.0
            x += w
        return rows

    def height(self, n_rows: int) -> float:
        return self.fixed_h + n_rows * self.cell_h


def heatmap_drawing(grid: HeatmapGrid, width: float,
                    rows: range | None = None) -> Drawing:
    """One part of the map (rows `rows`, default all) as a Drawing exactly `width` wide."""
    lay = _Layout(grid, width)
    part = rows if rows is not None else range(len(grid.rows))
    height = lay.height(len(part))
    d = Drawing(width, height)
    grid_left = lay.label_w
    grid_top = height - lay.header_h
    pal = grid.palette
    n_cols = len(grid.columns)

    # Column header: category bands and vertical competence names.
    for n, g in enumerate(grid.column_groups):
        left = grid_left + g.start * lay.cell_w
        w = (g.stop - g.start) * lay.cell_w
        d.add(Rect(left, height - CATEGORY_BAND, w, CATEGORY_BAND,
                   fillColor=LIGHT if n % 2 == 0 else Color(0.8, 0.83, 0.88), strokeColor=None))
        d.add(String(left + 2, height - CATEGORY_BAND + 3,
                     _elide(g.label, BOLD, 6.5, w - 4), fontName=BOLD, fontSize=6.5))
    name_len = lay.header_h - CATEGORY_BAND - 4
    for c, col in enumerate(grid.columns):
        x = grid_left + c * lay.cell_w + lay.cell_w / 2 + lay.col_size * 0.35
        label = Group(String(0, 0, _elide(col.name + (f" ({len(col.members)})"
                                                      if col.rollup else ""),
                                          BOLD if col.rollup else FONT, lay.col_size, name_len),
                             fontName=BOLD if col.rollup else FONT, fontSize=lay.col_size))
        label.transform = (0, 1, -1, 0, x, grid_top + 2)
        d.add(label)

    # Row names and group bands.
    for k, r in enumerate(part):
        y = grid_top - (k + 1) * lay.cell_h
        d.add(String(GROUP_BAND + 3, y + (lay.cell_h - lay.name_size) / 2 + 1,
                     _elide(grid.rows[r].name, FONT, lay.name_size,
                            lay.label_w - GROUP_BAND - 6),
                     fontName=FONT, fontSize=lay.name_size))
    for n, g in enumerate(grid.row_groups):
        start, stop = max(g.start, part.start), min(g.stop, part.stop)
        if start >= stop or not g.label:
            continue
        top = grid_top - (start - part.start) * lay.cell_h
        h = (stop - start) * lay.cell_h
        d.add(Rect(0, top - h, GROUP_BAND, h, fillColor=LIGHT if n % 2 == 0
                   else Color(0.8, 0.83, 0.88), strokeColor=None))
        band = Group(String(0, 0, _elide(g.label, BOLD, 6, h - 4), fontName=BOLD, fontSize=6))
        band.transform = (0, 1, -1, 0, GROUP_BAND - 3, top - h + 2)
        d.add(band)
        d.add(Line(0, top, lay.label_w + n_cols * lay.cell_w, top, strokeColor=BLACK,
                   strokeWidth=0.8))

    # Cells: colour, hatch, value.
    hatch_step = 3.0
    for k, r in enumerate(part):
        y = grid_top - (k + 1) * lay.cell_h
        for c in range(n_cols):
            code = int(grid.codes[r, c])
            x = grid_left + c * lay.cell_w
            d.add(Rect(x, y, lay.cell_w, lay.cell_h, fillColor=_colour(pal.rgba[code]),
                       strokeColor=WHITE, strokeWidth=0.4))
            if pal.hatched[code]:
                _hatch(d, x, y, lay.cell_w, lay.cell_h, hatch_step)
            if lay.values:
                text = _pdf_text(grid.text(r, c))
                if text:
                    d.add(String(x + lay.cell_w / 2, y + (lay.cell_h - lay.value_size) / 2 + 0.8,
                                 text, fontName=FONT, fontSize=lay.value_size,
                                 textAnchor="middle",
                                 fillColor=BLACK if pal.dark_text[code] else WHITE))
    # Category separators through the cells.
    bottom = grid_top - len(part) * lay.cell_h
    for g in grid.column_groups[1:]:
        x = grid_left + g.start * lay.cell_w
        d.add(Line(x, bottom - STRIP_H, x, height, strokeColor=BLACK, strokeWidth=0.8))

    # Coverage strip.
    strip_y = bottom - STRIP_H - 1
    d.add(String(GROUP_BAND + 3, strip_y + 3.5, _pdf_text(
        "Dekning (på kravnivå)" if grid.options.coverage_level is None
        else f"Dekning (nivå {grid.options.coverage_level}+)"), fontName=BOLD, fontSize=6.5))
    strip_size = max(3.5, min(6.5, lay.cell_w * 0.55))
    for c in range(n_cols):
        x = grid_left + c * lay.cell_w
        vulnerable = bool(grid.vulnerable[c])
        d.add(Rect(x, strip_y, lay.cell_w, STRIP_H,
                   fillColor=VULNERABLE if vulnerable else Color(0.95, 0.95, 0.95),
                   strokeColor=WHITE, strokeWidth=0.4))
        text = grid.column_text(c) + ("!" if vulnerable else "")
        d.add(String(x + lay.cell_w / 2, strip_y + 3.5, text, fontName=BOLD,
                     fontSize=strip_size, textAnchor="middle"))

    # Legend.
    _legend(d, grid, strip_y - 6, width)
    return d


def _hatch(d: Drawing, x: float, y: float, w: float, h: float, step: float) -> None:
    """Diagonal lines (/) clipped to a cell."""
    n = math.ceil((w + h) / step)
    for i in range(1, n):
        s = i * step
        # Line x + t = y-offset: from (x + s - h, y + h) to (x + s, y), clipped to the box.
        x1, y1 = x + max(0.0, s - h), y + min(h, s)
        x2, y2 = x + min(w, s), y + max(0.0, s - w)
        d.add(Line(x1, y1, x2, y2, strokeColor=GREY, strokeWidth=0.4))


def _legend(d: Drawing, grid: HeatmapGrid, top: float, width: float) -> None:
    pal = grid.palette
    title = MODE_TITLES.get(grid.mode, grid.mode) + ":"
    d.add(String(0, top - 8, _pdf_text(title), fontName=BOLD, fontSize=7))
    x, y = stringWidth(title, BOLD, 7) + 6, top - 9
    for entry in pal.legend:
        label = _pdf_text(entry.label)
        w = 14 + stringWidth(label, FONT, 6.5) + 10
        if x + w > width and x > 0:
            x, y = 0.0, y - LEGEND_ROW
        d.add(Rect(x, y, 10, 8, fillColor=_colour(pal.rgba[entry.code]), strokeColor=GREY,
                   strokeWidth=0.4))
        if pal.hatched[entry.code]:
            _hatch(d, x, y, 10, 8, 2.5)
        d.add(String(x + 13, y + 1.5, label, fontName=FONT, fontSize=6.5))
        x += w
    note = "Skravert = ikke vurdert / ukjent. Tall under kartet: antall som dekker; " \
           "oransje med ! = sårbar (kreves, høyst én dekker)."
    d.add(String(0, y - LEGEND_ROW + 2, _elide(note, FONT, 6, width), fontName=FONT,
                 fontSize=6, fillColor=GREY))


class HeatmapFlowable(Flowable):  # type: ignore[misc]
    """Some rows of a heatmap; splits itself by rows when the frame is too short."""

    def __init__(self, grid: HeatmapGrid, width: float, max_height: float,
                 rows: range | None = None) -> None:
        super().__init__()
        self.grid = grid
        self.width = width
        self.max_height = max_height
        self.layout = _Layout(grid, width)
        self.rows = rows if rows is not None else range(len(grid.rows))
        self.height = self.layout.height(len(self.rows))
        self._drawing: Drawing | None = None

    def rows_fitting(self, height: float) -> int:
        """How many rows fit in `height` points (at least a few)."""
        return max(MIN_ROWS_PER_PART,
                   int((height - self.layout.fixed_h) // self.layout.cell_h))

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        if avail_height < self.layout.height(MIN_ROWS_PER_PART):
            return []  # not even a few rows fit here: move on to the next frame
        fit = self.rows_fitting(min(avail_height, self.max_height))
        if fit >= len(self.rows):
            return [self]
        return [HeatmapFlowable(self.grid, self.width, self.max_height, self.rows[:fit]),
                HeatmapFlowable(self.grid, self.width, self.max_height, self.rows[fit:])]

    def draw(self) -> None:
        if self._drawing is None:
            self._drawing = heatmap_drawing(self.grid, self.width, self.rows)
        renderPDF.draw(self._drawing, self.canv, 0, 0)


def heatmap_flowable(grid: HeatmapGrid, width: float, max_height: float) -> Flowable:
    """The map as a flowable `width` points wide and at most `max_height` tall per part.

    If the rows do not fit in `max_height` (or in the frame), the map is split by rows; every
    part repeats the column names, coverage strip and legend.
    """
    whole = HeatmapFlowable(grid, width, max_height)
    fit = whole.rows_fitting(max_height)
    if len(whole.rows) <= fit:
        return whole
    return _Parts([HeatmapFlowable(grid, width, max_height, whole.rows[i:i + fit])
                   for i in range(0, len(whole.rows), fit)])


class _Parts(Flowable):  # type: ignore[misc]
    """Several map parts in a row, each on its own frame when needed."""

    def __init__(self, parts: list[HeatmapFlowable]) -> None:
        super().__init__()
        self.parts = parts

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.parts[0].width, sum(p.height for p in self.parts)

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return list(self.parts)

    def draw(self) -> None:
        y = sum(p.height for p in self.parts)
        for part in self.parts:
            y -= part.height
            part.canv = self.canv
            self.canv.saveState()
            self.canv.translate(0, y)
            part.draw()
            self.canv.restoreState()


def save_svg(grid: HeatmapGrid, path: str | Path) -> Path:
    """Write the whole map (every row and column) as SVG; width follows the column count."""
    cols = max(len(grid.columns), 1)
    width = 150.0 + cols * 16.0 + 10
    drawing = heatmap_drawing(grid, max(width, 480.0))
    target = Path(path)
    renderSVG.drawToFile(drawing, str(target))
    return target
