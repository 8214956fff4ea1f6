"""The competence plan as plain data and what is derived from it (pure: no Qt, no database).

- `PlanSnapshot`: periods, priorities, measures, development goals and county requests, loaded
  by `storage.plan_reader.load_plan`.
- `draft_proposals`: measures proposed from the office needs («Lag utkast fra gap»).
- `hours_per_person`: hours each person is asked to spend against what they have available.
- `new_staff_followup`: «Ny i NAV» due dates, buddy and personal training plan.
- `compare_periods`: gaps closed and opened, and coverage change, from the assessment history.
- `individual_plans`: each person's development plan with their measures and hours.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date

from kompetansekart.domain.analysis import NY_I_NAV_MONTHS, Analysis, Coverage, Need, add_months
from kompetansekart.domain.models import Component, MeasureKind, MeasureStatus
from kompetansekart.domain.snapshot import OfficeData, PersonInfo

#: Norwegian names of the kinds of measures, in the order a leader meets them.
KIND_LABELS: dict[str, str] = {
    MeasureKind.COURSE.value: "Kurs",
    MeasureKind.ELEARNING.value: "E-læring",
    MeasureKind.NY_I_NAV.value: "«Ny i NAV»",
    MeasureKind.PEER_MENTORING.value: "Kollegaveiledning",
    MeasureKind.SHOULDER.value: "Skulder-ved-skulder",
    MeasureKind.GROUP_GUIDANCE.value: "Gruppeveiledning",
    MeasureKind.LEARNING_MEETING.value: "Lærende møte",
    MeasureKind.COMPETENCE_WEEK.value: "Kompetanseuke",
    MeasureKind.NETWORK.value: "Fagnettverk",
    MeasureKind.FURTHER_EDUCATION.value: "Videreutdanning",
    MeasureKind.PROFESSIONAL_DAY.value: "Fagdag",
    MeasureKind.LEADERSHIP.value: "Lederutvikling",
    MeasureKind.INTERNAL_EXPERT.value: "Internkompetanse",
    MeasureKind.COUNTY_REQUEST.value: "Bestilling til fylket",
}

STATUS_LABELS: dict[str, str] = {
    MeasureStatus.PLANNED.value: "Planlagt",
    MeasureStatus.ONGOING.value: "Pågår",
    MeasureStatus.DONE.value: "Gjennomført",
    MeasureStatus.CANCELLED.value: "Avlyst",
}

#: A starting point for hours per participant when a leader picks a kind (editable).
DEFAULT_HOURS: dict[str, float] = {
    MeasureKind.COURSE.value: 7.5,
    MeasureKind.ELEARNING.value: 2.0,
    MeasureKind.NY_I_NAV.value: 22.5,
    MeasureKind.PEER_MENTORING.value: 6.0,
    MeasureKind.SHOULDER.value: 8.0,
    MeasureKind.GROUP_GUIDANCE.value: 10.0,
    MeasureKind.LEARNING_MEETING.value: 3.0,
    MeasureKind.COMPETENCE_WEEK.value: 15.0,
    MeasureKind.NETWORK.value: 6.0,
    MeasureKind.FURTHER_EDUCATION.value: 150.0,
    MeasureKind.PROFESSIONAL_DAY.value: 7.5,
    MeasureKind.LEADERSHIP.value: 30.0,
    MeasureKind.INTERNAL_EXPERT.value: 4.0,
    MeasureKind.COUNTY_REQUEST.value: 7.5,
}

#: The county office is responsible for what the office orders from it.
COUNTY_RESPONSIBLE = "Fylkeskontoret"
#: People sharing a gap, from which a group measure is proposed instead of peer mentoring.
GROUP_SIZE = 3
#: Proposals in a draft; a plan with a few measures is followed, a long one is not (§6.1).
DRAFT_LIMIT = 10
MAX_PRIORITIES = 5


def kind_label(kind: str) -> str:
    """Norwegian name of a kind of measure."""
    return KIND_LABELS.get(kind, kind)


def status_label(status: str) -> str:
    """Norwegian name of a measure status."""
    return STATUS_LABELS.get(status, status)


# -- the plan as plain data ----------------------------------------------------------------


@dataclass(frozen=True)
class PeriodInfo:
    """A plan period."""

    id: int
    name: str
    start: date
    end: date
    leader_name: str = ""
    note: str = ""
    uuid: str = ""

    @property
    def days(self) -> int:
        """Length in days, both ends included."""
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class PriorityInfo:
    """A ranked priority: a competence or a whole category, with a rationale."""

    id: int
    period_id: int
    rank: int
    competence_id: int | None
    category_id: int | None
    rationale: str = ""


@dataclass(frozen=True)
class MeasureInfo:
    """A measure (tiltak) with its competences and participants."""

    id: int
    period_id: int
    title: str
    kind: str
    responsible_person_id: int | None = None
    responsible_external: str = ""
    start: date | None = None
    end: date | None = None
    hours_per_participant: float = 0.0
    cost: float | None = None
    status: str = MeasureStatus.PLANNED.value
    evaluation: str = ""
    competence_ids: tuple[int, ...] = ()
    participant_ids: tuple[int, ...] = ()
    uuid: str = ""

    @property
    def counts(self) -> bool:
        """Whether the measure asks for time (cancelled measures do not)."""
        return self.status != MeasureStatus.CANCELLED.value

    @property
    def total_hours(self) -> float:
        """Hours per participant times participants."""
        return self.hours_per_participant * len(self.participant_ids)


@dataclass(frozen=True)
class GoalInfo:
    """A goal of a person's individual development plan."""

    id: int
    person_id: int
    competence_id: int
    target_level: int
    due: date | None = None
    note: str = ""
    measure_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class RequestInfo:
    """A request (bestilling) to the county."""

    id: int
    period_id: int | None
    competence_id: int | None
    text: str
    people_count: int = 0
    created_on: date | None = None


