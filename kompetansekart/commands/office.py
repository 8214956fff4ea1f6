"""Office file commands: init, demo, check, summary."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kompetansekart.domain.validation import parse_date
from kompetansekart.storage.officefile import OfficeFile


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add init, demo, check and summary."""
    p = subparsers.add_parser("init", help="opprett en ny kontorfil")
    p.add_argument("path", type=Path)
    p.add_argument("--office", required=True, help="kontorets navn, f.eks. «NAV Hamar»")
    p.add_argument("--municipality", default="")
    p.add_argument("--county", default="")
    p.add_argument("--region", default="")
    p.add_argument("--empty", action="store_true", help="uten startkatalog og roller")
    p.set_defaults(func=cmd_init)

    p = subparsers.add_parser("demo", help="lag et demokontor med oppdiktede ansatte")
    p.add_argument("path", type=Path)
    p.add_argument("--staff", type=int, default=25, metavar="N",
                   help="antall ansatte, 3–1000 (standard 25)")
    p.add_argument("--seed", type=int, default=1, metavar="S",
                   help="samme tall gir samme kontor (standard 1)")
    p.add_argument("--today", default=None, metavar="DATO",
                   help="dagens dato som alle datoer regnes fra (standard: i dag)")
    p.add_argument("--competences", type=int, default=None, metavar="N",
                   help="fyll katalogen opp til N kompetanseområder (til ytelsestester)")
    p.set_defaults(func=cmd_demo)


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
