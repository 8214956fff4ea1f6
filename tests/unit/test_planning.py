"""Planning rules on plain data: drafts from gaps, hours, new staff, period comparison."""

from __future__ import annotations

from datetime import date

import pytest

from kompetansekart.domain.analysis import Analysis
from kompetansekart.domain.models import MeasureKind, MeasureStatus
from kompetansekart.domain.planning import (
    COUNTY_RESPONSIBLE,
    GoalInfo,
    MeasureInfo,
    PeriodInfo,
    PlanSnapshot,
    PriorityInfo,
    compare_periods,
    draft_proposals,
    hours_per_person,
    individual_plans,
    kind_label,
    new_staff_followup,
    period_fraction,
    plan_summary,
    suggest_periods,
)
from kompetansekart.domain.snapshot import (
    AssessmentRecord,
    CategoryInfo,
    CompetenceInfo,
    OfficeData,
    PersonInfo,
    RoleInfo,
)

TODAY = date(2026, 11, 27)
# Competences: 1 Brukersamtalen (skill), 2 Folketrygdloven (knowledge), 3 Modia (skill).
MI, LAW, MODIA = 1, 2, 3
YEAR = PeriodInfo(10, "2026", date(2026, 1, 1), date(2026, 12, 31))
LAST_YEAR = PeriodInfo(9, "2025", date(2025, 1, 1), date(2025, 12, 31))


def office(levels: dict[tuple[int, int], int], *, on: date = date(2026, 3, 1),
           people: int = 6, extra: list[AssessmentRecord] | None = None) -> OfficeData:
    """People 1..n hold a role requiring MI 3, LAW 2, MODIA 2; levels given per cell."""
    records = [AssessmentRecord(i, pid, cid, level, on, "leader")
               for i, ((pid, cid), level) in enumerate(sorted(levels.items()), start=1)]
    return OfficeData(
        office_name="NAV Testby",
        people=[PersonInfo(i, f"Person {i}", team_id=1, role_ids=(1,), hours_per_year=40.0)
                for i in range(1, people + 1)],
        teams={1: "Marked"},
        roles={1: RoleInfo(1, "Veileder", {MI: 3, LAW: 2, MODIA: 2})},
        categories=[CategoryInfo(1, "Veiledning"), CategoryInfo(2, "Lov")],
        competences=[CompetenceInfo(MI, "Brukersamtalen", 1, "skill"),
                     CompetenceInfo(LAW, "Folketrygdloven", 2, "knowledge"),
                     CompetenceInfo(MODIA, "Modia", 1, "skill", position=1)],
        assessments=records + (extra or []),
        today=TODAY,
    )


def everyone(levels: dict[int, int], n: int = 6) -> dict[tuple[int, int], int]:
    """The same level per competence for persons 1..n."""
    return {(p, c): lvl for p in range(1, n + 1) for c, lvl in levels.items()}


def measure(mid: int, people: tuple[int, ...], hours: float, *, comps: tuple[int, ...] = (MI,),
            status: str = MeasureStatus.PLANNED.value, kind: str = MeasureKind.COURSE.value,
            period: int = YEAR.id) -> MeasureInfo:
    return MeasureInfo(mid, period, f"Tiltak {mid}", kind, hours_per_participant=hours,
                       status=status, competence_ids=comps, participant_ids=people)


# -- hours --------------------------------------------------------------------------------


def test_calendar_year_is_one_year_and_half_year_is_prorated() -> None:
    assert period_fraction(YEAR) == 1.0
    half = PeriodInfo(1, "1. halvår", date(2026, 1, 1), date(2026, 6, 30))
    assert period_fraction(half) == pytest.approx(181 / 365)


def test_hours_sum_active_measures_and_flag_over_budget() -> None:
    data = office(everyone({MI: 3, LAW: 2, MODIA: 2}))
    plan = PlanSnapshot([YEAR], measures=[
        measure(1, (1, 2), 30.0), measure(2, (1,), 15.0),
        measure(3, (2,), 100.0, status=MeasureStatus.CANCELLED.value)])
    hours = {h.person_id: h for h in hours_per_person(Analysis(data), plan, YEAR.id)}
    assert hours[1].planned == 45.0 and hours[1].available == 40.0 and hours[1].over_budget
    assert hours[1].measures == 2
    assert hours[2].planned == 30.0 and not hours[2].over_budget  # cancelled does not count
    assert hours[3].planned == 0.0 and len(hours) == 6


