"""Office file commands: init, demo, check, summary."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from kompetansekart.domain.analysis import DISAGREEMENT_LEVELS
from kompetansekart.domain.validation import parse_date
from kompetansekart.storage.officefile import OfficeFile


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add init, demo, check and summary."""
    p = subparsers.add_parser("init", help="opprett en ny kontorfil")
    p.add_argument("path", type=Path, metavar="FIL", help="den nye kontorfilen (.kkart)")
    p.add_argument("--office", required=True, metavar="NAVN",
                   help="kontorets navn, f.eks. «NAV Hamar»")
    p.add_argument("--municipality", default="", metavar="KOMMUNE", help="kommunen")
    p.add_argument("--county", default="", metavar="FYLKE", help="fylket")
    p.add_argument("--region", default="", metavar="OMRÅDE",
                   help="området kontoret hører til i regionale oversikter")
    p.add_argument("--empty", action="store_true", help="uten startkatalog og roller")
    p.set_defaults(func=cmd_init)

    p = subparsers.add_parser("demo", help="lag et demokontor med oppdiktede ansatte")
    p.add_argument("path", type=Path, metavar="FIL", help="den nye kontorfilen (.kkart)")
    p.add_argument("--staff", type=int, default=25, metavar="N",
                   help="antall ansatte, 3–1000 (standard 25)")
    p.add_argument("--seed", type=int, default=1, metavar="S",
                   help="samme tall gir samme kontor (standard 1)")
    p.add_argument("--today", default=None, metavar="DATO",
                   help="dagens dato som alle datoer regnes fra (standard: i dag)")
    p.add_argument("--competences", type=int, default=None, metavar="N",
                   help="fyll katalogen opp til N kompetanseområder (til ytelsestester)")
    p.set_defaults(func=cmd_demo)

    p = subparsers.add_parser("check", help="kontroller en kontorfil uten å endre den")
    p.add_argument("path", type=Path, metavar="FIL", help="kontorfilen (.kkart)")
    p.set_defaults(func=cmd_check)

    p = subparsers.add_parser("summary", help="vis behov, sårbarheter og avvik som tabeller")
    p.add_argument("path", type=Path, metavar="FIL", help="kontorfilen (.kkart)")
    p.add_argument("--limit", type=int, default=10, metavar="N",
                   help="høyst N rader per tabell (standard 10)")
    p.add_argument("--months", type=int, default=None, metavar="M",
                   help="vurderinger eldre enn M måneder er gamle (standard: kontorets valg)")
    p.add_argument("--today", default=None, metavar="DATO", help="regn fra denne datoen")
    p.set_defaults(func=cmd_summary)


