"""The building blocks of the plan's tabs: a sortable, read-only table of plan rows, a button,
and the page that lays out a tab."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.ui.common.forms import named
from kompetansekart.ui.plan.models import ID_ROLE, SORT_ROLE, RowsModel


def _sort_proxy(model: RowsModel, parent: QWidget) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    return proxy


class PlanTable(QTableView):
    """A sortable, read-only table of a RowsModel; Enter and double-click call `activated_row`."""

    def __init__(self, model: RowsModel, name: str, description: str = "",
                 parent: QWidget | None = None, *, sort_column: int = 0,
                 stretch_column: int | None = None) -> None:
        super().__init__(parent)
        self.rows_model = model
        self.proxy = _sort_proxy(model, self)
        self.setModel(self.proxy)
        named(self, name, description)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        if stretch_column is None:
            header.setStretchLastSection(True)
        else:
            header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self.sortByColumn(sort_column, Qt.SortOrder.AscendingOrder)
        self.activated_row: Callable[[], None] | None = None
        self.doubleClicked.connect(lambda _index: self._activate())

    def keyPressEvent(self, event: Any) -> None:
        """Enter opens the row like a double-click."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._activate()
            return
        super().keyPressEvent(event)

    def _activate(self) -> None:
        if self.activated_row is not None:
            self.activated_row()

    def selected_id(self) -> int | None:
        """The id of the selected row."""
        index = self.currentIndex()
        if not index.isValid() or not self.selectionModel().isSelected(index):
            return None
        value = self.proxy.data(index, ID_ROLE)
        return None if value is None else int(value)

    def select_id(self, item_id: int) -> bool:
        """Select the row holding `item_id`."""
        row = self.rows_model.row_of(item_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.rows_model.index(row, 0))
        self.setCurrentIndex(index)
        self.selectRow(index.row())
        self.scrollTo(index)
        return True

    def fit_columns(self, samples: dict[int, str]) -> None:
        """Column widths from typical contents (or the header)."""
        text = self.fontMetrics().horizontalAdvance
        head = self.horizontalHeader().fontMetrics().horizontalAdvance
        for column, sample in samples.items():
            title = str(self.rows_model.headerData(column, Qt.Orientation.Horizontal))
            self.setColumnWidth(column, max(text(sample) + 18, head(title) + 28))


def button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    """A push button with an accessible name that calls `slot` when clicked."""
    widget = named(QPushButton(text), name)
    widget.clicked.connect(lambda: slot())
    return widget


def page(widget: QWidget, table: QWidget, buttons: list[QWidget], note: QLabel | None = None
         ) -> QWidget:
    """Lay out a plan tab in `widget`: a row of buttons, an optional note, then the table."""
    box = QVBoxLayout(widget)
    if buttons:
        row = QHBoxLayout()
        for each in buttons:
            row.addWidget(each)
        row.addStretch(1)
        box.addLayout(row)
    if note is not None:
        box.addWidget(note)
    box.addWidget(table, 1)
    return widget
