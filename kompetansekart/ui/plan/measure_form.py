"""The measure (tiltak) form, for a new or existing measure or a proposal from the draft."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.domain.planning import DEFAULT_HOURS, PeriodInfo
from kompetansekart.services import plans
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.ui.common.forms import ErrorLabel, FieldErrors, dialog_buttons, field_row, named
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.plan.dialogs import CheckList, date_text, select_data
from kompetansekart.ui.plan.models import hours_text, kind_text, kinds, status_text, statuses


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
        select_data(self.kind, initial.kind)
        self._kind = initial.kind
        self.kind.currentIndexChanged.connect(self._kind_changed)
        field_row(left, self.tr("T&ype:"), self.kind, self.errors, "kind",
                  self.tr("Type tiltak"))
        self.responsible = QComboBox()
        self.responsible.addItem(self.tr("(ingen på kontoret)"), None)
        for person in data.people:
            if person.active or person.id == initial.responsible_person_id:
                self.responsible.addItem(person.name, person.id)
        select_data(self.responsible, initial.responsible_person_id)
        field_row(left, self.tr("&Ansvarlig:"), self.responsible, self.errors,
                  "responsible_person_id", self.tr("Ansvarlig på kontoret"))
        self.external = QLineEdit(initial.responsible_external)
        self.external.setPlaceholderText(self.tr("for eksempel Fylkeskontoret eller en "
                                                 "kursleverandør"))
        field_row(left, self.tr("&Ekstern ansvarlig:"), self.external, self.errors,
                  "responsible_external", self.tr("Ekstern ansvarlig"))
        self.start = QLineEdit(date_text(initial.start))
        self.start.setPlaceholderText(self.tr("dd.mm.åååå"))
        field_row(left, self.tr("&Fra:"), self.start, self.errors, "start",
                  self.tr("Startdato"))
        self.end = QLineEdit(date_text(initial.end))
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
        select_data(self.status, initial.status)
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
        field_row(right, self.tr("Deltake&re:"), self.participants, self.errors,
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
