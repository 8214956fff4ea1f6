"""Helpers for window tests: read the file from disk, act on modal dialogs."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QPushButton, QWidget

#: Marks for every window test: needs a QApplication, and the offscreen platform's notice
#: that it cannot pass size hints to a (non-existent) window manager is not a failure.
GUI = [pytest.mark.gui, pytest.mark.qt_log_ignore("does not support propagateSizeHints")]


def read(path: Path, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
    """Read the office file through its own connection (what is really on disk)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


class Modal:
    """Acts on the next modal dialog as soon as it opens (for code that calls exec())."""

    def __init__(self) -> None:
        self.seen: list[QWidget] = []

    def next(self, action: Callable[[QWidget], None], tries: int = 200) -> None:
        """Run `action(dialog)` on the next modal widget that appears."""

        def poll(left: int = tries) -> None:
            widget = QApplication.activeModalWidget()
            if widget is None or widget in self.seen:
                if left:
                    QTimer.singleShot(5, lambda: poll(left - 1))
                return
            self.seen.append(widget)
            action(widget)

        QTimer.singleShot(0, poll)


def ok_button(dialog: Any) -> QPushButton:
    """The accept button of a dialog with a QDialogButtonBox."""
    box = dialog.findChild(QDialogButtonBox)
    for button in box.buttons():
        if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
            return button  # type: ignore[no-any-return]
    raise AssertionError("no OK button")
