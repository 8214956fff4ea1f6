"""«Nytt kontor»: name, municipality, county and where the new office file goes."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.paths import data_dir
from kompetansekart.services.office import OfficeFields, office_fields, update_office
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.storage.officefile import SUFFIX, OfficeFile
from kompetansekart.ui.common.forms import ErrorLabel, FieldErrors, dialog_buttons, field_row, named
from kompetansekart.ui.context import OfficeContext


def file_name_for(office_name: str) -> str:
    """A safe file name for an office («NAV Hamar» -> «NAV Hamar.kkart»)."""
    cleaned = re.sub(r'[\\/:*?"<>|]+', " ", office_name).strip(" .") or "Nytt kontor"
    return " ".join(cleaned.split()) + SUFFIX


class NewOfficeDialog(QDialog):
    """Creates a new office file with the starter catalogue; `office` is set on success."""

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nytt kontor"))
        self.setAccessibleName(self.tr("Nytt kontor"))
        self.office: OfficeFile | None = None
        self._folder = folder or data_dir()
        self._path_edited = False
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Et kontor er én fil. Den nye filen får startkatalogen med kompetanseområder og "
            "roller, som du kan endre etterpå."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.errors = FieldErrors(ErrorLabel(self.tr("Feilmelding")))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("for eksempel NAV Hamar"))
        field_row(form, self.tr("&Kontorets navn:"), self.name, self.errors, "name",
                  self.tr("Kontorets navn"))
        self.municipality = QLineEdit()
        field_row(form, self.tr("K&ommune:"), self.municipality, self.errors, "municipality",
                  self.tr("Kommune"))
        self.county = QLineEdit()
        field_row(form, self.tr("F&ylke:"), self.county, self.errors, "county",
                  self.tr("Fylke"))
        path_row = QWidget()
        row = QHBoxLayout(path_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.path = QLineEdit(str(self._folder / file_name_for("")))
        browse = named(QPushButton(self.tr("&Velg…")), self.tr("Velg filplassering"))
        browse.clicked.connect(self._browse)
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        field_row(form, self.tr("&Fil:"), path_row, self.errors, "path",
                  self.tr("Filplassering"))
        named(self.path, self.tr("Filens plassering og navn"))
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(dialog_buttons(self, self.tr("Opp&rett")))
        self.name.textEdited.connect(self._name_changed)
        self.path.textEdited.connect(self._mark_path_edited)
        self.setMinimumWidth(520)

    def _mark_path_edited(self) -> None:
        self._path_edited = True

    def _name_changed(self, text: str) -> None:
        if not self._path_edited:
            self.path.setText(str(Path(self.path.text()).parent / file_name_for(text)))

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Lagre det nye kontoret som"), self.path.text(),
            self.tr("Kontorfiler (*.kkart)"))
        if chosen:
            if not chosen.endswith(SUFFIX):
                chosen += SUFFIX
            self.path.setText(chosen)
            self._path_edited = True

    def accept(self) -> None:
        """Create the file; stay open with the reason if that is refused."""
        self.errors.clear()
        name = " ".join(self.name.text().split())
        if not name:
            self.errors.show(ValidationError(self.tr("Skriv inn kontorets navn."), "name"))
            return
        target = Path(self.path.text().strip())
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        try:
            self.office = OfficeFile.create(target, name,
                                            municipality=self.municipality.text().strip(),
                                            county=self.county.text().strip())
        except OfficeFileError as exc:
            self.errors.show(ValidationError(exc.message, "path"))
            return
        super().accept()



class OfficeDetailsDialog(QDialog):
    """«Kontoropplysninger»: edit the open office's name, place, leader and stale limit."""

    def __init__(self, ctx: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Kontoropplysninger"))
        self.setAccessibleName(self.tr("Kontoropplysninger"))
        self._ctx = ctx
        current = office_fields(ctx.office)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors(ErrorLabel(self.tr("Feilmelding")))
        self.name = QLineEdit(current.name)
        field_row(form, self.tr("&Kontorets navn:"), self.name, self.errors, "name",
                  self.tr("Kontorets navn"))
        self.municipality = QLineEdit(current.municipality)
        field_row(form, self.tr("K&ommune:"), self.municipality, self.errors, "municipality",
                  self.tr("Kommune"))
        self.county = QLineEdit(current.county)
        field_row(form, self.tr("F&ylke:"), self.county, self.errors, "county",
                  self.tr("Fylke"))
        self.region = QLineEdit(current.region)
        self.region.setPlaceholderText(self.tr("for eksempel Hedmarken (brukes av fylket)"))
        field_row(form, self.tr("&Region/område:"), self.region, self.errors, "region",
                  self.tr("Region eller geografisk område"))
        self.leader = QLineEdit(current.leader_name)
        field_row(form, self.tr("Le&der:"), self.leader, self.errors, "leader_name",
                  self.tr("Leder"))
        self.stale = QSpinBox()
        self.stale.setRange(1, 120)
        self.stale.setValue(current.stale_months)
        self.stale.setSuffix(self.tr(" måneder"))
        field_row(form, self.tr("Vurderinger &utdateres etter:"), self.stale, self.errors,
                  "stale_months", self.tr("Vurderinger utdateres etter antall måneder"))
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(dialog_buttons(self, self.tr("&Lagre")))
        self.setMinimumWidth(480)

    def accept(self) -> None:
        """Write the details; stay open with the message next to the field if refused."""
        fields = OfficeFields(self.name.text(), self.municipality.text(), self.county.text(),
                              self.region.text(), self.leader.text(), self.stale.value())
        try:
            self._ctx.apply(update_office, fields)
        except (ValidationError, OfficeFileError) as exc:
            self.errors.show(exc)
            return
        super().accept()
