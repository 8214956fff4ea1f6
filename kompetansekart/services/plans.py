"""The competence plan: periods, priorities, measures, development goals and county requests."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlmodel import Session, col, delete, select

from kompetansekart.domain.models import (
    Category,
    Competence,
    CountyRequest,
    DevelopmentGoal,
    GoalMeasure,
    Measure,
    MeasureCompetence,
    MeasureKind,
    MeasureParticipant,
    MeasureStatus,
    Person,
    PlanPeriod,
    Priority,
)
from kompetansekart.domain.planning import (
    MAX_PRIORITIES,
    Proposal,
    status_label,
)
from kompetansekart.domain.validation import check_hours, check_level, clean_name, parse_date
from kompetansekart.services.common import ensure_unique, require
from kompetansekart.storage.errors import ValidationError
from kompetansekart.storage.officefile import Change, OfficeFile

#: A plan period longer than this is not a plan a leader follows up.
MAX_PERIOD_DAYS = 3 * 366
MAX_COST = 10_000_000.0


# -- periods --------------------------------------------------------------------------------


@dataclass
class PeriodFields:
    """What the period form edits."""

    name: str
    start: date | str | None
    end: date | str | None
    leader_name: str = ""
    note: str = ""


def _check_period(f: PeriodFields) -> tuple[str, date, date]:
    name = clean_name(f.name, "Navnet på perioden", max_length=60)
    start = parse_date(f.start, "Startdatoen", "start", required=True)
    end = parse_date(f.end, "Sluttdatoen", "end", required=True)
    assert start is not None and end is not None
    if end < start:
        raise ValidationError("Perioden kan ikke slutte før den starter.", "end")
    if (end - start).days + 1 > MAX_PERIOD_DAYS:
        raise ValidationError("En planperiode kan vare høyst tre år. Del den opp i år eller "
                              "halvår.", "end")
    return name, start, end


def add_period(office: OfficeFile, fields: PeriodFields) -> Change:
    """Add a plan period (a year or a half-year)."""
    name, start, end = _check_period(fields)
    with office.change(f"Ny planperiode «{name}»") as ch:
        ensure_unique(ch.session, PlanPeriod, name,
                      f"Det finnes allerede en planperiode som heter «{name}».")
        period = PlanPeriod(name=name, start=start, end=end,
                            leader_name=" ".join(fields.leader_name.split()),
                            note=fields.note.strip())
        ch.session.add(period)
        ch.session.flush()
        ch.created_id = period.id
    return ch


def update_period(office: OfficeFile, period_id: int, fields: PeriodFields) -> Change:
    """Rename a period or change its dates, leader and note."""
    name, start, end = _check_period(fields)
    with office.change(f"Endre planperiode «{name}»") as ch:
        period = require(ch.session, PlanPeriod, period_id, "Planperioden")
        ensure_unique(ch.session, PlanPeriod, name,
                      f"Det finnes allerede en planperiode som heter «{name}».",
                      exclude_id=period_id)
        period.name, period.start, period.end = name, start, end
        period.leader_name = " ".join(fields.leader_name.split())
        period.note = fields.note.strip()
        ch.session.add(period)
    return ch


def delete_period(office: OfficeFile, period_id: int) -> Change:
    """Delete a period with its priorities and measures (undo brings them back)."""
    with office.change("Slett planperiode") as ch:
        period = require(ch.session, PlanPeriod, period_id, "Planperioden")
        ch.label = f"Slett planperiode «{period.name}»"
        ch.session.delete(period)
    return ch


def new_period_id(office: OfficeFile, name: str) -> int | None:
    """The id of the period with this name (after adding it)."""
    rows = office.query("SELECT id FROM planperiod WHERE lower(name) = lower(?)", (name.strip(),))
    return int(rows[0][0]) if rows else None


# -- priorities -----------------------------------------------------------------------------


def _check_target(session: Session, competence_id: int | None,
                  category_id: int | None) -> str:
    if (competence_id is None) == (category_id is None):
        raise ValidationError("Velg enten et kompetanseområde eller en kategori.", "competence")
    if competence_id is not None:
        return str(require(session, Competence, competence_id, "Kompetanseområdet").name)
    assert category_id is not None
    return str(require(session, Category, category_id, "Kategorien").name)


def add_priority(office: OfficeFile, period_id: int, *, competence_id: int | None = None,
                 category_id: int | None = None, rationale: str = "") -> Change:
    """Add a priority at the end of the period's ranking."""
    with office.change("Ny prioritering") as ch:
        require(ch.session, PlanPeriod, period_id, "Planperioden")
        name = _check_target(ch.session, competence_id, category_id)
        ranks = ch.session.exec(select(Priority).where(Priority.period_id == period_id)).all()
        if len(ranks) >= MAX_PRIORITIES:
            raise ValidationError(
                f"En periode kan ha høyst {MAX_PRIORITIES} prioriteringer. Velg noen få "
                "områder, så blir planen lettere å følge opp.", "competence")
        if any(p.competence_id == competence_id and p.category_id == category_id
               for p in ranks):
            raise ValidationError(f"«{name}» er allerede prioritert i perioden.", "competence")
        ch.session.add(Priority(period_id=period_id, rank=len(ranks) + 1,
                                competence_id=competence_id, category_id=category_id,
                                rationale=rationale.strip()))
        ch.label = f"Prioriter «{name}»"
    return ch


