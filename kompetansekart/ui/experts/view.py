"""«Hvem kan hva»: who holds a competence, best first, and what a person could teach others."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.domain.analysis import Analysis, add_months
from kompetansekart.domain.collation import sort_key
from kompetansekart.domain.snapshot import CompetenceInfo, PersonInfo
from kompetansekart.domain.validation import format_date
from kompetansekart.ui.common.labels import source_label
from kompetansekart.ui.context import OfficeContext

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
#: Item data of categories in the competence tree, and of «velg person» (never None: PySide6
#: 6.12 drops a reference to None each time an empty QVariant comes back to Python).
NO_ID = -1
ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
STALE_COLOUR = QColor("#8a4b00")
#: Columns of the holders table.
NAME, LEVEL, ASSESSED, AGE, SELF, TARGET, TEAM = range(7)
MUTED_COLOUR = QColor("#6b7280")


#: lupdate finds strings in translate("Experts", "...") calls (not in a helper taking a variable).
translate = QCoreApplication.translate


def age_text(on: date, today: date) -> str:
    """How long ago an assessment was made, the way people say it («3 mnd», «1 år 2 mnd»)."""
    days = (today - on).days
    if days <= 0:
        return translate("Experts", "i dag")
    months = (today.year - on.year) * 12 + today.month - on.month - (today.day < on.day)
    if months < 1:
        if days == 1:
            return translate("Experts", "1 dag")
        return translate("Experts", "%1 dager").replace("%1", str(days))
    if months < 12:
        return translate("Experts", "%1 mnd").replace("%1", str(months))
    years, rest = divmod(months, 12)
    text = translate("Experts", "%1 år").replace("%1", str(years))
    if rest == 0:
        return text
    return text + " " + translate("Experts", "%1 mnd").replace("%1", str(rest))


@dataclass(frozen=True)
class Holder:
    """One person's standing in a competence."""

    person: PersonInfo
    team: str
    level: int | None
    assessed_on: date | None
    self_level: int | None
    target: int | None
    stale: bool


@dataclass(frozen=True)
class Teachable:
    """A competence a person holds at level 4 («kan lære bort»)."""

    competence: CompetenceInfo
    category: str
    assessed_on: date | None
    stale: bool
    learners: int  # colleagues with a gap or an unknown gap in it


def stale_limit(analysis: Analysis) -> date:
    """Assessments before this day are stale (the office's «utdatert» limit)."""
    return add_months(analysis.data.today, -analysis.data.stale_months)


def holders(analysis: Analysis, competence_id: int) -> list[Holder]:
    """Everyone active, best first: level (high to low), then the freshest assessment, then
    name; people without a current level (not assessed) come last."""
    limit = stale_limit(analysis)
    teams = analysis.data.teams
    result = []
    for person in analysis.people:
        cell = analysis.cell(person.id, competence_id)
        result.append(Holder(person, teams.get(person.team_id or NO_ID, ""), cell.current,
                             cell.current_on, cell.self_level, cell.target,
                             cell.current_on is not None and cell.current_on < limit))
    result.sort(key=lambda h: (h.level is None, -(h.level or 0),
                               -(h.assessed_on.toordinal() if h.assessed_on else 0),
                               sort_key(h.person.name)))
    return result


def teachables(analysis: Analysis, person_id: int) -> list[Teachable]:
    """The competences a person could teach others, in catalogue order, with how many active
    colleagues have a gap (or an unknown gap) in each."""
    limit = stale_limit(analysis)
    categories = {c.id: c.name for c in analysis.data.categories}
    result = []
    for comp in analysis.data.competences:
        if person_id not in analysis.teachers(comp.id):
            continue
        cell = analysis.cell(person_id, comp.id)
        learners = 0
        for other in analysis.people:
            if other.id == person_id:
                continue
            theirs = analysis.cell(other.id, comp.id)
            if theirs.gap or theirs.unknown_gap:
                learners += 1
        result.append(Teachable(comp, categories.get(comp.category_id, ""), cell.current_on,
                                cell.current_on is not None and cell.current_on < limit,
                                learners))
    return result


