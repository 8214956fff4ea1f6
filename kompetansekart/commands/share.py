"""Sharing with the county: `share`, `region` and `catalogue export|import`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from kompetansekart.storage.errors import OfficeFileError
from kompetansekart.storage.officefile import OfficeFile


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    """Add share, region and catalogue."""
    p = subparsers.add_parser(
        "share", help="lag en anonym oppsummering eller en full kopi til fylket",
        description="Lager filen kontoret sender til fylket: en anonym oppsummering (.kkdel) "
                    "uten navn og med små tall skjult, eller en full kopi av kontorfilen "
                    "(inneholder navn og vurderinger). Delingen registreres i kontorfilen.")
    p.add_argument("path", type=Path, metavar="KONTORFIL", help="kontorfilen (.kkart)")
    kind = p.add_mutually_exclusive_group(required=True)
    kind.add_argument("--summary", action="store_true",
                      help="anonym oppsummering (.kkdel)")
    kind.add_argument("--full", action="store_true",
                      help="full kopi av kontorfilen (med navn og vurderinger)")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="FIL",
                   help="filen som skal skrives")
    p.add_argument("--k", type=int, default=None, metavar="K",
                   help="tall fra 1 til K−1 vises som «<K» (standard: kontorets innstilling, 3)")
    p.set_defaults(func=cmd_share)

    p = subparsers.add_parser(
        "region", help="regional rapport (PDF) fra mange kontorers filer",
        description="Leser oppsummeringer (.kkdel) og kontorfiler (.kkart), også hele mapper, "
                    "og skriver en regional rapport. Filer som ikke kan brukes, hoppes over "
                    "og listes med årsak.")
    p.add_argument("files", type=Path, nargs="+", metavar="FIL",
                   help="oppsummeringer, kontorfiler eller mapper")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="PDF",
                   help="PDF-filen som skal skrives")
    p.set_defaults(func=cmd_region)

    p = subparsers.add_parser(
        "catalogue", help="eksporter eller importer en kompetansekatalog",
        description="Fylket eksporterer standardkatalogen og rollemalene sine til en fil; "
                    "kontoret importerer den. Nye områder legges til, endrede oppdateres bare "
                    "med --yes, og kontorets egne områder beholdes.")
    sub = p.add_subparsers(dest="catalogue_command", metavar="HANDLING", required=True)
    e = sub.add_parser("export", help="skriv kontorfilens katalog og roller til en katalogfil")
    e.add_argument("path", type=Path, metavar="KONTORFIL", help="kontorfilen (.kkart)")
    e.add_argument("-o", "--output", type=Path, required=True, metavar="FIL")
    e.add_argument("--name", default=None, metavar="NAVN", help="navnet på katalogen")
    e.set_defaults(func=cmd_catalogue_export)
    i = sub.add_parser("import", help="importer en katalogfil i en kontorfil")
    i.add_argument("path", type=Path, metavar="KONTORFIL", help="kontorfilen (.kkart)")
    i.add_argument("file", type=Path, metavar="KATALOGFIL",
                   help="katalogfilen fra fylket (.json)")
    i.add_argument("--yes", action="store_true",
                   help="oppdater også områder og roller kontoret har fra før")
    i.set_defaults(func=cmd_catalogue_import)

    e = subparsers.add_parser(
        "export-person", help="alt som er lagret om én ansatt (innsyn), som JSON")
    e.add_argument("path", type=Path, metavar="KONTORFIL", help="kontorfilen (.kkart)")
    e.add_argument("--person", required=True, metavar="NAVN", help="personens navn")
    e.add_argument("-o", "--output", type=Path, metavar="FIL",
                   help="filen som skal skrives (standard: Persondata-NAVN.json)")
    e.set_defaults(func=cmd_export_person)


def cmd_export_person(args: argparse.Namespace) -> int:
    """Write everything stored about one person (innsyn) and record it."""
    from kompetansekart.exchange import person_export
    from kompetansekart.services import sharing

    office = _open_for_writing(args.path)
    try:
        person_id = person_export.find_person(office, args.person)
        name = str(office.query("SELECT name FROM person WHERE id = ?", (person_id,))[0][0])
        target = args.output or Path(person_export.file_name(name))
        written = sharing.export_person(office, person_id, target)
    finally:
        office.close()
    print(f"Skrev alle opplysninger om «{name}» til {written} (inneholder navn og "
          "vurderinger).")
    return 0


def _open_for_writing(path: Path) -> OfficeFile:
    office = OfficeFile.open(path)
    if office.readonly:
        who = f" ({office.lock.describe()})" if office.lock else ""
        print(f"Merk: «{path.name}» er åpnet skrivebeskyttet{who}; delingen blir ikke "
              "registrert i kontorfilen.", file=sys.stderr)
    return office


def cmd_share(args: argparse.Namespace) -> int:
    """Write a summary or a full copy and record it."""
    from kompetansekart.exchange import full_copy, summary
    from kompetansekart.services import sharing

    if args.k is not None:
        summary.check_k(args.k)
    office = _open_for_writing(args.path)
    try:
        if args.full:
            print(f"Advarsel: {full_copy.WARNING}", file=sys.stderr)
            written = sharing.export_full(office, args.output)
            print(f"Skrev full kopi: {written}")
        else:
            sharing.export_summary(office, args.output, args.k)
            print(f"Skrev anonym oppsummering: {args.output}")
    finally:
        office.close()
    return 0


def cmd_region(args: argparse.Namespace) -> int:
    """Load the files and write the regional report."""
    from kompetansekart.exchange import region
    from kompetansekart.reports.region_report import write_region_report

    loaded = region.load_many(args.files)
    for refusal in loaded.refused:
        print(f"Avvist: {refusal.message}", file=sys.stderr)
    if not loaded.offices:
        raise OfficeFileError("Ingen av filene kunne brukes, så ingen rapport er skrevet.")
    overview = region.build(loaded)
    written = write_region_report(overview, args.output)
    offices = len(overview.offices)
    print(f"Skrev {written} ({offices} {'kontor' if offices == 1 else 'kontorer'}, "
          f"{len(loaded.refused)} avvist)")
    return 0


def cmd_catalogue_export(args: argparse.Namespace) -> int:
    """Write the office's catalogue and roles to a catalogue file."""
    from kompetansekart.services import sharing

    office = _open_for_writing(args.path)
    try:
        sharing.export_catalogue(office, args.output, args.name)
    finally:
        office.close()
    print(f"Skrev katalogen til {args.output}")
    return 0


