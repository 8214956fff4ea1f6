"""The office competence plan (kompetanseplan) as an A4 PDF.

Cover, summary (staff, coverage, top needs, vulnerable competences, change since the last
period), the gap heatmap, priorities, measures, county requests, hours per person with
over-budget flags, new staff, and lines to sign.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
)

from kompetansekart.domain.planning import (
    MeasureInfo,
    NewStaffItem,
    PeriodInfo,
    PersonHours,
    PlanSummary,
    hours_per_person,
    kind_label,
    new_staff_followup,
    plan_summary,
    status_label,
)
from kompetansekart.reports.common import (
    CONTENT_WIDTH,
    Mark,
    PlanDocument,
    PlanSource,
    Styles,
    data_table,
    date_range,
    escape,
    hours,
    key_value_table,
    load_source,
    long_date,
    make_styles,
    money,
    names_list,
    number,
    resolve_period,
    short_date,
    signature_block,
    write_atomically,
)
from kompetansekart.reports.plan_heatmap import heatmap_flowable, office_grid
from kompetansekart.storage.officefile import OfficeFile

TITLE = "Kompetanseplan"
#: Vulnerable competences listed on the summary page (the most thinly covered first).
VULNERABLE_ROWS = 10


def plan_title(period: PeriodInfo) -> str:
    """«Kompetanseplan 2026», without doubling the word when the period's name has it."""
    if TITLE.lower() in period.name.lower():
        return period.name
    return f"{TITLE} {period.name}"
#: Competences listed in the change table of the summary.
CHANGE_ROWS = 12


def _p(text: str, style: object) -> Paragraph:
    return Paragraph(escape(text), style)


