"""«Regional oversikt»: the county adviser's window over many offices' files.

Files come from a dialog, a folder or drag and drop; every file loads on its own, and those
that cannot be used are listed with the reason. Heatmaps of need and coverage show competences
(rows, by category) against offices (columns, by area).
"""

from __future__ import annotations

import html
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Slot,
)
from PySide6.QtGui import (
    QAction,
    QBrush,
    QColor,
    QDragEnterEvent,
    QDropEvent,
    QFont,
    QGuiApplication,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHeaderView,
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.exchange import region
from kompetansekart.exchange.region import CellView, Column, Overview
from kompetansekart.storage.errors import OfficeFileError
from kompetansekart.ui.common.forms import named, warn
from kompetansekart.ui.sharing.view import RowsModel

Index = QModelIndex | QPersistentModelIndex
#: Asks for files to open: (parent, title, filter) -> paths.
FilesAsker = Callable[[QWidget, str, str], list[str]]
#: Asks for a folder: (parent, title) -> path or "".
FolderAsker = Callable[[QWidget, str], str]
#: Asks where to save: (parent, title, suggested, filter) -> path or "".
SaveAsker = Callable[[QWidget, str, str, str], str]

CATEGORY_BG = "#eef1f4"


def ask_files(parent: QWidget, title: str, filters: str) -> list[str]:
    """The standard open dialog for several files."""
    paths, _ = QFileDialog.getOpenFileNames(parent, title, "", filters)
    return [str(p) for p in paths]


def ask_folder(parent: QWidget, title: str) -> str:
    """The standard folder dialog."""
    return str(QFileDialog.getExistingDirectory(parent, title))


def ask_save(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    """The standard save dialog."""
    path, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
    return str(path)


class HeatmapModel(QAbstractTableModel):
    """Competences (rows, with category heading rows) × offices (columns, sorted by area).

    Every cell is worked out once per overview; `data` only looks it up, because a view asks
    for each cell many times while it lays out and paints.
    """

    def __init__(self, mode: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.mode = mode
        self.overview: Overview | None = None
        self.rows: list[str | Column] = []  # a category name or a competence column
        self._cells: list[list[CellView] | None] = []
        self._brushes: dict[str, QBrush] = {}
        self._bold = QFont()
        self._bold.setBold(True)

    def set_overview(self, overview: Overview | None) -> None:
        """Show another overview."""
        self.beginResetModel()
        self.overview = overview
        self.rows = []
        self._cells = []
        if overview is not None:
            current: str | None = None
            make = region.need_view if self.mode == "need" else region.coverage_view
            for col in overview.columns:
                if col.category != current:
                    current = col.category
                    self.rows.append(current or self.tr("Uten kategori"))
                    self._cells.append(None)
                self.rows.append(col)
                self._cells.append([make(office, overview.cell(i, col.uuid))
                                    for i, office in enumerate(overview.offices)])
        self.endResetModel()

    def _brush(self, colour: str) -> QBrush:
        brush = self._brushes.get(colour)
        if brush is None:
            brush = self._brushes[colour] = QBrush(QColor(colour))
        return brush

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.overview is None:
            return 0
        return len(self.overview.offices)

    def view_of(self, row: int, column: int) -> CellView | None:
        """The text, colour and details of a cell (None for a category row)."""
        cells = self._cells[row]
        return None if cells is None else cells[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.overview is None:
            return None
        cells = self._cells[index.row()]
        if cells is None:
            return self._brush(CATEGORY_BG) if role == Qt.ItemDataRole.BackgroundRole else None
        view = cells[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return view.text
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brush(view.colour)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._brush("#ffffff" if view.dark else "#1f2328")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            item = self.rows[index.row()]
            assert isinstance(item, Column)
            office = self.overview.offices[index.column()]
            if role == Qt.ItemDataRole.ToolTipRole:
                return "\n".join([f"{office.name} · {item.name}", *view.detail])
            return f"{office.name}, {item.name}: " + (view.text or self.tr("ikke i katalogen"))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if self.overview is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            office = self.overview.offices[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return f"{office.area}\n{office.name}"
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{name} ({area}), {staff} ansatte, fil: {file}").format(
                    name=office.name, area=office.area, staff=region.show(office.staff),
                    file=office.source.name)
            return None
        item = self.rows[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if isinstance(item, str):
                return item
            marker = "" if item.matched else " *"
            return f"   {item.name}{marker}"
        if role == Qt.ItemDataRole.FontRole and isinstance(item, str):
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(item, Column):
            return self.tr("Finnes i {n} av {total} kontorer").format(
                n=item.offices, total=len(self.overview.offices))
        return None


def _heatmap_view(model: HeatmapModel, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setShowGrid(True)
    view.setGridStyle(Qt.PenStyle.SolidLine)
    view.setStyleSheet("QTableView { gridline-color: #ffffff; }")
    header = view.horizontalHeader()
    header.setMinimumSectionSize(64)
    # Fixed widths worked out from the header text: measuring every cell is slow.
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setMinimumHeight(40)
    vertical = view.verticalHeader()
    vertical.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    vertical.setDefaultSectionSize(22)
    vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    named(view, name)
    return view


def _fill_table(table: QTableView, rows: Sequence[Sequence[str]], stretch: int) -> None:
    """Show rows in a table (a model, not items: far fewer calls into Qt)."""
    model = table.model()
    assert isinstance(model, RowsModel)
    model.set_rows([list(r) for r in rows])
    header = table.horizontalHeader()
    for c in range(model.columnCount()):
        header.setSectionResizeMode(c, QHeaderView.ResizeMode.Stretch if c == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)
    table.resizeRowsToContents()


def _table(name: str, headers: Sequence[str], parent: QWidget) -> QTableView:
    table = QTableView()
    table.setModel(RowsModel(list(headers), parent))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(True)
    table.verticalHeader().hide()
    named(table, name)
    return table


class RegionWindow(QMainWindow):
    """The county mode: open many offices' files and see them side by side."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Regional oversikt – Kompetansekart"))
        self.setAcceptDrops(True)
        self.resize(1280, 820)
        #: Replaced in tests so no native dialog opens.
        self.ask_files: FilesAsker = ask_files
        self.ask_folder: FolderAsker = ask_folder
        self.ask_save: SaveAsker = ask_save
        self.paths: list[Path] = []
        self.overview: Overview | None = None
        self._build_actions()

        self.stack = QStackedWidget()
        self.setCentralWidget(self.stack)
        self.empty = QLabel(self.tr(
            "<h2>Regional oversikt</h2><p>Åpne oppsummeringer (.kkdel) eller hele kontorfiler "
            "(.kkart) fra kontorene — flere filer, en hel mappe, eller dra filene hit.</p>"
            "<p>Du får se behov og dekning per kontor, felles behov i hvert område, "
            "bestillingene og forslag til felles regionale tiltak. Filer som ikke kan brukes, "
            "listes med årsak.</p>"))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setMargin(40)
        self.stack.addWidget(self.empty)

        page = QWidget()
        layout = QVBoxLayout(page)
        self.status = QLabel()
        self.status.setWordWrap(True)
        named(self.status, self.tr("Status for lastede filer"))
        layout.addWidget(self.status)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.tabs = QTabWidget()
        self.need_model = HeatmapModel("need", self)
        self.coverage_model = HeatmapModel("coverage", self)
        self.need_view = _heatmap_view(self.need_model, self.tr("Behov per kontor"))
        self.coverage_view = _heatmap_view(self.coverage_model, self.tr("Dekning per kontor"))
        self.tabs.addTab(self._with_legend(self.need_view, "need"), self.tr("Behov"))
        self.tabs.addTab(self._with_legend(self.coverage_view, "coverage"), self.tr("Dekning"))
        self.shared_table = _table(self.tr("Felles behov"), [
            self.tr("Område"), self.tr("Kompetanse"), self.tr("Kontorer"), self.tr("Personer"),
            self.tr("Sårbar hos"), self.tr("Bestillinger")], self)
        self.tabs.addTab(self.shared_table, self.tr("Felles behov"))
        self.requests_table = _table(self.tr("Bestillinger"), [
            self.tr("Kontor"), self.tr("Område"), self.tr("Kompetanse"), self.tr("Bestilling"),
            self.tr("Personer"), self.tr("Dato")], self)
        self.tabs.addTab(self.requests_table, self.tr("Bestillinger"))
        self.suggestions = QTextBrowser()
        named(self.suggestions, self.tr("Forslag til felles tiltak"))
        self.tabs.addTab(self.suggestions, self.tr("Forslag til felles tiltak"))
        self.unmatched_table = _table(self.tr("Kompetanser som ikke samsvarer"), [
            self.tr("Kompetanse"), self.tr("Kategori"), self.tr("Finnes hos"),
            self.tr("Merknad")], self)
        self.tabs.addTab(self.unmatched_table, self.tr("Ikke samsvarende kompetanser"))
        splitter.addWidget(self.tabs)
        self.refused_box = QGroupBox(self.tr("Avviste filer"))
        refused_layout = QVBoxLayout(self.refused_box)
        self.refused_table = _table(self.tr("Avviste filer"), [
            self.tr("Fil"), self.tr("Hvorfor den ikke er med")], self)
        refused_layout.addWidget(self.refused_table)
        splitter.addWidget(self.refused_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout.addWidget(splitter, 1)
        self.stack.addWidget(page)
        self._update_actions()

    def _build_actions(self) -> None:
        bar = QToolBar(self.tr("Regional oversikt"))
        bar.setObjectName("regionToolbar")
        bar.setMovable(False)
        self.addToolBar(bar)
        self.open_action = QAction(self.tr("Åpne &filer…"), self)
        self.open_action.setShortcut("Ctrl+O")
        self.open_action.triggered.connect(self.open_files_dialog)
        self.folder_action = QAction(self.tr("Åpne &mappe…"), self)
        self.folder_action.triggered.connect(self.open_folder_dialog)
        self.clear_action = QAction(self.tr("&Tøm"), self)
        self.clear_action.triggered.connect(self.clear)
        self.report_action = QAction(self.tr("Lag regional &rapport (PDF)…"), self)
        self.report_action.setShortcut("Ctrl+P")
        self.report_action.triggered.connect(self.report_dialog)
        for action in (self.open_action, self.folder_action, self.clear_action,
                       self.report_action):
            bar.addAction(action)
            self.addAction(action)

    def _with_legend(self, view: QTableView, mode: str) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        if mode == "need":
            entries = [(region.NEED_COLOURS[0], "0"),
                       (region.NEED_COLOURS[1], self.tr("1–2 / skjult («<3»)")),
                       (region.NEED_COLOURS[2], "3–4"), (region.NEED_COLOURS[3], "5–7"),
                       (region.NEED_COLOURS[4], self.tr("8 eller flere"))]
            text = self.tr("Personer med gap (vurdert under målet).")
        else:
            entries = [(region.COVERAGE_COLOURS[0], self.tr("under 25 %")),
                       (region.COVERAGE_COLOURS[1], "25–49 %"),
                       (region.COVERAGE_COLOURS[2], "50–74 %"),
                       (region.COVERAGE_COLOURS[3], "75–89 %"),
                       (region.COVERAGE_COLOURS[4], self.tr("90 % eller mer")),
                       (region.NO_TARGET_COLOUR, self.tr("ingen mål")),
                       (region.UNCERTAIN_COLOUR, self.tr("? usikkert"))]
            text = self.tr("Andel med mål som når målet.")
        swatches = "".join(
            f"<span style='background:{colour};'>&nbsp;&nbsp;&nbsp;&nbsp;</span>&nbsp;"
            f"{html.escape(label)}&nbsp;&nbsp;&nbsp;" for colour, label in entries)
        star = self.tr("* kan ikke sammenlignes med andre kontorer")
        legend = QLabel(f"{html.escape(text)}&nbsp;&nbsp;&nbsp;{swatches}"
                        f"&nbsp;&nbsp;{html.escape(star)}")
        legend.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(legend)
        layout.addWidget(view, 1)
        return box

    # -- loading -----------------------------------------------------------------------

    def load_files(self, paths: Sequence[str | Path]) -> Overview:
        """Add files or folders to the overview; returns the new overview."""
        for item in paths:
            p = Path(item)
            if p not in self.paths:
                self.paths.append(p)
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            loaded = region.load_many(self.paths)
            overview = region.build(loaded)
        finally:
            QGuiApplication.restoreOverrideCursor()
        self.show_overview(overview)
        return overview

    def clear(self) -> None:
        """Forget every file."""
        self.paths = []
        self.show_overview(None)

    def show_overview(self, overview: Overview | None) -> None:
        """Fill every tab from an overview (None: the empty page)."""
        self.overview = overview
        self.need_model.set_overview(overview)
        self.coverage_model.set_overview(overview)
        self._update_actions()
        if overview is None or (not overview.offices and not overview.refused):
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentIndex(1)
        for model, view in ((self.need_model, self.need_view),
                            (self.coverage_model, self.coverage_view)):
            view.clearSpans()
            for row, item in enumerate(model.rows):
                if isinstance(item, str) and model.columnCount() > 1:
                    view.setSpan(row, 0, 1, model.columnCount())
            view.verticalHeader().setMinimumWidth(260)
            metrics = view.horizontalHeader().fontMetrics()
            for column, office in enumerate(overview.offices):
                width = max(metrics.horizontalAdvance(office.area),
                            metrics.horizontalAdvance(office.name))
                view.setColumnWidth(column, max(64, min(220, width + 18)))
        areas = overview.areas
        status = self.tr(
            "{offices} kontorer i {areas} områder, {columns} kompetanseområder. "
            "{refused} filer avvist.").format(offices=len(overview.offices), areas=len(areas),
                                               columns=len(overview.columns),
                                               refused=len(overview.refused))
        self.status.setText(" ".join([status, *overview.catalogue_notes]))
        _fill_table(self.shared_table, [
            [n.area, n.name, ", ".join(n.offices), region.people_text(n.people_low,
                                                                      n.people_high),
             ", ".join(n.vulnerable_in), str(n.requests or "")]
            for n in overview.shared_needs], 2)
        _fill_table(self.requests_table, [
            [r.office, r.area, r.competence or "–", r.text, region.show(r.people),
             r.created_on] for r in overview.requests], 3)
        _fill_table(self.unmatched_table, [
            [u.name, u.category, ", ".join(u.offices), u.note] for u in overview.unmatched], 3)
        _fill_table(self.refused_table, [[r.path.name, r.message] for r in overview.refused], 1)
        self.refused_box.setTitle(self.tr("Avviste filer ({n})").format(n=len(overview.refused)))
        self.refused_box.setVisible(bool(overview.refused))
        self.suggestions.setHtml(self._suggestions_html(overview))
        counts = (len(overview.shared_needs), len(overview.requests),
                  len(overview.suggestions), len(overview.unmatched))
        titles = (self.tr("Felles behov ({n})"), self.tr("Bestillinger ({n})"),
                  self.tr("Forslag til felles tiltak ({n})"),
                  self.tr("Ikke samsvarende kompetanser ({n})"))
        for tab, (title, n) in enumerate(zip(titles, counts, strict=True), start=2):
            self.tabs.setTabText(tab, title.format(n=n))

    def _suggestions_html(self, overview: Overview) -> str:
        e = html.escape
        if not overview.suggestions:
            none = self.tr("Ingen forslag: ingen kompetanse mangler i flere kontorer.")
            return f"<p>{e(none)}</p>"
        intro = self.tr("Forslag der flere kontorer har samme gap, sortert etter hvor mange "
                        "kontorer og personer det gjelder.")
        parts = [f"<p style='color:#57606a'>{e(intro)}</p>"]
        suggestion, offices = self.tr("Forslag"), self.tr("Kontorer")
        for n, s in enumerate(overview.suggestions, start=1):
            parts.append(f"<h3 style='color:#0b4f8a'>{n}. {e(s.title)}</h3>")
            parts.append(f"<p><b>{e(suggestion)}:</b> {e(s.kind)}<br>"
                         f"<b>{e(offices)}:</b> {e(', '.join(s.offices))}</p><ul>")
            parts += [f"<li>{e(r)}</li>" for r in s.reasons]
            parts.append("</ul>")
        return "".join(parts)

    def _update_actions(self) -> None:
        has = self.overview is not None and bool(self.overview.offices)
        self.report_action.setEnabled(has)
        self.clear_action.setEnabled(bool(self.paths))

    # -- dialogs -----------------------------------------------------------------------

    @Slot()
    def open_files_dialog(self) -> None:
        """«Åpne filer…»."""
        paths = self.ask_files(self, self.tr("Åpne filer fra kontorene"), self.tr(
            "Oppsummeringer og kontorfiler (*.kkdel *.kkart);;Alle filer (*)"))
        if paths:
            self.load_files(paths)

    @Slot()
    def open_folder_dialog(self) -> None:
        """«Åpne mappe…»: every .kkdel and .kkart inside."""
        folder = self.ask_folder(self, self.tr("Åpne en mappe med filer fra kontorene"))
        if folder:
            self.load_files([folder])

    @Slot()
    def report_dialog(self) -> None:
        """«Lag regional rapport (PDF)…»."""
        if self.overview is None or not self.overview.offices:
            return
        suggested = str(Path.home() / f"regional-oversikt-{date.today().isoformat()}.pdf")
        path = self.ask_save(self, self.tr("Lag regional rapport"), suggested,
                             self.tr("PDF (*.pdf)"))
        if path:
            self.write_report(Path(path))

    def write_report(self, path: Path) -> bool:
        """Write the regional report; a failure is shown, never raised."""
        from kompetansekart.reports.region_report import write_region_report

        if self.overview is None:
            return False
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            write_region_report(self.overview, path)
        except OfficeFileError as exc:
            warn(self, self.tr("Regional rapport"), exc.message)
            return False
        self.statusBar().showMessage(self.tr("Skrev {path}").format(path=path), 8000)
        return True

    # -- drag and drop -----------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.load_files(paths)
