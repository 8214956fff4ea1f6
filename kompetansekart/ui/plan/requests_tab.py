"""The requests to the county (bestillinger): a tab of the plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from kompetansekart.domain.planning import (
    PeriodInfo,
)
from kompetansekart.services import plans
from kompetansekart.ui.plan.dialogs import RequestDialog
from kompetansekart.ui.plan.models import RowsModel
from kompetansekart.ui.plan.rows import (
    request_rows,
)
from kompetansekart.ui.plan.table import PlanTable, button, page

if TYPE_CHECKING:
    from kompetansekart.ui.plan.view import PlanView

ID = Qt.ItemDataRole.UserRole


class RequestsTab(QWidget):
    """The requests to the county (bestillinger)."""

    def __init__(self, view: PlanView) -> None:
        super().__init__()
        self.view = view
        self.requests_model = RowsModel(
            [self.tr("Kompetanse"), self.tr("Bestilling"), self.tr("Antall"),
             self.tr("Dato")], right=(2,), parent=self)
        self.requests_table = PlanTable(self.requests_model,
                                        self.tr("Bestillinger til fylket"))
        self.requests_table.activated_row = self.edit_request
        self.requests_table.fit_columns({0: "Økonomisk rådgivning og budsjett",
                                         1: "Opplæring i sosialtjenesteloven for 4 ansatte. "
                                            "Ingen på kontoret", 2: "888", 3: "22.09.2026"})
        self.requests_table.selectionModel().currentRowChanged.connect(
            lambda *_: self.view._update_buttons())
        self.add_request_button = button(self.tr("Ny &bestilling…"),
                                          self.tr("Ny bestilling til fylket"),
                                          self.add_request)
        self.edit_request_button = button(self.tr("Endre…"), self.tr("Endre bestilling"),
                                           self.edit_request)
        self.delete_request_button = button(self.tr("Slett"), self.tr("Slett bestilling"),
                                             self.delete_request)
        note = QLabel(self.tr("Behov kontoret ikke kan dekke selv. Bestillingene følger med "
                              "i sammendraget som deles med fylket (uten navn)."))
        note.setWordWrap(True)
        page(self, self.requests_table, [
            self.add_request_button, self.edit_request_button, self.delete_request_button],
            note)

    def fill(self, period: PeriodInfo) -> None:
        rows = request_rows(self.view.ctx.analysis, self.view.plan, period)
        self.requests_model.set_rows(rows)
        self.view.tabs.setTabText(5, self.tr("Bestillinger til fylket ({n})").format(n=len(rows)))

    def request_dialog(self, request_id: int | None = None) -> RequestDialog:
        """The county request form."""
        assert self.view.period is not None
        current: tuple[int | None, str, int] = (None, "", 0)
        if request_id is not None:
            row = self.requests_model.row_of(request_id)
            if row is not None:
                current = self.requests_model.rows[row].extra["current"]
        return RequestDialog(self.view.ctx, self.view.period.id, request_id, current, self)

    def add_request(self) -> None:
        """Add a request to the county."""
        if self.view.period is not None:
            self.request_dialog().exec()

    def edit_request(self) -> None:
        """Edit the selected request."""
        rid = self.requests_table.selected_id()
        if rid is not None:
            self.request_dialog(rid).exec()

    def delete_request(self) -> None:
        """Delete the selected request."""
        rid = self.requests_table.selected_id()
        if rid is not None:
            self.view._apply(plans.delete_request, rid)
