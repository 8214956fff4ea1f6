"""The assessment matrix as a Qt table model: active people × competences, grouped by category.

The model is filled from `ctx.data` / `ctx.analysis` on a full reload. Typing a level changes one
cell, and reloading the whole office for that is far too slow on a 200-person office, so
`refresh_columns` re-reads only the assessments and individual targets of the touched columns
and runs the domain `Analysis` on that slice: the rules stay in one place (domain/analysis.py)
while a keystroke costs a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from enum import IntEnum, StrEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from kompetansekart.domain.analysis import Analysis, Cell, Coverage
from kompetansekart.domain.models import Source
from kompetansekart.domain.snapshot import (
    AssessmentRecord,
    CategoryInfo,
    CompetenceInfo,
    OfficeData,
    PersonInfo,
)
from kompetansekart.domain.validation import format_date
from kompetansekart.storage.officefile import OfficeFile
from kompetansekart.storage.reader import load_assessments, load_overrides
from kompetansekart.ui.common.labels import source_label

AnyIndex = QModelIndex | QPersistentModelIndex
_NO_INDEX = QModelIndex()


#: lupdate finds strings in translate("Matrix", "...") calls (not in a helper taking a variable).
translate = QCoreApplication.translate


class Role(IntEnum):
    """Custom item and header data roles of the matrix model."""

    CELL = int(Qt.ItemDataRole.UserRole) + 1  # the domain Cell
    STATE = CELL + 1  # CellState of the shown level against the target
    SHOWN = CELL + 2  # the level shown in the cell (current or self), or None
    OTHER = CELL + 3  # the other source's level when it differs from the shown one
    PERSON_ID = CELL + 4
    COMPETENCE_ID = CELL + 5
    CATEGORY = CELL + 6  # header: (category index, CategoryInfo)
    COVERAGE = CELL + 7  # header: Coverage of the column


class CellState(StrEnum):
    """How a cell compares with its target; drives the colour and the marks."""

    MEETS = "meets"  # at or above the target
    GAP_ONE = "gap1"  # one level short
    GAP_MORE = "gap2"  # two or more levels short
    UNKNOWN = "unknown"  # a target but nobody has assessed the person («ukjent gap»)
    NO_TARGET = "none"  # assessed, nothing required
    EMPTY = "empty"  # not assessed, nothing required


@dataclass(frozen=True)
class Span:
    """Consecutive columns of one category."""

    first: int
    last: int
    index: int
    category: CategoryInfo


def state_of(level: int | None, target: int | None) -> CellState:
    """Compare a shown level with the target (same rule as Cell.gap / Cell.unknown_gap)."""
    has_target = target is not None and target > 0
    if level is None:
        return CellState.UNKNOWN if has_target else CellState.EMPTY
    if not has_target or target is None:
        return CellState.NO_TARGET
    gap = target - level
    if gap <= 0:
        return CellState.MEETS
    return CellState.GAP_ONE if gap == 1 else CellState.GAP_MORE


# -- the model -----------------------------------------------------------------------------------

class MatrixModel(QAbstractTableModel):
    """Active people (rows) × competences (columns) of one office."""

    #: The coverage of columns first..last changed. Used instead of headerDataChanged, which
    #: makes QTableView re-lay out and repaint the whole grid on every keystroke.
    coverage_changed = Signal(int, int)

    def __init__(self, office: OfficeFile, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._office = office
        self._data = OfficeData()
        self._people: list[PersonInfo] = []
        self._comps: list[CompetenceInfo] = []
        self._row_of: dict[int, int] = {}
        self._col_of: dict[int, int] = {}
        self._cells: dict[tuple[int, int], Cell] = {}
        self._coverage: dict[int, Coverage] = {}
        self._overrides: dict[tuple[int, int], int] = {}
        #: The assessment history by competence and person, kept so that a keystroke re-reads
        #: one cell instead of a whole column.
        self._history: dict[int, dict[int, list[AssessmentRecord]]] = {}
        self._spans: list[Span] = []
        self._span_of_col: list[int] = []
        self._source = Source.LEADER.value

    # -- loading -------------------------------------------------------------------------

    def load(self, data: OfficeData, analysis: Analysis) -> None:
        """Fill the model from a whole office (after structural changes)."""
        self.beginResetModel()
        self._data = data
        self._people = list(analysis.people)
        self._comps = list(data.competences)
        self._row_of = {p.id: i for i, p in enumerate(self._people)}
        self._col_of = {c.id: i for i, c in enumerate(self._comps)}
        self._overrides = dict(data.overrides)
        self._history = {c.id: {} for c in self._comps}
        for rec in data.assessments:
            column = self._history.get(rec.competence_id)
            if column is not None:
                column.setdefault(rec.person_id, []).append(rec)
        self._cells = {(p.id, c.id): analysis.cell(p.id, c.id)
                       for p in self._people for c in self._comps}
        self._coverage = {c.id: analysis.coverage(c.id) for c in self._comps}
        self._build_spans()
        self.endResetModel()

    def _build_spans(self) -> None:
        order = {cat.id: i for i, cat in enumerate(self._data.categories)}
        cats = {cat.id: cat for cat in self._data.categories}
        self._spans = []
        self._span_of_col = []
        for col, comp in enumerate(self._comps):
            last = self._spans[-1] if self._spans else None
            if last is not None and last.category.id == comp.category_id:
                self._spans[-1] = replace(last, last=col)
            else:
                cat = cats.get(comp.category_id, CategoryInfo(comp.category_id, ""))
                self._spans.append(Span(col, col, order.get(cat.id, len(self._spans)), cat))
            self._span_of_col.append(len(self._spans) - 1)

    def refresh_cells(self, cells: Iterable[tuple[int, int]]) -> None:
        """Re-read some cells (person id, competence id) after an edit, undo or redo.

        This is what a keystroke costs: one indexed query for the cells' history, then the
        domain analysis over the cached history of their columns (for the columns' coverage).
        """
        wanted: dict[int, set[int]] = {}
        for person_id, competence_id in cells:
            if competence_id in self._col_of:
                wanted.setdefault(competence_id, set()).add(person_id)
        for cid, pids in wanted.items():
            column = self._history.setdefault(cid, {})
            for pid in pids:
                column.pop(pid, None)
            for rec in load_assessments(self._office, [cid], person_ids=sorted(pids)):
                column.setdefault(rec.person_id, []).append(rec)
        self._recompute({cid: pids for cid, pids in wanted.items()})

    def refresh_columns(self, competence_ids: Iterable[int] | None = None) -> None:
        """Re-read whole columns (all when None) from the file: for changes of unknown cells."""
        cids = [c.id for c in self._comps] if competence_ids is None else [
            cid for cid in dict.fromkeys(competence_ids) if cid in self._col_of]
        if not cids:
            return
        for cid in cids:
            self._history[cid] = {}
        for rec in load_assessments(self._office, cids):
            self._history[rec.competence_id].setdefault(rec.person_id, []).append(rec)
        self._recompute(dict.fromkeys(cids))

    def _recompute(self, changed: dict[int, set[int] | None]) -> None:
        """Run the domain analysis over the cached history of the changed columns and update
        the changed cells (None: every person of the column) and the columns' coverage."""
        if not changed or not self._people:
            return
        cids = list(changed)
        wanted = set(cids)
        overrides = load_overrides(self._office, cids)
        for key in [k for k in self._overrides if k[1] in wanted]:
            del self._overrides[key]
        self._overrides.update(overrides)
        # Only the requirements of these columns matter; the rest would just cost time.
        roles = {rid: replace(role, requirements={c: lvl for c, lvl in role.requirements.items()
                                                  if c in wanted})
                 for rid, role in self._data.roles.items()}
        slice_ = OfficeData(
            office_name=self._data.office_name,
            people=self._data.people,
            roles=roles,
            categories=self._data.categories,
            competences=[c for c in self._comps if c.id in wanted],
            assessments=[rec for cid in cids for recs in self._history.get(cid, {}).values()
                         for rec in recs],
            overrides=overrides,
            scale_labels=self._data.scale_labels,
            stale_months=self._data.stale_months,
            today=self._data.today,
        )
        analysis = Analysis(slice_)
        last_row = len(self._people) - 1
        for cid, pids in changed.items():
            col = self._col_of[cid]
            rows = range(len(self._people)) if pids is None else sorted(
                self._row_of[pid] for pid in pids if pid in self._row_of)
            for row in rows:
                pid = self._people[row].id
                self._cells[(pid, cid)] = analysis.cell(pid, cid)
            self._coverage[cid] = analysis.coverage(cid)
            # One signal per column (or per cell): QAbstractItemView repaints just that area
            # for a one-column range, but the whole viewport for anything wider.
            if pids is not None and len(rows) == 1:
                index = self.index(rows[0], col)
                self.dataChanged.emit(index, index)
            elif rows:
                self.dataChanged.emit(self.index(0, col), self.index(last_row, col))
            self.coverage_changed.emit(col, col)

    # -- what the view and the panel ask -------------------------------------------------

    @property
    def office_data(self) -> OfficeData:
        """The office the model was last loaded from (people, roles, catalogue, labels).

        Its assessments may be older than the model's cells; read cells through `cell`.
        """
        return self._data

    @property
    def source(self) -> str:
        """Which assessments the cells show and new entries get: leader, coordinator or self."""
        return self._source

    def set_source(self, source: str) -> None:
        """Show (and enter) leader/coordinator or self-assessments."""
        if source == self._source:
            return
        self._source = source
        if self._people and self._comps:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._people) - 1, len(self._comps) - 1))

    def person_at(self, row: int) -> PersonInfo:
        """The person of a row."""
        return self._people[row]

    def competence_at(self, column: int) -> CompetenceInfo:
        """The competence of a column."""
        return self._comps[column]

    def people(self) -> list[PersonInfo]:
        """The rows, in order."""
        return list(self._people)

    def competences(self) -> list[CompetenceInfo]:
        """The columns, in order."""
        return list(self._comps)

    def spans(self) -> list[Span]:
        """The category groups of the columns, left to right."""
        return list(self._spans)

    def index_of(self, person_id: int, competence_id: int) -> QModelIndex:
        """The index of a cell, or an invalid index when the person or competence is not shown."""
        row = self._row_of.get(person_id)
        col = self._col_of.get(competence_id)
        if row is None or col is None:
            return QModelIndex()
        return self.index(row, col)

    def cell_at(self, row: int, column: int) -> Cell:
        """The cell of a row and column (a Python-side read for delegates and views)."""
        return self._cells[(self._people[row].id, self._comps[column].id)]

    def paint_info(self, row: int, column: int) -> tuple[CellState, int | None, int | None,
                                                        int | None]:
        """What a delegate draws: state, shown level, target and the differing other level.

        Views read cells through this rather than `QModelIndex.data`, because PySide6 6.12 on
        Python 3.11 loses a reference to None each time an empty QVariant comes back to Python.
        """
        cell = self.cell_at(row, column)
        shown = self.shown_level(cell)
        return state_of(shown, cell.target), shown, cell.target, self.other_level(cell)

    def category_of(self, column: int) -> Span:
        """The category group a column belongs to."""
        return self._spans[self._span_of_col[column]]

    def cell(self, person_id: int, competence_id: int) -> Cell | None:
        """The state of one cell as the model has it."""
        return self._cells.get((person_id, competence_id))

    def coverage(self, competence_id: int) -> Coverage | None:
        """Coverage of a column."""
        return self._coverage.get(competence_id)

    def has_override(self, person_id: int, competence_id: int) -> bool:
        """Whether the leader set an individual target for the cell."""
        return (person_id, competence_id) in self._overrides

    def target_roles(self, person_id: int, competence_id: int) -> list[tuple[str, int]]:
        """The person's roles that require the competence, with their levels, highest first."""
        row = self._row_of.get(person_id)
        if row is None:
            return []
        found = []
        for role_id in self._people[row].role_ids:
            role = self._data.roles.get(role_id)
            if role is not None and competence_id in role.requirements:
                found.append((role.name, role.requirements[competence_id]))
        found.sort(key=lambda r: (-r[1], r[0]))
        return found

    def shown_level(self, cell: Cell) -> int | None:
        """The level the cell shows: the self-assessment in self mode, else the current one."""
        return cell.self_level if self._source == Source.SELF.value else cell.current

    def other_level(self, cell: Cell) -> int | None:
        """The other side's level when both exist and differ (self vs leader)."""
        if cell.current is None or cell.self_level is None or cell.current == cell.self_level:
            return None
        return cell.current if self._source == Source.SELF.value else cell.self_level

    def label(self, level: int | None) -> str:
        """The scale label of a level («Ikke vurdert» for None, translated)."""
        if level is None:
            return translate("Matrix", "Ikke vurdert")
        return self._data.scale_labels.get(level, str(level))

    # -- QAbstractTableModel -------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: AnyIndex = _NO_INDEX) -> int:
        return 0 if parent.isValid() else len(self._comps)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        # Not ItemIsEditable: digits are recorded by the view without opening an editor.
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        person = self._people[index.row()]
        comp = self._comps[index.column()]
        cell = self._cells.get((person.id, comp.id))
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(cell)
        if role == Role.CELL:
            return cell
        if role == Role.SHOWN:
            return self.shown_level(cell)
        if role == Role.STATE:
            return state_of(self.shown_level(cell), cell.target)
        if role == Role.OTHER:
            return self.other_level(cell)
        if role == Role.PERSON_ID:
            return person.id
        if role == Role.COMPETENCE_ID:
            return comp.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(person, comp, cell)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(person, comp, cell)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self._people):
                return None
            person = self._people[section]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return person.name
            if role == Role.PERSON_ID:
                return person.id
            if role == Qt.ItemDataRole.ToolTipRole:
                team = self._data.teams.get(person.team_id or -1, "")
                roles = ", ".join(self._data.roles[r].name for r in person.role_ids
                                  if r in self._data.roles)
                lines = [person.name]
                if person.title:
                    lines.append(person.title)
                if team:
                    lines.append(translate("Matrix", "Team: %1").replace("%1", team))
                if roles:
                    lines.append(translate("Matrix", "Roller: %1").replace("%1", roles))
                return "\n".join(lines)
            return None
        if not 0 <= section < len(self._comps):
            return None
        comp = self._comps[section]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return comp.name
        if role == Role.COMPETENCE_ID:
            return comp.id
        if role == Role.CATEGORY:
            span = self._spans[self._span_of_col[section]]
            return (span.index, span.category)
        if role == Role.COVERAGE:
            return self._coverage.get(comp.id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._column_tooltip(section)
        return None

    # -- texts ---------------------------------------------------------------------------

    def _display(self, cell: Cell) -> str:
        shown = self.shown_level(cell)
        level = "–" if shown is None else str(shown)
        if cell.target is None or cell.target == 0:
            return level
        return f"{'?' if shown is None else level}/{cell.target}"

    def _tooltip(self, person: PersonInfo, comp: CompetenceInfo, cell: Cell) -> str:
        lines = [f"{person.name} – {comp.name}"]
        if cell.current is None:
            lines.append(translate("Matrix", "Leders vurdering: ikke vurdert"))
        else:
            lines.append(translate("Matrix", "Leders vurdering: %1 %2 (%3, %4)")
                         .replace("%1", str(cell.current)).replace("%2", self.label(cell.current))
                         .replace("%3", source_label(cell.current_source))
                         .replace("%4", format_date(cell.current_on)))
        if cell.self_level is None:
            lines.append(translate("Matrix", "Egenvurdering: ingen"))
        else:
            lines.append(translate("Matrix", "Egenvurdering: %1 %2 (%3)")
                         .replace("%1", str(cell.self_level))
                         .replace("%2", self.label(cell.self_level))
                         .replace("%3", format_date(cell.self_on)))
        if cell.target is None:
            lines.append(translate("Matrix", "Mål: ingen krav"))
        else:
            kind = (translate("Matrix", "individuelt") if self.has_override(person.id, comp.id)
                    else translate("Matrix", "fra rolle"))
            lines.append(translate("Matrix", "Mål: %1 %2 (%3)").replace("%1", str(cell.target))
                         .replace("%2", self.label(cell.target)).replace("%3", kind))
        lines.append(self._gap_text(state_of(self.shown_level(cell), cell.target), cell))
        return "\n".join(line for line in lines if line)

    def _gap_text(self, state: CellState, cell: Cell) -> str:
        shown = self.shown_level(cell)
        if state == CellState.UNKNOWN:
            return translate("Matrix", "Ukjent gap: har mål, men er ikke vurdert")
        if state in (CellState.GAP_ONE, CellState.GAP_MORE) and shown is not None:
            assert cell.target is not None
            return translate("Matrix", "Gap: mangler %1 nivå").replace(
                "%1", str(cell.target - shown))
        if state == CellState.MEETS:
            return translate("Matrix", "Når målet")
        return ""

    def _spoken(self, person: PersonInfo, comp: CompetenceInfo, cell: Cell) -> str:
        shown = self.shown_level(cell)
        parts = [person.name, comp.name,
                 self.label(shown) if shown is None else f"{shown} {self.label(shown)}"]
        if cell.target:
            parts.append(translate("Matrix", "mål %1").replace("%1", str(cell.target)))
        gap = self._gap_text(state_of(shown, cell.target), cell)
        if gap:
            parts.append(gap)
        other = self.other_level(cell)
        if other is not None:
            which = (translate("Matrix", "leder") if self._source == Source.SELF.value
                     else translate("Matrix", "egenvurdering"))
            parts.append(f"{which} {other}")
        return ", ".join(parts)

    def _column_tooltip(self, section: int) -> str:
        comp = self._comps[section]
        span = self._spans[self._span_of_col[section]]
        lines = [comp.name, span.category.name]
        cov = self._coverage.get(comp.id)
        if cov is not None:
            if cov.with_target:
                lines.append(translate("Matrix", "%1 av %2 med mål når målet")
                             .replace("%1", str(cov.meeting_target))
                             .replace("%2", str(cov.with_target)))
            if cov.required_level is not None:
                lines.append(translate("Matrix", "%1 dekker nivå %2")
                             .replace("%1", str(cov.covered_by))
                             .replace("%2", str(cov.required_level)))
                if cov.vulnerable:
                    lines.append(translate("Matrix", "Sårbar: bare én eller ingen kan dette"))
            else:
                lines.append(translate("Matrix", "Ingen roller krever dette"))
        if comp.description:
            lines.append("")
            lines.append(comp.description)
        return "\n".join(lines)


class MatrixFilter(QSortFilterProxyModel):
    """Shows the people of one team and/or one role (None shows everyone)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._team_id: int | None = None
        self._role_id: int | None = None
        # The filter depends on people only, never on cell values.
        self.setDynamicSortFilter(False)

    def set_team(self, team_id: int | None) -> None:
        """Show only one team (None: all teams)."""
        self._change_filter(team_id, self._role_id)

    def set_role(self, role_id: int | None) -> None:
        """Show only people holding one role (None: all roles)."""
        self._change_filter(self._team_id, role_id)

    def _change_filter(self, team_id: int | None, role_id: int | None) -> None:
        if hasattr(self, "endFilterChange"):  # Qt 6.10+: invalidateRowsFilter is deprecated
            self.beginFilterChange()
            self._team_id, self._role_id = team_id, role_id
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:  # pragma: no cover - older Qt
            self._team_id, self._role_id = team_id, role_id
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        model = self.sourceModel()
        if not isinstance(model, MatrixModel):
            return True
        person = model.person_at(source_row)
        if self._team_id is not None and person.team_id != self._team_id:
            return False
        return self._role_id is None or self._role_id in person.role_ids
