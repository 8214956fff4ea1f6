"""«Kompetanseplan»: periods with priorities and measures, hours per person, new staff,
development plans, requests to the county, the effect since the last period, and the PDFs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.domain.models import MeasureStatus
from kompetansekart.domain.planning import (
    PeriodInfo,
    PlanSnapshot,
    draft_proposals,
)
from kompetansekart.services import plans
from kompetansekart.storage.plan_reader import load_plan
from kompetansekart.ui.common.forms import confirm, fmt_date, named, warn
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.plan.dialogs import PeriodDialog
from kompetansekart.ui.plan.draft import DraftDialog
from kompetansekart.ui.plan.effect_tab import EffectTab
from kompetansekart.ui.plan.goals_tab import GoalsTab
from kompetansekart.ui.plan.hours_tab import HoursTab
from kompetansekart.ui.plan.measures_tab import MeasuresTab
from kompetansekart.ui.plan.models import WARN_INK, hours_text
from kompetansekart.ui.plan.new_staff_tab import NewStaffTab
from kompetansekart.ui.plan.pdf import PdfButton
from kompetansekart.ui.plan.priorities_tab import PrioritiesTab
from kompetansekart.ui.plan.requests_tab import RequestsTab
from kompetansekart.ui.plan.rows import (
    count_text,
)
from kompetansekart.ui.plan.table import button
from kompetansekart.ui.views import LazyView

ID = Qt.ItemDataRole.UserRole




class PlanView(LazyView):
    """The office's competence plan for one period at a time."""

    #: (view key, target) — e.g. to show a person in the staff view.
    navigate = Signal(str, dict)

    TAB_KEYS = ("measures", "priorities", "hours", "new_staff", "goals", "requests", "effect")


    def __init__(self, ctx: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Kompetanseplan"))
        self.plan = PlanSnapshot()
        self.period_id: int | None = None
        #: The comparison with the previous period is computed when its tab is shown.
        self._effect_stale = True

        # Period bar.
        self.period_combo = named(QComboBox(), self.tr("Planperiode"))
        self.period_combo.currentIndexChanged.connect(self._period_chosen)
        period_label = QLabel(self.tr("&Periode:"))
        period_label.setBuddy(self.period_combo)
        self.new_period_button = button(self.tr("&Ny periode…"), self.tr("Ny planperiode"),
                                         self.add_period)
        self.edit_period_button = button(self.tr("&Endre periode…"),
                                          self.tr("Endre planperioden"), self.edit_period)
        self.delete_period_button = button(self.tr("Slett periode…"),
                                            self.tr("Slett planperioden"), self.delete_period)
        self.draft_button = button(self.tr("Lag &utkast fra gap…"),
                                    self.tr("Lag utkast til tiltak fra kontorets gap"),
                                    self.draft_from_gaps)
        self.pdf_button = PdfButton(self)

        bar = QHBoxLayout()
        bar.addWidget(period_label)
        bar.addWidget(self.period_combo, 1)
        for widget in (self.new_period_button, self.edit_period_button,
                       self.delete_period_button):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.draft_button)
        bar.addWidget(self.pdf_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Sammendrag av perioden"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Deler av planen"))
        self.measures = MeasuresTab(self)
        self.tabs.addTab(self.measures, self.tr("Tiltak"))
        self.priorities = PrioritiesTab(self)
        self.tabs.addTab(self.priorities, self.tr("Prioriteringer"))
        self.hours = HoursTab(self)
        self.tabs.addTab(self.hours, self.tr("Timer per person"))
        self.new_staff = NewStaffTab(self)
        self.tabs.addTab(self.new_staff, self.tr("Nyansatte"))
        self.goals = GoalsTab(self)
        self.tabs.addTab(self.goals, self.tr("Utviklingsplaner"))
        self.requests = RequestsTab(ctx)
        self.tabs.addTab(self.requests, self.tr("Bestillinger til fylket"))
        self.effect = EffectTab(self)
        self.tabs.addTab(self.effect, self.tr("Effekt"))
        self.tabs.currentChanged.connect(lambda _index: self._fill_effect_if_shown())

        # Shown while the office has no plan period yet.
        empty = QWidget()
        empty_box = QVBoxLayout(empty)
        empty_box.addStretch(1)
        welcome = QLabel(self.tr(
            "<h3>Ingen kompetanseplan ennå</h3><p>Lag en planperiode (et år eller et "
            "halvår). Deretter kan du prioritere noen få områder, lage et utkast til tiltak "
            "fra kontorets gap og skrive ut planen.</p>"))
        welcome.setWordWrap(True)
        welcome.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_box.addWidget(welcome)
        self.first_period_button = button(self.tr("&Lag første planperiode…"),
                                           self.tr("Lag første planperiode"), self.add_period)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.first_period_button)
        row.addStretch(1)
        empty_box.addLayout(row)
        empty_box.addStretch(2)

        content = QWidget()
        content_box = QVBoxLayout(content)
        content_box.setContentsMargins(0, 0, 0, 0)
        content_box.addWidget(self.summary)
        content_box.addWidget(self.tabs, 1)
        self.stack = QStackedWidget()
        self.stack.addWidget(empty)
        self.stack.addWidget(content)

        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        ctx.changed.connect(self._changed)
        self.refresh()

    def _changed(self, _tables: frozenset[str]) -> None:
        # The plan draws on staff, assessments, targets and the catalogue too: any change.
        self.refresh_when_shown()

    def refresh(self) -> None:
        """Read the plan again and redraw everything for the chosen period."""
        self._dirty = False
        self.plan = load_plan(self.ctx.office)
        known = {p.id for p in self.plan.periods}
        if self.period_id not in known:
            current = self.plan.current_period(self.ctx.data.today)
            self.period_id = current.id if current else None
        self.period_combo.blockSignals(True)
        self.period_combo.clear()
        for period in sorted(self.plan.periods, key=lambda p: (p.start, p.id), reverse=True):
            self.period_combo.addItem(
                self.tr("{name} ({start}–{end})").format(
                    name=period.name, start=fmt_date(period.start), end=fmt_date(period.end)),
                period.id)
        if self.period_id is not None:
            self.period_combo.setCurrentIndex(self.period_combo.findData(self.period_id))
        self.period_combo.blockSignals(False)
        self.stack.setCurrentIndex(1 if self.period_id is not None else 0)
        self._fill()

    def _period_chosen(self, _index: int) -> None:
        value = self.period_combo.currentData()
        if value is not None and value != self.period_id:
            self.period_id = int(value)
            self._fill()

    @property
    def period(self) -> PeriodInfo | None:
        """The period shown."""
        if self.period_id is None:
            return None
        try:
            return self.plan.period(self.period_id)
        except KeyError:
            return None

    def _fill(self) -> None:
        period = self.period
        if period is None:
            for model in (self.measures.measures_model, self.priorities.priorities_model,
                          self.hours.hours_model, self.requests.requests_model,
                          self.effect.effect_model):
                model.set_rows([])
            self.new_staff.fill()
            self.goals.fill()
            self._update_buttons()
            return
        keep = {
            "measure": self.measures.measures_table.selected_id(),
            "priority": self.priorities.priorities_table.selected_id(),
            "request": self.requests.requests_table.selected_id(),
            "goal": self.goals.goals_table.selected_id(),
        }
        self.measures.fill(period)
        self.priorities.fill(period)
        over = self.hours.fill(period)
        overdue = self.new_staff.fill()
        self.goals.fill()
        count = self.requests.fill(self.plan, period, period.id)
        self.tabs.setTabText(5, self.tr("Bestillinger til fylket ({n})").format(n=count))
        self._effect_stale = True
        self._fill_effect_if_shown()
        self._fill_summary(period, over, overdue)
        for table, key in ((self.measures.measures_table, "measure"),
                           (self.priorities.priorities_table, "priority"),
                           (self.requests.requests_table, "request"),
                           (self.goals.goals_table, "goal")):
            kept = keep[key]
            if kept is not None:
                table.select_id(kept)
        self._update_buttons()

    def _names(self) -> dict[int, str]:
        return {p.id: p.name for p in self.ctx.data.people}

    def _fill_effect_if_shown(self) -> None:
        period = self.period
        if (self._effect_stale and period is not None
                and self.tabs.currentIndex() == self.TAB_KEYS.index("effect")):
            self._effect_stale = False
            self.effect.fill(period)

    def _fill_summary(self, period: PeriodInfo, over: int, overdue: int) -> None:
        measures = self.plan.measures_of(period.id)
        counting = [m for m in measures if m.counts]
        total = sum(m.total_hours for m in counting)
        priorities = len(self.plan.priorities_of(period.id))
        parts = [self.tr("{n} tiltak").format(n=len(measures)),
                 self.tr("{h} timer i alt").format(h=hours_text(round(total, 1))),
                 count_text(priorities, self.tr("1 prioritering"),
                        self.tr("{n} prioriteringer"))]
        warnings = []
        if over:
            warnings.append(count_text(over, self.tr("1 person over timebudsjettet"),
                                   self.tr("{n} personer over timebudsjettet")))
        if overdue:
            warnings.append(count_text(overdue, self.tr("1 nyansatt med forfalt «Ny i NAV»"),
                                   self.tr("{n} nyansatte med forfalt «Ny i NAV»")))
        text = " · ".join(parts)
        if warnings:
            text += f' · <span style="color:{WARN_INK.name()}"><b>' + " · ".join(
                warnings) + "</b></span>"
        if period.leader_name:
            text += " · " + self.tr("Leder: {name}").format(name=period.leader_name)
        self.summary.setText(text)

    def _update_buttons(self) -> None:
        has_period = self.period is not None
        widgets: tuple[QWidget, ...] = (
            self.edit_period_button, self.delete_period_button, self.draft_button,
            self.pdf_button, self.measures.add_measure_button,
            self.priorities.add_priority_button, self.new_staff.ny_i_nav_button)
        for widget in widgets:
            widget.setEnabled(has_period)
        measure = self.measures.selected_measure()
        for widget in (self.measures.edit_measure_button, self.measures.status_button,
                       self.measures.delete_measure_button):
            widget.setEnabled(measure is not None)
        self.measures.done_button.setEnabled(measure is not None
                                             and measure.status != MeasureStatus.DONE.value)
        prio = self.priorities.priorities_table.selected_id() is not None
        for widget in (self.priorities.edit_priority_button, self.priorities.up_button,
                       self.priorities.down_button, self.priorities.delete_priority_button):
            widget.setEnabled(prio)
        self.goals.add_goal_button.setEnabled(self.goals.selected_person_id() is not None)
        goal = self.goals.goals_table.selected_id() is not None
        self.goals.edit_goal_button.setEnabled(goal)
        self.goals.delete_goal_button.setEnabled(goal)
        self.new_staff.buddy_button.setEnabled(
            self.new_staff.new_staff_table.selected_id() is not None)
        self.requests.update_buttons(has_period)
        self.pdf_button.person_action.setEnabled(self.goals.selected_person_id() is not None)

    def select_period(self, period_id: int) -> None:
        """Show another period."""
        index = self.period_combo.findData(period_id)
        if index >= 0:
            self.period_combo.setCurrentIndex(index)

    def show_tab(self, key: str) -> None:
        """Bring a part of the plan to the front (keys in TAB_KEYS)."""
        self.tabs.setCurrentIndex(self.TAB_KEYS.index(key))

    def show_target(self, target: dict[str, int]) -> None:
        """Show a measure, a period or a person's development plan."""
        if self._dirty:
            self.refresh()
        if "measure_id" in target:
            try:
                measure = self.plan.measure(target["measure_id"])
            except KeyError:
                return
            self.select_period(measure.period_id)
            self.show_tab("measures")
            self.measures.measures_table.select_id(measure.id)
        elif "period_id" in target:
            self.select_period(target["period_id"])
        elif "person_id" in target:
            self.show_tab("goals")
            self.goals.select_person(target["person_id"])

    def add_period(self) -> None:
        """Make a new plan period and show it."""
        dialog = PeriodDialog(self.ctx, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.show_period(dialog.saved_id)

    def show_period(self, period_id: int) -> None:
        """Show this period (after adding it)."""
        self.period_id = period_id
        self.refresh()

    def edit_period(self) -> None:
        """Rename the period or change its dates, leader and note."""
        period = self.period
        if period is not None:
            PeriodDialog(self.ctx, period, self).exec()

    def delete_period(self) -> None:
        """Delete the period with its priorities and measures, after asking."""
        period = self.period
        if period is None:
            return
        count = plans.count_measures(self.ctx.office, period.id)
        if confirm(self, self.tr("Slette planperiode"),
                   self.tr("Slette planperioden «{name}»?").format(name=period.name),
                   self.tr("&Slett periode"),
                   self.tr("Periodens %n tiltak og prioriteringene slettes også. Du kan angre "
                           "med Ctrl+Z.", "", count)):
            self._apply(plans.delete_period, period.id)

    def draft_dialog(self) -> DraftDialog | None:
        """The proposals for the period from the office's gaps (None: nothing to propose)."""
        period = self.period
        if period is None:
            return None
        proposals = draft_proposals(self.ctx.analysis, self.plan, period.id)
        if not proposals:
            return None
        return DraftDialog(self.ctx, period, self.plan, proposals, self)

    def draft_from_gaps(self) -> None:
        """«Lag utkast fra gap»: propose measures; the leader picks which to add."""
        dialog = self.draft_dialog()
        if dialog is None:
            warn(self, self.tr("Ingen forslag"), self.tr(
                "Fant ingen gap uten tiltak i perioden. Alle med gap er allerede med i et "
                "tiltak for kompetansen, eller ingen er vurdert under målet sitt."))
            return
        if dialog.exec():
            self.show_tab("measures")

    def _apply(self, action: Any, *args: Any) -> None:
        self.ctx.run(self, action, *args)
