"""Forms of the competence plan: period, priority, measure, development goal, county request,
and the follow-up assessment asked for when a measure is marked done."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.domain.models import MeasureStatus, Source
from kompetansekart.domain.planning import DEFAULT_HOURS, MeasureInfo, PeriodInfo, suggest_periods
from kompetansekart.domain.validation import parse_date
from kompetansekart.services import assessments, plans
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.forms import (
    ErrorLabel,
    FieldErrors,
    dialog_buttons,
    field_row,
    fmt_date,
    named,
)
from kompetansekart.ui.plan_models import hours_text, kind_text, kinds, status_text, statuses

ID = Qt.ItemDataRole.UserRole


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def _date_text(value: date | str | None) -> str:
    if isinstance(value, date):
        return fmt_date(value)
    return value or ""


class CheckList(QWidget):
    """A searchable list of checkable items (people or competences)."""

    def __init__(self, name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self.search = named(QLineEdit(), placeholder)
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = named(QListWidget(), name, self.tr("Kryss av med mellomrom"))
        self.list.setMinimumHeight(110)
        self.list.itemChanged.connect(lambda _item: self._count())
        self.count = QLabel()
        box.addWidget(self.search)
        box.addWidget(self.list, 1)
        box.addWidget(self.count)
        self.setAccessibleName(name)

    def set_items(self, items: Sequence[tuple[int, str, str]], checked: Sequence[int]) -> None:
        """Fill the list with (id, text, tooltip) and tick the given ids."""
        chosen = set(checked)
        self.list.blockSignals(True)
        self.list.clear()
        for item_id, text, tip in items:
            item = QListWidgetItem(text)
            item.setData(ID, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if item_id in chosen
                               else Qt.CheckState.Unchecked)
            if tip:
                item.setToolTip(tip)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._count()

    def checked(self) -> list[int]:
        """Ids of the ticked items, in list order."""
        return [int(self.list.item(i).data(ID)) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, ids: Sequence[int], on: bool = True) -> None:
        """Tick (or untick) the given ids, leaving the others as they are."""
        wanted = set(ids)
        for i in range(self.list.count()):
            item = self.list.item(i)
            if int(item.data(ID)) in wanted:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def _count(self) -> None:
        self.count.setText(self.tr("%n valgt", "", len(self.checked())))


class PeriodDialog(QDialog):
    """A plan period: a year or a half-year, its leader and a note."""

    def __init__(self, ctx: OfficeContext, period: PeriodInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period = period
        self.saved_name = ""
        title = self.tr("Endre planperiode") if period else self.tr("Ny planperiode")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors(ErrorLabel(self.tr("Feilmelding")))
        self.suggestion = QComboBox()
        self.suggestion.addItem(self.tr("(velg selv)"), None)
        for name, start, end in suggest_periods(ctx.data.today):
            self.suggestion.addItem(name, (name, start, end))
        self.suggestion.currentIndexChanged.connect(self._suggest)
        if period is None:
            field_row(form, self.tr("&Forslag:"), self.suggestion, self.errors, "suggestion",
                      self.tr("Forslag til periode"))
        self.name = QLineEdit(period.name if period else "")
        self.name.setPlaceholderText(self.tr("for eksempel 2027 eller 1. halvår 2027"))
        field_row(form, self.tr("&Navn:"), self.name, self.errors, "name",
                  self.tr("Navn på perioden"))
        self.start = QLineEdit(fmt_date(period.start) if period else "")
        self.start.setPlaceholderText(self.tr("dd.mm.åååå"))
        field_row(form, self.tr("&Fra:"), self.start, self.errors, "start",
                  self.tr("Periodens første dag"))
        self.end = QLineEdit(fmt_date(period.end) if period else "")
        self.end.setPlaceholderText(self.tr("dd.mm.åååå"))
        field_row(form, self.tr("&Til:"), self.end, self.errors, "end",
                  self.tr("Periodens siste dag"))
        leader = period.leader_name if period else self._office_leader()
        self.leader = QLineEdit(leader)
        field_row(form, self.tr("&Leder:"), self.leader, self.errors, "leader_name",
                  self.tr("Leder som signerer planen"))
        self.note = QPlainTextEdit(period.note if period else "")
        self.note.setPlaceholderText(self.tr("for eksempel mål fra årets styringsbrev"))
        self.note.setFixedHeight(70)
        field_row(form, self.tr("N&otat:"), self.note, self.errors, "note",
                  self.tr("Notat til perioden"))
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(dialog_buttons(self, self.tr("&Lagre")))
        self.setMinimumWidth(440)
        if period is None:
            self.suggestion.setCurrentIndex(1)

    def _office_leader(self) -> str:
        rows = self.ctx.office.query("SELECT leader_name FROM office ORDER BY id LIMIT 1")
        return str(rows[0][0] or "") if rows else ""

    def _suggest(self, _index: int) -> None:
        value = self.suggestion.currentData()
        if value:
            name, start, end = value
            self.name.setText(name)
            self.start.setText(fmt_date(start))
            self.end.setText(fmt_date(end))

    def fields(self) -> plans.PeriodFields:
        """The form as the service's input."""
        return plans.PeriodFields(self.name.text(), self.start.text(), self.end.text(),
                                  self.leader.text(), self.note.toPlainText())

    def accept(self) -> None:
        """Save; stay open with the message when refused."""
        self.errors.clear()
        fields = self.fields()
        try:
            if self.period is None:
                self.ctx.apply(plans.add_period, fields)
            else:
                self.ctx.apply(plans.update_period, self.period.id, fields)
        except (ValidationError, OfficeFileError) as exc:
            self.errors.show(exc)
            return
        self.saved_name = " ".join(fields.name.split())
        super().accept()


