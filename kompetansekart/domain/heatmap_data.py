"""The arrays behind the competence heatmap («Varmekart»): order, groups, roll-ups, colours.

Pure numpy, no Qt. The window (ui/heatmap_view.py) and the PDF drawing
(reports/heatmap_drawing.py) both draw a `HeatmapGrid`.

Two steps keep the map fast for large offices:

1. `Cube(data)` turns an OfficeData into person × competence arrays once per load. It applies
   the rules of domain/analysis.py, vectorised (a unit test checks it cell by cell against
   Analysis): current level = the newest leader or coordinator assessment (by date, then by
   entry), a withdrawn one (level None) makes the cell «ikke vurdert»; target = the individual
   override, else the highest requirement of the person's roles; gap = max(0, target − current);
   a target > 0 without a current level is an unknown gap.
2. `build_grid(cube, options)` picks, orders and groups rows and columns, applies the filters,
   folds collapsed categories into roll-up columns and colours every cell for the chosen mode.
   `HeatmapGrid.refresh_cell` redoes a single cell after an edit without rebuilding the rest.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from datetime import date
from operator import attrgetter
from typing import Any, Literal

import numpy as np
import numpy.typing as npt

from kompetansekart.domain.analysis import LEADER_SOURCES, add_months
from kompetansekart.domain.snapshot import AssessmentRecord, OfficeData

Mode = Literal["level", "gap", "self", "age"]
RowGrouping = Literal["team", "role", "name"]
ColumnGrouping = Literal["category", "name"]

MODES: tuple[Mode, ...] = ("level", "gap", "self", "age")
ROW_GROUPINGS: tuple[RowGrouping, ...] = ("team", "role", "name")
COLUMN_GROUPINGS: tuple[ColumnGrouping, ...] = ("category", "name")

#: Source codes in the cube (0 = no assessment).
SOURCE_CODES = {"leader": 1, "coordinator": 2, "self": 3}
SOURCE_NAMES = {code: name for name, code in SOURCE_CODES.items()}


class _SourceLookup(dict[str, int]):
    """Source name -> code; anything unknown counts as a self-assessment (never current)."""

    def __missing__(self, key: str) -> int:
        return SOURCE_CODES["self"]


_SOURCE_LOOKUP = _SourceLookup(SOURCE_CODES)
#: Average month length, for showing the age of an assessment in whole months.
DAYS_PER_MONTH = 30.4375

NO_TEAM = "Uten team"
NO_ROLE = "Uten rolle"

Int8Array = npt.NDArray[np.int8]
Int32Array = npt.NDArray[np.int32]
IntArray = npt.NDArray[np.intp]
FloatArray = npt.NDArray[np.float32]
UInt8Array = npt.NDArray[np.uint8]
BoolArray = npt.NDArray[np.bool_]


# -- palettes -----------------------------------------------------------------------------
# Every palette is colour-blind safe and ordered by lightness, so it also reads in grey:
# level uses viridis (reversed: dark = high), gap ColorBrewer «Oranges» with a light blue for
# «target met», self-vs-leader the diverging ColorBrewer «PuOr», age ColorBrewer «BuPu».
# Not assessed / not comparable is a neutral grey that the drawings also hatch, so it is never
# mistaken for level 0 (a saturated yellow).

NEUTRAL = "#cfcfcf"
LEVEL_COLOURS = ("#fde725", "#5ec962", "#21918c", "#3b528b", "#440154")
GAP_COLOURS = ("#d6e6f4", "#fdbe85", "#fd8d3c", "#d94701", "#7f2704")
NO_TARGET_COLOUR = "#f7f7f7"
DIFF_COLOURS = ("#542788", "#8073ac", "#b2abd2", "#d8daeb", "#f7f7f7",
                "#fee0b6", "#fdb863", "#e08214", "#b35806")
AGE_COLOURS = ("#edf8fb", "#b3cde3", "#8c96c6", "#8856a7", "#810f7c")
#: High contrast: the same hues pushed to the ends of the lightness range.
LEVEL_COLOURS_HC = ("#ffff00", "#7ad151", "#1f9e89", "#31446b", "#000000")
GAP_COLOURS_HC = ("#bfdfff", "#ffb000", "#fe6100", "#c00000", "#400000")
DIFF_COLOURS_HC = ("#2d004b", "#542788", "#8073ac", "#b2abd2", "#ffffff",
                   "#fdb863", "#e08214", "#b35806", "#5a2000")
AGE_COLOURS_HC = ("#ffffff", "#9ebcda", "#8c6bb1", "#6e016b", "#1a0018")
NEUTRAL_HC = "#a0a0a0"


def hex_rgba(colour: str) -> tuple[int, int, int, int]:
    """'#rrggbb' as an (r, g, b, 255) tuple."""
    value = colour.lstrip("#")
    return int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16), 255


def dark_text_on(rgba: tuple[int, int, int, int]) -> bool:
    """Whether black text reads better than white on this colour (WCAG relative luminance)."""

    def channel(c: int) -> float:
        s = c / 255
        return s / 12.92 if s <= 0.03928 else float(((s + 0.055) / 1.055) ** 2.4)

    lum = 0.2126 * channel(rgba[0]) + 0.7152 * channel(rgba[1]) + 0.0722 * channel(rgba[2])
    # Contrast with black (lum+0.05)/0.05 versus with white 1.05/(lum+0.05).
    return (lum + 0.05) / 0.05 >= 1.05 / (lum + 0.05)


@dataclass(frozen=True)
class LegendEntry:
    """One swatch of the legend: the colour of `code` and what it means.

    `kind` and `value`/`low`/`high` let a window build a translated label; `label` is the
    Norwegian text used by the PDF reports.
    """

    code: int
    kind: str
    label: str
    value: int | None = None
    low: int | None = None
    high: int | None = None


@dataclass(frozen=True)
class Palette:
    """The colours of one mode: codes index `rgba`; `hatched` codes are drawn with a hatch."""

    rgba: UInt8Array
    dark_text: BoolArray
    hatched: BoolArray
    legend: tuple[LegendEntry, ...]

    @classmethod
    def of(cls, colours: list[str], hatched: set[int],
           legend: tuple[LegendEntry, ...]) -> Palette:
        """Build a palette from hex colours."""
        rgba = [hex_rgba(c) for c in colours]
        return cls(np.array(rgba, dtype=np.uint8),
                   np.array([dark_text_on(c) for c in rgba], dtype=np.bool_),
                   np.array([i in hatched for i in range(len(colours))], dtype=np.bool_),
                   legend)


# Code layout per mode (index into the palette):
#   level: 0-4 = level, 5 = not assessed
#   gap:   0-4 = gap, 5 = unknown gap, 6 = no target
#   self:  0-8 = self − leader + 4, 9 = not comparable
#   age:   0-4 = age bucket, 5 = not assessed
LEVEL_NA = 5
GAP_UNKNOWN, GAP_NONE = 5, 6
DIFF_NA = 9
AGE_NA = 5


def age_bounds(stale_months: int) -> tuple[int, int, int, int]:
    """Month limits of the five age buckets; the last two are «utdatert» (stale)."""
    s = max(1, stale_months)
    m1 = max(1, round(s / 4))
    m2 = max(m1, round(s / 2))
    return m1, m2, s, 2 * s


def palette_for(mode: Mode, labels: dict[int, str], stale_months: int = 12,
                high_contrast: bool = False) -> Palette:
    """The colours and legend of a mode (labels: the office's scale labels)."""
    neutral = NEUTRAL_HC if high_contrast else NEUTRAL
    colours: tuple[str, ...]
    if mode == "level":
        colours = LEVEL_COLOURS_HC if high_contrast else LEVEL_COLOURS
        legend = tuple(LegendEntry(i, "level", f"{i} {labels.get(i, '')}".strip(), value=i)
                       for i in range(5))
        legend += (LegendEntry(LEVEL_NA, "not_assessed", "Ikke vurdert"),)
        return Palette.of([*colours, neutral], {LEVEL_NA}, legend)
    if mode == "gap":
        colours = GAP_COLOURS_HC if high_contrast else GAP_COLOURS
        legend = (LegendEntry(0, "gap_met", "0 Når målet", value=0),)
        legend += tuple(LegendEntry(i, "gap", f"{i} under målet", value=i) for i in range(1, 5))
        legend += (LegendEntry(GAP_UNKNOWN, "gap_unknown", "? Ukjent gap (mål, ikke vurdert)"),
                   LegendEntry(GAP_NONE, "no_target", "Ingen mål"))
        return Palette.of([*colours, neutral, "#ffffff" if high_contrast else NO_TARGET_COLOUR],
                          {GAP_UNKNOWN}, legend)
    if mode == "self":
        colours = DIFF_COLOURS_HC if high_contrast else DIFF_COLOURS
        legend = tuple(LegendEntry(i, "diff", _signed(i - 4), value=i - 4) for i in range(9))
        legend += (LegendEntry(DIFF_NA, "not_comparable", "Mangler egen- eller ledervurdering"),)
        return Palette.of([*colours, neutral], {DIFF_NA}, legend)
    colours = AGE_COLOURS_HC if high_contrast else AGE_COLOURS
    b = (0, *age_bounds(stale_months))
    legend = (LegendEntry(0, "age_under", f"Under {b[1]} mnd", high=b[1]),)
    legend += tuple(LegendEntry(i, "age_range", f"{b[i]}–{b[i + 1]} mnd", low=b[i], high=b[i + 1])
                    for i in range(1, 4))
    legend += (LegendEntry(4, "age_over", f"Over {b[4]} mnd", low=b[4]),
               LegendEntry(AGE_NA, "not_assessed", "Ikke vurdert"))
    return Palette.of([*colours, neutral], {AGE_NA}, legend)


def _signed(value: int) -> str:
    if value > 0:
        return f"+{value}"
    if value < 0:
        return f"−{-value}"
    return "0"


# -- the cube -------------------------------------------------------------------------------


class Cube:
    """Every active person × every competence of an office as arrays (see the module doc).

    -1 means «none» in the level arrays; 0 means «no date» in the day arrays (proleptic
    ordinals as in `date.toordinal`).
    """

    def __init__(self, data: OfficeData) -> None:
        self.data = data
        self.people = [p for p in data.people if p.active]
        self.competences = list(data.competences)
        n_people, n_comps = len(self.people), len(self.competences)
        self.person_index = {p.id: i for i, p in enumerate(self.people)}
        self.comp_index = {c.id: j for j, c in enumerate(self.competences)}
        self.today = data.today.toordinal()
        shape = (n_people, n_comps)
        self.current: Int8Array = np.full(shape, -1, np.int8)
        self.current_day: Int32Array = np.zeros(shape, np.int32)
        self.current_source: Int8Array = np.zeros(shape, np.int8)
        #: Date of the newest leader/coordinator record, also when it withdrew the level.
        self.leader_day: Int32Array = np.zeros(shape, np.int32)
        self.self_level: Int8Array = np.full(shape, -1, np.int8)
        self.self_day: Int32Array = np.zeros(shape, np.int32)
        self.self_rec_day: Int32Array = np.zeros(shape, np.int32)
        self.target: Int8Array = np.full(shape, -1, np.int8)
        self._load_assessments(data.assessments)
        self._load_targets()

    def _index_map(self, ids: dict[int, int], values: IntArray) -> IntArray:
        """Map ids to cube indices (-1 for ids not in the cube)."""
        if not ids or values.size == 0:
            return np.full(values.shape, -1, np.intp)
        top = max(max(ids), int(values.max())) + 1
        lookup = np.full(top, -1, np.intp)
        lookup[np.fromiter(ids.keys(), np.intp, len(ids))] = np.fromiter(
            ids.values(), np.intp, len(ids))
        return lookup[np.clip(values, 0, top - 1)]

    def _load_assessments(self, records: list[AssessmentRecord]) -> None:
        n = len(records)
        if n == 0:
            return
        # One C-level pass per field (attrgetter + fromiter): the per-record Python work is
        # what limits large offices, so it is kept to a minimum.
        pid = np.fromiter(map(attrgetter("person_id"), records), np.intp, n)
        cid = np.fromiter(map(attrgetter("competence_id"), records), np.intp, n)
        rid = np.fromiter(map(attrgetter("id"), records), np.int64, n)
        level = np.array(list(map(attrgetter("level"), records)), dtype=np.float64)
        day = np.fromiter(map(date.toordinal, map(attrgetter("assessed_on"), records)),
                          np.int32, n)
        src = np.fromiter(map(_SOURCE_LOOKUP.__getitem__, map(attrgetter("source"), records)),
                          np.int8, n)
        pidx = self._index_map(self.person_index, pid)
        cidx = self._index_map(self.comp_index, cid)
        keep = (pidx >= 0) & (cidx >= 0)
        if not keep.all():  # records of people who left (or unknown ids)
            pidx, cidx, rid = pidx[keep], cidx[keep], rid[keep]
            level, day, src = level[keep], day[keep], src[keep]
        if pidx.size == 0:
            return
        # One slot per cell and kind (leader/coordinator = current, self = own view).
        is_self = (src == SOURCE_CODES["self"]).astype(np.intp)
        slot = (pidx * len(self.competences) + cidx) * 2 + is_self
        # Newest per slot = highest (date, id). Pack both into one int64 score and take the
        # maximum per slot with ufunc.at: linear time, no sort. Ids are unique, so exactly
        # one record per slot matches its slot's best score.
        if rid.min() < 0 or rid.max() >= 1 << 31:
            rid = np.argsort(np.argsort(rid, kind="stable"), kind="stable")
        score = (day.astype(np.int64) - int(day.min())) << 32 | rid.astype(np.int64)
        best = np.full(self.current.size * 2, -1, np.int64)
        np.maximum.at(best, slot, score)
        chosen = np.flatnonzero(score == best[slot])
        slots = slot[chosen]
        cells = slots >> 1
        own = (slots & 1).astype(np.bool_)
        lv = level[chosen]
        assessed = ~np.isnan(lv)
        levels = np.where(assessed, lv, -1).astype(np.int8)
        days = day[chosen]
        shown_days = np.where(assessed, days, 0)
        lead = ~own
        self.current.flat[cells[lead]] = levels[lead]
        self.current_day.flat[cells[lead]] = shown_days[lead]
        self.leader_day.flat[cells[lead]] = days[lead]
        self.current_source.flat[cells[lead]] = np.where(assessed, src[chosen], 0)[lead]
        self.self_level.flat[cells[own]] = levels[own]
        self.self_day.flat[cells[own]] = shown_days[own]
        self.self_rec_day.flat[cells[own]] = days[own]

    def _load_targets(self) -> None:
        data = self.data
        role_ids = list(data.roles)
        if role_ids and self.people:
            role_row = {rid: i for i, rid in enumerate(role_ids)}
            req = np.full((len(role_ids), len(self.competences)), -1, np.int8)
            for rid, role in data.roles.items():
                for comp_id, lvl in role.requirements.items():
                    j = self.comp_index.get(comp_id)
                    if j is not None:
                        req[role_row[rid], j] = lvl
            pairs = [(i, role_row[r]) for i, p in enumerate(self.people)
                     for r in p.role_ids if r in role_row]
            if pairs:
                arr = np.array(pairs, dtype=np.intp)
                np.maximum.at(self.target, arr[:, 0], req[arr[:, 1]])
        for (pid, cid), lvl in data.overrides.items():
            i, j = self.person_index.get(pid), self.comp_index.get(cid)
            if i is not None and j is not None:
                self.target[i, j] = lvl

    # -- derived arrays -----------------------------------------------------------------

    def gap(self) -> Int8Array:
        """max(0, target − current) where both are known, else 0 (as Cell.gap)."""
        known = (self.target >= 0) & (self.current >= 0)
        return np.where(known, np.maximum(self.target - self.current, 0), 0).astype(np.int8)

    def unknown_gap(self) -> BoolArray:
        """A target above 0 and no current level (as Cell.unknown_gap)."""
        result: BoolArray = (self.target > 0) & (self.current < 0)
        return result

    def required(self) -> Int8Array:
        """Per competence: the office's required level (as Analysis.required_level), -1: none."""
        return required_levels(self.target)

    # -- incremental edits --------------------------------------------------------------

    def record(self, person_id: int, competence_id: int, level: int | None, on: date,
               source: str) -> bool:
        """Apply one newly recorded assessment; False if the cell is not in the cube.

        A new entry has the highest id, so it is the newest unless an older date was chosen.
        """
        i, j = self.person_index.get(person_id), self.comp_index.get(competence_id)
        if i is None or j is None:
            return False
        day = on.toordinal()
        lvl = -1 if level is None else level
        if source in LEADER_SOURCES:
            if day >= self.leader_day[i, j]:
                self.leader_day[i, j] = day
                self.current[i, j] = lvl
                self.current_day[i, j] = day if level is not None else 0
                self.current_source[i, j] = SOURCE_CODES[source] if level is not None else 0
        elif day >= self.self_rec_day[i, j]:
            self.self_rec_day[i, j] = day
            self.self_level[i, j] = lvl
            self.self_day[i, j] = day if level is not None else 0
        return True


# -- options and the grid ---------------------------------------------------------------------


@dataclass(frozen=True)
class Options:
    """What the map shows. None in a filter means «all»."""

    mode: Mode = "level"
    row_grouping: RowGrouping = "team"
    column_grouping: ColumnGrouping = "category"
    team_ids: frozenset[int] | None = None
    role_ids: frozenset[int] | None = None
    category_ids: frozenset[int] | None = None
    only_gaps: bool = False
    #: Categories shown as one roll-up column.
    collapsed: frozenset[int] = frozenset()
    #: Coverage counts people at or above this level; None = the office's required level.
    coverage_level: int | None = None
    high_contrast: bool = False

    def with_(self, **changes: object) -> Options:
        """A copy with some fields changed."""
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True)
class RowInfo:
    """A row of the map: one person."""

    person_id: int
    name: str
    title: str
    group: str
    group_key: int | None
    index: int


