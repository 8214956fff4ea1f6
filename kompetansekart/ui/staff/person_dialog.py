"""Add or edit one member of staff; validation messages appear next to the field."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.domain.collation import sort_key
from kompetansekart.domain.models import Employment
from kompetansekart.services import staff
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.ui.common.forms import (
    ErrorLabel,
    FieldErrors,
    dialog_buttons,
    field_row,
    fmt_date,
)
from kompetansekart.ui.context import OfficeContext


class PersonDialog(QDialog):
    """The staff form. `person_id=None` adds a new person; otherwise edits that person."""

    def __init__(self, ctx: OfficeContext, person_id: int | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.saved_id: int | None = person_id
        existing = staff.fields_of(ctx.office, person_id) if person_id is not None else None
        self._note = existing.note if existing else ""
        title = self.tr("Endre ansatt") if existing else self.tr("Ny ansatt")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        data = ctx.data

        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.errors = FieldErrors(ErrorLabel(self.tr("Feilmelding")))

        self.name = QLineEdit(existing.name if existing else "")
        field_row(form, self.tr("&Navn:"), self.name, self.errors, "name", self.tr("Navn"))
        self.title = QLineEdit(existing.title if existing else "")
        self.title.setPlaceholderText(self.tr("for eksempel veileder eller rådgiver"))
        field_row(form, self.tr("&Tittel:"), self.title, self.errors, "title",
                  self.tr("Tittel"))

        self.team = QComboBox()
        self.team.addItem(self.tr("(uten team)"), None)
        for team_id, team_name in sorted(data.teams.items(), key=lambda t: sort_key(t[1])):
            self.team.addItem(team_name, team_id)
        self._select(self.team, existing.team_id if existing else None)
        field_row(form, self.tr("T&eam:"), self.team, self.errors, "team_id", self.tr("Team"))

        self.employment = QComboBox()
        self.employment.addItem(self.tr("Statlig"), Employment.STATE.value)
        self.employment.addItem(self.tr("Kommunal"), Employment.MUNICIPAL.value)
        self._select(self.employment, existing.employment if existing else
                     Employment.STATE.value)
        field_row(form, self.tr("&Ansettelse:"), self.employment, self.errors, "employment",
                  self.tr("Statlig eller kommunal ansettelse"))

        self.start_date = QLineEdit(_text(existing.start_date) if existing else "")
        self.start_date.setPlaceholderText(self.tr("dd.mm.åååå"))
        field_row(form, self.tr("&Startdato:"), self.start_date, self.errors, "start_date",
                  self.tr("Startdato"))

        self.roles = QListWidget()
        chosen = set(existing.role_ids) if existing else set()
        for role in sorted(data.roles.values(), key=lambda r: sort_key(r.name)):
            item = QListWidgetItem(role.name)
            item.setData(Qt.ItemDataRole.UserRole, role.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if role.id in chosen
                               else Qt.CheckState.Unchecked)
            if role.description:
                item.setToolTip(role.description)
            self.roles.addItem(item)
        self.roles.setMinimumHeight(150)
        field_row(form, self.tr("&Roller:"), self.roles, self.errors, "role_ids",
                  self.tr("Roller (kryss av med mellomrom)"))

        self.hours = QDoubleSpinBox()
        self.hours.setRange(0, 2000)
        self.hours.setDecimals(0)
        self.hours.setSuffix(self.tr(" timer per år"))
        self.hours.setValue(existing.hours_per_year if existing else 40.0)
        field_row(form, self.tr("Læringsti&d:"), self.hours, self.errors, "hours_per_year",
                  self.tr("Tilgjengelige læringstimer per år"))

        self.buddy = QComboBox()
        self.buddy.addItem(self.tr("(ingen fadder)"), None)
        for person in data.people:
            if person.active and person.id != person_id:
                self.buddy.addItem(person.name, person.id)
        self._select(self.buddy, existing.buddy_id if existing else None)
        field_row(form, self.tr("&Fadder:"), self.buddy, self.errors, "buddy_id",
                  self.tr("Fadder for nyansatte"))

        self.ny_i_nav = QLineEdit(_text(existing.ny_i_nav_done) if existing else "")
        self.ny_i_nav.setPlaceholderText(self.tr("dd.mm.åååå (tomt hvis ikke fullført)"))
        field_row(form, self.tr("«Ny i NAV» f&ullført:"), self.ny_i_nav, self.errors,
                  "ny_i_nav_done", self.tr("Dato da «Ny i NAV» ble fullført"))

        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(dialog_buttons(self, self.tr("&Lagre")))
        self.setMinimumWidth(540)

    def showEvent(self, event: QShowEvent) -> None:
        """Scroll the person's own roles into view (not the top of the alphabet)."""
        super().showEvent(event)
        for row in range(self.roles.count()):
            item = self.roles.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                self.roles.scrollToItem(item, QListWidget.ScrollHint.PositionAtCenter)
                break

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def checked_roles(self) -> list[int]:
        """Ids of the roles ticked in the list."""
        result = []
        for row in range(self.roles.count()):
            item = self.roles.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                result.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return result

    def fields(self) -> staff.PersonFields:
        """What the form holds, as the service's input."""
        return staff.PersonFields(
            name=self.name.text(),
            title=self.title.text(),
            team_id=self.team.currentData(),
            employment=str(self.employment.currentData()),
            start_date=self.start_date.text(),
            hours_per_year=self.hours.value(),
            buddy_id=self.buddy.currentData(),
            ny_i_nav_done=self.ny_i_nav.text(),
            role_ids=self.checked_roles(),
            note=self._note,
        )

    def accept(self) -> None:
        """Save through the service layer; on a refusal show why and stay open."""
        self.errors.clear()
        try:
            if self.person_id is None:
                self.saved_id = self.ctx.apply(staff.add_person, self.fields()).created_id
            else:
                self.ctx.apply(staff.update_person, self.person_id, self.fields())
        except (ValidationError, OfficeFileError) as exc:
            self.errors.show(exc)
            return
        super().accept()


def _text(value: date | str | None) -> str:
    if isinstance(value, date):
        return fmt_date(value)
    return value or ""
