"""The Qt binding itself: guards against a release that breaks the app at run time."""

from __future__ import annotations

import sys

from PySide6.QtCore import QModelIndex


def test_calls_returning_none_keep_none_alive() -> None:
    # PySide6 6.12.0 on Python 3.11 lost a reference to None per call and aborted the
    # program after enough calls; a long session would crash.
    before = sys.getrefcount(None)
    for _ in range(2000):
        QModelIndex().data()
    assert sys.getrefcount(None) >= before - 50
