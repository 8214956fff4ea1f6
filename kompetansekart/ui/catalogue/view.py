"""«Kompetansekatalog»: categories and competence areas as a tree, and the scale labels."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.domain.collation import sort_key
from kompetansekart.domain.models import Component
from kompetansekart.domain.snapshot import LEVELS
from kompetansekart.services import catalogue
from kompetansekart.storage import reader
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.ui.common.forms import (
    ErrorLabel,
    FieldErrors,
    NameDialog,
    confirm,
    field_row,
    named,
)
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.views import LazyView

Index = QModelIndex | QPersistentModelIndex
CATALOGUE_TABLES = frozenset({"category", "competence", "assessment", "rolerequirement",
                              "role", "scalelevel"})


#: Marked for translation here, translated when shown.
COMPONENT_LABELS: dict[str, str] = {
    Component.KNOWLEDGE.value: str(QT_TRANSLATE_NOOP("Component", "Kunnskap")),
    Component.SKILL.value: str(QT_TRANSLATE_NOOP("Component", "Ferdighet")),
    Component.ATTITUDE.value: str(QT_TRANSLATE_NOOP("Component", "Holdning")),
}


def component_label(component: str) -> str:
    """Kunnskap, ferdighet or holdning."""
    text = COMPONENT_LABELS.get(component)
    return QCoreApplication.translate("Component", text) if text else component


@dataclass
class CompetenceNode:
    """A competence area in the tree."""

    id: int
    name: str
    category_id: int
    component: str
    description: str
    history: int
    roles: list[str]


@dataclass
class CategoryNode:
    """A category with its competence areas."""

    id: int
    name: str
    competences: list[CompetenceNode] = field(default_factory=list)

    @property
    def history(self) -> int:
        """Assessments of all its competences."""
        return sum(c.history for c in self.competences)


class CatalogueModel(QAbstractItemModel):
    """Two levels: categories, and the competence areas inside each."""

    COLUMNS = ("name", "component", "history")

    def __init__(self, ctx: OfficeContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.categories: list[CategoryNode] = []
        self._headers = (self.tr("Navn"), self.tr("Type"), self.tr("Vurderinger"))
        self.reload()

    def reload(self) -> None:
        """Read the catalogue again."""
        data = self.ctx.data
        history = reader.assessment_counts(self.ctx.office)
        required_by: dict[int, list[str]] = {}
        for role in sorted(data.roles.values(), key=lambda r: sort_key(r.name)):
            for cid in role.requirements:
                required_by.setdefault(cid, []).append(role.name)
        nodes = {c.id: CategoryNode(c.id, c.name) for c in data.categories}
        for comp in data.competences:
            node = nodes.get(comp.category_id)
            if node is not None:
                node.competences.append(CompetenceNode(
                    comp.id, comp.name, comp.category_id, comp.component, comp.description,
                    int(history.get(comp.id, 0)), required_by.get(comp.id, [])))
        self.beginResetModel()
        self.categories = list(nodes.values())
        self.endResetModel()

    # -- tree structure ------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """Categories have internal id 0; competences carry their category row + 1."""
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0)
        if parent.internalId() == 0:
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        """The category of a competence."""
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(int(index.internalId()) - 1, 0, 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Categories at the top, competences inside."""
        if not parent.isValid():
            return len(self.categories)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.categories[parent.row()].competences)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Name, type, assessments."""
        return len(self.COLUMNS)

    def node(self, index: Index) -> CategoryNode | CompetenceNode | None:
        """The category or competence behind an index."""
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self.categories[index.row()]
        return self.categories[int(index.internalId()) - 1].competences[index.row()]

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Names, type labels and history counts."""
        node = self.node(index)
        if node is None:
            return None
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "name":
                return node.name
            if column == "component":
                return component_label(node.component) if isinstance(
                    node, CompetenceNode) else ""
            return str(node.history)
        if role == Qt.ItemDataRole.FontRole and isinstance(node, CategoryNode):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and isinstance(node, CompetenceNode):
            return node.description or None
        if role == Qt.ItemDataRole.TextAlignmentRole and column == "history":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def find(self, kind: str, item_id: int) -> QModelIndex:
        """Index of a category («category») or competence («competence»)."""
        for crow, cat in enumerate(self.categories):
            if kind == "category" and cat.id == item_id:
                return self.index(crow, 0)
            if kind == "competence":
                for row, comp in enumerate(cat.competences):
                    if comp.id == item_id:
                        return self.index(row, 0, self.index(crow, 0))
        return QModelIndex()