def test_half_year_budget_is_prorated() -> None:
    half = PeriodInfo(11, "1. halvår 2026", date(2026, 1, 1), date(2026, 6, 30))
    data = office(everyone({MI: 3}))
    plan = PlanSnapshot([half], measures=[measure(1, (1,), 25.0, period=half.id)])
    hours = {h.person_id: h for h in hours_per_person(Analysis(data), plan, half.id)}
    assert hours[1].available == pytest.approx(19.8)
    assert hours[1].over_budget


# -- draft from gaps ------------------------------------------------------------------------


def test_group_measure_when_several_share_a_gap_and_someone_can_teach() -> None:
    levels = everyone({MI: 1, LAW: 2, MODIA: 2})
    levels[(6, MI)] = 4  # person 6 can teach Brukersamtalen
    data = office(levels)
    proposals = draft_proposals(Analysis(data), PlanSnapshot([YEAR]), YEAR.id)
    first = proposals[0]
    assert first.competence_id == MI
    assert first.kind == MeasureKind.GROUP_GUIDANCE.value  # a skill: group guidance
    assert first.participant_ids == (1, 2, 3, 4, 5)
    assert first.responsible_person_id == 6
    assert "Person 6" in first.reason and "5 personer" in first.reason
    assert first.title == f"{kind_label(first.kind)}: Brukersamtalen"
    assert first.start == TODAY and first.end == YEAR.end


def test_peer_mentoring_for_one_or_two_and_county_request_when_nobody_can_teach() -> None:
    levels = everyone({MI: 3, LAW: 2, MODIA: 2})
    levels[(1, MI)] = 2
    levels[(2, MI)] = 1
    levels[(3, MI)] = 4
    levels[(1, LAW)] = 0  # nobody is at level 4 in the law
    data = office(levels)
    proposals = {p.competence_id: p for p in
                 draft_proposals(Analysis(data), PlanSnapshot([YEAR]), YEAR.id)}
    peer = proposals[MI]
    assert peer.kind == MeasureKind.PEER_MENTORING.value
    assert peer.participant_ids == (2, 1)  # the largest gap first
    assert peer.responsible_person_id == 3
    county = proposals[LAW]
    assert county.kind == MeasureKind.COUNTY_REQUEST.value and county.is_county_request
    assert county.responsible_person_id is None
    assert county.responsible_external == COUNTY_RESPONSIBLE
    assert MODIA not in proposals  # no gap, no proposal


def test_people_already_planned_are_left_out_and_priorities_come_first() -> None:
    levels = everyone({MI: 1, LAW: 0, MODIA: 1})
    data = office(levels)
    plan = PlanSnapshot([YEAR], priorities=[PriorityInfo(1, YEAR.id, 1, MODIA, None, "Mål")],
                        measures=[measure(1, (1, 2), 7.5, comps=(LAW,))])
    proposals = draft_proposals(Analysis(data), plan, YEAR.id)
    assert proposals[0].competence_id == MODIA  # the period's priority, despite a smaller gap
    law = next(p for p in proposals if p.competence_id == LAW)
    assert law.participant_ids == (3, 4, 5, 6)
    assert [p.rank for p in proposals] == list(range(1, len(proposals) + 1))


def test_cancelled_measures_do_not_hide_a_gap_and_limit_applies() -> None:
    data = office(everyone({MI: 2, LAW: 0, MODIA: 1}))
    plan = PlanSnapshot([YEAR], measures=[
        measure(1, (1, 2, 3, 4, 5, 6), 7.5, comps=(LAW,),
                status=MeasureStatus.CANCELLED.value)])
    proposals = draft_proposals(Analysis(data), plan, YEAR.id, limit=1)
    assert len(proposals) == 1
    assert proposals[0].competence_id == LAW and len(proposals[0].participant_ids) == 6


def test_no_proposal_when_everyone_meets_the_target() -> None:
    data = office(everyone({MI: 3, LAW: 2, MODIA: 2}))
    assert draft_proposals(Analysis(data), PlanSnapshot([YEAR]), YEAR.id) == []


