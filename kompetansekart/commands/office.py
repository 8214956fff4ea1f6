"""Office file commands: init, demo, check, summary."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

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


def cmd_init(args: argparse.Namespace) -> int:
    """Create a new office file with the starter catalogue."""
    office = OfficeFile.create(args.path, args.office, municipality=args.municipality,
                               county=args.county, region=args.region,
                               load_catalogue=not args.empty)
    office.close()
    print(f"Opprettet {args.path}", file=sys.stdout)
    return 0
