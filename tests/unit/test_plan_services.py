"""The plan's write path: periods, priorities, measures, goals, county requests, undo."""

from __future__ import annotations

from datetime import date

import pytest

from kompetansekart.domain.models import MeasureKind, MeasureStatus
from kompetansekart.domain.planning import Proposal
from kompetansekart.services import plans, staff
from kompetansekart.storage.errors import ValidationError
from kompetansekart.storage.officefile import OfficeFile
from kompetansekart.storage.plan_reader import load_plan


@pytest.fixture
def setup(office: OfficeFile) -> tuple[OfficeFile, int, list[int], list[int]]:
    """An office with three people, a 2026 period; returns (office, period, people, comps)."""
    for name in ("Kari Nordmann", "Ola Ødegård", "Åse Bækken"):
        staff.add_person(office, staff.PersonFields(name, role_ids=[1]))
    plans.add_period(office, plans.PeriodFields("2026", "01.01.2026", "31.12.2026",
                                                "Liv Leder"))
    period = plans.new_period_id(office, "2026")
    assert period is not None
    people = [r[0] for r in office.query("SELECT id FROM person ORDER BY id")]
    comps = [r[0] for r in office.query("SELECT id FROM competence ORDER BY id LIMIT 3")]
    return office, period, people, comps


def fields(people: list[int], comps: list[int], **changes: object) -> plans.MeasureFields:
    base = plans.MeasureFields(
        "Kurs i MI", MeasureKind.COURSE.value, comps[:1], people[:2], people[2], "",
        "01.03.2026", "02.03.2026", 7.5, 1500.0)
    for key, value in changes.items():
        setattr(base, key, value)
    return base


# -- periods ------------------------------------------------------------------------------


def test_period_is_saved_and_read_back(setup: tuple[OfficeFile, int, list[int], list[int]]
                                       ) -> None:
    office, period_id, _, _ = setup
    plan = load_plan(office)
    [period] = plan.periods
    assert (period.id, period.name, period.start, period.end, period.leader_name) == \
        (period_id, "2026", date(2026, 1, 1), date(2026, 12, 31), "Liv Leder")


@pytest.mark.parametrize(("start", "end", "field", "message"), [
    ("01.07.2026", "30.06.2026", "end", "slutte før"),
    ("01.01.2026", "31.12.2030", "end", "høyst tre år"),
    ("", "31.12.2026", "start", "må fylles ut"),
    ("31.02.2026", "31.12.2026", "start", "ikke en gyldig dato"),
])
def test_period_dates_are_checked(office: OfficeFile, start: str, end: str, field: str,
                                  message: str) -> None:
    with pytest.raises(ValidationError) as err:
        plans.add_period(office, plans.PeriodFields("2027", start, end))
    assert err.value.field == field and message in err.value.message
    assert office.query("SELECT count(*) FROM planperiod")[0][0] == 0


def test_period_names_are_unique(setup: tuple[OfficeFile, int, list[int], list[int]]) -> None:
    office, _, _, _ = setup
    with pytest.raises(ValidationError, match="finnes allerede"):
        plans.add_period(office, plans.PeriodFields("2026", "01.01.2027", "31.12.2027"))


def test_delete_period_takes_measures_and_undo_brings_them_back(
        setup: tuple[OfficeFile, int, list[int], list[int]]) -> None:
    office, period_id, people, comps = setup
    plans.add_measure(office, period_id, fields(people, comps))
    plans.add_priority(office, period_id, competence_id=comps[0], rationale="Styringsbrev")
    assert plans.count_measures(office, period_id) == 1
    change = plans.delete_period(office, period_id)
    assert office.query("SELECT count(*) FROM measureparticipant")[0][0] == 0
    office.revert(change)
    plan = load_plan(office)
    assert [set(m.participant_ids) for m in plan.measures] == [set(people[:2])]
    assert len(plan.priorities) == 1


# -- priorities -------------------------------------------------------------------------------


def test_priorities_are_ranked_moved_and_renumbered(
        setup: tuple[OfficeFile, int, list[int], list[int]]) -> None:
    office, period_id, _, comps = setup
    plans.add_priority(office, period_id, competence_id=comps[0], rationale="A")
    plans.add_priority(office, period_id, competence_id=comps[1], rationale="B")
    plans.add_priority(office, period_id, category_id=1, rationale="C")
    ids = [p.id for p in load_plan(office).priorities_of(period_id)]
    plans.move_priority(office, ids[2], -1)
    assert [p.rationale for p in load_plan(office).priorities_of(period_id)] == ["A", "C", "B"]
    plans.delete_priority(office, ids[0])
    ranked = load_plan(office).priorities_of(period_id)
    assert [(p.rank, p.rationale) for p in ranked] == [(1, "C"), (2, "B")]