class PriorityDialog(QDialog):
    """A priority: one competence or a whole category, with the reason for it."""

    def __init__(self, ctx: OfficeContext, period_id: int, priority_id: int | None = None,
                 current: tuple[int | None, int | None, str] = (None, None, ""),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period_id = period_id
        self.priority_id = priority_id
        title = self.tr("Endre prioritering") if priority_id else self.tr("Ny prioritering")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        data = ctx.data
        comp_id, cat_id, rationale = current
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors(ErrorLabel(self.tr("Feilmelding")))
        kind_box = QWidget()
        row = QHBoxLayout(kind_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.by_competence = QRadioButton(self.tr("Kompetanse&område"))
        self.by_category = QRadioButton(self.tr("Hel &kategori"))
        group = QButtonGroup(self)
        group.addButton(self.by_competence)
        group.addButton(self.by_category)
        row.addWidget(self.by_competence)
        row.addWidget(self.by_category)
        row.addStretch(1)
        form.addRow(self.tr("Gjelder:"), kind_box)
        self.competence = QComboBox()
        needs = {n.competence_id: n for n in ctx.analysis.needs()}
        for comp in data.competences:
            need = needs.get(comp.id)
            suffix = self.tr(" (gap {n})").format(n=need.total_gap) if need and \
                need.total_gap else ""
            self.competence.addItem(comp.name + suffix, comp.id)
        self.category = QComboBox()
        for cat in data.categories:
            self.category.addItem(cat.name, cat.id)
        field_row(form, self.tr("K&ompetanse:"), self.competence, self.errors, "competence",
                  self.tr("Kompetanseområde"))
        field_row(form, self.tr("Kat&egori:"), self.category, self.errors, "category",
                  self.tr("Kategori"))
        self.rationale = QPlainTextEdit(rationale)
        self.rationale.setPlaceholderText(self.tr("Hvorfor: for eksempel et mål i årets "
                                                  "styringsbrev"))
        self.rationale.setFixedHeight(80)
        field_row(form, self.tr("&Begrunnelse:"), self.rationale, self.errors, "rationale",
                  self.tr("Begrunnelse"))
        if cat_id is not None:
            self.by_category.setChecked(True)
            _select(self.category, cat_id)
        else:
            self.by_competence.setChecked(True)
            if comp_id is not None:
                _select(self.competence, comp_id)
        self.by_competence.toggled.connect(self._kind_changed)
        self._kind_changed()
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(dialog_buttons(self, self.tr("&Lagre")))
        self.setMinimumWidth(460)

    def _kind_changed(self, *_args: object) -> None:
        self.competence.setEnabled(self.by_competence.isChecked())
        self.category.setEnabled(self.by_category.isChecked())

    def accept(self) -> None:
        """Save; stay open with the message when refused."""
        self.errors.clear()
        comp = self.competence.currentData() if self.by_competence.isChecked() else None
        cat = self.category.currentData() if self.by_category.isChecked() else None
        text = self.rationale.toPlainText()
        try:
            if self.priority_id is None:
                self.ctx.apply(plans.add_priority, self.period_id, competence_id=comp,
                               category_id=cat, rationale=text)
            else:
                self.ctx.apply(plans.update_priority, self.priority_id, competence_id=comp,
                               category_id=cat, rationale=text)
        except (ValidationError, OfficeFileError) as exc:
            self.errors.show(exc)
            return
        super().accept()


class MeasureDialog(QDialog):
    """A measure (tiltak): what, which competences, who, who is responsible, when, how long.

    `submit(fields)` saves (or, for a proposal, only checks) and may raise a ValidationError,
    shown next to its field while the dialog stays open.
    """

    def __init__(self, ctx: OfficeContext, period: PeriodInfo, initial: plans.MeasureFields,
                 submit: Callable[[plans.MeasureFields], object], title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period = period
        self._submit = submit
        self.result_fields: plans.MeasureFields | None = None
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        data = ctx.data
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        left, right = QFormLayout(), QFormLayout()
        self.errors = FieldErrors(ErrorLabel(self.tr("Feilmelding")))

        self.title = QLineEdit(initial.title)
        field_row(left, self.tr("&Tittel:"), self.title, self.errors, "title",
                  self.tr("Tittel på tiltaket"))
        self.kind = QComboBox()
        for kind in kinds():
            self.kind.addItem(kind_text(kind), kind)
        _select(self.kind, initial.kind)
        self._kind = initial.kind
        self.kind.currentIndexChanged.connect(self._kind_changed)
        field_row(left, self.tr("T&ype:"), self.kind, self.errors, "kind",
                  self.tr("Type tiltak"))
        self.responsible = QComboBox()
        self.responsible.addItem(self.tr("(ingen på kontoret)"), None)
        for person in data.people:
            if person.active or person.id == initial.responsible_person_id:
                self.responsible.addItem(person.name, person.id)
        _select(self.responsible, initial.responsible_person_id)
        field_row(left, self.tr("&Ansvarlig:"), self.responsible, self.errors,
                  "responsible_person_id", self.tr("Ansvarlig på kontoret"))
        self.external = QLineEdit(initial.responsible_external)
        self.external.setPlaceholderText(self.tr("for eksempel Fylkeskontoret eller en "
                                                 "kursleverandør"))
        field_row(left, self.tr("&Ekstern ansvarlig:"), self.external, self.errors,
                  "responsible_external", self.tr("Ekstern ansvarlig"))
        self.start = QLineEdit(_date_text(initial.start))
        self.start.setPlaceholderText(self.tr("dd.mm.åååå"))
        field_row(left, self.tr("&Fra:"), self.start, self.errors, "start",
                  self.tr("Startdato"))
        self.end = QLineEdit(_date_text(initial.end))
        self.end.setPlaceholderText(self.tr("dd.mm.åååå"))
        field_row(left, self.tr("T&il:"), self.end, self.errors, "end", self.tr("Sluttdato"))
        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 2000)
        self.hours.setDecimals(1)
        self.hours.setSingleStep(0.5)
        self.hours.setSuffix(self.tr(" timer"))
        self.hours.setLocale(QLocale(QLocale.Language.NorwegianBokmal,
                                     QLocale.Country.Norway))
        self.hours.setValue(initial.hours_per_participant)
        field_row(left, self.tr("Timer per &deltaker:"), self.hours, self.errors, "hours",
                  self.tr("Timer per deltaker"))
        self.cost = QLineEdit("" if initial.cost is None else hours_text(initial.cost))
        self.cost.setPlaceholderText(self.tr("kroner (valgfritt)"))
        field_row(left, self.tr("&Kostnad:"), self.cost, self.errors, "cost",
                  self.tr("Kostnad i kroner"))
        self.status = QComboBox()
        for status in statuses():
            self.status.addItem(status_text(status), status)
        _select(self.status, initial.status)
        field_row(left, self.tr("&Status:"), self.status, self.errors, "status",
                  self.tr("Status"))
        self.evaluation = QPlainTextEdit(initial.evaluation)
        self.evaluation.setPlaceholderText(self.tr("Hvordan gikk det? Hva lærte vi?"))
        self.evaluation.setFixedHeight(60)
        field_row(left, self.tr("E&valuering:"), self.evaluation, self.errors, "evaluation",
                  self.tr("Evaluering"))

        self.competences = CheckList(self.tr("Kompetanser tiltaket bygger"),
                                     self.tr("Søk i kompetanser"))
        needs = {n.competence_id: n for n in ctx.analysis.needs()}
        comp_items = []
        for comp in data.competences:
            need = needs.get(comp.id)
            text = comp.name + (self.tr(" (gap hos {n})").format(n=need.people_with_gap)
                                if need and need.people_with_gap else "")
            comp_items.append((comp.id, text, comp.description))
        self.competences.set_items(comp_items, initial.competence_ids)
        field_row(right, self.tr("K&ompetanser:"), self.competences, self.errors,
                  "competence_ids", self.tr("Kompetanser"))
        self.participants = CheckList(self.tr("Deltakere"), self.tr("Søk i ansatte"))
        people = [(p.id, p.name, p.title) for p in data.people
                  if p.active or p.id in initial.participant_ids]
        self.participants.set_items(people, initial.participant_ids)
        field_row(right, self.tr("Delta&kere:"), self.participants, self.errors,
                  "participant_ids", self.tr("Deltakere"))
        self.with_gap = named(QPushButton(self.tr("Velg de med &gap")),
                              self.tr("Kryss av alle med gap i de valgte kompetansene"))
        self.with_gap.clicked.connect(self.check_people_with_gap)
        right.addRow("", self.with_gap)

        left_box = QVBoxLayout()
        left_box.addLayout(left)
        left_box.addStretch(1)
        columns.addLayout(left_box, 1)
        columns.addLayout(right, 1)
        layout.addLayout(columns)
        layout.addWidget(self.errors.general)
        layout.addWidget(dialog_buttons(self, self.tr("&Lagre")))
        self.setMinimumWidth(860)

    def _kind_changed(self, _index: int) -> None:
        new = str(self.kind.currentData())
        # Keep what the leader typed; replace only an untouched default.
        if self.hours.value() in (0.0, DEFAULT_HOURS.get(self._kind, -1.0)):
            self.hours.setValue(DEFAULT_HOURS.get(new, 0.0))
        self._kind = new

    def check_people_with_gap(self) -> None:
        """Tick everyone with a gap in one of the ticked competences."""
        analysis = self.ctx.analysis
        comps = self.competences.checked()
        ids = [p.id for p in analysis.people if any(analysis.gap(p.id, c) for c in comps)]
        self.participants.set_checked(ids)

    def _cost(self) -> float | None:
        text = self.cost.text().replace(" ", "").replace("\u00a0", "").replace(",", ".")
        text = text.removesuffix("kr")
        if not text:
            return None
        try:
            return float(text)
        except ValueError as exc:
            raise ValidationError(self.tr("Kostnaden må være et tall i kroner, for eksempel "
                                          "12 000."), "cost") from exc

    def fields(self) -> plans.MeasureFields:
        """The form as the service's input (raises ValidationError for a bad cost)."""
        return plans.MeasureFields(
            title=self.title.text(), kind=str(self.kind.currentData()),
            competence_ids=self.competences.checked(),
            participant_ids=self.participants.checked(),
            responsible_person_id=self.responsible.currentData(),
            responsible_external=self.external.text(), start=self.start.text(),
            end=self.end.text(), hours_per_participant=self.hours.value(), cost=self._cost(),
            status=str(self.status.currentData()), evaluation=self.evaluation.toPlainText())

    def accept(self) -> None:
        """Save (or check) through `submit`; stay open with the message when refused."""
        self.errors.clear()
        try:
            fields = self.fields()
            self._submit(fields)
        except (ValidationError, OfficeFileError) as exc:
            self.errors.show(exc)
            return
        self.result_fields = fields
        super().accept()


class GoalDialog(QDialog):
    """A goal in a person's development plan, from the appraisal talk."""

    def __init__(self, ctx: OfficeContext, person_id: int, goal_id: int | None,
                 measures: Sequence[MeasureInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.goal_id = goal_id
        existing = plans.goal_fields(ctx.office, goal_id) if goal_id is not None else None
        data = ctx.data
        name = next((p.name for p in data.people if p.id == person_id), "")
        title = (self.tr("Endre utviklingsmål for {name}") if existing
                 else self.tr("Nytt utviklingsmål for {name}")).format(name=name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors(ErrorLabel(self.tr("Feilmelding")))
        self.competence = QComboBox()
        analysis = ctx.analysis
        for comp in data.competences:
            cur = analysis.current(person_id, comp.id)
            tgt = analysis.target(person_id, comp.id)
            hint = self.tr(" (nå {cur}, mål {tgt})").format(
                cur="–" if cur is None else cur, tgt="–" if tgt is None else tgt)
            self.competence.addItem(comp.name + hint, comp.id)
        if existing:
            _select(self.competence, existing.competence_id)
        field_row(form, self.tr("&Kompetanse:"), self.competence, self.errors, "competence",
                  self.tr("Kompetanseområde"))
        self.level = QComboBox()
        for level in range(5):
            self.level.addItem(f"{level} {data.label(level)}", level)
        _select(self.level, existing.target_level if existing else 3)
        field_row(form, self.tr("&Målnivå:"), self.level, self.errors, "target_level",
                  self.tr("Målnivå"))
        self.due = QLineEdit(_date_text(existing.due) if existing else "")
        self.due.setPlaceholderText(self.tr("dd.mm.åååå (valgfritt)"))
        field_row(form, self.tr("&Frist:"), self.due, self.errors, "due", self.tr("Frist"))
        self.note = QPlainTextEdit(existing.note if existing else "")
        self.note.setPlaceholderText(self.tr("Hva ble avtalt i utviklingssamtalen?"))
        self.note.setFixedHeight(70)
        field_row(form, self.tr("&Notat:"), self.note, self.errors, "note", self.tr("Notat"))
        self.measures = CheckList(self.tr("Tiltak som hører til målet"),
                                  self.tr("Søk i tiltak"))
        linked = existing.measure_ids if existing else []
        items = sorted(measures, key=lambda m: (person_id not in m.participant_ids, m.title))
        self.measures.set_items([(m.id, m.title, kind_text(m.kind)) for m in items], linked)
        field_row(form, self.tr("&Tiltak:"), self.measures, self.errors, "measure_ids",
                  self.tr("Tiltak"))
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(dialog_buttons(self, self.tr("&Lagre")))
        self.setMinimumWidth(480)

    def accept(self) -> None:
        """Save; stay open with the message when refused."""
        self.errors.clear()
        fields = plans.GoalFields(self.person_id, int(self.competence.currentData()),
                                  int(self.level.currentData()), self.due.text(),
                                  self.note.toPlainText(), self.measures.checked())
        try:
            if self.goal_id is None:
                self.ctx.apply(plans.add_goal, fields)
            else:
                self.ctx.apply(plans.update_goal, self.goal_id, fields)
        except (ValidationError, OfficeFileError) as exc:
            self.errors.show(exc)
            return
        super().accept()


class RequestDialog(QDialog):
    """A request (bestilling) to the county for a need the office cannot cover itself."""

    def __init__(self, ctx: OfficeContext, period_id: int, request_id: int | None = None,
                 current: tuple[int | None, str, int] = (None, "", 0),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period_id = period_id
        self.request_id = request_id
        title = (self.tr("Endre bestilling til fylket") if request_id
                 else self.tr("Ny bestilling til fylket"))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        comp_id, text, count = current
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors(ErrorLabel(self.tr("Feilmelding")))
        self.competence = QComboBox()
        self.competence.addItem(self.tr("(ikke ett bestemt område)"), None)
        for comp in ctx.data.competences:
            self.competence.addItem(comp.name, comp.id)
        _select(self.competence, comp_id)
        field_row(form, self.tr("&Kompetanse:"), self.competence, self.errors, "competence",
                  self.tr("Kompetanseområde"))
        self.text = QPlainTextEdit(text)
        self.text.setPlaceholderText(self.tr("Hva ber kontoret fylket om?"))
        self.text.setFixedHeight(90)
        field_row(form, self.tr("&Bestilling:"), self.text, self.errors, "text",
                  self.tr("Bestilling"))
        self.count = QSpinBox()
        self.count.setRange(0, 10_000)
        self.count.setValue(count)
        field_row(form, self.tr("&Antall personer:"), self.count, self.errors, "people_count",
                  self.tr("Antall personer"))
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(dialog_buttons(self, self.tr("&Lagre")))
        self.setMinimumWidth(460)

    def accept(self) -> None:
        """Save; stay open with the message when refused."""
        self.errors.clear()
        comp = self.competence.currentData()
        try:
            if self.request_id is None:
                self.ctx.apply(plans.add_request, self.period_id, comp,
                               self.text.toPlainText(), self.count.value())
            else:
                self.ctx.apply(plans.update_request, self.request_id, comp,
                               self.text.toPlainText(), self.count.value())
        except (ValidationError, OfficeFileError) as exc:
            self.errors.show(exc)
            return
        super().accept()


#: The follow-up cell value meaning «no new assessment».
NO_NEW = -1


class FollowUpDialog(QDialog):
    """Marking a measure done: a fresh assessment of its participants in its competences, so
    the next heatmap shows whether the gap closed, and the evaluation note.

    Saved as one undo step: the assessment round (services.assessments.record_round) and the
    status change.
    """

    def __init__(self, ctx: OfficeContext, measure: MeasureInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.measure = measure
        title = self.tr("Marker «{title}» som gjennomført").format(title=measure.title)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        data = ctx.data
        analysis = ctx.analysis
        names = {p.id: p.name for p in data.people}
        comps = {c.id: c.name for c in data.competences}
        self.people = [p for p in measure.participant_ids if p in names]
        self.comps = [c for c in measure.competence_ids if c in comps]
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Vurder deltakerne på nytt i kompetansene tiltaket bygget, så viser varmekartet "
            "om gapet er lukket. Nivået står på dagens vurdering; endre der det har skjedd "
            "noe. Velg «–» for å ikke registrere en ny vurdering."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = named(QTableWidget(len(self.people), len(self.comps)),
                           self.tr("Ny vurdering av deltakerne"))
        self.table.setHorizontalHeaderLabels([comps[c] for c in self.comps])
        self.table.setVerticalHeaderLabels([names[p] for p in self.people])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self._combos: dict[tuple[int, int], QComboBox] = {}
        for r, pid in enumerate(self.people):
            for c, cid in enumerate(self.comps):
                combo = QComboBox()
                combo.addItem("–", NO_NEW)
                for level in range(5):
                    combo.addItem(f"{level} {data.label(level)}", level)
                current = analysis.current(pid, cid)
                _select(combo, NO_NEW if current is None else current)
                target = analysis.target(pid, cid)
                combo.setToolTip(self.tr("Mål: {t}").format(
                    t="–" if target is None else target))
                combo.setAccessibleName(self.tr("{person} i {competence}").format(
                    person=names[pid], competence=comps[cid]))
                self.table.setCellWidget(r, c, combo)
                self._combos[(pid, cid)] = combo
        layout.addWidget(self.table, 1)
        form = QFormLayout()
        self.errors = FieldErrors(ErrorLabel(self.tr("Feilmelding")))
        self.day = QLineEdit(fmt_date(date.today()))
        field_row(form, self.tr("&Vurdert:"), self.day, self.errors, "date",
                  self.tr("Vurderingsdato"))
        self.evaluation = QPlainTextEdit(measure.evaluation)
        self.evaluation.setPlaceholderText(self.tr("Hvordan gikk det? Hva lærte vi?"))
        self.evaluation.setFixedHeight(70)
        field_row(form, self.tr("&Evaluering:"), self.evaluation, self.errors, "evaluation",
                  self.tr("Evaluering"))
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(dialog_buttons(self, self.tr("&Marker som gjennomført")))
        self.setMinimumSize(640, 420)

    def combo(self, person_id: int, competence_id: int) -> QComboBox:
        """The level chooser of one participant in one competence."""
        return self._combos[(person_id, competence_id)]

    def entries(self) -> list[assessments.Entry]:
        """The new assessments chosen (every cell not left at «–»)."""
        result = []
        for (pid, cid), combo in self._combos.items():
            level = int(combo.currentData())
            if level != NO_NEW:
                result.append(assessments.Entry(pid, cid, level))
        return result

    def accept(self) -> None:
        """Record the round and the status as one undo step; stay open when refused."""
        self.errors.clear()
        try:
            day = parse_date(self.day.text(), self.tr("Vurderingsdatoen"), "date",
                             required=True)
            if day is not None and day > date.today():
                raise ValidationError(self.tr("Vurderingsdatoen kan ikke være i fremtiden."),
                                      "date")
        except ValidationError as exc:
            self.errors.show(exc)
            return
        entries = self.entries()
        stack = self.ctx.undo_stack
        stack.beginMacro(self.tr("Marker «{title}» som gjennomført").format(
            title=self.measure.title))
        try:
            if entries:
                self.ctx.apply(assessments.record_round, entries,
                               source=Source.LEADER.value, on=day)
            self.ctx.apply(plans.set_status, self.measure.id, MeasureStatus.DONE.value,
                           self.evaluation.toPlainText())
        except (ValidationError, OfficeFileError) as exc:
            stack.endMacro()
            self.errors.show(exc)
            return
        stack.endMacro()
        super().accept()