@dataclass
class PlanSnapshot:
    """Everything of the competence plan in one office file."""

    periods: list[PeriodInfo] = field(default_factory=list)
    priorities: list[PriorityInfo] = field(default_factory=list)
    measures: list[MeasureInfo] = field(default_factory=list)
    goals: list[GoalInfo] = field(default_factory=list)
    requests: list[RequestInfo] = field(default_factory=list)
    leader_name: str = ""
    municipality: str = ""
    county: str = ""

    def period(self, period_id: int) -> PeriodInfo:
        """The period with this id (KeyError if none)."""
        for p in self.periods:
            if p.id == period_id:
                return p
        raise KeyError(period_id)

    def find_period(self, name: str) -> PeriodInfo | None:
        """The period with this name (case-insensitive), or None."""
        wanted = name.strip().lower()
        return next((p for p in self.periods if p.name.lower() == wanted), None)

    def current_period(self, today: date) -> PeriodInfo | None:
        """The period running today, else the next one, else the latest one."""
        running = [p for p in self.periods if p.start <= today <= p.end]
        if running:
            return max(running, key=lambda p: (p.start, p.id))
        upcoming = [p for p in self.periods if p.start > today]
        if upcoming:
            return min(upcoming, key=lambda p: (p.start, p.id))
        return max(self.periods, key=lambda p: (p.end, p.id)) if self.periods else None

    def previous_period(self, period_id: int) -> PeriodInfo | None:
        """The period that started last before this one."""
        this = self.period(period_id)
        earlier = [p for p in self.periods if p.start < this.start and p.id != period_id]
        return max(earlier, key=lambda p: (p.start, p.id)) if earlier else None

    def priorities_of(self, period_id: int) -> list[PriorityInfo]:
        """The priorities of a period, highest rank first."""
        return sorted((p for p in self.priorities if p.period_id == period_id),
                      key=lambda p: (p.rank, p.id))

    def measures_of(self, period_id: int) -> list[MeasureInfo]:
        """The measures of a period, by start date then title."""
        return sorted((m for m in self.measures if m.period_id == period_id),
                      key=lambda m: (m.start or date.max, m.title.lower(), m.id))

    def measure(self, measure_id: int) -> MeasureInfo:
        """The measure with this id (KeyError if none)."""
        for m in self.measures:
            if m.id == measure_id:
                return m
        raise KeyError(measure_id)

    def goals_of(self, person_id: int) -> list[GoalInfo]:
        """A person's development goals, earliest due first."""
        return sorted((g for g in self.goals if g.person_id == person_id),
                      key=lambda g: (g.due or date.max, g.id))

    def requests_of(self, period_id: int) -> list[RequestInfo]:
        """County requests of a period."""
        return [r for r in self.requests if r.period_id == period_id]


