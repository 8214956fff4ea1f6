"""Names are listed in Norwegian alphabetical order (æ, ø, å after z)."""

from __future__ import annotations

from pathlib import Path

from kompetansekart.domain.collation import sort_key
from kompetansekart.services import staff
from kompetansekart.storage import reader
from kompetansekart.storage.officefile import OfficeFile


def test_sort_key_puts_ae_oe_aa_last_in_that_order() -> None:
    names = ["Åse Lie", "ørjan Berg", "Zara Ali", "Æsa Dahl", "André Moe", "anders Moe",
             "Öberg Lund", "Ola Nordmann"]
    assert sorted(names, key=sort_key) == [
        "anders Moe", "André Moe", "Ola Nordmann", "Zara Ali", "Æsa Dahl", "Öberg Lund",
        "ørjan Berg", "Åse Lie"]
    # The same name written decomposed (a + ring) sorts the same.
    assert sort_key("A\u030ase") == sort_key("Åse")


def test_people_and_roles_come_in_norwegian_order(office: OfficeFile, tmp_path: Path) -> None:
    for name in ("Åse Arnesen", "Ørjan Arnesen", "Æsa Dahl", "Zara Ali"):
        staff.add_person(office, staff.PersonFields(name))
    data = reader.load(office)
    assert [p.name for p in data.people] == ["Zara Ali", "Æsa Dahl", "Ørjan Arnesen",
                                             "Åse Arnesen"]
    roles = [r.name for r in data.roles.values()]
    assert roles == sorted(roles, key=sort_key)
