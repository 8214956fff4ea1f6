"""Load the competence plan of an office file into a PlanSnapshot (fast bulk reads)."""

from __future__ import annotations

from datetime import date

from kompetansekart.domain.planning import (
    GoalInfo,
    MeasureInfo,
    PeriodInfo,
    PlanSnapshot,
    PriorityInfo,
    RequestInfo,
)
from kompetansekart.storage.officefile import OfficeFile


def _date(value: object) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


def _required_date(value: object) -> date:
    return date.fromisoformat(str(value)[:10])


def load_plan(office: OfficeFile) -> PlanSnapshot:
    """Read periods, priorities, measures, goals and county requests in a few queries."""
    q = office.query
    office_row = q("SELECT leader_name, municipality, county FROM office ORDER BY id LIMIT 1")
    leader, municipality, county = office_row[0] if office_row else ("", "", "")
    periods = [
        PeriodInfo(pid, name, _required_date(start), _required_date(end), leader_name or "",
                   note or "", uuid)
        for pid, uuid, name, start, end, leader_name, note in q(
            'SELECT id, uuid, name, start, "end", leader_name, note FROM planperiod '
            "ORDER BY start, id")
    ]
    priorities = [
        PriorityInfo(pid, period_id, rank, comp, cat, rationale or "")
        for pid, period_id, rank, comp, cat, rationale in q(
            "SELECT id, period_id, rank, competence_id, category_id, rationale FROM priority "
            "ORDER BY period_id, rank, id")
    ]
    competences: dict[int, list[int]] = {}
    for mid, cid in q("SELECT measure_id, competence_id FROM measurecompetence "
                      "ORDER BY measure_id, competence_id"):
        competences.setdefault(mid, []).append(cid)
    participants: dict[int, list[int]] = {}
    for mid, pid in q("SELECT mp.measure_id, mp.person_id FROM measureparticipant mp "
                      "JOIN person p ON p.id = mp.person_id "
                      "ORDER BY mp.measure_id, p.name COLLATE NOCASE, p.id"):
        participants.setdefault(mid, []).append(pid)
    measures = [
        MeasureInfo(mid, period_id, title, kind, resp, external or "", _date(start), _date(end),
                    float(hours or 0.0), None if cost is None else float(cost), status,
                    evaluation or "", tuple(competences.get(mid, ())),
                    tuple(participants.get(mid, ())), uuid)
        for (mid, uuid, period_id, title, kind, resp, external, start, end, hours, cost, status,
             evaluation) in q(
            "SELECT id, uuid, period_id, title, kind, responsible_person_id, "
            'responsible_external, start, "end", hours_per_participant, cost, status, evaluation '
            "FROM measure ORDER BY id")
    ]
    goal_measures: dict[int, list[int]] = {}
    for gid, mid in q("SELECT goal_id, measure_id FROM goalmeasure ORDER BY goal_id, measure_id"):
        goal_measures.setdefault(gid, []).append(mid)
    goals = [
        GoalInfo(gid, pid, cid, level, _date(due), note or "", tuple(goal_measures.get(gid, ())))
        for gid, pid, cid, level, due, note in q(
            "SELECT id, person_id, competence_id, target_level, due, note FROM developmentgoal "
            "ORDER BY id")
    ]
    requests = [
        RequestInfo(rid, period_id, cid, text, int(count or 0), _date(created))
        for rid, period_id, cid, text, count, created in q(
            "SELECT id, period_id, competence_id, text, people_count, created_on "
            "FROM countyrequest ORDER BY id")
    ]
    return PlanSnapshot(periods, priorities, measures, goals, requests, leader or "",
                        municipality or "", county or "")
