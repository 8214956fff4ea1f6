"""The open office as the window sees it: one write path, the undo stack, change signals."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Concatenate, ParamSpec

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from kompetansekart.domain.analysis import Analysis
from kompetansekart.domain.snapshot import OfficeData
from kompetansekart.storage import reader
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.storage.officefile import Change, OfficeFile

log = logging.getLogger("kompetansekart.ui")
P = ParamSpec("P")


class ChangeCommand(QUndoCommand):
    """One user action on the undo stack; undo/redo apply the recorded inverse statements."""

    def __init__(self, ctx: OfficeContext, change: Change) -> None:
        super().__init__(change.label)
        self._ctx = ctx
        self._change = change
        self._first = True

    def redo(self) -> None:
        if self._first:  # the change was already made when the command was pushed
            self._first = False
            return
        self._flip()

    def undo(self) -> None:
        self._flip()

    def _flip(self) -> None:
        try:
            self._change = self._ctx.office.revert(self._change)
        except OfficeFileError as exc:
            self._ctx.failed.emit(exc.message)
            return
        self._ctx.notify(self._change.tables)


class OfficeContext(QObject):
    """Holds the open OfficeFile; every edit goes through `apply`, every view listens to
    `changed` (the set of table names that changed) and reads `data` / `analysis`."""

    #: Table names touched by an edit, undo or redo; an empty set means "everything".
    changed = Signal(frozenset)
    #: An environment failure the user must see (Norwegian message).
    failed = Signal(str)

    def __init__(self, office: OfficeFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.office = office
        self.undo_stack = QUndoStack(self)
        self._data: OfficeData | None = None
        self._analysis: Analysis | None = None

    # -- reading -------------------------------------------------------------------------

    @property
    def data(self) -> OfficeData:
        """The office as plain data, reloaded lazily after each change."""
        if self._data is None:
            self._data = reader.load(self.office)
        return self._data

    @property
    def analysis(self) -> Analysis:
        """The analysis of the current data (computed once per change)."""
        if self._analysis is None:
            self._analysis = Analysis(self.data)
        return self._analysis

    # -- writing -------------------------------------------------------------------------

    def apply(self, action: Callable[Concatenate[OfficeFile, P], Change],
              *args: P.args, **kwargs: P.kwargs) -> Change:
        """Run a service function, push its undo command and announce what changed.

        ValidationError and OfficeFileError propagate so the caller can show them next to
        the field; nothing is written when they are raised.
        """
        change = action(self.office, *args, **kwargs)
        if change.inverse:
            self.undo_stack.push(ChangeCommand(self, change))
            self.notify(change.tables)
        return change

    def run(self, parent: QWidget | None, action: Callable[Concatenate[OfficeFile, P], Change],
            *args: P.args, **kwargs: P.kwargs) -> Change | None:
        """`apply`, showing a refusal or failure once in a message box over `parent`.

        The one place a view's failed change is shown; returns None when nothing was saved.
        Dialogs that show the message beside a field call `apply` and catch it themselves.
        """
        try:
            return self.apply(action, *args, **kwargs)
        except (ValidationError, OfficeFileError) as exc:
            from kompetansekart.ui.common.forms import warn

            warn(parent, self.tr("Endringen ble ikke lagret"), exc.message)
            return None

    def notify(self, tables: frozenset[str]) -> None:
        """Drop cached data and tell the views which tables changed."""
        self._data = None
        self._analysis = None
        self.changed.emit(frozenset(tables))
