"""The plan's «Prioriteringer» tab: the few areas chosen for the period."""

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
from kompetansekart.ui.plan.dialogs import PriorityDialog
from kompetansekart.ui.plan.models import RowsModel
from kompetansekart.ui.plan.rows import (
    priority_rows,
)
from kompetansekart.ui.plan.table import PlanTable, button, page

if TYPE_CHECKING:
    from kompetansekart.ui.plan.view import PlanView

ID = Qt.ItemDataRole.UserRole


class PrioritiesTab(QWidget):
    """The plan's «Prioriteringer» tab."""

    def __init__(self, view: PlanView) -> None:
        super().__init__()
        self.view = view
        self.priorities_model = RowsModel(
            [self.tr("Nr"), self.tr("Område"), self.tr("Gap nå"), self.tr("Begrunnelse")],
            right=(0, 2), parent=self)
        self.priorities_table = PlanTable(self.priorities_model, self.tr("Prioriteringer"))
        self.priorities_table.setSortingEnabled(False)
        self.priorities_table.activated_row = self.edit_priority
        self.priorities_table.fit_columns({0: "88", 1: "Økonomisk rådgivning og budsjett",
                                           2: "888"})
        self.priorities_table.selectionModel().currentRowChanged.connect(
            lambda *_: self.view._update_buttons())
        self.add_priority_button = button(self.tr("Ny prioriter&ing…"),
                                           self.tr("Ny prioritering"), self.add_priority)
        self.edit_priority_button = button(self.tr("Endre…"), self.tr("Endre prioritering"),
                                            self.edit_priority)
        self.up_button = button(self.tr("Flytt &opp"), self.tr("Flytt prioriteringen opp"),
                                 lambda: self.move_priority(-1))
        self.down_button = button(self.tr("Flytt ne&d"), self.tr("Flytt prioriteringen ned"),
                                   lambda: self.move_priority(1))
        self.delete_priority_button = button(self.tr("Slett"), self.tr("Slett prioritering"),
                                              self.delete_priority)
        note = QLabel(self.tr("Velg noen få områder for perioden (høyst fem). Utkastet fra "
                              "gap foreslår tiltak for dem først."))
        note.setWordWrap(True)
        page(self, self.priorities_table, [
            self.add_priority_button, self.edit_priority_button, self.up_button,
            self.down_button, self.delete_priority_button], note)

    def fill(self, period: PeriodInfo) -> None:
        self.priorities_model.set_rows(
            priority_rows(self.view.ctx.analysis, self.view.plan, period))

    def priority_dialog(self, priority_id: int | None = None) -> PriorityDialog:
        """The priority form (new, or the one with `priority_id`)."""
        assert self.view.period is not None
        current: tuple[int | None, int | None, str] = (None, None, "")
        if priority_id is not None:
            row = self.priorities_model.row_of(priority_id)
            if row is not None:
                current = self.priorities_model.rows[row].extra["current"]
        return PriorityDialog(self.view.ctx, self.view.period.id, priority_id, current, self)

    def add_priority(self) -> None:
        """Add a priority to the period."""
        if self.view.period is not None:
            self.priority_dialog().exec()

    def edit_priority(self) -> None:
        """Edit the selected priority."""
        pid = self.priorities_table.selected_id()
        if pid is not None:
            self.priority_dialog(pid).exec()

    def move_priority(self, step: int) -> None:
        """Move the selected priority up or down."""
        pid = self.priorities_table.selected_id()
        if pid is not None:
            self.view._apply(plans.move_priority, pid, step)
            self.priorities_table.select_id(pid)

    def delete_priority(self) -> None:
        """Remove the selected priority."""
        pid = self.priorities_table.selected_id()
        if pid is not None:
            self.view._apply(plans.delete_priority, pid)
