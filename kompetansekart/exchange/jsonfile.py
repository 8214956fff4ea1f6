"""Versioned JSON exchange files with a SHA-256 checksum (share summaries, catalogue files).

Every file we write is one UTF-8 JSON object with three fixed keys: ``format`` (which kind of
file), ``version`` (an integer) and ``sha256``. The checksum is taken over the *canonical* form
of the object without its ``sha256`` key (sorted keys, no whitespace, non-ASCII kept as is), so
a file that was re-indented still verifies, while a changed number or word does not. It detects
damage and hand edits; it is not a signature (see docs/sharing.md).
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from kompetansekart.storage.errors import OfficeFileError, os_reason

#: A share or catalogue file larger than this is refused before it is parsed.
MAX_BYTES = 25 * 1024 * 1024


class FileRefused(OfficeFileError):
    """An exchange file that cannot be used: foreign, damaged, changed or too new."""


def canonical_bytes(doc: dict[str, Any]) -> bytes:
    """The bytes the checksum is computed over: the object without ``sha256``, canonical."""
    body = {key: value for key, value in doc.items() if key != "sha256"}
    return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                      allow_nan=False).encode("utf-8")


def checksum(doc: dict[str, Any]) -> str:
    """SHA-256 (hex) of the canonical form of a document."""
    return hashlib.sha256(canonical_bytes(doc)).hexdigest()


def dump(doc: dict[str, Any]) -> bytes:
    """Serialise a document (which has ``format`` and ``version``) with its checksum added.

    Keys keep their insertion order and the text is indented, so a person can read the file.
    """
    body = {key: value for key, value in doc.items() if key != "sha256"}
    ordered: dict[str, Any] = {"format": body.pop("format"), "version": body.pop("version"),
                               "sha256": checksum(doc)}
    ordered.update(body)
    return (json.dumps(ordered, ensure_ascii=False, indent=1, allow_nan=False) + "\n").encode(
        "utf-8")


def write_bytes(path: Path, data: bytes) -> Path:
    """Write a file completely or not at all (temporary file, then rename)."""
    tmp = path.with_name(f".{path.name}.partial")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OfficeFileError(
            f"Kunne ikke lagre «{path.name}»: {os_reason(exc)}. Ingenting er lagret."
        ) from exc
    return path


def load(path: Path, fmt: str, current_version: int, what: str,
         other_formats: dict[str, str] | None = None) -> dict[str, Any]:
    """Read and verify an exchange file; refuse it with a Norwegian message if unusable.

    `what` names the kind of file in messages ("delingsfil"); `other_formats` maps the format
    names of our other files to what they are, so a wrong but known file gets a precise message.
    """
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise FileRefused(f"«{name}» er for stor ({size // (1024 * 1024)} MB) til å være en "
                              f"{what} fra Kompetansekart.")
        raw = path.read_bytes()
    except FileNotFoundError as exc:
        raise FileRefused(f"Finner ikke filen «{name}».") from exc
    except IsADirectoryError as exc:
        raise FileRefused(f"«{name}» er en mappe, ikke en {what}.") from exc
    except OSError as exc:
        raise FileRefused(f"Kan ikke lese «{name}»: {os_reason(exc)}.") from exc
    not_ours = f"«{name}» er ikke en {what} fra Kompetansekart."
    if raw.startswith(b"SQLite format 3\x00"):
        raise FileRefused(f"{not_ours} Det er en database (kanskje en hel kontorfil).")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FileRefused(f"{not_ours} Innholdet er ikke tekst (UTF-8).") from exc
    try:
        doc = json.loads(text, parse_constant=_refuse_constant)
    except (ValueError, RecursionError) as exc:
        if text.lstrip().startswith("{"):
            raise FileRefused(f"«{name}» er skadet eller ufullstendig og kan ikke leses "
                              "(ugyldig JSON). Be om å få filen sendt på nytt.") from exc
        raise FileRefused(not_ours) from exc
    if not isinstance(doc, dict) or "format" not in doc:
        raise FileRefused(not_ours)
    found = doc.get("format")
    if found != fmt:
        known = (other_formats or {}).get(str(found))
        if known:
            raise FileRefused(f"«{name}» er en {known}, ikke en {what}.")
        raise FileRefused(not_ours)
    version = doc.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise FileRefused(f"«{name}» mangler en gyldig formatversjon og kan ikke leses.")
    if version > current_version:
        raise FileRefused(
            f"«{name}» er laget med en nyere versjon av Kompetansekart (formatversjon "
            f"{version}; dette programmet leser til og med versjon {current_version}). "
            "Oppdater Kompetansekart for å lese den.")
    stored = doc.get("sha256")
    if not isinstance(stored, str):
        raise FileRefused(f"«{name}» mangler kontrollsum og kan ikke brukes. Be om å få filen "
                          "laget og sendt på nytt.")
    if stored.lower() != checksum(doc):
        raise FileRefused(
            f"«{name}» er endret eller skadet etter at den ble laget (kontrollsummen stemmer "
            "ikke). Be om å få filen sendt på nytt.")
    return doc  # type: ignore[no-any-return]


def _refuse_constant(name: str) -> Any:
    # NaN and Infinity are not JSON; a file containing them was not written by us.
    raise ValueError(name)
