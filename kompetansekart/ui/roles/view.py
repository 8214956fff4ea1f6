"""«Roller»: each role's mandate and the competences it requires, with target levels."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.domain.collation import sort_key
from kompetansekart.domain.snapshot import LEVELS
from kompetansekart.services import catalogue
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.ui.common.forms import (
    ErrorLabel,
    FieldErrors,
    NameDialog,
    confirm,
    field_row,
    named,
)
from kompetansekart.ui.common.list_models import ID_ROLE, CountedNamesModel, HeadedTableModel
from kompetansekart.ui.context import OfficeContext

Index = QModelIndex | QPersistentModelIndex
LEVEL_ROLE = Qt.ItemDataRole.UserRole + 2
ROLE_TABLES = frozenset({"role", "rolerequirement", "competence", "category", "personrole",
                         "person", "scalelevel"})


class RolesModel(CountedNamesModel):
    """The roles of the office with how many active people hold each."""

    def __init__(self, ctx: OfficeContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.reload()

    def reload(self) -> None:
        """Read the roles again."""
        data = self.ctx.data
        holders: dict[int, int] = {}
        for person in data.people:
            if person.active:
                for role_id in person.role_ids:
                    holders[role_id] = holders.get(role_id, 0) + 1
        self.set_items([(r.id, r.name, holders.get(r.id, 0)) for r in
                        sorted(data.roles.values(), key=lambda r: sort_key(r.name))])


class RequirementsModel(HeadedTableModel[tuple[int, str, str]]):
    """Every competence with the draft target level the role requires (None: not required)."""

    COLUMNS = ("competence", "category", "level")

    def __init__(self, ctx: OfficeContext, parent: Any = None) -> None:
        super().__init__(parent=parent)
        self.ctx = ctx
        self.levels: dict[int, int] = {}
        self.labels: dict[int, str] = {}
        self.headers = [self.tr("Kompetanseområde"), self.tr("Kategori"), self.tr("Målnivå")]
        self.reload_catalogue()

    def reload_catalogue(self) -> None:
        """Read competences and scale labels again."""
        data = self.ctx.data
        categories = {c.id: c.name for c in data.categories}
        self.beginResetModel()
        self.rows = [(c.id, c.name, categories.get(c.category_id, "")) for c in data.competences]
        self.labels = dict(data.scale_labels)
        self.endResetModel()

    def set_levels(self, levels: dict[int, int]) -> None:
        """Show a role's requirements."""
        self.beginResetModel()
        self.levels = dict(levels)
        self.endResetModel()

    def level_text(self, level: int | None) -> str:
        """«3 – Erfaren», or a dash when not required."""
        if level is None:
            return "—"
        return f"{level} – {self.labels.get(level, '')}"

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Only the level column is editable."""
        base = super().flags(index)
        if index.isValid() and self.COLUMNS[index.column()] == "level":
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Texts, the level under LEVEL_ROLE, bold for required competences."""
        if not index.isValid():
            return None
        cid, name, category = self.rows[index.row()]
        level = self.levels.get(cid)
        column = self.COLUMNS[index.column()]
        if role == ID_ROLE:
            return cid
        if role == LEVEL_ROLE:
            return level
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "competence":
                return name
            if column == "category":
                return category
            return self.level_text(level)
        if role == Qt.ItemDataRole.EditRole and column == "level":
            return level
        if role == Qt.ItemDataRole.FontRole and level is not None and column != "category":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and level is None:
            return QBrush(QColor("#6e7781"))
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Set a draft level (None or -1 removes the requirement)."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        cid = self.rows[index.row()][0]
        if value is None or value == -1 or value == "":
            changed = self.levels.pop(cid, None) is not None
        else:
            level = int(value)
            if level not in LEVELS:
                return False
            changed = self.levels.get(cid) != level
            self.levels[cid] = level
        if changed:
            left = self.index(index.row(), 0)
            right = self.index(index.row(), len(self.COLUMNS) - 1)
            self.dataChanged.emit(left, right)
        return True


