"""A read-only picture of one office in plain Python objects, which the analysis works on."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

LEVELS = range(0, 5)
DEFAULT_LABELS = {
    0: "Ingen", 1: "Grunnleggende", 2: "Selvstendig", 3: "Erfaren", 4: "Kan lære bort",
}
NOT_ASSESSED = "Ikke vurdert"


@dataclass(frozen=True)
class PersonInfo:
    """A member of staff as the analysis sees them."""

    id: int
    name: str
    team_id: int | None = None
    title: str = ""
    active: bool = True
    start_date: date | None = None
    hours_per_year: float = 40.0
    buddy_id: int | None = None
    ny_i_nav_done: date | None = None
    employment: str = "state"
    role_ids: tuple[int, ...] = ()
    uuid: str = ""


@dataclass(frozen=True)
class CategoryInfo:
    """A category of competences."""

    id: int
    name: str
    position: int = 0
    uuid: str = ""


@dataclass(frozen=True)
class CompetenceInfo:
    """A competence area."""

    id: int
    name: str
    category_id: int
    component: str = "knowledge"
    position: int = 0
    uuid: str = ""
    description: str = ""


@dataclass(frozen=True)
class RoleInfo:
    """A role and what it requires (competence id -> level)."""

    id: int
    name: str
    requirements: dict[int, int] = field(default_factory=dict)
    description: str = ""


class AssessmentRecord(NamedTuple):
    """One entry of the assessment history; level None = withdrawn ("ikke vurdert").

    A named tuple rather than a dataclass: offices load tens of thousands of these, and a
    tuple is built several times faster than a frozen dataclass instance.
    """

    id: int
    person_id: int
    competence_id: int
    level: int | None
    assessed_on: date
    source: str
    note: str = ""
    assessor: str = ""


@dataclass
class OfficeData:
    """Everything the analysis needs about one office."""

    office_name: str = ""
    people: list[PersonInfo] = field(default_factory=list)
    teams: dict[int, str] = field(default_factory=dict)
    roles: dict[int, RoleInfo] = field(default_factory=dict)
    categories: list[CategoryInfo] = field(default_factory=list)
    competences: list[CompetenceInfo] = field(default_factory=list)
    assessments: list[AssessmentRecord] = field(default_factory=list)
    overrides: dict[tuple[int, int], int] = field(default_factory=dict)
    scale_labels: dict[int, str] = field(default_factory=lambda: dict(DEFAULT_LABELS))
    stale_months: int = 12
    today: date = field(default_factory=date.today)

    def person(self, person_id: int) -> PersonInfo:
        """The person with this id."""
        return self._people_by_id()[person_id]

    def competence(self, competence_id: int) -> CompetenceInfo:
        """The competence with this id."""
        return self._competences_by_id()[competence_id]

    def _people_by_id(self) -> dict[int, PersonInfo]:
        return {p.id: p for p in self.people}

    def _competences_by_id(self) -> dict[int, CompetenceInfo]:
        return {c.id: c for c in self.competences}

    def label(self, level: int | None) -> str:
        """The scale label of a level, or «Ikke vurdert»."""
        if level is None:
            return NOT_ASSESSED
        return self.scale_labels.get(level, str(level))
