"""What every plan PDF shares: A4 page templates, styles, running header, «Side x av y», tables
that repeat their header row, and Norwegian dates and numbers.

Helvetica (a standard PDF font, WinAnsi encoding) has æ, ø, å, « » and the en dash, so
Norwegian text needs no embedded font.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageTemplate,
    Table,
    TableStyle,
)

from kompetansekart.domain.analysis import Analysis
from kompetansekart.domain.planning import MeasureInfo, PeriodInfo, PlanSnapshot
from kompetansekart.domain.snapshot import OfficeData
from kompetansekart.domain.validation import format_date
from kompetansekart.domain.validation import names_list as names_list  # used by the reports
from kompetansekart.storage import plan_reader, reader
from kompetansekart.storage.errors import OfficeFileError, ValidationError, os_reason
from kompetansekart.storage.officefile import OfficeFile

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 18 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
FONT = "Helvetica"
FONT_BOLD = "Helvetica-Bold"
FONT_ITALIC = "Helvetica-Oblique"

INK = colors.HexColor("#262626")
MUTED = colors.HexColor("#5a5a5a")
ACCENT = colors.HexColor("#0b4f8a")
HEADER_BG = colors.HexColor("#e4ecf4")
ZEBRA = colors.HexColor("#f5f7fa")
RULE = colors.HexColor("#b7c3cf")
WARN_BG = colors.HexColor("#fbe3e0")
WARN_INK = colors.HexColor("#a3221a")
OK_INK = colors.HexColor("#2f6b33")

MONTHS = ("januar", "februar", "mars", "april", "mai", "juni", "juli", "august",
          "september", "oktober", "november", "desember")


# -- Norwegian text ----------------------------------------------------------------------------


def long_date(day: date | None) -> str:
    """«27. november 2026»."""
    if day is None:
        return ""
    return f"{day.day}. {MONTHS[day.month - 1]} {day.year}"


short_date = format_date  # «27.11.2026»; the one definition is domain.validation's


def date_range(start: date | None, end: date | None) -> str:
    """«01.03.2026–02.03.2026», one date when both are the same, blank when neither is set."""
    if start and end and start != end:
        return f"{short_date(start)}–{short_date(end)}"
    return short_date(start or end)


def number(value: float, decimals: int = 1) -> str:
    """A number with decimal comma and a no-break space between thousands: «1 250,5»; whole
    numbers lose their decimals."""
    whole = abs(value - round(value)) < 1e-9
    text = f"{round(value):,}" if whole else f"{value:,.{decimals}f}"
    return text.replace(",", "\u00a0").replace(".", ",")


def hours(value: float) -> str:
    """«7,5 t»."""
    return f"{number(value)}\u00a0t"


def money(value: float | None) -> str:
    """«12 000 kr», blank when no cost is given."""
    return "" if value is None else f"{number(value, 0)}\u00a0kr"


def escape(text: str) -> str:
    """Text made safe for a reportlab Paragraph (which reads a little XML)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# -- styles ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of the plan documents."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_bold: ParagraphStyle
    cell_small: ParagraphStyle
    warn: ParagraphStyle


def make_styles() -> Styles:
    """The styles (fresh objects, so a document may adjust its own copy)."""
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=12.5, textColor=INK,
                          alignment=TA_LEFT, spaceAfter=4)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=28,
                             leading=34, textColor=ACCENT, spaceAfter=8),
        subtitle=ParagraphStyle("subtitle", parent=body, fontSize=14, leading=19,
                                textColor=INK, spaceAfter=4),
        h1=ParagraphStyle("h1", parent=body, fontName=FONT_BOLD, fontSize=15, leading=19,
                          textColor=ACCENT, spaceBefore=6, spaceAfter=6),
        h2=ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=11, leading=14,
                          textColor=INK, spaceBefore=8, spaceAfter=4),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10, textColor=MUTED),
        cell=ParagraphStyle("cell", parent=body, fontSize=8.5, leading=10.5, spaceAfter=0),
        cell_bold=ParagraphStyle("cell_bold", parent=body, fontName=FONT_BOLD, fontSize=8.5,
                                 leading=10.5, spaceAfter=0),
        cell_small=ParagraphStyle("cell_small", parent=body, fontSize=7.5, leading=9,
                                  textColor=MUTED, spaceAfter=0),
        warn=ParagraphStyle("warn", parent=body, fontName=FONT_BOLD, textColor=WARN_INK),
    )


# -- tables ------------------------------------------------------------------------------------


