"""Load an office file into the plain OfficeData the analysis works on (fast bulk reads)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from kompetansekart.domain.analysis import paused_gc
from kompetansekart.domain.collation import sort_key
from kompetansekart.domain.snapshot import (
    AssessmentRecord,
    CategoryInfo,
    CompetenceInfo,
    OfficeData,
    PersonInfo,
    RoleInfo,
)
from kompetansekart.storage.officefile import OfficeFile


def _date(value: object) -> date | None:
    return date.fromisoformat(str(value)[:10]) if value else None


class _Dates(dict[object, date]):
    """Stored date text -> date, parsed once per distinct day (the history has few days)."""

    def __missing__(self, key: object) -> date:
        value = self[key] = date.fromisoformat(str(key)[:10])
        return value


def _records(rows: list[tuple]) -> list[AssessmentRecord]:  # type: ignore[type-arg]
    """The assessment history as records (each distinct day parsed once).

    Built with tuple.__new__ directly: the generated NamedTuple constructor is a Python
    function, and skipping it halves the time for a large history.
    """
    dates = _Dates()
    new = tuple.__new__
    cls = AssessmentRecord
    return [new(cls, (aid, pid, cid, level, dates[on], source, note or "", assessor or ""))
            for aid, pid, cid, level, on, source, note, assessor in rows]


_HISTORY_SQL = ("SELECT id, person_id, competence_id, level, assessed_on, source, note, assessor "
                "FROM assessment")


def _placeholders(ids: Sequence[int]) -> str:
    return ",".join("?" * len(ids))


def load_assessments(office: OfficeFile, competence_ids: Sequence[int] | None = None,
                     person_id: int | None = None,
                     person_ids: Sequence[int] | None = None) -> list[AssessmentRecord]:
    """The assessment history of some competences (all when None), optionally of some people.

    The targeted read behind a cell's history and the matrix's one-cell refresh.
    """
    where: list[str] = []
    params: list[object] = []
    if competence_ids is not None:
        where.append(f"competence_id IN ({_placeholders(competence_ids)})")
        params.extend(competence_ids)
    if person_id is not None:
        where.append("person_id = ?")
        params.append(person_id)
    if person_ids is not None:
        where.append(f"person_id IN ({_placeholders(person_ids)})")
        params.extend(person_ids)
    sql = _HISTORY_SQL + (" WHERE " + " AND ".join(where) if where else "") + " ORDER BY id"
    return _records(office.query(sql, tuple(params)))


def load_overrides(office: OfficeFile,
                   competence_ids: Sequence[int] | None = None) -> dict[tuple[int, int], int]:
    """Individual targets of some competences (all when None)."""
    sql = "SELECT person_id, competence_id, level FROM targetoverride"
    params: tuple[object, ...] = ()
    if competence_ids is not None:
        sql += f" WHERE competence_id IN ({_placeholders(competence_ids)})"
        params = tuple(competence_ids)
    return {(pid, cid): level for pid, cid, level in office.query(sql, params)}


def load(office: OfficeFile, *, today: date | None = None) -> OfficeData:
    """Read everything the analysis needs in a handful of queries."""
    with paused_gc():
        return _load(office, today)


def _load(office: OfficeFile, today: date | None) -> OfficeData:
    q = office.query
    name_row = q("SELECT name FROM office ORDER BY id LIMIT 1")
    settings = dict(q("SELECT key, value FROM setting"))
    person_roles: dict[int, list[int]] = {}
    for pid, rid in q("SELECT person_id, role_id FROM personrole ORDER BY role_id"):
        person_roles.setdefault(pid, []).append(rid)
    people = [
        PersonInfo(pid, name, team_id, title or "", bool(active), _date(start), float(hours),
                   buddy, _date(done), employment, tuple(person_roles.get(pid, ())), uuid)
        for pid, uuid, name, team_id, title, active, start, hours, buddy, done, employment in q(
            "SELECT id, uuid, name, team_id, title, active, start_date, hours_per_year, "
            "buddy_id, ny_i_nav_done, employment FROM person ORDER BY id"
        )
    ]
    # SQLite would put Å before Æ and Ø; Norwegians read æ, ø, å last.
    people.sort(key=lambda p: (sort_key(p.name), p.id))
    requirements: dict[int, dict[int, int]] = {}
    for rid, cid, level in q("SELECT role_id, competence_id, level FROM rolerequirement"):
        requirements.setdefault(rid, {})[cid] = level
    roles = {
        rid: RoleInfo(rid, name, requirements.get(rid, {}), description or "")
        for rid, name, description in sorted(
            q("SELECT id, name, description FROM role"), key=lambda r: (sort_key(r[1]), r[0]))
    }
    categories = [
        CategoryInfo(cid, name, pos, uuid)
        for cid, name, pos, uuid in q(
            "SELECT id, name, position, uuid FROM category ORDER BY position, name")
    ]
    cat_order = {c.id: i for i, c in enumerate(categories)}
    competences = [
        CompetenceInfo(cid, name, cat, component, pos, uuid, desc or "")
        for cid, name, cat, component, pos, uuid, desc in q(
            "SELECT id, name, category_id, component, position, uuid, description "
            "FROM competence")
    ]
    competences.sort(key=lambda c: (cat_order.get(c.category_id, 0), c.position, c.name))
    # Entry order: nearly by date, and free to read.
    assessments = load_assessments(office)
    overrides = load_overrides(office)
    labels = dict(q("SELECT level, label FROM scalelevel"))
    return OfficeData(
        office_name=name_row[0][0] if name_row else "",
        people=people,
        teams=dict(q("SELECT id, name FROM team ORDER BY name")),
        roles=roles,
        categories=categories,
        competences=competences,
        assessments=assessments,
        overrides=overrides,
        scale_labels=labels or OfficeData().scale_labels,
        stale_months=int(settings.get("stale_months", "12")),
        today=today or date.today(),
    )


# -- small reads for the window (the UI holds no SQL) -----------------------------------------


def office_name(office: OfficeFile) -> str | None:
    """The office's name (None in a file without an office row)."""
    rows = office.query("SELECT name FROM office ORDER BY id LIMIT 1")
    return str(rows[0][0]) if rows else None