def update_priority(office: OfficeFile, priority_id: int, *, competence_id: int | None = None,
                    category_id: int | None = None, rationale: str = "") -> Change:
    """Change what a priority names and its rationale."""
    with office.change("Endre prioritering") as ch:
        prio = require(ch.session, Priority, priority_id, "Prioriteringen")
        name = _check_target(ch.session, competence_id, category_id)
        prio.competence_id, prio.category_id = competence_id, category_id
        prio.rationale = rationale.strip()
        ch.session.add(prio)
        ch.label = f"Endre prioritering «{name}»"
    return ch


def _ranked(session: Session, period_id: int) -> list[Priority]:
    return list(session.exec(select(Priority).where(Priority.period_id == period_id)
                             .order_by(col(Priority.rank), col(Priority.id))).all())


def delete_priority(office: OfficeFile, priority_id: int) -> Change:
    """Remove a priority; the ones below move up."""
    with office.change("Slett prioritering") as ch:
        prio = require(ch.session, Priority, priority_id, "Prioriteringen")
        period_id = prio.period_id
        ch.session.delete(prio)
        ch.session.flush()
        for rank, other in enumerate(_ranked(ch.session, period_id), start=1):
            if other.rank != rank:
                other.rank = rank
                ch.session.add(other)
    return ch


def move_priority(office: OfficeFile, priority_id: int, step: int) -> Change:
    """Move a priority up (step -1) or down (+1) in the ranking."""
    with office.change("Flytt prioritering") as ch:
        prio = require(ch.session, Priority, priority_id, "Prioriteringen")
        ranked = _ranked(ch.session, prio.period_id)
        index = next(i for i, p in enumerate(ranked) if p.id == priority_id)
        target = max(0, min(len(ranked) - 1, index + step))
        ranked.insert(target, ranked.pop(index))
        for rank, other in enumerate(ranked, start=1):
            if other.rank != rank:
                other.rank = rank
                ch.session.add(other)
    return ch


# -- measures -------------------------------------------------------------------------------


@dataclass
class MeasureFields:
    """What the measure form edits."""

    title: str
    kind: str = MeasureKind.COURSE.value
    competence_ids: list[int] = field(default_factory=list)
    participant_ids: list[int] = field(default_factory=list)
    responsible_person_id: int | None = None
    responsible_external: str = ""
    start: date | str | None = None
    end: date | str | None = None
    hours_per_participant: float = 0.0
    cost: float | None = None
    status: str = MeasureStatus.PLANNED.value
    evaluation: str = ""


def _check_status(status: str) -> None:
    if status not in {s.value for s in MeasureStatus}:
        raise ValidationError("Velg status: planlagt, pågår, gjennomført eller avlyst.",
                              "status")


def _check_measure(f: MeasureFields, period: PlanPeriod) -> tuple[date | None, date | None]:
    if f.kind not in {k.value for k in MeasureKind}:
        raise ValidationError("Velg hva slags tiltak det er.", "kind")
    _check_status(f.status)
    start = parse_date(f.start, "Startdatoen", "start")
    end = parse_date(f.end, "Sluttdatoen", "end")
    if start and end and end < start:
        raise ValidationError("Tiltaket kan ikke slutte før det starter.", "end")
    first, last = start or end, end or start
    if first and last and (last < period.start or first > period.end):
        raise ValidationError(
            f"Tiltaket må ligge (minst delvis) innenfor perioden «{period.name}», "
            f"{period.start:%d.%m.%Y}–{period.end:%d.%m.%Y}.", "start" if start else "end")
    if f.cost is not None:
        try:
            cost = float(f.cost)
        except (TypeError, ValueError) as exc:
            raise ValidationError("Kostnaden må være et tall.", "cost") from exc
        if not 0 <= cost <= MAX_COST:
            raise ValidationError("Kostnaden må være mellom 0 og 10 millioner kroner.", "cost")
    return start, end