@dataclass(frozen=True)
class ColumnInfo:
    """A column: one competence, or a collapsed category (roll-up)."""

    key: int
    name: str
    category_id: int
    category_name: str
    rollup: bool
    members: tuple[int, ...]
    competence_ids: tuple[int, ...]

    @property
    def competence_id(self) -> int | None:
        """The competence of a plain column (None for a roll-up)."""
        return None if self.rollup else self.key


@dataclass(frozen=True)
class Group:
    """A run of rows or columns under one heading; `key` is a team/role/category id."""

    label: str
    start: int
    stop: int
    key: int | None = None
    collapsed: bool = False


@dataclass(frozen=True)
class CellFacts:
    """Everything the tooltip says about a plain cell."""

    person_id: int
    person_name: str
    competence_id: int
    competence_name: str
    category_name: str
    current: int | None
    current_label: str
    current_on: date | None
    current_source: str | None
    self_level: int | None
    self_label: str
    self_on: date | None
    target: int | None
    target_label: str
    gap: int
    unknown_gap: bool
    age_months: int | None
    stale: bool


@dataclass(frozen=True)
class RollupFacts:
    """What the tooltip says about a roll-up cell."""

    person_id: int
    person_name: str
    category_id: int
    category_name: str
    competences: int
    assessed: int
    mean_level: float | None
    worst_gap: int
    unknown_gaps: int
    with_target: int
    largest_difference: int | None
    oldest_months: int | None


