"""What happens when something unexpected goes wrong: a log entry and a dialog with details."""

from __future__ import annotations

import faulthandler
import logging
import platform
import sys
import traceback
from types import TracebackType
from typing import IO

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kompetansekart import __version__
from kompetansekart.logsetup import log_file
from kompetansekart.paths import log_dir

log = logging.getLogger("kompetansekart.crash")

_fault_file: IO[str] | None = None
_showing = False


def format_details(exc_type: type[BaseException], exc: BaseException,
                   tb: TracebackType | None) -> str:
    """The text a user can copy into an e-mail: versions, log path and the traceback."""
    lines = [
        f"Kompetansekart {__version__}",
        f"Python {platform.python_version()}, Qt {qVersion()}, PySide6 {pyside_version}",
        f"System: {platform.platform()}",
        f"Loggfil: {log_file()}",
        "",
        "".join(traceback.format_exception(exc_type, exc, tb)).rstrip(),
    ]
    return "\n".join(lines)


class CrashDialog(QDialog):
    """Tells the user that something went wrong and offers the details to copy."""

    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Uventet feil"))
        self.setAccessibleName(self.tr("Uventet feil"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "<b>Noe gikk galt i Kompetansekart.</b><br>Alt du har gjort før dette er lagret i "
            "kontorfilen. Det siste du gjorde kan ha feilet; sjekk det og prøv igjen.<br>"
            "Hvis feilen kommer tilbake, kopier detaljene under og send dem til den som "
            "drifter programmet. De står også i loggfilen."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Detaljer om feilen"))
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox(self)
        self.copy_button = QPushButton(self.tr("&Kopier detaljer"))
        self.copy_button.setAccessibleName(self.tr("Kopier detaljer"))
        self.copy_button.clicked.connect(self.copy_details)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = QPushButton(self.tr("&Lukk"))
        close.setAccessibleName(self.tr("Lukk"))
        close.setDefault(True)
        close.clicked.connect(self.accept)
        buttons.addButton(close, QDialogButtonBox.ButtonRole.AcceptRole)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        """Put the details on the clipboard."""
        QGuiApplication.clipboard().setText(self.details.toPlainText())
        self.copy_button.setText(self.tr("Kopiert"))


def handle_exception(exc_type: type[BaseException], exc: BaseException,
                     tb: TracebackType | None) -> None:
    """sys.excepthook: log the error and show the crash dialog (once at a time)."""
    global _showing
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    log.critical("unexpected error", exc_info=(exc_type, exc, tb))
    details = format_details(exc_type, exc, tb)
    app = QCoreApplication.instance()
    if not isinstance(app, QApplication) or _showing:
        print(details, file=sys.stderr)
        return
    _showing = True
    try:
        CrashDialog(details, app.activeWindow()).exec()
    finally:
        _showing = False


def install() -> None:
    """Route uncaught exceptions to the dialog and hard crashes (segfaults) to a log file."""
    global _fault_file
    sys.excepthook = handle_exception
    if _fault_file is None:
        try:
            _fault_file = (log_dir() / "krasj.log").open("a", encoding="utf-8")
            faulthandler.enable(_fault_file)
        except OSError:
            faulthandler.enable()
