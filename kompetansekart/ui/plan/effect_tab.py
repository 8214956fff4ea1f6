"""The plan's «Effekt» tab: coverage and gaps compared with the previous period."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QWidget,
)

from kompetansekart.domain.planning import (
    PeriodInfo,
)
from kompetansekart.ui.common.forms import fmt_date
from kompetansekart.ui.plan.models import RowsModel
from kompetansekart.ui.plan.rows import (
    effect_rows,
)
from kompetansekart.ui.plan.table import PlanTable, page

if TYPE_CHECKING:
    from kompetansekart.ui.plan.view import PlanView

ID = Qt.ItemDataRole.UserRole


class EffectTab(QWidget):
    """The plan's «Effekt» tab."""

    def __init__(self, view: PlanView) -> None:
        super().__init__()
        self.view = view
        self.effect_model = RowsModel(
            [self.tr("Kompetanse"), self.tr("Når målet før"), self.tr("Når målet nå"),
             self.tr("Med mål"), self.tr("Samlet gap før"), self.tr("Samlet gap nå"),
             self.tr("Endring i gap")], right=(1, 2, 3, 4, 5, 6), parent=self)
        self.effect_table = PlanTable(self.effect_model,
                                      self.tr("Endring per kompetanse siden forrige periode"),
                                      sort_column=6)
        self.effect_table.fit_columns({0: "Økonomisk rådgivning og budsjett", 1: "888",
                                       2: "888", 3: "888", 4: "8888", 5: "8888"})
        self.effect_note = QLabel()
        self.effect_note.setWordWrap(True)
        page(self, self.effect_table, [], self.effect_note)

    def fill(self, period: PeriodInfo) -> None:
        rows, result = effect_rows(self.view.ctx.analysis, self.view.plan, period)
        self.effect_model.set_rows(rows)
        if result is None:
            self.effect_note.setText(self.tr(
                "Ingen tidligere periode å sammenligne med. Når neste periode lages, viser "
                "denne fanen hvilke gap som er lukket og hvordan dekningen har endret seg."))
            return
        self.effect_note.setText(self.tr(
            "Sammenlignet med «{previous}»: vurderingene slik de stod {before} mot {after}. "
            "{closed} gap er lukket og {opened} nye gap har kommet til (også fordi nye "
            "ansatte er vurdert).").format(
            previous=result.previous.name, before=fmt_date(result.before_on),
            after=fmt_date(result.after_on), closed=len(result.closed),
            opened=len(result.opened)))
