"""Innsyn: one person's own data, complete, and nobody else's."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from kompetansekart.exchange import person_export
from kompetansekart.services import assessments, plans, sharing, staff
from kompetansekart.storage.errors import ValidationError
from kompetansekart.storage.officefile import OfficeFile


def _two_people(office: OfficeFile) -> tuple[int, int]:
    staff.add_person(office, staff.PersonFields("Kari Nordmann", "Veileder", role_ids=[1]))
    staff.add_person(office, staff.PersonFields("Ola Hansen", "Rådgiver"))
    ids = dict(office.query("SELECT name, id FROM person"))
    kari, ola = int(ids["Kari Nordmann"]), int(ids["Ola Hansen"])
    assessments.record(office, kari, 1, 2, on="01.02.2026", note="Trygg i samtalene")
    assessments.record(office, kari, 1, 3, on="01.09.2026", source="self")
    assessments.record(office, ola, 1, 4, on="01.02.2026", note="Olas private notat")
    assessments.set_target(office, kari, 2, 3)
    plans.add_period(office, plans.PeriodFields("Kompetanseplan 2026", "01.01.2026",
                                                "31.12.2026"))
    return kari, ola


def test_export_holds_the_whole_history_of_one_person_only(office: OfficeFile,
                                                          tmp_path: Path) -> None:
    kari, _ola = _two_people(office)
    written = sharing.export_person(office, kari, tmp_path / "kari.json")
    raw = written.read_bytes()
    doc = json.loads(raw)
    assert doc["format"] == person_export.FORMAT and doc["version"] == 1
    assert doc["person"]["navn"] == "Kari Nordmann"
    assert doc["roller"] == [office.query("SELECT name FROM role WHERE id = 1")[0][0]]
    assert [(v["dato"], v["nivå"], v["kilde"], v["notat"]) for v in doc["vurderinger"]] == [
        ("2026-02-01", 2, "leder", "Trygg i samtalene"),
        ("2026-09-01", 3, "egenvurdering", "")]
    assert doc["individuelle_mål"][0]["nivå"] == 3
    text = raw.decode("utf-8")
    assert "Ola Hansen" not in text and "Olas private notat" not in text
    assert office.query("SELECT kind, file_name FROM sharerecord") == [("person", "kari.json")]


def test_unknown_person_is_refused(office: OfficeFile) -> None:
    with pytest.raises(ValidationError, match="Finner ingen person"):
        person_export.find_person(office, "Ingen Her")


def test_command_line_export_person(office: OfficeFile, tmp_path: Path) -> None:
    _two_people(office)
    path = office.path
    office.close()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    ok = subprocess.run([sys.executable, "-m", "kompetansekart", "export-person", str(path),
                         "--person", "kari nordmann", "-o", str(tmp_path / "k.json")],
                        capture_output=True, text=True, env=env, timeout=120)
    assert ok.returncode == 0, ok.stderr
    assert "«Kari Nordmann»" in ok.stdout
    assert json.loads((tmp_path / "k.json").read_text("utf-8"))["person"]["navn"] == \
        "Kari Nordmann"
    missing = subprocess.run([sys.executable, "-m", "kompetansekart", "export-person",
                              str(path), "--person", "Ingen Her", "-o", str(tmp_path / "x.json")],
                             capture_output=True, text=True, env=env, timeout=120)
    assert missing.returncode == 2
    assert missing.stderr.strip() == "kompetansekart: Finner ingen person som heter «Ingen Her»."
    assert not (tmp_path / "x.json").exists()


def test_person_is_found_the_same_way_as_for_the_pdf(office: OfficeFile) -> None:
    # export-person and export-pdf --person accept the same input (one lookup by name).
    from kompetansekart.domain.validation import find_person as lookup

    _two_people(office)
    kari = person_export.find_person(office, "Kari Nordmann")
    assert person_export.find_person(office, "  kari   NORDMANN ") == kari
    assert person_export.find_person(office, "nordmann") == kari
    assert lookup([(kari, "Kari Nordmann"), (9, "Ola Hansen")], "kari nordmann") == kari
