"""The regional report (PDF): the county's overview of its offices' competence and needs.

Cover with the key figures, the offices, heatmaps of need and coverage (competences down,
offices across, grouped by area), shared needs, the offices' requests, suggested joint
measures, competences that do not match, and the files that were refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    CondPageBreak,
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
)

from kompetansekart import __version__
from kompetansekart.exchange.region import (
    COVERAGE_COLOURS,
    NEED_COLOURS,
    NO_TARGET_COLOUR,
    UNCERTAIN_COLOUR,
    CellView,
    Column,
    Overview,
    coverage_view,
    need_view,
    people_text,
    show,
)
from kompetansekart.exchange.summary import OfficeSummary
from kompetansekart.reports.common import (
    CONTENT_WIDTH,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    Mark,
    PlanDocument,
    Styles,
    data_table,
    escape,
    key_value_table,
    long_date,
    make_styles,
    names_list,
    short_date,
    write_atomically,
)

NAME_WIDTH = 52 * mm
CELL_WIDTH = 10.5 * mm
ROW_HEIGHT = 4.3 * mm
HEADER_HEIGHT = 30 * mm
MAX_OFFICES_PER_PAGE = int((CONTENT_WIDTH - NAME_WIDTH) // CELL_WIDTH)
MAX_ROWS_PER_PAGE = 46
MAX_SUGGESTIONS = 15
KIND_LABELS = {"summary": "Oppsummering", "full": "Hel kontorfil"}


def section(title: str, styles: Styles, *first: Flowable) -> list[Flowable]:
    """A heading kept on the page with the first flowables under it."""
    return [KeepTogether([Paragraph(escape(title), styles.h1), *first])]


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten text with an ellipsis so it fits `width` points."""
    if stringWidth(text, font, size) <= width:
        return text
    while text and stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text + "…"


def _two_lines(text: str, width: float) -> list[str]:
    """An area label on one line, or wrapped onto two, shortened if it still does not fit."""
    if stringWidth(text, FONT_BOLD, 6.5) <= width:
        return [text]
    words = text.replace("-", "- ").split()
    for cut in range(len(words) - 1, 0, -1):
        first = " ".join(words[:cut]).replace("- ", "-")
        if stringWidth(first, FONT_BOLD, 6.5) <= width:
            rest = " ".join(words[cut:]).replace("- ", "-")
            return [first, _fit(rest, FONT_BOLD, 6.5, width)]
    return [_fit(text, FONT_BOLD, 6.5, width)]


@dataclass(frozen=True)
class _Row:
    category: str | None  # a category heading row when set
    column: Column | None


class HeatmapGrid(Flowable):
    """Competences (rows, grouped by category) × offices (columns, grouped by area)."""

    def __init__(self, overview: Overview, offices: Sequence[int], rows: Sequence[_Row],
                 mode: str) -> None:
        super().__init__()
        self.overview = overview
        self.office_indexes = list(offices)
        self.rows = list(rows)
        self.mode = mode

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = NAME_WIDTH + CELL_WIDTH * len(self.office_indexes)
        self.height = HEADER_HEIGHT + ROW_HEIGHT * len(self.rows)
        return self.width, self.height

    def _cell(self, office: OfficeSummary, index: int, uuid: str) -> CellView:
        comp = self.overview.cell(index, uuid)
        return need_view(office, comp) if self.mode == "need" else coverage_view(office, comp)

    def draw(self) -> None:
        c = self.canv
        offices = [self.overview.offices[i] for i in self.office_indexes]
        top = self.height - HEADER_HEIGHT
        # Area labels over their offices, office names rotated.
        c.setStrokeColor(RULE)
        c.setLineWidth(0.4)
        start = 0
        for n in range(1, len(offices) + 1):
            if n == len(offices) or offices[n].area != offices[start].area:
                x0 = NAME_WIDTH + start * CELL_WIDTH
                x1 = NAME_WIDTH + n * CELL_WIDTH
                c.setFillColor(INK)
                c.setFont(FONT_BOLD, 6.5)
                for line_no, line in enumerate(_two_lines(offices[start].area, x1 - x0 - 2)):
                    c.drawCentredString((x0 + x1) / 2, self.height - 7 - 7 * line_no, line)
                c.line(x0 + 1, self.height - 16, x1 - 1, self.height - 16)
                if start:
                    c.line(x0, 0, x0, top + 3)
                start = n
        c.setFont(FONT, 6.5)
        for n, office in enumerate(offices):
            c.saveState()
            c.translate(NAME_WIDTH + (n + 0.5) * CELL_WIDTH + 2, top + 3)
            c.rotate(60)
            c.setFillColor(INK)
            c.drawString(0, 0, _fit(office.name, FONT, 6.5, HEADER_HEIGHT * 1.05 - 12))
            c.restoreState()
        y = top
        for row in self.rows:
            y -= ROW_HEIGHT
            if row.category is not None:
                c.setFillColor(MUTED)
                c.setFont(FONT_BOLD, 6.8)
                c.drawString(0, y + 1.3 * mm, _fit(row.category, FONT_BOLD, 6.8, NAME_WIDTH))
                c.setStrokeColor(RULE)
                c.line(0, y + ROW_HEIGHT - 0.5, self.width, y + ROW_HEIGHT - 0.5)
                continue
            assert row.column is not None
            c.setFillColor(INK)
            c.setFont(FONT, 6.8)
            name = row.column.name + ("" if row.column.matched else "*")
            c.drawString(3, y + 1.3 * mm, _fit(name, FONT, 6.8, NAME_WIDTH - 5))
            for n, index in enumerate(self.office_indexes):
                view = self._cell(self.overview.offices[index], index, row.column.uuid)
                x = NAME_WIDTH + n * CELL_WIDTH
                c.setFillColor(colors.HexColor(view.colour))
                c.setStrokeColor(colors.white)
                c.rect(x, y, CELL_WIDTH, ROW_HEIGHT, stroke=1, fill=1)
                c.setFillColor(colors.white if view.dark else INK)
                c.setFont(FONT, 6.2)
                c.drawCentredString(x + CELL_WIDTH / 2, y + 1.3 * mm,
                                    _fit(view.text, FONT, 6.2, CELL_WIDTH - 1))