class HoldersModel(QAbstractTableModel):
    """Who holds the chosen competence: name, team, level, self, assessed, age, target."""

    COLUMNS = 7

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Holder] = []
        self._labels: dict[int, str] = {}
        self._today = date.today()

    def set_rows(self, rows: list[Holder], labels: dict[int, str], today: date) -> None:
        """Show these holders (already in order)."""
        self.beginResetModel()
        self._rows = rows
        self._labels = labels
        self._today = today
        self.endResetModel()

    def holder(self, row: int) -> Holder:
        """The holder in a row."""
        return self._rows[row]

    def row_of(self, person_id: int) -> int:
        """The row of a person, or -1."""
        return next((i for i, h in enumerate(self._rows) if h.person.id == person_id), -1)

    def rowCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section == SELF:
            return source_label("self")
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Navn"), self.tr("Nivå"), self.tr("Vurdert"), self.tr("Alder"),
                self.tr("Egen"), self.tr("Mål"), self.tr("Team"))[section]

    def _level(self, level: int | None) -> str:
        if level is None:
            return self.tr("Ikke vurdert")
        return f"{level} {self._labels.get(level, '')}".strip()

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        h = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == NAME:
                return h.person.name
            if col == LEVEL:
                return self._level(h.level)
            if col == ASSESSED:
                return format_date(h.assessed_on)
            if col == AGE:
                if h.assessed_on is None:
                    return ""
                age = age_text(h.assessed_on, self._today)
                return age + " · " + self.tr("utdatert") if h.stale else age
            if col == SELF:
                return "" if h.self_level is None else str(h.self_level)
            if col == TARGET:
                return "" if h.target is None else str(h.target)
            return h.team
        if role == Qt.ItemDataRole.FontRole and col == LEVEL and h.level is not None:
            font = QFont()
            font.setBold(h.level >= 3)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if h.level is None and col in (NAME, LEVEL):
                return MUTED_COLOUR
            if h.stale and col in (ASSESSED, AGE):
                return STALE_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == SELF and h.self_level is not None:
                return self.tr("Egenvurdering: %1").replace("%1", self._level(h.self_level))
            if col == AGE and h.stale:
                return self.tr("Vurderingen er eldre enn kontorets grense og bør fornyes.")
            if col == 0:
                return self.tr("Dobbeltklikk for å åpne cellen i kartleggingen.")
        return None


class TeachModel(QAbstractTableModel):
    """What one person could teach: competence, category, assessed, learners."""

    COLUMNS = 4

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Teachable] = []
        self._today = date.today()

    def set_rows(self, rows: list[Teachable], today: date) -> None:
        """Show these competences."""
        self.beginResetModel()
        self._rows = rows
        self._today = today
        self.endResetModel()

    def item(self, row: int) -> Teachable:
        """The competence in a row."""
        return self._rows[row]

    def rowCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Kompetanse"), self.tr("Kategori"), self.tr("Vurdert"),
                self.tr("Kan hjelpe"))[section]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return t.competence.name
            if col == 1:
                return t.category
            if col == 2:
                if t.assessed_on is None:
                    return ""
                age = age_text(t.assessed_on, self._today)
                text = f"{format_date(t.assessed_on)} ({age})"
                return text + " · " + self.tr("utdatert") if t.stale else text
            if t.learners == 1:
                return self.tr("1 kollega")
            return self.tr("%1 kolleger").replace("%1", str(t.learners))
        if role == Qt.ItemDataRole.ForegroundRole and col == 2 and t.stale:
            return STALE_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return self.tr("Kolleger som mangler nivået rollen krever, eller som ikke er "
                           "vurdert ennå.")
        return None