def suggest_periods(today: date) -> list[tuple[str, date, date]]:
    """Names and dates a leader is likely to want: next year, this year, the half-years."""
    year = today.year
    nxt = year + 1 if today.month >= 9 else year
    options = [
        (str(nxt), date(nxt, 1, 1), date(nxt, 12, 31)),
        (f"1. halvår {nxt}", date(nxt, 1, 1), date(nxt, 6, 30)),
        (f"2. halvår {year}", date(year, 7, 1), date(year, 12, 31)),
    ]
    if nxt != year:
        options.append((str(year), date(year, 1, 1), date(year, 12, 31)))
    return options


def period_fraction(period: PeriodInfo) -> float:
    """The share of a year the period covers (a calendar year is exactly 1)."""
    start_year_days = 366 if _leap(period.start.year) else 365
    return period.days / start_year_days


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


# -- hours ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonHours:
    """Hours a person is asked to spend in a period, against what they have available."""

    person_id: int
    name: str
    team: str
    planned: float
    available: float
    measures: int

    @property
    def over_budget(self) -> bool:
        """More hours planned than available (a rounding margin is allowed)."""
        return self.planned > self.available + 0.05

    @property
    def share(self) -> float:
        """Planned as a share of available (0 when nothing is available and nothing asked)."""
        if self.available <= 0:
            return 0.0 if self.planned <= 0 else float("inf")
        return self.planned / self.available


def hours_per_person(analysis: Analysis, plan: PlanSnapshot, period_id: int) -> list[PersonHours]:
    """Every active person with hours asked in the period's measures, by name."""
    period = plan.period(period_id)
    fraction = period_fraction(period)
    planned: dict[int, float] = {}
    count: Counter[int] = Counter()
    for m in plan.measures_of(period_id):
        if not m.counts:
            continue
        for pid in m.participant_ids:
            planned[pid] = planned.get(pid, 0.0) + m.hours_per_participant
            count[pid] += 1
    teams = analysis.data.teams
    return [
        PersonHours(p.id, p.name, teams.get(p.team_id, "") if p.team_id else "",
                    round(planned.get(p.id, 0.0), 2), round(p.hours_per_year * fraction, 1),
                    count[p.id])
        for p in analysis.people
    ]


# -- draft from gaps ------------------------------------------------------------------------


@dataclass(frozen=True)
class Proposal:
    """A proposed measure; the leader accepts, edits or discards it before anything is saved."""

    kind: str
    title: str
    competence_id: int
    participant_ids: tuple[int, ...]
    responsible_person_id: int | None
    responsible_external: str
    hours_per_participant: float
    reason: str
    rank: int
    start: date | None = None
    end: date | None = None

    @property
    def is_county_request(self) -> bool:
        """Nobody in the office can teach it: the office orders it from the county."""
        return self.kind == MeasureKind.COUNTY_REQUEST.value

    def replace(self, **changes: object) -> Proposal:
        """A copy with some fields changed (after the leader edits the proposal)."""
        return dataclasses.replace(self, **changes)  # type: ignore[arg-type]


def _priority_order(data: OfficeData, priorities: Sequence[PriorityInfo]) -> dict[int, int]:
    """Competence id -> index of the first priority naming it or its category."""
    order: dict[int, int] = {}
    for index, prio in enumerate(priorities):
        for comp in data.competences:
            hit = comp.id == prio.competence_id or (
                prio.category_id is not None and comp.category_id == prio.category_id)
            if hit and comp.id not in order:
                order[comp.id] = index
    return order


