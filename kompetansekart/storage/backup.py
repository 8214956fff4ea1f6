"""Verified backups with the SQLite backup API, rotated in the user's data folder."""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from datetime import datetime
from pathlib import Path

from kompetansekart.paths import backup_dir
from kompetansekart.storage.errors import StorageFailure

log = logging.getLogger("kompetansekart.storage")

#: How many backups of each office file are kept.
KEEP = 5


def folder_for(path: Path) -> Path:
    """The backup folder of one office file (name plus a hash of its full path)."""
    digest = hashlib.sha1(str(path.resolve()).encode("utf-8")).hexdigest()[:10]
    folder = backup_dir() / f"{path.stem}-{digest}"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def copy_to(source: sqlite3.Connection, target: Path) -> Path:
    """Copy an open database to `target` with the backup API and verify the copy."""
    tmp = target.with_name(f".{target.name}.partial")
    tmp.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(tmp)
        try:
            source.backup(dest)
            result = dest.execute("PRAGMA quick_check").fetchall()
            dest.execute("PRAGMA journal_mode = DELETE")
        finally:
            dest.close()
        if result != [("ok",)]:
            raise StorageFailure(f"Kopien «{target.name}» feilet kontrollen og er ikke lagret.")
        tmp.replace(target)
    except (OSError, sqlite3.Error) as exc:
        tmp.unlink(missing_ok=True)
        raise StorageFailure(f"Kunne ikke lagre kopien «{target.name}»: {exc}.") from exc
    return target


def rotate_backup(path: Path) -> Path:
    """Back up an office file before it is opened for writing; keep the newest KEEP copies."""
    folder = folder_for(path)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{path.stem}-{stamp}.kkart"
    uri = f"{path.resolve().as_uri()}?mode=ro"
    source = sqlite3.connect(uri, uri=True)
    try:
        copy_to(source, target)
    finally:
        source.close()
    for old in sorted(folder.glob("*.kkart"))[:-KEEP]:
        old.unlink(missing_ok=True)
    log.info("backup of %s written to %s", path, target)
    return target


def list_backups(path: Path) -> list[Path]:
    """The backups of an office file, newest last."""
    return sorted(folder_for(path).glob("*.kkart"))
