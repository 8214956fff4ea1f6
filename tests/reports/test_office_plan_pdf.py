"""The office competence plan PDF, read back with pypdf and rendered with pdftoppm."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from plan_fixtures import Built, populate
from pypdf import PdfReader

from kompetansekart.reports import common
from kompetansekart.reports.office_plan import export_office_plan
from kompetansekart.services import plans
from kompetansekart.storage.errors import OfficeFileError, ValidationError
from kompetansekart.storage.officefile import OfficeFile

#: The plan's «today»: the fixture's newcomer started 01.08.2026, due 01.02.2027.
TODAY = date(2026, 11, 27)


@pytest.fixture
def small(tmp_path: Path) -> Iterator[tuple[OfficeFile, Built]]:
    office = OfficeFile.create(tmp_path / "liten.kkart", "NAV Bøfjord", municipality="Bøfjord",
                               county="Innlandet")
    built = populate(office, staff=12)
    yield office, built
    office.close()


def pages(path: Path) -> list[str]:
    """Text of each page with all whitespace (line breaks in cells, no-break spaces) as one
    space, so a table row reads as one line."""
    return [" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages]


def test_plan_holds_cover_summary_measures_hours_and_signatures(
        small: tuple[OfficeFile, Built], tmp_path: Path) -> None:
    office, built = small
    plans.add_priority(office, built.period_id, competence_id=built.competences["Modia"],
                       rationale="Mål i styringsbrevet: digital oppfølging")
    out = export_office_plan(office, tmp_path / "plan.pdf", "2026", today=TODAY)
    text = pages(out)
    everything = "\n".join(text)
    cover = text[0]
    assert "Kompetanseplan" in cover and "NAV Bøfjord" in cover
    assert "1. januar 2026 – 31. desember 2026" in cover and "Liv Leder" in cover
    assert "Sammendrag" in text[1] and "Største behov" in text[1]
    assert "Endring siden «2025»" in text[1] and "gap lukket" in text[1]
    assert "Varmekart: gap mot mål" in everything
    assert "Mål i styringsbrevet: digital oppfølging" in everything
    for title in ("Kurs i motiverende intervju", "Lærende møte om Folketrygdloven"):
        assert title in everything
    # Norwegian letters survive the round trip.
    for name in ("Åse Ødegård", "Bjørn Løvås", "Håkon Bækken"):
        assert name in everything
    assert "Underskrifter" in text[-1] and "Tillitsvalgt" in text[-1]
    assert "Verneombud" in text[-1]
    # Page numbers count the cover; the cover itself carries none.
    total = len(text)
    assert f"Side {total} av {total}" in text[-1] and "Side 1 av" not in cover
    assert f"Side 2 av {total}" in text[1]


def test_hours_table_flags_people_over_budget(small: tuple[OfficeFile, Built],
                                              tmp_path: Path) -> None:
    office, _ = small
    everything = "\n".join(pages(export_office_plan(office, tmp_path / "plan.pdf", today=TODAY)))
    section = everything[everything.index("Timer per person"):everything.index("Nyansatte")]
    # The first quarter of staff take both measures (15 + 30 = 45 hours); Kari has 20 a year.
    assert "Kari Nordmann Marked 2 45 t 20 t Over budsjett (+25 t)" in section
    assert "Ola Dæhli Oppfølging 2 45 t 40 t Over budsjett (+5 t)" in section
    assert re.search(r"Bjørn Løvås Marked 1 15 t 40 t (?!Over)", section)
    assert "3 personer er over timebudsjettet" in section


def test_new_staff_are_listed_with_buddy_and_missing_items(small: tuple[OfficeFile, Built],
                                                          tmp_path: Path) -> None:
    office, _ = small
    everything = "\n".join(pages(export_office_plan(office, tmp_path / "plan.pdf", today=TODAY)))
    section = everything[everything.index("Nyansatte"):everything.index("Underskrifter")]
    assert ("Ola Dæhli 01.08.2026 01.02.2027 – Kari Nordmann Ikke meldt på «Ny i NAV», "
            "mangler opplæringsplan") in section


def test_metadata_title_and_author(small: tuple[OfficeFile, Built], tmp_path: Path) -> None:
    office, _ = small
    meta = PdfReader(export_office_plan(office, tmp_path / "plan.pdf", today=TODAY)).metadata
    assert meta is not None
    assert meta.title == "Kompetanseplan 2026 – NAV Bøfjord"
    assert meta.author == "Liv Leder"


def test_page_count_grows_with_the_office_and_tables_repeat_headers(tmp_path: Path) -> None:
    counts = {}
    for staff in (6, 90):
        office = OfficeFile.create(tmp_path / f"k{staff}.kkart", "NAV Stor")
        populate(office, staff=staff)
        out = export_office_plan(office, tmp_path / f"plan{staff}.pdf", today=TODAY)
        office.close()
        text = pages(out)
        counts[staff] = len(text)
        hour_pages = [t for t in text if "Over budsjett" in t or "Tilgjengelig" in t]
        # Every page of the hours table starts with the column headings again.
        assert all("Tilgjengelig" in t and "Planlagt" in t for t in hour_pages)
    assert counts[90] > counts[6]


def test_unknown_period_gives_a_clear_message(small: tuple[OfficeFile, Built],
                                              tmp_path: Path) -> None:
    office, _ = small
    with pytest.raises(ValidationError, match="Finner ingen planperiode som heter «1999»"):
        export_office_plan(office, tmp_path / "plan.pdf", "1999", today=TODAY)
    assert not (tmp_path / "plan.pdf").exists()


def test_office_without_periods_is_told_to_make_one(office: OfficeFile,
                                                    tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="ingen planperiode"):
        export_office_plan(office, tmp_path / "plan.pdf", today=TODAY)


def test_failed_write_leaves_no_half_file(small: tuple[OfficeFile, Built], tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    office, _ = small
    target = tmp_path / "plan.pdf"

    def broken(self: common.PlanDocument, story: list[object]) -> None:
        Path(self.filename).write_bytes(b"%PDF-half")
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(common.PlanDocument, "render", broken)
    with pytest.raises(OfficeFileError, match="Lukk PDF-en"):
        export_office_plan(office, target, today=TODAY)
    assert list(tmp_path.glob("*.pdf*")) == [] and list(tmp_path.glob(".plan*")) == []


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
def test_pages_render_to_png(small: tuple[OfficeFile, Built], tmp_path: Path) -> None:
    office, _ = small
    out = export_office_plan(office, tmp_path / "plan.pdf", today=TODAY)
    subprocess.run(["pdftoppm", "-png", "-r", "40", str(out), str(tmp_path / "side")],
                   check=True, capture_output=True, timeout=60)
    images = sorted(tmp_path.glob("side-*.png"))
    assert len(images) == len(PdfReader(out).pages)
    # The heatmap page (the third) is drawn in the gap colours; the cover is not.
    orange = (0xFD, 0xBE, 0x85)
    assert _share_of(images[2], orange) > 0.005
    assert _share_of(images[0], orange) == 0


def _share_of(png: Path, colour: tuple[int, int, int]) -> float:
    """The share of pixels within a small distance of `colour`."""
    from PIL import Image  # reportlab's own dependency

    with Image.open(png) as image:
        raw = image.convert("RGB").tobytes()
    pixels = [raw[i:i + 3] for i in range(0, len(raw), 3)]
    near = sum(1 for p in pixels
               if all(abs(a - b) <= 12 for a, b in zip(p, colour, strict=True)))
    return near / len(pixels)


def test_demo_office_plan_and_individual_plans(tmp_path: Path) -> None:
    from kompetansekart import demo
    from kompetansekart.reports.individual_plan import export_individual_plans

    path = demo.generate(tmp_path / "demo.kkart", staff=25, seed=1, today=TODAY)
    office = OfficeFile.open(path, readonly=True, make_backup=False)
    try:
        plan = pages(export_office_plan(office, tmp_path / "plan.pdf", today=TODAY))
        people = pages(export_individual_plans(office, tmp_path / "alle.pdf", today=TODAY))
        measures = [t for (t,) in office.query(
            "SELECT m.title FROM measure m JOIN planperiod p ON p.id = m.period_id "
            "WHERE p.start <= ? AND p.\"end\" >= ?", (TODAY.isoformat(), TODAY.isoformat()))]
        staff = [n for (n,) in office.query("SELECT name FROM person WHERE active")]
    finally:
        office.close()
    everything = " ".join(plan)
    assert measures and all(title in everything for title in measures)
    assert all(name in everything for name in staff)  # the hours table lists everyone
    assert "Kompetanseplan Kompetanseplan" not in everything
    assert len(people) >= len(staff)