def _apply_measure(session: Session, measure: Measure, f: MeasureFields,
                   period: PlanPeriod) -> None:
    measure.title = clean_name(f.title, "Tittelen", "title", 160)
    measure.start, measure.end = _check_measure(f, period)
    measure.kind = f.kind
    measure.status = f.status
    measure.hours_per_participant = check_hours(f.hours_per_participant,
                                                "Timer per deltaker", "hours")
    measure.cost = None if f.cost is None else float(f.cost)
    measure.evaluation = f.evaluation.strip()
    measure.responsible_external = " ".join(f.responsible_external.split())
    measure.responsible_person_id = f.responsible_person_id
    if f.responsible_person_id is not None:
        require(session, Person, f.responsible_person_id, "Den ansvarlige")
    for cid in f.competence_ids:
        require(session, Competence, cid, "Kompetanseområdet")
    for pid in f.participant_ids:
        require(session, Person, pid, "Deltakeren")


def _set_links(session: Session, measure_id: int, f: MeasureFields) -> None:
    session.exec(delete(MeasureCompetence).where(col(MeasureCompetence.measure_id) == measure_id))
    session.exec(delete(MeasureParticipant)
                 .where(col(MeasureParticipant.measure_id) == measure_id))
    for cid in dict.fromkeys(f.competence_ids):
        session.add(MeasureCompetence(measure_id=measure_id, competence_id=cid))
    for pid in dict.fromkeys(f.participant_ids):
        session.add(MeasureParticipant(measure_id=measure_id, person_id=pid))


def add_measure(office: OfficeFile, period_id: int, fields: MeasureFields) -> Change:
    """Add a measure with its competences and participants."""
    with office.change("Nytt tiltak") as ch:
        period = require(ch.session, PlanPeriod, period_id, "Planperioden")
        measure = Measure(period_id=period_id, title="")
        _apply_measure(ch.session, measure, fields, period)
        ch.session.add(measure)
        ch.session.flush()
        assert measure.id is not None
        _set_links(ch.session, measure.id, fields)
        ch.label = f"Nytt tiltak «{measure.title}»"
    return ch


def update_measure(office: OfficeFile, measure_id: int, fields: MeasureFields) -> Change:
    """Edit a measure, replacing its competences and participants."""
    with office.change("Endre tiltak") as ch:
        measure = require(ch.session, Measure, measure_id, "Tiltaket")
        period = require(ch.session, PlanPeriod, measure.period_id, "Planperioden")
        _apply_measure(ch.session, measure, fields, period)
        ch.session.add(measure)
        _set_links(ch.session, measure_id, fields)
        ch.label = f"Endre tiltak «{measure.title}»"
    return ch


def measure_fields(office: OfficeFile, measure_id: int) -> MeasureFields:
    """The form fields of an existing measure."""
    with office.session() as s:
        m = require(s, Measure, measure_id, "Tiltaket")
        comps = s.exec(select(MeasureCompetence.competence_id)
                       .where(MeasureCompetence.measure_id == measure_id)).all()
        people = s.exec(select(MeasureParticipant.person_id)
                        .where(MeasureParticipant.measure_id == measure_id)).all()
        return MeasureFields(m.title, m.kind, list(comps), list(people),
                             m.responsible_person_id, m.responsible_external, m.start, m.end,
                             m.hours_per_participant, m.cost, m.status, m.evaluation)


def delete_measure(office: OfficeFile, measure_id: int) -> Change:
    """Delete a measure (and its links to participants, competences and goals)."""
    with office.change("Slett tiltak") as ch:
        measure = require(ch.session, Measure, measure_id, "Tiltaket")
        ch.label = f"Slett tiltak «{measure.title}»"
        ch.session.delete(measure)
    return ch