def _names(names_by_id: dict[int, str], ids: Iterable[int], limit: int = 3) -> str:
    names = [names_by_id[i] for i in ids]
    if len(names) <= limit:
        return _join(names)
    return f"{', '.join(names[:limit])} og {len(names) - limit} til"


def _join(items: Sequence[str]) -> str:
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} og {items[-1]}"


def ranked_needs(analysis: Analysis, plan: PlanSnapshot, period_id: int) -> list[Need]:
    """The office needs, with the period's priorities first (in their rank order)."""
    needs = analysis.needs()
    order = _priority_order(analysis.data, plan.priorities_of(period_id))
    last = len(order) + 1
    indexed = sorted(enumerate(needs), key=lambda pair: (order.get(pair[1].competence_id, last),
                                                         pair[0]))
    return [need for _, need in indexed]


def draft_proposals(analysis: Analysis, plan: PlanSnapshot, period_id: int, *,
                    limit: int = DRAFT_LIMIT, group_size: int = GROUP_SIZE) -> list[Proposal]:
    """Measures proposed for the period from the office needs, best first.

    For each need (the period's priorities first, then by total gap): the people with a gap who
    are not already in a measure for that competence this period. Someone at level 4 («kan lære
    bort») teaches: a group measure when `group_size` or more share the gap, else peer
    mentoring. Nobody can teach it: a request (bestilling) to the county.
    """
    data = analysis.data
    names = {p.id: p.name for p in data.people}
    competences = {c.id: c for c in data.competences}
    period = plan.period(period_id)
    planned = {(pid, cid) for m in plan.measures_of(period_id) if m.counts
               for cid in m.competence_ids for pid in m.participant_ids}
    start = data.today if period.start <= data.today <= period.end else period.start
    load: Counter[int] = Counter()
    for m in plan.measures_of(period_id):
        if m.counts and m.responsible_person_id is not None:
            load[m.responsible_person_id] += 1
    proposals: list[Proposal] = []
    for need in ranked_needs(analysis, plan, period_id):
        if len(proposals) >= limit:
            break
        cid = need.competence_id
        gaps = [(analysis.gap(p.id, cid), p) for p in analysis.people
                if (p.id, cid) not in planned]
        people = [p.id for gap, p in sorted(gaps, key=lambda g: (-g[0], g[1].name)) if gap > 0]
        if not people:
            continue
        comp = competences[cid]
        teachers = [t for t in analysis.teachers(cid) if t not in people]
        count = len(people)
        who = f"{count} personer har" if count > 1 else f"{names[people[0]]} har"
        if teachers:
            teacher = min(teachers, key=lambda t: (load[t], names[t]))
            load[teacher] += 1
            teacher_name = names[teacher]
            if count >= group_size:
                kind = (MeasureKind.GROUP_GUIDANCE.value if comp.component == Component.SKILL
                        else MeasureKind.LEARNING_MEETING.value)
                reason = (f"{who} gap i {comp.name}. {teacher_name} kan lære bort (nivå 4) "
                          "og kan lede et felles tiltak.")
            else:
                kind = MeasureKind.PEER_MENTORING.value
                reason = (f"{_names(names, people)} har gap i {comp.name}. {teacher_name} kan "
                          "lære bort (nivå 4).")
            responsible, external = teacher, ""
        else:
            kind = MeasureKind.COUNTY_REQUEST.value
            reason = (f"{who} gap i {comp.name}, og ingen på kontoret kan lære det bort. "
                      "Bestill opplæring fra fylket.")
            responsible, external = None, COUNTY_RESPONSIBLE
        proposals.append(Proposal(
            kind=kind,
            title=f"{kind_label(kind)}: {comp.name}",
            competence_id=cid,
            participant_ids=tuple(people),
            responsible_person_id=responsible,
            responsible_external=external,
            hours_per_participant=DEFAULT_HOURS[kind],
            reason=reason,
            rank=len(proposals) + 1,
            start=start,
            end=period.end,
        ))
    return proposals


