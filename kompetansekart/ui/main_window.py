"""The main window: menus, the views of ui/views.VIEWS, opening and replacing the office."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer, Slot
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kompetansekart import __version__
from kompetansekart.logsetup import log_file
from kompetansekart.paths import data_dir
from kompetansekart.storage import reader
from kompetansekart.storage.errors import OfficeFileError
from kompetansekart.storage.officefile import SUFFIX, OfficeFile
from kompetansekart.ui.common.forms import named, warn
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.settings import Settings
from kompetansekart.ui.views import VIEWS, ShowsTarget, ViewSpec

log = logging.getLogger("kompetansekart.ui")

#: The view titles of ui/views.py spelled out, so lupdate (which cannot follow the helper there)
#: puts them in the translation file under the context they are translated with.
_VIEW_TITLES = (
    QT_TRANSLATE_NOOP("Views", "Oversikt"), QT_TRANSLATE_NOOP("Views", "Ansatte"),
    QT_TRANSLATE_NOOP("Views", "Roller"), QT_TRANSLATE_NOOP("Views", "Kompetansekatalog"),
    QT_TRANSLATE_NOOP("Views", "Kartlegging"), QT_TRANSLATE_NOOP("Views", "Hvem kan hva"),
    QT_TRANSLATE_NOOP("Views", "Varmekart"), QT_TRANSLATE_NOOP("Views", "Kompetanseplan"),
    QT_TRANSLATE_NOOP("Views", "Deling med fylket"),
)
BANNER_STYLE = ("background: #fff4ce; color: #3d3000; border: 1px solid #e0c24f; "
                "border-radius: 4px; padding: 6px 10px;")


def view_title(spec: ViewSpec) -> str:
    """The translated title of a view."""
    return QCoreApplication.translate("Views", spec.title)


class _Page(QWidget):
    """A tab's container; the view inside is made the first time the tab is shown."""

    def __init__(self, spec: ViewSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.view: QWidget | None = None
        self.setAccessibleName(view_title(spec))
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)