class Legend(Flowable):
    """Colour keys of a heatmap."""

    def __init__(self, entries: Sequence[tuple[str, str]]) -> None:
        super().__init__()
        self.entries = list(entries)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        return available_width, 6 * mm

    def draw(self) -> None:
        c = self.canv
        x = 0.0
        c.setFont(FONT, 7)
        for colour, label in self.entries:
            c.setFillColor(colors.HexColor(colour))
            c.setStrokeColor(RULE)
            c.rect(x, 1.5 * mm, 4 * mm, 3 * mm, stroke=1, fill=1)
            c.setFillColor(INK)
            c.drawString(x + 5 * mm, 2.2 * mm, label)
            x += 5 * mm + stringWidth(label, FONT, 7) + 5 * mm


def _rows(overview: Overview) -> list[_Row]:
    rows: list[_Row] = []
    current: str | None = None
    for col in overview.columns:
        if col.category != current:
            current = col.category
            rows.append(_Row(current or "Uten kategori", None))
        rows.append(_Row(None, col))
    return rows


def _chunks(items: Sequence[_Row], size: int) -> list[list[_Row]]:
    """Rows split into pages, without leaving a category heading alone at a page end."""
    pages: list[list[_Row]] = []
    page: list[_Row] = []
    for row in items:
        if len(page) >= size or (row.category is not None and len(page) >= size - 1):
            pages.append(page)
            page = []
        page.append(row)
    if page:
        pages.append(page)
    return pages


