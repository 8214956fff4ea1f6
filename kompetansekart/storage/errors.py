"""Errors of the office file, each with a message a leader understands (Norwegian)."""

from __future__ import annotations

import errno

# Validation is a domain rule; storage and everyone above catch it from here as before.
from kompetansekart.domain.errors import ValidationError

__all__ = [
    "DamagedFile", "FileLocked", "FileMissing", "NewerVersion", "NotAnOfficeFile",
    "OfficeFileError", "StorageFailure", "ValidationError", "os_reason",
]


class OfficeFileError(Exception):
    """The environment or the file failed: shown to the user, never a bug report."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class NotAnOfficeFile(OfficeFileError):
    """The file is not a Kompetansekart office file (text, foreign SQLite, ...)."""


class DamagedFile(OfficeFileError):
    """The file looks like an office file but fails its integrity check."""


class NewerVersion(OfficeFileError):
    """The file was written by a newer version of the program."""


class FileMissing(OfficeFileError):
    """The file does not exist or cannot be reached (share gone)."""


class FileLocked(OfficeFileError):
    """Someone else holds the file; it can only be opened read-only."""


class StorageFailure(OfficeFileError):
    """Writing failed: disk full, read-only, share gone, busy."""


#: What the common failures of the operating system mean, in words a leader understands.
_OS_REASONS = {
    errno.ENOENT: "filen eller mappen finnes ikke",
    errno.ENOTDIR: "en del av stien er ikke en mappe",
    errno.EISDIR: "det er en mappe, ikke en fil",
    errno.EACCES: "du mangler tilgang til filen eller mappen",
    errno.EPERM: "du mangler tilgang til filen eller mappen",
    errno.ENOSPC: "disken er full",
    errno.EDQUOT: "lagringskvoten er brukt opp",
    errno.EROFS: "disken eller mappen er skrivebeskyttet",
    errno.EBUSY: "filen er i bruk av et annet program",
    errno.EEXIST: "filen finnes allerede",
    errno.ENAMETOOLONG: "filnavnet er for langt",
    errno.EIO: "lese- eller skrivefeil (er nettverksmappen borte?)",
}


def os_reason(exc: OSError) -> str:
    """Why an operating-system call failed, in Norwegian (the system's own text is English)."""
    reason = _OS_REASONS.get(exc.errno or 0)
    if reason is not None:
        return reason
    return f"feil fra operativsystemet ({exc.strerror or exc})"
