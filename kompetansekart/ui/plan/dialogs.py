"""Forms of the competence plan: period, priority, development goal, county request, and the
searchable check list they share (the measure form is in plan_measure_form.py)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.domain.planning import MeasureInfo, PeriodInfo, suggest_periods
from kompetansekart.services import plans
from kompetansekart.storage import reader
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.ui.common.forms import (
    ErrorLabel,
    FieldErrors,
    dialog_buttons,
    field_row,
    fmt_date,
    named,
)
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.plan.models import kind_text

ID = Qt.ItemDataRole.UserRole


def select_data(combo: QComboBox, value: object) -> None:
    """Choose the combo box entry holding `value` (the first one if none does)."""
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def date_text(value: date | str | None) -> str:
    """A date as typed in the forms (dd.mm.åååå), text as it is."""
    if isinstance(value, date):
        return fmt_date(value)
    return value or ""


class CheckList(QWidget):
    """A searchable list of checkable items (people or competences)."""

    def __init__(self, name: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        self.search = named(QLineEdit(), placeholder)
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.list = named(QListWidget(), name, self.tr("Kryss av med mellomrom"))
        self.list.setMinimumHeight(110)
        self.list.itemChanged.connect(lambda _item: self._count())
        self.count = QLabel()
        box.addWidget(self.search)
        box.addWidget(self.list, 1)
        box.addWidget(self.count)
        self.setAccessibleName(name)

    def set_items(self, items: Sequence[tuple[int, str, str]], checked: Sequence[int]) -> None:
        """Fill the list with (id, text, tooltip) and tick the given ids."""
        chosen = set(checked)
        self.list.blockSignals(True)
        self.list.clear()
        for item_id, text, tip in items:
            item = QListWidgetItem(text)
            item.setData(ID, item_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if item_id in chosen
                               else Qt.CheckState.Unchecked)
            if tip:
                item.setToolTip(tip)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._count()

    def checked(self) -> list[int]:
        """Ids of the ticked items, in list order."""
        return [int(self.list.item(i).data(ID)) for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]

    def set_checked(self, ids: Sequence[int], on: bool = True) -> None:
        """Tick (or untick) the given ids, leaving the others as they are."""
        wanted = set(ids)
        for i in range(self.list.count()):
            item = self.list.item(i)
            if int(item.data(ID)) in wanted:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().lower())

    def _count(self) -> None:
        self.count.setText(self.tr("%n valgt", "", len(self.checked())))


class PeriodDialog(QDialog):
    """A plan period: a year or a half-year, its leader and a note."""

    def __init__(self, ctx: OfficeContext, period: PeriodInfo | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period = period
        self.saved_name = ""
        #: The new period's id (after «OK» on a new period).
        self.saved_id: int | None = None
        title = self.tr("Endre planperiode") if period else self.tr("Ny planperiode")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors(ErrorLabel(self.tr("Feilmelding")))
        self.suggestion = QComboBox()
        self.suggestion.addItem(self.tr("(velg selv)"), None)
        for name, start, end in suggest_periods(ctx.data.today):
            self.suggestion.addItem(name, (name, start, end))
        self.suggestion.currentIndexChanged.connect(self._suggest)
        if period is None:
            field_row(form, self.tr("Forsla&g:"), self.suggestion, self.errors, "suggestion",
                      self.tr("Forslag til periode"))
        self.name = QLineEdit(period.name if period else "")
        self.name.setPlaceholderText(self.tr("for eksempel 2027 eller 1. halvår 2027"))
        field_row(form, self.tr("&Navn:"), self.name, self.errors, "name",
                  self.tr("Navn på perioden"))
        self.start = QLineEdit(fmt_date(period.start) if period else "")
        self.start.setPlaceholderText(self.tr("dd.mm.åååå"))
        field_row(form, self.tr("&Fra:"), self.start, self.errors, "start",
                  self.tr("Periodens første dag"))
        self.end = QLineEdit(fmt_date(period.end) if period else "")
        self.end.setPlaceholderText(self.tr("dd.mm.åååå"))
        field_row(form, self.tr("&Til:"), self.end, self.errors, "end",
                  self.tr("Periodens siste dag"))
        leader = period.leader_name if period else self._office_leader()
        self.leader = QLineEdit(leader)
        field_row(form, self.tr("Le&der:"), self.leader, self.errors, "leader_name",
                  self.tr("Leder som signerer planen"))
        self.note = QPlainTextEdit(period.note if period else "")
        self.note.setPlaceholderText(self.tr("for eksempel mål fra årets styringsbrev"))
        self.note.setFixedHeight(70)
        field_row(form, self.tr("N&otat:"), self.note, self.errors, "note",
                  self.tr("Notat til perioden"))
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(dialog_buttons(self, self.tr("&Lagre")))
        self.setMinimumWidth(440)
        if period is None:
            self.suggestion.setCurrentIndex(1)

    def _office_leader(self) -> str:
        return reader.office_leader(self.ctx.office)

    def _suggest(self, _index: int) -> None:
        value = self.suggestion.currentData()
        if value:
            name, start, end = value
            self.name.setText(name)
            self.start.setText(fmt_date(start))
            self.end.setText(fmt_date(end))

    def fields(self) -> plans.PeriodFields:
        """The form as the service's input."""
        return plans.PeriodFields(self.name.text(), self.start.text(), self.end.text(),
                                  self.leader.text(), self.note.toPlainText())

    def accept(self) -> None:
        """Save; stay open with the message when refused."""
        self.errors.clear()
        fields = self.fields()
        try:
            if self.period is None:
                self.saved_id = self.ctx.apply(plans.add_period, fields).created_id
            else:
                self.ctx.apply(plans.update_period, self.period.id, fields)
        except (ValidationError, OfficeFileError) as exc:
            self.errors.show(exc)
            return
        self.saved_name = " ".join(fields.name.split())
        super().accept()