class RequiredOnly(QSortFilterProxyModel):
    """Hides competences the role does not require (when switched on)."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.only_required = False

    def set_only_required(self, on: bool) -> None:
        """Switch the filter."""
        self.beginFilterChange()
        self.only_required = on
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        """Keep required competences, or all."""
        if not self.only_required:
            return True
        model = self.sourceModel()
        return model.index(source_row, 0).data(LEVEL_ROLE) is not None


class LevelDelegate(QStyledItemDelegate):
    """A combo box with «—» and the scale levels for the target level column."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,
                     index: Index) -> QWidget:
        """The combo box."""
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("Målnivå"))
        model = index.model()
        source = model.sourceModel() if isinstance(model, QSortFilterProxyModel) else model
        assert isinstance(source, RequirementsModel)
        combo.addItem(self.tr("— ikke påkrevd"), -1)
        for level in LEVELS:
            combo.addItem(source.level_text(level), level)
        return combo

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        """Select the current level."""
        assert isinstance(editor, QComboBox)
        level = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(max(editor.findData(-1 if level is None else level), 0))

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:
        """Write the chosen level to the draft."""
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class RolesView(QWidget):
    """Add, edit and delete roles; the form is a draft saved with «Lagre»."""

    def __init__(self, ctx: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.role_id: int | None = None
        self._saved: tuple[str, str, dict[int, int]] = ("", "", {})
        self._loading = False
        self._dirty_data = False
        self.setAccessibleName(self.tr("Roller"))

        # Left: the roles.
        self.roles_model = RolesModel(ctx, self)
        self.roles_list = named(QListView(), self.tr("Roller"),
                                self.tr("Rollene på kontoret med antall personer som har dem"))
        self.roles_list.setModel(self.roles_model)
        self.roles_list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.roles_list.setSpacing(1)
        self.roles_list.selectionModel().currentChanged.connect(self._role_chosen)
        self.add_button = named(QPushButton(self.tr("&Ny rolle…")), self.tr("Ny rolle"))
        self.add_button.clicked.connect(self.add_role)
        self.delete_button = named(QPushButton(self.tr("Sl&ett rolle…")),
                                   self.tr("Slett rolle"))
        self.delete_button.clicked.connect(self.delete_role)
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        roles_label = QLabel(self.tr("R&oller:"))
        roles_label.setBuddy(self.roles_list)
        lbox.addWidget(roles_label)
        lbox.addWidget(self.roles_list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        lbox.addLayout(buttons)

        # Right: the form.
        self.errors = FieldErrors(ErrorLabel(self.tr("Feilmelding")))
        form = QFormLayout()
        self.name = QLineEdit()
        field_row(form, self.tr("N&avn:"), self.name, self.errors, "name",
                  self.tr("Rollens navn"))
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setPlaceholderText(self.tr(
            "Hva har rollen ansvar for? Hvem gjør hva, og hvor mye tid har rollen?"))
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 5 + 14)
        field_row(form, self.tr("&Mandat:"), self.description, self.errors, "description",
                  self.tr("Rollens mandat"))
        self.holders = QLabel()
        self.holders.setWordWrap(True)
        self.holders.setAccessibleName(self.tr("Personer med rollen"))
        holders_label = QLabel(self.tr("Har rollen:"))
        form.addRow(holders_label, self.holders)

        self.req_model = RequirementsModel(ctx, self)
        self.req_proxy = RequiredOnly(self)
        self.req_proxy.setSourceModel(self.req_model)
        self.table = named(QTableView(), self.tr("Kompetanser rollen krever"),
                           self.tr("Skriv 0–4 for målnivå, Delete fjerner kravet"))
        self.table.setModel(self.req_proxy)
        self.table.setItemDelegateForColumn(2, LevelDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setColumnWidth(2, self.table.fontMetrics().horizontalAdvance(
            "4 – Kan lære bort") + 40)
        self.table.installEventFilter(self)
        self.req_model.dataChanged.connect(self._edited)
        self.only_required = named(QCheckBox(self.tr("Vis &bare kompetanser rollen krever")),
                                   self.tr("Vis bare kompetanser rollen krever"))
        self.only_required.toggled.connect(self.req_proxy.set_only_required)
        req_label = QLabel(self.tr("&Kompetanser og målnivå:"))
        req_label.setBuddy(self.table)
        hint = QLabel(self.tr("Skriv et tall 0–4 i en rad for å sette målnivået, "
                              "Delete fjerner kravet."))
        hint.setObjectName("muted")
        hint.setStyleSheet("color: #57606a;")
        hint.setWordWrap(True)

        self.save_button = named(QPushButton(self.tr("&Lagre rollen")), self.tr("Lagre rollen"))
        self.save_button.clicked.connect(self.save)
        self.discard_button = named(QPushButton(self.tr("Forkas&t endringer")),
                                    self.tr("Forkast endringene i skjemaet"))
        self.discard_button.clicked.connect(self.discard)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        self.state_label = QLabel()
        self.state_label.setAccessibleName(self.tr("Lagringsstatus"))
        actions = QHBoxLayout()
        actions.addWidget(self.state_label, 1)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.save_button)

        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.addLayout(form)
        row = QHBoxLayout()
        row.addWidget(req_label)
        row.addStretch(1)
        row.addWidget(self.only_required)
        rbox.addLayout(row)
        rbox.addWidget(self.table, 1)
        rbox.addWidget(hint)
        rbox.addWidget(self.errors.general)
        rbox.addLayout(actions)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 1000])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        for first, second in ((self.roles_list, self.add_button),
                              (self.add_button, self.delete_button),
                              (self.delete_button, self.name),
                              (self.name, self.description),
                              (self.description, self.only_required),
                              (self.only_required, self.table),
                              (self.table, self.discard_button),
                              (self.discard_button, self.save_button)):
            QWidget.setTabOrder(first, second)
        self.name.textEdited.connect(self._edited)
        self.description.textChanged.connect(self._edited)
        ctx.changed.connect(self._changed)
        if self.roles_model.items:
            self.roles_list.setCurrentIndex(self.roles_model.index(0, 0))
        else:
            self._load(None)

    # -- the draft -----------------------------------------------------------------------

    def draft(self) -> tuple[str, str, dict[int, int]]:
        """What the form holds now."""
        return (self.name.text(), self.description.toPlainText(), dict(self.req_model.levels))

    def is_dirty(self) -> bool:
        """Whether the form differs from the saved role."""
        if self.role_id is None:
            return False
        name, desc, levels = self.draft()
        saved_name, saved_desc, saved_levels = self._saved
        return (" ".join(name.split()) != saved_name or desc.strip() != saved_desc
                or levels != saved_levels)

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        if self.only_required.isChecked():
            self.req_proxy.set_only_required(True)
        self._update_state()

    def _update_state(self) -> None:
        dirty = self.is_dirty()
        has = self.role_id is not None
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        self.delete_button.setEnabled(has)
        for widget in (self.name, self.description, self.table, self.only_required):
            widget.setEnabled(has)
        if not has:
            self.state_label.setText(self.tr("Ingen rolle er valgt."))
        elif dirty:
            self.state_label.setText(self.tr("Endringer som ikke er lagret."))
        else:
            count = len(self.req_model.levels)
            self.state_label.setText(self.tr("Lagret. Rollen krever {n} kompetanser.").format(
                n=count))

    def _load(self, role_id: int | None) -> None:
        """Fill the form with a role as saved in the file."""
        self._loading = True
        try:
            self.errors.clear()
            data = self.ctx.data
            role = data.roles.get(role_id) if role_id is not None else None
            self.role_id = role.id if role else None
            if role is None:
                self._saved = ("", "", {})
                self.name.clear()
                self.description.clear()
                self.req_model.set_levels({})
                self.holders.setText("")
            else:
                self._saved = (role.name, role.description, dict(role.requirements))
                self.name.setText(role.name)
                self.description.setPlainText(role.description)
                self.req_model.set_levels(role.requirements)
                names = [p.name for p in data.people if p.active and role.id in p.role_ids]
                self.holders.setText(", ".join(names) if names else self.tr("ingen ennå"))
            self.req_proxy.set_only_required(self.only_required.isChecked())
        finally:
            self._loading = False
        self._update_state()

    def save(self) -> bool:
        """Write the draft through the service layer; show a refusal next to the field."""
        if self.role_id is None or not self.is_dirty():
            return True
        name, desc, levels = self.draft()
        self.errors.clear()
        try:
            self.ctx.apply(catalogue.update_role, self.role_id, name, desc, levels)
        except (ValidationError, OfficeFileError) as exc:
            self.errors.show(exc)
            return False
        return True

    def discard(self) -> None:
        """Throw away the draft."""
        self._load(self.role_id)

    # -- selection -----------------------------------------------------------------------

    def _role_chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        new_id = current.data(ID_ROLE) if current.isValid() else None
        if new_id == self.role_id:
            return
        if self.is_dirty():
            if not self.save():
                # Keep the user on the role with the refused change.
                self._set_current(previous)
                return
            # Saving reloaded the list (and reselected the saved role): go where the user went.
            row = self.roles_model.row_of(new_id) if new_id is not None else None
            if row is not None:
                self._set_current(self.roles_model.index(row, 0))
        self._load(new_id)

    def _set_current(self, index: QModelIndex) -> None:
        self.roles_list.selectionModel().blockSignals(True)
        self.roles_list.setCurrentIndex(index)
        self.roles_list.selectionModel().blockSignals(False)

    def select_role(self, role_id: int) -> None:
        """Select a role in the list."""
        row = self.roles_model.row_of(role_id)
        if row is not None:
            self.roles_list.setCurrentIndex(self.roles_model.index(row, 0))

    def show_target(self, target: dict[str, int]) -> None:
        """Show a role («role_id»)."""
        if "role_id" in target:
            self.select_role(int(target["role_id"]))

    # -- changes from anywhere -----------------------------------------------------------

    def _changed(self, tables: frozenset[str]) -> None:
        if tables and not tables & ROLE_TABLES:
            return
        if not self.isVisible():
            self._dirty_data = True
            return
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with changes made elsewhere."""
        if self._dirty_data:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Reload the list and catalogue; keep an unsaved draft unless its role is gone."""
        self._dirty_data = False
        keep_draft = self.is_dirty()
        draft = self.draft()
        role_id = self.role_id
        self.roles_list.selectionModel().blockSignals(True)
        self.roles_model.reload()
        self.req_model.reload_catalogue()
        row = self.roles_model.row_of(role_id) if role_id is not None else None
        if row is None and self.roles_model.items:
            row = 0
        if row is not None:
            self.roles_list.setCurrentIndex(self.roles_model.index(row, 0))
        self.roles_list.selectionModel().blockSignals(False)
        new_id = self.roles_model.items[row][0] if row is not None else None
        self._load(new_id)
        if keep_draft and new_id == role_id:
            self._loading = True
            self.name.setText(draft[0])
            self.description.setPlainText(draft[1])
            self.req_model.set_levels(draft[2])
            self._loading = False
            self._update_state()

    # -- add and delete ------------------------------------------------------------------

    def add_role(self) -> None:
        """Ask for a name, add the role and open it in the form."""
        if self.is_dirty() and not self.save():
            return
        created: list[str] = []

        def submit(name: str) -> None:
            self.ctx.apply(catalogue.add_role, name)
            created.append(" ".join(name.split()))

        NameDialog(self, self.tr("Ny rolle"), self.tr("&Rollens navn:"), "", submit,
                   self.tr("&Legg til")).exec()
        if created:
            for rid, name, _count in self.roles_model.items:
                if name == created[0]:
                    self.select_role(rid)
            self.description.setFocus()

    def delete_role(self) -> None:
        """Delete the selected role after saying what goes with it."""
        if self.role_id is None:
            return
        role = self.ctx.data.roles.get(self.role_id)
        if role is None:
            return
        count = sum(1 for p in self.ctx.data.people if role.id in p.role_ids)
        if not confirm(self, self.tr("Slette rolle"),
                       self.tr("Slette rollen «{name}»?").format(name=role.name),
                       self.tr("&Slett rolle"),
                       self.tr("{n} personer har rollen. De beholder sine andre roller, men "
                               "målnivåene som kom fra denne rollen forsvinner. Vurderingene "
                               "beholdes. Du kan angre med Ctrl+Z.").format(n=count)):
            return
        self.ctx.run(self, catalogue.delete_role, role.id)

    # -- typing levels straight into the table -------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Digits 0–4 set the target level of the current row; Delete removes it."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            index = self.table.currentIndex()
            if index.isValid() and self.table.state() != QAbstractItemView.State.EditingState:
                text = event.text()
                level_index = self.req_proxy.index(index.row(), 2)
                if text in {"0", "1", "2", "3", "4"}:
                    self.req_proxy.setData(level_index, int(text))
                    self._move_down(index)
                    return True
                if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                    self.req_proxy.setData(level_index, None)
                    return True
        return super().eventFilter(watched, event)

    def _move_down(self, index: QModelIndex) -> None:
        below = self.req_proxy.index(index.row() + 1, index.column())
        if below.isValid():
            self.table.setCurrentIndex(below)
