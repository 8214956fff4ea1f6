"""The rows of the plan view's tables, built from the office and its plan (no widgets)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from kompetansekart.domain.analysis import Analysis
from kompetansekart.domain.collation import sort_key
from kompetansekart.domain.models import MeasureStatus
from kompetansekart.domain.planning import (
    PeriodComparison,
    PeriodInfo,
    PlanSnapshot,
    compare_periods,
    hours_per_person,
    new_staff_followup,
)
from kompetansekart.ui.common.forms import fmt_date
from kompetansekart.ui.plan.models import TableRow, hours_text, kind_text, status_text

#: lupdate reads only literal strings in translate()/tr() calls, so each text is spelt out here.
translate = QCoreApplication.translate

# The domain words what a new employee lacks in Norwegian (NewStaffItem.missing); marked here.
_MISSING = {
    "«Ny i NAV» forfalt": QT_TRANSLATE_NOOP("PlanRows", "«Ny i NAV» forfalt"),
    "ikke meldt på «Ny i NAV»": QT_TRANSLATE_NOOP("PlanRows", "ikke meldt på «Ny i NAV»"),
    "mangler fadder": QT_TRANSLATE_NOOP("PlanRows", "mangler fadder"),
    "mangler opplæringsplan": QT_TRANSLATE_NOOP("PlanRows", "mangler opplæringsplan"),
    "«Ny i NAV» er planlagt etter fristen": QT_TRANSLATE_NOOP(
        "PlanRows", "«Ny i NAV» er planlagt etter fristen"),
    # In the window a buddy who has left counts as no buddy (the name is not shown either).
    "fadderen har sluttet": QT_TRANSLATE_NOOP("PlanRows", "mangler fadder"),
}


def hours_unit(hours: float) -> str:
    """«12,5 t»."""
    return translate("PlanRows", "{h} t").format(h=hours_text(hours))


def count_text(n: int, one: str, many: str) -> str:
    """The singular text for 1, else the plural with {n} filled in."""
    return one if n == 1 else many.format(n=n)


def measure_rows(analysis: Analysis, plan: PlanSnapshot, period: PeriodInfo) -> list[TableRow]:
    """Measures of the period: what, who, when, how long, status."""
    data = analysis.data
    names = {p.id: p.name for p in data.people}
    comps = {c.id: c.name for c in data.competences}
    order = list(MeasureStatus)
    rows = []
    for m in plan.measures_of(period.id):
        responsible = (names.get(m.responsible_person_id, "")
                       if m.responsible_person_id is not None else m.responsible_external)
        people = [names.get(p, "") for p in m.participant_ids]
        comp_text = ", ".join(comps.get(c, "") for c in m.competence_ids)
        texts = (m.title, kind_text(m.kind), comp_text, str(len(people)), responsible,
                 fmt_date(m.start), fmt_date(m.end), hours_text(m.hours_per_participant),
                 hours_text(m.total_hours),
                 "" if m.cost is None else f"{m.cost:,.0f}".replace(",", " "),
                 status_text(m.status))
        sort = (sort_key(m.title), texts[1], sort_key(comp_text), len(people),
                sort_key(responsible),
                m.start.isoformat() if m.start else "", m.end.isoformat() if m.end else "",
                m.hours_per_participant, m.total_hours, m.cost or 0.0,
                order.index(MeasureStatus(m.status)))
        tip = translate("PlanRows", "Deltakere: {names}").format(names=", ".join(people))
        if m.evaluation:
            tip += "\n" + translate("PlanRows", "Evaluering: {text}").format(text=m.evaluation)
        rows.append(TableRow(m.id, texts, sort,
                             muted=m.status == MeasureStatus.CANCELLED.value, tooltip=tip))
    return rows


def priority_rows(analysis: Analysis, plan: PlanSnapshot, period: PeriodInfo
                  ) -> list[TableRow]:
    """The period's ranked priorities with the office's gap in each today."""
    data = analysis.data
    comps = {c.id: c.name for c in data.competences}
    cats = {c.id: c.name for c in data.categories}
    needs = {n.competence_id: n.total_gap for n in analysis.needs()}
    rows = []
    for p in plan.priorities_of(period.id):
        if p.competence_id is not None:
            what = comps.get(p.competence_id, "?")
            gap = needs.get(p.competence_id, 0)
        else:
            what = translate("PlanRows", "{name} (hele kategorien)").format(
                name=cats.get(p.category_id or 0, "?"))
            gap = sum(needs.get(c.id, 0) for c in data.competences
                      if c.category_id == p.category_id)
        rows.append(TableRow(p.id, (str(p.rank), what, str(gap), p.rationale),
                             (p.rank, sort_key(what), gap, sort_key(p.rationale)),
                             tooltip=p.rationale,
                             extra={"current": (p.competence_id, p.category_id, p.rationale)}))
    return rows


def hours_rows(analysis: Analysis, plan: PlanSnapshot, period: PeriodInfo
               ) -> tuple[list[TableRow], int]:
    """Hours asked of each person against what they have; and how many are over budget."""
    rows = []
    over = 0
    for h in hours_per_person(analysis, plan, period.id):
        note = ""
        if h.over_budget:
            over += 1
            note = translate("PlanRows", "Over budsjett (+{h} t)").format(
                h=hours_text(round(h.planned - h.available, 1)))
        rows.append(TableRow(
            h.person_id, (h.name, h.team, str(h.measures), hours_unit(h.planned),
                          hours_unit(h.available), note),
            (sort_key(h.name), sort_key(h.team), h.measures, h.planned, h.available,
             h.planned - h.available), warn=h.over_budget))
    return rows, over


def new_staff_rows(analysis: Analysis, plan: PlanSnapshot) -> tuple[list[TableRow], int]:
    """New staff with «Ny i NAV», buddy and training plan; and how many are overdue."""
    rows = []
    overdue = 0
    for n in new_staff_followup(analysis, plan):
        overdue += 1 if n.overdue else 0
        missing = ", ".join(translate("PlanRows", str(_MISSING.get(m, m))) for m in n.missing)
        rows.append(TableRow(
            n.person_id, (n.name, fmt_date(n.start_date), fmt_date(n.due),
                          n.ny_i_nav_measure or "–",
                          "–" if n.buddy_left else n.buddy_name or "–",
                          count_text(n.goals, translate("PlanRows", "1 mål"),
                                     translate("PlanRows", "{n} mål")) if n.goals else "–",
                          missing[:1].upper() + missing[1:] if missing
                          else translate("PlanRows", "I rute")),
            (sort_key(n.name), n.start_date.isoformat(), n.due.isoformat(),
             sort_key(n.ny_i_nav_measure), sort_key(n.buddy_name), n.goals, missing),
            warn=n.overdue or n.ny_i_nav_too_late))
    return rows, overdue


def goal_rows(analysis: Analysis, plan: PlanSnapshot, person_id: int) -> list[TableRow]:
    """A person's development goals with where they stand now; overdue ones flagged."""
    data = analysis.data
    comps = {c.id: c.name for c in data.competences}
    titles = {m.id: m.title for m in plan.measures}
    rows = []
    for g in plan.goals_of(person_id):
        cur = analysis.current(person_id, g.competence_id)
        reached = cur is not None and cur >= g.target_level
        overdue = g.due is not None and g.due < data.today and not reached
        linked = ", ".join(titles[m] for m in g.measure_ids if m in titles)
        rows.append(TableRow(
            g.id, (comps.get(g.competence_id, "?"),
                   "–" if cur is None else f"{cur} {data.label(cur)}",
                   f"{g.target_level} {data.label(g.target_level)}", fmt_date(g.due), linked,
                   g.note),
            (sort_key(comps.get(g.competence_id, "")), -1 if cur is None else cur,
             g.target_level, g.due.isoformat() if g.due else "9", sort_key(linked),
             sort_key(g.note)), warn=overdue, tooltip=g.note))
    return rows


