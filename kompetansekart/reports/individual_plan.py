"""Individual development plans (individuell utviklingsplan) as A4 PDFs: one person, or every
person in one file with each plan starting on a new page and numbered on its own."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from kompetansekart.domain import validation
from kompetansekart.domain.planning import (
    IndividualPlan,
    PeriodInfo,
    individual_plans,
    kind_label,
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
    names_list,
    number,
    resolve_period,
    short_date,
    signature_block,
    write_atomically,
)
from kompetansekart.storage.errors import ValidationError
from kompetansekart.storage.officefile import OfficeFile

TITLE = "Individuell utviklingsplan"
#: Gaps listed per person; the rest are summed up in one line.
GAP_ROWS = 12


def _p(text: str, style: object) -> Paragraph:
    return Paragraph(escape(text), style)


class IndividualPlans:
    """Builds the story of one or more people's development plans."""

    def __init__(self, source: PlanSource, period: PeriodInfo | None) -> None:
        self.src = source
        self.period = period
        self.s: Styles = make_styles()
        self.labels = source.data.scale_labels

    def level(self, level: int | None) -> str:
        """«3 Erfaren», or «Ikke vurdert»."""
        return "Ikke vurdert" if level is None else f"{level} {self.labels.get(level, '')}"

    def story(self, plans: Sequence[IndividualPlan]) -> list[Flowable]:
        """Each plan on its own pages."""
        story: list[Flowable] = []
        for index, plan in enumerate(plans):
            if index:
                story.append(PageBreak())
            story += self.person(plan)
        return story

    def person(self, ip: IndividualPlan) -> list[Flowable]:
        """One person's plan."""
        s = self.s
        person = ip.person
        period = self.period
        header = f"{TITLE} – {person.name}" + (f" – {period.name}" if period else "")
        facts = [("Navn", person.name)]
        if person.title:
            facts.append(("Stilling", person.title))
        facts += [("Team", ip.team or "–"), ("Roller", ", ".join(ip.roles) or "–"),
                  ("Kontor", self.src.office_name)]
        if period:
            facts.append(("Periode", f"{period.name} ({short_date(period.start)}–"
                                     f"{short_date(period.end)})"))
        facts.append(("Leder", self.src.leader(period) or "–"))
        if ip.buddy_name:
            facts.append(("Fadder", ip.buddy_name))
        if ip.hours is not None:
            h = ip.hours
            text = f"{hours(h.planned)} planlagt av {hours(h.available)} tilgjengelig"
            if h.over_budget:
                text += f" – over budsjett (+{number(h.planned - h.available)} t)"
            facts.append(("Læringstid", text))
        out: list[Flowable] = [
            Mark(header, f"person-{person.id}"),
            _p(TITLE, s.h1),
            key_value_table(facts, (32 * mm, CONTENT_WIDTH - 32 * mm)),
        ]
        if ip.hours is not None and ip.hours.over_budget:
            out.append(Spacer(1, 2 * mm))
            out.append(_p("Planen ber om flere timer enn personen har til læring i perioden. "
                          "Vurder å flytte eller ta bort et tiltak.", s.warn))
        if ip.new_staff is not None:
            n = ip.new_staff
            status = ("forfalt" if n.overdue else "planlagt etter fristen"
                      if n.ny_i_nav_too_late else "ikke gjennomført")
            text = (f"Nyansatt fra {short_date(n.start_date)}. «Ny i NAV» skal være "
                    f"gjennomført innen {short_date(n.due)} ({status})"
                    + (f"; påmeldt: {n.ny_i_nav_measure}" if n.ny_i_nav_measure else "") + ".")
            out.append(_p(text, s.warn if n.overdue or n.ny_i_nav_too_late else s.body))
        out += self.goals(ip)
        out += self.measures(ip)
        out += self.gaps(ip)
        leader = self.src.leader(period)
        out += [Spacer(1, 4 * mm), KeepTogether([
            _p("Underskrifter", s.h2),
            _p("Planen er gjennomgått i utviklingssamtalen.", s.small),
            signature_block([f"Medarbeider: {person.name}",
                             f"Leder: {leader}" if leader else "Leder"],
                            s, self.src.municipality)])]
        return out

    def goals(self, ip: IndividualPlan) -> list[Flowable]:
        """The development goals from the appraisal talk."""
        s = self.s
        out: list[Flowable] = [_p("Utviklingsmål", s.h2)]
        if not ip.goals:
            return [*out, _p("Ingen utviklingsmål er registrert ennå.", s.body)]
        rows, warn = [], []
        for i, g in enumerate(ip.goals):
            state = "Nådd" if g.reached else ("Forfalt" if g.overdue else "")
            rows.append([_p(g.competence, s.cell), self.level(g.current),
                         self.level(g.goal.target_level), short_date(g.goal.due),
                         _p(names_list(list(g.measures), 3) or "–", s.cell_small),
                         _p(g.goal.note, s.cell_small), state])
            if g.overdue:
                warn.append(i)
        return [*out, data_table(["Kompetanse", "Nå", "Mål", "Frist", "Tiltak", "Notat",
                                  "Status"], rows,
                                 [34 * mm, 22 * mm, 22 * mm, 18 * mm, 32 * mm, 32 * mm,
                                  14 * mm], warn_rows=warn, font_size=8)]

    def measures(self, ip: IndividualPlan) -> list[Flowable]:
        """Measures the person takes part in, and those they are responsible for."""
        s = self.s
        title = f"Tiltak i perioden {self.period.name}" if self.period else "Tiltak"
        out: list[Flowable] = [_p(title, s.h2)]
        if ip.measures:
            rows = [[_p(m.title, s.cell), kind_label(m.kind),
                     _p(", ".join(self.src.competences.get(c, "") for c in m.competence_ids),
                        s.cell_small),
                     date_range(m.start, m.end), hours(m.hours_per_participant),
                     status_label(m.status)] for m in ip.measures]
            out.append(data_table(["Tiltak", "Type", "Kompetanse", "Tid", "Timer", "Status"],
                                  rows, [46 * mm, 26 * mm, 34 * mm, 34 * mm, 14 * mm, 20 * mm],
                                  align_right=(4,), font_size=8))
        else:
            out.append(_p("Ingen tiltak i perioden.", s.body))
        if ip.responsible_for:
            titles = [m.title for m in ip.responsible_for]
            out.append(_p(f"Ansvarlig for: {names_list(titles, 8)}.", s.body))
        return out

    def gaps(self, ip: IndividualPlan) -> list[Flowable]:
        """Where the person is below the target of their roles, or not assessed."""
        s = self.s
        out: list[Flowable] = [_p("Gap mot målene for rollene", s.h2)]
        if not ip.gaps:
            return [*out, _p("Ingen gap: personen når alle målene rollene krever.", s.body)]
        shown = ip.gaps[:GAP_ROWS]
        rows = [[_p(g.competence, s.cell), self.level(g.current), self.level(g.target)]
                for g in shown]
        out.append(data_table(["Kompetanse", "Nå", "Mål"], rows,
                              [80 * mm, 47 * mm, 47 * mm], font_size=8))
        if len(ip.gaps) > GAP_ROWS:
            out.append(_p(f"… og {len(ip.gaps) - GAP_ROWS} til.", s.small))
        return out


