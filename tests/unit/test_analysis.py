"""The analysis rules, by example and as hypothesis properties."""

from __future__ import annotations

import random
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from kompetansekart.domain.analysis import Analysis, add_months, targets
from kompetansekart.domain.snapshot import (
    AssessmentRecord,
    CompetenceInfo,
    OfficeData,
    PersonInfo,
    RoleInfo,
)

TODAY = date(2026, 11, 27)
VEILEDER, FAGUTVIKLER = 1, 2
MI, LOV, MODIA = 10, 11, 12


def office(people: list[PersonInfo], assessments: list[AssessmentRecord] = (),  # type: ignore[assignment]
           overrides: dict[tuple[int, int], int] | None = None,
           stale_months: int = 12) -> OfficeData:
    return OfficeData(
        office_name="NAV Testby",
        people=people,
        roles={VEILEDER: RoleInfo(VEILEDER, "Veileder", {MI: 2, LOV: 2}),
               FAGUTVIKLER: RoleInfo(FAGUTVIKLER, "Fagutvikler", {MI: 4, MODIA: 1})},
        competences=[CompetenceInfo(MI, "Motiverende intervju", 1),
                     CompetenceInfo(LOV, "Forvaltningsloven", 1),
                     CompetenceInfo(MODIA, "Modia", 1)],
        assessments=list(assessments),
        overrides=overrides or {},
        stale_months=stale_months,
        today=TODAY,
    )


def person(pid: int, *roles: int, active: bool = True, **kw: object) -> PersonInfo:
    return PersonInfo(pid, f"Person {pid}", role_ids=roles, active=active, **kw)  # type: ignore[arg-type]


_ids = iter(range(1, 1_000_000))


def rec(pid: int, cid: int, level: int | None, on: date, source: str = "leader",
        aid: int | None = None) -> AssessmentRecord:
    return AssessmentRecord(aid if aid is not None else next(_ids), pid, cid, level, on, source)


# -- current level and self-assessment -------------------------------------------------------


def test_newest_leader_assessment_is_current() -> None:
    a = Analysis(office([person(1, VEILEDER)], [
        rec(1, MI, 3, date(2026, 1, 1)),
        rec(1, MI, 1, date(2025, 1, 1)),
        rec(1, MI, 2, date(2024, 1, 1)),
    ]))
    assert a.current(1, MI) == 3
    assert a.cell(1, MI).current_on == date(2026, 1, 1)


def test_same_day_later_entry_wins() -> None:
    a = Analysis(office([person(1)], [
        rec(1, MI, 4, date(2026, 1, 1), aid=20),
        rec(1, MI, 1, date(2026, 1, 1), aid=21),
    ]))
    assert a.current(1, MI) == 1


def test_coordinator_counts_as_leader_and_self_is_kept_beside() -> None:
    a = Analysis(office([person(1, VEILEDER)], [
        rec(1, MI, 1, date(2025, 1, 1), "leader"),
        rec(1, MI, 2, date(2026, 1, 1), "coordinator"),
        rec(1, MI, 4, date(2026, 6, 1), "self"),
    ]))
    cell = a.cell(1, MI)
    assert cell.current == 2 and cell.current_source == "coordinator"
    assert cell.self_level == 4 and cell.self_on == date(2026, 6, 1)
    assert a.self_level(1, MI) == 4
    assert cell.gap == 0  # the newer self-assessment does not change the current level


def test_self_assessment_alone_is_not_a_current_level() -> None:
    a = Analysis(office([person(1, VEILEDER)], [rec(1, MI, 4, date(2026, 1, 1), "self")]))
    cell = a.cell(1, MI)
    assert cell.current is None and cell.unknown_gap and cell.gap == 0


def test_withdrawn_assessment_makes_the_cell_not_assessed() -> None:
    a = Analysis(office([person(1, VEILEDER)], [
        rec(1, MI, 3, date(2025, 1, 1)),
        rec(1, MI, None, date(2026, 1, 1)),
    ]))
    cell = a.cell(1, MI)
    assert cell.current is None
    assert cell.current_on is None
    assert cell.unknown_gap
    assert a.stale() == []  # a withdrawn cell is not an old assessment


def test_not_assessed_is_never_level_zero() -> None:
    a = Analysis(office([person(1, VEILEDER), person(2, VEILEDER)],
                        [rec(2, MI, 0, date(2026, 1, 1))]))
    unassessed, zero = a.cell(1, MI), a.cell(2, MI)
    assert unassessed.current is None and unassessed.gap == 0 and unassessed.unknown_gap
    assert zero.current == 0 and zero.gap == 2 and not zero.unknown_gap


