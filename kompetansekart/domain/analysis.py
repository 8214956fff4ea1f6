"""Gap and coverage analysis of one office: the rules in docs/file-format.md and ARCHITECTURE.

Rules:
- current level = the newest leader or coordinator assessment (newest by date, then by entry);
  the newest self-assessment is kept beside it. A withdrawn assessment (level None) makes the
  cell "not assessed" again, which is never level 0.
- target = the individual override if the leader set one, else the highest requirement of the
  person's roles; None when nothing is required.
- gap = max(0, target - current); a target without a current level is an *unknown gap*.
- coverage of a competence = active people whose current level meets the office's required
  level for it, or a chosen level. The required level is the lowest target above 0 that any
  active person has: the level at which someone can do the work. (The highest target would
  make every competence that one role must teach look vulnerable; who can teach is
  `teachers`.)
- vulnerable = required by the office and covered by at most one person.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date
from operator import attrgetter

from kompetansekart.domain.snapshot import AssessmentRecord, OfficeData, PersonInfo

LEADER_SOURCES = frozenset({"leader", "coordinator"})
#: Self and leader differing by this many levels or more is worth a talk; one level is the
#: ordinary uncertainty of a five-step scale.
DISAGREEMENT_LEVELS = 2
#: Assessments made within this many days of the start date count a person as "new".
NY_I_NAV_MONTHS = 6


@dataclass(frozen=True)
class Cell:
    """The state of one person × competence."""

    person_id: int
    competence_id: int
    current: int | None
    current_on: date | None
    current_source: str | None
    self_level: int | None
    self_on: date | None
    target: int | None

    @property
    def gap(self) -> int:
        """max(0, target − current); 0 when either is unknown."""
        if self.target is None or self.current is None:
            return 0
        return max(0, self.target - self.current)

    @property
    def unknown_gap(self) -> bool:
        """A target exists but nobody has assessed the person."""
        return self.target is not None and self.target > 0 and self.current is None

    @property
    def meets_target(self) -> bool:
        """Has a target and is at or above it."""
        return self.target is not None and self.current is not None and self.current >= self.target


@dataclass(frozen=True)
class Need:
    """An office need: the total gap of one competence."""

    competence_id: int
    name: str
    total_gap: int
    people_with_gap: int
    unknown_gaps: int


@dataclass(frozen=True)
class Coverage:
    """How well one competence is covered in the office."""

    competence_id: int
    name: str
    required_level: int | None
    covered_by: int
    holders: tuple[int, ...]
    meeting_target: int
    with_target: int

    @property
    def vulnerable(self) -> bool:
        """Required by the office and held by one person or nobody."""
        return self.required_level is not None and self.covered_by <= 1


@dataclass(frozen=True)
class Disagreement:
    """Self-assessment and leader assessment differ."""

    person_id: int
    competence_id: int
    self_level: int
    leader_level: int

    @property
    def difference(self) -> int:
        """Self minus leader: positive when the person rates themselves higher."""
        return self.self_level - self.leader_level


@dataclass(frozen=True)
class Stale:
    """A current assessment older than the office's limit."""

    person_id: int
    competence_id: int
    assessed_on: date
    age_days: int


@dataclass(frozen=True)
class NewStaff:
    """A new employee who has not done «Ny i NAV» yet."""

    person_id: int
    name: str
    start_date: date
    due: date
    overdue: bool
    buddy_id: int | None


def add_months(day: date, months: int) -> date:
    """The same day `months` later (clamped to the month's last day)."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    for candidate in (day.day, 30, 29, 28):
        try:
            return date(year, month, min(day.day, candidate))
        except ValueError:
            continue
    raise ValueError(day)  # pragma: no cover - 28 always exists


_ORDER = attrgetter("assessed_on", "id")


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while many small objects are built.

    Building tens of thousands of records otherwise triggers repeated full collections that
    walk every object of the program (SQLAlchemy's included), which cost more than the work.
    Nothing built here forms reference cycles, so nothing is left for the collector.
    """
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def targets(data: OfficeData) -> dict[tuple[int, int], int]:
    """Target level per (person, competence): override, else highest role requirement."""
    result: dict[tuple[int, int], int] = {}
    for person in data.people:
        for role_id in person.role_ids:
            role = data.roles.get(role_id)
            if role is None:
                continue
            for comp_id, level in role.requirements.items():
                key = (person.id, comp_id)
                if level > result.get(key, -1):
                    result[key] = level
    result.update(data.overrides)
    return result


