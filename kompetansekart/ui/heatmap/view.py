"""«Varmekart»: who can what, and where the office is thin, as one array-backed image.

People are rows and competences columns, grouped by team, role or category. One control
switches between level, gap, self-vs-leader and age; filters narrow the map; a category can be
folded into one roll-up column. Hover tells the whole story of a cell, a click opens a small
assessment editor, and every edit or undo anywhere redraws the map at once (an edit made here
recolours just the one cell).
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QRect, Qt, Signal, Slot
from PySide6.QtGui import QCursor, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMenu,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from kompetansekart.domain.heatmap_data import (
    MODES,
    CellFacts,
    Cube,
    HeatmapGrid,
    Mode,
    Options,
    RollupFacts,
    build_grid,
)
from kompetansekart.services import assessments
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.ui.common.forms import fmt_date, named, warn
from kompetansekart.ui.common.labels import source_label
from kompetansekart.ui.context import OfficeContext
from kompetansekart.ui.heatmap.assessment_dialog import AssessmentDialog
from kompetansekart.ui.heatmap.canvas import HeatmapCanvas
from kompetansekart.ui.heatmap.headers import coverage_text
from kompetansekart.ui.heatmap.legend import LegendBar, legend_labels

#: Tables whose change can alter the map; other edits (plans, measures) leave it alone.
RELEVANT_TABLES = frozenset({
    "assessment", "person", "personrole", "team", "role", "rolerequirement", "category",
    "competence", "targetoverride", "scalelevel", "setting", "office",
})


class HeatmapView(QWidget):
    """The «Varmekart» view of the main window (see the module doc)."""

    navigate = Signal(str, dict)

    def __init__(self, ctx: OfficeContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.options = Options()
        self.cube: Cube | None = None
        self.grid: HeatmapGrid | None = None
        self.editor: AssessmentDialog | None = None
        self.hover_text = ""
        #: The assessment this view is recording right now (for the one-cell redraw).
        self._pending: tuple[int, int, int | None, date, str] | None = None
        self._populating = False
        #: The office changed while the view was hidden: reload when it is shown again.
        self._stale = False
        self.setAccessibleName(self.tr("Varmekart"))

        self.mode_box = self._combo(self.tr("Visning"), [
            (self.tr("Nivå"), "level"), (self.tr("Gap mot mål"), "gap"),
            (self.tr("Egenvurdering mot leder"), "self"), (self.tr("Alder på vurdering"), "age")],
            self.tr("Hva fargene viser"))
        self.group_box = self._combo(self.tr("Grupper ansatte etter"), [
            (self.tr("Team"), "team"), (self.tr("Rolle"), "role"), (self.tr("Navn"), "name")])
        self.team_box = self._combo(self.tr("Team"), [])
        self.role_box = self._combo(self.tr("Rolle"), [])
        self.category_box = self._combo(self.tr("Kategori"), [])
        self.only_gaps = named(QCheckBox(self.tr("Bare &gap")), self.tr("Bare gap"),
                               self.tr("Vis bare ansatte og områder med gap eller ukjent gap"))
        self.coverage_box = self._combo(self.tr("Dekning"), [
            (self.tr("På kravnivå"), None), *[(self.tr("Nivå {n} eller mer").format(n=n), n)
                                              for n in range(1, 5)]],
            self.tr("Hva tallene under kartet teller"))
        self.collapse_all = named(QCheckBox(self.tr("&Samle kategorier")),
                                  self.tr("Samle kategorier"),
                                  self.tr("Vis hver kategori som én kolonne (verste gap eller "
                                          "snittnivå); klikk en kategori for å åpne den"))
        self.high_contrast = named(QCheckBox(self.tr("Høy ko&ntrast")), self.tr("Høy kontrast"))
        self.zoom_out = self._tool("−", self.tr("Zoom ut (Ctrl+minus)"))
        self.zoom_in = self._tool("+", self.tr("Zoom inn (Ctrl+pluss)"))
        self.zoom_reset = self._tool(self.tr("100 %"), self.tr("Standard størrelse"))
        self.zoom_fit = self._tool(self.tr("Tilpass"), self.tr("Vis hele kartet"))
        self.export_button = self._tool(self.tr("&Eksporter"), self.tr("Lagre kartet som bilde"))
        menu = QMenu(self.export_button)
        menu.addAction(self.tr("Som PNG-bilde (det du ser)…"), self._ask_png)
        menu.addAction(self.tr("Som SVG-vektorgrafikk (hele kartet)…"), self._ask_svg)
        self.export_button.setMenu(menu)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        top = QHBoxLayout()
        for label, widget in ((self.tr("V&is:"), self.mode_box),
                              (self.tr("Gr&upper:"), self.group_box),
                              (self.tr("&Team:"), self.team_box),
                              (self.tr("R&olle:"), self.role_box),
                              (self.tr("&Kategori:"), self.category_box)):
            self._labelled(top, label, widget)
        top.addWidget(self.only_gaps)
        top.addStretch(1)
        second = QHBoxLayout()
        self._labelled(second, self.tr("&Dekning:"), self.coverage_box)
        second.addWidget(self.collapse_all)
        second.addWidget(self.high_contrast)
        second.addStretch(1)
        second.addWidget(QLabel(self.tr("Zoom:")))
        for button in (self.zoom_out, self.zoom_in, self.zoom_reset, self.zoom_fit):
            second.addWidget(button)
        second.addSpacing(12)
        second.addWidget(self.export_button)

        self.canvas = HeatmapCanvas(self)
        self.legend = LegendBar(self)
        self.map_area = QWidget(self)
        area = QVBoxLayout(self.map_area)
        area.setContentsMargins(0, 0, 0, 0)
        area.setSpacing(2)
        area.addWidget(self.canvas, 1)
        area.addWidget(self.legend)
        self.empty_note = QLabel(self)
        self.empty_note.setWordWrap(True)
        self.empty_note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_note.setAccessibleName(self.tr("Varmekartet er tomt"))
        self.empty_note.hide()
        area.addWidget(self.empty_note, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addLayout(second)
        layout.addWidget(self.map_area, 1)

        for box in (self.mode_box, self.group_box, self.team_box, self.role_box,
                    self.category_box, self.coverage_box):
            box.currentIndexChanged.connect(self._options_changed)
        for check in (self.only_gaps, self.collapse_all, self.high_contrast):
            check.toggled.connect(self._options_changed)
        self.zoom_in.clicked.connect(lambda: self.canvas.set_zoom(self.canvas.zoom() * 1.25))
        self.zoom_out.clicked.connect(lambda: self.canvas.set_zoom(self.canvas.zoom() / 1.25))
        self.zoom_reset.clicked.connect(lambda: self.canvas.set_zoom(1.0))
        self.zoom_fit.clicked.connect(self.canvas.zoom_to_fit)
        self.canvas.cellClicked.connect(self._cell_clicked)
        self.canvas.cellActivated.connect(self._cell_clicked)
        self.canvas.cellHovered.connect(self._cell_hovered)
        self.canvas.categoryToggled.connect(self.toggle_category)
        ctx.changed.connect(self._on_changed)
        self.reload()

    # -- small builders ----------------------------------------------------------------

    def _combo(self, name: str, items: list[tuple[str, object]], description: str = ""
               ) -> QComboBox:
        box = QComboBox(self)
        for text, data in items:
            box.addItem(text, data)
        return named(box, name, description)

    def _tool(self, text: str, description: str) -> QToolButton:
        button = QToolButton(self)
        button.setText(text)
        return named(button, text.replace("&", ""), description)

    @staticmethod
    def _labelled(layout: QHBoxLayout, text: str, widget: QWidget) -> None:
        label = QLabel(text)
        label.setBuddy(widget)
        layout.addWidget(label)
        layout.addWidget(widget)

    # -- public API --------------------------------------------------------------------

    def set_mode(self, mode: str) -> None:
        """Switch to «level», «gap», «self» (self vs leader) or «age»."""
        if mode not in MODES:
            raise ValidationError(self.tr("Varmekartet har ingen modus «{mode}». Velg en av: "
                                          "{modes}.").format(mode=mode, modes=", ".join(MODES)),
                                  "mode")
        self.mode_box.setCurrentIndex(self.mode_box.findData(mode))

    def mode(self) -> Mode:
        """The mode shown."""
        return self.options.mode

    def set_options(self, options: Options) -> None:
        """Show the map with these options (the controls follow)."""
        self._populating = True
        try:
            self.mode_box.setCurrentIndex(self.mode_box.findData(options.mode))
            self.group_box.setCurrentIndex(self.group_box.findData(options.row_grouping))
            self._select_filter(self.team_box, options.team_ids)
            self._select_filter(self.role_box, options.role_ids)
            self._select_filter(self.category_box, options.category_ids)
            self.only_gaps.setChecked(options.only_gaps)
            self.coverage_box.setCurrentIndex(self.coverage_box.findData(options.coverage_level))
            self.high_contrast.setChecked(options.high_contrast)
            self.collapse_all.setChecked(bool(options.collapsed) and self.cube is not None and
                                         options.collapsed >= self._all_categories())
        finally:
            self._populating = False
        self.options = options
        self.rebuild()

    def toggle_category(self, category_id: int) -> None:
        """Fold a category into one roll-up column, or unfold it."""
        collapsed = set(self.options.collapsed)
        collapsed ^= {category_id}
        self.options = self.options.with_(collapsed=frozenset(collapsed))
        self.rebuild()

    def show_target(self, target: dict[str, int]) -> None:
        """Select the cell of a person and/or competence, clearing filters that hide it."""
        pid, cid = target.get("person_id"), target.get("competence_id")
        if self.grid is None:
            return
        hidden = (pid is not None and self.grid.row_of(pid) is None) or (
            cid is not None and self.grid.column_of(cid) is None)
        if hidden:
            self.set_options(self.options.with_(team_ids=None, role_ids=None,
                                                category_ids=None, only_gaps=False))
        grid = self.grid
        row = grid.row_of(pid) if pid is not None else 0
        col = grid.column_of(cid) if cid is not None else 0
        if row is not None and col is not None and 0 not in grid.shape:
            self.canvas.select(row, col)

    def reload(self) -> None:
        """Read the office again and redraw everything."""
        self._stale = False
        self.cube = Cube(self.ctx.data)
        self._populate_filters()
        self.rebuild()

    def rebuild(self) -> None:
        """Rebuild the grid from the cube with the current options and show it."""
        if self.cube is None:
            return
        self.grid = build_grid(self.cube, self.options)
        self.canvas.set_grid(self.grid)
        self._update_texts()

    def tooltip_for(self, row: int, column: int) -> str:
        """The hover text of a cell (rich text)."""
        if self.grid is None or self.cube is None:
            return ""
        facts = self.grid.facts(self.cube, row, column)
        if isinstance(facts, RollupFacts):
            return self._rollup_text(facts)
        return self._cell_text(facts)

    def open_editor(self, row: int, column: int) -> AssessmentDialog | None:
        """Open the assessment editor for a cell (a roll-up cell unfolds its category)."""
        if self.grid is None or self.cube is None:
            return None
        col = self.grid.columns[column]
        if col.rollup:
            self.toggle_category(col.key)
            return None
        facts = self.grid.facts(self.cube, row, column)
        assert isinstance(facts, CellFacts)
        if self.editor is not None:
            self.editor.close()
        editor = AssessmentDialog(
            self, facts, self.grid.scale_labels,
            lambda level, source, day, note: self.record(facts.person_id, facts.competence_id,
                                                         level, source, day, note))
        editor.openMatrix.connect(lambda: self.navigate.emit(
            "matrix", {"person_id": facts.person_id, "competence_id": facts.competence_id}))
        editor.finished.connect(lambda _result: self._editor_closed(editor))
        self.editor = editor
        editor.open()
        return editor

    def record(self, person_id: int, competence_id: int, level: int | None, source: str,
               day: date, note: str = "") -> None:
        """Record an assessment through the undo stack; the cell is recoloured at once."""
        self._pending = (person_id, competence_id, level, day, source)
        try:
            self.ctx.apply(assessments.record, person_id, competence_id, level, source=source,
                           on=day, note=note)
        finally:
            self._pending = None

    def export_png(self, path: str | Path) -> Path:
        """Save what is on screen (map, headers, coverage and legend) as a PNG."""
        target = Path(path)
        if not self.map_area.grab().save(str(target), "PNG"):
            raise OfficeFileError(self.tr("Kunne ikke lagre bildet «{name}».").format(
                name=target.name))
        return target

    def export_svg(self, path: str | Path) -> Path:
        """Save the whole current map (all rows and columns) as SVG vector graphics."""
        if self.grid is None:
            raise OfficeFileError(self.tr("Det er ikke noe kart å lagre."))
        # reportlab's graphics take most of a second to import: only when asked for.
        from kompetansekart.reports.heatmap_drawing import save_svg

        target = Path(path)
        try:
            save_svg(self.grid, target)
        except OSError as exc:
            raise OfficeFileError(self.tr("Kunne ikke lagre «{name}»: {reason}.").format(
                name=target.name, reason=exc.strerror or exc)) from exc
        return target

    # -- reacting ----------------------------------------------------------------------

    @Slot(frozenset)
    def _on_changed(self, tables: frozenset[str]) -> None:
        if tables and not tables & RELEVANT_TABLES:
            return
        pending = self._pending
        if pending is not None and tables == {"assessment"} and self.cube is not None \
                and self.grid is not None:
            person_id, competence_id, level, day, source = pending
            self.cube.record(person_id, competence_id, level, day, source)
            if self.options.only_gaps:
                self.rebuild()  # the edit may add or remove rows; the cube is still current
                return
            cell = self.grid.refresh_cell(self.cube, person_id, competence_id)
            if cell is not None:
                self.canvas.refresh_cell(*cell)
            return
        if not self.isVisible():
            # A hidden tab does not make the shared snapshot reload on every edit elsewhere.
            self._stale = True
            return
        self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        """Catch up with edits made while the view was hidden."""
        if self._stale:
            self.reload()
        super().showEvent(event)

    def _options_changed(self) -> None:
        if self._populating or self.cube is None:
            return
        collapsed = self.options.collapsed
        sender = self.sender()
        if sender is self.collapse_all:
            collapsed = self._all_categories() if self.collapse_all.isChecked() else frozenset()
        self.options = Options(
            mode=self.mode_box.currentData(),
            row_grouping=self.group_box.currentData(),
            team_ids=self._filter_value(self.team_box),
            role_ids=self._filter_value(self.role_box),
            category_ids=self._filter_value(self.category_box),
            only_gaps=self.only_gaps.isChecked(),
            collapsed=collapsed,
            coverage_level=self.coverage_box.currentData(),
            high_contrast=self.high_contrast.isChecked(),
        )
        self.rebuild()

    def _all_categories(self) -> frozenset[int]:
        data = self.cube.data if self.cube is not None else self.ctx.data
        return frozenset(c.id for c in data.categories)

    @staticmethod
    def _filter_value(box: QComboBox) -> frozenset[int] | None:
        value = box.currentData()
        return None if value is None else frozenset({int(value)})

    @staticmethod
    def _select_filter(box: QComboBox, ids: frozenset[int] | None) -> None:
        value = None if not ids else next(iter(ids))
        index = box.findData(value)
        box.setCurrentIndex(max(0, index))

    def _populate_filters(self) -> None:
        data = self.ctx.data
        self._populating = True
        try:
            for box, all_text, items in (
                (self.team_box, self.tr("Alle team"), sorted(
                    data.teams.items(), key=lambda kv: kv[1].casefold())),
                (self.role_box, self.tr("Alle roller"), sorted(
                    ((r.id, r.name) for r in data.roles.values()),
                    key=lambda kv: kv[1].casefold())),
                (self.category_box, self.tr("Alle kategorier"),
                 [(c.id, c.name) for c in data.categories]),
            ):
                current = box.currentData()
                box.clear()
                box.addItem(all_text, None)
                for key, name in items:
                    box.addItem(name, key)
                box.setCurrentIndex(max(0, box.findData(current)))
        finally:
            self._populating = False
        # A filter whose team/role/category was deleted falls back to «all».
        self.options = self.options.with_(
            team_ids=self._filter_value(self.team_box),
            role_ids=self._filter_value(self.role_box),
            category_ids=self._filter_value(self.category_box))

    def _update_texts(self) -> None:
        grid = self.grid
        if grid is None:
            return
        rows, cols = grid.shape
        self._show_empty_note(rows, cols)
        self.canvas.corner.setText(self.tr("<b>{office}</b><br>{rows} ansatte × {cols} "
                                           "kolonner").format(office=grid.office_name,
                                                              rows=rows, cols=cols))
        level = self.options.coverage_level
        self.canvas.strip_label.setText(
            self.tr("<b>Dekning</b> (på kravnivå)") if level is None
            else self.tr("<b>Dekning</b> (nivå {n}+)").format(n=level))
        titles = {"level": self.tr("Nivå:"), "gap": self.tr("Gap:"),
                  "self": self.tr("Egen − leder:"), "age": self.tr("Alder:")}
        notes = {
            "level": self.tr("Skravert = ikke vurdert (ikke det samme som 0). Tallene under "
                             "kartet: antall på kontorets kravnivå; ⚠ = sårbar (kreves, høyst én "
                             "dekker). Klikk en celle for å vurdere."),
            "gap": self.tr("Gap = mål minus nivå. ? = mål finnes, men personen er ikke vurdert. "
                           "Tom = ingen mål. ⚠ = sårbar kompetanse."),
            "self": self.tr("Pluss = personen vurderer seg høyere enn leder, minus = lavere. "
                            "Skravert = mangler en av vurderingene."),
            "age": self.tr("Måneder siden siste ledervurdering; utdatert etter {n} mnd. "
                           "Skravert = ikke vurdert.").format(n=grid.stale_months),
        }
        self.legend.set_legend(titles[grid.mode], grid.palette,
                               legend_labels(grid.palette.legend), notes[grid.mode],
                               grid.options.high_contrast)

    def _show_empty_note(self, rows: int, cols: int) -> None:
        """Explain an empty map instead of showing an empty grid."""
        filtered = (self.options.team_ids is not None or self.options.role_ids is not None
                    or self.options.category_ids is not None or self.options.only_gaps)
        if rows and cols:
            text = ""
        elif filtered:
            text = self.tr("Ingen ansatte eller kompetanseområder passer til utvalget. Velg "
                           "«Alle» i filtrene eller slå av «Bare gap».")
        elif not rows:
            text = self.tr("Kontoret har ingen aktive ansatte ennå. Legg dem til under "
                           "«Ansatte», og vurder dem under «Kartlegging».")
        else:
            text = self.tr("Kontoret har ingen kompetanseområder ennå. Legg dem til under "
                           "«Kompetansekatalog».")
        self.empty_note.setText(text)
        self.empty_note.setVisible(bool(text))
        self.canvas.setVisible(not text)
        self.legend.setVisible(not text)

    def _cell_clicked(self, row: int, column: int) -> None:
        self.open_editor(row, column)

    def _cell_hovered(self, row: int, column: int) -> None:
        if row < 0:
            self.hover_text = ""
            return
        self.hover_text = self.tooltip_for(row, column)
        viewport = self.canvas.graphics.viewport()
        QToolTip.showText(QCursor.pos(), self.hover_text, viewport,
                          QRect(self.canvas.cell_rect(row, column)))

    def _editor_closed(self, editor: AssessmentDialog) -> None:
        if self.editor is editor:
            self.editor = None
        editor.deleteLater()

    # -- texts -------------------------------------------------------------------------

    def _source_text(self, source: str | None) -> str:
        return source_label(source, lower=True) if source else ""

    def _cell_text(self, f: CellFacts) -> str:
        lines = [f"<b>{f.person_name}</b>",
                 f"{f.competence_name} <span style='color:#555'>({f.category_name})</span>"]
        if f.current is None:
            lines.append(self.tr("Nivå: <b>ikke vurdert</b>"))
        else:
            lines.append(self.tr("Nivå: <b>{level} {label}</b>").format(
                level=f.current, label=f.current_label))
        if f.target is None:
            lines.append(self.tr("Mål: ingen"))
        else:
            lines.append(self.tr("Mål: {level} {label}").format(level=f.target,
                                                                label=f.target_label))
        if f.unknown_gap:
            lines.append(self.tr("Gap: <b>ukjent</b> (mål, men ikke vurdert)"))
        elif f.target is not None and f.current is not None:
            lines.append(self.tr("Gap: {gap}").format(gap=f.gap))
        if f.self_level is not None:
            lines.append(self.tr("Egenvurdering: {level} {label} ({date})").format(
                level=f.self_level, label=f.self_label, date=fmt_date(f.self_on)))
        if f.current_on is not None:
            age = self.tr("{n} mnd siden").format(n=f.age_months)
            if f.stale:
                age += self.tr(", <b>utdatert</b>")
            lines.append(self.tr("Sist vurdert {date} av {source} ({age})").format(
                date=fmt_date(f.current_on), source=self._source_text(f.current_source),
                age=age))
        lines.append(self.tr("<i>Klikk for å vurdere</i>"))
        return "<br>".join(lines)

    def _rollup_text(self, f: RollupFacts) -> str:
        lines = [f"<b>{f.person_name}</b>",
                 self.tr("{category} (samlet: {n} områder, {a} vurdert)").format(
                     category=f.category_name, n=f.competences, a=f.assessed)]
        if f.mean_level is not None:
            lines.append(self.tr("Snittnivå: {mean}").format(
                mean=f"{f.mean_level:.1f}".replace(".", ",")))
        lines.append(self.tr("Verste gap: {gap}").format(gap=f.worst_gap))
        if f.unknown_gaps:
            lines.append(self.tr("Ukjente gap: {n} av {t} med mål").format(
                n=f.unknown_gaps, t=f.with_target))
        if f.largest_difference is not None:
            lines.append(self.tr("Største forskjell egen − leder: {d:+d}").format(
                d=f.largest_difference))
        if f.oldest_months is not None:
            lines.append(self.tr("Eldste vurdering: {n} mnd").format(n=f.oldest_months))
        lines.append(self.tr("<i>Klikk for å vise områdene</i>"))
        return "<br>".join(lines)

    def coverage_tooltip(self, column: int) -> str:
        """The hover text of a coverage cell."""
        return coverage_text(self.grid, column) if self.grid is not None else ""

    # -- export dialogs ----------------------------------------------------------------

    def _ask_png(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lagre varmekart som PNG"),
                                              self.tr("varmekart.png"),
                                              self.tr("PNG-bilde (*.png)"))
        if path:
            self._export(self.export_png, path)

    def _ask_svg(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Lagre varmekart som SVG"),
                                              self.tr("varmekart.svg"),
                                              self.tr("SVG-vektorgrafikk (*.svg)"))
        if path:
            self._export(self.export_svg, path)

    def _export(self, action: object, path: str) -> None:
        try:
            action(path)  # type: ignore[operator]
        except (OfficeFileError, ValidationError) as exc:
            warn(self, self.tr("Eksport"), exc.message)
