"""«Kompetanseplan»: periods with priorities and measures, hours per person, new staff,
development plans, requests to the county, the effect since the last period, and the PDFs."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.domain.models import MeasureKind, MeasureStatus
from kompetansekart.domain.planning import (
    DEFAULT_HOURS,
    MeasureInfo,
    PeriodInfo,
    PlanSnapshot,
    draft_proposals,
    new_staff_followup,
)
from kompetansekart.services import plans
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.storage.plan_reader import load_plan
from kompetansekart.ui.common.forms import confirm, fmt_date, named, warn
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.plan.dialogs import GoalDialog, PeriodDialog, PriorityDialog, RequestDialog
from kompetansekart.ui.plan.draft import DraftDialog
from kompetansekart.ui.plan.followup import FollowUpDialog
from kompetansekart.ui.plan.measure_form import MeasureDialog
from kompetansekart.ui.plan.models import (
    WARN_INK,
    RowsModel,
    hours_text,
    status_text,
)
from kompetansekart.ui.plan.pdf import PdfButton
from kompetansekart.ui.plan.rows import (
    count_text,
    effect_rows,
    goal_rows,
    hours_rows,
    measure_rows,
    new_staff_rows,
    priority_rows,
    request_rows,
)
from kompetansekart.ui.plan.table import PlanTable
from kompetansekart.ui.views import LazyView

ID = Qt.ItemDataRole.UserRole


def _button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    button = named(QPushButton(text), name)
    button.clicked.connect(lambda: slot())
    return button


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
        self.new_period_button = _button(self.tr("&Ny periode…"), self.tr("Ny planperiode"),
                                         self.add_period)
        self.edit_period_button = _button(self.tr("&Endre periode…"),
                                          self.tr("Endre planperioden"), self.edit_period)
        self.delete_period_button = _button(self.tr("Slett periode…"),
                                            self.tr("Slett planperioden"), self.delete_period)
        self.draft_button = _button(self.tr("Lag &utkast fra gap…"),
                                    self.tr("Lag utkast til tiltak fra kontorets gap"),
                                    self.draft_from_gaps)
        self.pdf_button = PdfButton(self)

        bar = QHBoxLayout()
        bar.addWidget(period_label)
        bar.addWidget(self.period_combo, 1)
        for button in (self.new_period_button, self.edit_period_button,
                       self.delete_period_button):
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.draft_button)
        bar.addWidget(self.pdf_button)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Sammendrag av perioden"))
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Deler av planen"))
        self.tabs.addTab(self._measures_tab(), self.tr("Tiltak"))
        self.tabs.addTab(self._priorities_tab(), self.tr("Prioriteringer"))
        self.tabs.addTab(self._hours_tab(), self.tr("Timer per person"))
        self.tabs.addTab(self._new_staff_tab(), self.tr("Nyansatte"))
        self.tabs.addTab(self._goals_tab(), self.tr("Utviklingsplaner"))
        self.tabs.addTab(self._requests_tab(), self.tr("Bestillinger til fylket"))
        self.tabs.addTab(self._effect_tab(), self.tr("Effekt"))
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
        self.first_period_button = _button(self.tr("&Lag første planperiode…"),
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

    # -- tabs -----------------------------------------------------------------------------

    def _page(self, table: QWidget, buttons: list[QWidget], note: QLabel | None = None
              ) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        if buttons:
            row = QHBoxLayout()
            for button in buttons:
                row.addWidget(button)
            row.addStretch(1)
            box.addLayout(row)
        if note is not None:
            box.addWidget(note)
        box.addWidget(table, 1)
        return page

    def _measures_tab(self) -> QWidget:
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
            lambda *_: self._update_buttons())
        self.add_measure_button = _button(self.tr("Nytt t&iltak…"), self.tr("Nytt tiltak"),
                                          self.add_measure)
        self.edit_measure_button = _button(self.tr("Endre &tiltak…"), self.tr("Endre tiltak"),
                                           self.edit_measure)
        self.done_button = _button(self.tr("&Marker gjennomført…"),
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
        self.delete_measure_button = _button(self.tr("Slett tiltak…"), self.tr("Slett tiltak"),
                                             self.delete_measure)
        return self._page(self.measures_table, [
            self.add_measure_button, self.edit_measure_button, self.done_button,
            self.status_button, self.delete_measure_button])

    def _priorities_tab(self) -> QWidget:
        self.priorities_model = RowsModel(
            [self.tr("Nr"), self.tr("Område"), self.tr("Gap nå"), self.tr("Begrunnelse")],
            right=(0, 2), parent=self)
        self.priorities_table = PlanTable(self.priorities_model, self.tr("Prioriteringer"))
        self.priorities_table.setSortingEnabled(False)
        self.priorities_table.activated_row = self.edit_priority
        self.priorities_table.fit_columns({0: "88", 1: "Økonomisk rådgivning og budsjett",
                                           2: "888"})
        self.priorities_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons())
        self.add_priority_button = _button(self.tr("Ny prioriter&ing…"),
                                           self.tr("Ny prioritering"), self.add_priority)
        self.edit_priority_button = _button(self.tr("Endre…"), self.tr("Endre prioritering"),
                                            self.edit_priority)
        self.up_button = _button(self.tr("Flytt &opp"), self.tr("Flytt prioriteringen opp"),
                                 lambda: self.move_priority(-1))
        self.down_button = _button(self.tr("Flytt ne&d"), self.tr("Flytt prioriteringen ned"),
                                   lambda: self.move_priority(1))
        self.delete_priority_button = _button(self.tr("Slett"), self.tr("Slett prioritering"),
                                              self.delete_priority)
        note = QLabel(self.tr("Velg noen få områder for perioden (høyst fem). Utkastet fra "
                              "gap foreslår tiltak for dem først."))
        note.setWordWrap(True)
        return self._page(self.priorities_table, [
            self.add_priority_button, self.edit_priority_button, self.up_button,
            self.down_button, self.delete_priority_button], note)

    def _hours_tab(self) -> QWidget:
        self.hours_model = RowsModel(
            [self.tr("Navn"), self.tr("Team"), self.tr("Tiltak"), self.tr("Planlagt"),
             self.tr("Tilgjengelig"), self.tr("Merknad")], right=(2, 3, 4), parent=self)
        self.hours_table = PlanTable(self.hours_model, self.tr("Timer per person"))
        self.hours_table.fit_columns({0: "Sigurd Johannessen", 1: "Mottak og veiledning",
                                      2: "88", 3: "888,5 t", 4: "888,5 t"})
        self.hours_note = QLabel()
        self.hours_note.setWordWrap(True)
        return self._page(self.hours_table, [], self.hours_note)

    def _new_staff_tab(self) -> QWidget:
        self.new_staff_model = RowsModel(
            [self.tr("Navn"), self.tr("Startet"), self.tr("«Ny i NAV» innen"),
             self.tr("Påmeldt"), self.tr("Fadder"), self.tr("Opplæringsplan"),
             self.tr("Merknad")], parent=self)
        self.new_staff_table = PlanTable(self.new_staff_model, self.tr("Nyansatte"))
        self.new_staff_table.fit_columns({0: "Sigurd Johannessen", 1: "22.09.2026",
                                          2: "22.09.2026", 3: "«Ny i NAV» høst 2026",
                                          4: "Sigurd Johannessen", 5: "88 mål"})
        self.new_staff_table.activated_row = self._show_new_staff_goals
        self.ny_i_nav_button = _button(self.tr("Mel&d på «Ny i NAV»…"),
                                       self.tr("Nytt «Ny i NAV»-tiltak for nyansatte"),
                                       self.add_ny_i_nav)
        self.buddy_button = _button(self.tr("Velg &fadder…"),
                                    self.tr("Velg fadder for den valgte nyansatte under "
                                            "«Ansatte»"), self.choose_buddy)
        self.new_staff_table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons())
        note = QLabel(self.tr("«Ny i NAV» skal være gjennomført innen seks måneder etter "
                              "startdatoen. Fadder settes på den ansatte under «Ansatte»; "
                              "opplæringsplanen er den ansattes utviklingsmål."))
        note.setWordWrap(True)
        return self._page(self.new_staff_table, [self.ny_i_nav_button, self.buddy_button],
                          note)

    def _goals_tab(self) -> QWidget:
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
            lambda *_: self._update_buttons())
        self.add_goal_button = _button(self.tr("Nytt &mål…"), self.tr("Nytt utviklingsmål"),
                                       self.add_goal)
        self.edit_goal_button = _button(self.tr("Endre mål…"),
                                        self.tr("Endre utviklingsmål"), self.edit_goal)
        self.delete_goal_button = _button(self.tr("Slett mål"),
                                          self.tr("Slett utviklingsmål"), self.delete_goal)
        right = self._page(self.goals_table, [self.add_goal_button, self.edit_goal_button,
                                              self.delete_goal_button])
        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.people_list)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([240, 800])
        return splitter

    def _requests_tab(self) -> QWidget:
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
            lambda *_: self._update_buttons())
        self.add_request_button = _button(self.tr("Ny &bestilling…"),
                                          self.tr("Ny bestilling til fylket"),
                                          self.add_request)
        self.edit_request_button = _button(self.tr("Endre…"), self.tr("Endre bestilling"),
                                           self.edit_request)
        self.delete_request_button = _button(self.tr("Slett"), self.tr("Slett bestilling"),
                                             self.delete_request)
        note = QLabel(self.tr("Behov kontoret ikke kan dekke selv. Bestillingene følger med "
                              "i sammendraget som deles med fylket (uten navn)."))
        note.setWordWrap(True)
        return self._page(self.requests_table, [
            self.add_request_button, self.edit_request_button, self.delete_request_button],
            note)

    def _effect_tab(self) -> QWidget:
        self.effect_model = RowsModel(
            [self.tr("Kompetanse"), self.tr("Når målet før"), self.tr("Når målet nå"),
             self.tr("Med mål"), self.tr("Samlet gap før"), self.tr("Samlet gap nå"),
             self.tr("Endring i gap")], right=(1, 2, 3, 4, 5, 6), parent=self)
        self.effect_table = PlanTable(self.effect_model,
                                      self.tr("Endring per kompetanse siden forrige periode"),
                                      sort_column=6)
        self.effect_table.fit_columns({0: "Økonomisk rådgivning og budsjett", 1: "888",
                                       2: "888", 3: "888", 4: "8888", 5: "8888"})
        self.effect_note = QLabel()
        self.effect_note.setWordWrap(True)
        return self._page(self.effect_table, [], self.effect_note)

    # -- refreshing -----------------------------------------------------------------------

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
            for model in (self.measures_model, self.priorities_model, self.hours_model,
                          self.requests_model, self.effect_model):
                model.set_rows([])
            self._fill_new_staff()
            self._fill_people()
            self._update_buttons()
            return
        keep = {
            "measure": self.measures_table.selected_id(),
            "priority": self.priorities_table.selected_id(),
            "request": self.requests_table.selected_id(),
            "goal": self.goals_table.selected_id(),
        }
        self._fill_measures(period)
        self._fill_priorities(period)
        over = self._fill_hours(period)
        overdue = self._fill_new_staff()
        self._fill_people()
        self._fill_requests(period)
        self._effect_stale = True
        self._fill_effect_if_shown()
        self._fill_summary(period, over, overdue)
        for table, key in ((self.measures_table, "measure"),
                           (self.priorities_table, "priority"),
                           (self.requests_table, "request"), (self.goals_table, "goal")):
            kept = keep[key]
            if kept is not None:
                table.select_id(kept)
        self._update_buttons()

    def _names(self) -> dict[int, str]:
        return {p.id: p.name for p in self.ctx.data.people}

    def _fill_measures(self, period: PeriodInfo) -> None:
        rows = measure_rows(self.ctx.analysis, self.plan, period)
        self.measures_model.set_rows(rows)
        self.tabs.setTabText(0, self.tr("Tiltak ({n})").format(n=len(rows)))

    def _fill_priorities(self, period: PeriodInfo) -> None:
        self.priorities_model.set_rows(priority_rows(self.ctx.analysis, self.plan, period))

    def _fill_hours(self, period: PeriodInfo) -> int:
        rows, over = hours_rows(self.ctx.analysis, self.plan, period)
        self.hours_model.set_rows(rows)
        self.hours_note.setText(self.tr(
            "Tilgjengelig er personens læringstimer per år (satt under «Ansatte»), regnet om "
            "til periodens lengde. Avlyste tiltak telles ikke. ") + (
            count_text(over, self.tr("1 person er over timebudsjettet."),
                       self.tr("{n} personer er over timebudsjettet."))
            if over else self.tr("Ingen er over timebudsjettet.")))
        self.tabs.setTabText(2, self.tr("Timer per person ({n} over)").format(n=over)
                             if over else self.tr("Timer per person"))
        return over

    def _fill_new_staff(self) -> int:
        rows, overdue = new_staff_rows(self.ctx.analysis, self.plan)
        self.new_staff_model.set_rows(rows)
        self.tabs.setTabText(3, self.tr("Nyansatte ({n})").format(n=len(rows)))
        return overdue

    def _fill_people(self) -> None:
        current = self.selected_person_id()
        goals: dict[int, int] = {}
        for g in self.plan.goals:
            goals[g.person_id] = goals.get(g.person_id, 0) + 1
        self.people_list.blockSignals(True)
        self.people_list.clear()
        for person in self.ctx.analysis.people:
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
        self.goals_model.set_rows(goal_rows(self.ctx.analysis, self.plan, person_id)
                                  if person_id is not None else [])
        self._update_buttons()

    def _fill_requests(self, period: PeriodInfo) -> None:
        rows = request_rows(self.ctx.analysis, self.plan, period)
        self.requests_model.set_rows(rows)
        self.tabs.setTabText(5, self.tr("Bestillinger til fylket ({n})").format(n=len(rows)))

    def _fill_effect_if_shown(self) -> None:
        period = self.period
        if (self._effect_stale and period is not None
                and self.tabs.currentIndex() == self.TAB_KEYS.index("effect")):
            self._effect_stale = False
            self._fill_effect(period)

    def _fill_effect(self, period: PeriodInfo) -> None:
        rows, result = effect_rows(self.ctx.analysis, self.plan, period)
        self.effect_model.set_rows(rows)
        if result is None:
            self.effect_note.setText(self.tr(
                "Ingen tidligere periode å sammenligne med. Når neste periode lages, viser "
                "denne fanen hvilke gap som er lukket og hvordan dekningen har endret seg."))
            return
        self.effect_note.setText(self.tr(
            "Sammenlignet med «{previous}»: vurderingene slik de stod {before} mot {after}. "
            "{closed} gap er lukket og {opened} nye gap har kommet til (også fordi nye "
            "ansatte er vurdert).").format(
            previous=result.previous.name, before=fmt_date(result.before_on),
            after=fmt_date(result.after_on), closed=len(result.closed),
            opened=len(result.opened)))

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
            self.pdf_button, self.add_measure_button, self.add_priority_button,
            self.add_request_button, self.ny_i_nav_button)
        for widget in widgets:
            widget.setEnabled(has_period)
        measure = self.selected_measure()
        for widget in (self.edit_measure_button, self.status_button,
                       self.delete_measure_button):
            widget.setEnabled(measure is not None)
        self.done_button.setEnabled(measure is not None
                                    and measure.status != MeasureStatus.DONE.value)
        prio = self.priorities_table.selected_id() is not None
        for widget in (self.edit_priority_button, self.up_button, self.down_button,
                       self.delete_priority_button):
            widget.setEnabled(prio)
        self.add_goal_button.setEnabled(self.selected_person_id() is not None)
        goal = self.goals_table.selected_id() is not None
        self.edit_goal_button.setEnabled(goal)
        self.delete_goal_button.setEnabled(goal)
        self.buddy_button.setEnabled(self.new_staff_table.selected_id() is not None)
        request = self.requests_table.selected_id() is not None
        self.edit_request_button.setEnabled(request)
        self.delete_request_button.setEnabled(request)
        self.pdf_button.person_action.setEnabled(self.selected_person_id() is not None)

    # -- selection and targets ------------------------------------------------------------

    def selected_measure(self) -> MeasureInfo | None:
        """The measure selected in the table."""
        mid = self.measures_table.selected_id()
        if mid is None:
            return None
        try:
            return self.plan.measure(mid)
        except KeyError:
            return None

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
            self.measures_table.select_id(measure.id)
        elif "period_id" in target:
            self.select_period(target["period_id"])
        elif "person_id" in target:
            self.show_tab("goals")
            self.select_person(target["person_id"])

    # -- periods --------------------------------------------------------------------------

    def add_period(self) -> None:
        """Make a new plan period and show it."""
        dialog = PeriodDialog(self.ctx, None, self)
        if dialog.exec():
            self.show_period_named(dialog.saved_name)

    def show_period_named(self, name: str) -> None:
        """Show the period with this name (after adding it)."""
        period_id = plans.new_period_id(self.ctx.office, name)
        if period_id is not None:
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

    # -- measures -------------------------------------------------------------------------

    def measure_dialog(self, measure_id: int | None = None,
                       initial: plans.MeasureFields | None = None) -> MeasureDialog:
        """The measure form: a new measure (`initial` prefilled) or an existing one."""
        period = self.period
        assert period is not None
        if measure_id is not None:
            fields = plans.measure_fields(self.ctx.office, measure_id)
            return MeasureDialog(
                self.ctx, period, fields,
                lambda f: self.ctx.apply(plans.update_measure, measure_id, f),
                self.tr("Endre tiltak"), self)
        if initial is None:
            start, end = plans.default_dates(period.start, period.end, self.ctx.data.today)
            initial = plans.MeasureFields(
                "", MeasureKind.COURSE.value, start=start, end=end,
                hours_per_participant=DEFAULT_HOURS[MeasureKind.COURSE.value])
        return MeasureDialog(self.ctx, period, initial,
                             lambda f: self.ctx.apply(plans.add_measure, period.id, f),
                             self.tr("Nytt tiltak"), self)

    def add_measure(self, initial: plans.MeasureFields | None = None) -> None:
        """Open the form for a new measure."""
        if self.period is None:
            return
        self.measure_dialog(None, initial).exec()

    def add_ny_i_nav(self) -> None:
        """A «Ny i NAV» measure with every new employee not yet signed up."""
        period = self.period
        if period is None:
            return
        people = [n.person_id for n in new_staff_followup(self.ctx.analysis, self.plan)
                  if not n.ny_i_nav_measure]
        start, end = plans.default_dates(period.start, period.end, self.ctx.data.today)
        self.show_tab("measures")
        self.add_measure(plans.MeasureFields(
            self.tr("«Ny i NAV»"), MeasureKind.NY_I_NAV.value, participant_ids=people,
            responsible_external=self.tr("Fylkeskontoret"), start=start, end=end,
            hours_per_participant=DEFAULT_HOURS[MeasureKind.NY_I_NAV.value]))

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
        return FollowUpDialog(self.ctx, measure, self)

    def set_status(self, status: str) -> None:
        """Set the selected measure's status (planned, ongoing, cancelled)."""
        measure = self.selected_measure()
        if measure is not None and measure.status != status:
            self._apply(plans.set_status, measure.id, status)

    def delete_measure(self) -> None:
        """Delete the selected measure after asking."""
        measure = self.selected_measure()
        if measure is None:
            return
        if confirm(self, self.tr("Slette tiltak"),
                   self.tr("Slette tiltaket «{title}»?").format(title=measure.title),
                   self.tr("&Slett tiltak"), self.tr("Du kan angre med Ctrl+Z.")):
            self._apply(plans.delete_measure, measure.id)

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

    # -- priorities -----------------------------------------------------------------------

    def priority_dialog(self, priority_id: int | None = None) -> PriorityDialog:
        """The priority form (new, or the one with `priority_id`)."""
        assert self.period is not None
        current: tuple[int | None, int | None, str] = (None, None, "")
        if priority_id is not None:
            row = self.priorities_model.row_of(priority_id)
            if row is not None:
                current = self.priorities_model.rows[row].extra["current"]
        return PriorityDialog(self.ctx, self.period.id, priority_id, current, self)

    def add_priority(self) -> None:
        """Add a priority to the period."""
        if self.period is not None:
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
            self._apply(plans.move_priority, pid, step)
            self.priorities_table.select_id(pid)

    def delete_priority(self) -> None:
        """Remove the selected priority."""
        pid = self.priorities_table.selected_id()
        if pid is not None:
            self._apply(plans.delete_priority, pid)

    # -- development goals ----------------------------------------------------------------

    def goal_dialog(self, goal_id: int | None = None) -> GoalDialog | None:
        """The goal form for the chosen person."""
        person_id = self.selected_person_id()
        if person_id is None:
            return None
        period = self.period
        measures = [m for m in self.plan.measures
                    if (period is not None and m.period_id == period.id)
                    or person_id in m.participant_ids]
        return GoalDialog(self.ctx, person_id, goal_id, measures, self)

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
            self._apply(plans.delete_goal, goal_id)

    def choose_buddy(self) -> None:
        """The buddy is set on the person: open them under «Ansatte»."""
        person_id = self.new_staff_table.selected_id()
        if person_id is not None:
            self.navigate.emit("staff", {"person_id": person_id})

    def _show_new_staff_goals(self) -> None:
        person_id = self.new_staff_table.selected_id()
        if person_id is not None:
            self.show_target({"person_id": person_id})

    # -- county requests ------------------------------------------------------------------

    def request_dialog(self, request_id: int | None = None) -> RequestDialog:
        """The county request form."""
        assert self.period is not None
        current: tuple[int | None, str, int] = (None, "", 0)
        if request_id is not None:
            row = self.requests_model.row_of(request_id)
            if row is not None:
                current = self.requests_model.rows[row].extra["current"]
        return RequestDialog(self.ctx, self.period.id, request_id, current, self)

    def add_request(self) -> None:
        """Add a request to the county."""
        if self.period is not None:
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
            self._apply(plans.delete_request, rid)

    def _apply(self, action: Any, *args: Any) -> None:
        try:
            self.ctx.apply(action, *args)
        except (ValidationError, OfficeFileError) as exc:
            warn(self, self.tr("Endringen ble ikke lagret"), exc.message)