@dataclass
class HeatmapGrid:
    """The map as drawn: rows, columns, groups, values, colour codes and coverage.

    `values` holds the number shown in a cell (NaN when there is none); `codes` index
    `palette.rgba`. Coverage arrays run along the columns and count all active people of the
    office, whatever the filters.
    """

    options: Options
    office_name: str
    rows: list[RowInfo]
    columns: list[ColumnInfo]
    row_groups: list[Group]
    column_groups: list[Group]
    values: FloatArray
    codes: UInt8Array
    palette: Palette
    covered: Int32Array
    threshold: Int8Array
    required: Int8Array
    meeting: Int32Array
    with_target: Int32Array
    vulnerable: BoolArray
    vulnerable_count: Int32Array
    people_total: int
    scale_labels: dict[int, str]
    today: date
    stale_months: int
    _rgba: UInt8Array | None = field(default=None, repr=False)
    _row_of: dict[int, int] = field(default_factory=dict, repr=False)
    _col_of: dict[int, int] = field(default_factory=dict, repr=False)
    _row_of_person: dict[int, int] = field(default_factory=dict, repr=False)
    _col_of_comp: dict[int, int] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        self._row_of = {r.index: i for i, r in enumerate(self.rows)}
        self._row_of_person = {r.person_id: i for i, r in enumerate(self.rows)}
        for c, col in enumerate(self.columns):
            for member, comp_id in zip(col.members, col.competence_ids, strict=True):
                self._col_of[member] = c
                self._col_of_comp[comp_id] = c

    @property
    def mode(self) -> Mode:
        """The mode the values and colours are for."""
        return self.options.mode

    @property
    def shape(self) -> tuple[int, int]:
        """(rows, columns)."""
        return len(self.rows), len(self.columns)

    def rgba(self) -> UInt8Array:
        """The map as an (rows, columns, 4) uint8 image, one pixel per cell (cached)."""
        if self._rgba is None:
            self._rgba = self.palette.rgba[self.codes]
        return self._rgba

    def hatched(self) -> BoolArray:
        """Cells drawn with a hatch (not assessed, unknown gap, not comparable)."""
        result: BoolArray = self.palette.hatched[self.codes]
        return result

    def locate(self, person_id: int, competence_id: int) -> tuple[int, int] | None:
        """(row, column) showing a person and competence (its roll-up when collapsed)."""
        row = self._row_of_person.get(person_id)
        col = self._col_of_comp.get(competence_id)
        return None if row is None or col is None else (row, col)

    def row_of(self, person_id: int) -> int | None:
        """The row of a person, or None when filtered out."""
        return self._row_of_person.get(person_id)

    def column_of(self, competence_id: int) -> int | None:
        """The column showing a competence (its roll-up when collapsed), or None."""
        return self._col_of_comp.get(competence_id)

    def text(self, row: int, column: int) -> str:
        """The value printed in a cell («» when there is none)."""
        return cell_text(self.mode, float(self.values[row, column]),
                         int(self.codes[row, column]), self.columns[column].rollup)

    def text_groups(self, r0: int, r1: int, c0: int, c1: int
                    ) -> list[tuple[str, bool, IntArray, IntArray]]:
        """The values printed in a window of cells, grouped by text and text colour.

        Returns (text, dark text?, rows, columns) per group, so a painter sets each text and
        pen once instead of once per cell.
        """
        vals = self.values[r0:r1, c0:c1]
        codes = self.codes[r0:r1, c0:c1]
        if vals.size == 0:
            return []
        rollup = np.array([col.rollup for col in self.columns[c0:c1]], dtype=np.int64)
        unknown = codes == GAP_UNKNOWN if self.mode == "gap" else np.zeros(codes.shape, bool)
        shown = ~np.isnan(vals) | unknown
        # Tenths keep the one decimal of a roll-up mean apart; «?» gets a key of its own.
        key = np.where(unknown, 1_000_000, np.rint(np.nan_to_num(vals) * 10)).astype(np.int64)
        dark = self.palette.dark_text[codes].astype(np.int64)
        combo = (key * 2 + rollup[None, :]) * 2 + dark
        rows, cols = np.nonzero(shown)
        if rows.size == 0:
            return []
        keys = combo[rows, cols]
        order = np.argsort(keys, kind="stable")
        keys, rows, cols = keys[order], rows[order], cols[order]
        starts = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]])
        stops = np.r_[starts[1:], keys.size]
        groups = []
        for a, b in zip(starts.tolist(), stops.tolist(), strict=True):
            r, c = int(rows[a]), int(cols[a])
            text = cell_text(self.mode, float(vals[r, c]), int(codes[r, c]), bool(rollup[c]))
            if text:
                groups.append((text, bool(dark[r, c]), rows[a:b] + r0, cols[a:b] + c0))
        return groups

    def column_text(self, column: int) -> str:
        """The coverage count printed under a column."""
        return str(int(self.covered[column]))

    # -- tooltips -------------------------------------------------------------------------

    def facts(self, cube: Cube, row: int, column: int) -> CellFacts | RollupFacts:
        """What the tooltip says about a cell (needs the cube the grid was built from)."""
        r = self.rows[row]
        col = self.columns[column]
        i = r.index
        labels = self.scale_labels
        if col.rollup:
            js = np.array(col.members, dtype=np.intp)
            cur = cube.current[i, js]
            tgt = cube.target[i, js]
            own = cube.self_level[i, js]
            assessed = cur >= 0
            gap = np.where((tgt >= 0) & assessed, np.maximum(tgt - cur, 0), 0)
            both = assessed & (own >= 0)
            diffs = (own - cur)[both].astype(int)
            days = cube.current_day[i, js][assessed]
            return RollupFacts(
                r.person_id, r.name, col.key, col.name, len(js), int(assessed.sum()),
                float(cur[assessed].mean()) if assessed.any() else None,
                int(gap.max()) if gap.size else 0,
                int(((tgt > 0) & ~assessed).sum()), int((tgt > 0).sum()),
                int(diffs[np.argmax(np.abs(diffs))]) if diffs.size else None,
                _months(cube.today - int(days.min())) if days.size else None,
            )
        j = col.members[0]
        cur = int(cube.current[i, j])
        own = int(cube.self_level[i, j])
        tgt = int(cube.target[i, j])
        cur_day = int(cube.current_day[i, j])
        own_day = int(cube.self_day[i, j])
        source = SOURCE_NAMES.get(int(cube.current_source[i, j]))
        cell_gap = max(0, tgt - cur) if tgt >= 0 and cur >= 0 else 0
        limit = add_months(self.today, -self.stale_months).toordinal()
        return CellFacts(
            r.person_id, r.name, col.key, col.name, col.category_name,
            cur if cur >= 0 else None, _label(labels, cur),
            date.fromordinal(cur_day) if cur_day else None, source,
            own if own >= 0 else None, _label(labels, own),
            date.fromordinal(own_day) if own_day else None,
            tgt if tgt >= 0 else None, _label(labels, tgt) if tgt >= 0 else "",
            cell_gap, tgt > 0 and cur < 0,
            _months(cube.today - cur_day) if cur_day else None,
            bool(cur_day and cur_day < limit),
        )

    # -- incremental update ---------------------------------------------------------------

    def refresh_cell(self, cube: Cube, person_id: int,
                     competence_id: int) -> tuple[int, int] | None:
        """Recolour the cell (and coverage) of one person × competence after `cube.record`.

        Returns the (row, column) redrawn, or None when the cell is not shown. When the
        «only gaps» filter is on, an edit can add or remove rows; call `build_grid` then.
        """
        i = cube.person_index.get(person_id)
        j = cube.comp_index.get(competence_id)
        if j is not None:
            _coverage_into(self, cube, j)
        if i is None or j is None or i not in self._row_of or j not in self._col_of:
            return None
        row, col = self._row_of[i], self._col_of[j]
        rows = np.array([i], dtype=np.intp)
        values, codes = _column_values(cube, self.options, rows, self.columns[col], self.today,
                                       self.stale_months)
        self.values[row, col] = values[0]
        self.codes[row, col] = codes[0]
        if self._rgba is not None:
            self._rgba[row, col] = self.palette.rgba[codes[0]]
        return row, col