def write_individual_plans(source: PlanSource, period: PeriodInfo | None,
                           person_ids: Sequence[int] | None, path: str | Path) -> Path:
    """Write the plans of the given people (None: all active staff) into one PDF."""
    plans = individual_plans(source.analysis, source.plan, period.id if period else None,
                             person_ids)
    if not plans:
        raise ValidationError("Ingen ansatte å lage utviklingsplan for.", "person")
    builder = IndividualPlans(source, period)
    one = plans[0].person.name if len(plans) == 1 else ""
    title = f"{TITLE} – {one}" if one else f"Individuelle utviklingsplaner – {source.office_name}"

    def build(target: Path) -> None:
        doc = PlanDocument(target, title=title + (f" – {period.name}" if period else ""),
                           author=source.leader(period) or source.office_name,
                           subject=f"Utviklingsplaner, {source.office_name}",
                           footer=f"{source.office_name} · {long_date(source.data.today)}",
                           cover=False)
        doc.render(builder.story(plans))

    return write_atomically(path, build)


def find_person(source: PlanSource, name: str) -> int:
    """The id of the person with this name (case-insensitive); a clear message otherwise."""
    return validation.find_person(((p.id, p.name) for p in source.data.people), name)


def export_individual_plans(office: OfficeFile, path: str | Path, *,
                            person: str | None = None, period: str | None = None,
                            today: date | None = None) -> Path:
    """Load the office and write one person's plan (by name) or everyone's."""
    source = load_source(office, today=today)
    chosen: PeriodInfo | None
    if period is None and not source.plan.periods:
        chosen = None  # a development plan also works without a plan period
    else:
        chosen = resolve_period(source.plan, period, source.data.today)
    ids = [find_person(source, person)] if person else None
    return write_individual_plans(source, chosen, ids, path)
