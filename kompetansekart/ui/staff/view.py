"""«Ansatte»: a sortable, filterable staff list with the person form and the teams."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.domain.collation import sort_key
from kompetansekart.domain.models import Employment
from kompetansekart.exchange import person_export
from kompetansekart.services import sharing, staff
from kompetansekart.storage import reader
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.ui.common.forms import NameDialog, ask_save_path, confirm, fmt_date, named, warn
from kompetansekart.ui.common.list_models import ID_ROLE, CountedNamesModel, HeadedTableModel
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.staff.person_dialog import PersonDialog
from kompetansekart.ui.views import LazyView

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
#: Team filter value for «people without a team».
NO_TEAM = -1
RED = QColor("#b3261e")
GREY = QColor("#6e7781")

#: Tables whose change alters what the staff list shows.
STAFF_TABLES = frozenset({"person", "personrole", "team", "role"})


@dataclass(frozen=True)
class StaffRow:
    """One line of the staff list, ready to display."""

    id: int
    name: str
    title: str
    team_id: int | None
    team: str
    employment: str
    start_date: date | None
    roles: str
    hours: float
    buddy: str
    ny_i_nav: str
    ny_i_nav_sort: str
    ny_i_nav_overdue: bool
    active: bool
    left_date: date | None


class StaffModel(HeadedTableModel[StaffRow]):
    """The office's people (active and left) as table rows."""

    COLUMNS = ("name", "title", "team", "employment", "start_date", "roles", "hours", "buddy",
               "ny_i_nav", "status")

    def __init__(self, ctx: OfficeContext, parent: Any = None) -> None:
        super().__init__(parent=parent)
        self.ctx = ctx
        self.headers = [self.tr("Navn"), self.tr("Tittel"), self.tr("Team"),
                        self.tr("Ansettelse"), self.tr("Startdato"), self.tr("Roller"),
                        self.tr("Timer/år"), self.tr("Fadder"), self.tr("«Ny i NAV»"),
                        self.tr("Status")]
        self.reload()

    def reload(self) -> None:
        """Read the people again from the context."""
        data = self.ctx.data
        left_dates = reader.left_dates(self.ctx.office)
        names = {p.id: p.name for p in data.people}
        waiting = {n.person_id: n for n in self.ctx.analysis.new_staff()}
        rows = []
        for p in data.people:
            new = waiting.get(p.id)
            if p.ny_i_nav_done is not None:
                ny, ny_sort, overdue = (self.tr("fullført {d}").format(d=fmt_date(p.ny_i_nav_done)),
                                        f"1{p.ny_i_nav_done.isoformat()}", False)
            elif new is not None:
                overdue = new.overdue
                ny = (self.tr("forfalt {d}") if overdue else self.tr("frist {d}")).format(
                    d=fmt_date(new.due))
                ny_sort = f"0{new.due.isoformat()}"
            else:
                ny, ny_sort, overdue = "", "2", False
            rows.append(StaffRow(
                p.id, p.name, p.title, p.team_id, data.teams.get(p.team_id, "") if
                p.team_id is not None else "",
                self.tr("Kommunal") if p.employment == Employment.MUNICIPAL.value
                else self.tr("Statlig"),
                p.start_date,
                ", ".join(sorted((data.roles[r].name for r in p.role_ids if r in data.roles),
                                 key=str.lower)),
                p.hours_per_year, names.get(p.buddy_id, "") if p.buddy_id is not None else "",
                ny, ny_sort, overdue, p.active, left_dates.get(p.id)))
        self.set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, sort keys, colours and the person id of a cell."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return row.id
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == "ny_i_nav" and row.ny_i_nav_overdue:
                return QBrush(RED)
            if not row.active:
                return QBrush(GREY)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "hours":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == "roles":
            return row.roles
        return None

    def _text(self, row: StaffRow, column: str) -> str:
        if column == "start_date":
            return fmt_date(row.start_date)
        if column == "hours":
            return f"{row.hours:g}"
        if column == "status":
            if row.active:
                return self.tr("Aktiv")
            return (self.tr("Sluttet {d}").format(d=fmt_date(row.left_date)) if row.left_date
                    else self.tr("Sluttet"))
        return str(getattr(row, column))

    def _sort_key(self, row: StaffRow, column: str) -> Any:
        if column == "start_date":
            return row.start_date.isoformat() if row.start_date else ""
        if column == "hours":
            return row.hours
        if column == "ny_i_nav":
            return row.ny_i_nav_sort
        if column == "status":
            return 0 if row.active else 1
        return sort_key(self._text(row, column))

    def row_of(self, person_id: int) -> int | None:
        """The model row of a person."""
        for i, row in enumerate(self.rows):
            if row.id == person_id:
                return i
        return None