class ExpertsView(QWidget):
    """Pick a competence: who can it, best first. Pick a person: what can they teach."""

    navigate = Signal(str, dict)

    def __init__(self, ctx: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._dirty = False
        self._competence_id: int | None = None
        self._person_id: int | None = None
        self.setAccessibleName(self.tr("Hvem kan hva"))

        # -- competence picker --
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Søk etter kompetanse eller kategori"))
        self.search.setAccessibleName(self.tr("Søk i kompetanser"))
        self.search.setClearButtonEnabled(True)
        search_label = QLabel(self.tr("&Kompetanse:"))
        search_label.setBuddy(self.search)
        self.catalogue = QStandardItemModel(self)
        self.catalogue_proxy = QSortFilterProxyModel(self)
        self.catalogue_proxy.setSourceModel(self.catalogue)
        self.catalogue_proxy.setRecursiveFilteringEnabled(True)
        self.catalogue_proxy.setAutoAcceptChildRows(True)
        self.catalogue_proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tree = QTreeView()
        self.tree.setModel(self.catalogue_proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName(self.tr("Kompetanseområder"))
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.selectionModel().currentChanged.connect(self._tree_current_changed)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self._pick_first_match)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 4, 0)
        left_layout.addWidget(search_label)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.tree, 1)

        # -- holders --
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.show_unassessed = QCheckBox(self.tr("Vis også de som ikke er vur&dert"))
        self.show_unassessed.setAccessibleName(self.tr("Vis også de som ikke er vurdert"))
        self.show_unassessed.setChecked(True)
        self.show_unassessed.toggled.connect(self._refresh_holders)
        self.holders = HoldersModel(self)
        self.holders_view = QTableView()
        self.holders_view.setModel(self.holders)
        self.holders_view.setAccessibleName(self.tr("Hvem kan kompetansen, best først"))
        self.holders_view.setAccessibleDescription(self.tr(
            "Enter eller dobbeltklikk åpner cellen i kartleggingen. Alt+L går til listen."))
        self._setup_table(self.holders_view)
        header = self.holders_view.horizontalHeader()
        for col in range(HoldersModel.COLUMNS):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.holders_view.activated.connect(self._holder_activated)
        self.holders_view.selectionModel().currentRowChanged.connect(self._holder_selected)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(4, 0, 4, 0)
        middle_layout.addWidget(self.title)
        middle_layout.addWidget(self.summary)
        middle_layout.addWidget(self.show_unassessed)
        middle_layout.addWidget(self.holders_view, 1)

        # -- person: what they can teach --
        self.person_combo = QComboBox()
        self.person_combo.setEditable(True)
        self.person_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person_combo.setAccessibleName(self.tr("Velg person"))
        completer = self.person_combo.completer()
        assert completer is not None  # an editable combo always has one
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.person_combo.currentIndexChanged.connect(self._person_chosen)
        person_label = QLabel(self.tr("&Person:"))
        person_label.setBuddy(self.person_combo)
        self.person_title = QLabel()
        self.person_title.setWordWrap(True)
        self.person_title.setTextFormat(Qt.TextFormat.PlainText)
        self.person_title.setMinimumHeight(self.person_title.fontMetrics().lineSpacing() * 2 + 4)
        self.person_title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.teach = TeachModel(self)
        self.teach_view = QTableView()
        self.teach_view.setModel(self.teach)
        self.teach_view.setAccessibleName(self.tr("Kan lære bort"))
        self._setup_table(self.teach_view)
        teach_header = self.teach_view.horizontalHeader()
        teach_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, TeachModel.COLUMNS):
            teach_header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        teach_header.hideSection(1)  # the category is in the tooltip of the tree; keep it narrow
        self.teach_view.activated.connect(self._teach_activated)
        person_row = QHBoxLayout()
        person_row.addWidget(person_label)
        person_row.addWidget(self.person_combo, 1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(4, 0, 0, 0)
        right_layout.addLayout(person_row)
        right_layout.addWidget(self.person_title)
        right_layout.addWidget(self.teach_view, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        for pane in (left, middle, right):
            self.splitter.addWidget(pane)
            self.splitter.setCollapsible(self.splitter.indexOf(pane), False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setStretchFactor(2, 0)
        self.splitter.setSizes([250, 760, 350])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter)
        self.setTabOrder(self.search, self.tree)
        self.setTabOrder(self.tree, self.show_unassessed)
        self.setTabOrder(self.show_unassessed, self.holders_view)
        self.setTabOrder(self.holders_view, self.person_combo)
        self.setTabOrder(self.person_combo, self.teach_view)

        # The list has no label of its own; Alt+L takes the keyboard to it.
        to_list = QShortcut(QKeySequence(self.tr("Alt+L")), self)
        to_list.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        to_list.activated.connect(self.holders_view.setFocus)

        ctx.changed.connect(self._on_changed)
        self.reload()

    @staticmethod
    def _setup_table(view: QTableView) -> None:
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setTabKeyNavigation(False)
        view.setWordWrap(False)
        view.setAlternatingRowColors(True)
        view.verticalHeader().hide()
        view.verticalHeader().setDefaultSectionSize(24)

    # -- public API ----------------------------------------------------------------------

    @property
    def competence_id(self) -> int | None:
        """The chosen competence."""
        return self._competence_id

    @property
    def person_id(self) -> int | None:
        """The chosen person."""
        return self._person_id

    def reload(self) -> None:
        """Read the office again and redraw everything."""
        self._dirty = False
        data = self._ctx.data
        keep_comp = self._competence_id
        self.catalogue.clear()
        for category in data.categories:
            cat_item = QStandardItem(category.name)
            cat_item.setData(NO_ID, ID_ROLE)
            cat_item.setSelectable(False)
            bold = cat_item.font()
            bold.setBold(True)
            cat_item.setFont(bold)
            for comp in data.competences:
                if comp.category_id != category.id:
                    continue
                item = QStandardItem(comp.name)
                item.setData(comp.id, ID_ROLE)
                item.setToolTip(comp.description or comp.name)
                cat_item.appendRow(item)
            self.catalogue.appendRow(cat_item)
        self.tree.expandAll()
        ids = {c.id for c in data.competences}
        if keep_comp not in ids:
            keep_comp = data.competences[0].id if data.competences else None
        self._competence_id = None
        if keep_comp is not None:
            self.select_competence(keep_comp)
        else:
            self._refresh_holders()

        people = [p for p in data.people if p.active]
        keep_person = self._person_id
        self.person_combo.blockSignals(True)
        self.person_combo.clear()
        self.person_combo.addItem(self.tr("Velg en person …"), NO_ID)
        for person in people:
            self.person_combo.addItem(person.name, person.id)
        self.person_combo.blockSignals(False)
        self.select_person(keep_person if keep_person in {p.id for p in people} else None)

    def show_target(self, target: dict[str, int]) -> None:
        """Show a competence and/or a person."""
        if self._dirty:
            self.reload()
        if "competence_id" in target:
            self.select_competence(int(target["competence_id"]))
        if "person_id" in target:
            self.select_person(int(target["person_id"]))
            row = self.holders.row_of(int(target["person_id"]))
            if row >= 0:
                self.holders_view.selectRow(row)
                self.holders_view.scrollTo(self.holders.index(row, 0),
                                           QAbstractItemView.ScrollHint.PositionAtCenter)
            self.teach_view.setFocus()
        if "competence_id" in target:
            self.holders_view.setFocus()

    def select_competence(self, competence_id: int) -> bool:
        """Choose a competence in the tree (clearing a search that hides it)."""
        index = self._tree_index(competence_id)
        if not index.isValid() and self.search.text():
            self.search.clear()
            index = self._tree_index(competence_id)
        if not index.isValid():
            return False
        self.tree.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.tree.scrollTo(index)
        if self._competence_id != competence_id:
            self._competence_id = competence_id
            self._refresh_holders()
        return True

    def select_person(self, person_id: int | None) -> None:
        """Choose the person whose teachable competences are shown (None: nobody)."""
        found = self.person_combo.findData(NO_ID if person_id is None else person_id)
        self.person_combo.setCurrentIndex(max(found, 0))
        self._person_chosen()

    # -- reacting ------------------------------------------------------------------------

    def _tree_index(self, competence_id: int) -> QModelIndex:
        for row in range(self.catalogue.rowCount()):
            cat = self.catalogue.item(row)
            for child in range(cat.rowCount()):
                item = cat.child(child)
                if int(item.data(ID_ROLE)) == competence_id:
                    return self.catalogue_proxy.mapFromSource(item.index())
        return QModelIndex()

    def _tree_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            return
        item = self.catalogue.itemFromIndex(self.catalogue_proxy.mapToSource(current))
        comp_id = int(item.data(ID_ROLE)) if item is not None else NO_ID
        if comp_id != NO_ID and comp_id != self._competence_id:
            self._competence_id = comp_id
            self._refresh_holders()

    def _search_changed(self, text: str) -> None:
        self.catalogue_proxy.setFilterFixedString(text.strip())
        self.tree.expandAll()

    def _pick_first_match(self) -> None:
        for row in range(self.catalogue_proxy.rowCount()):
            cat = self.catalogue_proxy.index(row, 0)
            if self.catalogue_proxy.rowCount(cat):
                first = self.catalogue_proxy.index(0, 0, cat)
                self.tree.selectionModel().setCurrentIndex(
                    first, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                self.holders_view.setFocus()
                return

    def _refresh_holders(self) -> None:
        analysis = self._ctx.analysis
        data = analysis.data
        comp_id = self._competence_id
        if comp_id is None or comp_id not in {c.id for c in data.competences}:
            self.title.setText(self.tr("Velg en kompetanse"))
            self.summary.clear()
            self.holders.set_rows([], data.scale_labels, data.today)
            return
        comp = data.competence(comp_id)
        rows = holders(analysis, comp_id)
        assessed = [h for h in rows if h.level is not None]
        if not self.show_unassessed.isChecked():
            rows = assessed
        keep = self._selected_holder()
        self.holders.set_rows(rows, data.scale_labels, data.today)
        self.title.setText(self.tr("Hvem kan «%1»?").replace("%1", comp.name))
        teach = sum(1 for h in assessed if h.level == 4)
        good = sum(1 for h in assessed if h.level is not None and h.level >= 3)
        stale = sum(1 for h in assessed if h.stale)
        missing = len(analysis.people) - len(assessed)
        parts = [self.tr("%1 kan lære bort").replace("%1", str(teach)),
                 self.tr("%1 på nivå 3 eller høyere").replace("%1", str(good)),
                 self.tr("%1 ikke vurdert").replace("%1", str(missing))]
        if stale:
            parts.append(self.tr("%1 utdaterte vurderinger").replace("%1", str(stale)))
        self.summary.setText(" · ".join(parts))
        row = self.holders.row_of(keep) if keep is not None else -1
        if row >= 0:
            self.holders_view.selectRow(row)

    def _selected_holder(self) -> int | None:
        index = self.holders_view.currentIndex()
        if not index.isValid() or index.row() >= self.holders.rowCount():
            return None
        return self.holders.holder(index.row()).person.id

    def _holder_selected(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            person_id = self.holders.holder(current.row()).person.id
            if person_id != self._person_id:
                self.select_person(person_id)

    def _holder_activated(self, index: QModelIndex) -> None:
        if index.isValid() and self._competence_id is not None:
            self.navigate.emit("matrix", {"person_id": self.holders.holder(index.row()).person.id,
                                          "competence_id": self._competence_id})

    def _person_chosen(self, *_args: object) -> None:
        value = self.person_combo.currentData()
        person_id = None if value is None or value == NO_ID else int(value)
        self._person_id = person_id
        analysis = self._ctx.analysis
        if person_id is None:
            self.person_title.setText(self.tr("Velg en person for å se hva hen kan lære bort "
                                              "til andre (nivå 4)."))
            self.teach.set_rows([], analysis.data.today)
            return
        rows = teachables(analysis, person_id)
        self.teach.set_rows(rows, analysis.data.today)
        name = analysis.data.person(person_id).name
        if rows:
            self.person_title.setText(self.tr("%1 kan lære bort (nivå 4):").replace("%1", name))
        else:
            self.person_title.setText(self.tr("%1 har ingen kompetanser på nivå 4 («kan lære "
                                              "bort») ennå.").replace("%1", name))

    def _teach_activated(self, index: QModelIndex) -> None:
        if index.isValid() and self._person_id is not None:
            self.navigate.emit("matrix", {"person_id": self._person_id,
                                          "competence_id": self.teach.item(index.row())
                                          .competence.id})

    def _on_changed(self, _tables: frozenset[str]) -> None:
        if self.isVisible():
            self.reload()
        else:
            self._dirty = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.reload()
