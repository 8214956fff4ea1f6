"""Starting the window: QApplication, translations, crash handling and which file to open."""

from __future__ import annotations

import contextlib
import logging
import signal
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from kompetansekart import __version__
from kompetansekart.paths import APP_NAME, data_dir, resource_path
from kompetansekart.runtime import tune_gc
from kompetansekart.storage import lock
from kompetansekart.storage.officefile import OfficeFile
from kompetansekart.ui import crash
from kompetansekart.ui.main_window import MainWindow
from kompetansekart.ui.settings import Settings

log = logging.getLogger("kompetansekart.ui")

DEFAULT_OFFICE_NAME = "Mitt NAV-kontor"
DEMO_FILE = "demo.kkart"
DEMO_SEED = 1


def application() -> QApplication:
    """The QApplication (made once, with the program's names)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Load Qt's own translation and ours for `lang` ("nb" is the source language)."""
    QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway)
                       if lang == "nb" else QLocale(lang))
    installed: list[QTranslator] = []
    if lang == "nb":
        return installed
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_",
               QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    if ours.load(str(resource_path(f"kompetansekart_{lang}.qm"))):
        app.installTranslator(ours)
        installed.append(ours)
    else:
        log.warning("no translation for %s", lang)
    return installed


def default_office() -> Path:
    """The office file in the data folder, created with the starter catalogue if missing."""
    path = data_dir() / f"{DEFAULT_OFFICE_NAME}.kkart"
    if not path.exists():
        OfficeFile.create(path, DEFAULT_OFFICE_NAME).close()
    return path


def demo_office() -> Path:
    """A freshly generated demo office (25 people) in the data folder."""
    path = data_dir() / DEMO_FILE
    if lock.held_by_other(path) is not None:
        # Another window has the old demo open: leave it alone and make a second one.
        path = data_dir() / "demo-2.kkart"
    for old in (path, lock.lock_path(path)):
        with contextlib.suppress(FileNotFoundError):
            old.unlink()
    from kompetansekart import demo  # the generator is only needed for --demo

    return Path(demo.generate(path, staff=25, seed=DEMO_SEED))


def open_start_file(window: MainWindow, path: str | None, demo: bool) -> None:
    """Open the given file, else the demo, else the last file, else the default office."""
    if path and window.open_path(path):
        return
    if demo and window.open_path(demo_office()):
        return
    last = window.settings.last_file
    if last and Path(last).exists() and window.open_path(last):
        return
    window.open_path(default_office())


def run_gui(path: str | None, demo: bool = False, lang: str | None = None) -> int:
    """Start the window (called by `kompetansekart [FILE] [--demo] [--lang]`)."""
    app = application()
    stop = _StopRequest()
    settings = Settings()
    if lang:
        settings.language = lang
    install_translators(app, settings.language)
    crash.install()
    window = MainWindow(settings)
    stop.window = window
    open_start_file(window, path, demo)
    window.show()
    tune_gc()  # Qt wrappers and modules made at start live as long as the window
    if stop.requested:  # a signal came while the file was being opened
        window.close()
        return 0
    return int(app.exec())


class _StopRequest:
    """Close the window properly (office closed, lock file removed) on Ctrl+C or SIGTERM,
    also when the signal comes before the event loop runs."""

    def __init__(self) -> None:
        self.requested = False
        self.window: MainWindow | None = None
        for name in ("SIGINT", "SIGTERM"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), self._handle)
        # Python runs signal handlers only between bytecodes; a timer lets it in during exec().
        self._timer = QTimer()
        self._timer.timeout.connect(lambda: None)
        self._timer.start(250)

    def _handle(self, *_: object) -> None:
        self.requested = True
        if self.window is not None:
            self.window.close()