class StaffFilter(QSortFilterProxyModel):
    """Filters the staff list by text, team and whether people who left are shown."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.text = ""
        self.team_id: int | None = None
        self.show_left = False
        self.setSortRole(SORT_ROLE)
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_filter(self, *, text: str | None = None, team_id: int | bool | None = False,
                   show_left: bool | None = None) -> None:
        """Change one or more filters (team_id False = leave as is)."""
        self.beginFilterChange()
        if text is not None:
            self.text = text.casefold().strip()
        if team_id is not False:
            self.team_id = team_id if team_id is None else int(team_id)
        if show_left is not None:
            self.show_left = show_left
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Keep a person who matches every filter."""
        model = self.sourceModel()
        assert isinstance(model, StaffModel)
        row = model.rows[source_row]
        if not row.active and not self.show_left:
            return False
        if self.team_id is not None:
            if self.team_id == NO_TEAM:
                if row.team_id is not None:
                    return False
            elif row.team_id != self.team_id:
                return False
        if self.text:
            haystack = " ".join((row.name, row.title, row.team, row.roles)).casefold()
            return all(word in haystack for word in self.text.split())
        return True


class TeamsModel(CountedNamesModel):
    """The office's teams with their number of active members."""

    def __init__(self, ctx: OfficeContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reload()

    def reload(self) -> None:
        """Read the teams again."""
        data = self.ctx.data
        counts: dict[int, int] = {}
        for p in data.people:
            if p.active and p.team_id is not None:
                counts[p.team_id] = counts.get(p.team_id, 0) + 1
        self.set_items([(tid, name, counts.get(tid, 0)) for tid, name in
                        sorted(data.teams.items(), key=lambda t: sort_key(t[1]))])


class StaffView(LazyView):
    """Add, edit, mark as left, delete people; manage teams."""

    def __init__(self, ctx: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Ansatte"))
        self.model = StaffModel(ctx, self)
        self.proxy = StaffFilter(self)
        self.proxy.setSourceModel(self.model)
        self.teams_model = TeamsModel(ctx, self)

        # Filters and actions above the list.
        self.search = named(QLineEdit(), self.tr("Søk i ansatte"),
                            self.tr("Søk på navn, tittel, team eller rolle"))
        self.search.setPlaceholderText(self.tr("Navn, tittel, team eller rolle"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda text: self.proxy.set_filter(text=text))
        self.search.textChanged.connect(self._update_count)
        search_label = QLabel(self.tr("Sø&k:"))
        search_label.setBuddy(self.search)
        self.team_filter = named(QComboBox(), self.tr("Vis team"))
        self.team_filter.currentIndexChanged.connect(self._team_filter_changed)
        team_label = QLabel(self.tr("&Team:"))
        team_label.setBuddy(self.team_filter)
        self.show_left = named(QCheckBox(self.tr("Vis s&luttede")),
                               self.tr("Vis ansatte som har sluttet"))
        self.show_left.toggled.connect(self._show_left_changed)

        self.add_button = named(QPushButton(self.tr("&Ny ansatt…")), self.tr("Ny ansatt"))
        self.add_button.clicked.connect(self.add_person)
        self.edit_button = named(QPushButton(self.tr("&Endre…")), self.tr("Endre ansatt"))
        self.edit_button.clicked.connect(self.edit_person)
        self.status_button = named(QPushButton(self.tr("Marker som sl&uttet")),
                                   self.tr("Marker som sluttet eller aktiv"))
        self.status_button.clicked.connect(self.toggle_active)
        self.delete_button = named(QPushButton(self.tr("&Slett…")),
                                   self.tr("Slett ansatt med all historikk"))
        self.delete_button.clicked.connect(self.delete_person)
        self.export_button = named(QPushButton(self.tr("Eksporter &persondata…")),
                                   self.tr("Eksporter alt som er registrert om personen"))
        self.export_button.clicked.connect(self.export_person_data)

        top = QHBoxLayout()
        top.addWidget(search_label)
        top.addWidget(self.search, 2)
        top.addWidget(team_label)
        top.addWidget(self.team_filter, 1)
        top.addWidget(self.show_left)
        top.addStretch(1)
        for button in (self.add_button, self.edit_button, self.status_button,
                       self.delete_button, self.export_button):
            top.addWidget(button)

        self.table = named(QTableView(), self.tr("Ansatte"),
                           self.tr("Enter eller dobbeltklikk for å endre, Delete for å slette"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        # Widths from typical contents (or the header), so nothing common is cut off.
        samples = {"name": "Sigurd Johannessen", "title": "Seniorkonsulent",
                   "team": "Mottak og veiledning", "employment": "Kommunal",
                   "start_date": "22.04.2017", "hours": "888", "buddy": "Håkon Jørgensen",
                   "ny_i_nav": "fullført 22.09.2026", "status": "Sluttet 22.09.2026"}
        text_width = self.table.fontMetrics().horizontalAdvance
        head_width = header.fontMetrics().horizontalAdvance
        for column, name in enumerate(StaffModel.COLUMNS):
            if name in samples:
                self.table.setColumnWidth(column, max(
                    text_width(samples[name]) + 18,
                    head_width(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
                    + 28))
        roles_column = StaffModel.COLUMNS.index("roles")
        header.setSectionResizeMode(roles_column, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnHidden(StaffModel.COLUMNS.index("status"), True)
        self.table.doubleClicked.connect(lambda _index: self.edit_person())
        self.table.selectionModel().currentRowChanged.connect(
            lambda *_: self._update_buttons())
        self.table.installEventFilter(self)
        self.count_label = QLabel()
        self.count_label.setAccessibleName(self.tr("Antall ansatte som vises"))

        left = QWidget()
        left_box = QVBoxLayout(left)
        left_box.setContentsMargins(0, 0, 0, 0)
        left_box.addWidget(self.table, 1)
        left_box.addWidget(self.count_label)

        # Teams on the right.
        teams_box = QGroupBox(self.tr("Team"))
        teams_box.setAccessibleName(self.tr("Team"))
        tbox = QVBoxLayout(teams_box)
        self.teams_list = named(QListView(), self.tr("Team"),
                                self.tr("Teamene på kontoret med antall aktive ansatte"))
        self.teams_list.setModel(self.teams_model)
        self.teams_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.teams_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.teams_list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.teams_list.setMinimumWidth(
            self.teams_list.fontMetrics().horizontalAdvance("Mottak og veiledning (99)") + 16)
        self.teams_list.doubleClicked.connect(lambda _index: self.rename_team())
        tbox.addWidget(self.teams_list, 1)
        self.add_team_button = named(QPushButton(self.tr("Nytt tea&m…")), self.tr("Nytt team"))
        self.add_team_button.clicked.connect(self.add_team)
        self.rename_team_button = named(QPushButton(self.tr("&Gi nytt navn…")),
                                        self.tr("Gi teamet nytt navn"))
        self.rename_team_button.clicked.connect(self.rename_team)
        self.delete_team_button = named(QPushButton(self.tr("Slett te&am…")),
                                        self.tr("Slett team"))
        self.delete_team_button.clicked.connect(self.delete_team)
        for button in (self.add_team_button, self.rename_team_button, self.delete_team_button):
            tbox.addWidget(button)
        self.teams_list.selectionModel().currentChanged.connect(
            lambda *_: self._update_buttons())

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(teams_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([1100, 180])

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self._fill_team_filter()
        self._update_count()
        self._update_buttons()
        ctx.changed.connect(self._changed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter edits the selected person, Delete deletes them (after asking)."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.edit_person()
                return True
            if event.key() == Qt.Key.Key_Delete:
                self.delete_person()
                return True
        return super().eventFilter(watched, event)

    # -- refreshing ----------------------------------------------------------------------

    def _changed(self, tables: frozenset[str]) -> None:
        if tables and not tables & (STAFF_TABLES | {"assessment"}):
            return
        self.refresh_when_shown()

    def refresh(self) -> None:
        """Reload people and teams, keeping the selection."""
        self._dirty = False
        current = self.selected_id()
        team = self.selected_team_id()
        self.model.reload()
        self.teams_model.reload()
        self._fill_team_filter()
        if current is not None:
            self.select_person(current, reveal=False)
        if team is not None:
            self._select_team(team)
        self._update_count()
        self._update_buttons()

    def _fill_team_filter(self) -> None:
        chosen = self.team_filter.currentData() if self.team_filter.count() else None
        self.team_filter.blockSignals(True)
        self.team_filter.clear()
        self.team_filter.addItem(self.tr("Alle team"), None)
        for tid, name, _count in self.teams_model.items:
            self.team_filter.addItem(name, tid)
        self.team_filter.addItem(self.tr("Uten team"), NO_TEAM)
        index = self.team_filter.findData(chosen)
        self.team_filter.setCurrentIndex(max(index, 0))
        self.team_filter.blockSignals(False)
        if index < 0 and chosen is not None:
            self.proxy.set_filter(team_id=None)

    def _team_filter_changed(self, _index: int) -> None:
        self.proxy.set_filter(team_id=self.team_filter.currentData())
        self._update_count()

    def _show_left_changed(self, on: bool) -> None:
        self.proxy.set_filter(show_left=on)
        # The status column only tells something when people who left are listed.
        self.table.setColumnHidden(StaffModel.COLUMNS.index("status"), not on)
        self._update_count()

    def _update_count(self) -> None:
        shown = self.proxy.rowCount()
        active = sum(1 for r in self.model.rows if r.active)
        left = len(self.model.rows) - active
        text = self.tr("Viser {shown} av {total} ansatte").format(shown=shown, total=active)
        if left:
            text += (self.tr(" (og {n} som har sluttet)") if self.show_left.isChecked()
                     else self.tr(" ({n} som har sluttet er skjult)")).format(n=left)
        self.count_label.setText(text)

    def _update_buttons(self) -> None:
        row = self.selected_row()
        for button in (self.edit_button, self.status_button, self.delete_button,
                       self.export_button):
            button.setEnabled(row is not None)
        self.status_button.setText(self.tr("Marker som akt&iv") if row and not row.active
                                   else self.tr("Marker som sl&uttet"))
        has_team = self.selected_team_id() is not None
        self.rename_team_button.setEnabled(has_team)
        self.delete_team_button.setEnabled(has_team)

    # -- selection -----------------------------------------------------------------------

    def selected_row(self) -> StaffRow | None:
        """The person selected in the list."""
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        source = self.proxy.mapToSource(index)
        return self.model.rows[source.row()] if source.isValid() else None

    def selected_id(self) -> int | None:
        """Id of the selected person."""
        row = self.selected_row()
        return row.id if row else None

    def select_person(self, person_id: int, *, reveal: bool = True) -> bool:
        """Select a person, widening the filters if they hide them."""
        source_row = self.model.row_of(person_id)
        if source_row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid() and reveal:
            row = self.model.rows[source_row]
            if not row.active:
                self.show_left.setChecked(True)
            self.search.clear()
            self.team_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
        if not index.isValid():
            return False
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)
        return True

    def selected_team_id(self) -> int | None:
        """Id of the team selected in the teams list."""
        index = self.teams_list.currentIndex()
        return int(index.data(ID_ROLE)) if index.isValid() else None

    def _select_team(self, team_id: int) -> None:
        for row, (tid, _name, _count) in enumerate(self.teams_model.items):
            if tid == team_id:
                self.teams_list.setCurrentIndex(self.teams_model.index(row, 0))

    def show_target(self, target: dict[str, int]) -> None:
        """Show a person («person_id») or the members of a team («team_id», -1: no team)."""
        if self._dirty:
            self.refresh()
        if "team_id" in target:
            index = self.team_filter.findData(target["team_id"])
            if index >= 0:
                self.search.clear()
                self.team_filter.setCurrentIndex(index)
        if "person_id" in target:
            self.select_person(int(target["person_id"]))
        self.table.setFocus()

    # -- people --------------------------------------------------------------------------

    def add_person(self) -> None:
        """Open the form for a new person and select them when saved."""
        dialog = PersonDialog(self.ctx, None, self)
        if dialog.exec() and dialog.saved_id is not None:
            self.select_person(dialog.saved_id)

    def edit_person(self) -> None:
        """Open the form for the selected person."""
        person_id = self.selected_id()
        if person_id is None:
            return
        PersonDialog(self.ctx, person_id, self).exec()

    def toggle_active(self) -> None:
        """Mark the selected person as left (kept with history) or active again."""
        row = self.selected_row()
        if row is None:
            return
        self._apply(staff.set_active, row.id, not row.active)
        self.select_person(row.id, reveal=False)

    def history_summary(self, person_id: int) -> str:
        """What goes with a person when they are deleted, in words."""
        assessments, measures, goals = reader.person_history(self.ctx.office, person_id)
        return self.tr("{a} vurderinger, {m} deltakelser i tiltak og {g} utviklingsmål").format(
            a=assessments, m=measures, g=goals)

    def delete_person(self) -> None:
        """Delete the selected person and all their history, after a clear confirmation."""
        row = self.selected_row()
        if row is None:
            return
        if not confirm(
                self, self.tr("Slette ansatt"),
                self.tr("Slette «{name}» og all historikken?").format(name=row.name),
                self.tr("&Slett med historikk"),
                self.tr("Alt som er registrert om personen slettes: {what}. Vil du beholde "
                        "historikken, velg heller «Marker som sluttet». Du kan angre med "
                        "Ctrl+Z.").format(what=self.history_summary(row.id))):
            return
        self._apply(staff.delete_person, row.id)

    def export_person_data(self) -> None:
        """Save everything stored about the selected person (innsyn), after saying what it is."""
        row = self.selected_row()
        if row is None:
            return
        if not confirm(
                self, self.tr("Eksportere persondata"),
                self.tr("Lagre alt som er registrert om «{name}» i en fil?").format(
                    name=row.name),
                self.tr("&Velg fil…"),
                self.tr("Filen inneholder navn, alle vurderinger med notater, mål og tiltak. "
                        "Gi den bare til personen selv, og på en sikker måte.")):
            return
        path = ask_save_path(self, self.tr("Lagre persondata"),
                             str(Path.home() / person_export.file_name(row.name)),
                             self.tr("JSON-fil (*.json)"))
        if path:
            self.export_person_data_to(row.id, Path(path))

    def export_person_data_to(self, person_id: int, path: Path) -> Path | None:
        """Write one person's data to `path` and record it in the export log."""
        try:
            written = sharing.export_person(self.ctx.office, person_id, path)
        except (ValidationError, OfficeFileError) as exc:
            warn(self, self.tr("Persondata ble ikke lagret"), exc.message)
            return None
        # The log entry is a record of what left the file, not an edit to undo.
        self.ctx.notify(frozenset({"sharerecord"}))
        return written

    # -- teams ---------------------------------------------------------------------------

    def add_team(self) -> None:
        """Ask for a name and add a team."""
        NameDialog(self, self.tr("Nytt team"), self.tr("&Teamets navn:"), "",
                   lambda name: self.ctx.apply(staff.add_team, name),
                   self.tr("&Legg til")).exec()

    def rename_team(self) -> None:
        """Rename the selected team."""
        team_id = self.selected_team_id()
        if team_id is None:
            return
        old = self.ctx.data.teams.get(team_id, "")
        NameDialog(self, self.tr("Gi teamet nytt navn"), self.tr("&Teamets navn:"), old,
                   lambda name: self.ctx.apply(staff.rename_team, team_id, name)).exec()

    def delete_team(self) -> None:
        """Delete the selected team; its members stay, without a team."""
        team_id = self.selected_team_id()
        if team_id is None:
            return
        name = self.ctx.data.teams.get(team_id, "")
        members = sum(1 for p in self.ctx.data.people if p.team_id == team_id)
        if confirm(self, self.tr("Slette team"),
                   self.tr("Slette teamet «{name}»?").format(name=name),
                   self.tr("&Slett team"),
                   self.tr("{n} ansatte blir stående uten team. Ingen ansatte eller vurderinger "
                           "slettes.").format(n=members)):
            self._apply(staff.delete_team, team_id)

    def _apply(self, action: Any, *args: Any) -> None:
        self.ctx.run(self, action, *args)
