"""The full office file for the county: a consistent backup-API copy named after office and date.

The copy contains every name, assessment and note; the window and the command line say so
plainly before it is made.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kompetansekart.exchange.summary import safe_stem
from kompetansekart.storage.errors import OfficeFileError
from kompetansekart.storage.officefile import SUFFIX, OfficeFile

#: What the leader is told before a full copy is made.
WARNING = ("Hele kontorfilen inneholder navnene på alle ansatte, alle vurderinger med notater, "
           "individuelle mål og utviklingsplaner. Send den bare når fylket trenger den, og bare "
           "på en sikker måte (ikke som vanlig e-post).")


def file_name(office_name: str, day: date) -> str:
    """Suggested name, e.g. «NAV-Hamar-2026-11-27.kkart»."""
    return f"{safe_stem(office_name)}-{day.isoformat()}{SUFFIX}"


def write(office: OfficeFile, target: Path) -> Path:
    """Write a consistent copy of the open office to `target` with the SQLite backup API."""
    target = Path(target)
    if target.resolve() == office.path.resolve():
        raise OfficeFileError("Kopien kan ikke ha samme navn som kontorfilen som er åpen. "
                              "Velg et annet filnavn.")
    return office.save_copy(target)
