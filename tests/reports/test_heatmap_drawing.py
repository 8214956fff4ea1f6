"""The heatmap as reportlab vector graphics: fits the width, splits by rows, legend and SVG."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from kompetansekart.domain.heatmap_data import Cube, HeatmapGrid, Options, build_grid
from kompetansekart.domain.snapshot import (
    AssessmentRecord,
    CategoryInfo,
    CompetenceInfo,
    OfficeData,
    PersonInfo,
    RoleInfo,
)
from kompetansekart.reports.heatmap_drawing import (
    HeatmapFlowable,
    heatmap_drawing,
    heatmap_flowable,
    save_svg,
)

TODAY = date(2026, 11, 27)


def office(people: int) -> OfficeData:
    cats = [CategoryInfo(1, "Veiledning", 0), CategoryInfo(2, "Regelverk", 1)]
    comps = [CompetenceInfo(10 + j, name, 1 if j < 3 else 2, position=j) for j, name in
             enumerate(["Brukersamtalen", "Motiverende intervju", "Gruppeveiledning",
                        "Folketrygdloven", "Forvaltningsloven"])]
    role = RoleInfo(5, "Veileder", {10: 3, 11: 3, 13: 2, 14: 2})
    staff = [PersonInfo(100 + i, f"Ansatt {i:03d} Østby", 1, role_ids=(5,) if i % 3 else ())
             for i in range(people)]
    recs = []
    n = 0
    for i, person in enumerate(staff):
        for j, comp in enumerate(comps):
            if (i + j) % 4 == 0:
                continue  # not assessed
            n += 1
            recs.append(AssessmentRecord(n, person.id, comp.id, (i * j) % 5,
                                         TODAY - timedelta(days=30 * (i % 20)), "leader"))
    return OfficeData("NAV Østby", staff, {1: "Team Øst"}, {5: role}, cats, comps, recs, {},
                      today=TODAY)


def grid_of(people: int, **options: object) -> HeatmapGrid:
    return build_grid(Cube(office(people)), Options(**options))  # type: ignore[arg-type]


def pdf_text(data: bytes) -> tuple[int, list[str]]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), [page.extract_text() for page in reader.pages]


def build(flowables: list[object], pagesize: tuple[float, float] = A4) -> bytes:
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=pagesize, leftMargin=36, rightMargin=36,
                            topMargin=36, bottomMargin=36)
    doc.build(flowables)
    return out.getvalue()


def test_small_map_is_one_part_with_names_legend_and_coverage() -> None:
    grid = grid_of(6)
    flow = heatmap_flowable(grid, 480, 600)
    assert isinstance(flow, HeatmapFlowable)
    width, height = flow.wrap(480, 800)
    assert width == 480 and height <= 600
    pages, texts = pdf_text(build([flow]))
    assert pages == 1
    text = texts[0]
    for expected in ("Ansatt 000 Østby", "Ansatt 005 Østby", "Motiverende intervju",
                     "Veiledning", "Regelverk", "Ikke vurdert", "Kan lære bort", "Dekning",
                     "Nivå:"):
        assert expected in text, expected


@pytest.mark.parametrize("mode", ["level", "gap", "self", "age"])
def test_every_mode_draws_its_legend(mode: str) -> None:
    grid = grid_of(5, mode=mode)
    _, texts = pdf_text(build([heatmap_flowable(grid, 480, 600)]))
    for entry in grid.palette.legend:
        assert entry.label.replace("−", "-")[:12] in texts[0], entry.label


def test_long_map_splits_by_rows_and_repeats_headers() -> None:
    grid = grid_of(200)
    flow = heatmap_flowable(grid, 480, 500)
    data = build([Paragraph("Varmekart", getSampleStyleSheet()["Title"]), flow])
    pages, texts = pdf_text(data)
    assert pages > 2
    for text in texts:
        assert "Motiverende intervju" in text and "Dekning" in text
    everyone = "".join(texts)
    for i in (0, 57, 123, 199):
        assert f"Ansatt {i:03d} Østby" in everyone
    # Every row is drawn exactly once.
    assert sum(everyone.count(f"Ansatt {i:03d} ") for i in range(200)) == 200


def test_parts_never_exceed_max_height() -> None:
    grid = grid_of(120)
    flow = heatmap_flowable(grid, 500, 300)
    parts = flow.split(500, 10_000)
    assert len(parts) > 1
    total = 0
    for part in parts:
        assert isinstance(part, HeatmapFlowable)
        _, h = part.wrap(500, 10_000)
        assert h <= 300
        total += len(part.rows)
    assert total == 120


def test_rollup_and_landscape_page() -> None:
    grid = grid_of(10, collapsed=frozenset({1}), mode="gap")
    _, texts = pdf_text(build([heatmap_flowable(grid, 760, 500)], landscape(A4)))
    assert "Veiledning (3)" in texts[0]
    assert "Brukersamtalen" not in texts[0]


def test_drawing_is_exactly_the_width() -> None:
    drawing = heatmap_drawing(grid_of(4), 400)
    assert drawing.width == 400


def test_svg_export(tmp_path: Path) -> None:
    path = save_svg(grid_of(8, mode="self"), tmp_path / "kart.svg")
    svg = path.read_text(encoding="utf-8")
    assert svg.startswith("<?xml") and "<svg" in svg
    assert "Ansatt 007 Østby" in svg and "Forvaltningsloven" in svg