class OfficePlan:
    """Builds the story of one period's office plan."""

    def __init__(self, source: PlanSource, period: PeriodInfo) -> None:
        self.src = source
        self.period = period
        self.s: Styles = make_styles()
        self.hours = hours_per_person(source.analysis, source.plan, period.id)
        self.summary: PlanSummary = plan_summary(source.analysis, source.plan, period.id,
                                                 self.hours)
        self.measures = source.plan.measures_of(period.id)

    # -- pages ------------------------------------------------------------------------------

    def story(self) -> list[Flowable]:
        """Every page of the plan, in order."""
        header = f"{plan_title(self.period)} – {self.src.office_name}"
        story: list[Flowable] = [Mark(header), *self.cover(), NextPageTemplate("body"),
                                 PageBreak()]
        story += self.summary_page()
        story += [PageBreak(), *self.heatmap_page()]
        story += [PageBreak(), *self.priorities(), *self.measures_table(),
                  *self.county_requests()]
        story += self.hours_table()
        story += self.new_staff()
        story += self.signatures()
        return story

    def cover(self) -> list[Flowable]:
        """Office, period, leader and date."""
        s = self.src
        period = self.period
        facts = [("Kontor", s.office_name)]
        if s.municipality:
            facts.append(("Kommune", s.municipality))
        if s.county:
            facts.append(("Fylke", s.county))
        facts += [("Periode", f"{long_date(period.start)} – {long_date(period.end)}"),
                  ("Leder", s.leader(period) or "–"),
                  ("Dato", long_date(s.data.today))]
        items: list[Flowable] = [Spacer(1, 55 * mm), _p(plan_title(period), self.s.title),
                                 _p(s.office_name, self.s.subtitle),
                                 Spacer(1, 12 * mm),
                                 key_value_table(facts, (35 * mm, CONTENT_WIDTH - 35 * mm))]
        if period.note:
            items += [Spacer(1, 8 * mm), _p(period.note, self.s.body)]
        items += [Spacer(1, 30 * mm),
                  _p("Planen viser kontorets kompetansebehov, prioriteringer og tiltak i "
                     "perioden, hvor mye tid tiltakene krever av hver ansatt, og oppfølgingen "
                     "av nyansatte.", self.s.small)]
        return items

    def summary_page(self) -> list[Flowable]:
        """Staff, coverage, top needs, vulnerable competences and the change since last time."""
        sm, s = self.summary, self.s
        coverage = ("–" if sm.coverage_percent is None else
                    f"{sm.targets_met} av {sm.targets_total} mål nådd "
                    f"({number(sm.coverage_percent, 0)} %)")
        statuses = ", ".join(f"{n} {status_label(k).lower()}"
                             for k, n in sorted(sm.measures_by_status.items()))
        facts = [
            ("Ansatte", f"{sm.staff} (kartlagt: {sm.assessed_people})"),
            ("Måloppnåelse", coverage),
            ("Tiltak", f"{sm.measures}" + (f" ({statuses})" if statuses else "")),
            ("Timer i planen", hours(sm.total_hours)),
            ("Kostnad", money(sm.total_cost) if sm.total_cost else "–"),
            ("Over timebudsjett", f"{sm.over_budget} "
             f"{'person' if sm.over_budget == 1 else 'personer'}"),
        ]
        out: list[Flowable] = [_p("Sammendrag", s.h1),
                               key_value_table(facts, (40 * mm, CONTENT_WIDTH - 40 * mm))]
        prioritised = self._prioritised_competences()
        if sm.top_needs:
            rows = [[str(i), _p(n.name + (" (prioritert)" if n.competence_id in prioritised
                                         else ""), s.cell),
                     str(n.total_gap), str(n.people_with_gap), str(n.unknown_gaps)]
                    for i, n in enumerate(sm.top_needs, start=1)]
            out += [KeepTogether([
                _p("Største behov", s.h2),
                data_table(["Nr", "Kompetanse", "Samlet gap", "Personer med gap",
                            "Ikke vurdert"], rows,
                           [10 * mm, 80 * mm, 25 * mm, 32 * mm, 27 * mm],
                           align_right=(2, 3, 4))])]
        out.append(_p("Sårbare kompetanser", s.h2))
        if sm.vulnerable:
            rows = []
            thinnest = sorted(sm.vulnerable, key=lambda c: (c.covered_by, c.name))
            for cov in thinnest[:VULNERABLE_ROWS]:
                holders = [self.src.names.get(h, "") for h in cov.holders]
                rows.append([_p(cov.name, s.cell), str(cov.required_level or ""),
                             _p(names_list(holders) or "Ingen", s.cell)])
            out += [_p("Kompetanse kontoret krever, men som bare én eller ingen har på "
                       "kravnivået.", s.small),
                    data_table(["Kompetanse", "Kravnivå", "Har den på kravnivå"], rows,
                               [80 * mm, 22 * mm, 72 * mm], align_right=(1,))]
            if len(thinnest) > VULNERABLE_ROWS:
                rest = [c.name for c in thinnest[VULNERABLE_ROWS:]]
                out.append(_p(f"Også sårbare: {names_list(rest, 30)}.", s.small))
        else:
            out.append(_p("Ingen: alt kontoret krever, har minst to personer på kravnivået.",
                          s.body))
        out += self.change_since_last()
        return out

    def _prioritised_competences(self) -> set[int]:
        result: set[int] = set()
        cats = {p.category_id for p in self.src.plan.priorities_of(self.period.id)
                if p.category_id is not None}
        comps = {p.competence_id for p in self.src.plan.priorities_of(self.period.id)
                 if p.competence_id is not None}
        for comp in self.src.data.competences:
            if comp.id in comps or comp.category_id in cats:
                result.add(comp.id)
        return result

    def change_since_last(self) -> list[Flowable]:
        """Gaps closed and opened, and coverage change per competence."""
        s = self.s
        cmp = self.summary.comparison
        if cmp is None:
            return [_p("Endring siden forrige periode", s.h2),
                    _p("Ingen tidligere planperiode å sammenligne med.", s.body)]
        text = (f"Fra {short_date(cmp.before_on)} (slutten av «{cmp.previous.name}») til "
                f"{short_date(cmp.after_on)}: {len(cmp.closed)} gap lukket og "
                f"{len(cmp.opened)} nye gap.")
        changed = sorted(cmp.changed, key=lambda c: (-abs(c.gap_delta), c.name))[:CHANGE_ROWS]
        out: list[Flowable] = [_p(f"Endring siden «{cmp.previous.name}»", s.h2), _p(text, s.body)]
        if changed:
            rows = [[_p(c.name, s.cell), f"{c.meeting_before} → {c.meeting_after}",
                     f"{c.with_target}", f"{c.gap_before} → {c.gap_after}",
                     _signed(c.gap_delta)] for c in changed]
            out.append(data_table(
                ["Kompetanse", "Når målet", "Med mål", "Samlet gap", "Endring"], rows,
                [74 * mm, 28 * mm, 20 * mm, 30 * mm, 22 * mm], align_right=(1, 2, 3, 4)))
        return out

    def heatmap_page(self) -> list[Flowable]:
        """The gap heatmap with its legend."""
        s = self.s
        intro = _p("Hver rute viser hvor langt en ansatt er fra målet sitt i et "
                   "kompetanseområde (målet følger av rollene eller er satt av leder). Tallene "
                   "under kolonnene er hvor mange som når kontorets kravnivå; sårbare "
                   "kompetanser er uthevet.", s.small)
        grid = office_grid(self.src.data)
        if not grid.rows or not grid.columns:
            return [_p("Varmekart: gap mot mål", s.h1),
                    _p("Ingen ansatte eller kompetanseområder å vise.", s.body)]
        room = 297 * mm - 2 * 18 * mm - 4 * mm - 30 * mm
        return [_p("Varmekart: gap mot mål", s.h1), intro, Spacer(1, 3 * mm),
                heatmap_flowable(grid, CONTENT_WIDTH, room)]

    def priorities(self) -> list[Flowable]:
        """The period's ranked priorities with their rationale."""
        s = self.s
        prios = self.src.plan.priorities_of(self.period.id)
        out: list[Flowable] = [_p("Prioriteringer", s.h1)]
        if not prios:
            return [*out, _p("Ingen prioriteringer er satt for perioden.", s.body)]
        rows = []
        for p in prios:
            if p.competence_id is not None:
                what = self.src.competences.get(p.competence_id, "")
            else:
                what = f"{self.src.categories.get(p.category_id or 0, '')} (hele kategorien)"
            rows.append([str(p.rank), _p(what, s.cell_bold), _p(p.rationale, s.cell)])
        return [*out, data_table(["Nr", "Område", "Begrunnelse"], rows,
                                 [10 * mm, 60 * mm, 104 * mm])]

    def measures_table(self) -> list[Flowable]:
        """Every measure of the period."""
        s = self.s
        out: list[Flowable] = [_p("Tiltak", s.h1)]
        if not self.measures:
            return [*out, _p("Ingen tiltak er lagt inn for perioden.", s.body)]
        rows = [self._measure_row(m) for m in self.measures]
        cancelled = sum(1 for m in self.measures if not m.counts)
        note = (f"{len(self.measures)} tiltak, {hours(self.summary.total_hours)} i alt"
                + (f" (avlyste tiltak, {cancelled}, er ikke regnet med)" if cancelled else "")
                + ".")
        return [*out, _p(note, s.small), data_table(
            ["Tiltak", "Kompetanse", "Deltakere", "Ansvarlig", "Tid", "Timer", "Status"],
            rows, [42 * mm, 27 * mm, 34 * mm, 24 * mm, 17 * mm, 11 * mm, 19 * mm],
            align_right=(5,))]

    def _measure_row(self, m: MeasureInfo) -> list[object]:
        s = self.s
        title = f"<b>{escape(m.title)}</b><br/><font size=7 color='#5a5a5a'>" \
                f"{escape(kind_label(m.kind))}" \
                + (f" · {escape(money(m.cost))}" if m.cost else "") + "</font>"
        if m.evaluation:
            title += f"<br/><font size=7><i>Evaluering: {escape(m.evaluation)}</i></font>"
        comps = ", ".join(self.src.competences.get(c, "") for c in m.competence_ids)
        names = [self.src.names.get(p, "") for p in m.participant_ids]
        people = (f"<b>{len(names)}</b>: {escape(names_list(names, 5))}" if names else "–")
        when = date_range(m.start, m.end).replace("–", "–<br/>")
        return [Paragraph(title, s.cell), _p(comps, s.cell), Paragraph(people, s.cell_small),
                _p(self.src.responsible(m), s.cell_small), Paragraph(when, s.cell_small),
                number(m.hours_per_participant), _p(status_label(m.status), s.cell)]

    def county_requests(self) -> list[Flowable]:
        """Requests (bestillinger) to the county in the period."""
        s = self.s
        requests = self.src.plan.requests_of(self.period.id)
        if not requests:
            return []
        rows = [[_p(self.src.competences.get(r.competence_id or 0, "–"), s.cell),
                 _p(r.text, s.cell), str(r.people_count), short_date(r.created_on)]
                for r in requests]
        return [KeepTogether([
            _p("Bestillinger til fylket", s.h2),
            data_table(["Kompetanse", "Bestilling", "Antall", "Dato"], rows,
                       [40 * mm, 96 * mm, 16 * mm, 22 * mm], align_right=(2,))])]

    def hours_table(self) -> list[Flowable]:
        """Hours each person is asked to spend against what they have available."""
        s = self.s
        over = [h for h in self.hours if h.over_budget]
        intro = (f"Tilgjengelige timer er personens læringstimer per år, regnet om til "
                 f"periodens lengde ({self.period.days} dager). ")
        intro += (f"{len(over)} {'person er' if len(over) == 1 else 'personer er'} over "
                  "timebudsjettet og er markert med rødt." if over else
                  "Ingen er over timebudsjettet.")
        rows, warn = [], []
        for i, h in enumerate(self.hours):
            rows.append(self._hours_row(h))
            if h.over_budget:
                warn.append(i)
        return [PageBreak(), _p("Timer per person", s.h1), _p(intro, s.small),
                data_table(["Navn", "Team", "Tiltak", "Planlagt", "Tilgjengelig", "Merknad"],
                           rows, [46 * mm, 32 * mm, 13 * mm, 20 * mm, 22 * mm, 41 * mm],
                           align_right=(2, 3, 4), warn_rows=warn)]

    @staticmethod
    def _hours_row(h: PersonHours) -> list[str]:
        note = f"Over budsjett (+{number(h.planned - h.available)} t)" if h.over_budget else ""
        return [h.name, h.team, str(h.measures), hours(h.planned), hours(h.available), note]

    def new_staff(self) -> list[Flowable]:
        """New staff: «Ny i NAV» due date, buddy and personal training plan."""
        s = self.s
        items = new_staff_followup(self.src.analysis, self.src.plan)
        out: list[Flowable] = [_p("Nyansatte", s.h1)]
        if not items:
            return [*out, _p("Ingen nyansatte venter på «Ny i NAV».", s.body)]
        rows, warn = [], []
        for i, n in enumerate(items):
            rows.append(self._new_staff_row(n))
            if n.overdue or n.ny_i_nav_too_late:
                warn.append(i)
        return [*out, _p("«Ny i NAV» skal være gjennomført innen seks måneder etter "
                         "startdatoen.", s.small),
                data_table(["Navn", "Startet", "Frist", "«Ny i NAV»", "Fadder", "Merknad"], rows,
                           [36 * mm, 19 * mm, 19 * mm, 34 * mm, 30 * mm, 36 * mm],
                           warn_rows=warn)]

    def _new_staff_row(self, n: NewStaffItem) -> list[object]:
        s = self.s
        return [_p(n.name, s.cell), short_date(n.start_date), short_date(n.due),
                _p(n.ny_i_nav_measure or "–", s.cell), _p(n.buddy_name or "–", s.cell),
                _p(_sentence(", ".join(n.missing)) or "I rute", s.cell)]

    def signatures(self) -> list[Flowable]:
        """Lines for the leader and (optionally) the union and safety representatives."""
        leader = self.src.leader(self.period)
        return [Spacer(1, 4 * mm), KeepTogether([
            _p("Underskrifter", self.s.h1),
            _p("Planen er drøftet med tillitsvalgt og verneombud.", self.s.small),
            signature_block([f"Leder{': ' + leader if leader else ''}",
                             "Tillitsvalgt (valgfritt)", "Verneombud (valgfritt)"],
                            self.s, self.src.municipality)])]


def _sentence(text: str) -> str:
    """First letter upper case, the rest as written («ikke meldt på «Ny i NAV»»)."""
    return text[:1].upper() + text[1:]


def _signed(value: int) -> str:
    if value > 0:
        return f"+{value}"
    return f"−{-value}" if value < 0 else "0"


def write_office_plan(source: PlanSource, period: PeriodInfo, path: str | Path) -> Path:
    """Write the office plan of a period to `path` (atomically)."""
    builder = OfficePlan(source, period)

    def build(target: Path) -> None:
        doc = PlanDocument(target, title=f"{plan_title(period)} – {source.office_name}",
                           author=source.leader(period) or source.office_name,
                           subject=f"Kompetanseplan for {source.office_name}, {period.name}",
                           footer=source.office_name)
        doc.render(builder.story())

    return write_atomically(path, build)


def export_office_plan(office: OfficeFile, path: str | Path, period: str | None = None, *,
                       today: date | None = None) -> Path:
    """Load the office and write its plan for the named (or current) period."""
    source = load_source(office, today=today)
    chosen = resolve_period(source.plan, period, source.data.today)
    return write_office_plan(source, chosen, path)

