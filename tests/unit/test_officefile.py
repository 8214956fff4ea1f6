"""The office file: pragmas, refusal of foreign files, undo log."""

from __future__ import annotations

from pathlib import Path

from kompetansekart.services import staff
from kompetansekart.storage.officefile import OfficeFile


def test_new_file_has_pragmas(office: OfficeFile) -> None:
    conn = office.connection
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2


def test_delete_person_undo_restores_history(office: OfficeFile, tmp_path: Path) -> None:
    staff.add_person(office, staff.PersonFields("Kari Nordmann", role_ids=[1]))
    pid = office.query("SELECT id FROM person")[0][0]
    change = staff.delete_person(office, pid)
    assert office.query("SELECT count(*) FROM personrole")[0][0] == 0
    redo = office.revert(change)
    assert office.query("SELECT name FROM person") == [("Kari Nordmann",)]
    assert office.query("SELECT count(*) FROM personrole")[0][0] == 1
    office.revert(redo)
    assert office.query("SELECT count(*) FROM person")[0][0] == 0