def data_table(header: Sequence[str], rows: Sequence[Sequence[Any]], widths: Sequence[float],
               *, align_right: Sequence[int] = (), warn_rows: Sequence[int] = (),
               font_size: float = 8.5) -> Table:
    """A table that breaks across pages with its header repeated, zebra rows, and the rows in
    `warn_rows` (0-based, excluding the header) highlighted as warnings."""
    table = Table([list(header), *[list(r) for r in rows]], colWidths=list(widths),
                  repeatRows=1, splitByRow=True, hAlign="LEFT")
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, 0), FONT_BOLD, font_size),
        ("FONT", (0, 1), (-1, -1), FONT, font_size),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    for row in range(2, len(rows) + 1, 2):
        style.append(("BACKGROUND", (0, row), (-1, row), ZEBRA))
    for column in align_right:
        style.append(("ALIGN", (column, 0), (column, -1), "RIGHT"))
    for row in warn_rows:
        style.append(("BACKGROUND", (0, row + 1), (-1, row + 1), WARN_BG))
        style.append(("TEXTCOLOR", (0, row + 1), (-1, row + 1), WARN_INK))
    table.setStyle(TableStyle(style))
    return table


def key_value_table(pairs: Sequence[tuple[str, Any]], widths: tuple[float, float]) -> Table:
    """Label and value in two columns, without a header (cover and summary facts)."""
    table = Table([list(p) for p in pairs], colWidths=list(widths), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (0, -1), FONT_BOLD, 9.5),
        ("FONT", (1, 0), (1, -1), FONT, 9.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ]))
    return table