def set_status(office: OfficeFile, measure_id: int, status: str,
               evaluation: str | None = None) -> Change:
    """Change a measure's status, optionally with its evaluation note."""
    _check_status(status)
    with office.change("Endre status") as ch:
        measure = require(ch.session, Measure, measure_id, "Tiltaket")
        measure.status = status
        if evaluation is not None:
            measure.evaluation = evaluation.strip()
        ch.session.add(measure)
        ch.label = f"Marker «{measure.title}» som {status_label(status).lower()}"
    return ch


def set_evaluation(office: OfficeFile, measure_id: int, evaluation: str) -> Change:
    """Write the evaluation note of a measure."""
    with office.change("Evaluering") as ch:
        measure = require(ch.session, Measure, measure_id, "Tiltaket")
        measure.evaluation = evaluation.strip()
        ch.session.add(measure)
        ch.label = f"Evaluering av «{measure.title}»"
    return ch


# -- draft from gaps ------------------------------------------------------------------------


def proposal_fields(proposal: Proposal) -> MeasureFields:
    """The measure form's fields for a proposal (to edit it before accepting)."""
    return MeasureFields(
        title=proposal.title, kind=proposal.kind, competence_ids=[proposal.competence_id],
        participant_ids=list(proposal.participant_ids),
        responsible_person_id=proposal.responsible_person_id,
        responsible_external=proposal.responsible_external, start=proposal.start,
        end=proposal.end, hours_per_participant=proposal.hours_per_participant)


def validate_measure(office: OfficeFile, period_id: int, fields: MeasureFields) -> None:
    """Check a measure's fields as `add_measure` would, without writing anything."""
    with office.session() as session:
        period = require(session, PlanPeriod, period_id, "Planperioden")
        _apply_measure(session, Measure(period_id=period_id, title=""), fields, period)


def accept_proposals(office: OfficeFile, period_id: int, measures: Sequence[MeasureFields],
                     request_texts: Sequence[str] | None = None) -> Change:
    """Add the proposals the leader accepted (as edited) as measures, in one change.

    A request to the county also becomes a county request (bestilling) for its first
    competence, so it travels with the office's summary; `request_texts` gives its text, one
    per measure (ignored for other kinds; blank means the measure's title).
    """
    if not measures:
        raise ValidationError("Velg minst ett forslag å legge til.")
    texts = list(request_texts) if request_texts is not None else [""] * len(measures)
    with office.change("Tiltak fra utkast") as ch:
        period = require(ch.session, PlanPeriod, period_id, "Planperioden")
        for fields, text in zip(measures, texts, strict=True):
            measure = Measure(period_id=period_id, title="")
            _apply_measure(ch.session, measure, fields, period)
            ch.session.add(measure)
            ch.session.flush()
            assert measure.id is not None
            _set_links(ch.session, measure.id, fields)
            if fields.kind == MeasureKind.COUNTY_REQUEST.value:
                ch.session.add(CountyRequest(
                    period_id=period_id,
                    competence_id=fields.competence_ids[0] if fields.competence_ids else None,
                    text=" ".join(text.split()) or measure.title,
                    people_count=len(set(fields.participant_ids)), created_on=date.today()))
        count = len(measures)
        ch.label = (f"Legg til «{' '.join(measures[0].title.split())}» fra utkast"
                    if count == 1 else f"Legg til {count} tiltak fra utkast")
    return ch


# -- development goals ----------------------------------------------------------------------


@dataclass
class GoalFields:
    """What the development goal form edits."""

    person_id: int
    competence_id: int
    target_level: int
    due: date | str | None = None
    note: str = ""
    measure_ids: list[int] = field(default_factory=list)


def _apply_goal(session: Session, goal: DevelopmentGoal, f: GoalFields) -> str:
    level = check_level(f.target_level, "target_level", allow_none=False)
    assert level is not None
    person = require(session, Person, f.person_id, "Personen")
    require(session, Competence, f.competence_id, "Kompetanseområdet")
    goal.person_id, goal.competence_id, goal.target_level = f.person_id, f.competence_id, level
    goal.due = parse_date(f.due, "Fristen", "due")
    goal.note = f.note.strip()
    for mid in f.measure_ids:
        require(session, Measure, mid, "Tiltaket")
    return str(person.name)


def _set_goal_measures(session: Session, goal_id: int, measure_ids: Sequence[int]) -> None:
    session.exec(delete(GoalMeasure).where(col(GoalMeasure.goal_id) == goal_id))
    for mid in dict.fromkeys(measure_ids):
        session.add(GoalMeasure(goal_id=goal_id, measure_id=mid))


