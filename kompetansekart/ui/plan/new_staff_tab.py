"""The plan's «Nyansatte» tab: «Ny i NAV», buddies (fadder) and training plans of new staff."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from kompetansekart.domain.models import MeasureKind
from kompetansekart.domain.planning import (
    DEFAULT_HOURS,
    new_staff_followup,
)
from kompetansekart.services import plans
from kompetansekart.ui.plan.models import RowsModel
from kompetansekart.ui.plan.rows import (
    new_staff_rows,
)
from kompetansekart.ui.plan.table import PlanTable, button, page

if TYPE_CHECKING:
    from kompetansekart.ui.plan.view import PlanView

ID = Qt.ItemDataRole.UserRole


class NewStaffTab(QWidget):
    """The plan's «Nyansatte» tab."""

    def __init__(self, view: PlanView) -> None:
        super().__init__()
        self.view = view
        self.new_staff_model = RowsModel(
            [self.tr("Navn"), self.tr("Startet"), self.tr("«Ny i NAV» innen"),
             self.tr("Påmeldt"), self.tr("Fadder"), self.tr("Opplæringsplan"),
             self.tr("Merknad")], parent=self)
        self.new_staff_table = PlanTable(self.new_staff_model, self.tr("Nyansatte"))
        self.new_staff_table.fit_columns({0: "Sigurd Johannessen", 1: "22.09.2026",
                                          2: "22.09.2026", 3: "«Ny i NAV» høst 2026",
                                          4: "Sigurd Johannessen", 5: "88 mål"})
        self.new_staff_table.activated_row = self._show_new_staff_goals
        self.ny_i_nav_button = button(self.tr("Mel&d på «Ny i NAV»…"),
                                       self.tr("Nytt «Ny i NAV»-tiltak for nyansatte"),
                                       self.add_ny_i_nav)
        self.buddy_button = button(self.tr("Velg &fadder…"),
                                    self.tr("Velg fadder for den valgte nyansatte under "
                                            "«Ansatte»"), self.choose_buddy)
        self.new_staff_table.selectionModel().currentRowChanged.connect(
            lambda *_: self.view._update_buttons())
        note = QLabel(self.tr("«Ny i NAV» skal være gjennomført innen seks måneder etter "
                              "startdatoen. Fadder settes på den ansatte under «Ansatte»; "
                              "opplæringsplanen er den ansattes utviklingsmål."))
        note.setWordWrap(True)
        page(self, self.new_staff_table, [self.ny_i_nav_button, self.buddy_button],
                          note)

    def fill(self) -> int:
        rows, overdue = new_staff_rows(self.view.ctx.analysis, self.view.plan)
        self.new_staff_model.set_rows(rows)
        self.view.tabs.setTabText(3, self.tr("Nyansatte ({n})").format(n=len(rows)))
        return overdue

    def add_ny_i_nav(self) -> None:
        """A «Ny i NAV» measure with every new employee not yet signed up."""
        period = self.view.period
        if period is None:
            return
        people = [n.person_id for n in new_staff_followup(self.view.ctx.analysis, self.view.plan)
                  if not n.ny_i_nav_measure]
        start, end = plans.default_dates(period.start, period.end, self.view.ctx.data.today)
        self.view.show_tab("measures")
        self.view.measures.add_measure(plans.MeasureFields(
            self.tr("«Ny i NAV»"), MeasureKind.NY_I_NAV.value, participant_ids=people,
            responsible_external=self.tr("Fylkeskontoret"), start=start, end=end,
            hours_per_participant=DEFAULT_HOURS[MeasureKind.NY_I_NAV.value]))

    def choose_buddy(self) -> None:
        """The buddy is set on the person: open them under «Ansatte»."""
        person_id = self.new_staff_table.selected_id()
        if person_id is not None:
            self.view.navigate.emit("staff", {"person_id": person_id})

    def _show_new_staff_goals(self) -> None:
        person_id = self.new_staff_table.selected_id()
        if person_id is not None:
            self.view.show_target({"person_id": person_id})