def request_text(data: OfficeData, proposal: Proposal) -> str:
    """The text of the county request a bestilling proposal becomes."""
    comp = next(c for c in data.competences if c.id == proposal.competence_id)
    count = len(proposal.participant_ids)
    return (f"Opplæring i {comp.name} for {count} "
            f"{'ansatte' if count != 1 else 'ansatt'}. Ingen på kontoret kan lære det bort.")


# -- new staff ------------------------------------------------------------------------------


@dataclass(frozen=True)
class NewStaffItem:
    """A new employee's follow-up: «Ny i NAV», buddy (fadder) and personal training plan."""

    person_id: int
    name: str
    start_date: date
    due: date
    overdue: bool
    buddy_name: str
    ny_i_nav_measure: str
    goals: int
    #: When the «Ny i NAV» measure ends (or starts, if it has no end); None if not known.
    ny_i_nav_date: date | None = None
    #: The buddy is registered but has left the office.
    buddy_left: bool = False

    @property
    def ny_i_nav_too_late(self) -> bool:
        """Signed up for a «Ny i NAV» that finishes after the due date."""
        return (not self.overdue and self.ny_i_nav_date is not None
                and self.ny_i_nav_date > self.due)

    @property
    def missing(self) -> list[str]:
        """What is missing, in Norwegian, for the flag column."""
        items = []
        if self.overdue:
            items.append("«Ny i NAV» forfalt")
        elif not self.ny_i_nav_measure:
            items.append("ikke meldt på «Ny i NAV»")
        elif self.ny_i_nav_too_late:
            items.append("«Ny i NAV» er planlagt etter fristen")
        if not self.buddy_name:
            items.append("mangler fadder")
        elif self.buddy_left:
            items.append("fadderen har sluttet")
        if not self.goals:
            items.append("mangler opplæringsplan")
        return items


def new_staff_followup(analysis: Analysis, plan: PlanSnapshot) -> list[NewStaffItem]:
    """New staff who have not done «Ny i NAV», due date first (six months after the start)."""
    data = analysis.data
    people = {p.id: p for p in data.people}
    # Per person the «Ny i NAV» that finishes first (undated ones last): it decides whether
    # the course comes in time. The course is only held a few times a year.
    ny_i_nav: dict[int, tuple[date, str, date | None]] = {}
    for m in plan.measures:
        if m.kind == MeasureKind.NY_I_NAV.value and m.counts:
            finish = m.end or m.start
            key = (finish or date.max, m.title, finish)
            for pid in m.participant_ids:
                if pid not in ny_i_nav or key[:2] < ny_i_nav[pid][:2]:
                    ny_i_nav[pid] = key
    goals = Counter(g.person_id for g in plan.goals)
    items = []
    for n in analysis.new_staff():
        buddy = people.get(n.buddy_id) if n.buddy_id is not None else None
        _, title, finish = ny_i_nav.get(n.person_id, (date.max, "", None))
        items.append(NewStaffItem(n.person_id, n.name, n.start_date, n.due, n.overdue,
                                  buddy.name if buddy else "", title, goals[n.person_id],
                                  finish, buddy is not None and not buddy.active))
    return items


# -- comparing periods ----------------------------------------------------------------------


@dataclass(frozen=True)
class CellChange:
    """A person's gap in a competence that closed or opened between two dates."""

    person_id: int
    competence_id: int
    before: int | None
    after: int | None
    target: int


@dataclass(frozen=True)
class CoverageChange:
    """One competence at the end of the previous period and at the end of this one."""

    competence_id: int
    name: str
    covered_before: int
    covered_after: int
    meeting_before: int
    meeting_after: int
    with_target: int
    gap_before: int
    gap_after: int

    @property
    def coverage_delta(self) -> int:
        """Change in people meeting their target."""
        return self.meeting_after - self.meeting_before

    @property
    def gap_delta(self) -> int:
        """Change in the total gap (negative is better)."""
        return self.gap_after - self.gap_before


