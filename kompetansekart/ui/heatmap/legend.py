"""The legend under the heatmap: the current mode's swatches with translated labels."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from kompetansekart.domain.heatmap_data import LegendEntry, Palette
from kompetansekart.ui.heatmap.style import hatch_brush, qcolor, translate

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