def request_rows(analysis: Analysis, plan: PlanSnapshot, period: PeriodInfo | None
                 ) -> list[TableRow]:
    """The period's requests to the county (every request when `period` is None)."""
    comps = {c.id: c.name for c in analysis.data.competences}
    return [TableRow(r.id, (comps.get(r.competence_id or 0, "–"), r.text, str(r.people_count),
                            fmt_date(r.created_on)),
                     (sort_key(comps.get(r.competence_id or 0, "")), sort_key(r.text),
                      r.people_count, r.created_on.isoformat() if r.created_on else ""),
                     tooltip=r.text,
                     extra={"current": (r.competence_id, r.text, r.people_count)})
            for r in (plan.requests if period is None else plan.requests_of(period.id))]


def effect_rows(analysis: Analysis, plan: PlanSnapshot, period: PeriodInfo
                ) -> tuple[list[TableRow], PeriodComparison | None]:
    """Coverage and gap change per competence since the previous period."""
    data = analysis.data
    result = compare_periods(data, plan, period.id)
    if result is None:
        return [], None
    names = {p.id: p.name for p in data.people}
    closed: dict[int, list[str]] = {}
    for cell in result.closed:
        closed.setdefault(cell.competence_id, []).append(names.get(cell.person_id, ""))
    rows = []
    for c in result.coverage:
        delta = c.gap_delta
        rows.append(TableRow(
            c.competence_id,
            (c.name, str(c.meeting_before), str(c.meeting_after), str(c.with_target),
             str(c.gap_before), str(c.gap_after),
             f"+{delta}" if delta > 0 else str(delta).replace("-", "−")),
            (sort_key(c.name), c.meeting_before, c.meeting_after, c.with_target, c.gap_before,
             c.gap_after, delta), warn=delta > 0,
            tooltip=translate("PlanRows", "Lukket gap: {names}").format(
                names=", ".join(closed.get(c.competence_id, [])) or "–")))
    return rows, result