def add_goal(office: OfficeFile, fields: GoalFields) -> Change:
    """Add a goal to a person's development plan."""
    with office.change("Nytt utviklingsmål") as ch:
        goal = DevelopmentGoal(person_id=fields.person_id, competence_id=fields.competence_id,
                               target_level=0)
        name = _apply_goal(ch.session, goal, fields)
        ch.session.add(goal)
        ch.session.flush()
        assert goal.id is not None
        _set_goal_measures(ch.session, goal.id, fields.measure_ids)
        ch.label = f"Nytt utviklingsmål for «{name}»"
    return ch


def update_goal(office: OfficeFile, goal_id: int, fields: GoalFields) -> Change:
    """Edit a development goal and its linked measures."""
    with office.change("Endre utviklingsmål") as ch:
        goal = require(ch.session, DevelopmentGoal, goal_id, "Utviklingsmålet")
        name = _apply_goal(ch.session, goal, fields)
        ch.session.add(goal)
        _set_goal_measures(ch.session, goal_id, fields.measure_ids)
        ch.label = f"Endre utviklingsmål for «{name}»"
    return ch


def goal_fields(office: OfficeFile, goal_id: int) -> GoalFields:
    """The form fields of an existing goal."""
    with office.session() as s:
        g = require(s, DevelopmentGoal, goal_id, "Utviklingsmålet")
        mids = s.exec(select(GoalMeasure.measure_id).where(GoalMeasure.goal_id == goal_id)).all()
        return GoalFields(g.person_id, g.competence_id, g.target_level, g.due, g.note,
                          list(mids))


def delete_goal(office: OfficeFile, goal_id: int) -> Change:
    """Delete a development goal."""
    with office.change("Slett utviklingsmål") as ch:
        goal = require(ch.session, DevelopmentGoal, goal_id, "Utviklingsmålet")
        ch.session.delete(goal)
    return ch


# -- county requests ------------------------------------------------------------------------


def _check_request(text: str, people_count: int) -> tuple[str, int]:
    cleaned = " ".join((text or "").split())
    if not cleaned:
        raise ValidationError("Skriv hva kontoret ber fylket om.", "text")
    if len(cleaned) > 1000:
        raise ValidationError("Bestillingen kan ha høyst 1000 tegn.", "text")
    if isinstance(people_count, bool) or not isinstance(people_count, int) \
            or not 0 <= people_count <= 10_000:
        raise ValidationError("Antall personer må være et helt tall fra 0.", "people_count")
    return cleaned, people_count


def add_request(office: OfficeFile, period_id: int | None, competence_id: int | None,
                text: str, people_count: int = 0) -> Change:
    """Add a request (bestilling) to the county."""
    cleaned, count = _check_request(text, people_count)
    with office.change("Ny bestilling til fylket") as ch:
        if period_id is not None:
            require(ch.session, PlanPeriod, period_id, "Planperioden")
        if competence_id is not None:
            require(ch.session, Competence, competence_id, "Kompetanseområdet")
        ch.session.add(CountyRequest(period_id=period_id, competence_id=competence_id,
                                     text=cleaned, people_count=count, created_on=date.today()))
    return ch


def update_request(office: OfficeFile, request_id: int, competence_id: int | None, text: str,
                   people_count: int = 0) -> Change:
    """Edit a county request."""
    cleaned, count = _check_request(text, people_count)
    with office.change("Endre bestilling til fylket") as ch:
        req = require(ch.session, CountyRequest, request_id, "Bestillingen")
        if competence_id is not None:
            require(ch.session, Competence, competence_id, "Kompetanseområdet")
        req.competence_id, req.text, req.people_count = competence_id, cleaned, count
        ch.session.add(req)
    return ch


def delete_request(office: OfficeFile, request_id: int) -> Change:
    """Delete a county request."""
    with office.change("Slett bestilling til fylket") as ch:
        req = require(ch.session, CountyRequest, request_id, "Bestillingen")
        ch.session.delete(req)
    return ch


def count_measures(office: OfficeFile, period_id: int) -> int:
    """How many measures a period holds (to warn before deleting it)."""
    return int(office.query("SELECT count(*) FROM measure WHERE period_id = ?",
                            (period_id,))[0][0])


def default_dates(start: date, end: date, today: date) -> tuple[date, date]:
    """Start and end a new measure gets: from today (inside the period) to a month later."""
    first = today if start <= today <= end else start
    return first, min(end, first + timedelta(days=30))

