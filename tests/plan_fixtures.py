"""A small office with staff, assessments and a plan period, for the plan and PDF tests.

Written straight through one `office.change` so even a 200-person office is built quickly;
deterministic for a given seed.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from kompetansekart.domain.models import (
    Assessment,
    Measure,
    MeasureCompetence,
    MeasureKind,
    MeasureParticipant,
    Person,
    PersonRole,
    PlanPeriod,
    Team,
)
from kompetansekart.storage.officefile import OfficeFile

FIRST = ["Kari", "Ola", "Åse", "Bjørn", "Sølvi", "Per", "Ingrid", "Jørgen", "Mari", "Håkon",
         "Line", "Ørjan", "Siv", "Tor", "Astrid", "Espen"]
LAST = ["Nordmann", "Hansen", "Ødegård", "Bækken", "Lie", "Strøm", "Haugen", "Dæhli",
        "Berg", "Løvås", "Aasen", "Moe"]


@dataclass
class Built:
    """Ids of what was made."""

    people: list[int]
    period_id: int
    previous_id: int
    measure_ids: list[int]
    competences: dict[str, int]
    roles: dict[str, int]


def populate(office: OfficeFile, staff: int = 8, seed: int = 1) -> Built:
    """Add teams, people with roles and assessments, last year's and this year's period."""
    rng = random.Random(seed)
    competences = {name: cid for cid, name in office.query("SELECT id, name FROM competence")}
    roles = {name: rid for rid, name in office.query("SELECT id, name FROM role")}
    veileder = roles["Veileder"]
    extra = [roles[n] for n in ("Jobbspesialist", "Markedskoordinator", "Fagutvikler",
                                "Teamkoordinator")]
    requirements = {}
    for rid, cid, level in office.query("SELECT role_id, competence_id, level "
                                        "FROM rolerequirement"):
        requirements.setdefault(rid, {})[cid] = level
    people: list[int] = []
    with office.change("fixture") as ch:
        s = ch.session
        teams = [Team(name=n) for n in ("Marked", "Oppfølging", "Sosial")]
        for t in teams:
            s.add(t)
        s.flush()
        for i in range(staff):
            name = f"{FIRST[i % len(FIRST)]} {LAST[(i * 7 + i // len(FIRST)) % len(LAST)]}"
            if i >= len(FIRST):
                name += f" {i // len(FIRST) + 1}"
            start = date(2026, 8, 1) if i == 1 else date(2015 + i % 10, 1 + i % 12, 1)
            person = Person(name=name, team_id=teams[i % 3].id, start_date=start,
                            hours_per_year=40.0 if i % 4 else 20.0,
                            ny_i_nav_done=None if i == 1 else date(start.year, 6, 30)
                            if start.month < 6 else date(start.year + 1, 3, 1))
            s.add(person)
            s.flush()
            assert person.id is not None
            people.append(person.id)
            held = [veileder] + ([extra[i % len(extra)]] if i % 2 == 0 else [])
            for rid in held:
                s.add(PersonRole(person_id=person.id, role_id=rid))
            targets: dict[int, int] = {}
            for rid in held:
                for cid, level in requirements.get(rid, {}).items():
                    targets[cid] = max(targets.get(cid, 0), level)
            if i == 1:
                continue  # the newcomer is not assessed yet
            for cid, target in targets.items():
                # Last year: often below target; this year: some gaps closed.
                before = max(0, min(4, target - rng.choice((0, 1, 1, 2))))
                after = min(4, before + rng.choice((0, 0, 1)))
                if i % 5 == 0 and cid % 3:
                    after = 4  # a few who can teach; nobody in every third competence
                s.add(Assessment(person_id=person.id, competence_id=cid, level=before,
                                 assessed_on=date(2025, 11, 15)))
                s.add(Assessment(person_id=person.id, competence_id=cid, level=after,
                                 assessed_on=date(2026, 9, 20)))
        if len(people) > 1:
            s.get(Person, people[1]).buddy_id = people[0]  # type: ignore[union-attr]
        previous = PlanPeriod(name="2025", start=date(2025, 1, 1), end=date(2025, 12, 31))
        period = PlanPeriod(name="2026", start=date(2026, 1, 1), end=date(2026, 12, 31),
                            leader_name="Liv Leder")
        s.add(previous)
        s.add(period)
        s.flush()
        assert period.id is not None and previous.id is not None
        measures = [
            Measure(period_id=period.id, title="Kurs i motiverende intervju",
                    kind=MeasureKind.COURSE.value, responsible_external="Fylkeskontoret",
                    start=date(2026, 3, 1), end=date(2026, 3, 2), hours_per_participant=15.0,
                    cost=12000.0),
            Measure(period_id=period.id, title="Lærende møte om Folketrygdloven",
                    kind=MeasureKind.LEARNING_MEETING.value, responsible_person_id=people[0],
                    start=date(2026, 4, 1), end=date(2026, 6, 1), hours_per_participant=30.0),
        ]
        for m in measures:
            s.add(m)
        s.flush()
        comp_of = [competences["Motiverende intervju"], competences["Folketrygdloven"]]
        shares = [max(1, staff // 2), max(1, staff // 4)]
        for m, cid, share in zip(measures, comp_of, shares, strict=True):
            assert m.id is not None
            s.add(MeasureCompetence(measure_id=m.id, competence_id=cid))
            for pid in people[:share]:
                s.add(MeasureParticipant(measure_id=m.id, person_id=pid))
    return Built(people, period.id, previous.id, [m.id for m in measures if m.id is not None],
                 competences, roles)