def cmd_catalogue_import(args: argparse.Namespace) -> int:
    """Import a catalogue file: additions always, updates with --yes."""
    from kompetansekart.exchange import catalogue_file
    from kompetansekart.services import sharing

    doc = catalogue_file.read(args.file)
    office = OfficeFile.open(args.path)
    try:
        if office.readonly:
            raise OfficeFileError(f"«{args.path.name}» er åpnet skrivebeskyttet og kan ikke "
                                  "endres nå. Ingenting er importert.")
        plan = catalogue_file.diff(catalogue_file.Local.read(office), doc)
        if not plan.empty:
            sharing.import_catalogue(office, doc, accept=bool(args.yes))
    finally:
        office.close()
    for item in plan.additions:
        print(f"Lagt til: {item.name} ({'; '.join(item.details)})")
    for item in plan.updates:
        verb = "Oppdatert" if args.yes else "Ikke oppdatert"
        print(f"{verb}: {item.name} ({'; '.join(item.details)})")
    for item in plan.conflicts:
        print(f"Hoppet over: {item.name} ({'; '.join(item.details)})")
    print(f"{len(plan.additions)} lagt til, "
          f"{len(plan.updates) if args.yes else 0} oppdatert, {len(plan.kept)} egne beholdt.")
    if plan.updates and not args.yes:
        print(f"{len(plan.updates)} områder eller roller har endringer fra fylket. Kjør på nytt "
              "med --yes for å oppdatere dem.")
    return 0