class PriorityDialog(QDialog):
    """A priority: one competence or a whole category, with the reason for it."""

    def __init__(self, ctx: OfficeContext, period_id: int, priority_id: int | None = None,
                 current: tuple[int | None, int | None, str] = (None, None, ""),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period_id = period_id
        self.priority_id = priority_id
        title = self.tr("Endre prioritering") if priority_id else self.tr("Ny prioritering")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        data = ctx.data
        comp_id, cat_id, rationale = current
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors(ErrorLabel(self.tr("Feilmelding")))
        kind_box = QWidget()
        row = QHBoxLayout(kind_box)
        row.setContentsMargins(0, 0, 0, 0)
        self.by_competence = QRadioButton(self.tr("Kompetanse&område"))
        self.by_category = QRadioButton(self.tr("Hel k&ategori"))
        group = QButtonGroup(self)
        group.addButton(self.by_competence)
        group.addButton(self.by_category)
        row.addWidget(self.by_competence)
        row.addWidget(self.by_category)
        row.addStretch(1)
        form.addRow(self.tr("Gjelder:"), kind_box)
        self.competence = QComboBox()
        needs = {n.competence_id: n for n in ctx.analysis.needs()}
        for comp in data.competences:
            need = needs.get(comp.id)
            suffix = self.tr(" (gap {n})").format(n=need.total_gap) if need and \
                need.total_gap else ""
            self.competence.addItem(comp.name + suffix, comp.id)
        self.category = QComboBox()
        for cat in data.categories:
            self.category.addItem(cat.name, cat.id)
        field_row(form, self.tr("Ko&mpetanse:"), self.competence, self.errors, "competence",
                  self.tr("Kompetanseområde"))
        field_row(form, self.tr("Kat&egori:"), self.category, self.errors, "category",
                  self.tr("Kategori"))
        self.rationale = QPlainTextEdit(rationale)
        self.rationale.setPlaceholderText(self.tr("Hvorfor: for eksempel et mål i årets "
                                                  "styringsbrev"))
        self.rationale.setFixedHeight(80)
        field_row(form, self.tr("&Begrunnelse:"), self.rationale, self.errors, "rationale",
                  self.tr("Begrunnelse"))
        if cat_id is not None:
            self.by_category.setChecked(True)
            select_data(self.category, cat_id)
        else:
            self.by_competence.setChecked(True)
            if comp_id is not None:
                select_data(self.competence, comp_id)
        self.by_competence.toggled.connect(self._kind_changed)
        self._kind_changed()
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(dialog_buttons(self, self.tr("&Lagre")))
        self.setMinimumWidth(460)

    def _kind_changed(self, *_args: object) -> None:
        self.competence.setEnabled(self.by_competence.isChecked())
        self.category.setEnabled(self.by_category.isChecked())

    def accept(self) -> None:
        """Save; stay open with the message when refused."""
        self.errors.clear()
        comp = self.competence.currentData() if self.by_competence.isChecked() else None
        cat = self.category.currentData() if self.by_category.isChecked() else None
        text = self.rationale.toPlainText()
        try:
            if self.priority_id is None:
                self.ctx.apply(plans.add_priority, self.period_id, competence_id=comp,
                               category_id=cat, rationale=text)
            else:
                self.ctx.apply(plans.update_priority, self.priority_id, competence_id=comp,
                               category_id=cat, rationale=text)
        except (ValidationError, OfficeFileError) as exc:
            self.errors.show(exc)
            return
        super().accept()


class GoalDialog(QDialog):
    """A goal in a person's development plan, from the appraisal talk."""

    def __init__(self, ctx: OfficeContext, person_id: int, goal_id: int | None,
                 measures: Sequence[MeasureInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.person_id = person_id
        self.goal_id = goal_id
        existing = plans.goal_fields(ctx.office, goal_id) if goal_id is not None else None
        data = ctx.data
        name = next((p.name for p in data.people if p.id == person_id), "")
        title = (self.tr("Endre utviklingsmål for {name}") if existing
                 else self.tr("Nytt utviklingsmål for {name}")).format(name=name)
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors(ErrorLabel(self.tr("Feilmelding")))
        self.competence = QComboBox()
        analysis = ctx.analysis
        for comp in data.competences:
            cur = analysis.current(person_id, comp.id)
            tgt = analysis.target(person_id, comp.id)
            hint = self.tr(" (nå {cur}, mål {tgt})").format(
                cur="–" if cur is None else cur, tgt="–" if tgt is None else tgt)
            self.competence.addItem(comp.name + hint, comp.id)
        if existing:
            select_data(self.competence, existing.competence_id)
        field_row(form, self.tr("&Kompetanse:"), self.competence, self.errors, "competence",
                  self.tr("Kompetanseområde"))
        self.level = QComboBox()
        for level in range(5):
            self.level.addItem(f"{level} {data.label(level)}", level)
        select_data(self.level, existing.target_level if existing else 3)
        field_row(form, self.tr("&Målnivå:"), self.level, self.errors, "target_level",
                  self.tr("Målnivå"))
        self.due = QLineEdit(date_text(existing.due) if existing else "")
        self.due.setPlaceholderText(self.tr("dd.mm.åååå (valgfritt)"))
        field_row(form, self.tr("&Frist:"), self.due, self.errors, "due", self.tr("Frist"))
        self.note = QPlainTextEdit(existing.note if existing else "")
        self.note.setPlaceholderText(self.tr("Hva ble avtalt i utviklingssamtalen?"))
        self.note.setFixedHeight(70)
        field_row(form, self.tr("&Notat:"), self.note, self.errors, "note", self.tr("Notat"))
        self.measures = CheckList(self.tr("Tiltak som hører til målet"),
                                  self.tr("Søk i tiltak"))
        linked = existing.measure_ids if existing else []
        items = sorted(measures, key=lambda m: (person_id not in m.participant_ids, m.title))
        self.measures.set_items([(m.id, m.title, kind_text(m.kind)) for m in items], linked)
        field_row(form, self.tr("&Tiltak:"), self.measures, self.errors, "measure_ids",
                  self.tr("Tiltak"))
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(dialog_buttons(self, self.tr("&Lagre")))
        self.setMinimumWidth(480)

    def accept(self) -> None:
        """Save; stay open with the message when refused."""
        self.errors.clear()
        fields = plans.GoalFields(self.person_id, int(self.competence.currentData()),
                                  int(self.level.currentData()), self.due.text(),
                                  self.note.toPlainText(), self.measures.checked())
        try:
            if self.goal_id is None:
                self.ctx.apply(plans.add_goal, fields)
            else:
                self.ctx.apply(plans.update_goal, self.goal_id, fields)
        except (ValidationError, OfficeFileError) as exc:
            self.errors.show(exc)
            return
        super().accept()


class RequestDialog(QDialog):
    """A request (bestilling) to the county for a need the office cannot cover itself."""

    def __init__(self, ctx: OfficeContext, period_id: int | None, request_id: int | None = None,
                 current: tuple[int | None, str, int] = (None, "", 0),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.period_id = period_id
        self.request_id = request_id
        title = (self.tr("Endre bestilling til fylket") if request_id
                 else self.tr("Ny bestilling til fylket"))
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        comp_id, text, count = current
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.errors = FieldErrors(ErrorLabel(self.tr("Feilmelding")))
        self.competence = QComboBox()
        self.competence.addItem(self.tr("(ikke ett bestemt område)"), None)
        for comp in ctx.data.competences:
            self.competence.addItem(comp.name, comp.id)
        select_data(self.competence, comp_id)
        field_row(form, self.tr("&Kompetanse:"), self.competence, self.errors, "competence",
                  self.tr("Kompetanseområde"))
        self.text = QPlainTextEdit(text)
        self.text.setPlaceholderText(self.tr("Hva ber kontoret fylket om?"))
        self.text.setFixedHeight(90)
        field_row(form, self.tr("&Bestilling:"), self.text, self.errors, "text",
                  self.tr("Bestilling"))
        self.count = QSpinBox()
        self.count.setRange(0, 10_000)
        self.count.setValue(count)
        field_row(form, self.tr("&Antall personer:"), self.count, self.errors, "people_count",
                  self.tr("Antall personer"))
        layout.addLayout(form)
        layout.addWidget(self.errors.general)
        layout.addWidget(dialog_buttons(self, self.tr("&Lagre")))
        self.setMinimumWidth(460)

    def accept(self) -> None:
        """Save; stay open with the message when refused."""
        self.errors.clear()
        comp = self.competence.currentData()
        try:
            if self.request_id is None:
                self.ctx.apply(plans.add_request, self.period_id, comp,
                               self.text.toPlainText(), self.count.value())
            else:
                self.ctx.apply(plans.update_request, self.request_id, comp,
                               self.text.toPlainText(), self.count.value())
        except (ValidationError, OfficeFileError) as exc:
            self.errors.show(exc)
            return
        super().accept()