def test_a_priority_names_one_thing_and_stays_few(
        setup: tuple[OfficeFile, int, list[int], list[int]]) -> None:
    office, period_id, _, comps = setup
    with pytest.raises(ValidationError, match="enten"):
        plans.add_priority(office, period_id)
    with pytest.raises(ValidationError, match="enten"):
        plans.add_priority(office, period_id, competence_id=comps[0], category_id=1)
    all_comps = [r[0] for r in office.query("SELECT id FROM competence ORDER BY id LIMIT 6")]
    for cid in all_comps[:5]:
        plans.add_priority(office, period_id, competence_id=cid)
    with pytest.raises(ValidationError, match="høyst 5"):
        plans.add_priority(office, period_id, competence_id=all_comps[5])
    plans.delete_priority(office, load_plan(office).priorities_of(period_id)[0].id)
    with pytest.raises(ValidationError, match="allerede prioritert"):
        plans.add_priority(office, period_id, competence_id=all_comps[1])


# -- measures -------------------------------------------------------------------------------


def test_measure_with_links_is_saved_edited_and_read_back(
        setup: tuple[OfficeFile, int, list[int], list[int]]) -> None:
    office, period_id, people, comps = setup
    plans.add_measure(office, period_id, fields(people, comps))
    [m] = load_plan(office).measures
    assert (m.title, m.kind, m.start, m.end, m.hours_per_participant, m.cost) == \
        ("Kurs i MI", "course", date(2026, 3, 1), date(2026, 3, 2), 7.5, 1500.0)
    assert set(m.participant_ids) == set(people[:2]) and m.competence_ids == (comps[0],)
    assert m.responsible_person_id == people[2]
    change = plans.update_measure(office, m.id, fields(
        people, comps, title="Kollegaveiledning", kind=MeasureKind.PEER_MENTORING.value,
        participant_ids=[people[0]], competence_ids=comps[1:3], cost=None,
        responsible_person_id=None, responsible_external="Fylket"))
    edited = load_plan(office).measure(m.id)
    assert edited.participant_ids == (people[0],) and edited.competence_ids == tuple(comps[1:3])
    assert edited.cost is None and edited.responsible_external == "Fylket"
    office.revert(change)
    assert set(load_plan(office).measure(m.id).participant_ids) == set(people[:2])
    assert plans.measure_fields(office, m.id).title == "Kurs i MI"


@pytest.mark.parametrize(("changes", "field", "message"), [
    ({"start": "05.03.2026", "end": "01.03.2026"}, "end", "slutte før det starter"),
    ({"start": "01.03.2027", "end": "02.03.2027"}, "start", "innenfor perioden"),
    ({"start": "", "end": "01.06.2025"}, "end", "innenfor perioden"),
    ({"cost": -5.0}, "cost", "Kostnaden"),
    ({"hours_per_participant": 5000}, "hours", "mellom 0 og 2000"),
    ({"kind": "party"}, "kind", "hva slags tiltak"),
    ({"status": "maybe"}, "status", "Velg status"),
    ({"title": "  "}, "title", "Tittelen"),
])
def test_measure_fields_are_checked(setup: tuple[OfficeFile, int, list[int], list[int]],
                                    changes: dict[str, object], field: str, message: str
                                    ) -> None:
    office, period_id, people, comps = setup
    with pytest.raises(ValidationError) as err:
        plans.add_measure(office, period_id, fields(people, comps, **changes))
    assert err.value.field == field and message in err.value.message
    assert office.query("SELECT count(*) FROM measure")[0][0] == 0


def test_status_and_evaluation_and_delete_with_undo(
        setup: tuple[OfficeFile, int, list[int], list[int]]) -> None:
    office, period_id, people, comps = setup
    plans.add_measure(office, period_id, fields(people, comps))
    mid = load_plan(office).measures[0].id
    change = plans.set_status(office, mid, MeasureStatus.DONE.value, "Nyttig kurs")
    assert change.label == "Marker «Kurs i MI» som gjennomført"
    done = load_plan(office).measure(mid)
    assert (done.status, done.evaluation) == ("done", "Nyttig kurs")
    office.revert(change)
    assert load_plan(office).measure(mid).status == "planned"
    plans.set_evaluation(office, mid, "Kort")
    assert load_plan(office).measure(mid).evaluation == "Kort"
    deleted = plans.delete_measure(office, mid)
    assert load_plan(office).measures == []
    office.revert(deleted)
    assert len(load_plan(office).measure(mid).participant_ids) == 2


