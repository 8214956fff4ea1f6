"""Sizes, colours and the hatch of the heatmap's drawing, shared by its widgets.

Importing this module sets pyqtgraph to row-major arrays (rows × columns, like numpy and the
grid) before any ImageItem is made.
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

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
