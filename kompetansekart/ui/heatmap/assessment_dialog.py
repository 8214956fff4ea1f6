"""The small assessment editor a click on a heatmap cell opens."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.domain.heatmap_data import CellFacts
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.ui.common.forms import ErrorLabel, FieldErrors, fmt_date, named
from kompetansekart.ui.common.labels import source_label

# -- the assessment editor ------------------------------------------------------------------


class AssessmentDialog(QDialog):
    """Record a new assessment of one person in one competence (opened by a click on a cell).

    `submit(level, source, day, note)` writes through the office context and may raise a
    ValidationError, which is shown in the dialog. «Åpne i Kartlegging» emits `openMatrix`.
    """

    openMatrix = Signal()

    SOURCES = ("leader", "coordinator", "self")
    #: Button id of «ikke vurdert» (negative ids are Qt's «assign one for me»).
    WITHDRAW = 5

    def __init__(self, parent: QWidget | None, facts: CellFacts, labels: dict[int, str],
                 submit: Callable[[int | None, str, date, str], object]) -> None:
        super().__init__(parent)
        self.facts = facts
        self._submit = submit
        title = self.tr("Vurder {person} i {competence}").format(
            person=facts.person_name, competence=facts.competence_name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        head = QLabel(f"<b>{facts.person_name}</b><br>{facts.competence_name} "
                      f"<span style='color:#555'>({facts.category_name})</span>")
        layout.addWidget(head)
        layout.addWidget(QLabel(self._summary(facts)))

        form = QFormLayout()
        levels = QWidget()
        box = QVBoxLayout(levels)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self.levels = QButtonGroup(self)
        for value in (0, 1, 2, 3, 4, self.WITHDRAW):
            text = (f"{value} {labels.get(value, '')}" if value != self.WITHDRAW
                    else self.tr("Ikke vurdert (trekk tilbake)"))
            button = QRadioButton(text)
            named(button, text)
            self.levels.addButton(button, value)
            box.addWidget(button)
        # The current level is preselected; an unassessed cell starts with no choice, so
        # «Lagre» cannot record a withdrawal by accident.
        if facts.current is not None:
            self.set_level(facts.current)
        form.addRow(self.tr("Nivå:"), levels)
        self.source = QComboBox()
        for key in self.SOURCES:
            self.source.addItem(source_label(key), key)
        form.addRow(self.tr("Vurdert av:"), named(self.source, self.tr("Vurdert av")))
        self.day = QDateEdit(QDate.currentDate())
        self.day.setDisplayFormat("dd.MM.yyyy")
        self.day.setCalendarPopup(True)
        self.day.setMaximumDate(QDate.currentDate())
        form.addRow(self.tr("Dato:"), named(self.day, self.tr("Vurderingsdato")))
        self.note = QLineEdit()
        form.addRow(self.tr("Notat:"), named(self.note, self.tr("Notat")))
        layout.addLayout(form)
        general = ErrorLabel(self.tr("Feilmelding"))
        self.errors = FieldErrors(general)
        layout.addWidget(general)

        buttons = QHBoxLayout()
        self.matrix_button = QPushButton(self.tr("Åpne i &Kartlegging"))
        named(self.matrix_button, self.tr("Åpne i Kartlegging"),
              self.tr("Vis personen og kompetanseområdet i kartleggingen med hele historikken"))
        self.matrix_button.clicked.connect(self._open_matrix)
        self.save_button = QPushButton(self.tr("&Lagre"))
        named(self.save_button, self.tr("Lagre"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.accept)
        cancel = QPushButton(self.tr("Avbryt"))
        named(cancel, self.tr("Avbryt"))
        cancel.clicked.connect(self.reject)
        buttons.addWidget(self.matrix_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.setMinimumWidth(420)

    def _summary(self, f: CellFacts) -> str:
        parts = []
        if f.current is None:
            parts.append(self.tr("Nå: ikke vurdert"))
        else:
            parts.append(self.tr("Nå: {level} {label} ({date})").format(
                level=f.current, label=f.current_label, date=fmt_date(f.current_on)))
        if f.self_level is not None:
            parts.append(self.tr("Egenvurdering: {level} {label}").format(
                level=f.self_level, label=f.self_label))
        parts.append(self.tr("Mål: {level} {label}").format(level=f.target, label=f.target_label)
                     if f.target is not None else self.tr("Mål: ingen"))
        return " · ".join(parts)

    def has_choice(self) -> bool:
        """Whether a level (or «ikke vurdert») is picked."""
        return self.levels.checkedButton() is not None

    def chosen_level(self) -> int | None:
        """The level picked (None = «ikke vurdert» or nothing picked yet)."""
        value = self.levels.checkedId()
        return None if value < 0 or value == self.WITHDRAW else value

    def set_level(self, level: int | None) -> None:
        """Pick a level (None = «ikke vurdert»)."""
        button = self.levels.button(self.WITHDRAW if level is None else level)
        if button is not None:
            button.setChecked(True)

    def _open_matrix(self) -> None:
        self.openMatrix.emit()
        self.reject()

    def accept(self) -> None:
        """Record the assessment; stay open with the message if it is refused."""
        if not self.has_choice():
            self.errors.general.show_message(self.tr("Velg et nivå."))
            return
        qd = self.day.date()
        try:
            self._submit(self.chosen_level(), str(self.source.currentData()),
                         date(qd.year(), qd.month(), qd.day()), self.note.text())
        except (ValidationError, OfficeFileError) as exc:
            self.errors.show(exc)
            return
        super().accept()
