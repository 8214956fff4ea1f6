"""A realistic demo office, generated deterministically from a seed.

`generate(path, staff, seed, today)` writes a complete office file: teams, people with roles,
a few years of assessment history (leader and self, with some disagreement), new employees with
a buddy (fadder), a competence only one person holds, stale assessments, cells with a target
that nobody has assessed, a current plan period with priorities, measures and development goals.

Reproducibility: every random choice and every UUID comes from `random.Random` seeded with
`seed`, and every date is relative to `today` (default: the real date). The same seed and the
same `today` give a byte-identical file.

Speed: the rows are built in memory and written with `executemany` in one raw transaction on a
temporary file that replaces the target at the end, so 1000 people take a few seconds and a
failed run leaves nothing behind.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from kompetansekart.domain.models import Employment, MeasureKind, MeasureStatus, Source
from kompetansekart.paths import resource_path
from kompetansekart.storage import schema
from kompetansekart.storage.errors import OfficeFileError, StorageFailure, ValidationError
from kompetansekart.storage.officefile import configure

MIN_STAFF = 3
MAX_STAFF = 1000
MAX_COMPETENCES = 500
#: How many yearly assessment rounds of history the demo has (newest about 6 weeks ago).
ROUNDS = 3

# Competences the demo office is deliberately weak in (they become the top needs and the
# priorities of the plan), and the one only a single person holds.
WEAK = ("Motiverende intervju", "Digital kompetanse")
SINGLE = "Økonomisk rådgivning og budsjett"
SINGLE_ROLE = "Gjeldsrådgiver"

#: Roles this demo office has defined itself, beside the starter role set.
LOCAL_ROLES: tuple[tuple[str, str, tuple[tuple[str, int], ...]], ...] = (
    ("Sosialveileder",
     "Følger opp brukere med økonomisk sosialhjelp og deltakere i kvalifiseringsprogrammet.",
     (("Sosialtjenesteloven", 3), ("Økonomisk sosialhjelp", 3), ("Kvalifiseringsprogrammet", 2),
      ("Brukersamtalen", 3), ("Forvaltningsloven", 2))),
    (SINGLE_ROLE,
     "Gir økonomisk rådgivning, hjelper brukere med gjeld og budsjett og veileder kolleger.",
     ((SINGLE, 4), ("Sosialtjenesteloven", 3), ("Brukersamtalen", 3))),
    ("Ungdomsveileder",
     "Følger opp unge under 30 år og samarbeider med skole, helse og arbeidsgivere.",
     (("Ungdom og utenforskap", 3), ("Inkluderingskompetanse", 3), ("Psykisk helse", 2),
      ("Motiverende intervju", 3))),
    ("Veileder helse og arbeid",
     "Følger opp sykmeldte og personer med arbeidsavklaringspenger i samarbeid med helsetjenesten.",
     (("Sykefraværsoppfølging", 3), ("Arbeidsavklaring", 3), ("Psykisk helse", 2),
      ("Samarbeid med helsetjenesten", 3), ("Folketrygdloven", 3))),
)

#: Teams in the order a growing office gets them; each with its main roles and titles.
TEAMS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("Ledelse", ("Avdelingsleder",), ("Avdelingsleder",)),
    ("Oppfølging", ("Veileder",), ("Veileder", "Rådgiver", "Seniorrådgiver", "Konsulent")),
    ("Sosiale tjenester", ("Sosialveileder",), ("Sosionom", "Konsulent", "Rådgiver")),
    ("Marked", ("Veileder",), ("Markedskontakt", "Rådgiver", "Veileder")),
    ("Mottak og veiledning", ("Veileder",), ("Veileder", "Konsulent", "Seniorkonsulent")),
    ("Ungdom", ("Veileder", "Ungdomsveileder"), ("Veileder", "Rådgiver")),
    ("Helse og arbeid", ("Veileder", "Veileder helse og arbeid"),
     ("Veileder", "Rådgiver", "Seniorrådgiver")),
    ("Kvalifisering", ("Sosialveileder",), ("Sosionom", "Konsulent")),
)

#: Extra roles: (name, people per holder, fewest staff before the office has one).
EXTRA_ROLES: tuple[tuple[str, int, int], ...] = (
    ("Fadder", 10, 3),
    ("Kollegaveileder", 12, 5),
    ("Fagutvikler", 15, 6),
    ("Endringsagent", 40, 8),
    ("Markedskoordinator", 60, 8),
    ("Jobbspesialist", 40, 8),
    ("Innføringskoordinator", 100, 10),
    ("Gruppeveileder", 30, 10),
    ("Opplæringsansvarlig", 100, 12),
    ("Fagkoordinator", 60, 15),
    ("Metodeveileder", 80, 20),
    ("Prosessleder", 100, 25),
)
ROLE_TITLES = {"Fagkoordinator": "Fagkoordinator", "Jobbspesialist": "Jobbspesialist",
               "Markedskoordinator": "Markedskontakt", "Teamkoordinator": "Teamleder"}

LEADER_NOTES = (
    "Har tatt kurs i emnet siste år.",
    "Bør få mer erfaring med krevende saker.",
    "Brukes ofte av kolleger som rådgiver.",
    "Ny i rollen, god progresjon.",
    "Avtalt skulder-ved-skulder med erfaren kollega.",
    "Trenger oppfriskning etter regelendringer.",
)
SELF_NOTES = (
    "Føler meg usikker i de vanskeligste sakene.",
    "Ønsker kurs i dette.",
    "Bruker dette daglig.",
)


@dataclass(eq=False)
class _Person:
    id: int
    name: str
    team_id: int
    title: str
    employment: str
    start: date
    hours: float
    roles: list[int] = field(default_factory=list)
    active: bool = True
    left: date | None = None
    ny_i_nav_done: date | None = None
    buddy_id: int | None = None
    new: bool = False
    late: bool = False  # started eight months ago, «Ny i NAV» overdue
    note: str = ""


def _level_or(level: int | None, default: int = -1) -> int:
    return default if level is None else level


def _iso(day: date) -> str:
    return day.isoformat()


def _stamp(day: date, seconds: int = 0) -> str:
    """A created_at value in the format SQLAlchemy writes (deterministic)."""
    hour, rest = divmod(8 * 3600 + seconds % (10 * 3600), 3600)
    return f"{day.isoformat()} {hour:02d}:{rest // 60:02d}:{rest % 60:02d}.000000"


class _Builder:
    """Builds every row of the demo office in memory and writes them in bulk."""

    def __init__(self, conn: sqlite3.Connection, seed: int, staff: int, today: date,
                 competences: int | None, office: dict[str, str]) -> None:
        self.conn = conn
        self.rng = random.Random(seed)
        self._uuid_rng = random.Random(f"kompetansekart-demo-uuid-{seed}")
        self.staff = staff
        self.today = today
        self.total_competences = competences
        self.office = office
        self.people: list[_Person] = []
        self.levels: dict[tuple[int, int], int | None] = {}  # newest leader level per cell

    def uuid(self) -> str:
        """A UUID derived from the seed."""
        return str(uuid.UUID(int=self._uuid_rng.getrandbits(128), version=4))

    # -- catalogue ----------------------------------------------------------------------

    def load_catalogue(self) -> None:
        q = self.conn.execute
        self.comp_id = {name: cid for cid, name in q("SELECT id, name FROM competence ORDER BY id")}
        self.role_id = {name: rid for rid, name in q("SELECT id, name FROM role ORDER BY id")}
        for name, description, reqs in LOCAL_ROLES:
            cur = q("INSERT INTO role(uuid, name, description) VALUES (?, ?, ?)",
                    (self.uuid(), name, description))
            assert cur.lastrowid is not None
            self.role_id[name] = cur.lastrowid
            self.conn.executemany(
                "INSERT INTO rolerequirement(role_id, competence_id, level) VALUES (?, ?, ?)",
                [(cur.lastrowid, self.comp_id[c], lvl) for c, lvl in reqs])
        self._extra_competences()
        self.requirements: dict[int, dict[int, int]] = {}
        for rid, cid, level in q("SELECT role_id, competence_id, level FROM rolerequirement "
                                 "ORDER BY role_id, competence_id"):
            self.requirements.setdefault(rid, {})[cid] = level
        self.competence_ids = sorted(self.comp_id.values())

    def _extra_competences(self) -> None:
        """Pad the catalogue to `total_competences` (benchmarks use 80)."""
        have = len(self.comp_id)
        if self.total_competences is None or self.total_competences <= have:
            return
        cats = [cid for (cid,) in self.conn.execute("SELECT id FROM category ORDER BY position")]
        # Each extra area is required by one role (sometimes two), as local areas usually are.
        role_pool = [self.role_id[n] for n in (
            "Veileder", "Sosialveileder", "Teamkoordinator", "Fagutvikler", "Ungdomsveileder",
            "Veileder helse og arbeid", "Markedskoordinator", "Kollegaveileder", "Fadder",
            "Jobbspesialist", "Endringsagent", "Opplæringsansvarlig")]
        components = ("knowledge", "skill", "attitude")
        comp_rows = []
        req_rows = []
        next_id = int(self.conn.execute("SELECT max(id) FROM competence").fetchone()[0]) + 1
        for number in range(have + 1, self.total_competences + 1):
            cid = next_id
            next_id += 1
            name = f"Fagområde {number}"
            comp_rows.append((cid, self.uuid(), name, cats[number % len(cats)],
                              components[number % 3], f"Lokalt fagområde nummer {number}.",
                              100 + number))
            self.comp_id[name] = cid
            for role in self.rng.sample(role_pool, self.rng.choice((1, 1, 1, 2))):
                req_rows.append((role, cid, self.rng.choice((1, 2, 2, 3))))
        self.conn.executemany(
            "INSERT INTO competence(id, uuid, name, category_id, component, description, "
            "position) VALUES (?, ?, ?, ?, ?, ?, ?)", comp_rows)
        self.conn.executemany(
            "INSERT OR IGNORE INTO rolerequirement(role_id, competence_id, level) "
            "VALUES (?, ?, ?)", req_rows)

    # -- staff --------------------------------------------------------------------------

    def build_staff(self, people_data: dict[str, list[str]]) -> None:
        rng = self.rng
        n = self.staff
        team_count = max(2, min(len(TEAMS), 2 + n // 8))
        self.teams = list(TEAMS[:team_count])
        self.conn.executemany(
            "INSERT INTO team(id, uuid, name) VALUES (?, ?, ?)",
            [(i + 1, self.uuid(), t[0]) for i, t in enumerate(self.teams)])
        names = [f"{first} {last}" for first in people_data["first_names"]
                 for last in people_data["last_names"]]
        extra_left = 1 if n >= 10 else 0
        chosen = rng.sample(names, n + extra_left)

        n_new = max(1 if n < 6 else 2, round(n * 0.04))
        n_leaders = 1 + (n - 1) // 25 if n >= 20 else 0  # avdelingsledere beside the NAV-leder
        work_teams = list(range(2, team_count + 1))  # team ids except Ledelse
        for index, name in enumerate(chosen):
            pid = index + 1
            if index == 0:
                person = _Person(pid, name, 1, "NAV-leder", Employment.STATE.value,
                                 self._start_date(years=(6, 20)), 40.0,
                                 [self.role_id["NAV-leder"]])
            elif index <= n_leaders:
                person = _Person(pid, name, 1, "Avdelingsleder", Employment.STATE.value,
                                 self._start_date(years=(5, 20)), 40.0,
                                 [self.role_id["Avdelingsleder"]])
            else:
                team_id = work_teams[(index - n_leaders - 1) % len(work_teams)]
                team_name, roles, titles = self.teams[team_id - 1]
                municipal_share = 0.85 if team_name in ("Sosiale tjenester",
                                                        "Kvalifisering") else 0.2
                employment = (Employment.MUNICIPAL.value if rng.random() < municipal_share
                              else Employment.STATE.value)
                person = _Person(pid, name, team_id, rng.choice(titles), employment,
                                 self._start_date(years=(1.2, 25)),
                                 float(rng.choice(range(30, 85, 5))),
                                 [self.role_id[r] for r in roles])
            if person.start >= self.today - timedelta(days=3650) and index > 0:
                person.ny_i_nav_done = person.start + timedelta(days=rng.randint(60, 170))
            self.people.append(person)

        # The last ones hired are new: started within 6 months, no «Ny i NAV» yet.
        regular = self.people[: n]
        for person in regular[n - n_new:]:
            person.new = True
            person.start = self.today - timedelta(days=rng.randint(20, 170))
            person.ny_i_nav_done = None
            person.hours = 80.0
        if n >= 12:  # one who started eight months ago and is overdue for «Ny i NAV»
            late = regular[n - n_new - 1]
            late.start = self.today - timedelta(days=250)
            late.ny_i_nav_done = None
            late.late = True
        if extra_left:
            gone = self.people[n]
            gone.active = False
            gone.left = self.today - timedelta(days=rng.randint(30, 200))
            gone.note = "Sluttet, historikken er beholdt."

        self._extra_roles()
        fadders = [p for p in regular if self.role_id["Fadder"] in p.roles]
        for person in regular:
            recent = person.start > self.today - timedelta(days=365)
            if person.new or (recent and person.ny_i_nav_done is None):
                others = [f for f in fadders if f is not person]
                pool = [f for f in others if f.team_id == person.team_id] or others
                person.buddy_id = rng.choice(pool).id if pool else None
                if person.new:
                    person.note = "Ny ansatt. Fadder følger opp de første månedene."

    def _start_date(self, years: tuple[float, float]) -> date:
        days = int(self.rng.uniform(years[0], years[1]) * 365)
        return self.today - timedelta(days=days)

    def _extra_roles(self) -> None:
        rng = self.rng
        n = self.staff
        settled = [p for p in self.people[1:n] if not p.new and not p.late]
        regular = [p for p in settled if p.team_id != 1] or settled or self.people[:1]

        def give(role: str, count: int, pool: Sequence[_Person]) -> list[_Person]:
            rid = self.role_id[role]
            candidates = [p for p in pool if rid not in p.roles and len(p.roles) < 3]
            picked = rng.sample(candidates, min(count, len(candidates)))
            for p in picked:
                p.roles.append(rid)
                if role in ROLE_TITLES and rng.random() < 0.7:
                    p.title = ROLE_TITLES[role]
            return picked

        # Exactly one person holds the debt-counselling role: the office's vulnerable spot.
        social = [p for p in regular if self.teams[p.team_id - 1][0] == "Sosiale tjenester"]
        self.single_holder = give(SINGLE_ROLE, 1, social or regular)[0]
        for team_id in range(2, len(self.teams) + 1):
            members = [p for p in regular if p.team_id == team_id]
            if len(members) >= 3:
                give("Teamkoordinator", 1, members)
        for role, per, minimum in EXTRA_ROLES:
            if n < minimum:
                continue
            pool = regular
            if role in ("Markedskoordinator", "Jobbspesialist"):
                pool = [p for p in regular if self.teams[p.team_id - 1][0] == "Marked"] or regular
            give(role, max(1, n // per), pool)

    # -- assessments --------------------------------------------------------------------

    def targets_of(self, person: _Person) -> dict[int, int]:
        result: dict[int, int] = {}
        for rid in person.roles:
            for cid, level in self.requirements.get(rid, {}).items():
                result[cid] = max(level, result.get(cid, -1))
        return result

    def build_assessments(self) -> list[tuple[object, ...]]:
        rng = self.rng
        weak = {self.comp_id[c] for c in WEAK}
        single = self.comp_id[SINGLE]
        round_starts = [self.today - timedelta(days=40 + 365 * k) for k in range(ROUNDS)]
        leader = self.people[0]
        coordinator_of: dict[int, _Person] = {}
        for p in self.people:
            if self.role_id["Teamkoordinator"] in p.roles:
                coordinator_of.setdefault(p.team_id, p)
        rows: list[tuple[object, ...]] = []
        for person in self.people:
            targets = self.targets_of(person)
            if person.new:
                self._new_person_self_assessment(person, targets, rows)
                continue
            tenure_years = (self.today - person.start).days / 365
            skips_latest = person.id != 1 and rng.random() < 0.12
            # Most people rate themselves as the leader does; some higher, a few lower.
            bias = rng.choice((0,) * 14 + (1, 1, -1))
            special = set(person.roles[1:])
            for cid in self.competence_ids:
                target = targets.get(cid)
                if target is not None:
                    holds_single = cid == single and person is self.single_holder
                    if rng.random() < 0.06 and not holds_single:
                        continue  # a cell with a target that nobody has assessed yet
                    level = target + rng.choice((-2, -1, -1, 0, 0, 0, 0, 1))
                    if any(self.requirements.get(r, {}).get(cid) == target for r in special):
                        # People get a special role because they are good at what it needs.
                        level = target + rng.choice((-1, 0, 0, 0))
                    if tenure_years < 2 and rng.random() < 0.5:
                        level -= 1
                    elif tenure_years > 8 and rng.random() < 0.25:
                        level += 1
                elif rng.random() < 0.15:  # some assessed beyond what their roles need
                    level = rng.choice((0, 1, 1, 2, 2, 3))
                else:
                    continue
                if cid in weak:  # the office's known weak spots
                    level -= 2 if rng.random() < 0.3 else 1
                if cid == single:
                    level = 4 if person is self.single_holder else min(level, 2)
                level = max(0, min(4, level))
                self._history(person, cid, level, bias, skips_latest, round_starts, leader,
                              coordinator_of.get(person.team_id), rows)
        self._withdraw_one(rows)
        rows.sort(key=lambda r: (str(r[3]), r[0], r[1], str(r[4])))
        return rows

    def _history(self, person: _Person, cid: int, level: int, bias: int, skips_latest: bool,
                 round_starts: list[date], leader: _Person, coordinator: _Person | None,
                 rows: list[tuple[object, ...]]) -> None:
        rng = self.rng
        lvl = level
        newest: int | None = None
        for k, start in enumerate(round_starts):
            if person.start > start - timedelta(days=30):
                break  # not yet employed at that round
            if k > 0 and rng.random() < 0.35:
                lvl = max(0, lvl - 1)  # people were less able a year earlier
            day = start + timedelta(days=rng.randint(0, 21))
            # The one person who holds the office's single-holder competence is always
            # assessed in it, so the demo always shows that vulnerability.
            must = person is self.single_holder and cid == self.comp_id[SINGLE]
            if must or (not (k == 0 and skips_latest)
                        and rng.random() < (0.97 if k == 0 else 0.85)):
                source, assessor = Source.LEADER.value, leader.name
                if k == 0 and coordinator is not None and coordinator is not person \
                        and rng.random() < 0.2:
                    source, assessor = Source.COORDINATOR.value, coordinator.name
                note = rng.choice(LEADER_NOTES) if rng.random() < 0.02 else ""
                rows.append((person.id, cid, lvl, _iso(day), source, assessor, note,
                             _stamp(day, person.id * 7 + cid)))
                if newest is None:
                    newest = lvl
                    self.levels[(person.id, cid)] = lvl
            # The office began with self-assessments two rounds ago.
            if k < 2 and rng.random() < (0.85, 0.5)[k] and rng.random() < 0.95:
                # Now and then a person sees themselves quite differently from the leader.
                noise = 0 if rng.random() < 0.9 else rng.choice((-2, -1, 1, 2))
                lean = bias if rng.random() < 0.7 else 0
                own = max(0, min(4, lvl + lean + noise))
                note = rng.choice(SELF_NOTES) if rng.random() < 0.02 else ""
                own_day = day - timedelta(days=rng.randint(1, 7))
                rows.append((person.id, cid, own, _iso(own_day), Source.SELF.value, person.name,
                             note, _stamp(own_day, person.id * 11 + cid)))

    def _new_person_self_assessment(self, person: _Person, targets: dict[int, int],
                                    rows: list[tuple[object, ...]]) -> None:
        """The first new employee has filled in a self-assessment; nobody else has assessed."""
        if person is not next(p for p in self.people if p.new):
            return
        day = min(person.start + timedelta(days=14), self.today - timedelta(days=1))
        for cid in sorted(targets):
            own = max(0, targets[cid] - self.rng.choice((1, 1, 2)))
            rows.append((person.id, cid, own, _iso(day), Source.SELF.value, person.name, "",
                         _stamp(day, cid)))

    def _withdraw_one(self, rows: list[tuple[object, ...]]) -> None:
        """One leader assessment was withdrawn (registered on the wrong person)."""
        if self.staff < 5:
            return
        keep = (self.single_holder.id, self.comp_id[SINGLE])
        latest = max((r for r in rows if r[4] == Source.LEADER.value and r[0] != 1
                      and (r[0], r[1]) != keep),
                     key=lambda r: (str(r[3]), r[0], r[1]), default=None)
        if latest is None:
            return
        day = date.fromisoformat(str(latest[3])) + timedelta(days=1)
        day = min(day, self.today)
        rows.append((latest[0], latest[1], None, _iso(day), Source.LEADER.value,
                     self.people[0].name, "Trukket tilbake: registrert på feil person.",
                     _stamp(day, 1)))
        self.levels[(int(str(latest[0])), int(str(latest[1])))] = None

    # -- plan ---------------------------------------------------------------------------

    def gap_people(self, competence: str, exclude: Sequence[int] = ()) -> list[_Person]:
        """Active, not-new people with a gap (or unknown gap) in a competence, largest first."""
        cid = self.comp_id[competence]
        result = []
        for p in self.people:
            if not p.active or p.new or p.id in exclude:
                continue
            target = self.overrides.get((p.id, cid), self.targets_of(p).get(cid))
            if target is None:
                continue
            current = self.levels.get((p.id, cid))
            gap = target - current if current is not None else 1
            if gap > 0:
                result.append((gap, p.id, p))
        result.sort(key=lambda t: (-t[0], t[1]))
        return [p for _, _, p in result]

    def build_overrides(self) -> list[tuple[int, int, int]]:
        rng = self.rng
        self.overrides: dict[tuple[int, int], int] = {}
        candidates = [p for p in self.people[1:] if p.active and not p.new]
        extra_targets = [self.comp_id[c] for c in ("Sykefraværsoppfølging", "Arbeidsavklaring",
                                                   "Ungdom og utenforskap", "Psykisk helse")]
        for person in rng.sample(candidates, min(len(candidates), max(1, self.staff // 10))):
            targets = self.targets_of(person)
            raisable = [c for c in sorted(targets) if targets[c] < 4]
            if raisable and rng.random() < 0.5:
                cid = rng.choice(raisable)
                self.overrides[(person.id, cid)] = targets[cid] + 1
            else:
                cid = rng.choice(extra_targets)
                self.overrides[(person.id, cid)] = max(2, targets.get(cid, 0))
        return [(pid, cid, level) for (pid, cid), level in sorted(self.overrides.items())]

    def build_plan(self) -> None:
        rng = self.rng
        today = self.today
        year = today.year
        leader = self.people[0]
        cap = 6 + self.staff // 10
        c = self.comp_id
        q = self.conn.execute

        def clamp(day: date, start: date, end: date) -> date:
            return max(start, min(day, end))

        def status(start: date, end: date) -> str:
            if end < today:
                return MeasureStatus.DONE.value
            if start <= today:
                return MeasureStatus.ONGOING.value
            return MeasureStatus.PLANNED.value

        # Last year's plan, done and evaluated.
        prev_start, prev_end = date(year - 1, 1, 1), date(year - 1, 12, 31)
        q("INSERT INTO planperiod(id, uuid, name, start, \"end\", leader_name, note) "
          "VALUES (1, ?, ?, ?, ?, ?, ?)",
          (self.uuid(), f"Kompetanseplan {year - 1}", _iso(prev_start), _iso(prev_end),
           leader.name, "Evaluert i ledermøtet i desember."))
        period_start, period_end = date(year, 1, 1), date(year, 12, 31)
        q("INSERT INTO planperiod(id, uuid, name, start, \"end\", leader_name, note) "
          "VALUES (2, ?, ?, ?, ?, ?, ?)",
          (self.uuid(), f"Kompetanseplan {year}", _iso(period_start), _iso(period_end),
           leader.name, "Drøftet med tillitsvalgte og vernetjenesten. Følges opp hvert kvartal."))
        categories = dict(q("SELECT name, id FROM category"))
        self.conn.executemany(
            "INSERT INTO priority(period_id, rank, competence_id, category_id, rationale) "
            "VALUES (?, ?, ?, ?, ?)",
            [(1, 1, None, categories["Helse og arbeid"],
              "Flere sykmeldte brukere og nye rutiner for arbeidsavklaring."),
             (2, 1, c[WEAK[0]], None,
              "Største samlede gap i kartleggingen; brukes i alle oppfølgingssamtaler."),
             (2, 2, c[WEAK[1]], None,
              "Nye digitale verktøy krever at alle er trygge i Modia og aktivitetsplan."),
             (2, 3, c[SINGLE], None,
              "Bare én person kan dette i dag. Kontoret er sårbart om hun eller han slutter.")])

        teachers_mi = sorted(
            (p for p in self.people if p.active and not p.new),
            key=lambda p: (-_level_or(self.levels.get((p.id, c[WEAK[0]]))), p.id))
        mi_expert = teachers_mi[0]
        mi_gap = self.gap_people(WEAK[0], exclude=[mi_expert.id])
        digital_gap = self.gap_people(WEAK[1])
        single = self.single_holder
        social = [p for p in self.people if p.active and not p.new and p is not single
                  and p.team_id == single.team_id] or [
            p for p in self.people if p.active and not p.new and p is not single]
        everyone = [p for p in self.people if p.active]
        new = [p for p in self.people if p.new]
        fagkoord = next((p for p in self.people if self.role_id["Fagkoordinator"] in p.roles
                         or self.role_id["Fagutvikler"] in p.roles), leader)
        health = [p for p in self.people if self.teams[p.team_id - 1][0] in
                  ("Helse og arbeid", "Oppfølging") and not p.new]
        intake = min(d for d in (date(year, 3, 2), date(year, 9, 7), date(year + 1, 3, 1),
                                 date(year + 1, 9, 6)) if d > today)
        if intake > period_end:
            # «Ny i NAV» runs only twice a year: the newcomers are booked on the next intake,
            # in next year's plan, which the leader has begun (pain point 7).
            q("INSERT INTO planperiod(id, uuid, name, start, \"end\", leader_name, note) "
              "VALUES (3, ?, ?, ?, ?, ?, ?)",
              (self.uuid(), f"Kompetanseplan {year + 1}", _iso(date(year + 1, 1, 1)),
               _iso(date(year + 1, 12, 31)), leader.name, "Utkast."))
        county = self.office.get("county", "")

        # (period, title, kind, responsible, external, start, end, hours, cost, competences,
        #  participants, status override, evaluation)
        specs: list[tuple[int, str, str, _Person | None, str, date, date, float, float | None,
                          list[str], list[_Person], str | None, str]] = [
            (1, "Kurs i arbeidsavklaring", MeasureKind.COURSE.value, None,
             f"NAV {county}".strip(), date(year - 1, 3, 10), date(year - 1, 4, 20), 12.0,
             9000.0, ["Arbeidsavklaring", "Folketrygdloven"], health[:cap], None,
             "Gjennomført. Deltakerne fant kurset nyttig; kartleggingen i høst viser "
             "høyere nivå i arbeidsavklaring."),
            (1, "Kompetanseuke høst", MeasureKind.COMPETENCE_WEEK.value, fagkoord, "",
             date(year - 1, 9, 22), date(year - 1, 9, 26), 15.0, None,
             ["Forvaltningsloven", "Vedtak og klage"], everyone[: cap * 2], None,
             "Godt oppmøte. Ønske om flere praktiske case neste gang."),
            (2, "Kurs i motiverende intervju", MeasureKind.COURSE.value, None,
             f"NAV {county}".strip(), today - timedelta(days=30), today + timedelta(days=60),
             14.0, 18000.0, [WEAK[0]], mi_gap[:cap], None, ""),
            (2, "Kollegaveiledning i motiverende intervju", MeasureKind.PEER_MENTORING.value,
             mi_expert, "", today + timedelta(days=10), today + timedelta(days=120), 10.0, None,
             [WEAK[0], "Brukersamtalen"], mi_gap[cap: cap * 2] or mi_gap[: cap // 2], None, ""),
            (2, "E-læring: digital kompetanse og Modia", MeasureKind.ELEARNING.value, None,
             "Læringsportalen", today - timedelta(days=90), today + timedelta(days=30), 4.0,
             None, [WEAK[1], "Modia"], digital_gap[: cap * 2], None, ""),
            (2 if intake <= period_end else 3, "Ny i NAV", MeasureKind.NY_I_NAV.value, None,
             "Arbeids- og velferdsdirektoratet", intake, intake + timedelta(days=4), 30.0, None,
             ["NAV-loven", "Folketrygdloven", "Modia"], new, MeasureStatus.PLANNED.value, ""),
            (2, "Skulder ved skulder: økonomisk rådgivning", MeasureKind.SHOULDER.value, single,
             "", today + timedelta(days=20), today + timedelta(days=150), 20.0, None,
             [SINGLE], social[:2], None, ""),
            (2, "Lærende møte: forvaltningsloven og vedtak", MeasureKind.LEARNING_MEETING.value,
             fagkoord, "", today - timedelta(days=150), today - timedelta(days=120), 6.0, None,
             ["Forvaltningsloven", "Vedtak og klage"], everyone[1: cap + 1], None,
             "Gjennomført med tre møter. Felles forståelse av begrunnelsesplikten."),
            (2, "Fagdag om psykisk helse", MeasureKind.PROFESSIONAL_DAY.value, None,
             "DPS og kommunens psykiske helsetjeneste", today - timedelta(days=60),
             today - timedelta(days=60), 7.0, None, ["Psykisk helse"], health[:cap],
             MeasureStatus.CANCELLED.value, "Avlyst på grunn av sykdom. Flyttes til neste år."),
        ]
        measure_rows = []
        comp_rows: list[tuple[int, int]] = []
        part_rows: list[tuple[int, int]] = []
        self.measure_ids: dict[str, int] = {}
        for mid, spec in enumerate(specs, start=1):
            (period, title, kind, responsible, external, start, end, hours, cost, comps,
             participants, forced, evaluation) = spec
            if period == 2 and kind != MeasureKind.NY_I_NAV.value:
                start = clamp(start, period_start, period_end)
                end = clamp(end, start, period_end)
            state = forced or (MeasureStatus.DONE.value if period == 1 else status(start, end))
            measure_rows.append((mid, self.uuid(), period, title, kind,
                                 responsible.id if responsible else None, external,
                                 _iso(start), _iso(end), hours, cost, state, evaluation))
            comp_rows.extend((mid, c[name]) for name in dict.fromkeys(comps))
            part_rows.extend((mid, p.id) for p in dict.fromkeys(participants))
            self.measure_ids[title] = mid
        self.conn.executemany(
            "INSERT INTO measure(id, uuid, period_id, title, kind, responsible_person_id, "
            "responsible_external, start, \"end\", hours_per_participant, cost, status, "
            "evaluation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", measure_rows)
        self.conn.executemany(
            "INSERT INTO measurecompetence(measure_id, competence_id) VALUES (?, ?)", comp_rows)
        self.conn.executemany(
            "INSERT INTO measureparticipant(measure_id, person_id) VALUES (?, ?)", part_rows)
        self._goals(mi_gap, digital_gap, new, period_end, part_rows)
        self.conn.execute(
            "INSERT INTO countyrequest(period_id, competence_id, text, people_count, created_on) "
            "VALUES (2, ?, ?, ?, ?)",
            (c[SINGLE], "Behov for kurs i økonomisk rådgivning og gjeld for to veiledere. "
             "Kontoret har i dag bare én person med denne kompetansen.", 2,
             _iso(today - timedelta(days=rng.randint(10, 30)))))

    def _goals(self, mi_gap: list[_Person], digital_gap: list[_Person], new: list[_Person],
               due: date, part_rows: list[tuple[int, int]]) -> None:
        count = min(60, 2 + self.staff // 12)
        participants = set(part_rows)
        talk = self.today - timedelta(days=self.rng.randint(60, 200))
        goal_rows = []
        link_rows = []
        candidates: list[tuple[_Person, str, list[str]]] = []
        for a, b in zip(mi_gap, digital_gap, strict=False):
            candidates.append((a, WEAK[0], ["Kurs i motiverende intervju",
                                            "Kollegaveiledning i motiverende intervju"]))
            candidates.append((b, WEAK[1], ["E-læring: digital kompetanse og Modia"]))
        seen: set[tuple[int, str]] = set()
        picked: list[tuple[_Person, str, list[str], date]] = []
        for person, comp, measures in candidates:
            if (person.id, comp) not in seen and len(picked) < count:
                seen.add((person.id, comp))
                picked.append((person, comp, measures, due))
        if new:
            picked.append((new[0], "Modia", ["Ny i NAV"],
                           new[0].start + timedelta(days=182)))
        for gid, (person, comp, measures, goal_due) in enumerate(picked, start=1):
            cid = self.comp_id[comp]
            target = self.overrides.get((person.id, cid), self.targets_of(person).get(cid, 2))
            goal_rows.append((gid, person.id, cid, max(1, target), _iso(goal_due),
                              f"Avtalt i utviklingssamtalen {talk:%d.%m.%Y}."))
            for title in measures:
                mid = self.measure_ids[title]
                if (mid, person.id) in participants:
                    link_rows.append((gid, mid))
        self.conn.executemany(
            "INSERT INTO developmentgoal(id, person_id, competence_id, target_level, due, note) "
            "VALUES (?, ?, ?, ?, ?, ?)", goal_rows)
        self.conn.executemany("INSERT INTO goalmeasure(goal_id, measure_id) VALUES (?, ?)",
                              link_rows)

    # -- writing ------------------------------------------------------------------------

    def build(self, people_data: dict[str, list[str]]) -> None:
        self.load_catalogue()
        self.build_staff(people_data)
        q = self.conn.execute
        leader = self.people[0]
        q("UPDATE office SET uuid = ?, leader_name = ?, created_at = ?",
          (self.uuid(), leader.name, _stamp(self.today - timedelta(days=3 * 365))))
        self.conn.executemany(
            "INSERT INTO person(id, uuid, name, title, team_id, employment, start_date, "
            "left_date, active, hours_per_year, buddy_id, ny_i_nav_done, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?)",
            [(p.id, self.uuid(), p.name, p.title, p.team_id, p.employment, _iso(p.start),
              _iso(p.left) if p.left else None, int(p.active), p.hours,
              _iso(p.ny_i_nav_done) if p.ny_i_nav_done else None, p.note)
             for p in self.people])
        self.conn.executemany("UPDATE person SET buddy_id = ? WHERE id = ?",
                              [(p.buddy_id, p.id) for p in self.people if p.buddy_id])
        self.conn.executemany(
            "INSERT INTO personrole(person_id, role_id) VALUES (?, ?)",
            [(p.id, rid) for p in self.people for rid in dict.fromkeys(p.roles)])
        self.conn.executemany(
            "INSERT INTO assessment(person_id, competence_id, level, assessed_on, source, "
            "assessor, note, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            self.build_assessments())
        self.conn.executemany(
            "INSERT INTO targetoverride(person_id, competence_id, level) VALUES (?, ?, ?)",
            self.build_overrides())
        self.build_plan()


def check_staff(staff: int) -> int:
    """The demo handles offices of MIN_STAFF to MAX_STAFF people."""
    if isinstance(staff, bool) or not isinstance(staff, int) or \
            not MIN_STAFF <= staff <= MAX_STAFF:
        raise ValidationError(
            f"Antall ansatte i demokontoret må være fra {MIN_STAFF} til {MAX_STAFF} "
            f"(fikk «{staff}»).", "staff")
    return staff


def generate(path: str | os.PathLike[str], staff: int = 25, seed: int = 1,
             today: date | None = None, *, competences: int | None = None) -> Path:
    """Write a demo office of `staff` active people to a new file at `path` and return it.

    `today` (default: the real date) anchors every date; the same seed and the same `today`
    give a byte-identical file. `competences` pads the starter catalogue with generated
    competence areas up to that many (benchmarks use 80). Refuses to overwrite a file.
    """
    check_staff(staff)
    if competences is not None and not 1 <= competences <= MAX_COMPETENCES:
        raise ValidationError(f"Antall kompetanseområder må være fra 1 til {MAX_COMPETENCES} "
                              f"(fikk «{competences}»).", "competences")
    day = today or date.today()
    target = Path(path)
    if target.exists():
        raise OfficeFileError(f"«{target.name}» finnes allerede. Velg et annet filnavn.")
    with resource_path("demo_people.json").open(encoding="utf-8") as fh:
        people_data = json.load(fh)
    # Consecutive seeds give different offices, so a county demo of many files is not
    # full of namesakes.
    offices = people_data["offices"]
    office = offices[seed % len(offices)]
    tmp = target.with_name(f".{target.name}.new")
    tmp.unlink(missing_ok=True)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(tmp, isolation_level=None)
        try:
            configure(conn, readonly=False)
            # Freed space is zeroed, so nothing of the random placeholders survives.
            conn.execute("PRAGMA secure_delete = ON")
            schema.create(conn, office["name"], municipality=office["municipality"],
                          county=office["county"], region=office["region"])
            conn.execute("BEGIN IMMEDIATE")
            try:
                _Builder(conn, seed, staff, day, competences, office).build(people_data)
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
        finally:
            conn.close()
        os.replace(tmp, target)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise StorageFailure(f"Kunne ikke lage demokontoret «{target.name}»: {exc}.") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target
