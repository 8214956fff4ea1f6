"""Table model and translated labels shared by the plan view and its dialogs."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from kompetansekart.domain.collation import sort_key
from kompetansekart.domain.models import MeasureKind, MeasureStatus
from kompetansekart.ui.common.list_models import HeadedTableModel

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
WARN_INK = QColor("#a3221a")
WARN_BG = QColor("#fbe3e0")
OK_INK = QColor("#2f6b33")

# Marked for translation with context "PlanLabels"; the domain keeps the same Norwegian words
# for the PDFs (domain.planning.KIND_LABELS).
_KINDS = {
    MeasureKind.COURSE.value: QT_TRANSLATE_NOOP("PlanLabels", "Kurs"),
    MeasureKind.ELEARNING.value: QT_TRANSLATE_NOOP("PlanLabels", "E-læring"),
    MeasureKind.NY_I_NAV.value: QT_TRANSLATE_NOOP("PlanLabels", "«Ny i NAV»"),
    MeasureKind.PEER_MENTORING.value: QT_TRANSLATE_NOOP("PlanLabels", "Kollegaveiledning"),
    MeasureKind.SHOULDER.value: QT_TRANSLATE_NOOP("PlanLabels", "Skulder-ved-skulder"),
    MeasureKind.GROUP_GUIDANCE.value: QT_TRANSLATE_NOOP("PlanLabels", "Gruppeveiledning"),
    MeasureKind.LEARNING_MEETING.value: QT_TRANSLATE_NOOP("PlanLabels", "Lærende møte"),
    MeasureKind.COMPETENCE_WEEK.value: QT_TRANSLATE_NOOP("PlanLabels", "Kompetanseuke"),
    MeasureKind.NETWORK.value: QT_TRANSLATE_NOOP("PlanLabels", "Fagnettverk"),
    MeasureKind.FURTHER_EDUCATION.value: QT_TRANSLATE_NOOP("PlanLabels", "Videreutdanning"),
    MeasureKind.PROFESSIONAL_DAY.value: QT_TRANSLATE_NOOP("PlanLabels", "Fagdag"),
    MeasureKind.LEADERSHIP.value: QT_TRANSLATE_NOOP("PlanLabels", "Lederutvikling"),
    MeasureKind.INTERNAL_EXPERT.value: QT_TRANSLATE_NOOP("PlanLabels", "Internkompetanse"),
    MeasureKind.COUNTY_REQUEST.value: QT_TRANSLATE_NOOP("PlanLabels", "Bestilling til fylket"),
}
_STATUSES = {
    MeasureStatus.PLANNED.value: QT_TRANSLATE_NOOP("PlanLabels", "Planlagt"),
    MeasureStatus.ONGOING.value: QT_TRANSLATE_NOOP("PlanLabels", "Pågår"),
    MeasureStatus.DONE.value: QT_TRANSLATE_NOOP("PlanLabels", "Gjennomført"),
    MeasureStatus.CANCELLED.value: QT_TRANSLATE_NOOP("PlanLabels", "Avlyst"),
}


def kind_text(kind: str) -> str:
    """The translated name of a kind of measure."""
    return QCoreApplication.translate("PlanLabels", str(_KINDS.get(kind, kind)))


def status_text(status: str) -> str:
    """The translated name of a measure status."""
    return QCoreApplication.translate("PlanLabels", str(_STATUSES.get(status, status)))


def kinds() -> list[str]:
    """The kinds of measures in the order the form lists them."""
    return list(_KINDS)


def statuses() -> list[str]:
    """The statuses in their natural order."""
    return list(_STATUSES)


def hours_text(value: float) -> str:
    """«7,5» — hours with a decimal comma, whole hours without decimals."""
    return f"{value:g}".replace(".", ",")


@dataclass(frozen=True)
class TableRow:
    """One row of a plan table: texts, sort keys, the item id and how to mark it."""

    id: int
    texts: tuple[str, ...]
    sort: tuple[Any, ...] = ()
    warn: bool = False
    muted: bool = False
    tooltip: str = ""
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


class RowsModel(HeadedTableModel[TableRow]):
    """A read-only table of TableRow items (sortable through a proxy on SORT_ROLE)."""

    def __init__(self, headers: Sequence[str], right: Sequence[int] = (),
                 parent: Any = None) -> None:
        super().__init__(headers, parent)
        self.right = set(right)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, sort key, id, warning colours and tooltip of a cell."""
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return row.texts[column]
        if role == SORT_ROLE:
            return row.sort[column] if column < len(row.sort) else sort_key(row.texts[column])
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.warn:
                return QBrush(WARN_INK)
            if row.muted:
                return QBrush(QColor("#6e7781"))
        if role == Qt.ItemDataRole.BackgroundRole and row.warn:
            return QBrush(WARN_BG)
        if role == Qt.ItemDataRole.ToolTipRole and row.tooltip:
            return row.tooltip
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.right:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def row_of(self, item_id: int) -> int | None:
        """The model row holding an id."""
        for i, row in enumerate(self.rows):
            if row.id == item_id:
                return i
        return None
