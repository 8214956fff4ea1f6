"""Individual development plans as PDF: one person, everyone in one file, and the CLI."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from plan_fixtures import Built, populate
from pypdf import PdfReader

from kompetansekart.cli import main
from kompetansekart.reports.individual_plan import export_individual_plans
from kompetansekart.services import plans
from kompetansekart.storage.errors import ValidationError
from kompetansekart.storage.officefile import OfficeFile

#: The plan's «today»: the fixture's newcomer started 01.08.2026, due 01.02.2027.
TODAY = date(2026, 11, 27)


@pytest.fixture
def small(tmp_path: Path) -> Iterator[tuple[OfficeFile, Built]]:
    office = OfficeFile.create(tmp_path / "liten.kkart", "NAV Bøfjord", municipality="Bøfjord")
    built = populate(office, staff=8)
    yield office, built
    office.close()


def pages(path: Path) -> list[str]:
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def test_one_person_plan_has_goals_measures_hours_and_gaps(
        small: tuple[OfficeFile, Built], tmp_path: Path) -> None:
    office, built = small
    kari = built.people[0]
    plans.add_goal(office, plans.GoalFields(kari, built.competences["Modia"], 4, "01.06.2027",
                                            "Ønsker å bli superbruker", built.measure_ids[:1]))
    out = export_individual_plans(office, tmp_path / "kari.pdf", person="kari nordmann",
                                  today=TODAY)
    text = pages(out)
    everything = " ".join(text)
    assert len(text) == 1
    assert "Individuell utviklingsplan" in everything and "Kari Nordmann" in everything
    assert "Veileder" in everything and "Marked" in everything
    assert "Modia" in everything and "4 Kan lære bort" in everything
    assert "01.06.2027" in everything and "Ønsker å bli superbruker" in everything
    assert "Kurs i motiverende intervju" in everything
    assert "Lærende møte om Folketrygdloven" in everything
    assert "45 t planlagt av 20 t tilgjengelig – over budsjett (+25 t)" in everything
    assert "Gap mot målene for rollene" in everything
    assert "Medarbeider: Kari Nordmann" in everything and "Leder: Liv Leder" in everything
    assert "Ansvarlig for: Lærende møte om Folketrygdloven." in everything
    meta = PdfReader(out).metadata
    assert meta is not None and meta.title == "Individuell utviklingsplan – Kari Nordmann – 2026"


def test_new_employee_plan_shows_ny_i_nav_and_buddy(small: tuple[OfficeFile, Built],
                                                   tmp_path: Path) -> None:
    office, _ = small
    text = " ".join(pages(export_individual_plans(office, tmp_path / "ola.pdf",
                                                  person="Ola Dæhli", today=TODAY)))
    assert "Fadder Kari Nordmann" in text
    assert "Nyansatt fra 01.08.2026. «Ny i NAV» skal være gjennomført innen 01.02.2027" in text


def test_all_people_in_one_file_each_numbered_on_its_own(small: tuple[OfficeFile, Built],
                                                         tmp_path: Path) -> None:
    office, _ = small
    names = [name for (name,) in office.query("SELECT name FROM person")]
    text = pages(export_individual_plans(office, tmp_path / "alle.pdf", today=TODAY))
    assert len(text) >= len(names)
    for name in names:
        assert any(f"Individuell utviklingsplan – {name} – 2026" in page for page in text)
    # Each person's plan is numbered from 1.
    assert sum(1 for page in text if "Side 1 av" in page) == len(names)


def test_unknown_person_is_refused_with_a_hint(small: tuple[OfficeFile, Built],
                                               tmp_path: Path) -> None:
    office, _ = small
    with pytest.raises(ValidationError) as err:
        export_individual_plans(office, tmp_path / "x.pdf", person="ha", today=TODAY)
    assert err.value.message == ("Finner ingen person som heter «ha». Mente du Ingrid Haugen "
                                 "og Jørgen Hansen?")
    assert not (tmp_path / "x.pdf").exists()
    # A unique part of a name is enough.
    out = export_individual_plans(office, tmp_path / "kari.pdf", person="nordmann", today=TODAY)
    assert "Kari Nordmann" in pages(out)[0]


def test_cli_writes_office_and_individual_plans(small: tuple[OfficeFile, Built],
                                               tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    office, _ = small
    path = office.path
    office.close()
    plan = tmp_path / "plan.pdf"
    assert main(["export-pdf", str(path), "-o", str(plan), "--period", "2026"]) == 0
    assert "Kompetanseplan" in pages(plan)[0]
    people = tmp_path / "alle.pdf"
    assert main(["export-pdf", str(path), "-o", str(people), "--all-people"]) == 0
    assert len(PdfReader(people).pages) >= 8
    one = tmp_path / "en.pdf"
    assert main(["export-pdf", str(path), "-o", str(one), "--person", "Åse Ødegård"]) == 0
    assert "Åse Ødegård" in pages(one)[0]
    assert main(["export-pdf", str(path), "-o", str(tmp_path / "y.pdf"),
                 "--period", "1999"]) == 2
    err = capsys.readouterr().err
    assert "Finner ingen planperiode som heter «1999»" in err and "Traceback" not in err
    assert not (tmp_path / "y.pdf").exists()
