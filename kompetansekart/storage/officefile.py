"""The office file (.kkart): SQLite used as an application file format.

Opening checks the header before SQLite touches the file, so a foreign, damaged or newer file is
refused without a byte or a timestamp changing. Every change is committed at once through
`OfficeFile.change`, which also records the inverse statements for undo.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine, event
from sqlalchemy.pool import StaticPool
from sqlmodel import Session, SQLModel

from kompetansekart.domain import models  # noqa: F401  (registers the tables)
from kompetansekart.storage import backup, lock, schema, undolog
from kompetansekart.storage.errors import (
    DamagedFile,
    FileMissing,
    NewerVersion,
    NotAnOfficeFile,
    OfficeFileError,
    StorageFailure,
)

log = logging.getLogger("kompetansekart.storage")

SQLITE_MAGIC = b"SQLite format 3\x00"
SUFFIX = ".kkart"


@dataclass(frozen=True)
class Header:
    """What the first 100 bytes of a SQLite file say."""

    is_sqlite: bool
    application_id: int
    user_version: int
    #: The file is in WAL mode (header bytes 18-19 = 2); office files never are.
    wal: bool = False


def read_header(path: Path) -> Header:
    """Read the SQLite header directly, without opening a database connection."""
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except FileNotFoundError as exc:
        raise FileMissing(f"Finner ikke filen «{path}».") from exc
    except IsADirectoryError as exc:
        raise NotAnOfficeFile(f"«{path}» er en mappe, ikke en kontorfil.") from exc
    except OSError as exc:
        raise FileMissing(f"Kan ikke lese «{path}»: {exc.strerror or exc}.") from exc
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        return Header(False, 0, 0)
    return Header(
        True,
        int.from_bytes(head[68:72], "big", signed=True),
        int.from_bytes(head[60:64], "big", signed=True),
        head[18] == 2 or head[19] == 2,
    )


def check_header(path: Path, header: Header) -> None:
    """Refuse (raise) a file whose header is not that of an office file this program opens."""
    name = path.name
    if not header.is_sqlite:
        raise NotAnOfficeFile(
            f"«{name}» er ikke en Kompetansekart-fil. Filen er ikke en database fra "
            "Kompetansekart (kanskje et dokument eller et regneark med feil filendelse). "
            "Filen er ikke endret."
        )
    if header.application_id != schema.APPLICATION_ID:
        raise NotAnOfficeFile(
            f"«{name}» er en database fra et annet program, ikke en Kompetansekart-fil. "
            "Filen er ikke endret."
        )
    if header.user_version > schema.SCHEMA_VERSION:
        raise NewerVersion(
            f"«{name}» er lagret med en nyere versjon av Kompetansekart "
            f"(filversjon {header.user_version}; dette programmet kan åpne til og med "
            f"versjon {schema.SCHEMA_VERSION}). Oppdater Kompetansekart for å åpne den. "
            "Filen er ikke endret."
        )
    if header.user_version < 1:
        raise DamagedFile(
            f"«{name}» ble aldri ferdig opprettet (mangler skjemaversjon). Filen er ikke endret."
        )
    if header.wal:
        # Even a read-only look at a WAL file creates -wal/-shm files beside it.
        raise NotAnOfficeFile(
            f"«{name}» er lagret i WAL-modus av et annet verktøy. Kompetansekart bruker vanlig "
            "journal, som tåler nettverksmapper. Filen er ikke endret."
        )


_check_header = check_header


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    mode = "ro" if readonly else "rw"
    uri = f"{path.resolve().as_uri()}?mode={mode}"
    conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
    conn.execute("PRAGMA busy_timeout = 5000")
    return conn


def verify(path: Path) -> Header:
    """Refuse a file that is not a healthy office file this program can open; change nothing."""
    header = read_header(path)
    check_header(path, header)
    try:
        conn = _connect(path, readonly=True)
        try:
            result = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise read_failure(path, exc) from exc
    if result != [("ok",)]:
        log.warning("quick_check of %s: %s", path, "; ".join(str(r[0]) for r in result[:3]))
        raise DamagedFile(
            f"«{path.name}» er skadet og kan ikke åpnes (integritetskontrollen feilet). "
            "Bruk en sikkerhetskopi. Filen er ikke endret."
        )
    return header


def read_failure(path: Path, exc: sqlite3.Error) -> OfficeFileError:
    """The right refusal when SQLite cannot read a file whose header looked fine."""
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return StorageFailure(f"«{path.name}» er i bruk av et annet program akkurat nå. "
                              "Prøv igjen om litt. Filen er ikke endret.")
    if "unable to open" in text:
        return FileMissing(f"Kan ikke åpne «{path.name}» (mangler du tilgang til mappen?). "
                           "Filen er ikke endret.")
    # SQLite's own words are English; they go to the log, the leader gets Norwegian.
    log.warning("cannot read %s: %s", path, exc)
    return DamagedFile(f"«{path.name}» er skadet og kan ikke åpnes. "
                       "Bruk en sikkerhetskopi. Filen er ikke endret.")


def _storage_failure(path: Path, exc: BaseException) -> StorageFailure:
    text = str(exc).lower()
    if "full" in text:
        reason = "disken er full"
    elif "readonly" in text or "read-only" in text:
        reason = "filen eller mappen er skrivebeskyttet"
    elif "locked" in text or "busy" in text:
        reason = "filen er i bruk av et annet program"
    elif "disk i/o" in text or "unable to open" in text:
        reason = "filen kan ikke nås (er nettverksmappen borte?)"
    else:
        reason = str(exc)
    return StorageFailure(f"Kunne ikke lagre i «{path.name}»: {reason}. Endringen er ikke lagret.")


@dataclass
class Change:
    """One committed change: a label for the Edit menu and its inverse for undo."""

    label: str
    inverse: undolog.ChangeSet = field(default_factory=undolog.ChangeSet)
    #: The id of the row a service created (set by services that add one row), so callers
    #: can show it without looking it up again.
    created_id: int | None = None
    _session: Session | None = None

    @property
    def session(self) -> Session:
        """The session to write with; valid only inside `OfficeFile.change`."""
        if self._session is None:
            raise RuntimeError("the change is already committed")
        return self._session

    @property
    def tables(self) -> frozenset[str]:
        """Tables this change touched, so views refresh only what they must."""
        return self.inverse.tables


class OfficeFile:
    """An open office file. Use `open`, `create` or `open_memory` to get one."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, readonly: bool) -> None:
        self.path = path
        self.readonly = readonly
        self.lock: lock.LockInfo | None = None
        self._conn = conn
        self._engine = create_engine(
            "sqlite://", creator=lambda: conn, poolclass=StaticPool, future=True
        )
        begin = "BEGIN" if readonly else "BEGIN IMMEDIATE"

        @event.listens_for(self._engine, "begin")
        def _begin(connection: object) -> None:
            connection.exec_driver_sql(begin)  # type: ignore[attr-defined]

        if not readonly:
            undolog.install(conn, [t.name for t in SQLModel.metadata.sorted_tables])

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, readonly: bool = False,
             make_backup: bool = True) -> OfficeFile:
        """Open an existing office file; refuses foreign, damaged and newer files unchanged."""
        p = Path(path)
        header = verify(p)
        held_by: lock.LockInfo | None = None
        if not readonly:
            held_by = lock.held_by_other(p)
            if held_by is not None or not os.access(p, os.W_OK):
                readonly = True
        if not readonly:
            if make_backup:
                backup.rotate_backup(p)
            lock.acquire(p)
        conn: sqlite3.Connection | None = None
        try:
            if readonly and header.user_version < schema.SCHEMA_VERSION:
                conn = _upgraded_in_memory(p, header.user_version)
            else:
                conn = _connect(p, readonly=readonly)
                _configure(conn, readonly=readonly)
                if header.user_version < schema.SCHEMA_VERSION:
                    schema.upgrade(conn, header.user_version)
        except BaseException as exc:
            if conn is not None:
                with contextlib.suppress(sqlite3.Error):
                    conn.close()
            if not readonly:
                lock.release(p)
            if isinstance(exc, sqlite3.Error):
                raise _storage_failure(p, exc) from exc
            raise
        office = cls(p, conn, readonly=readonly)
        office.lock = held_by
        log.info("opened %s (readonly=%s)", p, readonly)
        return office

    @classmethod
    def create(cls, path: str | os.PathLike[str], office_name: str, *, municipality: str = "",
               county: str = "", region: str = "", load_catalogue: bool = True) -> OfficeFile:
        """Create a new office file (refuses to overwrite) and open it."""
        p = Path(path)
        if p.exists():
            raise OfficeFileError(f"«{p.name}» finnes allerede. Velg et annet filnavn.")
        if not office_name.strip():
            raise OfficeFileError("Kontoret må ha et navn.")
        tmp = p.with_name(f".{p.name}.new")
        tmp.unlink(missing_ok=True)
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            conn = sqlite3.connect(tmp, isolation_level=None)
            try:
                _configure(conn, readonly=False)
                schema.create(conn, office_name.strip(), municipality=municipality,
                              county=county, region=region, load_catalogue=load_catalogue)
            finally:
                conn.close()
            # A file appears complete or not at all.
            os.replace(tmp, p)
        except (OSError, sqlite3.Error) as exc:
            tmp.unlink(missing_ok=True)
            raise _storage_failure(p, exc) from exc
        return cls.open(p, make_backup=False)

    # -- writing -------------------------------------------------------------------------

    def _require_writable(self) -> None:
        if self.readonly:
            who = f" ({self.lock.describe()})" if self.lock else ""
            raise StorageFailure(
                f"«{self.path.name}» er åpnet skrivebeskyttet{who}. Endringen er ikke lagret."
            )

    @contextlib.contextmanager
    def change(self, label: str) -> Iterator[Change]:
        """Write in one transaction; on exit the change is committed and its inverse recorded."""
        self._require_writable()
        change = Change(label)
        try:
            with Session(self._engine, expire_on_commit=False) as session:
                undolog.clear(self._conn)
                change._session = session
                yield change
                session.flush()
                change.inverse = undolog.collect(self._conn)
                undolog.clear(self._conn)
                session.commit()
        except sqlite3.Error as exc:
            raise _storage_failure(self.path, exc) from exc
        except Exception as exc:
            orig = getattr(exc, "orig", None)
            if isinstance(orig, sqlite3.Error) and not isinstance(orig, sqlite3.IntegrityError):
                raise _storage_failure(self.path, orig) from exc
            raise
        finally:
            change._session = None

    def revert(self, change: Change) -> Change:
        """Apply a change's inverse; returns the change that reverts this revert (redo)."""
        self._require_writable()
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                undolog.clear(self._conn)
                undolog.apply_inverse(self._conn, change.inverse)
                redo = undolog.collect(self._conn)
                undolog.clear(self._conn)
                self._conn.execute("COMMIT")
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
        except sqlite3.Error as exc:
            raise _storage_failure(self.path, exc) from exc
        return Change(change.label, redo)

    # -- reading -------------------------------------------------------------------------

    def session(self) -> Session:
        """A session for reading (do not write through it: use `change`)."""
        return Session(self._engine, expire_on_commit=False)

    def query(self, sql: str, params: tuple[object, ...] | dict[str, object] = ()) -> list[tuple]:  # type: ignore[type-arg]
        """Run a read-only SQL query and return plain tuples (fast path for bulk reads)."""
        return self._conn.execute(sql, params).fetchall()

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection (for the backup API and checks)."""
        return self._conn

    def save_copy(self, target: str | os.PathLike[str]) -> Path:
        """Write a consistent copy with the SQLite backup API ("Lagre kopi som")."""
        return backup.copy_to(self._conn, Path(target))

    def close(self) -> None:
        """Close the connection and release the lock file."""
        with contextlib.suppress(sqlite3.Error):
            self._engine.dispose()
            self._conn.close()
        if not self.readonly:
            lock.release(self.path)

    def __enter__(self) -> OfficeFile:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _upgraded_in_memory(path: Path, from_version: int) -> sqlite3.Connection:
    """An older file that may not be written (locked, read-only share) is read through an
    upgraded copy in memory, so it can be looked at without changing it."""
    memory = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
    try:
        source = _connect(path, readonly=True)
        try:
            source.backup(memory)
        finally:
            source.close()
        memory.execute("PRAGMA foreign_keys = ON")
        schema.upgrade(memory, from_version)
    except BaseException:
        memory.close()
        raise
    return memory


def configure(conn: sqlite3.Connection, *, readonly: bool) -> None:
    """Set the connection pragmas every office file is used with (see docs/file-format.md)."""
    conn.execute("PRAGMA foreign_keys = ON")
    if not readonly:
        # Network shares do not support WAL; the rollback journal is safe there.
        mode = conn.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
        if str(mode).lower() != "delete":
            raise StorageFailure("Kunne ikke slå på journal_mode=DELETE for filen.")
        conn.execute("PRAGMA synchronous = FULL")


_configure = configure