class ScaleModel(QAbstractTableModel):
    """The five scale steps; editing a label or description writes it at once."""

    failed = Signal(str)

    def __init__(self, ctx: OfficeContext, parent: Any = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[tuple[int, str, str]] = []
        self._headers = (self.tr("Nivå"), self.tr("Tekst"), self.tr("Beskrivelse"))
        self.reload()

    def reload(self) -> None:
        """Read the scale again."""
        found = reader.scale_levels(self.ctx.office)
        self.beginResetModel()
        self.rows = [(lvl, *found.get(lvl, (self.ctx.data.label(lvl), ""))) for lvl in LEVELS]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Five levels."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Level, label, description."""
        return 0 if parent.isValid() else 3

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        """Label and description are editable."""
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() > 0 else base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The step's number, label and description."""
        if not index.isValid():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole,
                    Qt.ItemDataRole.AccessibleTextRole):
            return str(self.rows[index.row()][index.column()])
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 0:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Write a new label or description through the service layer."""
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or index.column() == 0:
            return False
        level, label, desc = self.rows[index.row()]
        if index.column() == 1:
            label = str(value)
        else:
            desc = str(value)
        if (label, desc) == self.rows[index.row()][1:]:
            return True
        try:
            self.ctx.apply(catalogue.set_scale_label, level, label, desc)
        except (ValidationError, OfficeFileError) as exc:
            self.failed.emit(exc.message)
            return False
        self.failed.emit("")
        return True


class CatalogueView(LazyView):
    """Add, rename, move, describe, tag and delete categories and competence areas."""

    def __init__(self, ctx: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setAccessibleName(self.tr("Kompetansekatalog"))
        self._loading = False
        self.current: CategoryNode | CompetenceNode | None = None

        # Left: the tree.
        self.model = CatalogueModel(ctx, self)
        self.tree = named(QTreeView(), self.tr("Kompetansekatalog"),
                          self.tr("Kategorier med kompetanseområder"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 2px 0; }")
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.expandAll()
        self.tree.selectionModel().currentChanged.connect(self._chosen)
        self.tree.installEventFilter(self)
        self.add_category_button = named(QPushButton(self.tr("Ny kate&gori…")),
                                         self.tr("Ny kategori"))
        self.add_category_button.clicked.connect(self.add_category)
        self.add_competence_button = named(QPushButton(self.tr("Nytt &område…")),
                                           self.tr("Nytt kompetanseområde"))
        self.add_competence_button.clicked.connect(self.add_competence)
        self.delete_button = named(QPushButton(self.tr("Sl&ett…")),
                                   self.tr("Slett valgt kategori eller kompetanseområde"))
        self.delete_button.clicked.connect(self.delete_selected)
        left = QWidget()
        lbox = QVBoxLayout(left)
        lbox.setContentsMargins(0, 0, 0, 0)
        lbox.addWidget(self.tree, 1)
        row = QHBoxLayout()
        for button in (self.add_category_button, self.add_competence_button,
                       self.delete_button):
            row.addWidget(button)
        lbox.addLayout(row)

        # Right: details of the selection, then the scale.
        self.errors = FieldErrors(ErrorLabel(self.tr("Feilmelding")))
        self.details = QStackedWidget()
        self.details.addWidget(self._empty_page())
        self.details.addWidget(self._category_page())
        self.details.addWidget(self._competence_page())
        self.save_button = named(QPushButton(self.tr("&Lagre")), self.tr("Lagre endringene"))
        self.save_button.clicked.connect(self.save)
        self.discard_button = named(QPushButton(self.tr("Forka&st endringer")),
                                    self.tr("Forkast endringene i skjemaet"))
        self.discard_button.clicked.connect(self.discard)
        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_shortcut.activated.connect(self.save)
        self.details_box = QGroupBox(self.tr("Valgt"))
        dbox = QVBoxLayout(self.details_box)
        dbox.addWidget(self.details)
        dbox.addWidget(self.errors.general)
        actions = QHBoxLayout()
        actions.addStretch(1)
        actions.addWidget(self.discard_button)
        actions.addWidget(self.save_button)
        dbox.addLayout(actions)

        self.scale_model = ScaleModel(ctx, self)
        self.scale = named(QTableView(), self.tr("Skala"),
                           self.tr("Tekstene for nivå 0–4; F2 eller dobbeltklikk for å endre"))
        self.scale.setModel(self.scale_model)
        self.scale.verticalHeader().hide()
        self.scale.verticalHeader().setDefaultSectionSize(self.scale.fontMetrics().height() + 10)
        self.scale.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.scale.setColumnWidth(0, self.scale.fontMetrics().horizontalAdvance("Nivå") + 24)
        self.scale.setColumnWidth(1, self.scale.fontMetrics().horizontalAdvance(
            "Kan lære bort") + 40)
        self.scale.horizontalHeader().setStretchLastSection(True)
        self.scale.setFixedHeight(self.scale.horizontalHeader().sizeHint().height()
                                  + 5 * self.scale.verticalHeader().defaultSectionSize() + 4)
        self.scale_error = ErrorLabel(self.tr("Feil i skalaen"))
        self.scale_model.failed.connect(self.scale_error.show_message)
        scale_box = QGroupBox(self.tr("Skala"))
        sbox = QVBoxLayout(scale_box)
        sbox.addWidget(self.scale)
        sbox.addWidget(self.scale_error)

        right = QWidget()
        rbox = QVBoxLayout(right)
        rbox.setContentsMargins(0, 0, 0, 0)
        rbox.addWidget(self.details_box, 1)
        rbox.addWidget(scale_box)

        splitter = QSplitter()
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        QWidget.setTabOrder(self.discard_button, self.save_button)
        QWidget.setTabOrder(self.save_button, self.scale)
        ctx.changed.connect(self._changed)
        first = self.model.index(0, 0)
        if first.isValid():
            self.tree.setCurrentIndex(first)
        else:
            self._load(None)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Delete in the tree deletes the selection (after the warning)."""
        if (watched is self.tree and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete):
            self.delete_selected()
            return True
        return super().eventFilter(watched, event)

    # -- detail pages --------------------------------------------------------------------

    def _empty_page(self) -> QWidget:
        page = QLabel(self.tr("Velg en kategori eller et kompetanseområde i treet."))
        page.setWordWrap(True)
        page.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        return page

    def _category_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.category_name = QLineEdit()
        field_row(form, self.tr("&Navn:"), self.category_name, self.errors, "name",
                  self.tr("Kategoriens navn"))
        self.category_info = QLabel()
        self.category_info.setWordWrap(True)
        self.category_info.setAccessibleName(self.tr("Om kategorien"))
        form.addRow(self.category_info)
        self.category_name.textEdited.connect(self._update_state)
        return page

    def _competence_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.competence_name = QLineEdit()
        field_row(form, self.tr("N&avn:"), self.competence_name, self.errors, "competence_name",
                  self.tr("Kompetanseområdets navn"))
        self.competence_category = QComboBox()
        field_row(form, self.tr("&Kategori:"), self.competence_category, self.errors,
                  "category_id", self.tr("Kategori (flytt hit)"))
        self.component = QComboBox()
        for comp in Component:
            self.component.addItem(component_label(comp.value), comp.value)
        field_row(form, self.tr("&Type:"), self.component, self.errors, "component",
                  self.tr("Kunnskap, ferdighet eller holdning"))
        self.competence_description = QPlainTextEdit()
        self.competence_description.setTabChangesFocus(True)
        self.competence_description.setPlaceholderText(self.tr(
            "Hva betyr det å kunne dette på kontoret?"))
        field_row(form, self.tr("&Beskrivelse:"), self.competence_description, self.errors,
                  "description", self.tr("Beskrivelse av kompetanseområdet"))
        self.competence_info = QLabel()
        self.competence_info.setWordWrap(True)
        self.competence_info.setAccessibleName(self.tr("Om kompetanseområdet"))
        form.addRow(self.competence_info)
        self.competence_name.textEdited.connect(self._update_state)
        self.competence_category.currentIndexChanged.connect(self._update_state)
        self.component.currentIndexChanged.connect(self._update_state)
        self.competence_description.textChanged.connect(self._update_state)
        return page

    # -- loading and saving --------------------------------------------------------------

    def _load(self, node: CategoryNode | CompetenceNode | None) -> None:
        self._loading = True
        try:
            self.errors.clear()
            self.current = node
            if isinstance(node, CategoryNode):
                self.details_box.setTitle(self.tr("Kategori"))
                self.details.setCurrentIndex(1)
                self.category_name.setText(node.name)
                self.category_info.setText(self.tr(
                    "{n} kompetanseområder med til sammen {h} vurderinger.").format(
                        n=len(node.competences), h=node.history))
            elif isinstance(node, CompetenceNode):
                self.details_box.setTitle(self.tr("Kompetanseområde"))
                self.details.setCurrentIndex(2)
                self.competence_name.setText(node.name)
                self.competence_category.clear()
                for cat in self.model.categories:
                    self.competence_category.addItem(cat.name, cat.id)
                self.competence_category.setCurrentIndex(
                    max(self.competence_category.findData(node.category_id), 0))
                self.component.setCurrentIndex(max(self.component.findData(node.component), 0))
                self.competence_description.setPlainText(node.description)
                roles = (", ".join(node.roles) if node.roles else self.tr("ingen roller"))
                self.competence_info.setText(self.tr(
                    "{h} vurderinger i historikken. Kreves av: {roles}.").format(
                        h=node.history, roles=roles))
            else:
                self.details_box.setTitle(self.tr("Valgt"))
                self.details.setCurrentIndex(0)
        finally:
            self._loading = False
        self._update_state()

    def is_dirty(self) -> bool:
        """Whether the detail form differs from the file."""
        node = self.current
        if isinstance(node, CategoryNode):
            return " ".join(self.category_name.text().split()) != node.name
        if isinstance(node, CompetenceNode):
            return (" ".join(self.competence_name.text().split()) != node.name
                    or self.competence_category.currentData() != node.category_id
                    or self.component.currentData() != node.component
                    or self.competence_description.toPlainText().strip() != node.description)
        return False

    def _update_state(self, *_args: object) -> None:
        if self._loading:
            return
        dirty = self.is_dirty()
        self.save_button.setEnabled(dirty)
        self.discard_button.setEnabled(dirty)
        self.delete_button.setEnabled(self.current is not None)
        self.add_competence_button.setEnabled(bool(self.model.categories))

    def save(self) -> bool:
        """Write the form through the service layer; show a refusal next to the field."""
        node = self.current
        if node is None or not self.is_dirty():
            return True
        self.errors.clear()
        try:
            if isinstance(node, CategoryNode):
                self.ctx.apply(catalogue.rename_category, node.id, self.category_name.text())
            else:
                name = self.competence_name.text()
                try:
                    self.ctx.apply(
                        catalogue.update_competence, node.id,
                        name=name if " ".join(name.split()) != node.name else None,
                        category_id=self.competence_category.currentData(),
                        component=self.component.currentData(),
                        description=self.competence_description.toPlainText())
                except ValidationError as exc:
                    if exc.field == "name":  # the competence form's name field
                        raise ValidationError(exc.message, "competence_name") from exc
                    raise
        except (ValidationError, OfficeFileError) as exc:
            self.errors.show(exc)
            return False
        return True

    def discard(self) -> None:
        """Throw away the form's changes."""
        self._load(self.current)

    # -- selection -----------------------------------------------------------------------

    def _chosen(self, current: QModelIndex, previous: QModelIndex) -> None:
        node = self.model.node(current)
        if node is self.current:
            return
        if node is not None and self.is_dirty():
            kind = "category" if isinstance(node, CategoryNode) else "competence"
            if not self.save():
                self._set_current(previous)
                return
            # Saving reloaded the tree (and reselected the saved item): go where the user went.
            current = self.model.find(kind, node.id)
            self._set_current(current)
        self._load(self.model.node(current))

    def _set_current(self, index: QModelIndex | QPersistentModelIndex) -> None:
        self.tree.selectionModel().blockSignals(True)
        self.tree.setCurrentIndex(index)
        self.tree.selectionModel().blockSignals(False)

    def select(self, kind: str, item_id: int) -> bool:
        """Select a category or competence by id."""
        index = self.model.find(kind, item_id)
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def show_target(self, target: dict[str, int]) -> None:
        """Show a competence («competence_id») or category («category_id»)."""
        if self._dirty:
            self.refresh()
        if "competence_id" in target:
            self.select("competence", int(target["competence_id"]))
        elif "category_id" in target:
            self.select("category", int(target["category_id"]))

    # -- changes -------------------------------------------------------------------------

    def _changed(self, tables: frozenset[str]) -> None:
        if tables and not tables & CATALOGUE_TABLES:
            return
        self.refresh_when_shown()

    def refresh(self) -> None:
        """Reload the tree and the scale, keeping the selection where possible."""
        self._dirty = False
        node = self.current
        kind = "category" if isinstance(node, CategoryNode) else "competence"
        self.tree.selectionModel().blockSignals(True)
        self.model.reload()
        self.tree.expandAll()
        index = self.model.find(kind, node.id) if node is not None else QModelIndex()
        if not index.isValid():
            index = self.model.index(0, 0)
        self.tree.setCurrentIndex(index)
        self.tree.selectionModel().blockSignals(False)
        self._load(self.model.node(index))
        self.scale_model.reload()

    # -- add and delete ------------------------------------------------------------------

    def _category_for_new(self) -> int | None:
        node = self.current
        if isinstance(node, CategoryNode):
            return node.id
        if isinstance(node, CompetenceNode):
            return node.category_id
        return self.model.categories[0].id if self.model.categories else None

    def add_category(self) -> None:
        """Ask for a name and add a category at the end."""
        if self.is_dirty() and not self.save():
            return
        created: list[str] = []

        def submit(name: str) -> None:
            self.ctx.apply(catalogue.add_category, name)
            created.append(" ".join(name.split()))

        NameDialog(self, self.tr("Ny kategori"), self.tr("&Kategoriens navn:"), "", submit,
                   self.tr("&Legg til")).exec()
        if created:
            for cat in self.model.categories:
                if cat.name == created[0]:
                    self.select("category", cat.id)

    def add_competence(self) -> None:
        """Ask for a name and add a competence area to the selected category."""
        if self.is_dirty() and not self.save():
            return
        category_id = self._category_for_new()
        if category_id is None:
            return
        category = next(c for c in self.model.categories if c.id == category_id)
        created: list[str] = []

        def submit(name: str) -> None:
            self.ctx.apply(catalogue.add_competence, category_id, name)
            created.append(" ".join(name.split()))

        NameDialog(self, self.tr("Nytt kompetanseområde i «{category}»").format(
            category=category.name), self.tr("&Navn på kompetanseområdet:"), "", submit,
            self.tr("&Legg til")).exec()
        if created:
            for comp in next(c for c in self.model.categories
                             if c.id == category_id).competences:
                if comp.name == created[0]:
                    self.select("competence", comp.id)
            self.competence_description.setFocus()

    def delete_selected(self) -> None:
        """Delete the selected category or competence after a clear warning."""
        node = self.current
        if node is None:
            return
        if isinstance(node, CategoryNode):
            title = self.tr("Slette kategori")
            text = self.tr("Slette kategorien «{name}» med {n} kompetanseområder?").format(
                name=node.name, n=len(node.competences))
            detail = self.tr(
                "{h} vurderinger i historikken slettes også, sammen med målnivåene rollene "
                "har for disse områdene. Du kan angre med Ctrl+Z.").format(h=node.history)
        else:
            history = catalogue.history_count(self.ctx.office, node.id)
            title = self.tr("Slette kompetanseområde")
            text = self.tr("Slette kompetanseområdet «{name}»?").format(name=node.name)
            roles = len(node.roles)
            detail = self.tr(
                "{h} vurderinger i historikken slettes også, og kravet fjernes fra {r} roller. "
                "Du kan angre med Ctrl+Z.").format(h=history, r=roles)
        if not confirm(self, title, text, self.tr("&Slett med historikk"), detail):
            return
        if isinstance(node, CategoryNode):
            self.ctx.run(self, catalogue.delete_category, node.id)
        else:
            self.ctx.run(self, catalogue.delete_competence, node.id)
