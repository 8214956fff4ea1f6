"""Marking a measure done: a fresh assessment of its participants in its competences."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.domain.models import MeasureStatus, Source
from kompetansekart.domain.planning import MeasureInfo
from kompetansekart.domain.validation import parse_date
from kompetansekart.services import assessments, plans
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.ui.common.forms import (
    ErrorLabel,
    FieldErrors,
    dialog_buttons,
    field_row,
    fmt_date,
    named,
)
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.plan.dialogs import select_data

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
                select_data(combo, NO_NEW if current is None else current)
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