def cmd_init(args: argparse.Namespace) -> int:
    """Create a new office file with the starter catalogue."""
    office = OfficeFile.create(args.path, args.office, municipality=args.municipality,
                               county=args.county, region=args.region,
                               load_catalogue=not args.empty)
    office.close()
    print(f"Opprettet {args.path}", file=sys.stdout)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """Write a demo office."""
    from kompetansekart import demo

    today = parse_date(args.today, "Datoen", "today")
    path = demo.generate(args.path, staff=args.staff, seed=args.seed, today=today,
                         competences=args.competences)
    print(f"Opprettet demokontor med {args.staff} ansatte i {path}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    """Check a file: application id, schema version, integrity, counts. 0 only when all is well."""
    from kompetansekart.storage.check import check_file, format_report

    report = check_file(args.path)
    print(format_report(report))
    return 0 if report.ok else 1


def table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A plain text table with aligned columns (numbers to the right)."""
    cells = [[str(h) for h in headers]] + [[_text(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(headers))]
    numeric = [all(isinstance(row[i], int | float) for row in rows) and bool(rows)
               for i in range(len(headers))]

    def line(row: list[str]) -> str:
        return "  ".join(v.rjust(w) if num else v.ljust(w)
                         for v, w, num in zip(row, widths, numeric, strict=True)).rstrip()

    out = [line(cells[0]), "  ".join("-" * w for w in widths)]
    out.extend(line(r) for r in cells[1:])
    return "\n".join(out)


def _text(value: object) -> str:
    if value is None:
        return "–"
    if isinstance(value, date):
        return f"{value:%d.%m.%Y}"
    return str(value)


def _section(title: str, headers: Sequence[str], rows: Sequence[Sequence[object]],
             total: int, empty: str) -> str:
    head = f"{title} ({total})" if total else title
    underline = "=" * len(head)
    if not rows:
        return f"{head}\n{underline}\n{empty}"
    more = f"\n… og {total - len(rows)} til" if total > len(rows) else ""
    return f"{head}\n{underline}\n{table(headers, rows)}{more}"


def cmd_summary(args: argparse.Namespace) -> int:
    """Print the office's top needs, vulnerable competences, disagreements, stale assessments."""
    from kompetansekart.domain.analysis import Analysis
    from kompetansekart.storage.reader import load

    if args.limit < 1:
        raise_validation("Antall rader må være minst 1.", "limit")
    if args.months is not None and args.months < 1:
        raise_validation("Antall måneder må være minst 1.", "months")
    today = parse_date(args.today, "Datoen", "today")
    with OfficeFile.open(args.path, readonly=True) as office:
        data = load(office, today=today)
    print(render_summary(Analysis(data), limit=args.limit, months=args.months))
    return 0


def raise_validation(message: str, field: str) -> None:
    """Stop with a one-line message the leader can act on."""
    from kompetansekart.storage.errors import ValidationError

    raise ValidationError(message, field)


def render_summary(analysis: object, *, limit: int = 10, months: int | None = None) -> str:
    """The summary of an Analysis as Norwegian text tables."""
    from kompetansekart.domain.analysis import Analysis, NewStaff

    assert isinstance(analysis, Analysis)
    a = analysis
    data = a.data
    names = {p.id: p.name for p in data.people}
    comps = {c.id: c.name for c in data.competences}
    months = months if months is not None else data.stale_months
    parts = [
        f"{data.office_name}: {len(a.people)} aktive ansatte, {len(data.competences)} "
        f"kompetanseområder, {len(data.assessments)} vurderinger (per {data.today:%d.%m.%Y})."
    ]

    needs = a.needs()
    parts.append(_section(
        "Største behov", ("Kompetanse", "Samlet gap", "Personer med gap", "Ikke vurdert"),
        [(n.name, n.total_gap, n.people_with_gap, n.unknown_gaps) for n in needs[:limit]],
        len(needs), "Ingen gap mot målene."))

    vulnerable = a.vulnerable()
    parts.append(_section(
        "Sårbare kompetanser (dekket av én eller ingen)",
        ("Kompetanse", "Kreves på nivå", "Dekket av"),
        [(c.name, c.required_level, names[c.holders[0]] if c.holders else "ingen")
         for c in vulnerable[:limit]],
        len(vulnerable), "Ingen: alle kompetanser kontoret trenger, har minst to personer."))

    disagreements = a.disagreements()
    parts.append(_section(
        f"Uenighet mellom egenvurdering og leder ({DISAGREEMENT_LEVELS} nivåer eller mer)",
        ("Person", "Kompetanse", "Egen", "Leder", "Forskjell"),
        [(names[d.person_id], comps[d.competence_id], d.self_level, d.leader_level,
          f"{d.difference:+d}") for d in disagreements[:limit]],
        len(disagreements), "Ingen forskjeller."))

    stale = a.stale(months)
    per_person: dict[int, list[date]] = {}
    for s in stale:
        per_person.setdefault(s.person_id, []).append(s.assessed_on)
    stale_rows = sorted(per_person.items(), key=lambda kv: (min(kv[1]), names[kv[0]]))
    parts.append(_section(
        f"Gamle vurderinger (eldre enn {months} måneder)",
        ("Person", "Antall", "Eldste"),
        [(names[pid], len(days), min(days)) for pid, days in stale_rows[:limit]],
        len(stale_rows), "Ingen: alle vurderinger er nye nok."))

    new = a.new_staff()
    left = {p.id for p in data.people if not p.active}

    def buddy(n: NewStaff) -> str:
        if n.buddy_id is None or n.buddy_id not in names:
            return "ingen"
        return names[n.buddy_id] + (" (har sluttet)" if n.buddy_id in left else "")

    parts.append(_section(
        "Nye ansatte uten «Ny i NAV»",
        ("Navn", "Startet", "«Ny i NAV» innen", "Fadder", "Status"),
        [(n.name, n.start_date, n.due, buddy(n), "forfalt" if n.overdue else "")
         for n in new[:limit]],
        len(new), "Ingen."))
    return "\n\n".join(parts)