class MainWindow(QMainWindow):
    """One office at a time; every view is built over the same OfficeContext."""

    def __init__(self, settings: Settings | None = None, *, remember: bool = True) -> None:
        super().__init__()
        self.settings = settings or Settings()
        #: False for the screenshot command: nothing is written to the settings.
        self.remember = remember
        self.ctx: OfficeContext | None = None
        self._quiet_readonly = False
        self._last_index = 0
        self._region_window: QWidget | None = None
        self.setAccessibleName(self.tr("Kompetansekart"))
        self.setAcceptDrops(True)
        self.setMinimumSize(760, 480)
        # A roomy default that still fits a small (1280×720) or heavily scaled screen.
        screen = self.screen().availableGeometry()
        self.resize(min(1400, screen.width()), min(900, screen.height()))

        self.banner = QLabel()
        self.banner.setStyleSheet(BANNER_STYLE)
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Merknad om filen"))
        self.banner.hide()
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.setAccessibleName(self.tr("Visninger"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.welcome = self._make_welcome()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.welcome)
        self.stack.addWidget(self.tabs)
        central = QWidget()
        box = QVBoxLayout(central)
        box.setContentsMargins(6, 6, 6, 0)
        box.setSpacing(6)
        box.addWidget(self.banner)
        box.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self._make_actions()
        self._make_menus()
        self.statusBar().setAccessibleName(self.tr("Statuslinje"))
        if self.remember and not self.settings.geometry.isEmpty():
            self.restoreGeometry(self.settings.geometry)
            self.restoreState(self.settings.window_state)
        self._update_title()
        self._update_actions()

    # -- building ------------------------------------------------------------------------

    def _make_welcome(self) -> QWidget:
        page = QWidget()
        page.setAccessibleName(self.tr("Ingen kontorfil er åpen"))
        outer = QVBoxLayout(page)
        outer.addStretch(1)
        inner = QVBoxLayout()
        title = QLabel(self.tr("<h2>Ingen kontorfil er åpen</h2>"))
        text = QLabel(self.tr("Opprett et nytt kontor, åpne en kontorfil (.kkart) eller dra en "
                              "kontorfil hit."))
        text.setWordWrap(True)
        buttons = QHBoxLayout()
        new = named(QPushButton(self.tr("&Nytt kontor…")), self.tr("Nytt kontor"))
        new.clicked.connect(self.new_office)
        open_ = named(QPushButton(self.tr("&Åpne…")), self.tr("Åpne kontorfil"))
        open_.clicked.connect(self.open_dialog)
        buttons.addWidget(new)
        buttons.addWidget(open_)
        buttons.addStretch(1)
        self.recent_list = named(QListWidget(), self.tr("Nylig brukte kontorfiler"))
        self.recent_list.itemActivated.connect(
            lambda item: self.open_path(item.data(Qt.ItemDataRole.UserRole)))
        recent_label = QLabel(self.tr("Nylig br&ukt:"))
        recent_label.setBuddy(self.recent_list)
        for w in (title, text):
            inner.addWidget(w)
        inner.addLayout(buttons)
        inner.addWidget(recent_label)
        inner.addWidget(self.recent_list)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(inner, 2)
        row.addStretch(1)
        outer.addLayout(row)
        outer.addStretch(2)
        return page

    def _action(self, text: str, slot: Any,
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name)
        return action

    def _make_actions(self) -> None:
        self.new_action = self._action(self.tr("&Nytt kontor…"), self.new_office,
                                       QKeySequence.StandardKey.New, "new")
        self.open_action = self._action(self.tr("&Åpne…"), self.open_dialog,
                                        QKeySequence.StandardKey.Open, "open")
        self.copy_action = self._action(self.tr("Lagre &kopi som…"), self.save_copy_dialog,
                                        "Ctrl+Shift+S", "save_copy")
        self.details_action = self._action(self.tr("Kontor&opplysninger…"),
                                           self.edit_office_details, None, "office_details")
        self.close_action = self._action(self.tr("&Lukk"), self.close_office, "Ctrl+W",
                                         "close")
        self.quit_action = self._action(self.tr("&Avslutt"), self.close, "Ctrl+Q", "quit")
        self.undo_action = self._action(self.tr("&Angre"), self.undo, None, "undo")
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self._action(self.tr("&Gjør om"), self.redo, None, "redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.region_action = self._action(self.tr("&Regional oversikt…"), self.show_region,
                                          None, "region")
        self.about_action = self._action(self.tr("&Om Kompetansekart"), self.about, None,
                                         "about")
        self.view_actions: dict[str, QAction] = {}
        self.view_group = QActionGroup(self)
        for number, spec in enumerate(VIEWS, start=1):
            action = QAction(view_title(spec), self)
            action.setCheckable(True)
            action.setObjectName(f"view_{spec.key}")
            if number <= 9:
                action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.triggered.connect(lambda _=False, key=spec.key: self.show_view(key))
            self.view_group.addAction(action)
            self.view_actions[spec.key] = action

    def _make_menus(self) -> None:
        bar = self.menuBar()
        bar.setAccessibleName(self.tr("Menylinje"))
        file_menu = bar.addMenu(self.tr("&Fil"))
        file_menu.addAction(self.new_action)
        file_menu.addAction(self.open_action)
        self.recent_menu = QMenu(self.tr("Åpne nyl&ig"), self)
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.copy_action)
        file_menu.addAction(self.details_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addAction(self.quit_action)
        edit_menu = bar.addMenu(self.tr("&Rediger"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        view_menu = bar.addMenu(self.tr("&Vis"))
        for action in self.view_actions.values():
            view_menu.addAction(action)
        view_menu.addSeparator()
        lang_menu = view_menu.addMenu(self.tr("&Språk"))
        lang_group = QActionGroup(self)
        for code, label in (("nb", "Norsk bokmål"), ("en", "English")):
            action = QAction(label, self)
            action.setCheckable(True)
            action.setChecked(self.settings.language == code)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            lang_group.addAction(action)
            lang_menu.addAction(action)
        county_menu = bar.addMenu(self.tr("F&ylke"))
        county_menu.addAction(self.region_action)
        help_menu = bar.addMenu(self.tr("&Hjelp"))
        help_menu.addAction(self.about_action)

    # -- the office ----------------------------------------------------------------------

    def open_path(self, path: str | Path, *, readonly: bool = False) -> bool:
        """Open an office file; a refused file shows why and leaves the current office open."""
        target = Path(path)
        if self.ctx is not None and _same_file(self.ctx.office.path, target):
            return True
        try:
            office = OfficeFile.open(target, readonly=readonly)
        except OfficeFileError as exc:
            log.info("refused %s: %s", target, exc.message)
            self.show_error(self.tr("Kan ikke åpne filen"), exc.message)
            return False
        self.set_office(office, quiet_readonly=readonly)
        return True

    def set_office(self, office: OfficeFile, *, quiet_readonly: bool = False) -> None:
        """Replace the open office: a new context and fresh views over it."""
        key = self.current_view_key() or self.settings.last_view
        self._teardown()
        self._quiet_readonly = quiet_readonly
        ctx = OfficeContext(office, self)
        ctx.failed.connect(self._failed)
        stack = ctx.undo_stack
        stack.canUndoChanged.connect(self._update_actions)
        stack.canRedoChanged.connect(self._update_actions)
        stack.undoTextChanged.connect(self._update_actions)
        stack.redoTextChanged.connect(self._update_actions)
        stack.indexChanged.connect(self._undo_index_changed)
        self.ctx = ctx
        self._last_index = 0
        self.tabs.blockSignals(True)
        for spec in VIEWS:
            self.tabs.addTab(_Page(spec), view_title(spec))
        self.tabs.blockSignals(False)
        self.stack.setCurrentWidget(self.tabs)
        if self.remember:
            self.settings.add_recent(office.path)
        self._update_title()
        self._update_actions()
        self.show_view(key if key in self.view_actions else "overview")

    def _teardown(self) -> None:
        """Close the current office and drop its views."""
        ctx, self.ctx = self.ctx, None
        self.tabs.blockSignals(True)
        while self.tabs.count():
            page = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if page is not None:
                page.deleteLater()
        self.tabs.blockSignals(False)
        if ctx is not None:
            ctx.undo_stack.blockSignals(True)
            ctx.deleteLater()
            ctx.office.close()

    @Slot()
    def close_office(self) -> None:
        """«Lukk»: close the file and show the start page."""
        if self.ctx is None:
            return
        if self.remember:
            self.settings.last_view = self.current_view_key() or "overview"
            self.settings.last_file = None
        self._teardown()
        self.stack.setCurrentWidget(self.welcome)
        self._fill_recent_list()
        self._update_title()
        self._update_actions()

    # -- views ---------------------------------------------------------------------------

    def page(self, key: str) -> _Page | None:
        """The tab of a view, if the view exists in this build."""
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if isinstance(page, _Page) and page.spec.key == key:
                return page
        return None

    def view(self, key: str) -> QWidget | None:
        """The view for a key, built on demand (None if it does not exist)."""
        page = self.page(key)
        if page is None:
            return None
        self._build(page)
        return page.view

    def current_view_key(self) -> str | None:
        """Key of the view on screen."""
        page = self.tabs.currentWidget()
        return page.spec.key if isinstance(page, _Page) else None

    def show_view(self, key: str, target: dict[str, int] | None = None) -> QWidget | None:
        """Switch to a view and, if given, to the item it should show."""
        page = self.page(key)
        if page is None:
            return None
        self._build(page)
        self.tabs.setCurrentWidget(page)
        view = page.view
        if target and isinstance(view, ShowsTarget):
            view.show_target(target)
        return view

    def _build(self, page: _Page) -> None:
        if page.view is not None or self.ctx is None:
            return
        # A view that fails to build raises (the crash dialog reports it); it is not hidden.
        view = page.spec.factory(self.ctx, page)
        page.box.addWidget(view)
        page.view = view
        signal = getattr(view, "navigate", None)
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(self._navigate)

    @Slot(str, dict)
    def _navigate(self, key: str, target: dict[str, int]) -> None:
        self.show_view(key, target)

    @Slot(int)
    def _tab_changed(self, index: int) -> None:
        page = self.tabs.widget(index)
        if not isinstance(page, _Page):
            return
        self._build(page)
        action = self.view_actions.get(page.spec.key)
        if action is not None:
            action.setChecked(True)
        if self.remember:
            self.settings.last_view = page.spec.key

    # -- menu actions --------------------------------------------------------------------

    @Slot()
    def new_office(self) -> None:
        """«Nytt kontor…»."""
        from kompetansekart.ui.office.dialogs import NewOfficeDialog

        dialog = NewOfficeDialog(self)
        if dialog.exec() and dialog.office is not None:
            self.set_office(dialog.office)

    @Slot()
    def open_dialog(self) -> None:
        """«Åpne…»."""
        start = str(Path(self.settings.last_file).parent) if self.settings.last_file else str(
            data_dir())
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Åpne kontorfil"), start,
                                              self.tr("Kontorfiler (*.kkart);;Alle filer (*)"))
        if path:
            self.open_path(path)

    def _fill_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = self.settings.recent_files
        for number, path in enumerate(files, start=1):
            label = f"&{number} {Path(path).name}" if number < 10 else Path(path).name
            action = self.recent_menu.addAction(label)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not files:
            empty = self.recent_menu.addAction(self.tr("(ingen)"))
            empty.setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("&Tøm listen"), self._clear_recent)

    def _clear_recent(self) -> None:
        self.settings.clear_recent()
        self._fill_recent_list()

    def _fill_recent_list(self) -> None:
        self.recent_list.clear()
        for path in self.settings.recent_files:
            item = QListWidgetItem(f"{Path(path).name}  —  {Path(path).parent}")
            item.setData(Qt.ItemDataRole.UserRole, path)
            self.recent_list.addItem(item)

    @Slot()
    def save_copy_dialog(self) -> None:
        """«Lagre kopi som…»: a consistent copy with the SQLite backup API."""
        if self.ctx is None:
            return
        source = self.ctx.office.path
        suggestion = source.with_name(f"{source.stem} kopi{SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lagre kopi som"), str(suggestion),
                                              self.tr("Kontorfiler (*.kkart)"))
        if path:
            self.save_copy(path)

    def save_copy(self, path: str | Path) -> bool:
        """Write a copy of the open office to `path` and say where it went."""
        if self.ctx is None:
            return False
        target = Path(path)
        if target.suffix != SUFFIX:
            target = target.with_name(target.name + SUFFIX)
        if _same_file(self.ctx.office.path, target):
            self.show_error(self.tr("Kan ikke lagre kopien"),
                            self.tr("Kopien kan ikke erstatte filen som er åpen. Velg et annet "
                                    "filnavn."))
            return False
        try:
            self.ctx.office.save_copy(target)
        except OfficeFileError as exc:
            self.show_error(self.tr("Kan ikke lagre kopien"), exc.message)
            return False
        self.statusBar().showMessage(self.tr("Kopien er lagret i {path}").format(path=target),
                                     8000)
        return True

    @Slot()
    def undo(self) -> None:
        """Undo the newest change (in any view)."""
        if self.ctx is not None:
            self.ctx.undo_stack.undo()

    @Slot()
    def redo(self) -> None:
        """Redo the newest undone change."""
        if self.ctx is not None:
            self.ctx.undo_stack.redo()

    @Slot()
    def show_region(self) -> None:
        """«Regional oversikt…» (the county adviser's window), made when first asked for."""
        from kompetansekart.ui.region.window import RegionWindow

        if self._region_window is None:
            self._region_window = RegionWindow()
        assert self._region_window is not None
        self._region_window.show()
        self._region_window.raise_()
        self._region_window.activateWindow()

    @Slot()
    def about(self) -> None:
        """«Om Kompetansekart»."""
        QMessageBox.about(self, self.tr("Om Kompetansekart"), self.tr(
            "<h3>Kompetansekart {version}</h3>"
            "<p>Kompetansekartlegging og kompetanseplan for NAV-kontor, uten server. "
            "Hvert kontor er én fil som lagres fortløpende.</p>"
            "<p>Datamappe: {data}<br>Loggfil: {log}</p>").format(
                version=__version__, data=data_dir(), log=log_file()))

    def set_language(self, code: str) -> None:
        """Remember the language; it takes effect at the next start."""
        if self.settings.language == code:
            return
        self.settings.language = code
        self.statusBar().showMessage(
            self.tr("Språket endres neste gang Kompetansekart starter."), 8000)

    # -- feedback ------------------------------------------------------------------------

    def show_error(self, title: str, message: str) -> None:
        """A message box for a refusal or an environment failure."""
        warn(self, title, message)

    @Slot(str)
    def _failed(self, message: str) -> None:
        self.show_error(self.tr("Endringen ble ikke lagret"), message)

    @Slot(int)
    def _undo_index_changed(self, index: int) -> None:
        if self.ctx is None:
            return
        stack = self.ctx.undo_stack
        if index > self._last_index and index > 0:
            text = self.tr("Lagret: {label}").format(label=stack.text(index - 1))
        elif index < self._last_index:
            text = self.tr("Angret: {label}").format(label=stack.text(index))
        else:
            text = ""
        self._last_index = index
        if text:
            self.statusBar().showMessage(text, 6000)

    def _update_actions(self) -> None:
        has = self.ctx is not None
        stack = self.ctx.undo_stack if self.ctx is not None else None
        can_undo = bool(stack and stack.canUndo())
        can_redo = bool(stack and stack.canRedo())
        self.undo_action.setEnabled(can_undo)
        self.redo_action.setEnabled(can_redo)
        self.undo_action.setText(
            self.tr("&Angre «{label}»").format(label=stack.undoText()) if stack and can_undo
            else self.tr("&Angre"))
        self.redo_action.setText(
            self.tr("&Gjør om «{label}»").format(label=stack.redoText()) if stack and can_redo
            else self.tr("&Gjør om"))
        self.copy_action.setEnabled(has)
        self.details_action.setEnabled(has and not self.ctx.office.readonly if self.ctx else False)
        self.close_action.setEnabled(has)
        for action in self.view_actions.values():
            action.setEnabled(has)

    def edit_office_details(self) -> None:
        """Open «Kontoropplysninger» for the open office."""
        if self.ctx is None:
            return
        from kompetansekart.ui.office.dialogs import OfficeDetailsDialog

        if OfficeDetailsDialog(self.ctx, self).exec():
            self._update_title()

    def _update_title(self) -> None:
        if self.ctx is None:
            self.setWindowTitle(self.tr("Kompetansekart"))
            self.banner.hide()
            return
        office = self.ctx.office
        name = reader.office_name(office) or office.path.stem
        title = f"{name} — {office.path}"
        if office.readonly:
            holder = office.lock.describe() if office.lock is not None else ""
            title += (self.tr(" (skrivebeskyttet, {holder})").format(holder=holder) if holder
                      else self.tr(" (skrivebeskyttet)"))
        self.setWindowTitle(title)
        if office.readonly and not self._quiet_readonly:
            if office.lock is not None:
                text = self.tr("Filen er åpnet skrivebeskyttet fordi den er {holder}. Du kan se, "
                               "men ikke endre.").format(holder=office.lock.describe())
            else:
                text = self.tr("Filen er skrivebeskyttet (du har ikke skrivetilgang til den). "
                               "Du kan se, men ikke endre.")
            self.banner.setText(text)
            self.banner.show()
        else:
            self.banner.hide()

    # -- Qt events -----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a dragged .kkart file."""
        if _dropped_office(event.mimeData().urls()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """Open a dropped .kkart file."""
        path = _dropped_office(event.mimeData().urls())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        # Leave the drag-and-drop loop before a message box may open.
        QTimer.singleShot(0, lambda: self.open_path(path))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the layout and release the file."""
        if self.remember:
            self.settings.geometry = self.saveGeometry()
            self.settings.window_state = self.saveState()
            key = self.current_view_key()
            if key:
                self.settings.last_view = key
            self.settings.sync()
        self._teardown()
        if self._region_window is not None:
            self._region_window.close()
        event.accept()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def _dropped_office(urls: list[Any]) -> Path | None:
    for url in urls:
        if url.isLocalFile() and url.toLocalFile().lower().endswith(SUFFIX):
            return Path(url.toLocalFile())
    return None