def office_leader(office: OfficeFile) -> str:
    """The office's leader name ("" when not set)."""
    rows = office.query("SELECT leader_name FROM office ORDER BY id LIMIT 1")
    return str(rows[0][0] or "") if rows else ""


def left_dates(office: OfficeFile) -> dict[int, date]:
    """The day each person who has left the office left it."""
    return {int(pid): date.fromisoformat(str(day)[:10]) for pid, day in office.query(
        "SELECT id, left_date FROM person WHERE left_date IS NOT NULL")}


def person_history(office: OfficeFile, person_id: int) -> tuple[int, int, int]:
    """How many assessments, measure participations and development goals a person has."""
    q = office.query
    assessments = int(q("SELECT count(*) FROM assessment WHERE person_id = ?",
                        (person_id,))[0][0])
    measures = int(q("SELECT count(*) FROM measureparticipant WHERE person_id = ?",
                     (person_id,))[0][0])
    goals = int(q("SELECT count(*) FROM developmentgoal WHERE person_id = ?",
                  (person_id,))[0][0])
    return assessments, measures, goals


def assessment_counts(office: OfficeFile) -> dict[int, int]:
    """The number of stored assessments per competence id."""
    return {int(cid): int(n) for cid, n in office.query(
        "SELECT competence_id, count(*) FROM assessment GROUP BY competence_id")}


def scale_levels(office: OfficeFile) -> dict[int, tuple[str, str]]:
    """The office's own scale: level -> (label, description)."""
    return {int(level): (str(label), str(desc or "")) for level, label, desc in
            office.query("SELECT level, label, description FROM scalelevel")}


def share_log(office: OfficeFile) -> list[tuple[str, str, str, str]]:
    """What was shared, newest first: (created_at, kind, file name, detail)."""
    return [(str(at), str(kind), str(name), str(detail or "")) for at, kind, name, detail in
            office.query("SELECT created_at, kind, file_name, detail FROM sharerecord "
                         "ORDER BY created_at DESC, id DESC")]