# -- targets and gaps ------------------------------------------------------------------------


def test_target_is_highest_role_requirement() -> None:
    a = Analysis(office([person(1, VEILEDER, FAGUTVIKLER), person(2)]))
    assert a.target(1, MI) == 4
    assert a.target(1, LOV) == 2
    assert a.target(1, MODIA) == 1
    assert a.target(2, MI) is None


def test_individual_override_wins_even_when_lower() -> None:
    data = office([person(1, VEILEDER, FAGUTVIKLER)], overrides={(1, MI): 1, (1, MODIA): 3})
    a = Analysis(data)
    assert a.target(1, MI) == 1
    assert a.target(1, MODIA) == 3
    assert targets(data)[(1, LOV)] == 2


def test_gap_is_target_minus_current_never_negative() -> None:
    a = Analysis(office([person(1, VEILEDER)], [
        rec(1, MI, 0, date(2026, 1, 1)), rec(1, LOV, 4, date(2026, 1, 1))]))
    assert a.gap(1, MI) == 2
    assert a.gap(1, LOV) == 0
    assert a.cell(1, LOV).meets_target


# -- coverage, vulnerable, needs -------------------------------------------------------------


def test_coverage_and_vulnerability() -> None:
    people = [person(1, VEILEDER), person(2, VEILEDER), person(3, VEILEDER),
              person(4, VEILEDER, active=False)]
    day = date(2026, 1, 1)
    a = Analysis(office(people, [
        rec(1, MI, 2, day), rec(2, MI, 3, day), rec(3, MI, 1, day),  # two cover MI at 2
        rec(1, LOV, 2, day), rec(4, LOV, 4, day),  # only one active person covers LOV
        rec(1, MODIA, 4, day), rec(2, MODIA, 4, day),  # nobody needs Modia
    ]))
    mi, lov, modia = a.coverage(MI), a.coverage(LOV), a.coverage(MODIA)
    assert (mi.required_level, mi.covered_by, mi.holders) == (2, 2, (1, 2))
    assert (mi.meeting_target, mi.with_target) == (2, 3)
    assert not mi.vulnerable
    assert (lov.covered_by, lov.holders) == (1, (1,))
    assert lov.vulnerable
    assert modia.required_level is None and not modia.vulnerable
    assert [c.competence_id for c in a.vulnerable()] == [LOV]
    assert a.coverage(MODIA, level=4).covered_by == 2
    assert a.teachers(MODIA) == [1, 2]


def test_required_level_is_the_lowest_target_so_a_teaching_role_adds_no_vulnerability() -> None:
    # The fagutvikler must teach MI (target 4); the veiledere need it at 2 for their work.
    people = [person(1, VEILEDER), person(2, VEILEDER), person(3, FAGUTVIKLER)]
    day = date(2026, 1, 1)
    a = Analysis(office(people, [rec(1, MI, 2, day), rec(2, MI, 2, day), rec(3, MI, 3, day)]))
    mi = a.coverage(MI)
    assert (mi.required_level, mi.covered_by) == (2, 3)
    assert not mi.vulnerable
    assert (mi.meeting_target, mi.with_target) == (2, 3)  # the fagutvikler is below 4
    assert a.teachers(MI) == []


def test_nobody_covering_a_required_competence_is_vulnerable() -> None:
    a = Analysis(office([person(1, VEILEDER)]))
    assert {c.competence_id for c in a.vulnerable()} == {MI, LOV}
    assert all(c.covered_by == 0 for c in a.vulnerable())


def test_needs_ranked_by_total_gap_then_people() -> None:
    day = date(2026, 1, 1)
    people = [person(1, VEILEDER), person(2, VEILEDER), person(3, FAGUTVIKLER)]
    a = Analysis(office(people, [
        rec(1, MI, 0, day), rec(2, MI, 1, day), rec(3, MI, 4, day),  # MI: 2 + 1 = 3, 2 people
        rec(1, LOV, 0, day), rec(2, LOV, 0, day),  # LOV: 2 + 2 = 4, 2 people
        # Modia: person 3 is not assessed -> unknown gap only
    ]))
    needs = a.needs()
    assert [(n.competence_id, n.total_gap, n.people_with_gap, n.unknown_gaps) for n in needs] \
        == [(LOV, 4, 2, 0), (MI, 3, 2, 0), (MODIA, 0, 0, 1)]