def test_teaching_is_spread_over_the_teachers() -> None:
    levels = everyone({MI: 2, LAW: 1, MODIA: 2})
    for cid in (MI, LAW):
        levels[(5, cid)] = 4
        levels[(6, cid)] = 4
    data = office(levels)
    proposals = draft_proposals(Analysis(data), PlanSnapshot([YEAR]), YEAR.id)
    assert {p.responsible_person_id for p in proposals} == {5, 6}


# -- new staff ------------------------------------------------------------------------------


def test_new_staff_due_six_months_after_start_and_overdue_flagged() -> None:
    data = office({})
    people = list(data.people)
    people[0] = PersonInfo(1, "Ny Ansatt", start_date=date(2026, 3, 15), buddy_id=2,
                           role_ids=(1,))
    people[1] = PersonInfo(2, "Fadder Person", start_date=date(2026, 9, 1), role_ids=(1,))
    data.people = people
    plan = PlanSnapshot([YEAR], measures=[
        measure(1, (2,), 22.5, kind=MeasureKind.NY_I_NAV.value)],
        goals=[GoalInfo(1, 2, MI, 3)])
    items = {n.person_id: n for n in new_staff_followup(Analysis(data), plan)}
    late = items[1]
    assert late.due == date(2026, 9, 15) and late.overdue
    assert late.buddy_name == "Fadder Person"
    assert late.missing == ["«Ny i NAV» forfalt", "mangler opplæringsplan"]
    fresh = items[2]
    assert not fresh.overdue and fresh.ny_i_nav_measure == "Tiltak 1"
    assert fresh.missing == ["mangler fadder"]


def test_ny_i_nav_planned_after_the_due_date_is_not_on_track() -> None:
    # Started 1 Sept: due 1 March. A course in April is too late; one in February is fine.
    data = office({})
    people = list(data.people)
    people[0] = PersonInfo(1, "Ny Ansatt", start_date=date(2026, 9, 1), buddy_id=2,
                           role_ids=(1,))
    data.people = people
    goals = [GoalInfo(1, 1, MI, 3)]

    def followup(*measures: MeasureInfo) -> list[str]:
        plan = PlanSnapshot([YEAR], measures=list(measures), goals=goals)
        (item,) = new_staff_followup(Analysis(data), plan)
        assert item.due == date(2027, 3, 1) and not item.overdue
        return item.missing

    def ny_i_nav(mid: int, start: date, end: date | None) -> MeasureInfo:
        return MeasureInfo(mid, YEAR.id, f"Ny i NAV {start:%B}", MeasureKind.NY_I_NAV.value,
                           start=start, end=end, participant_ids=(1,))

    april = ny_i_nav(1, date(2027, 4, 12), date(2027, 4, 16))
    february = ny_i_nav(2, date(2027, 2, 22), date(2027, 2, 26))
    ends_late = ny_i_nav(3, date(2027, 2, 25), date(2027, 3, 5))
    assert followup(april) == ["«Ny i NAV» er planlagt etter fristen"]
    assert followup(ends_late) == ["«Ny i NAV» er planlagt etter fristen"]
    # With two courses, the earlier one counts.
    assert followup(april, february) == []
    no_dates = MeasureInfo(4, YEAR.id, "Ny i NAV", MeasureKind.NY_I_NAV.value,
                           participant_ids=(1,))
    assert followup(no_dates) == []


# -- comparing periods ----------------------------------------------------------------------


def test_comparison_uses_the_history_at_each_period_end() -> None:
    later = [AssessmentRecord(100, 1, MI, 3, date(2026, 5, 1), "leader"),
             AssessmentRecord(101, 2, LAW, 1, date(2026, 5, 1), "leader"),
             # after today: not yet part of the picture
             AssessmentRecord(102, 3, MI, 3, date(2027, 1, 5), "leader")]
    data = office(everyone({MI: 2, LAW: 2, MODIA: 2}), on=date(2025, 6, 1), extra=later)
    plan = PlanSnapshot([LAST_YEAR, YEAR])
    result = compare_periods(data, plan, YEAR.id)
    assert result is not None
    assert result.previous == LAST_YEAR and result.before_on == LAST_YEAR.end
    assert result.after_on == TODAY
    assert [(c.person_id, c.competence_id, c.before, c.after) for c in result.closed] == \
        [(1, MI, 2, 3)]
    assert [(c.person_id, c.competence_id, c.before, c.after) for c in result.opened] == \
        [(2, LAW, 2, 1)]
    mi = next(c for c in result.coverage if c.competence_id == MI)
    assert (mi.meeting_before, mi.meeting_after, mi.with_target) == (0, 1, 6)
    assert (mi.gap_before, mi.gap_after, mi.gap_delta) == (6, 5, -1)