def signature_block(labels: Sequence[str], styles: Styles, place: str = "") -> Flowable:
    """Place and date, then a line to sign on for each signer, two to a row."""
    cells = list(labels)
    if len(cells) % 2:
        cells.append("")
    gap = 12 * mm
    half = (CONTENT_WIDTH - gap) / 2
    rows = [[f"Sted og dato: {place}," if place else "Sted og dato:", "", ""]]
    for i in range(0, len(cells), 2):
        rows += [["", "", ""], [cells[i], "", cells[i + 1]]]
    style: list[tuple[Any, ...]] = [
        ("FONT", (0, 0), (-1, -1), FONT, 8),
        ("FONT", (0, 0), (-1, 0), FONT, 9.5),
        ("TEXTCOLOR", (0, 0), (-1, -1), MUTED),
        ("TEXTCOLOR", (0, 0), (-1, 0), INK),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("SPAN", (0, 0), (-1, 0)),
    ]
    for i in range(0, len(cells), 2):
        row = 2 + i  # the label row under each signing line
        for column, label in ((0, cells[i]), (2, cells[i + 1])):
            if label:
                style.append(("LINEABOVE", (column, row), (column, row), 0.6, INK))
    heights = [14.0] + [13 * mm, 12.0] * (len(cells) // 2)
    table = Table(rows, colWidths=[half, gap, half], rowHeights=heights, hAlign="LEFT")
    table.setStyle(TableStyle(style))
    return table


# -- running header and page numbers -----------------------------------------------------------


class Mark(Flowable):
    """An invisible flowable that sets the running header (and the page-number section) from
    the page it lands on, so one file can hold many people's plans each numbered «Side x av y»."""

    def __init__(self, header: str, section: str | None = None) -> None:
        super().__init__()
        self.header = header
        self.section = section

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0.0, 0.0

    def draw(self) -> None:
        canvas = self.canv
        canvas.kk_header = self.header  # type: ignore[attr-defined]
        if self.section is not None:
            canvas.kk_section = self.section  # type: ignore[attr-defined]


class NumberedCanvas(Canvas):
    """A canvas that holds the pages until the end, then draws header and «Side x av y» with
    the total known (per section)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.kk_header = ""
        self.kk_section = ""
        self.kk_plain = False
        self.kk_footer = ""
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's name
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        totals: dict[str, int] = {}
        for state in self._pages:
            totals[state["kk_section"]] = totals.get(state["kk_section"], 0) + 1
        seen: dict[str, int] = {}
        for state in self._pages:
            self.__dict__.update(state)
            key = state["kk_section"]
            seen[key] = seen.get(key, 0) + 1
            if not state["kk_plain"]:
                self._furniture(seen[key], totals[key])
            super().showPage()
        super().save()

    def _furniture(self, page: int, total: int) -> None:
        self.saveState()
        self.setFont(FONT, 8)
        self.setFillColor(MUTED)
        top = PAGE_HEIGHT - 11 * mm
        self.drawString(MARGIN, top, self.kk_header)
        self.drawRightString(PAGE_WIDTH - MARGIN, top, self.kk_footer)
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN, top - 2.5 * mm, PAGE_WIDTH - MARGIN, top - 2.5 * mm)
        self.drawRightString(PAGE_WIDTH - MARGIN, 10 * mm, f"Side {page} av {total}")
        self.restoreState()


def _plain(canvas: Canvas, _doc: BaseDocTemplate) -> None:
    canvas.kk_plain = True  # type: ignore[attr-defined]


def _furnished(canvas: Canvas, _doc: BaseDocTemplate) -> None:
    canvas.kk_plain = False  # type: ignore[attr-defined]


class PlanDocument(BaseDocTemplate):
    """A4 portrait with a plain cover template ("cover") and a body template ("body") that gets
    the running header and page numbers."""

    def __init__(self, path: str | Path, *, title: str, author: str, subject: str = "",
                 footer: str = "", cover: bool = True) -> None:
        super().__init__(str(path), pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN,
                         topMargin=MARGIN + 4 * mm, bottomMargin=MARGIN, title=title,
                         author=author, subject=subject, creator="Kompetansekart",
                         lang="nb-NO")
        frame = Frame(MARGIN, MARGIN, CONTENT_WIDTH, PAGE_HEIGHT - 2 * MARGIN - 4 * mm,
                      id="content", leftPadding=0, rightPadding=0, topPadding=0,
                      bottomPadding=0)
        templates = [PageTemplate("cover", [frame], onPage=_plain),
                     PageTemplate("body", [frame], onPage=_furnished)]
        # The first template is where the document starts.
        self.addPageTemplates(templates if cover else templates[::-1])
        self.footer = footer

    def canvas_maker(self) -> Callable[..., NumberedCanvas]:
        """A NumberedCanvas factory that knows the footer text."""
        footer = self.footer

        def make(*args: Any, **kwargs: Any) -> NumberedCanvas:
            canvas = NumberedCanvas(*args, **kwargs)
            canvas.kk_footer = footer
            return canvas

        return make

    def render(self, story: list[Flowable]) -> None:
        """Lay out the story and write the file."""
        # Flate alone: ASCII85 on top makes the file a quarter larger, and without reportlab's
        # optional C accelerator its pure-Python encoder is a good part of the build time.
        saved = rl_config.useA85
        rl_config.useA85 = 0
        try:
            self.build(story, canvasmaker=self.canvas_maker())
        finally:
            rl_config.useA85 = saved


def write_atomically(path: str | Path, build: Callable[[Path], None]) -> Path:
    """Build the PDF into a temporary file beside the target and move it in place, so a failed
    export never leaves a half-written PDF; a clear Norwegian message when it cannot be written."""
    target = Path(path)
    tmp = target.with_name(f".{target.name}.tmp")
    if not target.parent.is_dir():
        raise OfficeFileError(f"Mappen «{target.parent}» finnes ikke. Velg en annen mappe.")
    try:
        build(tmp)
        os.replace(tmp, target)
    except PermissionError as exc:
        raise OfficeFileError(
            f"Kan ikke skrive «{target.name}»: filen er kanskje åpen i et annet program, eller "
            "mappen er skrivebeskyttet. Lukk PDF-en og prøv igjen.") from exc
    except OSError as exc:
        raise OfficeFileError(
            f"Kan ikke skrive «{target.name}»: {os_reason(exc)}.") from exc
    finally:
        tmp.unlink(missing_ok=True)
    return target


# -- what a plan document is made from ---------------------------------------------------------


@dataclass
class PlanSource:
    """Everything a plan PDF reads, loaded once: the office, its analysis and its plan."""

    data: OfficeData
    analysis: Analysis
    plan: PlanSnapshot
    municipality: str = ""
    county: str = ""
    names: dict[int, str] = field(default_factory=dict)
    competences: dict[int, str] = field(default_factory=dict)
    categories: dict[int, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.names = {p.id: p.name for p in self.data.people}
        self.competences = {c.id: c.name for c in self.data.competences}
        self.categories = {c.id: c.name for c in self.data.categories}

    @property
    def office_name(self) -> str:
        """The office's name."""
        return self.data.office_name

    def leader(self, period: PeriodInfo | None) -> str:
        """The leader who signs: the period's, else the office's."""
        return (period.leader_name if period and period.leader_name else self.plan.leader_name)

    def responsible(self, measure: MeasureInfo) -> str:
        """Who is responsible for a measure: a person in the office or an external name."""
        if measure.responsible_person_id is not None:
            return self.names.get(measure.responsible_person_id, "")
        return measure.responsible_external


def load_source(office: OfficeFile, *, today: date | None = None) -> PlanSource:
    """Read the office and its plan for a PDF."""
    data = reader.load(office, today=today)
    plan = plan_reader.load_plan(office)
    return PlanSource(data, Analysis(data), plan, plan.municipality, plan.county)


def resolve_period(plan: PlanSnapshot, name: str | None, today: date) -> PeriodInfo:
    """The period named (case-insensitive), or the current one; a clear message otherwise."""
    if name:
        found = plan.find_period(name)
        if found is None:
            known = ", ".join(f"«{p.name}»" for p in plan.periods) or "ingen"
            raise ValidationError(f"Finner ingen planperiode som heter «{name}». "
                                  f"Periodene i filen: {known}.", "period")
        return found
    current = plan.current_period(today)
    if current is None:
        raise ValidationError("Kontoret har ingen planperiode ennå. Lag en periode i "
                              "«Kompetanseplan» først.", "period")
    return current