def test_needs_tie_broken_by_people_affected() -> None:
    day = date(2026, 1, 1)
    people = [person(1, VEILEDER), person(2, VEILEDER)]
    a = Analysis(office(people, [
        rec(1, MI, 0, day), rec(2, MI, 2, day),  # MI: gap 2, one person
        rec(1, LOV, 1, day), rec(2, LOV, 1, day),  # LOV: gap 2, two people
    ]))
    assert [n.competence_id for n in a.needs()] == [LOV, MI]


def test_inactive_people_are_left_out() -> None:
    a = Analysis(office([person(1, VEILEDER, active=False)]))
    assert a.needs() == [] and a.cells() == []
    assert len(Analysis(office([person(1, VEILEDER, active=False)]),
                        active_only=False).cells()) == 3


# -- disagreements, stale, new staff ---------------------------------------------------------


def test_disagreements_compare_newest_self_with_current() -> None:
    day = date(2026, 1, 1)
    a = Analysis(office([person(1), person(2), person(3)], [
        rec(1, MI, 4, day, "self"), rec(1, MI, 1, day, "leader"),
        rec(2, MI, 2, day, "self"), rec(2, MI, 3, day, "leader"),
        rec(3, MI, 3, day, "self"), rec(3, MI, 3, day, "leader"),
        rec(3, LOV, 3, day, "self"),  # no leader assessment: nothing to compare
    ]))
    found = a.disagreements(threshold=1)
    assert [(d.person_id, d.difference) for d in found] == [(1, 3), (2, -1)]
    # By default one level apart is ordinary uncertainty, not a disagreement.
    assert [d.person_id for d in a.disagreements()] == [1]


def test_stale_uses_configurable_months() -> None:
    people = [person(1, VEILEDER)]
    recs = [rec(1, MI, 2, date(2025, 11, 26)),  # 12 months and a day
            rec(1, LOV, 2, date(2025, 11, 27)),  # exactly 12 months: not yet stale
            rec(1, MODIA, 2, date(2026, 6, 1))]
    a = Analysis(office(people, recs))
    assert [s.competence_id for s in a.stale()] == [MI]
    assert a.stale()[0].age_days == 366
    assert {s.competence_id for s in a.stale(6)} == {MI, LOV}
    assert {s.competence_id for s in Analysis(office(people, recs, stale_months=3)).stale()} \
        == {MI, LOV, MODIA}


def test_self_assessments_are_never_stale() -> None:
    a = Analysis(office([person(1)], [rec(1, MI, 2, date(2020, 1, 1), "self")]))
    assert a.stale() == []


def test_new_staff_due_six_months_after_start() -> None:
    people = [
        person(1, start_date=TODAY - timedelta(days=30), buddy_id=3),
        person(2, start_date=date(2026, 3, 1)),  # due 01.09.2026: overdue
        person(3, start_date=date(2026, 8, 1), ny_i_nav_done=date(2026, 10, 1)),
        person(4, start_date=date(2010, 1, 1)),  # long ago: not new
        person(5),  # no start date
    ]
    found = Analysis(office(people)).new_staff()
    assert [(n.person_id, n.overdue) for n in found] == [(2, True), (1, False)]
    assert found[0].due == date(2026, 9, 1)
    assert found[1].buddy_id == 3


def test_add_months_clamps_to_month_end() -> None:
    assert add_months(date(2026, 8, 31), 6) == date(2027, 2, 28)
    assert add_months(date(2024, 2, 29), -12) == date(2023, 2, 28)
    assert add_months(date(2026, 11, 27), -12) == date(2025, 11, 27)


# -- properties ------------------------------------------------------------------------------

COMPS = [MI, LOV, MODIA, 13]
SOURCES = ["self", "leader", "coordinator"]


@st.composite
def offices(draw: st.DrawFn) -> OfficeData:
    n_people = draw(st.integers(1, 6))
    role_reqs = draw(st.lists(
        st.dictionaries(st.sampled_from(COMPS), st.integers(0, 4), max_size=4),
        min_size=1, max_size=3))
    roles = {i + 1: RoleInfo(i + 1, f"Rolle {i}", reqs) for i, reqs in enumerate(role_reqs)}
    people = [
        PersonInfo(pid, f"P{pid}",
                   role_ids=tuple(draw(st.lists(st.sampled_from(sorted(roles)), max_size=2,
                                                unique=True))),
                   active=draw(st.booleans()) or pid == 1)
        for pid in range(1, n_people + 1)
    ]
    overrides = draw(st.dictionaries(
        st.tuples(st.integers(1, n_people), st.sampled_from(COMPS)), st.integers(0, 4),
        max_size=4))
    day = st.dates(date(2023, 1, 1), date(2026, 11, 27))
    records = draw(st.lists(st.tuples(
        st.integers(1, n_people), st.sampled_from(COMPS), st.none() | st.integers(0, 4), day,
        st.sampled_from(SOURCES)), max_size=30))
    assessments = [AssessmentRecord(i + 1, p, c, lvl, on, src)
                   for i, (p, c, lvl, on, src) in enumerate(records)]
    draw(st.randoms(use_true_random=False)).shuffle(assessments)  # order must not matter
    return OfficeData(
        office_name="NAV Egenskap", people=people, roles=roles,
        competences=[CompetenceInfo(c, f"K{c}", 1) for c in COMPS],
        assessments=assessments, overrides=overrides,
        stale_months=draw(st.integers(1, 24)), today=TODAY,
    )