def _label(labels: dict[int, str], level: int) -> str:
    if level < 0:
        return "Ikke vurdert"
    return labels.get(level, str(level))


def _months(days: int) -> int:
    return int(days // DAYS_PER_MONTH)


def cell_text(mode: Mode, value: float, code: int, rollup: bool = False) -> str:
    """The short text printed in a cell of a mode."""
    if mode == "gap" and code == GAP_UNKNOWN:
        return "?"
    if math.isnan(value):
        return ""
    if mode == "self":
        return _signed(round(value))
    if rollup and mode == "level":
        return f"{value:.1f}".replace(".", ",")
    return str(round(value))


# -- building -----------------------------------------------------------------------------


def _row_order(cube: Cube, options: Options) -> tuple[list[RowInfo], list[Group]]:
    data = cube.data
    people = cube.people
    picked = []
    for i, person in enumerate(people):
        if options.team_ids is not None and person.team_id not in options.team_ids:
            continue
        if options.role_ids is not None and not options.role_ids.intersection(person.role_ids):
            continue
        picked.append(i)
    grouping = options.row_grouping
    keyed: list[tuple[tuple[int, str], int | None, str, int]] = []
    if grouping == "team":
        team_rank = {tid: n for n, tid in enumerate(
            sorted(data.teams, key=lambda t: data.teams[t].casefold()))}
        for i in picked:
            tid = people[i].team_id
            if tid in team_rank:
                keyed.append(((team_rank[tid], ""), tid, data.teams[tid], i))
            else:
                keyed.append(((len(team_rank), ""), None, NO_TEAM, i))
    elif grouping == "role":
        names = {rid: r.name for rid, r in data.roles.items()}
        role_rank = {rid: n for n, rid in enumerate(
            sorted(names, key=lambda r: names[r].casefold()))}
        for i in picked:
            # A person with several roles is listed once, under the first role by name,
            # so a click or an edit always refers to exactly one row.
            held = sorted((role_rank[r], r) for r in people[i].role_ids if r in role_rank)
            if held:
                rank, rid = held[0]
                keyed.append(((rank, ""), rid, names[rid], i))
            else:
                keyed.append(((len(role_rank), ""), None, NO_ROLE, i))
    else:
        keyed = [((0, ""), None, "", i) for i in picked]
    # data.people is already sorted by name; a stable sort keeps that order within a group.
    keyed.sort(key=lambda k: k[0])
    rows = [RowInfo(people[i].id, people[i].name, people[i].title, label, key, i)
            for _, key, label, i in keyed]
    return rows, _regroup(rows)


def _competence_order(cube: Cube, options: Options) -> list[int]:
    comps = cube.competences
    picked = [j for j, c in enumerate(comps)
              if options.category_ids is None or c.category_id in options.category_ids]
    if options.column_grouping == "name":
        picked.sort(key=lambda j: comps[j].name.casefold())
    return picked  # data order is already category, position, name


def _columns(cube: Cube, options: Options, comp_order: list[int]
             ) -> tuple[list[ColumnInfo], list[Group]]:
    comps = cube.competences
    cat_names = {c.id: c.name for c in cube.data.categories}
    columns: list[ColumnInfo] = []
    groups: list[Group] = []
    if options.column_grouping == "name":
        columns = [ColumnInfo(comps[j].id, comps[j].name, comps[j].category_id,
                              cat_names.get(comps[j].category_id, ""), False, (j,),
                              (comps[j].id,))
                   for j in comp_order]
        return columns, groups
    runs: list[tuple[int, list[int]]] = []
    for j in comp_order:
        cat = comps[j].category_id
        if runs and runs[-1][0] == cat:
            runs[-1][1].append(j)
        else:
            runs.append((cat, [j]))
    for cat, members in runs:
        start = len(columns)
        name = cat_names.get(cat, "")
        if cat in options.collapsed:
            columns.append(ColumnInfo(cat, name, cat, name, True, tuple(members),
                                      tuple(comps[j].id for j in members)))
        else:
            columns += [ColumnInfo(comps[j].id, comps[j].name, cat, name, False, (j,),
                                   (comps[j].id,))
                        for j in members]
        groups.append(Group(name, start, len(columns), cat, cat in options.collapsed))
    return columns, groups


def _age_codes(cube: Cube, days: Int32Array, today: date, stale_months: int) -> Int8Array:
    limits = [add_months(today, -m).toordinal() for m in age_bounds(stale_months)]
    bucket = np.zeros(days.shape, np.int8)
    for limit in limits:
        bucket += (days < limit).astype(np.int8)
    result: Int8Array = np.where(days > 0, bucket, AGE_NA).astype(np.int8)
    return result


def _plain_values(cube: Cube, mode: Mode, rows: IntArray, comps: IntArray, today: date,
                  stale_months: int) -> tuple[FloatArray, UInt8Array]:
    """Values and codes of plain competence columns."""
    ix = np.ix_(rows, comps)
    cur = cube.current[ix]
    if mode == "level":
        values = np.where(cur >= 0, cur, np.nan).astype(np.float32)
        codes = np.where(cur >= 0, cur, LEVEL_NA).astype(np.uint8)
    elif mode == "gap":
        tgt = cube.target[ix]
        known = (tgt >= 0) & (cur >= 0)
        gap = np.maximum(tgt.astype(np.int16) - cur, 0)
        unknown = (tgt > 0) & (cur < 0)
        values = np.where(known, gap, np.nan).astype(np.float32)
        codes = np.where(known, gap, np.where(unknown, GAP_UNKNOWN, GAP_NONE)).astype(np.uint8)
    elif mode == "self":
        own = cube.self_level[ix]
        both = (cur >= 0) & (own >= 0)
        diff = own.astype(np.int16) - cur
        values = np.where(both, diff, np.nan).astype(np.float32)
        codes = np.where(both, diff + 4, DIFF_NA).astype(np.uint8)
    else:
        days = cube.current_day[ix]
        ages = np.floor((cube.today - days) / DAYS_PER_MONTH)
        values = np.where(days > 0, ages, np.nan).astype(np.float32)
        codes = _age_codes(cube, days, today, stale_months).astype(np.uint8)
    return values, codes


def _rollup_values(cube: Cube, mode: Mode, rows: IntArray, members: IntArray, today: date,
                   stale_months: int) -> tuple[FloatArray, UInt8Array]:
    """One roll-up column: mean level, worst gap, largest difference or oldest assessment."""
    ix = np.ix_(rows, members)
    cur = cube.current[ix].astype(np.int16)
    assessed = cur >= 0
    count = assessed.sum(axis=1)
    any_assessed = count > 0
    if mode == "level":
        mean = np.where(assessed, cur, 0).sum(axis=1) / np.maximum(count, 1)
        values = np.where(any_assessed, mean, np.nan).astype(np.float32)
        codes = np.where(any_assessed, np.clip(np.rint(mean), 0, 4), LEVEL_NA).astype(np.uint8)
    elif mode == "gap":
        tgt = cube.target[ix].astype(np.int16)
        known = (tgt >= 0) & assessed
        worst = np.where(known, np.maximum(tgt - cur, 0), -1).max(axis=1)
        unknown = ((tgt > 0) & ~assessed).any(axis=1)
        # The worst known gap wins; with no known gap an unknown one shows as «?»; a
        # category where every target is met shows 0; no target at all stays blank.
        codes = np.select([worst > 0, unknown, worst == 0], [worst, GAP_UNKNOWN, 0],
                          GAP_NONE).astype(np.uint8)
        values = np.where((worst > 0) | ((worst == 0) & ~unknown), worst,
                          np.nan).astype(np.float32)
    elif mode == "self":
        own = cube.self_level[ix].astype(np.int16)
        both = assessed & (own >= 0)
        diff = np.where(both, own - cur, 0)
        pick = np.argmax(np.abs(diff), axis=1)
        largest = diff[np.arange(diff.shape[0]), pick]
        has = both.any(axis=1)
        values = np.where(has, largest, np.nan).astype(np.float32)
        codes = np.where(has, largest + 4, DIFF_NA).astype(np.uint8)
    else:
        days = np.where(assessed, cube.current_day[ix], np.iinfo(np.int32).max)
        oldest = days.min(axis=1).astype(np.int32)
        oldest = np.where(any_assessed, oldest, 0).astype(np.int32)
        ages = np.floor((cube.today - oldest) / DAYS_PER_MONTH)
        values = np.where(any_assessed, ages, np.nan).astype(np.float32)
        codes = _age_codes(cube, oldest, today, stale_months).astype(np.uint8)
    return values, codes


def _column_values(cube: Cube, options: Options, rows: IntArray, column: ColumnInfo,
                   today: date, stale_months: int) -> tuple[FloatArray, UInt8Array]:
    members = np.array(column.members, dtype=np.intp)
    if column.rollup:
        return _rollup_values(cube, options.mode, rows, members, today, stale_months)
    values, codes = _plain_values(cube, options.mode, rows, members, today, stale_months)
    return values[:, 0], codes[:, 0]


def _coverage_into(grid: HeatmapGrid, cube: Cube, j: int) -> None:
    """Recount the coverage of competence `j` (and of its roll-up column)."""
    col = grid._col_of.get(j)
    if col is None:
        return
    members = np.array(grid.columns[col].members, dtype=np.intp)
    cov = _coverage(cube, members, grid.options.coverage_level)
    for name, value in zip(("covered", "threshold", "required", "meeting", "with_target",
                            "vulnerable", "vulnerable_count"), cov, strict=True):
        getattr(grid, name)[col] = _fold(name, value)


def _fold(name: str, value: npt.NDArray[np.generic]) -> object:
    """Fold the per-competence coverage of a roll-up into one number."""
    if name in ("covered", "meeting", "threshold"):
        return value.min()
    if name in ("required",):
        return value.max()
    if name == "vulnerable":
        return value.any()
    return value.sum()


def required_levels(target: Int8Array) -> Int8Array:
    """Per column: the lowest target above 0 (the level the work needs), -1 when none."""
    if target.shape[0] == 0:
        return np.full(target.shape[1], -1, np.int8)
    lowest = np.where(target > 0, target, 127).min(axis=0)
    return np.where(lowest < 127, lowest, -1).astype(np.int8)


def _coverage(cube: Cube, comps: IntArray, level: int | None) -> tuple[npt.NDArray[np.generic],
                                                                        ...]:
    """Per competence: covered, threshold, required, meeting, with_target, vulnerable, count."""
    cur = cube.current[:, comps]
    tgt = cube.target[:, comps]
    required = required_levels(tgt)
    threshold = (np.full(len(comps), level, np.int8) if level is not None else required)
    covered = ((cur >= threshold) & (cur >= 0) & (threshold >= 0)).sum(axis=0).astype(np.int32)
    with_target = (tgt > 0).sum(axis=0).astype(np.int32)
    meeting = ((tgt > 0) & (cur >= tgt)).sum(axis=0).astype(np.int32)
    # Vulnerable is judged at the office's required level, whatever level is chosen to count.
    at_required = ((cur >= required) & (cur >= 0) & (required >= 0)).sum(axis=0)
    vulnerable = (required >= 0) & (at_required <= 1)
    return (covered, threshold, required, meeting, with_target, vulnerable,
            vulnerable.astype(np.int32))


def _gap_filter(cube: Cube, rows: IntArray, comps: list[int]) -> tuple[IntArray, list[int]]:
    """Keep the rows and competences that have a gap or an unknown gap."""
    if rows.size == 0 or not comps:
        return rows, comps
    cidx = np.array(comps, dtype=np.intp)
    ix = np.ix_(rows, cidx)
    cur = cube.current[ix].astype(np.int16)
    tgt = cube.target[ix].astype(np.int16)
    has = ((tgt > 0) & (cur < 0)) | ((tgt >= 0) & (cur >= 0) & (tgt > cur))
    keep_rows = has.any(axis=1)
    keep_cols = has.any(axis=0)
    kept_cols = np.flatnonzero(keep_cols).tolist()
    return rows[keep_rows], [comps[n] for n in kept_cols]


def build_grid(cube: Cube, options: Options | None = None) -> HeatmapGrid:
    """Order, group, filter and colour the map for `options` (see the module doc)."""
    options = options or Options()
    data = cube.data
    rows, row_groups = _row_order(cube, options)
    comp_order = _competence_order(cube, options)
    row_idx = np.array([r.index for r in rows], dtype=np.intp)
    if options.only_gaps:
        kept, comp_order = _gap_filter(cube, row_idx, comp_order)
        keep = set(kept.tolist())
        rows = [r for r in rows if r.index in keep]
        row_groups = _regroup(rows)
        row_idx = np.array([r.index for r in rows], dtype=np.intp)
    columns, column_groups = _columns(cube, options, comp_order)
    n_rows, n_cols = len(rows), len(columns)
    values = np.full((n_rows, n_cols), np.nan, np.float32)
    codes = np.zeros((n_rows, n_cols), np.uint8)
    palette = palette_for(options.mode, data.scale_labels, data.stale_months,
                          options.high_contrast)
    plain = [c for c, col in enumerate(columns) if not col.rollup]
    if plain and n_rows:
        comps = np.array([columns[c].members[0] for c in plain], dtype=np.intp)
        v, k = _plain_values(cube, options.mode, row_idx, comps, data.today, data.stale_months)
        values[:, plain] = v
        codes[:, plain] = k
    cov_arrays: list[npt.NDArray[Any]] = [np.zeros(n_cols, np.int32), np.full(n_cols, -1, np.int8),
                  np.full(n_cols, -1, np.int8), np.zeros(n_cols, np.int32),
                  np.zeros(n_cols, np.int32), np.zeros(n_cols, np.bool_),
                  np.zeros(n_cols, np.int32)]
    if plain:
        comps = np.array([columns[c].members[0] for c in plain], dtype=np.intp)
        for target, value in zip(cov_arrays, _coverage(cube, comps, options.coverage_level),
                                 strict=True):
            target[plain] = value
    for c, col in enumerate(columns):
        if not col.rollup:
            continue
        if n_rows:
            v1, k1 = _column_values(cube, options, row_idx, col, data.today, data.stale_months)
            values[:, c] = v1
            codes[:, c] = k1
        members = np.array(col.members, dtype=np.intp)
        cov = _coverage(cube, members, options.coverage_level)
        for target, name, value in zip(cov_arrays, ("covered", "threshold", "required",
                                                    "meeting", "with_target", "vulnerable",
                                                    "vulnerable_count"), cov, strict=True):
            target[c] = _fold(name, value)
    covered, threshold, required, meeting, with_target, vulnerable, vulnerable_count = cov_arrays
    return HeatmapGrid(
        options, data.office_name, rows, columns, row_groups, column_groups, values, codes,
        palette, covered=covered, threshold=threshold, required=required, meeting=meeting,
        with_target=with_target, vulnerable=vulnerable, vulnerable_count=vulnerable_count,
        people_total=len(cube.people), scale_labels=dict(data.scale_labels), today=data.today,
        stale_months=data.stale_months,
    )


def _regroup(rows: list[RowInfo]) -> list[Group]:
    groups: list[Group] = []
    for n, row in enumerate(rows):
        if groups and groups[-1].label == row.group and groups[-1].key == row.group_key:
            groups[-1] = replace(groups[-1], stop=n + 1)
        else:
            groups.append(Group(row.group, n, n + 1, row.group_key))
    return groups
