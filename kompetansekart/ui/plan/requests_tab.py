"""The requests to the county (bestillinger): one widget, a tab of the plan and a box of the
sharing view.

The plan shows the requests of the period on screen and adds new ones to it; the sharing view
shows every request and adds new ones to the current period (`PlanSnapshot.current_period`).
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from kompetansekart.domain.planning import PeriodInfo, PlanSnapshot
from kompetansekart.services import plans
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.plan.dialogs import RequestDialog
from kompetansekart.ui.plan.models import RowsModel
from kompetansekart.ui.plan.rows import request_rows
from kompetansekart.ui.plan.table import PlanTable, button, page


class RequestsTab(QWidget):
    """The requests to the county (bestillinger) with «Ny», «Endre» and «Slett»."""

    def __init__(self, ctx: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        #: The period new requests are added to (None: no period yet).
        self.period_id: int | None = None
        self._can_add = False
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
            lambda *_: self.update_buttons(self._can_add))
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

    def fill(self, plan: PlanSnapshot, period: PeriodInfo | None, add_to: int | None
             ) -> int:
        """Show the requests of `period` (None: all); new ones go to `add_to`. Returns the count."""
        self.period_id = add_to
        rows = request_rows(self.ctx.analysis, plan, period)
        self.requests_model.set_rows(rows)
        return len(rows)

    def update_buttons(self, can_add: bool) -> None:
        """Enable «Ny» when requests can be added, «Endre»/«Slett» when one is selected."""
        self._can_add = can_add
        self.add_request_button.setEnabled(can_add)
        selected = self.requests_table.selected_id() is not None and not self.ctx.office.readonly
        self.edit_request_button.setEnabled(selected)
        self.delete_request_button.setEnabled(selected)

    def request_dialog(self, request_id: int | None = None) -> RequestDialog:
        """The county request form (not shown)."""
        current: tuple[int | None, str, int] = (None, "", 0)
        if request_id is not None:
            row = self.requests_model.row_of(request_id)
            if row is not None:
                current = self.requests_model.rows[row].extra["current"]
        return RequestDialog(self.ctx, self.period_id, request_id, current, self)

    def add_request(self) -> None:
        """Add a request to the county."""
        if self._can_add:
            self.request_dialog().exec()

    def edit_request(self) -> None:
        """Edit the selected request."""
        rid = self.requests_table.selected_id()
        if rid is not None and not self.ctx.office.readonly:
            self.request_dialog(rid).exec()

    def delete_request(self) -> None:
        """Delete the selected request (undo brings it back)."""
        rid = self.requests_table.selected_id()
        if rid is None:
            return
        self.ctx.run(self, plans.delete_request, rid)
