"""«Skriv ut / Lagre PDF» in the plan view: the office plan, one person's or everyone's
development plan; saved where the leader chooses, then opened in the system's PDF viewer."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QToolButton

from kompetansekart.reports.common import PlanSource
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.ui.common.forms import named, warn

if TYPE_CHECKING:
    from kompetansekart.ui.plan.view import PlanView


class PdfButton(QToolButton):
    """The PDF button of the plan view; its default action prints the office plan."""

    def __init__(self, view: PlanView) -> None:
        super().__init__(view)
        self.view = view
        self.last_pdf: Path | None = None
        named(self, self.tr("Skriv ut eller lagre PDF"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.office_action = QAction(self.tr("Skriv ut / &Lagre PDF…"), self)
        self.office_action.setToolTip(self.tr("Kompetanseplanen for kontoret som PDF"))
        self.office_action.triggered.connect(lambda: self.save_office_pdf())
        office_plan = QAction(self.tr("&Kompetanseplan for kontoret…"), self)
        office_plan.triggered.connect(lambda: self.save_office_pdf())
        self.person_action = QAction(self.tr("Utviklingsplan for valgt &ansatt…"), self)
        self.person_action.triggered.connect(lambda: self.save_person_pdf())
        self.people_action = QAction(self.tr("&Utviklingsplaner for alle ansatte…"), self)
        self.people_action.triggered.connect(lambda: self.save_people_pdf())
        menu = QMenu(self)
        for action in (office_plan, self.person_action, self.people_action):
            menu.addAction(action)
        self.setMenu(menu)
        self.setDefaultAction(self.office_action)

    def ask_path(self, title: str, suggestion: str) -> str:
        """Ask where to save a PDF («» when cancelled)."""
        folder = self.view.ctx.office.path.parent
        path, _ = QFileDialog.getSaveFileName(self.view, title, str(folder / suggestion),
                                              self.tr("PDF-dokument (*.pdf)"))
        return path

    def _ask(self, title: str, suggestion: str) -> str:
        path = self.ask_path(title, suggestion)
        if path and not path.lower().endswith(".pdf"):
            path += ".pdf"
        return path

    def _source(self) -> PlanSource:
        ctx, plan = self.view.ctx, self.view.plan
        return PlanSource(ctx.data, ctx.analysis, plan, plan.municipality, plan.county)

    def save_office_pdf(self) -> Path | None:
        """Save the office plan of the period as PDF and open it."""
        from kompetansekart.reports.office_plan import write_office_plan

        period = self.view.period
        if period is None:
            return None
        office = self.view.ctx.data.office_name
        path = self._ask(self.tr("Lagre kompetanseplanen som PDF"),
                         file_name(f"Kompetanseplan {period.name} {office}"))
        if not path:
            return None
        return self._write(lambda: write_office_plan(self._source(), period, path))

    def save_person_pdf(self) -> Path | None:
        """Save the chosen person's development plan as PDF and open it."""
        from kompetansekart.reports.individual_plan import write_individual_plans

        person_id = self.view.goals.selected_person_id()
        if person_id is None:
            return None
        name = next((p.name for p in self.view.ctx.data.people if p.id == person_id), "")
        path = self._ask(self.tr("Lagre utviklingsplanen som PDF"),
                         file_name(f"Utviklingsplan {name}"))
        if not path:
            return None
        period = self.view.period
        return self._write(lambda: write_individual_plans(self._source(), period, [person_id],
                                                          path))

    def save_people_pdf(self) -> Path | None:
        """Save every active person's development plan in one PDF and open it."""
        from kompetansekart.reports.individual_plan import write_individual_plans

        period = self.view.period
        path = self._ask(self.tr("Lagre alle utviklingsplanene som PDF"),
                         file_name(f"Utviklingsplaner {period.name if period else ''}"))
        if not path:
            return None
        return self._write(lambda: write_individual_plans(self._source(), period, None, path))

    def _write(self, build: Callable[[], Path]) -> Path | None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = build()
        except (ValidationError, OfficeFileError) as exc:
            QGuiApplication.restoreOverrideCursor()
            warn(self.view, self.tr("PDF-en ble ikke lagret"), exc.message)
            return None
        QGuiApplication.restoreOverrideCursor()
        self.last_pdf = written
        if can_open_files():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(written)))
        return written


def file_name(text: str) -> str:
    """A file name from a title: characters Windows refuses are dropped."""
    cleaned = "".join(ch for ch in text if ch not in '<>:"/\\|?*').strip()
    return " ".join(cleaned.split()) + ".pdf"


def can_open_files() -> bool:
    """Whether there is a desktop to open a PDF on (not offscreen, as in tests and CI)."""
    platform = QGuiApplication.platformName()
    return platform not in ("offscreen", "minimal") and \
        os.environ.get("QT_QPA_PLATFORM") != "offscreen"