def test_no_comparison_without_a_previous_period() -> None:
    data = office({})
    assert compare_periods(data, PlanSnapshot([YEAR]), YEAR.id) is None


# -- summary and individual plans -----------------------------------------------------------


def test_summary_counts() -> None:
    levels = everyone({MI: 3, LAW: 2, MODIA: 2})
    levels[(1, MI)] = 1
    data = office(levels)
    plan = PlanSnapshot([YEAR], measures=[measure(1, (1,), 50.0), measure(
        2, (2, 3), 10.0, status=MeasureStatus.DONE.value)])
    summary = plan_summary(Analysis(data), plan, YEAR.id)
    assert summary.staff == 6 and summary.assessed_people == 6
    assert (summary.targets_met, summary.targets_total) == (17, 18)
    assert summary.top_needs[0].competence_id == MI
    assert summary.measures == 2 and summary.total_hours == 70.0
    assert summary.over_budget == 1
    assert summary.measures_by_status == {"planned": 1, "done": 1}


def test_individual_plan_holds_goals_measures_and_gaps() -> None:
    levels = everyone({MI: 3, LAW: 2, MODIA: 2})
    levels[(1, MI)] = 1
    del levels[(1, MODIA)]
    data = office(levels)
    plan = PlanSnapshot([YEAR], measures=[measure(1, (1,), 50.0)], goals=[
        GoalInfo(1, 1, MI, 3, date(2026, 6, 1), "Etter samtalen", (1,)),
        GoalInfo(2, 1, LAW, 2, date(2027, 6, 1))])
    [ip] = individual_plans(Analysis(data), plan, YEAR.id, [1])
    assert ip.team == "Marked" and ip.roles == ("Veileder",)
    overdue, reached = ip.goals
    assert overdue.overdue and not overdue.reached and overdue.measures == ("Tiltak 1",)
    assert reached.reached and not reached.overdue
    assert [m.id for m in ip.measures] == [1]
    assert ip.hours is not None and ip.hours.over_budget
    assert [(g.competence_id, g.current, g.target) for g in ip.gaps] == \
        [(MI, 1, 3), (MODIA, None, 2)]


def test_suggested_periods_in_autumn_look_at_next_year() -> None:
    names = [name for name, _, _ in suggest_periods(TODAY)]
    assert names[0] == "2027" and "1. halvår 2027" in names


def test_a_buddy_who_has_left_is_no_buddy() -> None:
    data = office({})
    people = list(data.people)
    people[0] = PersonInfo(1, "Ny Ansatt", start_date=date(2026, 9, 1), buddy_id=2,
                           role_ids=(1,))
    people[1] = PersonInfo(2, "Fadder Person", active=False, role_ids=(1,))
    data.people = people
    plan = PlanSnapshot([YEAR], measures=[], goals=[GoalInfo(1, 1, MI, 3)])
    (item,) = new_staff_followup(Analysis(data), plan)
    assert item.buddy_name == "Fadder Person"
    assert item.missing == ["ikke meldt på «Ny i NAV»", "fadderen har sluttet"]


def test_current_period_with_two_future_periods_and_none_running() -> None:
    from kompetansekart.domain.planning import PeriodInfo, PlanSnapshot

    today = date(2026, 3, 1)
    past = PeriodInfo(1, "2025", date(2025, 1, 1), date(2025, 12, 31))
    later = PeriodInfo(2, "2027", date(2027, 1, 1), date(2027, 12, 31))
    next_ = PeriodInfo(3, "Høst 2026", date(2026, 8, 1), date(2026, 12, 31))
    plan = PlanSnapshot(periods=[past, later, next_])
    # The next one to start, not the one that starts last (the old rule of the sharing view).
    assert plan.current_period(today) == next_
    assert PlanSnapshot(periods=[past]).current_period(today) == past
    assert PlanSnapshot().current_period(today) is None