@dataclass(frozen=True)
class PeriodComparison:
    """This period against the previous one, from the assessment history at each end date."""

    previous: PeriodInfo
    current: PeriodInfo
    before_on: date
    after_on: date
    closed: list[CellChange]
    opened: list[CellChange]
    coverage: list[CoverageChange]

    @property
    def changed(self) -> list[CoverageChange]:
        """Competences whose coverage or gap changed."""
        return [c for c in self.coverage if c.coverage_delta or c.gap_delta]


def as_of(data: OfficeData, day: date) -> OfficeData:
    """The office as the assessment history stood at the end of `day`."""
    return dataclasses.replace(
        data, assessments=[a for a in data.assessments if a.assessed_on <= day], today=day)


def compare_periods(data: OfficeData, plan: PlanSnapshot, period_id: int,
                    previous_id: int | None = None) -> PeriodComparison | None:
    """Gaps closed, gaps opened and coverage change since the previous period (None if none).

    Each side is the assessment history as of its period's end (or today, if sooner), for the
    people active now and with the targets their roles give now.
    """
    current = plan.period(period_id)
    previous = plan.period(previous_id) if previous_id is not None else \
        plan.previous_period(period_id)
    if previous is None:
        return None
    after_on = min(current.end, data.today)
    before_on = min(previous.end, after_on)
    before = Analysis(as_of(data, before_on))
    after = Analysis(as_of(data, after_on))
    closed: list[CellChange] = []
    opened: list[CellChange] = []
    gap_before: Counter[int] = Counter()
    gap_after: Counter[int] = Counter()
    for person in after.people:
        for cid in after.competence_ids:
            old, new = before.cell(person.id, cid), after.cell(person.id, cid)
            if new.target is None or new.target <= 0:
                continue
            gap_before[cid] += old.gap
            gap_after[cid] += new.gap
            if old.gap > 0 and new.current is not None and new.gap == 0:
                closed.append(CellChange(person.id, cid, old.current, new.current, new.target))
            elif new.gap > 0 and (old.current is None or old.gap == 0):
                opened.append(CellChange(person.id, cid, old.current, new.current, new.target))
    coverage = [
        CoverageChange(a.competence_id, a.name, b.covered_by, a.covered_by, b.meeting_target,
                       a.meeting_target, a.with_target, gap_before[a.competence_id],
                       gap_after[a.competence_id])
        for b, a in zip(before.coverages(), after.coverages(), strict=True)
        if a.with_target or b.with_target
    ]
    return PeriodComparison(previous, current, before_on, after_on, closed, opened, coverage)


# -- summary of the office plan -------------------------------------------------------------


@dataclass(frozen=True)
class PlanSummary:
    """The numbers on the summary page of the office plan."""

    staff: int
    assessed_people: int
    targets_met: int
    targets_total: int
    top_needs: list[Need]
    vulnerable: list[Coverage]
    measures: int
    measures_by_status: dict[str, int]
    total_hours: float
    total_cost: float
    over_budget: int
    comparison: PeriodComparison | None

    @property
    def coverage_percent(self) -> float | None:
        """Share of person × competence targets that are met, in percent."""
        return 100.0 * self.targets_met / self.targets_total if self.targets_total else None