class Analysis:
    """All derived facts of an office, computed once from an OfficeData.

    The constructor picks the current and self-assessment of every cell in one pass over the
    history; office-level facts (needs, coverage) are computed on first use and kept, so an
    Analysis must be rebuilt when the data changes (OfficeContext does that on every change).
    """

    def __init__(self, data: OfficeData, *, active_only: bool = True) -> None:
        self.data = data
        self.people: list[PersonInfo] = [p for p in data.people if p.active or not active_only]
        person_ids = {p.id for p in self.people}
        self.competence_ids = [c.id for c in data.competences]
        self._names = {c.id: c.name for c in data.competences}
        self._target = targets(data)

        # Newest by (date, entry): after the sort the last record of a cell wins. The reader
        # delivers the history in entry order, which is nearly by date, so the sort is cheap.
        leader_sources = LEADER_SOURCES
        with paused_gc():
            history = sorted(data.assessments, key=_ORDER)
            self._leader: dict[tuple[int, int], AssessmentRecord] = {
                (r.person_id, r.competence_id): r for r in history
                if r.source in leader_sources and r.person_id in person_ids}
            self._self: dict[tuple[int, int], AssessmentRecord] = {
                (r.person_id, r.competence_id): r for r in history
                if r.source not in leader_sources and r.person_id in person_ids}
        self._needs: list[Need] | None = None
        self._coverages: list[Coverage] | None = None
        self._by_competence: tuple[dict[int, list[tuple[int, int]]],
                                   dict[int, list[tuple[int, int]]]] | None = None
        self._order: dict[int, int] = {}

    # -- cells ---------------------------------------------------------------------------

    def cell(self, person_id: int, competence_id: int) -> Cell:
        """The state of one person × competence."""
        key = (person_id, competence_id)
        cur = self._leader.get(key)
        own = self._self.get(key)
        return Cell(
            person_id,
            competence_id,
            cur.level if cur else None,
            cur.assessed_on if cur and cur.level is not None else None,
            cur.source if cur and cur.level is not None else None,
            own.level if own else None,
            own.assessed_on if own and own.level is not None else None,
            self._target.get(key),
        )

    def current(self, person_id: int, competence_id: int) -> int | None:
        """Current level (leader or coordinator), or None when not assessed."""
        rec = self._leader.get((person_id, competence_id))
        return rec.level if rec else None

    def self_level(self, person_id: int, competence_id: int) -> int | None:
        """The newest self-assessment, or None."""
        rec = self._self.get((person_id, competence_id))
        return rec.level if rec else None

    def target(self, person_id: int, competence_id: int) -> int | None:
        """Target level, or None when nothing is required."""
        return self._target.get((person_id, competence_id))

    def gap(self, person_id: int, competence_id: int) -> int:
        """max(0, target − current), 0 when either is unknown."""
        return self.cell(person_id, competence_id).gap

    def cells(self) -> list[Cell]:
        """Every active person × every competence."""
        return [self.cell(p.id, c) for p in self.people for c in self.competence_ids]

    # -- office-level facts --------------------------------------------------------------

    def _per_competence(self) -> tuple[dict[int, list[tuple[int, int]]],
                                       dict[int, list[tuple[int, int]]]]:
        """(current levels, targets) per competence as (person, level) pairs."""
        if self._by_competence is None:
            self._order = {p.id: i for i, p in enumerate(self.people)}
            levels: dict[int, list[tuple[int, int]]] = {c: [] for c in self.competence_ids}
            for (pid, cid), rec in self._leader.items():
                if rec.level is not None and cid in levels:
                    levels[cid].append((pid, rec.level))
            wanted: dict[int, list[tuple[int, int]]] = {c: [] for c in self.competence_ids}
            order = self._order
            for (pid, cid), level in self._target.items():
                if pid in order and cid in wanted:
                    wanted[cid].append((pid, level))
            self._by_competence = (levels, wanted)
        return self._by_competence

    def required_level(self, competence_id: int) -> int | None:
        """The lowest target above 0 any active person has (None: not required)."""
        wanted = self._per_competence()[1].get(competence_id, [])
        return min((lvl for _, lvl in wanted if lvl > 0), default=None)

    def coverage(self, competence_id: int, level: int | None = None) -> Coverage:
        """Who covers a competence at the required level, or at `level` if given."""
        levels, wanted = self._per_competence()
        required = self.required_level(competence_id)
        threshold = level if level is not None else required
        holders: tuple[int, ...] = () if threshold is None else tuple(sorted(
            (pid for pid, cur in levels.get(competence_id, []) if cur >= threshold),
            key=self._order.__getitem__))  # in the order of the people list
        meeting = with_target = 0
        for pid, tgt in wanted.get(competence_id, []):
            if tgt > 0:
                with_target += 1
                cur = self.current(pid, competence_id)
                if cur is not None and cur >= tgt:
                    meeting += 1
        return Coverage(competence_id, self._names[competence_id], required, len(holders),
                        holders, meeting, with_target)

    def coverages(self, level: int | None = None) -> list[Coverage]:
        """Coverage of every competence, in catalogue order."""
        if level is not None:
            return [self.coverage(c, level) for c in self.competence_ids]
        if self._coverages is None:
            self._coverages = [self.coverage(c) for c in self.competence_ids]
        return list(self._coverages)

    def vulnerable(self) -> list[Coverage]:
        """Competences the office requires that one person or nobody covers."""
        return [c for c in self.coverages() if c.vulnerable]

    def needs(self) -> list[Need]:
        """Competences with a gap or unknown gap, ranked by total gap, then people affected."""
        if self._needs is None:
            active = {p.id for p in self.people}
            names = self._names
            leader = self._leader
            totals: dict[int, list[int]] = {}
            # Only cells with a target can have a gap, so walk the targets, not the matrix.
            for key, target in self._target.items():
                if key[0] not in active or key[1] not in names:
                    continue
                rec = leader.get(key)
                current = rec.level if rec is not None else None
                if current is None:
                    if target <= 0:
                        continue
                    row = totals.setdefault(key[1], [0, 0, 0])
                    row[2] += 1
                elif target > current:
                    row = totals.setdefault(key[1], [0, 0, 0])
                    row[0] += target - current
                    row[1] += 1
            needs = [Need(cid, names[cid], t, n, u) for cid, (t, n, u) in totals.items()]
            needs.sort(key=lambda n: (-n.total_gap, -n.people_with_gap, -n.unknown_gaps, n.name))
            self._needs = needs
        return list(self._needs)

    def disagreements(self, threshold: int = DISAGREEMENT_LEVELS) -> list[Disagreement]:
        """Cells where self and leader assessment differ by at least `threshold`."""
        result = []
        leader = self._leader
        for key, own in self._self.items():
            lead = leader.get(key)
            if own.level is None or lead is None or lead.level is None:
                continue
            if abs(own.level - lead.level) >= threshold:
                result.append(Disagreement(key[0], key[1], own.level, lead.level))
        result.sort(key=lambda d: (-abs(d.difference), d.person_id, d.competence_id))
        return result

    def stale(self, months: int | None = None) -> list[Stale]:
        """Current assessments older than `months` (default: the office setting)."""
        today = self.data.today
        limit = add_months(today, -(months if months is not None else self.data.stale_months))
        result = [Stale(pid, cid, rec.assessed_on, (today - rec.assessed_on).days)
                  for (pid, cid), rec in self._leader.items()
                  if rec.level is not None and rec.assessed_on < limit]
        result.sort(key=lambda s: (s.assessed_on, s.person_id, s.competence_id))
        return result

    def new_staff(self) -> list[NewStaff]:
        """Active people with a start date who have not done «Ny i NAV», due first."""
        result = []
        for person in self.people:
            if person.start_date is None or person.ny_i_nav_done is not None:
                continue
            due = add_months(person.start_date, NY_I_NAV_MONTHS)
            # People who started long ago without a record are not "new".
            if add_months(due, 12) < self.data.today:
                continue
            result.append(NewStaff(person.id, person.name, person.start_date, due,
                                   due < self.data.today, person.buddy_id))
        result.sort(key=lambda n: (n.due, n.name))
        return result

    def teachers(self, competence_id: int) -> list[int]:
        """Active people at level 4 («kan lære bort») in the competence."""
        return [p.id for p in self.people if self.current(p.id, competence_id) == 4]
