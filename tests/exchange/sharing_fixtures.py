"""Builders of small offices for the sharing tests (through the real services)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

import pytest

from kompetansekart.services import assessments, catalogue, plans, staff
from kompetansekart.storage.officefile import OfficeFile


@dataclass
class P:
    """A person of a test office: name, role names, levels by competence name, a note."""

    name: str
    roles: Sequence[str] = ("Veileder",)
    levels: dict[str, int | None] = field(default_factory=dict)
    note: str = ""


def comp_id(office: OfficeFile, name: str) -> int:
    """The id of a competence by name."""
    return int(office.query("SELECT id FROM competence WHERE name = ?", (name,))[0][0])


def comp_uuid(office: OfficeFile, name: str) -> str:
    """The UUID of a competence by name."""
    return str(office.query("SELECT uuid FROM competence WHERE name = ?", (name,))[0][0])


def fill(office: OfficeFile, people: Sequence[P], requests: Sequence[tuple[str | None, str, int]]
         = (), extra: Sequence[tuple[str, str]] = ()) -> None:
    """Add local competences (category, name), people with assessments, and requests."""
    for cat_name, comp_name in extra:
        rows = office.query("SELECT id FROM category WHERE name = ?", (cat_name,))
        if not rows:
            catalogue.add_category(office, cat_name)
            rows = office.query("SELECT id FROM category WHERE name = ?", (cat_name,))
        catalogue.add_competence(office, rows[0][0], comp_name)
    roles = dict(office.query("SELECT name, id FROM role"))
    for person in people:
        staff.add_person(office, staff.PersonFields(
            person.name, role_ids=[roles[r] for r in person.roles if r in roles],
            note=person.note))
        pid = office.query("SELECT id FROM person WHERE name = ?", (person.name,))[0][0]
        entries = [assessments.Entry(pid, comp_id(office, c), lvl,
                                     f"Notat om {person.name}: {person.note}" if person.note
                                     else "")
                   for c, lvl in person.levels.items()]
        if entries:
            assessments.record_round(office, entries, on=date.today() - timedelta(days=10),
                                     assessor="Leder Lise Ledersen")
    for comp_name, text, count in requests:
        cid = comp_id(office, comp_name) if comp_name else None
        plans.add_request(office, None, cid, text, count)


OfficeMaker = Callable[..., Path]


@pytest.fixture
def make_office(tmp_path: Path) -> OfficeMaker:
    """Create a closed office file: make_office(name, region, people, requests=..., ...)."""

    def make(name: str, region: str, people: Sequence[P],
             requests: Sequence[tuple[str | None, str, int]] = (),
             extra: Sequence[tuple[str, str]] = (), *, load_catalogue: bool = True,
             file_name: str | None = None) -> Path:
        path = tmp_path / (file_name or f"{name.replace(' ', '_')}.kkart")
        office = OfficeFile.create(path, name, municipality=name.split()[-1], county="Innlandet",
                                   region=region, load_catalogue=load_catalogue)
        try:
            fill(office, people, requests, extra)
        finally:
            office.close()
        return path

    return make