def _heatmap_pages(overview: Overview, mode: str, styles: Styles) -> list[Flowable]:
    title = ("Behov: personer med gap" if mode == "need"
             else "Dekning: andel med mål som når målet")
    intro = (
        "Antall ansatte per kontor som er vurdert under målet sitt (rolle eller individuelt mål)."
        " «<3» betyr 0–2 (skjult for å verne enkeltpersoner), «x» betyr skjult, men minst 3."
        if mode == "need" else
        "Andel av de ansatte med mål i området som er vurdert på eller over målet. Der tallene "
        "er skjult, vises et intervall. «–»: ingen har mål i området.")
    legend = (Legend([(NEED_COLOURS[0], "0"), (NEED_COLOURS[1], "1–2 / skjult"),
                      (NEED_COLOURS[2], "3–4"), (NEED_COLOURS[3], "5–7"),
                      (NEED_COLOURS[4], "8 eller flere")])
              if mode == "need" else
              Legend([(COVERAGE_COLOURS[0], "under 25 %"), (COVERAGE_COLOURS[1], "25–49 %"),
                      (COVERAGE_COLOURS[2], "50–74 %"), (COVERAGE_COLOURS[3], "75–89 %"),
                      (COVERAGE_COLOURS[4], "90 % eller mer"), (NO_TARGET_COLOUR, "ingen mål"),
                      (UNCERTAIN_COLOUR, "? usikkert")]))
    story: list[Flowable] = []
    indexes = list(range(len(overview.offices)))
    # Spread the offices evenly over as few pages as needed (no page with one lone office).
    n_pages = max(1, -(-len(indexes) // MAX_OFFICES_PER_PAGE))
    per_page = -(-len(indexes) // n_pages) if indexes else 0
    office_pages = [indexes[i:i + per_page] for i in range(0, len(indexes), per_page)] or [[]]
    row_pages = _chunks(_rows(overview), MAX_ROWS_PER_PAGE)
    first = True
    for offices in office_pages:
        for rows in row_pages:
            story.append(PageBreak())
            heading = title if first else f"{title} (forts.)"
            story.append(Paragraph(escape(heading), styles.h1))
            if first:
                story.append(Paragraph(escape(intro), styles.small))
                story.append(legend)
                first = False
            story.append(Spacer(1, 2 * mm))
            story.append(HeatmapGrid(overview, offices, rows, mode))
    if any(not c.matched for c in overview.columns):
        story.append(Spacer(1, 2 * mm))
        story.append(Paragraph("* Kan ikke sammenlignes: finnes bare hos ett kontor, eller med "
                               "en annen ID hos andre (se «Kompetanser som ikke samsvarer»).",
                               styles.small))
    return story


def _cover(overview: Overview, styles: Styles, today: date) -> list[Flowable]:
    counties = sorted({o.county for o in overview.offices if o.county})
    staff_lo = sum(o.staff if isinstance(o.staff, int) else 0 for o in overview.offices)
    staff_hi = sum(o.staff if isinstance(o.staff, int) else o.k - 1 for o in overview.offices)
    facts = [
        ("Kontorer", str(len(overview.offices))),
        ("Områder", names_list(overview.areas, 8)),
        ("Ansatte i alt", people_text(staff_lo, staff_hi)),
        ("Kompetanseområder", str(len(overview.columns))),
        ("Felles behov", str(len(overview.shared_needs))),
        ("Bestillinger", str(len(overview.requests))),
        ("Avviste filer", str(len(overview.refused))),
    ]
    story: list[Flowable] = [
        Spacer(1, 30 * mm),
        Paragraph("Regional oversikt over kompetanse", styles.title),
        Paragraph(escape(", ".join(counties) or "Fylket"), styles.subtitle),
        Paragraph(f"Laget {long_date(today)}", styles.body),
        Spacer(1, 10 * mm),
        key_value_table([(a, Paragraph(escape(b), styles.cell)) for a, b in facts],
                        (45 * mm, CONTENT_WIDTH - 45 * mm)),
        Spacer(1, 8 * mm),
        Paragraph(
            "Rapporten bygger på anonyme oppsummeringer fra kontorene (og eventuelle hele "
            "kontorfiler, som er redusert til det samme innholdet). Den inneholder ingen navn. "
            "Tall fra 1 til k−1 vises som «&lt;k» (vanligvis «&lt;3»), og flere tall er skjult "
            "der det trengs, slik at et skjult tall ikke kan regnes ut fra summene.",
            styles.small),
    ]
    return story


def _offices_table(overview: Overview, styles: Styles) -> list[Flowable]:
    rows = [[Paragraph(escape(o.area), styles.cell), Paragraph(escape(o.name), styles.cell),
             KIND_LABELS.get(o.kind, o.kind), show(o.staff),
             short_date(o.created.astimezone().date()), str(o.k),
             Paragraph(escape(o.source.name), styles.cell_small)]
            for o in overview.offices]
    table = data_table(["Område", "Kontor", "Kilde", "Ansatte", "Laget", "k", "Fil"], rows,
                       [34 * mm, 34 * mm, 22 * mm, 14 * mm, 18 * mm, 7 * mm, 45 * mm],
                       align_right=(3, 5))
    return section("Kontorer", styles, table)


def _shared_table(overview: Overview, styles: Styles) -> list[Flowable]:
    if not overview.shared_needs:
        return section("Felles behov", styles, Paragraph(
            "Ingen områder har samme gap i to eller flere kontorer.", styles.body))
    rows = [[Paragraph(escape(n.area), styles.cell), Paragraph(escape(n.name), styles.cell_bold),
             Paragraph(escape(names_list(n.offices)), styles.cell),
             people_text(n.people_low, n.people_high),
             Paragraph(escape(names_list(n.vulnerable_in)), styles.cell), str(n.requests or "")]
            for n in overview.shared_needs]
    intro = Paragraph("Samme gap i to eller flere kontorer i samme område. «Personer» er antallet "
                      "med gap; der tall er skjult, vises et intervall.", styles.small)
    table = data_table(["Område", "Kompetanse", "Kontorer", "Personer", "Sårbar hos",
                        "Bestillinger"], rows,
                       [28 * mm, 44 * mm, 40 * mm, 15 * mm, 28 * mm, 19 * mm],
                       align_right=(3, 5))
    return [*section("Felles behov", styles, intro), table]


def _day(iso: str) -> str:
    """An ISO date from a summary (checked when it was read) as «27.11.2026»."""
    return short_date(date.fromisoformat(iso)) if iso else ""


def _requests_table(overview: Overview, styles: Styles) -> list[Flowable]:
    if not overview.requests:
        return section("Bestillinger fra kontorene", styles,
                       Paragraph("Ingen kontorer har sendt bestillinger.", styles.body))
    rows = [[Paragraph(escape(r.office), styles.cell), Paragraph(escape(r.competence or "–"),
                                                                 styles.cell),
             Paragraph(escape(r.text), styles.cell), show(r.people), _day(r.created_on)]
            for r in overview.requests]
    table = data_table(["Kontor", "Kompetanse", "Bestilling", "Personer", "Dato"], rows,
                       [30 * mm, 34 * mm, 76 * mm, 15 * mm, 19 * mm], align_right=(3,))
    return section("Bestillinger fra kontorene", styles, table)


def _suggestions(overview: Overview, styles: Styles) -> list[Flowable]:
    if not overview.suggestions:
        return section("Forslag til felles regionale tiltak", styles, Paragraph(
            "Ingen forslag: ingen kompetanse mangler i flere kontorer samtidig.", styles.body))
    story: list[Flowable] = []
    shown = overview.suggestions[:MAX_SUGGESTIONS]
    for n, s in enumerate(shown, start=1):
        block: list[Flowable] = [
            Paragraph(f"{n}. {escape(s.title)}", styles.h2),
            Paragraph(f"<b>Forslag:</b> {escape(s.kind)}. <b>Kontorer:</b> "
                      f"{escape(names_list(s.offices, 10))}.", styles.body),
            *[Paragraph("• " + escape(r), styles.body) for r in s.reasons],
        ]
        story.extend(section("Forslag til felles regionale tiltak", styles, *block)
                     if n == 1 else block)
    if len(overview.suggestions) > len(shown):
        story.append(Paragraph(f"Og {len(overview.suggestions) - len(shown)} forslag til med "
                               "færre kontorer eller personer (se den regionale oversikten i "
                               "programmet).", styles.small))
    return story


def _unmatched(overview: Overview, styles: Styles) -> list[Flowable]:
    if not overview.unmatched:
        return section("Kompetanser som ikke samsvarer", styles, Paragraph(
            "Alle kontorene bruker de samme kompetanseområdene.", styles.body))
    rows = [[Paragraph(escape(u.name), styles.cell_bold), Paragraph(escape(u.category),
                                                                    styles.cell),
             Paragraph(escape(names_list(u.offices)), styles.cell),
             Paragraph(escape(u.note), styles.cell_small)] for u in overview.unmatched]
    intro = Paragraph("Områdene sammenlignes på ID (UUID), ikke på navn. Disse kan ikke "
                      "sammenlignes med andre kontorer og er ikke slått sammen med noe.",
                      styles.small)
    notes = [Paragraph(escape(n), styles.body) for n in overview.catalogue_notes]
    table = data_table(["Kompetanse", "Kategori", "Finnes hos", "Merknad"], rows,
                       [40 * mm, 30 * mm, 44 * mm, 60 * mm])
    return [*section("Kompetanser som ikke samsvarer", styles, intro, *notes), table]


def _refused(overview: Overview, styles: Styles) -> list[Flowable]:
    if not overview.refused:
        return []
    rows = [[Paragraph(escape(r.path.name), styles.cell), Paragraph(escape(r.message),
                                                                    styles.cell)]
            for r in overview.refused]
    table = data_table(["Fil", "Hvorfor den ikke er med"], rows, [50 * mm, 124 * mm],
                       warn_rows=range(len(rows)))
    return section("Avviste filer", styles, table)


def write_region_report(overview: Overview, path: str | Path,
                        today: date | None = None) -> Path:
    """Write the regional report to `path` (atomically) and return the path."""
    day = today or date.today()
    styles = make_styles()

    def build(target: Path) -> None:
        doc = PlanDocument(target, title="Regional oversikt over kompetanse",
                           author="Kompetansekart", subject="Regional rapport",
                           footer=f"Kompetansekart {__version__}")
        story: list[Flowable] = [*_cover(overview, styles, day), NextPageTemplate("body"),
                                 PageBreak(), Mark(f"Regional oversikt – {long_date(day)}")]
        story += _offices_table(overview, styles)
        story += _heatmap_pages(overview, "need", styles)
        story += _heatmap_pages(overview, "coverage", styles)
        story.append(PageBreak())
        story += _shared_table(overview, styles)
        story.append(CondPageBreak(40 * mm))
        story += _requests_table(overview, styles)
        story.append(CondPageBreak(60 * mm))
        story += _suggestions(overview, styles)
        story.append(CondPageBreak(40 * mm))
        story += _unmatched(overview, styles)
        story.append(CondPageBreak(30 * mm))
        story += _refused(overview, styles)
        doc.render(story)

    return write_atomically(path, build)
