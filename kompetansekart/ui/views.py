"""The views of the main window: key, Norwegian tab title, module, class.

Each view is a QWidget made as `ViewClass(ctx: OfficeContext, parent=None)`. It listens to
`ctx.changed` itself and redraws what depends on the tables named. A view that can show a
particular item implements `show_target(target: dict[str, int]) -> None` (keys such as
"person_id", "competence_id", "measure_id"), and may emit a `navigate(str, dict)` signal
(view key, target) that the main window follows. The main window skips a view whose module
does not exist yet.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget


def _t(text: str) -> str:
    """Mark a view title for translation (translated with context "Views" when shown)."""
    return str(QT_TRANSLATE_NOOP("Views", text))


class ViewSpec(NamedTuple):
    """Where a view lives."""

    key: str
    title: str
    module: str
    cls: str


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("overview", _t("Oversikt"),
             "kompetansekart.ui.overview.view", "OverviewView"),
    ViewSpec("staff", _t("Ansatte"),
             "kompetansekart.ui.staff.view", "StaffView"),
    ViewSpec("roles", _t("Roller"),
             "kompetansekart.ui.roles.view", "RolesView"),
    ViewSpec("catalogue", _t("Kompetansekatalog"),
             "kompetansekart.ui.catalogue.view", "CatalogueView"),
    ViewSpec("matrix", _t("Kartlegging"),
             "kompetansekart.ui.matrix.view", "MatrixView"),
    ViewSpec("experts", _t("Hvem kan hva"),
             "kompetansekart.ui.experts.view", "ExpertsView"),
    ViewSpec("heatmap", _t("Varmekart"),
             "kompetansekart.ui.heatmap.view", "HeatmapView"),
    ViewSpec("plan", _t("Kompetanseplan"),
             "kompetansekart.ui.plan.view", "PlanView"),
    ViewSpec("sharing", _t("Deling med fylket"),
             "kompetansekart.ui.sharing.view", "SharingView"),
)


class LazyView(QWidget):
    """A view that redraws at once while shown, and otherwise once when it is next shown.

    Subclasses implement `refresh()` (which should read `self._dirty` as done) and call
    `refresh_when_shown()` from their `ctx.changed` handler, so hidden tabs do not reload the
    office on every edit made elsewhere.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dirty = False

    def refresh(self) -> None:
        """Redraw from the current data (implemented by the view)."""
        raise NotImplementedError

    def refresh_when_shown(self) -> None:
        """Redraw now if visible, else remember to do it when shown."""
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made while another view was shown."""
        if self._dirty:
            self.refresh()
        super().showEvent(event)
