"""The plan's «Utviklingsplaner» tab: each person's development goals."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.services import plans
from kompetansekart.ui.common.forms import named
from kompetansekart.ui.plan.dialogs import GoalDialog
from kompetansekart.ui.plan.models import RowsModel
from kompetansekart.ui.plan.rows import (
    goal_rows,
)
from kompetansekart.ui.plan.table import PlanTable, button, page

if TYPE_CHECKING:
    from kompetansekart.ui.plan.view import PlanView

ID = Qt.ItemDataRole.UserRole


class GoalsTab(QWidget):
    """The plan's «Utviklingsplaner» tab."""

    def __init__(self, view: PlanView) -> None:
        super().__init__()
        self.view = view
        self.people_list = named(QListWidget(), self.tr("Ansatte"),
                                 self.tr("Velg en ansatt for å se utviklingsmålene"))
        self.people_list.currentRowChanged.connect(lambda _row: self._fill_goals())
        self.goals_model = RowsModel(
            [self.tr("Kompetanse"), self.tr("Nå"), self.tr("Mål"), self.tr("Frist"),
             self.tr("Tiltak"), self.tr("Notat")], parent=self)
        self.goals_table = PlanTable(self.goals_model, self.tr("Utviklingsmål"))
        self.goals_table.activated_row = self.edit_goal
        self.goals_table.fit_columns({0: "Motiverende intervju", 1: "2 Selvstendig",
                                      2: "2 Selvstendig", 3: "22.09.2026",
                                      4: "Kurs i motiverende intervju"})
        self.goals_table.selectionModel().currentRowChanged.connect(
            lambda *_: self.view._update_buttons())
        self.add_goal_button = button(self.tr("Nytt &mål…"), self.tr("Nytt utviklingsmål"),
                                       self.add_goal)
        self.edit_goal_button = button(self.tr("Endre mål…"),
                                        self.tr("Endre utviklingsmål"), self.edit_goal)
        self.delete_goal_button = button(self.tr("Slett mål"),
                                          self.tr("Slett utviklingsmål"), self.delete_goal)
        right = page(QWidget(), self.goals_table, [
            self.add_goal_button, self.edit_goal_button, self.delete_goal_button])
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.people_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 800])
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(splitter)

    def fill(self) -> None:
        current = self.selected_person_id()
        goals: dict[int, int] = {}
        for g in self.view.plan.goals:
            goals[g.person_id] = goals.get(g.person_id, 0) + 1
        self.people_list.blockSignals(True)
        self.people_list.clear()
        for person in self.view.ctx.analysis.people:
            count = goals.get(person.id, 0)
            text = person.name + (self.tr(" (%n mål)", "", count) if count else "")
            item = QListWidgetItem(text)
            item.setData(ID, person.id)
            self.people_list.addItem(item)
        self.people_list.blockSignals(False)
        if current is not None:
            self.select_person(current)
        elif self.people_list.count():
            self.people_list.setCurrentRow(0)
        self._fill_goals()

    def _fill_goals(self) -> None:
        person_id = self.selected_person_id()
        self.goals_model.set_rows(goal_rows(self.view.ctx.analysis, self.view.plan, person_id)
                                  if person_id is not None else [])
        self.view._update_buttons()

    def selected_person_id(self) -> int | None:
        """The person chosen under «Utviklingsplaner»."""
        item = self.people_list.currentItem()
        return None if item is None else int(item.data(ID))

    def select_person(self, person_id: int) -> bool:
        """Choose a person under «Utviklingsplaner»."""
        for row in range(self.people_list.count()):
            if int(self.people_list.item(row).data(ID)) == person_id:
                self.people_list.setCurrentRow(row)
                return True
        return False

    def goal_dialog(self, goal_id: int | None = None) -> GoalDialog | None:
        """The goal form for the chosen person."""
        person_id = self.selected_person_id()
        if person_id is None:
            return None
        period = self.view.period
        measures = [m for m in self.view.plan.measures
                    if (period is not None and m.period_id == period.id)
                    or person_id in m.participant_ids]
        return GoalDialog(self.view.ctx, person_id, goal_id, measures, self)

    def add_goal(self) -> None:
        """Add a goal to the chosen person's development plan."""
        dialog = self.goal_dialog()
        if dialog is not None:
            dialog.exec()

    def edit_goal(self) -> None:
        """Edit the selected goal."""
        goal_id = self.goals_table.selected_id()
        dialog = self.goal_dialog(goal_id) if goal_id is not None else None
        if dialog is not None:
            dialog.exec()

    def delete_goal(self) -> None:
        """Delete the selected goal."""
        goal_id = self.goals_table.selected_id()
        if goal_id is not None:
            self.view._apply(plans.delete_goal, goal_id)
