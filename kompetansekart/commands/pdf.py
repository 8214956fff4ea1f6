"""`kompetansekart export-pdf`: the office competence plan or individual plans as PDF."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kompetansekart.storage.officefile import OfficeFile


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add export-pdf."""
    p = subparsers.add_parser(
        "export-pdf", help="skriv kompetanseplanen eller utviklingsplaner som PDF",
        description="Skriver kontorets kompetanseplan for en periode som PDF, eller den "
                    "individuelle utviklingsplanen for én ansatt eller alle ansatte.")
    p.add_argument("path", type=Path, metavar="KONTORFIL", help="kontorfilen (.kkart)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PDF",
                   help="PDF-filen som skal skrives")
    p.add_argument("--period", default=None, metavar="PERIODE",
                   help="planperioden (navnet, f.eks. «2026»); standard: perioden som pågår")
    who = p.add_mutually_exclusive_group()
    who.add_argument("--person", default=None, metavar="NAVN",
                     help="individuell utviklingsplan for denne ansatte")
    who.add_argument("--all-people", action="store_true",
                     help="individuelle utviklingsplaner for alle ansatte i én fil")
    p.set_defaults(func=cmd_export_pdf)


def cmd_export_pdf(args: argparse.Namespace) -> int:
    """Write the PDF the arguments ask for."""
    from kompetansekart.reports.individual_plan import export_individual_plans
    from kompetansekart.reports.office_plan import export_office_plan

    office = OfficeFile.open(args.path, readonly=True, make_backup=False)
    try:
        if args.person or args.all_people:
            written = export_individual_plans(office, args.output, person=args.person,
                                              period=args.period)
        else:
            written = export_office_plan(office, args.output, args.period)
    finally:
        office.close()
    print(f"Skrev {written}", file=sys.stdout)
    return 0
