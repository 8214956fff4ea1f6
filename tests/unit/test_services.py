"""The write path refuses bad input with a Norwegian message and writes nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlmodel import SQLModel

from kompetansekart.services import assessments, catalogue, staff
from kompetansekart.services.assessments import Entry
from kompetansekart.storage.errors import ValidationError
from kompetansekart.storage.officefile import OfficeFile


def dump(office: OfficeFile) -> dict[str, list[tuple[object, ...]]]:
    return {t.name: sorted(office.query(f'SELECT * FROM "{t.name}"'), key=repr)
            for t in SQLModel.metadata.sorted_tables}


@pytest.fixture
def kari(office: OfficeFile) -> int:
    staff.add_person(office, staff.PersonFields("Kari Nordmann", role_ids=[1]))
    return int(office.query("SELECT id FROM person WHERE name = 'Kari Nordmann'")[0][0])


def _refused(office: OfficeFile, call: object, field: str | None = None,
             words: str = "") -> ValidationError:
    before = dump(office)
    assert callable(call)
    with pytest.raises(ValidationError) as info:
        call()
    assert dump(office) == before, "nothing may be half-written"
    if field is not None:
        assert info.value.field == field
    assert words in info.value.message
    return info.value


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_empty_names_are_refused(office: OfficeFile, name: str) -> None:
    _refused(office, lambda: staff.add_team(office, name), "name", "tomt")
    _refused(office, lambda: staff.add_person(office, staff.PersonFields(name)), "name")
    _refused(office, lambda: catalogue.add_category(office, name), "name")
    _refused(office, lambda: catalogue.add_competence(office, 1, name), "name")
    _refused(office, lambda: catalogue.add_role(office, name), "name")


def test_overlong_name_is_refused(office: OfficeFile) -> None:
    _refused(office, lambda: staff.add_team(office, "x" * 121), "name", "høyst")


def test_duplicate_names_are_refused_case_insensitively(office: OfficeFile, kari: int) -> None:
    staff.add_team(office, "Marked")
    _refused(office, lambda: staff.add_team(office, "marked"), "name", "finnes allerede")
    _refused(office, lambda: staff.add_person(office, staff.PersonFields("KARI  nordmann")),
             "name", "finnes allerede")
    _refused(office, lambda: catalogue.add_competence(office, 1, "modia"), "name")
    _refused(office, lambda: catalogue.add_role(office, "veileder"), "name")
    _refused(office, lambda: catalogue.add_category(office, "Veiledning"), "name")


def test_names_are_tidied(office: OfficeFile) -> None:
    staff.add_team(office, "  Helse   og arbeid ")
    assert office.query("SELECT name FROM team") == [("Helse og arbeid",)]


@pytest.mark.parametrize("value", ["31.02.2026", "2026-13-01", "1.1.1800", "i går", "32.01.2026"])
def test_impossible_dates_are_refused(office: OfficeFile, value: str) -> None:
    _refused(office, lambda: staff.add_person(
        office, staff.PersonFields("Ola", start_date=value)), "start_date")


def test_dates_in_both_formats_are_accepted(office: OfficeFile) -> None:
    staff.add_person(office, staff.PersonFields("Ola", start_date="01.02.2024"))
    staff.add_person(office, staff.PersonFields("Per", start_date="2024-02-01"))
    assert office.query("SELECT DISTINCT start_date FROM person") == [("2024-02-01",)]


def test_ny_i_nav_before_start_is_refused(office: OfficeFile) -> None:
    _refused(office, lambda: staff.add_person(office, staff.PersonFields(
        "Ola", start_date="01.03.2026", ny_i_nav_done="01.02.2026")), "ny_i_nav_done")


@pytest.mark.parametrize("hours", [-1, 2001, "mange"])
def test_hours_out_of_range_are_refused(office: OfficeFile, hours: object) -> None:
    _refused(office, lambda: staff.add_person(
        office, staff.PersonFields("Ola", hours_per_year=hours)),  # type: ignore[arg-type]
        "hours_per_year")


def test_unknown_employment_is_refused(office: OfficeFile) -> None:
    _refused(office, lambda: staff.add_person(
        office, staff.PersonFields("Ola", employment="privat")), "employment")


def test_own_buddy_is_refused_and_person_unchanged(office: OfficeFile, kari: int) -> None:
    fields = staff.fields_of(office, kari)
    fields.buddy_id = kari
    fields.title = "Endret"
    _refused(office, lambda: staff.update_person(office, kari, fields), "buddy_id")


@pytest.mark.parametrize("level", [-1, 5, 2.5, True, "3"])
def test_out_of_range_levels_are_refused(office: OfficeFile, kari: int, level: object) -> None:
    _refused(office, lambda: assessments.record(office, kari, 1, level), "level")  # type: ignore[arg-type]
    _refused(office, lambda: assessments.set_target(office, kari, 1, level), "level")  # type: ignore[arg-type]
    _refused(office, lambda: catalogue.add_role(office, "Ny rolle", requirements={1: level}),  # type: ignore[dict-item]
             "level")


def test_a_round_with_one_bad_entry_writes_nothing(office: OfficeFile, kari: int) -> None:
    entries = [Entry(kari, 1, 2), Entry(kari, 2, 3), Entry(kari, 3, 7)]
    _refused(office, lambda: assessments.record_round(office, entries), "level")


def test_a_round_with_a_missing_person_writes_nothing(office: OfficeFile, kari: int) -> None:
    # The first entries are added to the session before the missing person is found.
    entries = [Entry(kari, 1, 2), Entry(kari, 2, 3), Entry(9999, 3, 1)]
    _refused(office, lambda: assessments.record_round(office, entries), None, "finnes ikke")


def test_future_assessment_date_is_refused(office: OfficeFile, kari: int) -> None:
    tomorrow = date.today() + timedelta(days=1)
    _refused(office, lambda: assessments.record(office, kari, 1, 2, on=tomorrow), "date",
             "fremtiden")


def test_unknown_source_is_refused(office: OfficeFile, kari: int) -> None:
    _refused(office, lambda: assessments.record(office, kari, 1, 2, source="nabo"), "source")


def test_empty_round_is_refused(office: OfficeFile) -> None:
    _refused(office, lambda: assessments.record_round(office, []))


def test_not_assessed_is_stored_as_null_never_zero(office: OfficeFile, kari: int) -> None:
    assessments.record(office, kari, 1, 0, on="01.01.2026")
    assessments.record(office, kari, 1, None, on="02.01.2026")
    assert office.query("SELECT level FROM assessment ORDER BY assessed_on") == [(0,), (None,)]


def test_check_constraints_back_up_the_validation(office: OfficeFile, kari: int) -> None:
    # Even a write that skips the services cannot store an impossible level.
    import sqlite3

    with pytest.raises(sqlite3.IntegrityError):
        office.connection.execute(
            "INSERT INTO assessment(person_id, competence_id, level, assessed_on, source, "
            "assessor, note, created_at) VALUES (?, 1, 9, '2026-01-01', 'leader', '', '', '')",
            (kari,))


def test_empty_scale_label_is_refused(office: OfficeFile) -> None:
    _refused(office, lambda: catalogue.set_scale_label(office, 2, "  "), "label")
    _refused(office, lambda: catalogue.set_scale_label(office, 7, "Ekspert"), "level")


@pytest.mark.parametrize(("change", "field", "words"), [
    ({"team_id": 999}, "team_id", "Teamet finnes ikke lenger"),
    ({"buddy_id": 999}, "buddy_id", "Fadderen finnes ikke lenger"),
    ({"role_ids": [1, 999]}, "role_ids", "En av rollene finnes ikke lenger"),
])
def test_person_linked_to_something_deleted_is_refused(office: OfficeFile, kari: int,
                                                       change: dict[str, object], field: str,
                                                       words: str) -> None:
    # A team, buddy or role deleted (say, by undo in another view) while the form was open.
    fields = staff.fields_of(office, kari)
    for key, value in change.items():
        setattr(fields, key, value)
    _refused(office, lambda: staff.update_person(office, kari, fields), field, words)
    fields.name = "Ola Nordmann"
    _refused(office, lambda: staff.add_person(office, fields), field, words)
