"""The office itself: name, municipality, county, region, leader, and office-wide settings."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import select

from kompetansekart.domain.models import Office, Setting
from kompetansekart.domain.validation import clean_name
from kompetansekart.storage.errors import ValidationError
from kompetansekart.storage.officefile import Change, OfficeFile


@dataclass
class OfficeFields:
    """What the «Kontoropplysninger» form edits."""

    name: str
    municipality: str = ""
    county: str = ""
    region: str = ""
    leader_name: str = ""
    stale_months: int = 12


def _tidy(value: str) -> str:
    return " ".join(value.split())


def office_fields(office: OfficeFile) -> OfficeFields:
    """The current details of the office."""
    with office.session() as s:
        row = s.exec(select(Office)).first()
        stale = s.get(Setting, "stale_months")
        months = int(stale.value) if stale is not None and stale.value.isdigit() else 12
        if row is None:
            return OfficeFields(office.path.stem, stale_months=months)
        return OfficeFields(row.name, row.municipality, row.county, row.region,
                            row.leader_name, months)


def update_office(office: OfficeFile, fields: OfficeFields) -> Change:
    """Change the office's details and how old an assessment may be before it is stale."""
    name = clean_name(fields.name, "Kontorets navn")
    if not 1 <= int(fields.stale_months) <= 120:
        raise ValidationError("Velg mellom 1 og 120 måneder.", "stale_months")
    with office.change(f"Endre kontoropplysninger for «{name}»") as ch:
        row = ch.session.exec(select(Office)).first() or Office(name=name)
        row.name = name
        row.municipality = _tidy(fields.municipality)
        row.county = _tidy(fields.county)
        row.region = _tidy(fields.region)
        row.leader_name = _tidy(fields.leader_name)
        ch.session.add(row)
        setting = ch.session.get(Setting, "stale_months") or Setting(key="stale_months", value="")
        setting.value = str(int(fields.stale_months))
        ch.session.add(setting)
    return ch
