"""The plan's «Tiltak» tab: the period's measures, their status and the measure form."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QMenu,
    QToolButton,
    QWidget,
)

from kompetansekart.domain.models import MeasureKind, MeasureStatus
from kompetansekart.domain.planning import (
    DEFAULT_HOURS,
    MeasureInfo,
    PeriodInfo,
)
from kompetansekart.services import plans
from kompetansekart.ui.common.forms import confirm, named
from kompetansekart.ui.plan.followup import FollowUpDialog
from kompetansekart.ui.plan.measure_form import MeasureDialog
from kompetansekart.ui.plan.models import RowsModel, status_text
from kompetansekart.ui.plan.rows import (
    measure_rows,
)
from kompetansekart.ui.plan.table import PlanTable, button, page

if TYPE_CHECKING:
    from kompetansekart.ui.plan.view import PlanView

ID = Qt.ItemDataRole.UserRole


class MeasuresTab(QWidget):
    """The plan's «Tiltak» tab."""

    def __init__(self, view: PlanView) -> None:
        super().__init__()
        self.view = view
        self.measures_model = RowsModel(
            [self.tr("Tiltak"), self.tr("Type"), self.tr("Kompetanse"), self.tr("Deltakere"),
             self.tr("Ansvarlig"), self.tr("Fra"), self.tr("Til"), self.tr("Timer/deltaker"),
             self.tr("Timer i alt"), self.tr("Kostnad"), self.tr("Status")],
            right=(3, 7, 8, 9), parent=self)
        self.measures_table = PlanTable(self.measures_model, self.tr("Tiltak i perioden"),
                                        self.tr("Enter eller dobbeltklikk for å endre"),
                                        sort_column=5, stretch_column=0)
        self.measures_table.activated_row = self.edit_measure
        self.measures_table.fit_columns({1: "Kollegaveiledning",
                                         2: "Motiverende intervju", 3: "888",
                                         4: "Fylkeskontoret", 5: "22.09.2026",
                                         6: "22.09.2026", 8: "8888",
                                         9: "88 888", 10: "Gjennomført"})
        self.measures_table.selectionModel().currentRowChanged.connect(
            lambda *_: self.view._update_buttons())
        self.add_measure_button = button(self.tr("Nytt t&iltak…"), self.tr("Nytt tiltak"),
                                          self.add_measure)
        self.edit_measure_button = button(self.tr("Endre &tiltak…"), self.tr("Endre tiltak"),
                                           self.edit_measure)
        self.done_button = button(self.tr("&Marker gjennomført…"),
                                   self.tr("Marker tiltaket som gjennomført og vurder "
                                           "deltakerne på nytt"), self.mark_done)
        self.status_button = named(QToolButton(), self.tr("Endre status"))
        self.status_button.setText(self.tr("St&atus"))
        self.status_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.status_button)
        self.status_actions: dict[str, QAction] = {}
        for status in (MeasureStatus.PLANNED.value, MeasureStatus.ONGOING.value,
                       MeasureStatus.CANCELLED.value):
            action = QAction(status_text(status), self)
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
            menu.addAction(action)
            self.status_actions[status] = action
        self.status_button.setMenu(menu)
        self.delete_measure_button = button(self.tr("Slett tiltak…"), self.tr("Slett tiltak"),
                                             self.delete_measure)
        page(self, self.measures_table, [
            self.add_measure_button, self.edit_measure_button, self.done_button,
            self.status_button, self.delete_measure_button])

    def fill(self, period: PeriodInfo) -> None:
        rows = measure_rows(self.view.ctx.analysis, self.view.plan, period)
        self.measures_model.set_rows(rows)
        self.view.tabs.setTabText(0, self.tr("Tiltak ({n})").format(n=len(rows)))

    def selected_measure(self) -> MeasureInfo | None:
        """The measure selected in the table."""
        mid = self.measures_table.selected_id()
        if mid is None:
            return None
        try:
            return self.view.plan.measure(mid)
        except KeyError:
            return None

    def measure_dialog(self, measure_id: int | None = None,
                       initial: plans.MeasureFields | None = None) -> MeasureDialog:
        """The measure form: a new measure (`initial` prefilled) or an existing one."""
        period = self.view.period
        assert period is not None
        if measure_id is not None:
            fields = plans.measure_fields(self.view.ctx.office, measure_id)
            return MeasureDialog(
                self.view.ctx, period, fields,
                lambda f: self.view.ctx.apply(plans.update_measure, measure_id, f),
                self.tr("Endre tiltak"), self)
        if initial is None:
            start, end = plans.default_dates(period.start, period.end, self.view.ctx.data.today)
            initial = plans.MeasureFields(
                "", MeasureKind.COURSE.value, start=start, end=end,
                hours_per_participant=DEFAULT_HOURS[MeasureKind.COURSE.value])
        return MeasureDialog(self.view.ctx, period, initial,
                             lambda f: self.view.ctx.apply(plans.add_measure, period.id, f),
                             self.tr("Nytt tiltak"), self)

    def add_measure(self, initial: plans.MeasureFields | None = None) -> None:
        """Open the form for a new measure."""
        if self.view.period is None:
            return
        self.measure_dialog(None, initial).exec()

    def edit_measure(self) -> None:
        """Open the form for the selected measure."""
        measure = self.selected_measure()
        if measure is not None:
            self.measure_dialog(measure.id).exec()

    def mark_done(self) -> None:
        """Mark the selected measure done, with a fresh assessment of its participants."""
        measure = self.selected_measure()
        if measure is not None:
            self.follow_up_dialog(measure).exec()

    def follow_up_dialog(self, measure: MeasureInfo) -> FollowUpDialog:
        """The follow-up assessment asked for when a measure is done."""
        return FollowUpDialog(self.view.ctx, measure, self)

    def set_status(self, status: str) -> None:
        """Set the selected measure's status (planned, ongoing, cancelled)."""
        measure = self.selected_measure()
        if measure is not None and measure.status != status:
            self.view._apply(plans.set_status, measure.id, status)

    def delete_measure(self) -> None:
        """Delete the selected measure after asking."""
        measure = self.selected_measure()
        if measure is None:
            return
        if confirm(self, self.tr("Slette tiltak"),
                   self.tr("Slette tiltaket «{title}»?").format(title=measure.title),
                   self.tr("&Slett tiltak"), self.tr("Du kan angre med Ctrl+Z.")):
            self.view._apply(plans.delete_measure, measure.id)
