"""The views of the main window: key, Norwegian tab title and a typed factory.

Each view is a QWidget made by its factory as `factory(ctx, parent)`. It listens to
`ctx.changed` itself and redraws what depends on the tables named. A view that can show a
particular item implements `show_target(target: dict[str, int]) -> None` (keys such as
"person_id", "competence_id", "measure_id", see `ShowsTarget`), and may emit a
`navigate(str, dict)` signal (view key, target) that the main window follows.

The factories import their view's module when called, so a view's imports (pyqtgraph for the
heatmap) cost nothing until it is first shown; mypy checks every constructor call, and a view
that fails to build raises instead of being replaced by a label.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple, Protocol, runtime_checkable

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from kompetansekart.ui.context import OfficeContext


def _t(text: str) -> str:
    """Mark a view title for translation (translated with context "Views" when shown)."""
    return str(QT_TRANSLATE_NOOP("Views", text))


@runtime_checkable
class ShowsTarget(Protocol):
    """A view that can bring one item into sight (a person, a competence, a measure)."""

    def show_target(self, target: dict[str, int]) -> None:
        """Select the item named by `target` (keys such as "person_id")."""


class View(Protocol):
    """What a view factory makes: a QWidget over the context (see the module docstring)."""

    def __call__(self, ctx: OfficeContext, parent: QWidget | None = None) -> QWidget:
        """Build the view."""


class ViewSpec(NamedTuple):
    """One view of the main window."""

    key: str
    title: str
    factory: View


def _overview(ctx: OfficeContext, parent: QWidget | None = None) -> QWidget:
    from kompetansekart.ui.overview.view import OverviewView

    return OverviewView(ctx, parent)


def _staff(ctx: OfficeContext, parent: QWidget | None = None) -> QWidget:
    from kompetansekart.ui.staff.view import StaffView

    return StaffView(ctx, parent)


def _roles(ctx: OfficeContext, parent: QWidget | None = None) -> QWidget:
    from kompetansekart.ui.roles.view import RolesView

    return RolesView(ctx, parent)


def _catalogue(ctx: OfficeContext, parent: QWidget | None = None) -> QWidget:
    from kompetansekart.ui.catalogue.view import CatalogueView

    return CatalogueView(ctx, parent)


def _matrix(ctx: OfficeContext, parent: QWidget | None = None) -> QWidget:
    from kompetansekart.ui.matrix.view import MatrixView

    return MatrixView(ctx, parent)


def _experts(ctx: OfficeContext, parent: QWidget | None = None) -> QWidget:
    from kompetansekart.ui.experts.view import ExpertsView

    return ExpertsView(ctx, parent)


def _heatmap(ctx: OfficeContext, parent: QWidget | None = None) -> QWidget:
    from kompetansekart.ui.heatmap.view import HeatmapView

    return HeatmapView(ctx, parent)


def _plan(ctx: OfficeContext, parent: QWidget | None = None) -> QWidget:
    from kompetansekart.ui.plan.view import PlanView

    return PlanView(ctx, parent)


def _sharing(ctx: OfficeContext, parent: QWidget | None = None) -> QWidget:
    from kompetansekart.ui.sharing.view import SharingView

    return SharingView(ctx, parent)


VIEWS: tuple[ViewSpec, ...] = (
    ViewSpec("overview", _t("Oversikt"), _overview),
    ViewSpec("staff", _t("Ansatte"), _staff),
    ViewSpec("roles", _t("Roller"), _roles),
    ViewSpec("catalogue", _t("Kompetansekatalog"), _catalogue),
    ViewSpec("matrix", _t("Kartlegging"), _matrix),
    ViewSpec("experts", _t("Hvem kan hva"), _experts),
    ViewSpec("heatmap", _t("Varmekart"), _heatmap),
    ViewSpec("plan", _t("Kompetanseplan"), _plan),
    ViewSpec("sharing", _t("Deling med fylket"), _sharing),
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
