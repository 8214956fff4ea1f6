"""The tables of an office file, as sqlmodel classes (schema version in storage.schema)."""

from __future__ import annotations

import uuid as uuid_module
from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import CheckConstraint, Index
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    """The current time in UTC (stored with its zone)."""
    return datetime.now(UTC)


def new_uuid() -> str:
    """A fresh random UUID as text, for entities that travel between files."""
    return str(uuid_module.uuid4())


class Component(StrEnum):
    """What a competence mainly is: knowledge, skill or attitude (kunnskap, ferdighet, holdning)."""

    KNOWLEDGE = "knowledge"
    SKILL = "skill"
    ATTITUDE = "attitude"


class Employment(StrEnum):
    """State or municipal employment: offices are a partnership of the two."""

    STATE = "state"
    MUNICIPAL = "municipal"


class Source(StrEnum):
    """Who made an assessment."""

    SELF = "self"
    LEADER = "leader"
    COORDINATOR = "coordinator"


#: The one Norwegian name of each assessment source; the window translates it with context
#: "Sources" (ui/common/labels.py), exports write it in lower case.
SOURCE_LABELS: dict[str, str] = {
    Source.LEADER.value: "Leder",
    Source.COORDINATOR.value: "Koordinator",
    Source.SELF.value: "Egenvurdering",
}


class MeasureKind(StrEnum):
    """The kinds of measures (tiltak) NAV offices use."""

    COURSE = "course"
    ELEARNING = "elearning"
    NY_I_NAV = "ny_i_nav"
    PEER_MENTORING = "peer_mentoring"
    SHOULDER = "shoulder"
    GROUP_GUIDANCE = "group_guidance"
    LEARNING_MEETING = "learning_meeting"
    COMPETENCE_WEEK = "competence_week"
    NETWORK = "network"
    FURTHER_EDUCATION = "further_education"
    PROFESSIONAL_DAY = "professional_day"
    LEADERSHIP = "leadership"
    INTERNAL_EXPERT = "internal_expert"
    COUNTY_REQUEST = "county_request"


class MeasureStatus(StrEnum):
    """Where a measure stands."""

    PLANNED = "planned"
    ONGOING = "ongoing"
    DONE = "done"
    CANCELLED = "cancelled"


class Office(SQLModel, table=True):
    """The office this file belongs to (exactly one row)."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    name: str
    municipality: str = ""
    county: str = ""
    region: str = ""
    leader_name: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class Setting(SQLModel, table=True):
    """Office-wide settings stored in the file (e.g. stale_months, share_k)."""

    key: str = Field(primary_key=True)
    value: str


class ScaleLevel(SQLModel, table=True):
    """One step of the 0-4 scale with its editable label."""

    __table_args__ = (CheckConstraint("level BETWEEN 0 AND 4", name="scale_level_range"),)

    level: int = Field(primary_key=True)
    label: str
    description: str = ""


class Team(SQLModel, table=True):
    """A team (or section) of the office."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    name: str = Field(unique=True)


class Person(SQLModel, table=True):
    """A member of staff, active or left."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    name: str = Field(unique=True)
    title: str = ""
    team_id: int | None = Field(default=None, foreign_key="team.id", ondelete="SET NULL")
    employment: str = Field(default=Employment.STATE.value)
    start_date: date | None = None
    left_date: date | None = None
    active: bool = True
    hours_per_year: float = 40.0
    buddy_id: int | None = Field(default=None, foreign_key="person.id", ondelete="SET NULL")
    ny_i_nav_done: date | None = None
    note: str = ""


class Role(SQLModel, table=True):
    """A role with a written mandate and the competences it requires."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    name: str = Field(unique=True)
    description: str = ""


class PersonRole(SQLModel, table=True):
    """Which roles a person holds."""

    person_id: int = Field(foreign_key="person.id", primary_key=True, ondelete="CASCADE")
    role_id: int = Field(foreign_key="role.id", primary_key=True, ondelete="CASCADE")


class Category(SQLModel, table=True):
    """A group of competence areas."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    name: str = Field(unique=True)
    position: int = 0


class Competence(SQLModel, table=True):
    """A competence area (kompetanseområde)."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    name: str = Field(unique=True)
    category_id: int = Field(foreign_key="category.id", ondelete="RESTRICT", index=True)
    component: str = Field(default=Component.KNOWLEDGE.value)
    description: str = ""
    position: int = 0


class RoleRequirement(SQLModel, table=True):
    """A role requires a competence at a target level."""

    __table_args__ = (CheckConstraint("level BETWEEN 0 AND 4", name="requirement_level_range"),)

    role_id: int = Field(foreign_key="role.id", primary_key=True, ondelete="CASCADE")
    competence_id: int = Field(foreign_key="competence.id", primary_key=True, ondelete="CASCADE")
    level: int


