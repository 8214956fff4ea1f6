"""The office file: create, reopen, backups, refusal of foreign files, the lock file."""

from __future__ import annotations

import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from kompetansekart.services import staff
from kompetansekart.storage import backup, lock, schema
from kompetansekart.storage.check import check_file
from kompetansekart.storage.errors import (
    DamagedFile,
    FileMissing,
    NewerVersion,
    NotAnOfficeFile,
    OfficeFileError,
    StorageFailure,
)
from kompetansekart.storage.officefile import OfficeFile

SIDE_FILES = ("-journal", "-wal", "-shm", ".lock")


def _make_office(path: Path) -> Path:
    OfficeFile.create(path, "NAV Testby").close()
    return path


def test_create_and_reopen_keeps_what_was_written(tmp_path: Path) -> None:
    path = tmp_path / "kontor.kkart"
    with OfficeFile.create(path, "NAV Testby", municipality="Testby") as office:
        staff.add_person(office, staff.PersonFields("Kari Nordmann", title="Veileder"))
        assert lock.lock_path(path).exists()
    assert not lock.lock_path(path).exists()
    assert not path.with_name(path.name + "-journal").exists()
    with OfficeFile.open(path) as office:
        assert office.query("SELECT name, title FROM person") == [("Kari Nordmann", "Veileder")]
        assert office.query("SELECT name, municipality FROM office") == [("NAV Testby", "Testby")]
        assert office.query("PRAGMA application_id")[0][0] == schema.APPLICATION_ID
        assert office.query("PRAGMA user_version")[0][0] == schema.SCHEMA_VERSION
        assert office.query("PRAGMA journal_mode")[0][0] == "delete"
        # The undo triggers live in the connection only, never in the file.
        assert office.query("SELECT count(*) FROM main.sqlite_master WHERE type='trigger'") \
            == [(0,)]
        assert office.query("SELECT count(*) FROM competence")[0][0] == 32


def test_create_refuses_to_overwrite(tmp_path: Path) -> None:
    path = _make_office(tmp_path / "kontor.kkart")
    before = path.read_bytes()
    with pytest.raises(OfficeFileError, match="finnes allerede"):
        OfficeFile.create(path, "NAV Annet")
    assert path.read_bytes() == before


def test_create_refuses_empty_office_name(tmp_path: Path) -> None:
    with pytest.raises(OfficeFileError, match="navn"):
        OfficeFile.create(tmp_path / "kontor.kkart", "   ")
    assert list(tmp_path.iterdir()) == []


def _quick_check(path: Path) -> str:
    conn = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return str(conn.execute("PRAGMA quick_check").fetchone()[0])
    finally:
        conn.close()


def test_backup_on_every_writable_open_rotates_and_is_verified(tmp_path: Path,
                                                               isolated_home: Path) -> None:
    path = _make_office(tmp_path / "kontor.kkart")
    assert backup.list_backups(path) == []  # a new file needs no backup
    names: list[str] = []
    for i in range(7):
        with OfficeFile.open(path) as office:
            staff.add_team(office, f"Team {i}")
        names.append(backup.list_backups(path)[-1].name)
    kept = backup.list_backups(path)
    assert len(kept) == backup.KEEP == 5
    assert [p.name for p in kept] == names[-5:]  # the newest five
    for copy in kept:
        assert copy.is_relative_to(isolated_home)  # in the data folder, not beside the file
        assert _quick_check(copy) == "ok"
    # The newest backup holds what the file held before the last open: six teams.
    conn = sqlite3.connect(kept[-1])
    try:
        assert conn.execute("SELECT count(*) FROM team").fetchone()[0] == 6
    finally:
        conn.close()
    assert not list(tmp_path.glob("*.partial"))


def test_read_only_open_makes_no_backup_and_no_lock(tmp_path: Path) -> None:
    path = _make_office(tmp_path / "kontor.kkart")
    with OfficeFile.open(path, readonly=True) as office:
        assert office.readonly
        assert not lock.lock_path(path).exists()
        with pytest.raises(StorageFailure, match="skrivebeskyttet"):
            staff.add_team(office, "Marked")
    assert backup.list_backups(path) == []