def plan_summary(analysis: Analysis, plan: PlanSnapshot, period_id: int,
                 hours: Sequence[PersonHours] | None = None, *, top: int = 5) -> PlanSummary:
    """Staff, coverage, top needs, vulnerable competences and the change since last period."""
    hours = hours if hours is not None else hours_per_person(analysis, plan, period_id)
    coverages = analysis.coverages()
    assessed = {rec.person_id for rec in analysis.data.assessments if rec.level is not None}
    measures = plan.measures_of(period_id)
    by_status = Counter(m.status for m in measures)
    counting = [m for m in measures if m.counts]
    return PlanSummary(
        staff=len(analysis.people),
        assessed_people=sum(1 for p in analysis.people if p.id in assessed),
        targets_met=sum(c.meeting_target for c in coverages),
        targets_total=sum(c.with_target for c in coverages),
        top_needs=ranked_needs(analysis, plan, period_id)[:top],
        vulnerable=[c for c in coverages if c.vulnerable],
        measures=len(measures),
        measures_by_status=dict(by_status),
        total_hours=sum(m.total_hours for m in counting),
        total_cost=sum(m.cost or 0.0 for m in counting),
        over_budget=sum(1 for h in hours if h.over_budget),
        comparison=compare_periods(analysis.data, plan, period_id),
    )


# -- individual plans -----------------------------------------------------------------------


@dataclass(frozen=True)
class GoalLine:
    """A development goal with where the person stands now."""

    goal: GoalInfo
    competence: str
    current: int | None
    overdue: bool
    reached: bool
    measures: tuple[str, ...]


@dataclass(frozen=True)
class GapLine:
    """A competence where the person is below their target, or not assessed."""

    competence_id: int
    competence: str
    current: int | None
    target: int


@dataclass(frozen=True)
class IndividualPlan:
    """One person's development plan for a period."""

    person: PersonInfo
    team: str
    roles: tuple[str, ...]
    period: PeriodInfo | None
    goals: list[GoalLine]
    measures: list[MeasureInfo]
    responsible_for: list[MeasureInfo]
    hours: PersonHours | None
    gaps: list[GapLine]
    buddy_name: str
    new_staff: NewStaffItem | None


def individual_plans(analysis: Analysis, plan: PlanSnapshot, period_id: int | None,
                     person_ids: Sequence[int] | None = None) -> list[IndividualPlan]:
    """Development plans of the given people (default: all active staff), by name."""
    data = analysis.data
    people_by_id = {p.id: p for p in data.people}
    wanted = [people_by_id[i] for i in person_ids] if person_ids is not None else analysis.people
    period = plan.period(period_id) if period_id is not None else None
    measures = plan.measures_of(period_id) if period_id is not None else []
    titles = {m.id: m.title for m in plan.measures}
    hours = ({h.person_id: h for h in hours_per_person(analysis, plan, period_id)}
             if period_id is not None else {})
    newcomers = {n.person_id: n for n in new_staff_followup(analysis, plan)}
    comp_names = {c.id: c.name for c in data.competences}
    result = []
    for person in wanted:
        goals = []
        for g in plan.goals_of(person.id):
            cur = analysis.current(person.id, g.competence_id)
            reached = cur is not None and cur >= g.target_level
            goals.append(GoalLine(
                g, comp_names.get(g.competence_id, "?"), cur,
                g.due is not None and g.due < data.today and not reached, reached,
                tuple(titles[mid] for mid in g.measure_ids if mid in titles)))
        gaps = []
        for cid in analysis.competence_ids:
            cell = analysis.cell(person.id, cid)
            if cell.target and (cell.gap or cell.unknown_gap):
                gaps.append(GapLine(cid, comp_names[cid], cell.current, cell.target))
        gaps.sort(key=lambda g: (g.current is None, -(g.target - (g.current or 0))))
        buddy = people_by_id.get(person.buddy_id) if person.buddy_id is not None else None
        result.append(IndividualPlan(
            person=person,
            team=data.teams.get(person.team_id, "") if person.team_id else "",
            roles=tuple(data.roles[r].name for r in person.role_ids if r in data.roles),
            period=period,
            goals=goals,
            measures=[m for m in measures if person.id in m.participant_ids],
            responsible_for=[m for m in measures if m.responsible_person_id == person.id],
            hours=hours.get(person.id),
            gaps=gaps,
            buddy_name=buddy.name if buddy else "",
            new_staff=newcomers.get(person.id),
        ))
    return result


def ny_i_nav_due(start: date) -> date:
    """When «Ny i NAV» must be done: six months after the start date."""
    return add_months(start, NY_I_NAV_MONTHS)
