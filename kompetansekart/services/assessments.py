"""Assessments (kartlegging): single entries, whole rounds, notes and individual targets."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import col, delete

from kompetansekart.domain.models import Assessment, Competence, Person, Source, TargetOverride
from kompetansekart.domain.validation import check_level, parse_date
from kompetansekart.services.common import require
from kompetansekart.storage.errors import ValidationError
from kompetansekart.storage.officefile import Change, OfficeFile

SOURCE_LABELS = {Source.SELF.value: "egenvurdering", Source.LEADER.value: "leder",
                 Source.COORDINATOR.value: "koordinator"}


@dataclass(frozen=True)
class Entry:
    """One value typed in the matrix: None clears the cell («ikke vurdert»)."""

    person_id: int
    competence_id: int
    level: int | None
    note: str = ""


def _check_source(source: str) -> None:
    if source not in SOURCE_LABELS:
        raise ValidationError("Velg hvem som vurderer: egenvurdering, leder eller koordinator.",
                              "source")


def record(office: OfficeFile, person_id: int, competence_id: int, level: int | None, *,
           source: str = Source.LEADER.value, on: date | str | None = None, note: str = "",
           assessor: str = "") -> Change:
    """Record one assessment in the history."""
    return record_round(office, [Entry(person_id, competence_id, level, note)], source=source,
                        on=on, assessor=assessor)


def record_round(office: OfficeFile, entries: list[Entry], *, source: str = Source.LEADER.value,
                 on: date | str | None = None, assessor: str = "") -> Change:
    """Record several assessments with one date (an assessment round) as one change."""
    _check_source(source)
    day = parse_date(on, "Vurderingsdatoen", "date") or date.today()
    if day > date.today():
        raise ValidationError("Vurderingsdatoen kan ikke være i fremtiden.", "date")
    for e in entries:
        check_level(e.level)
    if not entries:
        raise ValidationError("Ingen vurderinger å lagre.")
    with office.change("Vurdering") as ch:
        for e in entries:
            person = require(ch.session, Person, e.person_id, "Personen")
            comp = require(ch.session, Competence, e.competence_id, "Kompetanseområdet")
            ch.session.add(Assessment(person_id=e.person_id, competence_id=e.competence_id,
                                      level=e.level, assessed_on=day, source=source,
                                      assessor=assessor, note=e.note.strip()))
        if len(entries) == 1:
            value = "ikke vurdert" if entries[0].level is None else str(entries[0].level)
            ch.label = f"Vurder «{person.name}» i «{comp.name}»: {value}"
        else:
            ch.label = f"Kartleggingsrunde ({len(entries)} vurderinger)"
    return ch


def set_note(office: OfficeFile, assessment_id: int, note: str) -> Change:
    """Change the note of an assessment in the history."""
    with office.change("Endre notat") as ch:
        row = require(ch.session, Assessment, assessment_id, "Vurderingen")
        row.note = note.strip()
        ch.session.add(row)
    return ch


def set_target(office: OfficeFile, person_id: int, competence_id: int,
               level: int | None) -> Change:
    """Set an individual target (None removes it, so the roles decide again)."""
    check_level(level)
    with office.change("Endre mål") as ch:
        person = require(ch.session, Person, person_id, "Personen")
        ch.session.exec(delete(TargetOverride).where(
            col(TargetOverride.person_id) == person_id,
            col(TargetOverride.competence_id) == competence_id))
        if level is not None:
            ch.session.add(TargetOverride(person_id=person_id, competence_id=competence_id,
                                          level=level))
        ch.label = f"Endre mål for «{person.name}»"
    return ch
