"""Errors of the office file, each with a message a leader understands (Norwegian)."""

from __future__ import annotations


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


class ValidationError(Exception):
    """Input the leader can correct; `field` names the form field, message is Norwegian."""

    def __init__(self, message: str, field: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.field = field
