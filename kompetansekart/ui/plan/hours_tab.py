"""The plan's «Timer per person» tab: planned hours against each person's learning budget."""

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
from kompetansekart.ui.plan.models import RowsModel
from kompetansekart.ui.plan.rows import (
    count_text,
    hours_rows,
)
from kompetansekart.ui.plan.table import PlanTable, page

if TYPE_CHECKING:
    from kompetansekart.ui.plan.view import PlanView

ID = Qt.ItemDataRole.UserRole


class HoursTab(QWidget):
    """The plan's «Timer per person» tab."""

    def __init__(self, view: PlanView) -> None:
        super().__init__()
        self.view = view
        self.hours_model = RowsModel(
            [self.tr("Navn"), self.tr("Team"), self.tr("Tiltak"), self.tr("Planlagt"),
             self.tr("Tilgjengelig"), self.tr("Merknad")], right=(2, 3, 4), parent=self)
        self.hours_table = PlanTable(self.hours_model, self.tr("Timer per person"))
        self.hours_table.fit_columns({0: "Sigurd Johannessen", 1: "Mottak og veiledning",
                                      2: "88", 3: "888,5 t", 4: "888,5 t"})
        self.hours_note = QLabel()
        self.hours_note.setWordWrap(True)
        page(self, self.hours_table, [], self.hours_note)

    def fill(self, period: PeriodInfo) -> int:
        rows, over = hours_rows(self.view.ctx.analysis, self.view.plan, period)
        self.hours_model.set_rows(rows)
        self.hours_note.setText(self.tr(
            "Tilgjengelig er personens læringstimer per år (satt under «Ansatte»), regnet om "
            "til periodens lengde. Avlyste tiltak telles ikke. ") + (
            count_text(over, self.tr("1 person er over timebudsjettet."),
                       self.tr("{n} personer er over timebudsjettet."))
            if over else self.tr("Ingen er over timebudsjettet.")))
        self.view.tabs.setTabText(2, self.tr("Timer per person ({n} over)").format(n=over)
                             if over else self.tr("Timer per person"))
        return over
