"""Side panel of the matrix: the selected cell's history, its target and notes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.domain.models import Source
from kompetansekart.domain.snapshot import AssessmentRecord
from kompetansekart.domain.validation import format_date
from kompetansekart.services import assessments
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.storage.reader import load_assessments
from kompetansekart.ui.common.labels import source_label
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.matrix.model import (
    CellState,
    MatrixModel,
    state_of,
)

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()
#: Item data of «Fra rollene» in the target combo (never None in a combo: PySide6 6.12 drops a
#: reference to None when it comes back from a QVariant).
FROM_ROLES = -1
#: Runs a service function for a cell (person id, competence id); the matrix view passes its
#: own so that it refreshes only that cell's column.
Runner = Callable[..., bool]


class HistoryModel(QAbstractTableModel):
    """The assessment history of one cell, newest first: date, source, level, note."""

    def __init__(self, matrix: MatrixModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix = matrix
        self._rows: list[AssessmentRecord] = []

    def set_records(self, records: list[AssessmentRecord]) -> None:
        """Show these records (sorted newest first here)."""
        self.beginResetModel()
        self._rows = sorted(records, key=lambda r: (r.assessed_on, r.id), reverse=True)
        self.endResetModel()

    def record_at(self, row: int) -> AssessmentRecord:
        """The record shown in a row."""
        return self._rows[row]

    def row_of(self, assessment_id: int) -> int:
        """The row of an assessment, or -1."""
        for row, rec in enumerate(self._rows):
            if rec.id == assessment_id:
                return row
        return -1

    def rowCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Dato"), self.tr("Nivå"), self.tr("Kilde"), self.tr("Notat"))[section]
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        rec = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return format_date(rec.assessed_on)
            if col == 1:
                label = self._matrix.label(rec.level)
                return label if rec.level is None else f"{rec.level} {label}"
            if col == 2:
                return self._who(rec)
            return rec.note
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == 2:
                return self._who(rec)
            if col == 3 and rec.note:
                return rec.note
        if role == Qt.ItemDataRole.ForegroundRole and rec.level is None and col == 1:
            return Qt.GlobalColor.darkGray
        return None

    @staticmethod
    def _who(rec: AssessmentRecord) -> str:
        """Source and assessor; a self-assessment's assessor is the person, so it is left out."""
        who = source_label(rec.source)
        if rec.assessor and rec.source != Source.SELF.value:
            return f"{who} ({rec.assessor})"
        return who


