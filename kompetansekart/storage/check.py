"""`check`: is a file a healthy office file? Read-only; never changes a byte or a timestamp.

A foreign, newer or unreadable file is refused with the same Norwegian messages as opening it
(OfficeFileError). A file that opens but fails a check gives a report with `problems`.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import SQLModel

from kompetansekart.domain import models  # noqa: F401  (registers the tables)
from kompetansekart.storage import lock, schema
from kompetansekart.storage.officefile import check_header, read_failure, read_header

#: Counts the report shows first, with Norwegian labels (the other tables follow).
LABELS = {
    "person": "personer",
    "team": "team",
    "role": "roller",
    "category": "kategorier",
    "competence": "kompetanseområder",
    "assessment": "vurderinger",
    "planperiod": "planperioder",
    "measure": "tiltak",
    "developmentgoal": "utviklingsmål",
}


@dataclass(frozen=True)
class CheckReport:
    """What `check` found out about an office file."""

    path: Path
    application_id: int
    schema_version: int
    integrity: tuple[str, ...]
    foreign_key_errors: int
    counts: dict[str, int]
    active_people: int
    problems: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        """All is well: the file may be opened and written."""
        return not self.problems


def check_file(path: str | os.PathLike[str]) -> CheckReport:
    """Check an office file without changing it; raises OfficeFileError when it is refused."""
    p = Path(path)
    header = read_header(p)
    check_header(p, header)
    try:
        conn = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True)
        try:
            integrity = tuple(str(r[0]) for r in conn.execute("PRAGMA integrity_check"))
            fk_errors = len(conn.execute("PRAGMA foreign_key_check").fetchall())
            existing = {str(r[0]) for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            counts = {t.name: int(conn.execute(f'SELECT count(*) FROM "{t.name}"').fetchone()[0])
                      for t in SQLModel.metadata.sorted_tables if t.name in existing}
            active = (int(conn.execute("SELECT count(*) FROM person WHERE active").fetchone()[0])
                      if "person" in existing else 0)
            missing = [t.name for t in SQLModel.metadata.sorted_tables
                       if t.name not in existing]
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise read_failure(p, exc) from exc

    problems: list[str] = []
    notes: list[str] = []
    if integrity != ("ok",):
        shown = "; ".join(integrity[:3])
        problems.append(f"Integritetskontrollen feilet ({shown}). Bruk en sikkerhetskopi.")
    if fk_errors:
        problems.append(f"{fk_errors} rader viser til noe som ikke finnes (fremmednøkler).")
    if header.user_version == schema.SCHEMA_VERSION and missing:
        problems.append("Tabeller mangler: " + ", ".join(missing) + ".")
    if header.user_version < schema.SCHEMA_VERSION:
        notes.append(f"Filversjon {header.user_version} oppgraderes til versjon "
                     f"{schema.SCHEMA_VERSION} neste gang filen åpnes for endring "
                     "(etter en sikkerhetskopi).")
    journal = p.with_name(p.name + "-journal")
    if journal.exists():
        problems.append(f"En endring ble avbrutt («{journal.name}» ligger ved siden av). Åpne "
                        "filen i Kompetansekart, så rulles endringen tilbake.")
    holder = lock.held_by_other(p)
    if holder is not None:
        notes.append(f"Filen er {holder.describe()}.")
    return CheckReport(p, header.application_id, header.user_version, integrity, fk_errors,
                       counts, active, tuple(problems), tuple(notes))


def format_report(report: CheckReport) -> str:
    """The report as Norwegian text for the command line."""
    lines = [
        f"Fil:               {report.path}",
        f"Program-ID:        0x{report.application_id:08X} (Kompetansekart)",
        f"Skjemaversjon:     {report.schema_version} "
        f"(dette programmet skriver versjon {schema.SCHEMA_VERSION})",
        f"Integritet:        {'ok' if report.integrity == ('ok',) else 'FEIL'}",
        f"Fremmednøkler:     {'ok' if not report.foreign_key_errors else 'FEIL'}",
        "Innhold:",
    ]
    people = report.counts.get("person")
    if people is not None:
        lines.append(f"  {people:>8}  personer ({report.active_people} aktive)")
    for table, label in LABELS.items():
        if table != "person" and table in report.counts:
            lines.append(f"  {report.counts[table]:>8}  {label}")
    lines.extend(f"Merk: {note}" for note in report.notes)
    lines.extend(f"FEIL: {problem}" for problem in report.problems)
    lines.append("Alt er i orden." if report.ok else "Filen har feil (se over).")
    return "\n".join(lines)