def test_accept_proposals_adds_measures_and_county_requests_in_one_change(
        setup: tuple[OfficeFile, int, list[int], list[int]]) -> None:
    office, period_id, people, comps = setup
    group = Proposal(MeasureKind.LEARNING_MEETING.value, "Lærende møte: A", comps[0],
                     tuple(people[:2]), people[2], "", 3.0, "fordi", 1,
                     date(2026, 11, 27), date(2026, 12, 31))
    county = Proposal(MeasureKind.COUNTY_REQUEST.value, "Bestilling til fylket: B", comps[1],
                      tuple(people), None, "Fylkeskontoret", 7.5, "ingen kan", 2)
    edited = plans.proposal_fields(group)
    edited.hours_per_participant = 4.5
    change = plans.accept_proposals(office, period_id, [edited, plans.proposal_fields(county)],
                                    ["", "Opplæring i B for 3 ansatte"])
    assert change.label == "Legg til 2 tiltak fra utkast"
    plan = load_plan(office)
    assert [(m.title, m.hours_per_participant, m.responsible_person_id)
            for m in plan.measures] == [("Lærende møte: A", 4.5, people[2]),
                                        ("Bestilling til fylket: B", 7.5, None)]
    [request] = plan.requests
    assert (request.text, request.people_count, request.competence_id, request.period_id) == \
        ("Opplæring i B for 3 ansatte", 3, comps[1], period_id)
    office.revert(change)
    assert office.query("SELECT count(*) FROM measure")[0][0] == 0
    assert office.query("SELECT count(*) FROM countyrequest")[0][0] == 0
    with pytest.raises(ValidationError, match="minst ett"):
        plans.accept_proposals(office, period_id, [])


def test_validate_measure_checks_without_writing(
        setup: tuple[OfficeFile, int, list[int], list[int]]) -> None:
    office, period_id, people, comps = setup
    plans.validate_measure(office, period_id, fields(people, comps))
    with pytest.raises(ValidationError, match="slutte før"):
        plans.validate_measure(office, period_id, fields(people, comps, end="01.01.2026"))
    assert office.query("SELECT count(*) FROM measure")[0][0] == 0


# -- goals and county requests ----------------------------------------------------------------


def test_development_goals_with_linked_measures(
        setup: tuple[OfficeFile, int, list[int], list[int]]) -> None:
    office, period_id, people, comps = setup
    plans.add_measure(office, period_id, fields(people, comps))
    mid = load_plan(office).measures[0].id
    plans.add_goal(office, plans.GoalFields(people[0], comps[0], 3, "01.06.2027", "Samtale",
                                            [mid]))
    [goal] = load_plan(office).goals_of(people[0])
    assert (goal.target_level, goal.due, goal.note, goal.measure_ids) == \
        (3, date(2027, 6, 1), "Samtale", (mid,))
    plans.update_goal(office, goal.id, plans.GoalFields(people[0], comps[1], 4, None, ""))
    edited = load_plan(office).goals_of(people[0])[0]
    assert (edited.competence_id, edited.target_level, edited.measure_ids) == (comps[1], 4, ())
    assert plans.goal_fields(office, goal.id).target_level == 4
    with pytest.raises(ValidationError, match="0 til 4"):
        plans.update_goal(office, goal.id, plans.GoalFields(people[0], comps[1], 7))
    plans.delete_goal(office, goal.id)
    assert load_plan(office).goals == []


def test_county_requests(setup: tuple[OfficeFile, int, list[int], list[int]]) -> None:
    office, period_id, _, comps = setup
    with pytest.raises(ValidationError, match="ber fylket om"):
        plans.add_request(office, period_id, comps[0], "  ")
    plans.add_request(office, period_id, comps[0], "Kurs i  sosialtjenesteloven", 4)
    [req] = load_plan(office).requests_of(period_id)
    assert (req.text, req.people_count) == ("Kurs i sosialtjenesteloven", 4)
    plans.update_request(office, req.id, None, "Regionalt nettverk", 2)
    assert load_plan(office).requests[0].competence_id is None
    plans.delete_request(office, req.id)
    assert load_plan(office).requests == []