class HistoryPanel(QWidget):
    """Shows and edits what belongs to the selected cell; every edit goes through ctx.apply."""

    #: A message for the user (text, is_error), shown by the view.
    message = Signal(str, bool)

    def __init__(self, ctx: OfficeContext, matrix: MatrixModel,
                 parent: QWidget | None = None, runner: Runner | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._matrix = matrix
        self._runner = runner
        self._refresh_due = False
        self._person_id: int | None = None
        self._competence_id: int | None = None
        self.setAccessibleName(self.tr("Detaljer for valgt celle"))
        self.setMinimumWidth(300)

        self._title = QLabel()
        self._title.setWordWrap(True)
        self._title.setTextFormat(Qt.TextFormat.PlainText)
        font = self._title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self._title.setFont(font)
        self._subtitle = QLabel()
        self._subtitle.setWordWrap(True)
        self._subtitle.setTextFormat(Qt.TextFormat.PlainText)

        self._current = QLabel()
        self._self = QLabel()
        self._target = QLabel()
        self._gap = QLabel()
        for label in (self._current, self._self, self._target, self._gap):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.facts = QWidget()
        facts = QFormLayout(self.facts)
        facts.setContentsMargins(0, 4, 0, 4)
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.addRow(self.tr("Leder:"), self._current)
        facts.addRow(self.tr("Egenvurdering:"), self._self)
        facts.addRow(self.tr("Mål:"), self._target)
        facts.addRow(self.tr("Status:"), self._gap)

        self.target_combo = QComboBox()
        self.target_combo.setAccessibleName(self.tr("Individuelt mål"))
        self.target_combo.setToolTip(self.tr(
            "Et individuelt mål erstatter målet fra rollene for denne personen."))
        self.target_combo.activated.connect(self._target_chosen)
        target_label = QLabel(self.tr("&Individuelt mål:"))
        target_label.setBuddy(self.target_combo)
        target_row = QHBoxLayout()
        target_row.addWidget(target_label)
        target_row.addWidget(self.target_combo, 1)

        history_label = QLabel(self.tr("Hi&storikk"))
        self.history = HistoryModel(matrix, self)
        self.history_view = QTableView()
        history_label.setBuddy(self.history_view)
        self.history_view.setModel(self.history)
        self.history_view.setAccessibleName(self.tr("Historikk for valgt celle"))
        self.history_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.history_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_view.setTabKeyNavigation(False)
        self.history_view.verticalHeader().hide()
        self.history_view.setWordWrap(False)
        header = self.history_view.horizontalHeader()
        for col in range(2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        # The source may carry the assessor's name: a fixed width, elided, full text as tooltip.
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(2, 90)
        header.setStretchLastSection(True)
        self.history_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.history_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.history_view.selectionModel().currentRowChanged.connect(self._history_row_changed)

        note_label = QLabel(self.tr("&Notat til valgt vurdering:"))
        self.note_edit = QPlainTextEdit()
        note_label.setBuddy(self.note_edit)
        self.note_edit.setAccessibleName(self.tr("Notat til valgt vurdering"))
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setPlaceholderText(self.tr("For eksempel hva vurderingen bygger på"))
        self.note_edit.setMaximumHeight(80)
        self.note_edit.textChanged.connect(self._update_note_button)
        self.save_note = QPushButton(self.tr("La&gre notat"))
        self.save_note.setAccessibleName(self.tr("Lagre notat"))
        self.save_note.clicked.connect(self._save_note)
        note_row = QHBoxLayout()
        note_row.addStretch(1)
        note_row.addWidget(self.save_note)

        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self._title)
        layout.addWidget(self._subtitle)
        layout.addWidget(self.facts)
        layout.addLayout(target_row)
        layout.addWidget(line)
        layout.addWidget(history_label)
        layout.addWidget(self.history_view, 1)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        layout.addLayout(note_row)
        self.show_cell(None, None)

    # -- showing -------------------------------------------------------------------------

    @property
    def person_id(self) -> int | None:
        """The person of the shown cell."""
        return self._person_id

    @property
    def competence_id(self) -> int | None:
        """The competence of the shown cell."""
        return self._competence_id

    def show_cell(self, person_id: int | None, competence_id: int | None) -> None:
        """Show the cell of this person and competence (None, None: nothing selected)."""
        self._person_id = person_id
        self._competence_id = competence_id
        self.refresh()

    def refresh_later(self) -> None:
        """Refresh once control returns to the event loop (unless `show_cell` comes first).

        After a keystroke the matrix moves on at once, so refreshing the old cell now would
        be wasted work.
        """
        if not self._refresh_due:
            self._refresh_due = True
            QTimer.singleShot(0, self, self._refresh_if_due)

    def _refresh_if_due(self) -> None:
        if self._refresh_due:
            self.refresh()

    def refresh(self) -> None:
        """Re-read the shown cell from the model and its history from the file."""
        self._refresh_due = False
        cell = (self._matrix.cell(self._person_id, self._competence_id)
                if self._person_id is not None and self._competence_id is not None else None)
        enabled = cell is not None
        for widget in (self.target_combo, self.history_view, self.note_edit):
            widget.setEnabled(enabled)
        self.facts.setVisible(enabled)
        if cell is None or self._person_id is None or self._competence_id is None:
            self._title.setText(self.tr("Ingen celle valgt"))
            self._subtitle.setText(self.tr("Velg en celle i kartleggingen for å se historikken."))
            for label in (self._current, self._self, self._target, self._gap):
                label.clear()
            self.target_combo.clear()
            self.history.set_records([])
            self._select_history(-1)
            return
        data = self._matrix.office_data
        person = data.person(self._person_id)
        comp = data.competence(self._competence_id)
        category = next((c.name for c in data.categories if c.id == comp.category_id), "")
        self._title.setText(person.name)
        self._subtitle.setText(f"{comp.name} · {category}" if category else comp.name)
        name = self._matrix.label
        if cell.current is None:
            self._current.setText(name(None))
        else:
            self._current.setText(f"{cell.current} {name(cell.current)} · "
                                  f"{source_label(cell.current_source)} · "
                                  f"{format_date(cell.current_on)}")
        self._self.setText(name(None) if cell.self_level is None else
                           f"{cell.self_level} {name(cell.self_level)} · "
                           f"{format_date(cell.self_on)}")
        self._target.setText(self._target_text())
        self._gap.setText(self._status_text())
        self._fill_target_combo()
        keep = self._selected_record_id()
        self.history.set_records(load_assessments(self._ctx.office, [self._competence_id],
                                                  person_id=self._person_id))
        row = self.history.row_of(keep) if keep is not None else -1
        self._select_history(row if row >= 0 else (0 if self.history.rowCount() else -1))

    def _target_text(self) -> str:
        assert self._person_id is not None and self._competence_id is not None
        cell = self._matrix.cell(self._person_id, self._competence_id)
        if cell is None or cell.target is None:
            return self.tr("Ingen krav")
        text = f"{cell.target} {self._matrix.label(cell.target)}"
        if self._matrix.has_override(self._person_id, self._competence_id):
            return text + " · " + self.tr("individuelt mål")
        roles = self._matrix.target_roles(self._person_id, self._competence_id)
        if roles:
            names = ", ".join(name for name, level in roles if level == cell.target)
            return text + " · " + self.tr("fra rolle %1").replace("%1", names)
        return text

    def _status_text(self) -> str:
        assert self._person_id is not None and self._competence_id is not None
        cell = self._matrix.cell(self._person_id, self._competence_id)
        assert cell is not None
        state = state_of(cell.current, cell.target)
        if state == CellState.MEETS:
            return self.tr("Når målet")
        if state in (CellState.GAP_ONE, CellState.GAP_MORE):
            return self.tr("Gap: mangler %1 nivå").replace("%1", str(cell.gap))
        if state == CellState.UNKNOWN:
            return self.tr("Ukjent gap: har mål, men er ikke vurdert")
        return self.tr("Ikke vurdert") if cell.current is None else self.tr("Ingen krav")

    def _fill_target_combo(self) -> None:
        assert self._person_id is not None and self._competence_id is not None
        roles = self._matrix.target_roles(self._person_id, self._competence_id)
        from_roles = (self.tr("Fra rollene (%1)").replace("%1", str(roles[0][1])) if roles
                      else self.tr("Fra rollene (ingen krav)"))
        self.target_combo.clear()
        self.target_combo.addItem(from_roles, FROM_ROLES)
        for level in range(5):
            self.target_combo.addItem(f"{level} {self._matrix.label(level)}", level)
        if self._matrix.has_override(self._person_id, self._competence_id):
            cell = self._matrix.cell(self._person_id, self._competence_id)
            target = cell.target if cell is not None else None
            self.target_combo.setCurrentIndex(
                self.target_combo.findData(FROM_ROLES if target is None else target))
        else:
            self.target_combo.setCurrentIndex(0)

    def _select_history(self, row: int) -> None:
        selection = self.history_view.selectionModel()
        if row < 0:
            selection.clear()
            self._history_row_changed(QModelIndex(), QModelIndex())
            return
        index = self.history.index(row, 0)
        selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
        self._history_row_changed(index, QModelIndex())

    def _selected_record_id(self) -> int | None:
        index = self.history_view.currentIndex()
        if not index.isValid() or index.row() >= self.history.rowCount():
            return None
        return self.history.record_at(index.row()).id

    # -- editing -------------------------------------------------------------------------

    def _history_row_changed(self, current: AnyIndex, _previous: AnyIndex) -> None:
        note = self.history.record_at(current.row()).note if current.isValid() else ""
        self.note_edit.blockSignals(True)
        self.note_edit.setPlainText(note)
        self.note_edit.blockSignals(False)
        self.note_edit.setEnabled(current.isValid())
        self._update_note_button()

    def _update_note_button(self) -> None:
        index = self.history_view.currentIndex()
        valid = index.isValid() and index.row() < self.history.rowCount()
        changed = valid and (self.note_edit.toPlainText().strip()
                             != self.history.record_at(index.row()).note)
        self.save_note.setEnabled(bool(changed))
        if not valid and self.history.rowCount() == 0 and self._person_id is not None:
            self.note_edit.setPlaceholderText(self.tr("Registrer et nivå først, så kan du "
                                                      "skrive et notat til vurderingen."))
        else:
            self.note_edit.setPlaceholderText(self.tr("For eksempel hva vurderingen bygger på"))

    def _save_note(self) -> None:
        record_id = self._selected_record_id()
        if record_id is None:
            return
        self._run(assessments.set_note, record_id, self.note_edit.toPlainText())

    def _target_chosen(self, combo_index: int) -> None:
        if self._person_id is None or self._competence_id is None:
            return
        data = self.target_combo.itemData(combo_index)
        level = None if data is None or data == FROM_ROLES else int(data)
        has_override = self._matrix.has_override(self._person_id, self._competence_id)
        cell = self._matrix.cell(self._person_id, self._competence_id)
        if level is None and not has_override:
            return
        if has_override and cell is not None and level == cell.target:
            return
        self._run(assessments.set_target, self._person_id, self._competence_id, level)

    def _run(self, action: Any, *args: Any) -> None:
        if self._person_id is None or self._competence_id is None:
            return
        if self._runner is not None:
            ok = self._runner((self._person_id, self._competence_id), action, *args)
        else:
            try:
                self._ctx.apply(action, *args)
                ok = True
            except (ValidationError, OfficeFileError) as exc:
                self.message.emit(exc.message, True)
                ok = False
        if not ok:
            self.refresh()

