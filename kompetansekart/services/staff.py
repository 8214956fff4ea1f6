"""Teams and people: add, edit, mark as left, delete with all history."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlmodel import Session, col, delete, select

from kompetansekart.domain.models import Employment, Person, PersonRole, Role, Team
from kompetansekart.domain.validation import check_hours, clean_name, parse_date
from kompetansekart.services.common import ensure_unique, require
from kompetansekart.storage.errors import ValidationError
from kompetansekart.storage.officefile import Change, OfficeFile


def add_team(office: OfficeFile, name: str) -> Change:
    """Add a team."""
    name = clean_name(name, "Teamnavnet")
    with office.change(f"Legg til team «{name}»") as ch:
        ensure_unique(ch.session, Team, name, f"Det finnes allerede et team som heter «{name}».")
        ch.session.add(Team(name=name))
    return ch


def rename_team(office: OfficeFile, team_id: int, name: str) -> Change:
    """Rename a team."""
    name = clean_name(name, "Teamnavnet")
    with office.change(f"Gi nytt navn til team «{name}»") as ch:
        team = require(ch.session, Team, team_id, "Teamet")
        ensure_unique(ch.session, Team, name, f"Det finnes allerede et team som heter «{name}».",
                      exclude_id=team_id)
        team.name = name
        ch.session.add(team)
    return ch


def delete_team(office: OfficeFile, team_id: int) -> Change:
    """Delete a team; its members stay, without a team."""
    with office.change("Slett team") as ch:
        team = require(ch.session, Team, team_id, "Teamet")
        ch.label = f"Slett team «{team.name}»"
        ch.session.delete(team)
    return ch


@dataclass
class PersonFields:
    """What the staff form edits."""

    name: str
    title: str = ""
    team_id: int | None = None
    employment: str = Employment.STATE.value
    start_date: date | str | None = None
    hours_per_year: float = 40.0
    buddy_id: int | None = None
    ny_i_nav_done: date | str | None = None
    role_ids: list[int] = field(default_factory=list)
    note: str = ""


def _apply(person: Person, f: PersonFields) -> None:
    person.name = clean_name(f.name, "Navnet")
    person.title = " ".join(f.title.split())
    person.team_id = f.team_id
    if f.employment not in {e.value for e in Employment}:
        raise ValidationError("Velg statlig eller kommunal ansettelse.", "employment")
    person.employment = f.employment
    person.start_date = parse_date(f.start_date, "Startdatoen", "start_date")
    person.hours_per_year = check_hours(f.hours_per_year, "Tilgjengelige læringstimer",
                                        "hours_per_year")
    person.ny_i_nav_done = parse_date(f.ny_i_nav_done, "Datoen for «Ny i NAV»", "ny_i_nav_done")
    if person.ny_i_nav_done and person.start_date and person.ny_i_nav_done < person.start_date:
        raise ValidationError("«Ny i NAV» kan ikke være fullført før startdatoen.",
                              "ny_i_nav_done")
    person.buddy_id = f.buddy_id
    person.note = f.note


def _check_links(session: Session, f: PersonFields) -> None:
    """The team, buddy and roles must still exist (one may be deleted while a form is open)."""
    if f.team_id is not None and session.get(Team, f.team_id) is None:
        raise ValidationError("Teamet finnes ikke lenger (kanskje slettet). Velg et annet.",
                              "team_id")
    if f.buddy_id is not None and session.get(Person, f.buddy_id) is None:
        raise ValidationError("Fadderen finnes ikke lenger (kanskje slettet). Velg en annen.",
                              "buddy_id")
    for role_id in f.role_ids:
        if session.get(Role, role_id) is None:
            raise ValidationError("En av rollene finnes ikke lenger (kanskje slettet). "
                                  "Velg rollene på nytt.", "role_ids")


def add_person(office: OfficeFile, fields: PersonFields) -> Change:
    """Add a member of staff with their roles."""
    person = Person(name="")
    _apply(person, fields)
    with office.change(f"Legg til «{person.name}»") as ch:
        _check_links(ch.session, fields)
        ensure_unique(ch.session, Person, person.name,
                      f"Det finnes allerede en person som heter «{person.name}». "
                      "Skill dem med for eksempel en forbokstav.")
        ch.session.add(person)
        ch.session.flush()
        assert person.id is not None
        for role_id in dict.fromkeys(fields.role_ids):
            ch.session.add(PersonRole(person_id=person.id, role_id=role_id))
        ch.created_id = person.id
    return ch


def update_person(office: OfficeFile, person_id: int, fields: PersonFields) -> Change:
    """Edit a member of staff, including their roles."""
    with office.change("Endre person") as ch:
        person = require(ch.session, Person, person_id, "Personen")
        _check_links(ch.session, fields)
        _apply(person, fields)
        if person.buddy_id == person_id:
            raise ValidationError("En person kan ikke være sin egen fadder.", "buddy_id")
        ensure_unique(ch.session, Person, person.name,
                      f"Det finnes allerede en person som heter «{person.name}».",
                      exclude_id=person_id)
        ch.label = f"Endre «{person.name}»"
        ch.session.add(person)
        ch.session.exec(delete(PersonRole).where(col(PersonRole.person_id) == person_id))
        for role_id in dict.fromkeys(fields.role_ids):
            ch.session.add(PersonRole(person_id=person_id, role_id=role_id))
    return ch


def fields_of(office: OfficeFile, person_id: int) -> PersonFields:
    """The form fields of an existing person."""
    with office.session() as s:
        person = require(s, Person, person_id, "Personen")
        roles = s.exec(select(PersonRole.role_id).where(PersonRole.person_id == person_id)).all()
        return PersonFields(person.name, person.title, person.team_id, person.employment,
                            person.start_date, person.hours_per_year, person.buddy_id,
                            person.ny_i_nav_done, list(roles), person.note)


def set_active(office: OfficeFile, person_id: int, active: bool,
               left_date: date | None = None) -> Change:
    """Mark a person as left (kept with history) or active again."""
    with office.change("Endre status") as ch:
        person = require(ch.session, Person, person_id, "Personen")
        person.active = active
        person.left_date = None if active else (left_date or date.today())
        ch.label = f"Marker «{person.name}» som {'aktiv' if active else 'sluttet'}"
        ch.session.add(person)
    return ch


def delete_person(office: OfficeFile, person_id: int) -> Change:
    """Delete a person and all their history (assessments, goals, participation)."""
    with office.change("Slett person") as ch:
        person = require(ch.session, Person, person_id, "Personen")
        ch.label = f"Slett «{person.name}»"
        ch.session.delete(person)
    return ch
