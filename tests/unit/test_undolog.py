"""The undo log: every change reverts to exactly the rows it started from, and redoes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlmodel import SQLModel

from kompetansekart.demo import generate
from kompetansekart.domain.models import Team
from kompetansekart.services import assessments, catalogue, staff
from kompetansekart.storage.officefile import Change, OfficeFile

Dump = dict[str, list[tuple[object, ...]]]


def dump(office: OfficeFile) -> Dump:
    """Every row of every table, in a stable order."""
    return {t.name: sorted(office.query(f'SELECT rowid, * FROM "{t.name}"'), key=repr)
            for t in SQLModel.metadata.sorted_tables}


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return generate(tmp_path_factory.mktemp("demo") / "demo.kkart", staff=12, seed=3,
                    today=date(2026, 11, 27))


@pytest.fixture
def demo(demo_file: Path, tmp_path: Path) -> Iterator[OfficeFile]:
    copy = tmp_path / "demo.kkart"
    copy.write_bytes(demo_file.read_bytes())
    office = OfficeFile.open(copy, make_backup=False)
    yield office
    office.close()


def _round_trip(office: OfficeFile, change: Change, before: Dump) -> None:
    after = dump(office)
    assert after != before
    redo = office.revert(change)
    assert dump(office) == before
    undo_again = office.revert(redo)
    assert dump(office) == after
    office.revert(undo_again)
    assert dump(office) == before


def test_insert_round_trip(office: OfficeFile) -> None:
    before = dump(office)
    change = staff.add_person(office, staff.PersonFields("Kari Nordmann", role_ids=[1, 2]))
    assert change.tables == {"person", "personrole"}
    _round_trip(office, change, before)


def test_update_round_trip(office: OfficeFile) -> None:
    staff.add_team(office, "Marked")
    team_id = office.query("SELECT id FROM team")[0][0]
    before = dump(office)
    change = staff.rename_team(office, team_id, "Marked og arbeidsgivere")
    assert change.tables == {"team"}
    _round_trip(office, change, before)


def test_update_of_many_columns_round_trip(demo: OfficeFile) -> None:
    pid = demo.query("SELECT id FROM person WHERE buddy_id IS NOT NULL LIMIT 1")[0][0]
    fields = staff.fields_of(demo, pid)
    fields.title = "Seniorrådgiver"
    fields.hours_per_year = 75
    fields.role_ids = fields.role_ids[:1]
    fields.buddy_id = None
    before = dump(demo)
    _round_trip(demo, staff.update_person(demo, pid, fields), before)


def test_delete_person_cascade_round_trip(demo: OfficeFile) -> None:
    # The person with the most history: assessments, roles, measures, goals, being a buddy.
    pid = demo.query(
        "SELECT p.id FROM person p WHERE EXISTS (SELECT 1 FROM person b WHERE b.buddy_id = p.id)"
        " ORDER BY (SELECT count(*) FROM assessment a WHERE a.person_id = p.id) DESC LIMIT 1"
    )[0][0]
    before = dump(demo)
    change = staff.delete_person(demo, pid)
    assert demo.query("SELECT count(*) FROM assessment WHERE person_id = ?", (pid,)) == [(0,)]
    assert demo.query("SELECT count(*) FROM person WHERE buddy_id = ?", (pid,)) == [(0,)]
    assert {"person", "assessment", "personrole"} <= change.tables
    _round_trip(demo, change, before)


def test_delete_category_cascade_round_trip(demo: OfficeFile) -> None:
    cat_id = demo.query("SELECT category_id FROM competence WHERE name = 'Motiverende intervju'"
                        )[0][0]
    before = dump(demo)
    change = catalogue.delete_category(demo, cat_id)
    assert {"category", "competence", "assessment", "rolerequirement", "measurecompetence",
            "developmentgoal"} <= change.tables
    _round_trip(demo, change, before)


def test_assessment_round_and_target_round_trip(demo: OfficeFile) -> None:
    people = [r[0] for r in demo.query("SELECT id FROM person WHERE active ORDER BY id")]
    before = dump(demo)
    change = assessments.record_round(
        demo, [assessments.Entry(pid, 1, 3) for pid in people] + [assessments.Entry(1, 2, None)],
        on=date(2026, 1, 15))
    _round_trip(demo, change, before)
    before = dump(demo)
    _round_trip(demo, assessments.set_target(demo, people[1], 3, 4), before)


def test_several_changes_undo_in_reverse_order(office: OfficeFile) -> None:
    start = dump(office)
    changes = [staff.add_team(office, "Marked")]
    team_id = office.query("SELECT id FROM team")[0][0]
    changes.append(staff.add_person(office, staff.PersonFields("Ola", team_id=team_id)))
    changes.append(staff.delete_team(office, team_id))  # the person stays, without a team
    assert office.query("SELECT team_id FROM person") == [(None,)]
    for change in reversed(changes):
        office.revert(change)
    assert dump(office) == start


def test_failed_change_writes_nothing(office: OfficeFile) -> None:
    before = dump(office)
    with pytest.raises(RuntimeError), office.change("halvveis") as ch:
        ch.session.add(Team(name="Marked"))
        ch.session.flush()
        raise RuntimeError("stop halfway")
    assert dump(office) == before
    # The log is clean: the next change records only its own rows.
    change = staff.add_team(office, "Ungdom")
    assert len(change.inverse.statements) == 1
