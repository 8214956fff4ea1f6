"""The reader: records built on the fast path equal those of the plain constructor."""

from __future__ import annotations

from datetime import date

from kompetansekart.domain.snapshot import AssessmentRecord
from kompetansekart.services import assessments, staff
from kompetansekart.storage import reader
from kompetansekart.storage.officefile import OfficeFile


def test_records_equal_plain_constructor(office: OfficeFile) -> None:
    staff.add_person(office, staff.PersonFields("Kari Nordmann", role_ids=[1]))
    pid = office.query("SELECT id FROM person")[0][0]
    assessments.record(office, pid, 1, 3, on="02.01.2026", note="Tok kurs", assessor="Leder")
    assessments.record(office, pid, 1, None, on="01.01.2026", source="self")
    data = reader.load(office, today=date(2026, 11, 27))
    rows = office.query("SELECT id, person_id, competence_id, level, assessed_on, source, note, "
                        "assessor FROM assessment ORDER BY id")
    expected = [AssessmentRecord(a, p, c, lvl, date.fromisoformat(on), src, n, who)
                for a, p, c, lvl, on, src, n, who in rows]
    assert data.assessments == expected
    first = data.assessments[0]
    assert (first.level, first.note, first.assessor) == (3, "Tok kurs", "Leder")
    assert hash(first) == hash(expected[0])
    assert repr(first) == repr(expected[0])
    assert data.assessments[1].level is None
    assert data.today == date(2026, 11, 27)
    assert data.people[0].role_ids == (1,)
