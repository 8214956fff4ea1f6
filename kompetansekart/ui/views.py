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
             "kompetansekart.ui.overview_view", "OverviewView"),
    ViewSpec("staff", _t("Ansatte"),
             "kompetansekart.ui.staff_view", "StaffView"),
    ViewSpec("roles", _t("Roller"),
             "kompetansekart.ui.roles_view", "RolesView"),
    ViewSpec("catalogue", _t("Kompetansekatalog"),
             "kompetansekart.ui.catalogue_view", "CatalogueView"),
    ViewSpec("matrix", _t("Kartlegging"),
             "kompetansekart.ui.matrix_view", "MatrixView"),
    ViewSpec("experts", _t("Hvem kan hva"),
             "kompetansekart.ui.experts_view", "ExpertsView"),
    ViewSpec("heatmap", _t("Varmekart"),
             "kompetansekart.ui.heatmap_view", "HeatmapView"),
    ViewSpec("plan", _t("Kompetanseplan"),
             "kompetansekart.ui.plan_view", "PlanView"),
    ViewSpec("sharing", _t("Deling med fylket"),
             "kompetansekart.ui.sharing_view", "SharingView"),
)
