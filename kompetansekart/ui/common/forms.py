"""Small pieces the admin views share: field errors, confirmations, a name dialog, dates."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.domain.validation import format_date
from kompetansekart.storage.errors import OfficeFileError, ValidationError

W = TypeVar("W", bound=QWidget)

ERROR_STYLE = "color: #b3261e;"

#: Dates in the window: the one definition is domain.validation.format_date («31.01.2026»).
fmt_date = format_date


def named(widget: W, name: str, description: str = "") -> W:
    """Give a control its accessible name (and description) and return it."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
        widget.setToolTip(description)
    return widget


class ErrorLabel(QLabel):
    """A red message under a form field; hidden while empty."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet(ERROR_STYLE)
        self.setWordWrap(True)
        self.setAccessibleName(name)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hide()

    def show_message(self, message: str) -> None:
        """Show a message (or hide the label when it is empty)."""
        self.setText(message)
        self.setVisible(bool(message))


class FieldErrors:
    """Maps ValidationError.field to the error label (and widget) of a form."""

    def __init__(self, general: ErrorLabel) -> None:
        self.general = general
        self._fields: dict[str, tuple[QWidget, ErrorLabel]] = {}

    def add(self, field: str, widget: QWidget, label: ErrorLabel) -> None:
        """Register the field a ValidationError names."""
        self._fields[field] = (widget, label)

    def clear(self) -> None:
        """Hide every message."""
        self.general.show_message("")
        for _, label in self._fields.values():
            label.show_message("")

    def show(self, error: ValidationError | OfficeFileError) -> None:
        """Show an error next to its field (or at the bottom) and focus the field."""
        self.clear()
        field = getattr(error, "field", "")
        if field in self._fields:
            widget, label = self._fields[field]
            label.show_message(error.message)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.general.show_message(error.message)

    def message(self, field: str) -> str:
        """The message shown for a field (for tests and screen readers)."""
        if field in self._fields:
            label = self._fields[field][1]
            return "" if label.isHidden() else label.text()
        return "" if self.general.isHidden() else self.general.text()


def field_row(form: QFormLayout, label_text: str, widget: QWidget, errors: FieldErrors,
              field: str, accessible: str) -> ErrorLabel:
    """Add a labelled field with an error label beneath it to a form."""
    container = QWidget()
    box = QVBoxLayout(container)
    box.setContentsMargins(0, 0, 0, 0)
    box.setSpacing(2)
    box.addWidget(widget)
    error = ErrorLabel(
        QCoreApplication.translate("Forms", "Feil i feltet {name}").format(name=accessible))
    box.addWidget(error)
    label = QLabel(label_text)
    label.setBuddy(widget)
    form.addRow(label, container)
    named(widget, accessible)
    errors.add(field, widget, error)
    return error


def dialog_buttons(dialog: QDialog, ok_text: str) -> QDialogButtonBox:
    """OK/Avbryt buttons with Norwegian texts (Qt ships no Bokmål translation)."""
    box = QDialogButtonBox(dialog)
    ok = QPushButton(ok_text)
    ok.setAccessibleName(ok_text.replace("&", ""))
    ok.setDefault(True)
    cancel = QPushButton(QCoreApplication.translate("Forms", "Avbryt"))
    cancel.setAccessibleName(QCoreApplication.translate("Forms", "Avbryt"))
    box.addButton(ok, QDialogButtonBox.ButtonRole.AcceptRole)
    box.addButton(cancel, QDialogButtonBox.ButtonRole.RejectRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def confirm(parent: QWidget | None, title: str, text: str, yes_text: str,
            informative: str = "") -> bool:
    """Ask before something drastic; the safe answer (Avbryt) is the default."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if informative:
        box.setInformativeText(informative)
    yes = box.addButton(yes_text, QMessageBox.ButtonRole.DestructiveRole)
    no = box.addButton(QCoreApplication.translate("Forms", "Avbryt"),
                       QMessageBox.ButtonRole.RejectRole)
    yes.setAccessibleName(yes_text.replace("&", ""))
    no.setAccessibleName(QCoreApplication.translate("Forms", "Avbryt"))
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Show an environment failure or refusal the user must read."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    ok = box.addButton(QCoreApplication.translate("Forms", "OK"), QMessageBox.ButtonRole.AcceptRole)
    ok.setAccessibleName(QCoreApplication.translate("Forms", "OK"))
    box.setDefaultButton(ok)
    box.exec()


class NameDialog(QDialog):
    """Ask for a name; `submit(name)` writes it and may raise a ValidationError shown inline."""

    def __init__(self, parent: QWidget | None, title: str, label: str, initial: str,
                 submit: Callable[[str], object], ok_text: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self._submit = submit
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.edit = QLineEdit(initial)
        self.edit.selectAll()
        general = ErrorLabel(QCoreApplication.translate("Forms", "Feilmelding"))
        self.errors = FieldErrors(general)
        error = field_row(form, label, self.edit, self.errors, "name", label.replace("&", ""))
        self.errors.add("label", self.edit, error)
        layout.addLayout(form)
        layout.addWidget(general)
        layout.addWidget(dialog_buttons(
            self, ok_text or QCoreApplication.translate("Forms", "&Lagre")))
        self.setMinimumWidth(380)

    def accept(self) -> None:
        """Write through `submit`; stay open with the message if it is refused."""
        try:
            self._submit(self.edit.text())
        except (ValidationError, OfficeFileError) as exc:
            self.errors.show(exc)
            return
        super().accept()


def ask_save_path(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    """The standard save dialog."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return str(path)


def ask_open_path(parent: QWidget, title: str, filters: str) -> str:
    """The standard open dialog."""
    path, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
    return str(path)