def _newest(data: OfficeData, pid: int, cid: int, sources: set[str]) -> AssessmentRecord | None:
    found = [r for r in data.assessments
             if r.person_id == pid and r.competence_id == cid and r.source in sources]
    return max(found, key=lambda r: (r.assessed_on, r.id), default=None)


def _expected_target(data: OfficeData, p: PersonInfo, cid: int) -> int | None:
    if (p.id, cid) in data.overrides:
        return data.overrides[(p.id, cid)]
    levels = [data.roles[r].requirements[cid] for r in p.role_ids
              if cid in data.roles[r].requirements]
    return max(levels) if levels else None


@settings(max_examples=100, deadline=None)
@given(offices())
def test_cells_follow_the_rules(data: OfficeData) -> None:
    a = Analysis(data)
    for p in a.people:
        for cid in COMPS:
            cell = a.cell(p.id, cid)
            lead = _newest(data, p.id, cid, {"leader", "coordinator"})
            own = _newest(data, p.id, cid, {"self"})
            assert cell.current == (lead.level if lead else None)
            assert cell.self_level == (own.level if own else None)
            assert cell.target == _expected_target(data, p, cid)
            assert cell.gap >= 0
            if cell.target is not None and cell.current is not None:
                assert cell.gap == max(0, cell.target - cell.current)
            if cell.current is None:
                # Not assessed is never level 0: no gap is counted, it is an unknown gap.
                assert cell.gap == 0
                assert cell.unknown_gap == (cell.target is not None and cell.target > 0)
            else:
                assert not cell.unknown_gap


@settings(max_examples=100, deadline=None)
@given(offices())
def test_office_facts_follow_the_cells(data: OfficeData) -> None:
    a = Analysis(data)
    cells = a.cells()
    needs = a.needs()
    assert sum(n.total_gap for n in needs) == sum(c.gap for c in cells)
    assert sum(n.unknown_gaps for n in needs) == sum(c.unknown_gap for c in cells)
    keys = [(-n.total_gap, -n.people_with_gap) for n in needs]
    assert keys == sorted(keys)
    assert all(n.total_gap > 0 or n.unknown_gaps > 0 for n in needs)
    for cov in a.coverages():
        targets_here = [c.target for c in cells
                        if c.competence_id == cov.competence_id and c.target]
        required = min(targets_here) if targets_here else None
        assert cov.required_level == required
        holders = [c.person_id for c in cells if c.competence_id == cov.competence_id
                   and required is not None and c.current is not None
                   and c.current >= required]
        assert sorted(cov.holders) == sorted(holders)
        assert cov.vulnerable == (required is not None and len(holders) <= 1)
    assert [c.competence_id for c in a.vulnerable()] == \
        [c.competence_id for c in a.coverages() if c.vulnerable]
    limit = add_months(TODAY, -data.stale_months)
    expected_stale = {(c.person_id, c.competence_id) for c in cells
                      if c.current_on is not None and c.current_on < limit}
    assert {(s.person_id, s.competence_id) for s in a.stale()} == expected_stale
    for d in a.disagreements():
        assert d.self_level != d.leader_level
        assert d.leader_level == a.current(d.person_id, d.competence_id)


@settings(max_examples=50, deadline=None)
@given(offices(), st.integers(0, 2**32 - 1))
def test_order_of_the_history_does_not_matter(data: OfficeData, seed: int) -> None:
    first = Analysis(data)
    shuffled = list(data.assessments)
    random.Random(seed).shuffle(shuffled)
    data.assessments = shuffled
    second = Analysis(data)
    assert first.cells() == second.cells()
    assert first.needs() == second.needs()
    assert first.disagreements() == second.disagreements()
    assert first.stale() == second.stale()
