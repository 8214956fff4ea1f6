"""Small list models shared by the views."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

Index = QModelIndex | QPersistentModelIndex
#: Item data role under which list and table models give a row's database id.
ID_ROLE = Qt.ItemDataRole.UserRole + 1
RowT = TypeVar("RowT")


class CountedNamesModel(QAbstractListModel):
    """Named rows with a count shown after the name («Marked (6)»).

    The id comes under ID_ROLE and the bare name under EditRole. Subclasses fill `items` in
    `reload` through `set_items`.
    """

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.items: list[tuple[int, str, int]] = []

    def set_items(self, items: list[tuple[int, str, int]]) -> None:
        """Replace the rows: (id, name, count)."""
        self.beginResetModel()
        self.items = items
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of rows."""
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Name with count; the id under ID_ROLE; the bare name under EditRole."""
        if not index.isValid():
            return None
        item_id, name, count = self.items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.tr("{name} ({n})").format(name=name, n=count)
        if role == ID_ROLE:
            return item_id
        if role == Qt.ItemDataRole.EditRole:
            return name
        return None

    def row_of(self, item_id: int) -> int | None:
        """Row of an id, or None."""
        for row, (rid, _name, _count) in enumerate(self.items):
            if rid == item_id:
                return row
        return None


class HeadedTableModel(QAbstractTableModel, Generic[RowT]):
    """A table model over a list of rows with fixed column titles.

    Subclasses set `headers` and implement `data`; `set_rows` replaces the rows.
    """

    def __init__(self, headers: Sequence[str] = (), parent: Any = None) -> None:
        super().__init__(parent)
        self.headers: list[str] = list(headers)
        self.rows: list[RowT] = []

    def set_rows(self, rows: list[RowT]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of rows."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        """Number of columns."""
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None