class Assessment(SQLModel, table=True):
    """One assessment in the history; level None means "not assessed" (withdrawn)."""

    __table_args__ = (
        CheckConstraint("level IS NULL OR level BETWEEN 0 AND 4", name="assessment_level_range"),
        Index("ix_assessment_person_competence", "person_id", "competence_id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE")
    competence_id: int = Field(foreign_key="competence.id", ondelete="CASCADE")
    level: int | None = None
    assessed_on: date
    source: str = Field(default=Source.LEADER.value)
    assessor: str = ""
    note: str = ""
    created_at: datetime = Field(default_factory=utcnow)


class TargetOverride(SQLModel, table=True):
    """An individual target set by the leader, replacing the roles' requirement."""

    __table_args__ = (CheckConstraint("level BETWEEN 0 AND 4", name="override_level_range"),)

    person_id: int = Field(foreign_key="person.id", primary_key=True, ondelete="CASCADE")
    competence_id: int = Field(foreign_key="competence.id", primary_key=True, ondelete="CASCADE")
    level: int


class PlanPeriod(SQLModel, table=True):
    """A plan period (a year or half-year) of the competence plan."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    name: str = Field(unique=True)
    start: date
    end: date
    leader_name: str = ""
    note: str = ""


class Priority(SQLModel, table=True):
    """A ranked priority of a plan period: a competence or a category, with a rationale."""

    id: int | None = Field(default=None, primary_key=True)
    period_id: int = Field(foreign_key="planperiod.id", ondelete="CASCADE", index=True)
    rank: int
    competence_id: int | None = Field(default=None, foreign_key="competence.id", ondelete="CASCADE")
    category_id: int | None = Field(default=None, foreign_key="category.id", ondelete="CASCADE")
    rationale: str = ""


class Measure(SQLModel, table=True):
    """A measure (tiltak) in a plan period."""

    id: int | None = Field(default=None, primary_key=True)
    uuid: str = Field(default_factory=new_uuid, unique=True)
    period_id: int = Field(foreign_key="planperiod.id", ondelete="CASCADE", index=True)
    title: str
    kind: str = Field(default=MeasureKind.COURSE.value)
    responsible_person_id: int | None = Field(
        default=None, foreign_key="person.id", ondelete="SET NULL"
    )
    responsible_external: str = ""
    start: date | None = None
    end: date | None = None
    hours_per_participant: float = 0.0
    cost: float | None = None
    status: str = Field(default=MeasureStatus.PLANNED.value)
    evaluation: str = ""


class MeasureCompetence(SQLModel, table=True):
    """The competences a measure builds."""

    measure_id: int = Field(foreign_key="measure.id", primary_key=True, ondelete="CASCADE")
    competence_id: int = Field(foreign_key="competence.id", primary_key=True, ondelete="CASCADE")


class MeasureParticipant(SQLModel, table=True):
    """Who takes part in a measure."""

    measure_id: int = Field(foreign_key="measure.id", primary_key=True, ondelete="CASCADE")
    person_id: int = Field(foreign_key="person.id", primary_key=True, ondelete="CASCADE")


class DevelopmentGoal(SQLModel, table=True):
    """A goal in a person's individual development plan (from the appraisal talk)."""

    __table_args__ = (CheckConstraint("target_level BETWEEN 0 AND 4", name="goal_level_range"),)

    id: int | None = Field(default=None, primary_key=True)
    person_id: int = Field(foreign_key="person.id", ondelete="CASCADE", index=True)
    competence_id: int = Field(foreign_key="competence.id", ondelete="CASCADE")
    target_level: int
    due: date | None = None
    note: str = ""


class GoalMeasure(SQLModel, table=True):
    """Measures linked to a development goal."""

    goal_id: int = Field(foreign_key="developmentgoal.id", primary_key=True, ondelete="CASCADE")
    measure_id: int = Field(foreign_key="measure.id", primary_key=True, ondelete="CASCADE")


class CountyRequest(SQLModel, table=True):
    """A request to the county (bestilling) for a need the office cannot cover itself."""

    id: int | None = Field(default=None, primary_key=True)
    period_id: int | None = Field(default=None, foreign_key="planperiod.id", ondelete="SET NULL")
    competence_id: int | None = Field(
        default=None, foreign_key="competence.id", ondelete="SET NULL"
    )
    text: str
    people_count: int = 0
    created_on: date = Field(default_factory=date.today)


class ShareRecord(SQLModel, table=True):
    """What the office has sent out: which kind, when, to which file name."""

    id: int | None = Field(default=None, primary_key=True)
    kind: str
    file_name: str
    created_at: datetime = Field(default_factory=utcnow)
    detail: str = ""


__all__ = [
    "Assessment",
    "Category",
    "Competence",
    "Component",
    "CountyRequest",
    "DevelopmentGoal",
    "Employment",
    "GoalMeasure",
    "Measure",
    "MeasureCompetence",
    "MeasureKind",
    "MeasureParticipant",
    "MeasureStatus",
    "Office",
    "Person",
    "PersonRole",
    "PlanPeriod",
    "Priority",
    "Role",
    "RoleRequirement",
    "ScaleLevel",
    "Setting",
    "ShareRecord",
    "Team",
    "new_uuid",
]
