"""«Lag utkast fra gap»: proposed measures the leader ticks, edits or discards; only the ticked
ones are added, in one undo step."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.domain.planning import (
    PeriodInfo,
    PlanSnapshot,
    Proposal,
    hours_per_person,
    period_fraction,
    request_text,
)
from kompetansekart.services import plans
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.ui.common.forms import ErrorLabel, dialog_buttons, named
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.plan.measure_form import MeasureDialog
from kompetansekart.ui.plan.models import WARN_INK, hours_text, kind_text


@dataclass
class DraftItem:
    """A proposal as the leader has it now: possibly edited, ticked or not."""

    proposal: Proposal
    fields: plans.MeasureFields
    request_text: str
    edited: bool = False


class DraftDialog(QDialog):
    """The proposals of a draft, best first."""

    COLUMNS = ("take", "title", "kind", "people", "responsible", "hours", "reason")

    def __init__(self, ctx: OfficeContext, period: PeriodInfo, plan: PlanSnapshot,
                 proposals: list[Proposal], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period = period
        self.plan = plan
        self.added = 0
        data = ctx.data
        self.names = {p.id: p.name for p in data.people}
        self.items = [DraftItem(p, plans.proposal_fields(p),
                                request_text(data, p) if p.is_county_request else "")
                      for p in proposals]
        title = self.tr("Utkast fra gap – {period}").format(period=period.name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Forslagene bygger på kontorets største gap, med periodens prioriteringer først. "
            "Kryss av dem du vil ha med, endre dem om nødvendig, og forkast resten. Ingenting "
            "legges inn før du trykker «Legg til valgte»."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        headers = [self.tr("Ta med"), self.tr("Forslag"), self.tr("Type"),
                   self.tr("Deltakere"), self.tr("Ansvarlig"), self.tr("Timer"),
                   self.tr("Hvorfor")]
        self.table = named(QTableWidget(0, len(headers)), self.tr("Forslag til tiltak"),
                           self.tr("Mellomrom krysser av; Enter endrer forslaget"))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        # Room for two lines of the reason; the whole text is in its tooltip.
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().lineSpacing() * 2 + 12)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.COLUMNS.index("reason"), QHeaderView.ResizeMode.Stretch)
        self.table.itemChanged.connect(lambda _item: self._update_summary())
        self.table.doubleClicked.connect(lambda _index: self.edit_selected())
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.edit_button = named(QPushButton(self.tr("&Endre forslag…")),
                                 self.tr("Endre det valgte forslaget"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.discard_button = named(QPushButton(self.tr("&Forkast")),
                                    self.tr("Forkast det valgte forslaget"))
        self.discard_button.clicked.connect(self.discard_selected)
        self.all_button = named(QPushButton(self.tr("Velg &alle")), self.tr("Velg alle"))
        self.all_button.clicked.connect(lambda: self.set_all(True))
        self.none_button = named(QPushButton(self.tr("Velg &ingen")), self.tr("Velg ingen"))
        self.none_button.clicked.connect(lambda: self.set_all(False))
        for button in (self.edit_button, self.discard_button, self.all_button,
                       self.none_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Hva de valgte forslagene betyr for tiden"))
        layout.addWidget(self.summary)
        self.error = ErrorLabel(self.tr("Feilmelding"))
        layout.addWidget(self.error)
        layout.addWidget(dialog_buttons(self, self.tr("&Legg til valgte")))
        self.resize(1100, 560)
        self._fill()

    # -- the table ----------------------------------------------------------------------

    def _fill(self) -> None:
        self.table.blockSignals(True)
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            self._set_row(row, item, False)
        self.table.blockSignals(False)
        self._update_summary()

    def _set_row(self, row: int, item: DraftItem, checked: bool) -> None:
        f = item.fields
        take = QTableWidgetItem()
        take.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                      | Qt.ItemFlag.ItemIsSelectable)
        take.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        take.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Ta med «{t}»").format(
            t=f.title))
        people = [self.names.get(p, "") for p in f.participant_ids]
        responsible = (self.names.get(f.responsible_person_id, "")
                       if f.responsible_person_id is not None else f.responsible_external)
        title = f.title + (self.tr(" (endret)") if item.edited else "")
        texts = [title, kind_text(f.kind), str(len(people)), responsible,
                 hours_text(f.hours_per_participant), item.proposal.reason]
        self.table.setItem(row, 0, take)
        for column, text in enumerate(texts, start=1):
            cell = QTableWidgetItem(text)
            if column == self.COLUMNS.index("people"):
                cell.setToolTip(", ".join(people))
            if column == self.COLUMNS.index("reason"):
                cell.setToolTip(text)
            self.table.setItem(row, column, cell)

    def _is_checked(self, row: int) -> bool:
        item = self.table.item(row, 0)
        return item is not None and item.checkState() == Qt.CheckState.Checked

    def set_checked(self, row: int, on: bool) -> None:
        """Tick or untick one proposal."""
        item = self.table.item(row, 0)
        if item is not None:
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def set_all(self, on: bool) -> None:
        """Tick or untick every proposal."""
        for row in range(self.table.rowCount()):
            self.set_checked(row, on)

    def chosen(self) -> list[DraftItem]:
        """The ticked proposals, in order."""
        return [item for row, item in enumerate(self.items) if self._is_checked(row)]

    def selected_row(self) -> int | None:
        """The row with the cursor."""
        row = self.table.currentRow()
        return row if 0 <= row < len(self.items) else None

    # -- actions ------------------------------------------------------------------------

    def edit_selected(self) -> None:
        """Edit the selected proposal in the measure form (it is only checked, not saved)."""
        row = self.selected_row()
        if row is None:
            return
        dialog = self.edit_dialog(row)
        if dialog.exec() and dialog.result_fields is not None:
            self.replace(row, dialog.result_fields)

    def edit_dialog(self, row: int) -> MeasureDialog:
        """The measure form for proposal `row`."""
        period_id = self.period.id
        return MeasureDialog(
            self.ctx, self.period, self.items[row].fields,
            lambda fields: plans.validate_measure(self.ctx.office, period_id, fields),
            self.tr("Endre forslag"), self)

    def replace(self, row: int, fields: plans.MeasureFields) -> None:
        """Keep the leader's edit of a proposal and tick it."""
        self.items[row].fields = fields
        self.items[row].edited = True
        self.table.blockSignals(True)
        self._set_row(row, self.items[row], True)
        self.table.blockSignals(False)
        self._update_summary()

    def discard_selected(self) -> None:
        """Drop the selected proposal from the draft."""
        row = self.selected_row()
        if row is None:
            return
        del self.items[row]
        self.table.blockSignals(True)
        self.table.removeRow(row)
        self.table.blockSignals(False)
        self._update_summary()

    def _update_summary(self) -> None:
        chosen = self.chosen()
        if not chosen:
            self.summary.setText(self.tr("Ingen forslag er valgt."))
            self.summary.setStyleSheet("")
            return
        hours = {h.person_id: h for h in hours_per_person(self.ctx.analysis, self.plan,
                                                          self.period.id)}
        planned = {pid: h.planned for pid, h in hours.items()}
        added = 0.0
        for item in chosen:
            for pid in item.fields.participant_ids:
                planned[pid] = planned.get(pid, 0.0) + item.fields.hours_per_participant
                added += item.fields.hours_per_participant
        fraction = period_fraction(self.period)
        budget = {p.id: p.hours_per_year * fraction for p in self.ctx.analysis.people}
        over = [self.names[pid] for pid, value in planned.items()
                if pid in budget and value > budget[pid] + 0.05]
        text = self.tr("{n} forslag valgt").format(n=len(chosen)) + " · " + self.tr(
            "{h} timer til sammen").format(h=hours_text(round(added, 1)))
        if over:
            text += " · " + (self.tr("1 person kommer over timebudsjettet") if len(over) == 1
                             else self.tr("{n} personer kommer over timebudsjettet").format(
                                 n=len(over)))
            self.summary.setToolTip(", ".join(sorted(over)))
            self.summary.setStyleSheet(f"color: {WARN_INK.name()};")
        else:
            self.summary.setToolTip("")
            self.summary.setStyleSheet("")
        self.summary.setText(text)

    def accept(self) -> None:
        """Add the ticked proposals as measures (one undo step)."""
        chosen = self.chosen()
        if not chosen:
            self.error.show_message(self.tr("Kryss av minst ett forslag, eller trykk Avbryt."))
            return
        try:
            self.ctx.apply(plans.accept_proposals, self.period.id,
                           [item.fields for item in chosen],
                           [item.request_text for item in chosen])
        except (ValidationError, OfficeFileError) as exc:
            self.error.show_message(exc.message)
            return
        self.added = len(chosen)
        super().accept()