# -- refusal ---------------------------------------------------------------------------------


def _text_file(path: Path) -> None:
    path.write_text("Navn;Team\nKari Nordmann;Oppfølging\n" * 20, encoding="utf-8")


def _empty_file(path: Path) -> None:
    path.write_bytes(b"")


def _foreign_sqlite(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes(id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes(text) VALUES ('hei')")
    conn.commit()
    conn.close()


def _set_pragma(path: Path, pragma: str) -> None:
    _make_office(path)
    conn = sqlite3.connect(path)
    conn.execute(pragma)
    conn.commit()
    conn.close()


def _newer_version(path: Path) -> None:
    _set_pragma(path, f"PRAGMA user_version = {schema.SCHEMA_VERSION + 1}")


def _no_version(path: Path) -> None:
    _set_pragma(path, "PRAGMA user_version = 0")


def _wal_mode(path: Path) -> None:
    _set_pragma(path, "PRAGMA journal_mode = WAL")


def _truncated(path: Path) -> None:
    _make_office(path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _damaged_pages(path: Path) -> None:
    _make_office(path)
    data = bytearray(path.read_bytes())
    page = 4096
    for start in range(2 * page, len(data) - page, 3 * page):
        data[start: start + 200] = b"\xff" * 200  # overwrite page headers
    path.write_bytes(bytes(data))


REFUSALS: list[tuple[str, Callable[[Path], None], type[OfficeFileError], str]] = [
    ("text", _text_file, NotAnOfficeFile, "ikke en Kompetansekart-fil"),
    ("empty", _empty_file, NotAnOfficeFile, "ikke en Kompetansekart-fil"),
    ("foreign-sqlite", _foreign_sqlite, NotAnOfficeFile, "annet program"),
    ("newer", _newer_version, NewerVersion, "nyere versjon"),
    ("no-version", _no_version, DamagedFile, "aldri ferdig opprettet"),
    ("wal", _wal_mode, NotAnOfficeFile, "WAL"),
    ("truncated", _truncated, DamagedFile, "skadet"),
    ("damaged", _damaged_pages, DamagedFile, "skadet"),
]


@pytest.mark.parametrize(("kind", "make", "error", "words"), REFUSALS,
                         ids=[r[0] for r in REFUSALS])
@pytest.mark.parametrize("how", ["open", "open-readonly", "check"])
def test_refused_files_are_left_exactly_as_they_were(
        tmp_path: Path, kind: str, make: Callable[[Path], None], error: type[OfficeFileError],
        words: str, how: str) -> None:
    path = tmp_path / "kontor.kkart"
    make(path)
    # An old timestamp, so a rewrite within the same second would still show.
    os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    before = path.read_bytes()
    others_before = sorted(p.name for p in tmp_path.iterdir())
    with pytest.raises(error) as info:
        if how == "check":
            check_file(path)
        else:
            OfficeFile.open(path, readonly=how == "open-readonly")
    message = info.value.message
    assert words in message
    assert "Filen er ikke endret" in message or kind in ("truncated", "damaged")
    assert "\n" not in message
    # SQLite's English («database disk image is malformed») stays in the log.
    assert not any(word in message.lower() for word in ("malformed", "disk image", "file is not"))
    assert path.read_bytes() == before
    assert path.stat().st_mtime_ns == 1_600_000_000_000_000_000
    assert sorted(p.name for p in tmp_path.iterdir()) == others_before
    for suffix in SIDE_FILES:
        assert not path.with_name(path.name + suffix).exists()
    assert backup.list_backups(path) == []


def test_missing_file_and_folder_are_refused(tmp_path: Path) -> None:
    with pytest.raises(FileMissing, match="Finner ikke"):
        OfficeFile.open(tmp_path / "borte.kkart")
    folder = tmp_path / "mappe.kkart"
    folder.mkdir()
    with pytest.raises(NotAnOfficeFile, match="mappe"):
        check_file(folder)


def test_check_reports_counts_and_foreign_key_damage(tmp_path: Path) -> None:
    path = _make_office(tmp_path / "kontor.kkart")
    report = check_file(path)
    assert report.ok
    assert report.integrity == ("ok",)
    assert report.counts["competence"] == 32
    assert report.counts["person"] == 0
    conn = sqlite3.connect(path)
    conn.execute("INSERT INTO personrole(person_id, role_id) VALUES (999, 1)")  # FKs are off
    conn.commit()
    conn.close()
    bad = check_file(path)
    assert not bad.ok
    assert bad.foreign_key_errors == 1
    assert any("fremmednøkler" in p for p in bad.problems)


def test_check_reports_an_interrupted_change(tmp_path: Path) -> None:
    path = _make_office(tmp_path / "kontor.kkart")
    path.with_name(path.name + "-journal").write_bytes(b"")
    report = check_file(path)
    assert not report.ok
    assert any("avbrutt" in p for p in report.problems)


# -- lock file -------------------------------------------------------------------------------


def _write_lock(path: Path, host: str, pid: int) -> None:
    lock.lock_path(path).write_text(
        json.dumps({"user": "kari", "host": host, "pid": pid, "since": "27.11.2026 08:00"}),
        encoding="utf-8")


def test_lock_held_on_another_machine_gives_read_only_view(tmp_path: Path) -> None:
    path = _make_office(tmp_path / "kontor.kkart")
    _write_lock(path, "annen-maskin", 4242)
    with OfficeFile.open(path) as office:
        assert office.readonly
        assert office.lock is not None and office.lock.user == "kari"
        assert "annen-maskin" in office.lock.describe()
        with pytest.raises(StorageFailure, match="i bruk av kari"):
            staff.add_team(office, "Marked")
    assert lock.lock_path(path).exists()  # someone else's lock is left alone
    assert backup.list_backups(path) == []
    assert check_file(path).notes  # check tells who holds it


def test_stale_lock_from_a_crash_on_this_machine_is_taken_over(tmp_path: Path) -> None:
    path = _make_office(tmp_path / "kontor.kkart")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    _write_lock(path, socket.gethostname(), int(dead.stdout))
    with OfficeFile.open(path) as office:
        assert not office.readonly
        staff.add_team(office, "Marked")
    assert not lock.lock_path(path).exists()


def test_second_opener_in_another_process_gets_read_only(tmp_path: Path) -> None:
    path = _make_office(tmp_path / "kontor.kkart")
    holder = subprocess.Popen(
        [sys.executable, "-c",
         "import sys\n"
         "from kompetansekart.storage.officefile import OfficeFile\n"
         f"o = OfficeFile.open({str(path)!r})\n"
         "print('open', flush=True)\n"
         "sys.stdin.readline()\n"
         "o.close()\n"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, env=os.environ.copy())
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        with OfficeFile.open(path) as office:
            assert office.readonly
            assert office.lock is not None and office.lock.pid == holder.pid
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.wait(timeout=30)
    assert not lock.lock_path(path).exists()
    with OfficeFile.open(path) as office:
        assert not office.readonly


def test_failed_open_closes_connection_and_releases_lock(tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    path = _make_office(tmp_path / "kontor.kkart")

    def broken(conn: sqlite3.Connection, from_version: int) -> None:
        raise sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(schema, "SCHEMA_VERSION", schema.SCHEMA_VERSION + 1)
    monkeypatch.setattr(schema, "upgrade", broken)
    with pytest.raises(StorageFailure, match="kan ikke nås"):
        OfficeFile.open(path)
    assert not lock.lock_path(path).exists()
    # Nothing holds the file: it can be moved away at once (Windows would refuse otherwise).
    shutil.move(path, tmp_path / "flyttet.kkart")
